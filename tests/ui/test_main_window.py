"""The main window: navigation lists only working pages, menus, settings, window geometry."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QStackedWidget

from coopdesk import __version__
from coopdesk.domain.enums import Citizenship, Sex
from coopdesk.domain.records import ParticipantDraft
from coopdesk.platform.paths import AppPaths
from coopdesk.platform.prefs import Prefs
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.settings_dialog import SettingsDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.participants_page import ParticipantsPage


@pytest.fixture
def prefs(tmp_path) -> Prefs:
    return Prefs(AppPaths(tmp_path / "prefs").ensure())


@pytest.fixture
def window(qtbot, services, prefs):
    services.participants.create(
        ParticipantDraft(first_name="Jan", last_name="Kowalski", town="Lublin", birth_date=date(1980, 3, 1),
                         sex=Sex.MALE, citizenship=Citizenship.EU)
    )
    w = MainWindow(services, prefs)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_window_shows_the_participants_page(window):
    assert window.windowTitle() == "coopdesk"
    stack = window.findChild(QStackedWidget, "pages")
    page = stack.currentWidget()
    assert isinstance(page, ParticipantsPage)
    assert page.isVisible()
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 participant"


def test_navigation_lists_only_working_pages(window):
    nav = window.findChild(QListWidget, "navigation")
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles == ["Participants"]
    stack = window.findChild(QStackedWidget, "pages")
    assert stack.count() == nav.count()
    assert nav.currentRow() == 0
    texts = " ".join(titles + [a.text() for a in window.findChildren(type(window.quit_action))]).lower()
    assert "coming soon" not in texts


def test_menus(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.settings_action.text().startswith("&Settings")


def test_about_shows_the_version(window, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    assert len(shown) == 1
    assert __version__ in shown[0][1]


def test_quit_closes_and_saves_geometry(qtbot, window, services, prefs):
    window.resize(window.width(), 480)
    saved = window.size()
    assert saved.height() == 480
    window.quit_action.trigger()
    assert not window.isVisible()
    again = MainWindow(services, prefs)
    qtbot.addWidget(again)
    assert again.size() == saved


def test_settings_dialog_saves_the_language(qtbot, prefs):
    assert prefs.language == "pl"
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.objectName() == "languageCombo"
    assert combo.currentData() == "pl"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert prefs.language == "en"
    assert dialog.language_changed
    assert "restart" in dialog.findChild(QLabel, "restartNote").text()


def test_settings_cancel_keeps_the_language(qtbot, prefs):
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.reject()
    assert prefs.language == "pl"


def test_settings_from_the_menu(window, prefs, monkeypatch):
    def fake_exec(dialog):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.settings_action.trigger()
    assert prefs.language == "en"
    assert "restart" in window.statusBar().currentMessage()


# --- issue 6 point 6: read-only and full storage around the main window (real mounts, root only) --------
class Shown:
    """Stands in for ui/prompts: what the user would have been shown."""

    def __init__(self, monkeypatch) -> None:
        self.boxes: list[tuple[str, str, str]] = []
        for kind in ("error", "warning", "info"):
            monkeypatch.setattr(prompts, kind, lambda _p, title, text, kind=kind: self.boxes.append((kind, title, text)))


def _logging_restored():
    import logging

    root = logging.getLogger()
    return root, list(root.handlers), root.level


def test_a_read_only_data_folder_logs_to_stderr_and_says_so_and_start_refuses_clearly(tmp_path, monkeypatch):
    import logging

    from storage_mounts import read_only

    from coopdesk.platform.logs import setup_logging
    from coopdesk.ui import startup

    shown = Shown(monkeypatch)
    data = tmp_path / "data"
    data.mkdir()
    root, handlers, level = _logging_restored()
    with read_only(data):
        paths = AppPaths(data).ensure()  # no traceback for the log folder it cannot make
        try:
            problem = setup_logging(paths)
            added = [h for h in root.handlers if h not in handlers]
        finally:
            for handler in root.handlers[:]:
                if handler not in handlers:
                    root.removeHandler(handler)
            root.setLevel(level)
        assert problem is not None and [type(h) for h in added] == [logging.StreamHandler]
        startup.tell_log_problem(paths, problem)
        assert startup.acquire_instance_lock(paths) is None
    (kind1, _t1, log_text), (kind2, title2, lock_text) = shown.boxes
    assert kind1 == "warning" and str(paths.log_dir) in log_text and "read-only" in log_text
    assert kind2 == "error" and "already" not in title2 + lock_text
    assert "read-only" in lock_text and str(data) in lock_text


def test_a_full_disk_at_start_is_not_called_already_running(tmp_path, monkeypatch):
    from storage_mounts import fill, tmpfs

    from coopdesk.ui import startup

    shown = Shown(monkeypatch)
    with tmpfs(tmp_path / "disk", "256k") as disk:
        paths = AppPaths(disk / "data").ensure()
        fill(disk)
        assert startup.acquire_instance_lock(paths) is None
    [(kind, title, text)] = shown.boxes
    assert kind == "error" and "already" not in title + text
    assert "disk is full" in text and str(paths.data_dir) in text


def test_a_failed_automatic_backup_is_shown_daily_and_on_exit(tmp_path, monkeypatch):
    from storage_mounts import fill, tmpfs

    from coopdesk.services.app_services import open_services
    from coopdesk.services.context import SYSTEM_ACTOR, Context
    from coopdesk.ui import startup

    shown = Shown(monkeypatch)
    with tmpfs(tmp_path / "disk", "4m") as disk:
        services = open_services(disk / "data", Context(actor=SYSTEM_ACTOR))
        services.backups.backup_dir.mkdir(parents=True, exist_ok=True)
        filler = fill(disk)
        try:
            assert startup.daily_backup(services) is None
        finally:
            assert startup.on_exit(services) is None
        filler.unlink()
    titles = [title for _kind, title, _text in shown.boxes]
    assert titles == ["Daily backup failed", "Backup on exit failed"]
    for kind, _title, text in shown.boxes:
        assert kind == "warning" and "disk is full" in text and "could not be written" in text


def test_a_role_that_makes_no_backups_is_not_told_that_its_backup_failed(services, monkeypatch):
    """Automatic backups need Permission.BACKUP (a trainer's session makes none): no backup, no warning."""
    from coopdesk.domain.enums import Role
    from coopdesk.ui import startup
    from tests.conftest import as_user

    shown = Shown(monkeypatch)
    trainer = as_user(services, "trener", Role.TRAINER)
    assert startup.daily_backup(trainer) is None
    assert startup.on_exit(trainer) is None
    assert shown.boxes == [] and not list(services.backups.backup_dir.glob("*.sqlite3"))


def test_a_data_folder_that_cannot_be_made_is_told_not_a_traceback(tmp_path, monkeypatch, capsys):
    """A read-only disk where the data folder does not exist yet: the program and a command both say so."""
    import argparse

    from storage_mounts import read_only

    from coopdesk.app import main, run_gui

    shown = Shown(monkeypatch)
    disk = tmp_path / "disk"
    disk.mkdir()
    with read_only(disk):
        assert run_gui(argparse.Namespace(data_dir=str(disk / "data"), lang="en", command=None)) == 2
        assert main(["check", "--data-dir", str(disk / "data")]) == 2  # no --lang: the default language
    [(kind, _title, text)] = shown.boxes
    assert kind == "error" and str(disk / "data") in text and "read-only" in text
    assert str(disk / "data") in capsys.readouterr().err


def test_the_program_does_not_open_a_data_folder_a_command_is_writing(tmp_path, monkeypatch):
    """Issue 6 point 2, the other way round: while `coopdesk restore`/`demo` holds the data folder, the
    program refuses to start on it and says who holds it."""
    import os
    import socket

    from coopdesk import cli
    from coopdesk.ui import startup

    shown = Shown(monkeypatch)
    paths = AppPaths(tmp_path / "data").ensure()
    held = cli.hold_data_folder(paths.data_dir)  # what a writing command holds while it runs
    try:
        assert startup.acquire_instance_lock(paths) is None
    finally:
        held.release()
    [(kind, _title, text)] = shown.boxes
    assert kind == "error" and "a command such as restore or demo" in text
    assert f"PID {os.getpid()}, {socket.gethostname()}" in text
    again = startup.acquire_instance_lock(paths)
    assert again is not None
    again.release()


def test_a_demo_database_says_demo_in_the_title(qtbot, services, prefs):
    from coopdesk.services.demo import generate_demo

    before = MainWindow(services, prefs)
    qtbot.addWidget(before)
    assert before.windowTitle() == "coopdesk"
    generate_demo(services, people=2, accounts=True)
    w = MainWindow(services, prefs)
    qtbot.addWidget(w)
    assert w.windowTitle() == "coopdesk — DEMO"
