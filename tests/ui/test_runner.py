"""The background runner: result, progress, cancel and errors arrive on the GUI thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QStatusBar

from coopdesk.domain.errors import CoopdeskError
from coopdesk.ui import prompts, runner


def gui_thread() -> QThread:
    return QCoreApplication.instance().thread()


def test_result_arrives_on_the_gui_thread_and_the_body_runs_elsewhere(qtbot):
    seen: dict[str, object] = {}

    def body(progress):
        seen["body_thread"] = threading.get_ident()
        return 42

    task = runner.start(body)
    task.succeeded.connect(lambda result: seen.update(result=result, on_gui=QThread.currentThread() is gui_thread()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42 and seen["on_gui"] is True
    assert seen["body_thread"] != threading.get_ident()
    assert task.outcome == "ok" and task.result == 42


def test_progress_arrives_on_the_gui_thread_with_the_last_step(qtbot):
    reports: list[tuple[int, int, str, bool]] = []

    def body(progress):
        for i in range(1, 501):
            progress(i, 500, "rows")
        return "done"

    task = runner.start(body)
    task.progressed.connect(lambda d, t, s: reports.append((d, t, s, QThread.currentThread() is gui_thread())))
    with qtbot.waitSignal(task.succeeded, timeout=5000):
        pass
    assert reports and all(on_gui for *_x, on_gui in reports)
    assert reports[-1][:3] == (500, 500, "rows")
    assert len(reports) < 500  # throttled: the GUI thread is not flooded


def test_cancel_stops_the_task_and_the_caller_gets_cancelled(qtbot):
    started = threading.Event()
    steps: list[int] = []

    def body(progress):
        started.set()
        for i in range(10_000):
            progress(i, 10_000)
            steps.append(i)
            threading.Event().wait(0.001)
        return "finished anyway"

    task = runner.start(body)
    outcomes: list[str] = []
    task.succeeded.connect(lambda _r: outcomes.append("ok"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcomes == ["cancelled"] and task.outcome == "cancelled"
    assert len(steps) < 10_000


def test_an_exception_arrives_as_an_error_on_the_gui_thread(qtbot):
    class Boom(RuntimeError):
        pass

    def body(progress):
        raise Boom("detail")

    task = runner.start(body)
    errors: list[tuple[BaseException, bool]] = []
    task.failed.connect(lambda exc: errors.append((exc, QThread.currentThread() is gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0][0], Boom) and errors[0][1]
    assert errors[0][0].__traceback__ is not None  # the hook can log where it happened


def test_run_modal_returns_the_result_and_restores_the_cursor(qtbot):
    before = QGuiApplication.overrideCursor()
    assert runner.run_modal(None, "Working", lambda progress: QThread.currentThread() is gui_thread()) is False
    assert QGuiApplication.overrideCursor() == before


def test_run_modal_raises_the_error_and_restores_the_cursor(qtbot):
    before = QGuiApplication.overrideCursor()

    def body(progress):
        raise CoopdeskError()

    with pytest.raises(CoopdeskError):
        runner.run_modal(None, "Working", body)
    assert QGuiApplication.overrideCursor() == before


def test_run_modal_shows_a_dialog_whose_cancel_stops_the_work(qtbot):
    release = threading.Event()
    clicked: list[bool] = []

    def body(progress):
        while not release.wait(0.01):
            progress(1, 3, "step")
        return "not cancelled"

    def press_cancel():
        dialogs = [w for w in QCoreApplication.instance().topLevelWidgets()
                   if w.objectName() == "taskProgress" and w.isVisible()]
        if dialogs:
            clicked.append(True)
            dialogs[0].reject()
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(runner.SHOW_AFTER_MS + 50, press_cancel)
    try:
        with pytest.raises(runner.Cancelled):
            runner.run_modal(None, "Working", body)
    finally:
        release.set()
    assert clicked == [True]
    assert QGuiApplication.overrideCursor() is None


def test_a_quick_task_shows_no_dialog(qtbot):
    shown: list[bool] = []
    original = runner.ProgressDialog.show_progress

    def watch(self, *args):
        shown.append(self.isVisible())
        original(self, *args)

    runner.ProgressDialog.show_progress = watch
    try:
        runner.run_modal(None, "Working", lambda progress: progress(1, 1, "x"))
    finally:
        runner.ProgressDialog.show_progress = original
    assert shown and not any(shown)


def test_report_error_words_for_known_errors_and_the_hook_for_the_rest(monkeypatch):
    said: list[str] = []
    hooked: list[type] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: hooked.append(t))
    runner.report_error(None, "Export", OSError(28, "No space left on device"))
    runner.report_error(None, "Export", KeyError("Kowalski"))
    assert said and "No space left on device" in said[0] and "Kowalski" not in " ".join(said)
    assert hooked == [KeyError]


def test_status_bar_variant_shows_a_bar_and_cancel_while_the_task_runs(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    release = threading.Event()

    def body(progress):
        while not release.wait(0.01):
            progress(2, 4)

    task = runner.start(body)
    runner.StatusProgress(bar, task, "Exporting")
    bar.show()
    cancel = bar.findChild(QPushButton, "statusTaskCancel")
    assert cancel is not None
    with qtbot.waitSignal(task.finished, timeout=5000):
        cancel.click()
    release.set()
    assert task.outcome == "cancelled"
    qtbot.waitUntil(lambda: bar.findChild(QPushButton, "statusTaskCancel") is None, timeout=2000)


def test_clicks_before_the_dialog_shows_start_nothing_else(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    button = QPushButton("Back up")
    qtbot.addWidget(button)
    button.show()
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    release = threading.Event()
    QTimer.singleShot(30, lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton))
    QTimer.singleShot(60, lambda: QTest.keyClick(button, Qt.Key.Key_Space))
    QTimer.singleShot(120, release.set)
    runner.run_modal(None, "Working", lambda progress: release.wait(5))
    assert clicked == []
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # and afterwards the window works again
    assert clicked == [True]
