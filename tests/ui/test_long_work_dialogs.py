"""The dialogs' long work goes through the runner: off the GUI thread, with a progress dialog whose Cancel
leaves nothing half-written; no processEvents loop."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from gdpr_people import full_draft
from PySide6.QtGui import QGuiApplication

from coopdesk.domain.records import ParticipantQuery
from coopdesk.ui import prompts, runner
from coopdesk.ui.dialogs import passphrase_dialog
from coopdesk.ui.dialogs.backup_dialog import BackupDialog
from tests.ui.form_helpers import press_cancel_when_shown

SOURCES = [Path("coopdesk/ui/dialogs/backup_dialog.py"), Path("coopdesk/ui/dialogs/gdpr_dialog.py"),
           Path("coopdesk/ui/record_actions.py"), Path("coopdesk/ui/runner.py")]


@pytest.fixture
def said(monkeypatch):
    seen: dict[str, list[str]] = {"info": [], "error": []}
    monkeypatch.setattr(prompts, "info", lambda _p, _t, text: seen["info"].append(text))
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: seen["error"].append(text))
    monkeypatch.setattr(prompts, "warning", lambda _p, _t, text: seen["error"].append(text))
    monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
    return seen


def hold_at(step_name: str, release: threading.Event):
    """A progress wrapper that stays at ``step_name`` (reporting, so a cancel is heard) until released."""
    def wrap(progress):
        def step(name):
            progress(name)
            # (held only off the GUI thread: work run on the GUI thread would wait for ever)
            while name == step_name and threading.current_thread() is not threading.main_thread() \
                    and not release.wait(0.01):
                progress(name)
        return step
    return wrap


def test_no_process_events_loop_in_the_dialogs_nor_the_runner():
    root = Path(__file__).resolve().parents[2]
    assert not [p for p in SOURCES if "processEvents" in (root / p).read_text(encoding="utf-8")]


def test_a_backup_runs_off_the_gui_thread_and_names_its_file(qtbot, services, tmp_path, monkeypatch, said):
    services.participants.create(full_draft(services))
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "choose_directory", lambda *_a, **_k: str(usb))
    threads: list[int] = []
    original = services.backups.backup_to

    def backup_to(target, encrypt=None, progress=None):
        threads.append(threading.get_ident())
        return original(target, encrypt=encrypt, progress=progress)

    monkeypatch.setattr(services.backups, "backup_to", backup_to)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.backup_now.click()
    assert threads and threads[0] != threading.get_ident()
    written = list(usb.glob("coopdesk-*.sqlite3"))
    assert len(written) == 1 and str(written[0]) in said["info"][0] and not said["error"]
    assert QGuiApplication.overrideCursor() is None


def test_cancelling_a_backup_leaves_no_file_and_no_message(qtbot, services, tmp_path, monkeypatch, said):
    services.participants.create(full_draft(services))
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "choose_directory", lambda *_a, **_k: str(usb))
    release = threading.Event()
    original = services.backups.backup_to
    monkeypatch.setattr(services.backups, "backup_to", lambda target, encrypt=None, progress=None: original(
        target, encrypt=encrypt, progress=hold_at("verify", release)(progress)))
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    pressed: list[str] = []
    press_cancel_when_shown(pressed)
    try:
        dialog.backup_now.click()
    finally:
        release.set()
    assert pressed and "Checking the backup..." in pressed[0]  # the step is named while it runs
    assert list(usb.iterdir()) == []  # no copy, no .part
    assert not list(services.backups.backup_dir.glob("*.part"))
    assert said == {"info": [], "error": []}
    assert QGuiApplication.overrideCursor() is None


def test_cancelling_the_encryption_leaves_the_database_plain(qtbot, coordinator, tmp_path, monkeypatch, said):
    coordinator.participants.create(full_draft(coordinator))
    monkeypatch.setattr(passphrase_dialog, "new_passphrase", lambda *_a, **_k: "a long passphrase")
    release = threading.Event()
    original = coordinator.encryption.encrypt
    monkeypatch.setattr(coordinator.encryption, "encrypt", lambda passphrase, progress=None: original(
        passphrase, progress=hold_at("verify", release)(progress)))
    dialog = BackupDialog(coordinator)
    qtbot.addWidget(dialog)
    pressed: list[str] = []
    press_cancel_when_shown(pressed)
    try:
        assert dialog.encrypt_database() is False
    finally:
        release.set()
    assert pressed and not coordinator.encryption.encrypted
    assert coordinator.participants.count(ParticipantQuery()) == 1 and said == {"info": [], "error": []}
    assert not [p for p in Path(coordinator.db.path).parent.iterdir() if p.name.endswith(".encrypting")]


def test_an_unexpected_error_in_the_work_reaches_the_caller_on_the_gui_thread(qtbot, services, tmp_path,
                                                                               monkeypatch, said):
    monkeypatch.setattr(prompts, "choose_directory", lambda *_a, **_k: str(tmp_path))

    def broken(*_a, **_k):
        raise KeyError("x")

    monkeypatch.setattr(services.backups, "backup_to", broken)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    with pytest.raises(KeyError):  # in a slot, the global exception hook takes it (logged, one message)
        dialog.backup_to_folder()
    assert QGuiApplication.overrideCursor() is None
    assert runner.wait_idle(2000)


def test_the_art15_report_runs_on_the_runner_and_cancel_writes_no_pdf(qtbot, services, tmp_path, monkeypatch,
                                                                       said):
    from coopdesk.ui.dialogs.gdpr_dialog import GdprDialog

    person = services.participants.create(full_draft(services))
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(prompts, "choose_save_file", lambda *_a, **_k: str(folder / "art15.pdf"))
    release = threading.Event()
    threads: list[int] = []
    original = services.gdpr.data_report

    def slow(participant_id, out, progress=None):
        threads.append(threading.get_ident())

        def held(done, total):
            progress(done, total)
            while threading.current_thread() is not threading.main_thread() and not release.wait(0.01):
                progress(done, total)

        return original(participant_id, out, progress=held)

    monkeypatch.setattr(services.gdpr, "data_report", slow)
    dialog = GdprDialog(services, person.id)
    qtbot.addWidget(dialog)
    pressed: list[str] = []
    press_cancel_when_shown(pressed)
    try:
        assert dialog.save_report() is None
    finally:
        release.set()
    assert pressed and threads and threads[0] != threading.get_ident()
    assert list(folder.iterdir()) == [] and said == {"info": [], "error": []}
    assert QGuiApplication.overrideCursor() is None


def test_the_daily_backup_at_start_runs_off_the_gui_thread(qtbot, services, monkeypatch):
    from coopdesk.ui import startup

    threads: list[int] = []
    original = services.backups.auto_backup

    def auto_backup(reason="auto"):
        threads.append(threading.get_ident())
        return original(reason)

    monkeypatch.setattr(services.backups, "auto_backup", auto_backup)
    info = startup.daily_backup(services)
    assert info is not None and info.path.exists()
    assert threads and threads[0] != threading.get_ident()
    assert QGuiApplication.overrideCursor() is None


def test_a_full_disk_during_a_backup_is_told_as_such(qtbot, services, tmp_path,
                                                                             monkeypatch, said):
    import errno

    from coopdesk.domain.errors import StorageFull

    monkeypatch.setattr(prompts, "choose_directory", lambda *_a, **_k: str(tmp_path))

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/Kowalski.sqlite3")

    monkeypatch.setattr(services.backups, "backup_to", full)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.backup_to_folder()
    expected = StorageFull(path="/media/usb/Kowalski.sqlite3").render(lambda t: t)
    assert said["error"] == [expected]
    assert runner.error_text(OSError(errno.EIO, "Input/output error", "/x/y.pdf")) == \
        "The file could not be written or read (Input/output error)."
    assert runner.error_text(OSError(errno.ENOSPC, "No space left on device"), "/media/usb") == \
        StorageFull(path="/media/usb").render(lambda t: t)
