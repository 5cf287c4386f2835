"""Any list written to .xlsx as shown (services/list_export.py): rows, order, columns, formats, journal, rights."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from coopdesk.db.audit import EXPORTS_TABLE
from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.enums import Role, Stage
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission
from coopdesk.domain.records import ParticipantQuery, SortKey
from coopdesk.services.list_export import ListExportService
from coopdesk.services.lists import ListColumn, ListState
from coopdesk.services.participant_list import ParticipantListSource, to_state
from tests.conftest import as_user


@pytest.fixture
def crowd(services):
    from coopdesk.services.demo import generate_demo

    generate_demo(services, people=150, seed=11)
    return services


def sheet_rows(path):
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    return wb, ws, [list(r) for r in ws.iter_rows(values_only=True)]


def test_a_filtered_sorted_list_is_written_as_shown(crowd, coordinator, tmp_path):
    source = coordinator.participants.list_source()
    query = ParticipantQuery(text="a", stage=Stage.RECRUITED, sort=SortKey.BIRTH_DATE, descending=True)
    state = to_state(query)
    expected = crowd.participants.list_page(query, 0, 10_000)
    assert 5 < len(expected) < 150
    shown = ["last_name", "pesel", "birth_date", "stage", "town"]  # the view's columns, in its order
    out = tmp_path / "out" / "list.xlsx"
    result = coordinator.list_export.export(source, state, out, shown)
    assert result.rows == len(expected) and result.path == out and out.exists()
    assert not list(out.parent.glob("*.part"))
    wb, ws, rows = sheet_rows(out)
    assert rows[0] == ["Last name", "PESEL", "Birth date", "Stage", "Town"]
    body = rows[1:]
    assert [r[0] for r in body] == [p.last_name for p in expected]  # the same people in the same order
    assert [r[1] or "" for r in body] == [p.pesel for p in expected]
    assert [r[2].date() if r[2] else None for r in body] == [p.birth_date for p in expected]
    assert {r[3] for r in body} == {"Recruited"}
    # PESEL as text, dates as dates shown dd.mm.yyyy
    pesel_cells = [ws.cell(i + 2, 2) for i, p in enumerate(expected) if p.pesel]
    assert pesel_cells and all(c.data_type == "s" and isinstance(c.value, str) for c in pesel_cells)
    date_cell = ws.cell(2, 3)
    assert date_cell.is_date and date_cell.number_format == "DD.MM.YYYY"
    # bold frozen header, autofilter over the rows, widths
    assert all(ws.cell(1, c).font.b for c in range(1, 6))
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:E{len(expected) + 1}"
    assert ws.column_dimensions["A"].width >= 18 and ws.column_dimensions["B"].width >= 13


def test_the_export_is_journaled_with_people_columns_and_place(crowd, coordinator, tmp_path):
    state = to_state(ParticipantQuery(stage=Stage.DIAGNOSED))
    expected = crowd.participants.list_page(ParticipantQuery(stage=Stage.DIAGNOSED), 0, 10_000)
    out = tmp_path / "diagnosed.xlsx"
    coordinator.list_export.export(coordinator.participants.list_source(), state, out, ["last_name", "first_name"])
    with crowd.db.read(crowd.ctx.actor) as s:
        entries = [(e.username, e.field, e.new_value) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == EXPORTS_TABLE))]
    (entry,) = [e for e in entries if "export:list:participants" in e[-1]]
    payload = json.loads(entry[-1])
    assert payload["destination"] == str(out) and payload["count"] == len(expected)
    assert payload["participants"] == [p.uuid for p in expected]
    assert entry[-2] == "Last name,First name"
    assert entry[0] == "koordynator"


def test_translated_headers_and_labels(crowd, coordinator, tmp_path):
    polish = {"Last name": "Nazwisko", "Stage": "Etap", "Recruited": "Po rekrutacji"}
    out = tmp_path / "pl.xlsx"
    coordinator.list_export.export(coordinator.participants.list_source(),
                                   to_state(ParticipantQuery(stage=Stage.RECRUITED)), out, ["last_name", "stage"],
                                   translate=lambda ctx, text: polish.get(text, text))
    _, _, rows = sheet_rows(out)
    assert rows[0] == ["Nazwisko", "Etap"] and {r[1] for r in rows[1:]} == {"Po rekrutacji"}


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER, Role.SPECIALIST])
def test_a_role_without_the_export_right_is_refused_and_nothing_is_written(crowd, role, tmp_path):
    other = as_user(crowd, f"user_{role.value}", role)
    assert not other.list_export.may_export()
    out = tmp_path / "no.xlsx"
    with pytest.raises(PermissionDenied):
        other.list_export.export(other.participants.list_source(), ListState(), out)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_special_category_columns_need_their_right(crowd, coordinator, tmp_path, monkeypatch):
    source = coordinator.participants.list_source()
    special = ListColumn("advisor_name", "Health note", special=True)
    monkeypatch.setattr(source, "columns", (*source.columns, special))
    out = tmp_path / "with.xlsx"
    assert coordinator.list_export.export(source, ListState(), out, ["last_name", "advisor_name"]).headers == (
        "Last name", "Health note")
    # a role that may export but not read special-category data
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.COORDINATOR, ROLE_PERMISSIONS[Role.COORDINATOR] - {
        Permission.SPECIAL_CATEGORY_READ})
    out = tmp_path / "without.xlsx"
    result = coordinator.list_export.export(source, ListState(), out, ["last_name", "advisor_name"])
    assert result.headers == ("Last name",) and result.left_out == ("Health note",)
    _, _, rows = sheet_rows(out)
    assert rows[0] == ["Last name"] and all(len(r) == 1 for r in rows)


def test_a_cancel_or_failure_leaves_no_file(crowd, coordinator, tmp_path):
    out = tmp_path / "exports" / "cancelled.xlsx"

    class Stop(Exception):
        pass

    def progress(done, total):
        if done > 0:
            raise Stop

    from openpyxl.worksheet import _writer

    before = list(_writer.ALL_TEMP_FILES)
    with pytest.raises(Stop):
        coordinator.list_export.export(coordinator.participants.list_source(), ListState(), out,
                                       progress=progress)
    assert not out.exists() and list(out.parent.iterdir()) == []
    assert before == _writer.ALL_TEMP_FILES  # the rows written so far are not left in /tmp until exit


def test_odd_text_never_breaks_the_file_nor_runs_as_a_formula(services, coordinator, tmp_path):
    rows = [type("R", (), {"id": 1, "uuid": "u1", "name": "=HYPERLINK(\"x\")", "born": date(2000, 1, 2),
                           "code": "00123"})(),
            type("R", (), {"id": 2, "uuid": "u2", "name": "bell\x07", "born": None, "code": ""})()]

    class Source:
        name, title, filters, default_sort, people = "odd", "Odd: list/[1]", (), "", True
        columns = (ListColumn("name", "Name"), ListColumn("born", "Born", kind="date"),
                   ListColumn("code", "Code", kind="identifier"))

        def window(self, state, offset, limit):
            return rows[offset:offset + limit]

        def count(self, state):
            return len(rows)

        def position(self, state, row_id):
            return None

    out = tmp_path / "odd.xlsx"
    ListExportService(coordinator.db, coordinator.ctx).export(Source(), ListState(), out)
    wb, ws, values = sheet_rows(out)
    assert ws.title == "Odd  list  1"
    assert values[1][0] == "=HYPERLINK(\"x\")" and ws.cell(2, 1).data_type == "s"
    assert values[1][2] == "00123" and values[2][0] == "bell"


def test_the_list_in_another_order_is_exported_in_that_order(crowd, coordinator, tmp_path):
    source: ParticipantListSource = coordinator.participants.list_source()
    state = to_state(ParticipantQuery())
    out1, out2 = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    coordinator.list_export.export(source, state, out1, ["last_name", "first_name"])
    coordinator.list_export.export(source, replace(state, descending=True), out2, ["last_name", "first_name"])
    _, _, asc = sheet_rows(out1)
    _, _, desc = sheet_rows(out2)
    assert len(asc) == 151 and asc[1:] == desc[:0:-1]


def test_pages_come_from_one_state_even_when_people_are_added_meanwhile(crowd, coordinator, tmp_path, monkeypatch):
    import threading

    from coopdesk.domain.enums import Citizenship, Sex
    from coopdesk.domain.records import ParticipantDraft
    from coopdesk.services import list_export

    monkeypatch.setattr(list_export, "CHUNK", 20)
    source = coordinator.participants.list_source()
    before = [p.id for p in crowd.participants.list_page(ParticipantQuery(), 0, 10_000)]
    real_window = source.window
    added = []

    def window(state, offset, limit):
        rows = real_window(state, offset, limit)
        if offset == 20:  # between two pages, another user saves a person who sorts first
            def save():
                added.append(crowd.participants.create(ParticipantDraft(
                    first_name="Adam", last_name="Aaaaa", town="Lublin", birth_date=date(1990, 1, 1),
                    sex=Sex.MALE, citizenship=Citizenship.POLISH, recruitment_date=date(2026, 1, 1))).id)
            worker = threading.Thread(target=save)
            worker.start()
            worker.join()
        return rows

    monkeypatch.setattr(source, "window", window)
    out = tmp_path / "consistent.xlsx"
    result = coordinator.list_export.export(source, ListState(), out, ["last_name"])
    assert added and result.rows == len(before) == 150
    ids_in_file = [r[0] for r in sheet_rows(out)[2][1:]]
    expected = [p.last_name for p in crowd.participants.list_page(ParticipantQuery(), 0, 10_000)
                if p.id != added[0]]
    assert ids_in_file == expected  # nobody repeated at a page boundary, nobody left out


def test_a_failed_rename_leaves_no_part_file_and_no_journal_entry(crowd, coordinator, tmp_path):
    """The file cannot take its name (here a folder of that name is in the way; elsewhere the old file is
    open in another program): the temporary copy with people's data goes and the export is not journaled."""
    out = tmp_path / "exports" / "list.xlsx"
    out.mkdir(parents=True)
    with pytest.raises(OSError):
        coordinator.list_export.export(coordinator.participants.list_source(), ListState(), out)
    assert [p.name for p in out.parent.iterdir()] == ["list.xlsx"] and out.is_dir()
    with crowd.db.read(crowd.ctx.actor) as s:
        entries = [e.new_value for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == EXPORTS_TABLE))]
    assert not [e for e in entries if "export:list:participants" in e]


def test_the_temporary_file_is_registered_while_written_so_a_crash_leaves_nothing_after_the_next_start(
        crowd, coordinator, tmp_path):
    from coopdesk.db import sqlite_files

    db_path = Path(crowd.db.path)
    out = tmp_path / "list.xlsx"
    seen = []
    coordinator.list_export.export(coordinator.participants.list_source(), ListState(), out,
                                   progress=lambda done, total: seen.append(
                                       sqlite_files.registered_temporaries(db_path)))
    assert seen and all(out.with_name("list.xlsx.part") in r for r in seen)
    assert out.exists() and out.with_name("list.xlsx.part") not in sqlite_files.registered_temporaries(db_path)
