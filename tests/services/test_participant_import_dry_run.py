"""Reading, proposing a mapping and the dry run of an import (issue 9, point 1): the header row found under a
title block, every problem of every row with the row number the user sees, fully empty rows skipped, the
project from a column, nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.enums import Role
from coopdesk.domain.errors import Severity
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.services.participant_import import MappingProblem
from coopdesk.services.sheet_reader import NoDataRows, NotASpreadsheet, SheetNotFound
from tests.conftest import as_user
from tests.services.participant_import_helpers import ANNA, BAD, HEADERS, JAN, database_state, plan_of, xlsx


@pytest.fixture
def coord(services):
    return as_user(services, "koordynator", Role.COORDINATOR)


def test_read_gives_the_sheets_and_the_files_hash(coord, tmp_path):
    import hashlib

    path = xlsx(tmp_path / "a.xlsx", [JAN])
    source = coord.participant_import.read(path)
    assert source.sheet_names == ["Rekrutacja"] and source.file_name == "a.xlsx"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SheetNotFound):
        source.sheet("Inny")
    fake = tmp_path / "b.xlsx"
    fake.write_bytes(b"GIF89a" + bytes(300))
    with pytest.raises(NotASpreadsheet):
        coord.participant_import.read(fake)


def test_the_header_row_is_found_under_a_title_and_each_column_gets_a_field(coord, tmp_path):
    path = xlsx(tmp_path / "a.xlsx", [JAN], title="Lista osób zakwalifikowanych - rekrutacja 2026")
    imp = coord.participant_import
    source = imp.read(path)
    mapping = imp.propose(source, "Rekrutacja")
    assert mapping.header_row == 1
    assert [(c.column, c.header, c.field) for c in mapping.columns] == [
        (0, "Imię", "first_name"), (1, "Nazwisko", "last_name"), (2, "PESEL", "pesel"), (3, "Płeć", "sex"),
        (4, "Data urodzenia", "birth_date"), (5, "Miejscowość", "town"), (6, "Telefon", "phone"),
        (7, "Projekt", "project")]
    assert imp.propose(source, "Rekrutacja", header_row=0).header_row == 0  # the user points elsewhere


def test_every_problem_of_every_row_with_the_row_number_the_user_sees(coord, tmp_path):
    wrong_sex = [*ANNA[:3], "M", *ANNA[4:]]
    path = xlsx(tmp_path / "a.xlsx", [JAN, BAD, [None] * 8, wrong_sex], title="Rekrutacja")
    before = database_state(coord)
    plan = plan_of(coord, path)
    assert database_state(coord) == before  # a dry run writes nothing
    assert [r.row for r in plan.rows] == [3, 4, 6]  # title 1, headers 2; the empty row 5 is skipped
    errors = [(p.row, p.column, p.field) for p in plan.problems if p.severity is Severity.ERROR]
    assert (4, "Nazwisko", "last_name") in errors and (4, "PESEL", "pesel") in errors
    assert any(r == 6 and f in ("sex", "pesel") for r, _c, f in errors)
    assert [p.row for p in plan.problems] == sorted(p.row for p in plan.problems)
    counts = plan.counts
    assert (counts.rows, counts.valid, counts.with_errors, counts.duplicates) == (3, 1, 2, 0)
    assert plan.file_name == "a.xlsx" and len(plan.file_sha256) == 64


def test_a_sheet_with_headers_only_is_refused(coord, tmp_path):
    with pytest.raises(NoDataRows):
        plan_of(coord, xlsx(tmp_path / "a.xlsx", []))


def test_the_project_column_decides_unless_a_project_is_given(coord, tmp_path):
    p1 = coord.projects.create(ProjectDraft(code="OWES-1", name="Pierwszy"))
    p2 = coord.projects.create(ProjectDraft(code="OWES-2", name="Drugi"))
    path = xlsx(tmp_path / "a.xlsx", [[*JAN[:7], "OWES-1"], [*ANNA[:7], "owes-2"], [*BAD[:7], "NIEMA"]])
    plan = plan_of(coord, path)
    assert [r.draft.participations[0].project_id for r in plan.rows] == [p1.id, p2.id, None]
    unknown = [p for p in plan.problems if p.field == "project"]
    assert [(p.row, p.column, p.params) for p in unknown] == [(4, "Projekt", {"code": "NIEMA"})]
    forced = plan_of(coord, path, project_id=p2.id)
    assert {r.draft.participations[0].project_id for r in forced.rows} == {p2.id}
    assert not [p for p in forced.problems if p.field == "project"]


def test_two_columns_for_one_field_are_refused(coord, tmp_path):
    imp = coord.participant_import
    source = imp.read(xlsx(tmp_path / "a.xlsx", [JAN]))
    mapping = imp.propose(source, "Rekrutacja").with_field(6, "last_name")
    with pytest.raises(MappingProblem) as caught:
        imp.dry_run(source, "Rekrutacja", mapping)
    assert "Nazwisko" in caught.value.render() and "Telefon" in caught.value.render()


def test_dates_as_text_and_excel_numbers_are_read(coord, tmp_path):
    as_text = [*JAN[:4], "5.03.1980", *JAN[5:]]
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [as_text]))
    assert plan.rows[0].draft.birth_date == date(1980, 3, 5) and plan.rows[0].ok


def test_progress_is_reported_and_its_exception_cancels(coord, tmp_path):
    rows = [[f"Imię{i}", f"Nazwisko{i}", "", "K", date(1990, 1, 1), "Gdańsk", "", ""] for i in range(1200)]
    imp = coord.participant_import
    source = imp.read(xlsx(tmp_path / "a.xlsx", rows))
    mapping = imp.propose(source, "Rekrutacja")
    seen = []
    imp.dry_run(source, "Rekrutacja", mapping, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (500, 1200) and seen[-1] == (1200, 1200)

    def cancel(done, total):
        raise InterruptedError

    with pytest.raises(InterruptedError):
        imp.dry_run(source, "Rekrutacja", mapping, progress=cancel)
    assert HEADERS[0] == "Imię"
