"""The global exception hook: an error in a slot or a thread is logged, shown once, and coopdesk goes on."""

from __future__ import annotations

import errno
import logging
import sys
import threading
from datetime import date

import pytest
from gdpr_people import full_draft
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.platform.paths import AppPaths
from coopdesk.ui import prompts
from coopdesk.ui.busy import busy_cursor
from coopdesk.ui.dialogs.gdpr_dialog import GdprDialog
from coopdesk.ui.dialogs.projects_dialog import ProjectsDialog
from coopdesk.ui.error_hook import ErrorHook, install_error_hook

FAKE_PESEL = "44051401359"
PERSON = "Jan Kowalski"


class ClientRecordBroken(Exception):
    pass


class Emitter(QObject):
    fired = Signal()
    later = Signal()


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The root logger writes only to a file in tmp_path during the test (as platform/logs.py sets it up)."""
    path = tmp_path / "data" / "logs" / "coopdesk.log"
    path.parent.mkdir(parents=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [handler])
    monkeypatch.setattr(root, "level", logging.INFO)
    yield path
    handler.close()


@pytest.fixture
def boxes(monkeypatch):
    """Every message box asked for: (title, text, override cursor at that moment, thread)."""
    shown: list[tuple[str, str, object, threading.Thread]] = []

    def error(parent, title, text):
        shown.append((title, text, QGuiApplication.overrideCursor(), threading.current_thread()))

    monkeypatch.setattr(prompts, "error", error)
    for name in ("warning", "info"):
        monkeypatch.setattr(prompts, name, lambda *a, **k: pytest.fail("no warning or info box expected"))
    return shown


@pytest.fixture
def hook(tmp_path, log_file):
    saved = sys.excepthook, threading.excepthook
    installed = ErrorHook(AppPaths(tmp_path / "data")).install()
    yield installed
    installed.uninstall()
    sys.excepthook, threading.excepthook = saved
    installed.deleteLater()
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()


def broken_slot():
    raise ClientRecordBroken(f"no record for {PERSON}, PESEL {FAKE_PESEL}")  # no data in the source line


def test_a_slot_that_raises_shows_one_message_naming_the_log_and_the_program_goes_on(qtbot, hook, boxes, log_file):
    emitter = Emitter()
    worked: list[str] = []
    emitter.fired.connect(broken_slot)
    emitter.later.connect(lambda: worked.append("later signal"))
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    title, text, _cursor, _thread = boxes[0]
    assert title == "Unexpected error"
    assert str(log_file) in text and "ClientRecordBroken" in text and "goes on" in text
    # the event loop is alive: a later signal and a timer still work
    QTimer.singleShot(0, emitter.later.emit)
    qtbot.waitUntil(lambda: worked == ["later signal"])
    qtbot.wait(50)
    assert len(boxes) == 1


def test_the_traceback_is_in_the_log_but_the_personal_text_is_nowhere(qtbot, hook, boxes, log_file):
    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in broken_slot" in logged and "ClientRecordBroken" in logged
    assert FAKE_PESEL not in logged and PERSON not in logged
    _title, text, _cursor, _thread = boxes[0]
    assert FAKE_PESEL not in text and PERSON not in text


def test_chained_causes_are_logged_without_their_text(qtbot, hook, boxes, log_file):
    def chained():
        try:
            broken_slot()
        except ClientRecordBroken as exc:
            raise RuntimeError(f"while saving {FAKE_PESEL}") from exc

    emitter = Emitter()
    emitter.fired.connect(chained)
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    logged = log_file.read_text(encoding="utf-8")
    assert "direct cause of the following exception" in logged
    assert logged.index("ClientRecordBroken") < logged.index("RuntimeError")
    assert FAKE_PESEL not in logged


def test_the_wait_cursor_is_reset_before_the_message(qtbot, hook, boxes):
    def busy_then_broken():
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # nested, never taken back
        broken_slot()

    emitter = Emitter()
    emitter.fired.connect(busy_then_broken)
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert boxes[0][2] is None
    assert QGuiApplication.overrideCursor() is None


def test_a_burst_of_errors_gives_one_message_and_all_are_logged(qtbot, hook, boxes, log_file):
    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    for _ in range(5):
        QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    qtbot.wait(50)
    assert len(boxes) == 1
    assert log_file.read_text(encoding="utf-8").count("Traceback (most recent call last)") == 5
    # after the message is closed, a new error is told again
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(boxes) == 2)


def test_an_error_while_the_message_is_shown_does_not_loop(qtbot, hook, monkeypatch, log_file):
    calls: list[str] = []
    emitter = Emitter()
    emitter.fired.connect(broken_slot)

    def error_raising_inside(parent, title, text):
        calls.append(text)
        emitter.fired.emit()  # an error raised in a slot while the message is open (its own event loop)
        qtbot.wait(20)
        raise RuntimeError("the message box itself failed")

    monkeypatch.setattr(prompts, "error", error_raising_inside)
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: len(calls) == 1)
    qtbot.wait(100)
    assert len(calls) == 1
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count("Traceback (most recent call last)") == 3  # two errors, then the failed message
    assert "could not be shown" in logged


def test_a_thread_error_is_logged_and_told_on_the_gui_thread(qtbot, hook, boxes, log_file):
    worker = threading.Thread(target=broken_slot, name="report-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(boxes) == 1)
    _title, text, _cursor, thread = boxes[0]
    assert thread is threading.main_thread()
    assert "ClientRecordBroken" in text and str(log_file) in text and FAKE_PESEL not in text
    logged = log_file.read_text(encoding="utf-8")
    assert "in thread report-worker" in logged and "in broken_slot" in logged and FAKE_PESEL not in logged


def test_an_unwritable_log_is_said_in_the_message(qtbot, tmp_path, boxes, monkeypatch):
    monkeypatch.setattr(logging.getLogger(), "handlers", [logging.NullHandler()])
    saved = sys.excepthook, threading.excepthook
    problem = OSError(errno.EROFS, "Read-only file system")
    installed = install_error_hook(AppPaths(tmp_path / "data"), problem)
    try:
        assert sys.excepthook == installed._sys_hook and threading.excepthook == installed._thread_hook
        emitter = Emitter()
        emitter.fired.connect(broken_slot)
        QTimer.singleShot(0, emitter.fired.emit)
        qtbot.waitUntil(lambda: len(boxes) == 1)
    finally:
        installed.uninstall()
        sys.excepthook, threading.excepthook = saved
    text = boxes[0][1]
    assert "cannot be written" in text and str(tmp_path / "data" / "logs") in text
    assert "Read-only file system" in text
    assert sys.excepthook is saved[0]


def test_busy_cursor_is_taken_back_when_the_work_raises():
    with pytest.raises(ClientRecordBroken), busy_cursor():
        assert QGuiApplication.overrideCursor() is not None
        broken_slot()
    assert QGuiApplication.overrideCursor() is None


def test_the_dialogs_take_the_wait_cursor_back_after_an_unexpected_error(qtbot, services, monkeypatch, tmp_path):
    """The Art. 15 report and anonymising (both under a wait cursor) meet an error they do not expect."""
    old = services.projects.create(ProjectDraft("OLD", "Stary projekt", date(2016, 1, 1), date(2018, 12, 31), 3,
                                                retention_base_date=date(2018, 12, 31)))
    person = services.participants.create(full_draft(services))
    services.projects.assign_project([person.id], old.id)  # due for anonymising
    monkeypatch.setattr(prompts, "choose_save_file", lambda *a, **k: str(tmp_path / "report.pdf"))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(type(services.gdpr), "data_report", lambda *a, **k: broken_slot())
    monkeypatch.setattr(type(services.projects), "anonymise", lambda *a, **k: broken_slot())
    report = GdprDialog(services, person.id, "x")
    qtbot.addWidget(report)
    with pytest.raises(ClientRecordBroken):
        report.save_report()
    assert QGuiApplication.overrideCursor() is None
    projects = ProjectsDialog(services)
    qtbot.addWidget(projects)
    with pytest.raises(ClientRecordBroken):
        projects.anonymise_due()
    assert QGuiApplication.overrideCursor() is None


def test_the_program_installs_the_hook_after_setting_up_its_log(tmp_path, monkeypatch, boxes):
    import argparse

    from coopdesk.app import run_gui
    from coopdesk.ui import startup

    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # setup_logging's file handler goes with the test
    monkeypatch.setattr(startup, "acquire_instance_lock", lambda paths: None)  # stop right after the set-up
    saved = sys.excepthook, threading.excepthook
    try:
        assert run_gui(argparse.Namespace(data_dir=str(tmp_path / "data"), lang="en", command=None)) == 2
        installed = sys.excepthook.__self__
        assert isinstance(installed, ErrorHook) and threading.excepthook == installed._thread_hook
        assert str(tmp_path / "data" / "logs" / "coopdesk.log") in installed.message("KeyError")
    finally:
        for handler in logging.getLogger().handlers:
            handler.close()
        sys.excepthook, threading.excepthook = saved
