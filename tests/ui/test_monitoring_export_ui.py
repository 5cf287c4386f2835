"""Tools -> Export for the lead partner (issue 9): the layout (SM EFS by default), project, period and partner
chosen in one dialog; the precheck's list of participations not ready to report, with what each lacks, to
continue or cancel; the file written on the runner with progress and Cancel; the counts told."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from gdpr_people import full_draft, second_draft
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu

from coopdesk.domain.enums import Degurba, Isced, LabourStatus, SupportForm
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipationDraft, SupportEntry
from coopdesk.services.monitoring_export import CHANGES_SHEET, MonitoringExportService
from coopdesk.ui import prompts
from coopdesk.ui.monitoring_export_dialog import MonitoringExportDialog, NotReadyDialog
from coopdesk.ui.record_actions import install_record_actions
from tests.ui.form_helpers import press_cancel_when_shown


@pytest.fixture
def people(coordinator):
    a = coordinator.projects.create(ProjectDraft("OWES-A", "Projekt A", date(2024, 1, 1), date(2027, 12, 31))).id
    coordinator.projects.create(ProjectDraft("OWES-B", "Projekt B", date(2024, 1, 1), date(2027, 12, 31)))
    zaz = coordinator.participants.create(full_draft(coordinator, participations=(ParticipationDraft(
        project_id=a, degurba=Degurba.RURAL, education=Isced.ISCED3, labour_status=LabourStatus.INACTIVE,
        gmina="Koluszki", supports=(SupportEntry(SupportForm.ADVICE, date(2026, 2, 10)),)),)))
    zofia = coordinator.participants.create(second_draft(participations=(ParticipationDraft(
        project_id=a, education=Isced.ISCED1, gmina="Kraków",  # no labour status, no DEGURBA: not ready
        supports=(SupportEntry(SupportForm.TRAINING, date(2026, 3, 1)),)),)))
    return zaz, zofia


@pytest.fixture
def said(monkeypatch):
    seen: dict[str, list[str]] = {"info": [], "error": []}
    monkeypatch.setattr(prompts, "info", lambda _p, _t, text: seen["info"].append(text))
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: seen["error"].append(text))
    return seen


def trigger_export(qtbot, services) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    install_record_actions(window, services, None)
    tools = window.findChild(QMenu, "toolsMenu")
    [action] = [a for a in tools.actions() if a.objectName() == "leadPartnerExportAction"]
    action.trigger()


def answer_options(monkeypatch, layout="smefs", project="", period=None, partner="", seen=None):
    """The options dialog, filled in as a user would and accepted (or left with Cancel: layout None)."""
    def exec_(dialog: MonitoringExportDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        if layout is None:
            return QDialog.DialogCode.Rejected
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(layout))
        if project:
            dialog.project_combo.setCurrentIndex(next(
                i for i in range(dialog.project_combo.count()) if dialog.project_combo.itemText(i).startswith(project)))
        if period:
            dialog.period_box.setChecked(True)
            dialog.period_from.setDate(QDate(period[0]))
            dialog.period_to.setDate(QDate(period[1]))
        dialog.partner_edit.setText(partner)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(MonitoringExportDialog, "exec", exec_)


def answer_not_ready(monkeypatch, go_on: bool, shown: list) -> None:
    def exec_(dialog: NotReadyDialog) -> int:
        table = dialog.table
        shown.append([[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())])
        return QDialog.DialogCode.Accepted if go_on else QDialog.DialogCode.Rejected

    monkeypatch.setattr(NotReadyDialog, "exec", exec_)


def save_as(monkeypatch, answer: str) -> list:
    asked: list = []

    def get_save_file_name(_parent, title, start, filters, *args, **kwargs):
        asked.append(start)
        return answer, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def test_the_dialog_offers_sm_efs_first_every_project_and_known_partners(qtbot, coordinator, people, tmp_path):
    MonitoringExportService(coordinator.db, coordinator.ctx).export(tmp_path / "x.xlsx", "smefs", partner="PUP Gdańsk")
    dialog = MonitoringExportDialog(None, coordinator.projects.list(), ["PUP Gdańsk"], date(2026, 11, 27))
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "monitoringExportDialog"
    assert [dialog.layout_combo.itemData(i) for i in range(dialog.layout_combo.count())] == ["smefs", "sl2014", "plain"]
    assert dialog.layout_combo.currentText() == "SM EFS (CST2021)"
    assert [dialog.project_combo.itemText(i) for i in range(dialog.project_combo.count())] == [
        "All projects", "OWES-A — Projekt A", "OWES-B — Projekt B"]
    assert not dialog.period_box.isChecked() and dialog.options().period is None
    assert dialog.partner_edit.completer().model().stringList() == ["PUP Gdańsk"]
    dialog.period_box.setChecked(True)
    dialog.period_from.setDate(QDate(2026, 6, 1))
    dialog.period_to.setDate(QDate(2026, 1, 1))
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "ends before it starts" in dialog.problem.text()


def test_the_precheck_is_shown_then_the_file_is_written(qtbot, coordinator, people, tmp_path, monkeypatch, said):
    zaz, zofia = people
    answer_options(monkeypatch, layout="sl2014", project="OWES-A", partner="PUP Gdańsk")
    shown: list = []
    answer_not_ready(monkeypatch, True, shown)
    save_as(monkeypatch, str(tmp_path / "dla partnera"))
    trigger_export(qtbot, coordinator)
    assert shown == [[["Żak Zofia", "OWES-A", "Labour-market status, Degree of urbanisation (DEGURBA)"]]]
    book = load_workbook(tmp_path / "dla partnera.xlsx")
    assert book.sheetnames[:3] == ["Dane uczestników projektów", "Formy wsparcia", CHANGES_SHEET]
    ids = [r[-1] for r in book["Dane uczestników projektów"].iter_rows(min_row=2, values_only=True)]
    assert sorted(ids) == sorted([zaz.uuid, zofia.uuid])
    assert not said["error"] and len(said["info"]) == 1
    message = said["info"][0]
    assert "Written: 2 participations of 2 participants" in message
    assert "Not ready to report (written all the same): 1." in message
    assert "Since the last file to PUP Gdańsk: 2 new, 0 changed, 0 removed" in message
    assert "Żak" not in message and zofia.pesel not in message


def test_cancel_at_the_precheck_or_the_options_writes_nothing(qtbot, coordinator, people, tmp_path, monkeypatch,
                                                              said):
    answer_options(monkeypatch)
    shown: list = []
    answer_not_ready(monkeypatch, False, shown)
    asked = save_as(monkeypatch, str(tmp_path / "x.xlsx"))
    trigger_export(qtbot, coordinator)
    assert len(shown) == 1 and asked == [] and said == {"info": [], "error": []}
    answer_options(monkeypatch, layout=None)
    trigger_export(qtbot, coordinator)
    assert len(shown) == 1 and asked == [] and not list(tmp_path.glob("*.xlsx*"))


def test_nothing_to_report_asks_no_question(qtbot, coordinator, people, tmp_path, monkeypatch, said):
    answer_options(monkeypatch, layout="smefs", period=(date(2026, 2, 1), date(2026, 2, 28)))
    shown: list = []
    answer_not_ready(monkeypatch, False, shown)
    save_as(monkeypatch, str(tmp_path / "luty.xlsx"))
    trigger_export(qtbot, coordinator)
    assert shown == []  # Zofia started in March: outside the period, nothing is missing
    rows = list(load_workbook(tmp_path / "luty.xlsx")["Uczestnicy"].iter_rows(min_row=2, values_only=True))
    assert [r[8] for r in rows] == [people[0].uuid]  # Techniczny identyfikator uczestnika


def test_the_export_runs_on_the_runner_and_cancel_writes_no_file(qtbot, coordinator, people, tmp_path,
                                                                 monkeypatch, said):
    folder = tmp_path / "out"
    folder.mkdir()
    answer_options(monkeypatch, partner="ROPS")
    answer_not_ready(monkeypatch, True, [])
    save_as(monkeypatch, str(folder / "lista.xlsx"))
    release = threading.Event()
    threads: list[int] = []
    original = MonitoringExportService.export

    def slow(self, out, layout, project_id=None, period=None, partner="", progress=None):
        threads.append(threading.get_ident())

        def held(done, total):
            progress(done, total)
            while not release.wait(0.01):
                progress(done, total)

        return original(self, out, layout, project_id, period, partner, progress=held)

    monkeypatch.setattr(MonitoringExportService, "export", slow)
    pressed: list[str] = []
    press_cancel_when_shown(pressed)
    try:
        trigger_export(qtbot, coordinator)
    finally:
        release.set()
    assert pressed and threads and threads[0] != threading.get_ident()
    assert list(folder.iterdir()) == []  # no file, no .part
    assert said["info"] == ["The export was cancelled; no file was written."] and not said["error"]
    assert MonitoringExportService(coordinator.db, coordinator.ctx).partners() == []  # no exchange stored
