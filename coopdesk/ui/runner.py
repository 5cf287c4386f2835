"""One runner for long work (backup, restore, encryption, export, reports; import and printing later).

A task body is a plain function ``body(progress) -> result`` that calls services (each service call opens
its own session in the worker thread; sessions never cross threads) and never touches widgets. It reports
with ``progress(done, total, text)``; once the user asked to cancel, that call raises ``Cancelled``, so the
body stops at its next report (services clean up their temporary files on any exception).

- ``start(body)`` -> ``Task``: runs on the one worker lane (a QThreadPool of one thread: writes to SQLite
  are serialized). The Task (a QObject on the GUI thread) emits ``progressed``, then exactly one of
  ``succeeded(result)``, ``failed(exception)``, ``cancelled()``, then ``finished()`` — all on the GUI thread.
- ``run_modal(parent, label, body)``: the same, waiting in a nested event loop (as QDialog.exec does; no
  loop that pumps events by hand) under a busy cursor, with a modal progress dialog (and Cancel) shown after 300 ms;
  returns the result, or raises the body's exception (or ``Cancelled``) on the GUI thread.
- ``StatusProgress``: a non-modal variant, a progress bar and Cancel in a status bar while a Task runs.
- ``report_error(parent, title, exc)``: a coopdesk error or a file error told to the user in words;
  anything else goes to the global exception hook (logged, one message naming the log file)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError, storage_error
from coopdesk.ui import prompts

SHOW_AFTER_MS = 300  # a quick task never flashes a dialog
_THROTTLE_S = 0.05  # at most ~20 progress updates a second reach the GUI thread (the last one always does)


class Cancelled(Exception):
    """The user cancelled the task; raised by ``progress(...)`` in the task body and by ``run_modal``."""


class Progress:
    """Given to the task body: ``progress(done, total, text)``; raises ``Cancelled`` after a cancel.

    ``progress("step")`` (a text only) is accepted too. ``cancelled`` tells without raising (for a body that
    prefers to stop by itself); ``check()`` raises without reporting."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._last = 0.0
        self._text = ""

    @property
    def cancelled(self) -> bool:
        return self._task._cancel.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled

    def __call__(self, done: int | str = 0, total: int = 0, text: str = "") -> None:
        if isinstance(done, str):  # a step's name alone
            text = done
            done = 0
        self.check()
        now = time.monotonic()
        if text != self._text or (total and done >= total) or now - self._last >= _THROTTLE_S:
            self._last, self._text = now, text
            self._task._progress_from_worker.emit(int(done), int(total), text)


class Task(QObject):
    """One piece of long work; lives on the GUI thread, its body runs on the worker lane."""

    progressed = Signal(int, int, str)  # done, total (0: unknown), text
    succeeded = Signal(object)  # the body's result
    failed = Signal(object)  # the exception (with its traceback)
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    _progress_from_worker = Signal(int, int, str)
    _done_from_worker = Signal(str, object)  # "ok" | "error" | "cancelled", result or exception

    def __init__(self, body: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._body = body
        self._cancel = threading.Event()
        self.outcome: str | None = None  # "ok" | "error" | "cancelled" once finished
        self.result: Any = None
        self.error: BaseException | None = None
        queued = Qt.ConnectionType.QueuedConnection  # always delivered on this object's (the GUI) thread
        self._progress_from_worker.connect(self._relay_progress, queued)
        self._done_from_worker.connect(self._finish, queued)

    def cancel(self) -> None:
        """Ask the body to stop at its next ``progress(...)`` (any thread)."""
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self.outcome is None

    # -- worker thread ----------------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            progress = Progress(self)
            progress.check()  # cancelled while waiting for the lane
            result = self._body(progress)
        except Cancelled:
            self._done_from_worker.emit("cancelled", None)
        except BaseException as exc:  # every error goes back to the GUI thread (its traceback too)
            self._done_from_worker.emit("error", exc)
        else:
            self._done_from_worker.emit("ok", result)

    # -- GUI thread -------------------------------------------------------------------------------------
    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if self.outcome is None:
            self.progressed.emit(done, total, text)

    def _finish(self, outcome: str, value: object) -> None:
        self.outcome = outcome
        _RUNNING.discard(self)
        if outcome == "ok":
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "error":
            self.error = value  # type: ignore[assignment]
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


_RUNNING: set[Task] = set()  # a started task stays alive until it finished, whoever holds it
_lane: QThreadPool | None = None


def _worker_lane() -> QThreadPool:
    global _lane
    if _lane is None:
        _lane = QThreadPool(QCoreApplication.instance())
        _lane.setMaxThreadCount(1)
        _lane.setExpiryTimeout(-1)
    return _lane


def start(body: Callable[[Progress], Any], parent: QObject | None = None) -> Task:
    """Queue ``body`` on the worker lane; connect to the returned Task's signals before going back to the
    event loop (they are queued, so nothing is missed)."""
    task = Task(body, parent)
    _RUNNING.add(task)
    _worker_lane().start(task._run)
    return task


def wait_idle(msecs: int = -1) -> bool:
    """Wait for the lane to be empty (closing the application; tests)."""
    return _worker_lane().waitForDone(msecs)


class _InputBlocker(QObject):
    """Swallows the user's clicks and keys while ``run_modal`` waits and its dialog is not yet shown, so
    that nothing else starts meanwhile (once shown, the modal dialog blocks the window itself)."""

    _INPUT = frozenset({
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
        QEvent.Type.ContextMenu,
    })

    def __init__(self, dialog: QDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self._INPUT and not self._dialog.isVisible()


class ProgressDialog(QDialog):
    """Modal: a label, a bar (busy when the total is unknown) and Cancel. Closing it is cancelling."""

    cancel_requested = Signal()

    def __init__(self, label: str, cancellable: bool, steps: Mapping[str, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgress")
        self.setWindowTitle(QCoreApplication.translate("Runner", "Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._label_text = label
        self._steps = None if steps is None else dict(steps)
        self._cancellable = cancellable
        self.label = QLabel(label, self)
        self.label.setObjectName("taskLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("taskBar")
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setVisible(cancellable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def show_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        shown = text if self._steps is None else self._steps.get(text, "")  # only the steps put in words
        self.label.setText(f"{self._label_text}\n{shown}" if shown else self._label_text)

    def reject(self) -> None:  # Cancel, Esc or the window's close button
        if not self._cancellable:
            return
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(False)
        cancel.setText(QCoreApplication.translate("Runner", "Cancelling..."))
        self.cancel_requested.emit()


def run_modal(parent: QWidget | None, label: str, body: Callable[[Progress], Any], *,
              cancellable: bool = True, steps: Mapping[str, str] | None = None) -> Any:
    """Run ``body`` on the worker lane and wait for it (the window stays painted); the result, or the
    body's exception / ``Cancelled`` raised here. ``steps`` turns a step key given to ``progress`` into
    words (then other keys are not shown); without it the text is shown as given. The busy cursor is
    always taken back."""
    task = start(body)
    dialog = ProgressDialog(label, cancellable, steps, parent)
    dialog.cancel_requested.connect(task.cancel)
    task.progressed.connect(dialog.show_progress)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    show_timer = QTimer()
    show_timer.setSingleShot(True)
    show_timer.timeout.connect(dialog.show)
    blocker = _InputBlocker(dialog)
    app = QCoreApplication.instance()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        app.installEventFilter(blocker)
        show_timer.start(SHOW_AFTER_MS)
        if task.running:
            loop.exec()
    finally:
        app.removeEventFilter(blocker)
        show_timer.stop()
        dialog.hide()
        dialog.deleteLater()
        QGuiApplication.restoreOverrideCursor()
    if task.outcome == "cancelled":
        raise Cancelled
    if task.outcome == "error":
        assert task.error is not None
        raise task.error
    return task.result


class StatusProgress(QObject):
    """Non-modal: a bar and a Cancel button in ``status_bar`` while ``task`` runs; removed when it ends."""

    def __init__(self, status_bar: QStatusBar, task: Task, label: str) -> None:
        super().__init__(status_bar)
        self._label = QLabel(label, status_bar)
        self._bar = QProgressBar(status_bar)
        self._bar.setObjectName("statusTaskBar")
        self._bar.setRange(0, 0)
        self._bar.setMaximumWidth(200)
        self._cancel = QPushButton(QCoreApplication.translate("Runner", "Cancel"), status_bar)
        self._cancel.setObjectName("statusTaskCancel")
        self._cancel.clicked.connect(task.cancel)
        self._widgets = (self._label, self._bar, self._cancel)
        for widget in self._widgets:
            status_bar.addPermanentWidget(widget)
        task.progressed.connect(self._show)
        task.finished.connect(self._remove)

    def _show(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(min(done, total))

    def _remove(self) -> None:
        status_bar = self.parent()
        for widget in self._widgets:
            if isinstance(status_bar, QStatusBar):
                status_bar.removeWidget(widget)
            widget.deleteLater()
        self.deleteLater()


def error_text(exc: BaseException, where: object = "") -> str | None:
    """Words for an error the user can act on (coopdesk's own, a full or read-only disk naming the file or
    ``where``, another file error); None for anything else."""
    known = exc if isinstance(exc, CoopdeskError) else (
        storage_error(exc, where) if where or getattr(exc, "filename", None) else None)
    if known is not None:
        return known.render(lambda t: QCoreApplication.translate("Errors", t))
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Runner", "The file could not be written or read (%1).") \
            .replace("%1", exc.strerror or type(exc).__name__)
    return None


def report_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Tell the user about a failed task: in words, or through the global exception hook."""
    text = error_text(exc)
    if text is None:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    else:
        prompts.error(parent, title, text)
