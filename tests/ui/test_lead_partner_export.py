"""Tools -> Export for the lead partner: all projects or one, a save dialog with a dated .xlsx name, the
runner, and a final message with the counts and the file's place; only for roles allowed to export. Every
participant is written whatever their consents; the follow-up contact export is the consent-based one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from gdpr_people import full_draft, second_draft
from openpyxl import load_workbook
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu

from coopdesk.domain.enums import Role
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, ProjectDraft
from coopdesk.services.followup_export import CONTACTS_SHEET, WITHHELD_SHEET
from coopdesk.services.layouts import load_layout
from coopdesk.ui import prompts
from coopdesk.ui.monitoring_export_dialog import MonitoringExportDialog, NotReadyDialog
from coopdesk.ui.record_actions import install_record_actions
from tests.conftest import as_user

PARTICIPANTS_SHEET = load_layout("plain").sheet.name  # coopdesk's full list, the layout chosen below


@pytest.fixture
def people(services):
    zaz = services.participants.create(full_draft(services))
    zofia = services.participants.create(second_draft())  # no consent: still in the monitoring list
    services.consents.set(ConsentRecord(zaz.id, ConsentPurpose.FOLLOWUP_CONTACT, True, date(2026, 2, 3)))
    return zaz, zofia


@pytest.fixture(autouse=True)
def choice(monkeypatch):
    """The export's options dialog (issue 9), answered: coopdesk's full list ("plain"), the project whose
    label starts with choice["project"] (all when ""), or Cancel; the precheck's list: Continue."""
    wanted = {"project": "", "cancel": False, "offered": []}

    def exec_(dialog):
        combo = dialog.project_combo
        wanted["offered"].append([combo.itemText(i) for i in range(combo.count())])
        if wanted["cancel"]:
            return QDialog.DialogCode.Rejected
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("plain"))
        combo.setCurrentIndex(next(i for i in range(combo.count()) if wanted["project"] in combo.itemText(i)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MonitoringExportDialog, "exec", exec_)
    monkeypatch.setattr(NotReadyDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    return wanted


@pytest.fixture
def said(monkeypatch):
    seen: dict[str, list[str]] = {"info": [], "error": []}
    monkeypatch.setattr(prompts, "info", lambda _p, _t, text: seen["info"].append(text))
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: seen["error"].append(text))
    return seen


def window_with_menus(qtbot, services) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    install_record_actions(window, services, None)
    return window


def export_action(window: QMainWindow, name: str = "leadPartnerExportAction"):
    tools = window.findChild(QMenu, "toolsMenu")
    found = [a for a in (tools.actions() if tools else []) if a.objectName() == name]
    return found[0] if found else None


def save_dialog_answers(monkeypatch, answer: str) -> list[tuple]:
    asked: list[tuple] = []

    def get_save_file_name(parent, title, start, filters, *args, **kwargs):
        asked.append((title, start, filters))
        return answer, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def test_the_coordinator_exports_from_the_tools_menu(qtbot, coordinator, people, tmp_path, monkeypatch, said):
    zaz, zofia = people
    target = tmp_path / "dla partnera"  # no suffix typed: .xlsx is added
    asked = save_dialog_answers(monkeypatch, str(target))
    window = window_with_menus(qtbot, coordinator)
    action = export_action(window)
    assert action is not None and action.text().startswith("&Export for the lead partner")
    action.trigger()
    written = tmp_path / "dla partnera.xlsx"
    assert written.exists() and not list(tmp_path.glob("*.part"))
    start = asked[0][1]
    assert start.endswith("-2026-11-27.xlsx") and "*.xlsx" in asked[0][2]
    book = load_workbook(written)
    assert [ws.title for ws in book.worksheets if ws.sheet_state == "visible"] == [PARTICIPANTS_SHEET]  # no withheld
    assert {row[0] for row in book[PARTICIPANTS_SHEET].iter_rows(min_row=2, values_only=True)} == {
        zaz.uuid, zofia.uuid}  # Zofia gave no consent: monitoring does not rest on it
    assert not said["error"] and len(said["info"]) == 1
    message = said["info"][0]
    assert "Written: 2 participations of 2 participants" in message and "not on consent" in message
    assert str(written) in message and "Withheld" not in message
    assert "Kowalski" not in message and zaz.last_name not in message  # no personal data in the message
    assert QGuiApplication.overrideCursor() is None


def test_a_failed_export_is_told_in_words(qtbot, coordinator, people, tmp_path, monkeypatch, said):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    save_dialog_answers(monkeypatch, str(blocked / "lista.xlsx"))
    window = window_with_menus(qtbot, coordinator)
    export_action(window).trigger()
    assert len(said["error"]) == 1 and not said["info"]
    assert QGuiApplication.overrideCursor() is None


def test_closing_the_save_dialog_exports_nothing(qtbot, coordinator, people, tmp_path, monkeypatch, said):
    save_dialog_answers(monkeypatch, "")
    window = window_with_menus(qtbot, coordinator)
    export_action(window).trigger()
    assert said == {"info": [], "error": []}


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER])
def test_roles_without_the_export_permission_do_not_see_it(qtbot, services, role):
    window = window_with_menus(qtbot, as_user(services, role.value, role))
    assert export_action(window) is None


def _projects(services, people):
    zaz, zofia = people
    a = services.projects.create(ProjectDraft("OWES-A", "Projekt A", date(2024, 1, 1), date(2027, 12, 31)))
    b = services.projects.create(ProjectDraft("OWES-B", "Projekt B", date(2024, 1, 1), date(2027, 12, 31)))
    draft = services.participants.get(zofia.id).as_draft()
    services.participants.update(zofia.id, replace(
        draft, participations=(replace(draft.participations[0], project_id=b.id),)))
    return a, b


def test_the_user_picks_one_project(qtbot, coordinator, people, tmp_path, monkeypatch, said, choice):
    _a, b = _projects(coordinator, people)
    choice["project"] = "OWES-B — Projekt B"
    save_dialog_answers(monkeypatch, str(tmp_path / "b.xlsx"))
    export_action(window_with_menus(qtbot, coordinator)).trigger()
    assert choice["offered"] == [["All projects", "OWES-A — Projekt A", "OWES-B — Projekt B"]]
    rows = list(load_workbook(tmp_path / "b.xlsx")[PARTICIPANTS_SHEET].iter_rows(values_only=True))
    code = rows[0].index("Kod projektu")
    assert [(r[0], r[code]) for r in rows[1:]] == [(people[1].uuid, "OWES-B")]


def test_cancelling_the_project_choice_exports_nothing(qtbot, coordinator, people, tmp_path, monkeypatch, said,
                                                       choice):
    _projects(coordinator, people)
    choice["cancel"] = True
    asked = save_dialog_answers(monkeypatch, str(tmp_path / "x.xlsx"))
    export_action(window_with_menus(qtbot, coordinator)).trigger()
    assert asked == [] and said == {"info": [], "error": []} and not list(tmp_path.glob("*.xlsx"))


def test_the_followup_contacts_export_needs_consent(qtbot, coordinator, people, tmp_path, monkeypatch, said):
    zaz, zofia = people
    save_dialog_answers(monkeypatch, str(tmp_path / "kontakt"))
    window = window_with_menus(qtbot, coordinator)
    action = export_action(window, "followupExportAction")
    assert action is not None and "follow-up after the project" in action.text()
    action.trigger()
    book = load_workbook(tmp_path / "kontakt.xlsx")
    assert [r[0] for r in book[CONTACTS_SHEET].iter_rows(min_row=2, values_only=True)] == [zaz.uuid]
    assert [r[0] for r in book[WITHHELD_SHEET].iter_rows(min_row=2, values_only=True)] == [zofia.uuid]
    assert not said["error"] and len(said["info"]) == 1
    message = said["info"][0]
    assert "Written: 1 people" in message and "Withheld (no valid consent): 1" in message
    assert WITHHELD_SHEET in message and zaz.last_name not in message


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER])
def test_roles_without_the_export_permission_do_not_see_the_followup_export(qtbot, services, role):
    window = window_with_menus(qtbot, as_user(services, role.value, role))
    assert export_action(window, "followupExportAction") is None
