"""Tools -> Import batches…: every import listed (file, when, who, counts), "Undo import" after a confirmation
(the people gone from the register, the batch marked undone), a refusal once a record was changed shown in the
service's words; Tools -> Import participants… (Ctrl+I) only for roles that may import; the register list
refreshed after an import and after an undo."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from gdpr_people import pesel
from openpyxl import Workbook
from PySide6.QtWidgets import QMainWindow, QMenu, QTableWidget

from coopdesk.domain.enums import Role
from coopdesk.domain.records import ParticipantQuery
from coopdesk.services.participant_import import ParticipantImportService
from coopdesk.ui import prompts
from coopdesk.ui.import_batches import ImportBatchesDialog
from coopdesk.ui.import_wizard import ImportWizard
from coopdesk.ui.record_actions import install_record_actions
from tests.conftest import as_user


def imported(services, tmp_path: Path, name: str = "rekrutacja.xlsx"):
    """One import done through the service, as the wizard does it: two new people."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Rekrutacja"
    ws.append(["Nazwisko", "Imię", "PESEL", "Data urodzenia", "Płeć", "Miejscowość"])
    ws.append(["Nowak", "Anna", pesel(date(1990, 4, 12), 1, True), datetime(1990, 4, 12), "kobieta", "Gdańsk"])
    ws.append(["Lis", "Ewa", pesel(date(1991, 5, 13), 2, True), datetime(1991, 5, 13), "kobieta", "Sopot"])
    path = tmp_path / name
    wb.save(path)
    importer = ParticipantImportService(services.db, services.ctx)
    source = importer.read(path)
    mapping = importer.propose(source, "Rekrutacja")
    plan = importer.dry_run(source, "Rekrutacja", mapping)
    assert not plan.problems, [p.render() for p in plan.problems]
    return importer.commit(plan)


def names(services) -> list[str]:
    return sorted(p.last_name for p in services.participants.list_page(ParticipantQuery()))


@pytest.fixture
def said(monkeypatch):
    seen: dict[str, list[str]] = {"confirm": [], "info": [], "warning": []}

    def confirm(_p, _t, text):
        seen["confirm"].append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "info", lambda _p, _t, text: seen["info"].append(text))
    monkeypatch.setattr(prompts, "warning", lambda _p, _t, text: seen["warning"].append(text))
    return seen


def open_batches(qtbot, services) -> ImportBatchesDialog:
    dialog = ImportBatchesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def row_texts(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_batches_are_listed_and_one_is_undone(qtbot, coordinator, tmp_path, said):
    imported(coordinator, tmp_path)
    assert names(coordinator) == ["Lis", "Nowak"]
    dialog = open_batches(qtbot, coordinator)
    table = dialog.findChild(QTableWidget, "importBatchesTable")
    file_name, when, who, rows, created, updated, skipped, rejected, undone = row_texts(table, 0)
    assert (file_name, who, rows, created, updated, skipped, rejected, undone) == (
        "rekrutacja.xlsx", "Koordynator", "2", "2", "0", "0", "0", "")
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when), when  # local date and time
    undone_ids = []
    dialog.undone.connect(undone_ids.append)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert "rekrutacja.xlsx" in said["confirm"][0] and "2 people" in said["confirm"][0]
    assert names(coordinator) == []
    assert row_texts(table, 0)[8].endswith("Koordynator") and not dialog.undo_button.isEnabled()
    assert len(undone_ids) == 1 and "was undone" in said["info"][0]


def test_nothing_is_undone_without_the_confirmation(qtbot, coordinator, tmp_path, said, monkeypatch):
    imported(coordinator, tmp_path)
    monkeypatch.setattr(prompts, "confirm", lambda *_a: False)
    dialog = open_batches(qtbot, coordinator)
    dialog.undo_button.click()
    assert names(coordinator) == ["Lis", "Nowak"] and row_texts(dialog.table, 0)[8] == ""


def test_a_batch_whose_record_was_changed_is_refused_in_the_services_words(qtbot, coordinator, tmp_path, said):
    imported(coordinator, tmp_path)
    nowak = next(p for p in coordinator.participants.list_page(ParticipantQuery()) if p.last_name == "Nowak")
    person = coordinator.participants.get(nowak.id)
    coordinator.participants.update(nowak.id, replace(person.as_draft(), town="Gdynia"))
    dialog = open_batches(qtbot, coordinator)
    dialog.undo_button.click()
    assert said["warning"] and "cannot be undone" in said["warning"][0]
    assert names(coordinator) == ["Lis", "Nowak"] and row_texts(dialog.table, 0)[8] == ""


def tools_actions(qtbot, services) -> dict[str, object]:
    window = QMainWindow()
    qtbot.addWidget(window)
    install_record_actions(window, services, None)
    tools = window.findChild(QMenu, "toolsMenu")
    return {a.objectName(): a for a in (tools.actions() if tools else [])}


@pytest.mark.parametrize("role, shown", [
    (Role.COORDINATOR, True), (Role.ADVISOR, True), (Role.TRAINER, False), (Role.SPECIALIST, False)])
def test_the_import_actions_only_for_roles_that_may_import(qtbot, services, role, shown):
    actions = tools_actions(qtbot, as_user(services, f"u{role.value}", role))
    assert ("importParticipantsAction" in actions) is shown
    assert ("importBatchesAction" in actions) is shown
    if shown:
        assert actions["importParticipantsAction"].shortcut().toString() == "Ctrl+I"
        assert actions["importParticipantsAction"].text() == "&Import participants…"


def test_the_register_list_is_refreshed_after_an_import_and_after_an_undo(qtbot, coordinator, monkeypatch):
    refreshed = []

    class Page:  # the participants page's part the menus use
        def __init__(self):
            from PySide6.QtGui import QAction

            self.new_action, self.edit_action, self.assign_action = QAction(), QAction(), QAction()
            self.assign_action.setVisible(False)

        def refresh(self):
            refreshed.append(True)

        def selected_id(self):
            return None

    page = Page()
    window = QMainWindow()
    qtbot.addWidget(window)
    install_record_actions(window, coordinator, page)
    tools = window.findChild(QMenu, "toolsMenu")
    actions = {a.objectName(): a for a in tools.actions()}

    def wizard_imports(wizard):
        assert wizard.objectName() == "importWizard"
        wizard.imported.emit(object())
        return 1

    monkeypatch.setattr(ImportWizard, "exec", wizard_imports)
    actions["importParticipantsAction"].trigger()
    assert refreshed == [True]

    def batch_undone(dialog):
        dialog.undone.emit(1)
        return 0

    monkeypatch.setattr(ImportBatchesDialog, "exec", batch_undone)
    actions["importBatchesAction"].trigger()
    assert refreshed == [True, True]
