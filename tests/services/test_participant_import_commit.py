"""Committing an import: all or nothing, the valid rows only with the rejected ones in an xlsx, cancel, the
journal of a bulk-imported person equal to the form's, the search keys (issue 9, points 3 and 4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook

from coopdesk.domain.enums import Role, Sex, SupportForm
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantQuery, SupportEntry
from coopdesk.services.participant_import import ImportHasProblems
from tests.conftest import as_user
from tests.services.participant_import_helpers import (
    ANNA,
    BAD,
    JAN,
    PIOTR,
    comparable,
    count_people,
    database_state,
    journal,
    person_id,
    plan_of,
    xlsx,
)


@pytest.fixture
def coord(services):
    return as_user(services, "koordynator", Role.COORDINATOR)


def test_all_or_nothing_refuses_a_file_with_an_error_and_writes_nothing(coord, tmp_path):
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN, BAD, ANNA]))
    before = database_state(coord)
    with pytest.raises(ImportHasProblems) as caught:
        coord.participant_import.commit(plan)
    assert caught.value.params == {"count": "1"}
    assert database_state(coord) == before


def test_a_clean_file_is_imported_whole(coord, tmp_path):
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN, ANNA, PIOTR]))
    outcome = coord.participant_import.commit(plan)
    assert (outcome.created_people, outcome.created_participations, outcome.rejected) == (3, 3, 0)
    jan = coord.participants.get(person_id(coord, JAN[2]))
    assert (jan.first_name, jan.last_name, jan.birth_date, jan.sex, jan.town, jan.phone) == (
        "Jan", "Kowalski", date(1980, 3, 5), Sex.MALE, "Gdańsk", "600100200")
    assert len(jan.participations) == 1 and jan.participations[0].project_id is None
    assert [h.stage for h in jan.stage_history] == [jan.stage]


def test_valid_only_writes_the_rejected_rows_with_their_problems_to_an_xlsx(coord, tmp_path):
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN, BAD, ANNA], title="Rekrutacja 2026"))
    out = tmp_path / "odrzucone.xlsx"
    outcome = coord.participant_import.commit(plan, valid_only=True, rejects=out)
    assert (outcome.created_people, outcome.rejected, outcome.rejects_path) == (2, 1, out)
    assert count_people(coord) == 2
    ws = load_workbook(out).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Imię", "Nazwisko", "PESEL"] and rows[0][-1] == "Problems"
    assert rows[1][0] == "Xawery" and rows[1][2] == "123"
    assert "PESEL:" in rows[1][-1] and "11 digits" in rows[1][-1]
    assert len(rows) == 2
    assert not (tmp_path / "odrzucone.xlsx.part").exists()


def test_the_rejects_file_is_ready_to_import_again(coord, tmp_path):
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN, BAD]))
    out = tmp_path / "odrzucone.xlsx"
    coord.participant_import.commit(plan, valid_only=True, rejects=out)
    again = plan_of(coord, out)
    assert [p.row for p in again.problems if p.severity == "error"] == [2, 2]


def test_the_rejects_file_speaks_the_callers_language(coord, tmp_path):
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [BAD]))
    out = tmp_path / "r.xlsx"
    polish = {"Problems": "Problemy"}
    coord.participant_import.commit(plan, valid_only=True, rejects=out,
                                    translate=lambda _ctx, text: polish.get(text, text.upper()))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][-1] == "Problemy"
    assert "11 DIGITS" in rows[1][-1]


def test_cancel_from_progress_leaves_nothing_written(coord, tmp_path):
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN, BAD, ANNA, PIOTR]))
    out = tmp_path / "r.xlsx"
    before = database_state(coord)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if done >= 2:
            raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        coord.participant_import.commit(plan, valid_only=True, rejects=out, progress=progress)
    assert database_state(coord) == before
    assert not out.exists() and not (tmp_path / "r.xlsx.part").exists()
    assert calls[0] == (0, 3)


def test_a_bulk_imported_persons_journal_is_what_the_form_writes(coord, tmp_path):
    project = coord.projects.create(ProjectDraft(code="WP1", name="Wsparcie"))
    row = [*JAN[:7], "WP1"]
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [row]))
    support = SupportEntry(SupportForm.TRAINING, date(2026, 3, 1))
    r = plan.rows[0]
    draft = replace(r.draft, participations=(replace(r.draft.participations[0], supports=(support,)),))
    plan.rows[0] = replace(r, draft=draft)
    coord.participant_import.commit(plan)
    imported = person_id(coord, JAN[2])
    by_form = coord.participants.create(replace(
        draft, pesel="80030500154", first_name="Janusz",
        participations=(replace(draft.participations[0], project_id=project.id),)))
    ours = [e for e in journal(coord, imported) if not e.field.startswith("import:")]
    theirs = journal(coord, by_form.id)
    assert {e.username for e in ours} == {"koordynator"}
    expected = comparable(theirs)
    for entry in expected:
        entry[2].pop("pesel", None), entry[2].pop("first_name", None)
    got = comparable(ours)
    for entry in got:
        entry[2].pop("pesel", None), entry[2].pop("first_name", None)
    assert got == expected
    assert {e.field for e in ours} == {"", "participation", "support:training", "stage_history"}
    assert all(e.record_uuid == coord.participants.get(imported).uuid for e in ours)


def test_the_import_itself_is_journaled_with_file_hash_counts_and_columns(coord, tmp_path):
    plan = plan_of(coord, xlsx(tmp_path / "rekrutacja.xlsx", [JAN, ANNA]))
    outcome = coord.participant_import.commit(plan)
    import json

    entries = [e for e in journal(coord) if e.table_name == "import_batches"]
    assert len(entries) == 1
    entry = entries[0]
    payload = json.loads(entry.new_value)
    assert entry.record_id == outcome.batch_id and entry.username == "koordynator"
    assert payload["file"] == "rekrutacja.xlsx" and payload["sha256"] == plan.file_sha256
    assert len(payload["sha256"]) == 64
    assert (payload["rows"], payload["created_people"], payload["rejected"]) == (2, 2, 0)
    assert payload["columns"][:3] == ["Imię", "Nazwisko", "PESEL"]
    assert "Kowalski" not in entry.new_value  # counts and columns, never a person's data
    # each person's history names the import
    fields = [e.field for e in journal(coord, person_id(coord, JAN[2]))]
    assert "import:rekrutacja.xlsx" in fields


def test_an_imported_person_is_found_by_the_register_search(coord, tmp_path):
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "a.xlsx", [PIOTR, ANNA])))
    for text in ("wisniewski", "Wiśniewski Piotr", "75013000075", "gdyn"):
        rows = coord.participants.list_page(ParticipantQuery(text=text))
        assert [r.last_name for r in rows] == ["Wiśniewski"], text
    names = [r.last_name for r in coord.participants.list_page(ParticipantQuery())]
    assert names == ["Nowak", "Wiśniewski"]


def test_search_and_sort_keys_equal_those_of_the_form(coord, tmp_path):
    from sqlalchemy import select

    from coopdesk.db.tables import Participant

    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "a.xlsx", [PIOTR])))
    plan = plan_of(coord, xlsx(tmp_path / "b.xlsx", [PIOTR]))
    created = coord.participants.create(replace(plan.rows[0].draft, pesel="75013000174"), confirm_duplicates=True)
    columns = ("search_key", "name_key", "town_key", "stage_order", "advisor_key")
    with coord.db.read(coord.ctx.actor) as s:
        rows = {r.id: r._asdict() for r in s.execute(select(Participant.id, *(getattr(Participant, c) for c in columns)))}
    imported = next(r for r in rows.values() if r["id"] != created.id)
    mine = {c: imported[c] for c in columns}
    form = {c: rows[created.id][c] for c in columns}
    form["search_key"] = form["search_key"].replace("75013000174", "75013000075")
    assert mine == form


def test_the_bulk_paths_normalisation_is_the_forms():
    """import_commit.normalised builds without __init__ what domain.validation.normalise builds."""
    from coopdesk.domain.enums import ParticipantType
    from coopdesk.domain.records import ParticipantDraft, ParticipationDraft
    from coopdesk.domain.validation import normalise
    from coopdesk.services.import_commit import normalised

    drafts = [
        ParticipantDraft(first_name=" Jan ", last_name="Kowalski\t", pesel=" ８００３０５０００３１ ", email=" J@X.PL ",
                         notes="a\r\nb\u2028c ", town=" Gdańsk", participations=(ParticipationDraft(
                             participant_type=ParticipantType.INSTITUTION, institution_name=" Firma ",
                             institution_nip="123-456-32-18", town=" Sopot ", gmina=" Sopot",
                             supports=(SupportEntry(SupportForm.TRAINING, date(2026, 3, 1)),)),)),
        ParticipantDraft(first_name="Anna", last_name="Nowak", pesel="92071400047", sex=Sex.MALE,
                         participations=(ParticipationDraft(institution_name="dropped", start_date=date(2026, 1, 2)),)),
        ParticipantDraft(first_name="Ewa", last_name="Bez", pesel="123", birth_date=date(2000, 1, 1)),
        ParticipantDraft(),
    ]
    for draft in drafts:
        assert normalised(draft) == normalise(draft)


def test_a_bulk_imported_person_reads_back_as_the_form_stores_one(coord, tmp_path):
    """Every column the bulk path writes (dates, flags, numbers, codes) reads back as the ORM's save."""
    from coopdesk.domain.enums import Degurba, Isced, LabourStatus

    project = coord.projects.create(ProjectDraft(code="WP1", name="Wsparcie"))
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [[*JAN[:7], "WP1"]]))
    r = plan.rows[0]
    part = replace(r.draft.participations[0], supports=(SupportEntry(SupportForm.TRAINING, date(2026, 3, 1),
                                                                     date(2026, 4, 1)),),
                   labour_status=LabourStatus.INACTIVE, education=Isced.ISCED3, degurba=Degurba.RURAL,
                   degurba_manual=True, employment_fte=0.5, employment_months=3, info_clause_on=date(2026, 2, 1))
    draft = replace(r.draft, participations=(part,), recruitment_date=date(2026, 1, 15), street="Długa",
                    building_no="5", postal_code="80-001", email="Jan@X.pl")
    plan.rows[0] = replace(r, draft=draft)
    coord.participant_import.commit(plan)
    imported = coord.participants.get(person_id(coord, JAN[2]))
    by_form = coord.participants.create(replace(draft, pesel="80030500154", participations=(
        replace(part, project_id=project.id),)), confirm_duplicates=True)
    ignore = {"id": 0, "uuid": "", "pesel": "", "created_at": None, "updated_at": None}
    mine, theirs = replace(imported, **ignore), replace(by_form, **ignore)
    strip = {"id": None, "uuid": ""}
    mine = replace(mine, participations=tuple(replace(p, **strip, supports=tuple(replace(x, id=None) for x in p.supports))
                                              for p in mine.participations))
    theirs = replace(theirs, participations=tuple(replace(p, **strip, supports=tuple(replace(x, id=None)
                                                                                     for x in p.supports))
                                                  for p in theirs.participations))
    assert mine == theirs
    assert mine.participations[0].degurba_manual and mine.participations[0].employment_fte == 0.5


def test_the_bulk_path_writes_into_an_encrypted_database(tmp_path):
    from coopdesk.services.app_services import open_services
    from coopdesk.services.context import SYSTEM_ACTOR, Context

    data = tmp_path / "data"
    services = open_services(data, Context(actor=SYSTEM_ACTOR))
    services.encryption.encrypt("import passphrase 42")
    outcome = services.participant_import.commit(plan_of(services, xlsx(tmp_path / "a.xlsx", [JAN, ANNA])))
    path = services.db.file
    services.close()
    for part in (path, path.with_name(path.name + "-wal")):
        assert not part.exists() or b"Kowalski" not in part.read_bytes()
    assert outcome.created_people == 2
    again = open_services(data, Context(actor=SYSTEM_ACTOR), key="import passphrase 42")
    try:
        assert [r.last_name for r in again.participants.list_page(ParticipantQuery(text="kowal"))] == ["Kowalski"]
    finally:
        again.close()
