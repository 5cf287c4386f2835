"""File -> Import participants…, the dry run and the commit: the problems table (row, column, message,
suggestion; sortable; exported to xlsx), the counts, the duplicates (kind, field-by-field changes, one choice
for all alike), all or nothing refused with errors, the valid rows only with the rejected ones in a file, a
cancelled commit writing nothing, the summary; what the database holds afterwards."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from gdpr_people import pesel, second_draft
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from coopdesk.domain.records import ParticipantQuery
from coopdesk.ui import prompts, runner
from coopdesk.ui.import_wizard import (
    PAGE_COMMIT,
    PAGE_DUPLICATES,
    PAGE_MAPPING,
    PAGE_PROBLEMS,
    PAGE_SUMMARY,
    ImportWizard,
)

ANNA = pesel(date(1990, 4, 12), 123, female=True)
PIOTR = pesel(date(1985, 1, 1), 456, female=False)
BAD_PESEL = PIOTR[:-1] + str((int(PIOTR[-1]) + 1) % 10)  # a wrong check digit
HEADERS = ["Nazwisko", "Imię", "PESEL", "Data urodzenia", "Płeć", "Miejscowość"]


def book(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekrutacja"
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = ["Nowak", "Anna", ANNA, datetime(1990, 4, 12), "kobieta", "Gdańsk"]
WRONG_PESEL = ["Kowalski", "Piotr", BAD_PESEL, datetime(1985, 1, 1), "mężczyzna", "Sopot"]
WRONG_SEX = ["Wiśniewski", "Piotr", PIOTR, datetime(1985, 1, 1), "mężczyzan", "Gdynia"]


@pytest.fixture
def wizard(qtbot, coordinator) -> ImportWizard:
    w = ImportWizard(coordinator)
    qtbot.addWidget(w)
    w.show()
    return w


def dry_run(wizard, path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    for _ in range(3):  # file -> sheet -> header row -> columns
        wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    wizard.next()  # the dry run, on the runner
    assert wizard.currentId() in (PAGE_PROBLEMS,), wizard.mapping_page.error.text()


def people(services) -> list[tuple[str, str, str]]:
    found = services.participants.list_page(ParticipantQuery())
    return sorted((p.last_name, p.first_name, p.town or "") for p in found)


def test_the_problems_table_names_row_column_and_message(wizard, tmp_path):
    dry_run(wizard, book(tmp_path / "rekrutacja.xlsx", [GOOD, WRONG_PESEL, WRONG_SEX]))
    page = wizard.problems_page
    assert "Rows: 3. Ready to import: 1. With errors: 2." in page.counts.text()
    shown = page.rows_shown()
    assert [(r[0], r[1], r[2]) for r in shown] == [("3", "PESEL", "PESEL"), ("4", "Płeć", "Sex")]
    assert all(r[3] and r[5] == "error" for r in shown)  # a message in words, an error
    assert shown[1][4]  # the closest dictionary value suggested
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # sortable through the proxy
    assert [r[0] for r in page.rows_shown()] == ["4", "3"]
    assert page.table.objectName() == "importProblemsTable"


def test_the_problems_are_exported_as_shown(wizard, tmp_path, monkeypatch, coordinator):
    dry_run(wizard, book(tmp_path / "rekrutacja.xlsx", [GOOD, WRONG_PESEL, WRONG_SEX]))
    asked = []
    out = tmp_path / "problemy"
    monkeypatch.setattr(prompts, "choose_save_file", lambda _p, _t, start, _f: asked.append(start) or str(out))
    wizard.problems_page.export_button.click()
    assert asked[0].endswith("rekrutacja-problems.xlsx")
    ws = load_workbook(tmp_path / "problemy.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Row", "Column", "Field", "Problem", "Suggestion", "Severity")
    assert [(r[0], r[1]) for r in rows[1:]] == [(3, "PESEL"), (4, "Płeć")]
    assert not list(tmp_path.glob("*.part"))


def test_all_or_nothing_refuses_a_file_with_errors_and_writes_nothing(wizard, tmp_path, coordinator):
    dry_run(wizard, book(tmp_path / "rekrutacja.xlsx", [GOOD, WRONG_PESEL]))
    wizard.next()
    assert wizard.currentId() == PAGE_COMMIT
    page = wizard.commit_page
    assert page.all_or_nothing.isChecked() and not page.rejects.isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_COMMIT
    assert page.error.isVisible() and "nothing was imported" in page.error.text()
    assert people(coordinator) == []


def test_the_valid_rows_only_are_imported_and_the_rejected_ones_written(wizard, tmp_path, coordinator):
    imported = []
    wizard.imported.connect(imported.append)
    dry_run(wizard, book(tmp_path / "rekrutacja.xlsx", [GOOD, WRONG_PESEL, WRONG_SEX]))
    wizard.next()
    page = wizard.commit_page
    page.valid_only.setChecked(True)
    assert page.rejects.isEnabled() and page.rejects.text() == str(tmp_path / "rekrutacja-rejected.xlsx")
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY, page.error.text()
    summary = wizard.summary_page.text.text()
    assert "New people: 1." in summary and "Rejected rows: 2." in summary
    assert str(tmp_path / "rekrutacja-rejected.xlsx") in summary
    assert people(coordinator) == [("Nowak", "Anna", "Gdańsk")]
    rejected = list(load_workbook(tmp_path / "rekrutacja-rejected.xlsx").active.iter_rows(values_only=True))
    assert len(rejected) == 3  # the header and the two rows, with their reasons
    assert len(imported) == 1 and imported[0].created_people == 1


def test_a_cancelled_commit_writes_nothing(wizard, tmp_path, coordinator, monkeypatch):
    dry_run(wizard, book(tmp_path / "rekrutacja.xlsx", [GOOD, GOOD[:2] + [PIOTR, None, None, "Sopot"]]))
    started = runner.start

    def cancelling_start(body, parent=None):
        def pressed_cancel(progress):  # the user presses Cancel when the first progress is reported
            def report(*args):
                progress._task.cancel()
                progress(*args)
            return body(report)
        return started(pressed_cancel, parent)

    monkeypatch.setattr(runner, "start", cancelling_start)
    wizard.next()
    wizard.next()
    page = wizard.commit_page
    assert wizard.currentId() == PAGE_COMMIT
    assert "cancelled; nothing was written" in page.error.text()
    assert people(coordinator) == []
    assert wizard.importer.batches() == []


def test_a_duplicate_shows_what_an_update_changes_and_the_choice_is_applied_to_all_alike(
        wizard, tmp_path, coordinator, qtbot):
    zofia = coordinator.participants.create(second_draft())  # Żak Zofia, Kraków
    other = coordinator.participants.create(second_draft(first_name="Piotr", last_name="Wiśniewski",
                                                         pesel=PIOTR, birth_date=date(1985, 1, 1), sex=None))
    returning = ["Żak", "Zofia", zofia.pesel, datetime(2002, 7, 8), "kobieta", "Gdańsk"]
    dry_run(wizard, book(tmp_path / "rekrutacja.xlsx", [returning, WRONG_SEX[:4] + ["mężczyzna", "Gdynia"], GOOD]))
    assert "Duplicates: 2." in wizard.problems_page.counts.text()
    wizard.next()
    assert wizard.currentId() == PAGE_DUPLICATES
    page = wizard.duplicates_page
    table = page.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["2", "3"]
    assert table.item(0, page.KIND).text() == "same PESEL" and table.item(0, page.EXISTING).text() == "Żak Zofia"
    assert page.action_of(0) == "update"
    changes = page.changes
    shown = {changes.item(r, 0).text(): (changes.item(r, 1).text(), changes.item(r, 2).text())
             for r in range(changes.rowCount())}
    assert shown["Town"] == ("Kraków", "Gdańsk")
    table.setCurrentCell(1, page.ACTION)  # the keyboard: F2 opens the row's choices, Enter takes one
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox, "importActionEditor")
    assert [editor.itemData(i) for i in range(editor.count())] == ["create", "update", "skip"]
    editor.setCurrentIndex(editor.findData("skip"))
    editor.activated.emit(editor.currentIndex())
    assert page.action_of(1) == "skip" and table.item(1, page.ACTION).text() == "Skip the row"
    page.apply_all.click()
    assert page.action_of(0) == "skip"
    page.set_action(0, "update")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY, wizard.commit_page.error.text()
    summary = wizard.summary_page.text.text()
    assert "New people: 1." in summary and "Updated people: 1." in summary and "Skipped rows: 1." in summary
    assert coordinator.participants.get(zofia.id).town == "Gdańsk"
    assert coordinator.participants.get(other.id).town == "Kraków"  # skipped: unchanged


def test_a_cancelled_check_stays_on_the_columns(wizard, tmp_path, monkeypatch):
    started = runner.start

    def cancelling_start(body, parent=None):
        def pressed_cancel(progress):
            def report(*args):
                progress._task.cancel()
                progress(*args)
            return body(report)
        return started(pressed_cancel, parent)

    wizard.file_page.path_edit.setText(str(book(tmp_path / "rekrutacja.xlsx", [GOOD])))
    for _ in range(3):
        wizard.next()
    monkeypatch.setattr(runner, "start", cancelling_start)
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING and "cancelled" in wizard.mapping_page.error.text()


def commit_all(wizard) -> None:
    wizard.next()  # problems -> commit
    wizard.next()  # import
    assert wizard.currentId() == PAGE_SUMMARY, wizard.commit_page.error.text()


def test_a_coordinator_gives_the_new_people_to_an_advisor(wizard, tmp_path, coordinator, advisor):
    wizard.file_page.path_edit.setText(str(book(tmp_path / "rekrutacja.xlsx", [GOOD])))
    for _ in range(3):
        wizard.next()
    page = wizard.mapping_page
    assert page.advisor.isVisibleTo(page)
    page.advisor.setCurrentIndex(page.advisor.findText("Anna Nowak"))
    wizard.next()
    commit_all(wizard)
    (row,) = coordinator.participants.list_page(ParticipantQuery())
    assert row.advisor_name == "Anna Nowak"


def test_an_advisor_imports_into_their_own_caseload(qtbot, services, tmp_path):
    from coopdesk.domain.enums import Role
    from tests.conftest import as_user

    ewa = as_user(services, "ewa", Role.ADVISOR)
    w = ImportWizard(ewa)
    qtbot.addWidget(w)
    w.show()
    w.file_page.path_edit.setText(str(book(tmp_path / "rekrutacja.xlsx", [GOOD])))
    for _ in range(3):
        w.next()
    assert not w.mapping_page.advisor.isVisibleTo(w.mapping_page)
    w.next()
    commit_all(w)
    (row,) = ewa.participants.list_page(ParticipantQuery())
    assert (row.last_name, row.advisor_name) == ("Nowak", "Ewa")


def test_the_problems_model_passes_the_model_tester_and_sorts_a_long_list_at_once(qtmodeltester):
    import time

    from coopdesk.domain.errors import Severity
    from coopdesk.domain.import_rows import Problem
    from coopdesk.ui.import_wizard import ProblemsModel, SortingInSource

    model = ProblemsModel(["Row", "Column", "Field", "Problem", "Suggestion", "Severity"])
    model.set_problems([Problem(r, "PESEL", "pesel", "Row {n}.", {"n": str(r)}, Severity.ERROR if r % 2 else
                                Severity.WARNING) for r in range(2, 20_002)])
    proxy = SortingInSource()
    proxy.setSourceModel(model)
    started = time.perf_counter()
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert time.perf_counter() - started < 3  # a proxy comparing through data() took ~8 s here
    assert [proxy.index(r, 0).data() for r in range(2)] == ["20001", "20000"]
    assert proxy.index(0, 5).data() == "error" and proxy.index(1, 5).data() == "warning"
    model.set_problems([Problem(3, "Płeć", "sex", "Unknown.", {}, Severity.ERROR, "kobieta")])
    assert [model.index(0, c).data() for c in range(6)] == ["3", "Płeć", "Sex", "Unknown.", "kobieta", "error"]
    qtmodeltester.check(model)


def test_an_advisor_sees_no_name_of_anothers_person_and_can_only_skip_the_row(qtbot, services, tmp_path):
    from coopdesk.domain.enums import Role
    from tests.conftest import as_user

    coordinator = as_user(services, "szefowa", Role.COORDINATOR)
    coordinator.participants.create(second_draft())  # Żak Zofia, in nobody's caseload
    ewa = as_user(services, "ewa", Role.ADVISOR)
    w = ImportWizard(ewa)
    qtbot.addWidget(w)
    w.show()
    zofia_again = ["Żak", "Zofia", "02270803624", datetime(2002, 7, 8), "kobieta", "Gdańsk"]
    w.file_page.path_edit.setText(str(book(tmp_path / "rekrutacja.xlsx", [zofia_again])))
    for _ in range(5):
        w.next()
    assert w.currentId() == PAGE_DUPLICATES
    page = w.duplicates_page
    assert page.table.item(0, page.EXISTING).text() == "someone outside your caseload"
    assert page.allowed(0) == ["skip"] and page.action_of(0) == "skip"
    assert page.changes.rowCount() == 0  # nothing of the other person shown
