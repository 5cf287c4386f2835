"""The last resort for an unexpected error: log it, tell the user once, and go on.

``sys.excepthook`` (PySide6 calls it for an exception raised in a slot; the event loop goes on) and
``threading.excepthook`` (a worker thread) write the traceback to the log and show one message on the GUI
thread: the error's type, that coopdesk goes on, and where the log file is (or that the log cannot be
written). The exception's own text is never shown, nor logged: it may hold a name or a PESEL; the log
gets the frames (file, line, function) and the type. The wait cursor is reset before the message.

Re-entrancy: errors that come while a message is waiting or open (a burst, or an error raised while the
message is shown) are logged and give no further message."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from coopdesk.platform.paths import AppPaths
from coopdesk.ui import prompts

log = logging.getLogger(__name__)


def _type_name(exc_type: type[BaseException]) -> str:
    module = getattr(exc_type, "__module__", "")
    name = getattr(exc_type, "__qualname__", exc_type.__name__)
    return name if module in ("builtins", "") else f"{module}.{name}"


def redacted_traceback(exc_type: type[BaseException], exc: BaseException | None,
                       tb: TracebackType | None) -> str:
    """The traceback as Python prints it (with the chained causes), each exception's text withheld."""
    parts: list[str] = []
    seen: set[int] = set()
    current_type, current, current_tb = exc_type, exc, tb
    while True:
        block = ""
        if current_tb is not None:
            block = "Traceback (most recent call last):\n" + "".join(
                traceback.format_list(traceback.extract_tb(current_tb)))
        parts.append(f"{block}{_type_name(current_type)}: (message withheld: it may hold personal data)\n")
        if current is None:
            break
        seen.add(id(current))
        if current.__cause__ is not None:
            following = current.__cause__
            link = "\nThe above exception was the direct cause of the following exception:\n\n"
        elif current.__context__ is not None and not current.__suppress_context__:
            following = current.__context__
            link = "\nDuring handling of the above exception, another exception occurred:\n\n"
        else:
            break
        if id(following) in seen:
            break
        parts.append(link)
        current_type, current, current_tb = type(following), following, following.__traceback__
    return "".join(reversed(parts))


def _log_file() -> Path | None:
    """The file the root logger writes to (platform/logs.py), or None when it logs to the terminal."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def reset_cursor() -> None:
    """Undo every override cursor (a wait cursor left by the code that failed)."""
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()


class ErrorHook(QObject):
    """Installed once by app.run_gui, after logging is set up; ``uninstall`` puts the previous hooks back."""

    _report = Signal(str)  # the exception's type name; queued to the GUI thread

    def __init__(self, paths: AppPaths, log_problem: OSError | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._log_problem = log_problem
        self._lock = threading.Lock()
        self._busy = False  # a message is waiting or open: later errors are only logged
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ErrorHook:
        self._previous_sys, self._previous_threading = sys.excepthook, threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self._sys_hook:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_threading

    # -- any thread -------------------------------------------------------------------------------------
    def _sys_hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys(exc_type, exc, tb)
            return
        self._handle(exc_type, exc, tb, "")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):  # a thread's normal way to stop (as in Python's own hook)
            return
        name = args.thread.name if args.thread is not None else "?"
        self._handle(args.exc_type, args.exc_value, args.exc_traceback, f" in thread {name}")

    def _handle(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                where: str) -> None:
        try:
            log.error("unexpected error%s (coopdesk goes on)\n%s", where, redacted_traceback(exc_type, exc, tb))
            with self._lock:
                if self._busy:
                    return
                self._busy = True
            self._report.emit(_type_name(exc_type))
        except BaseException:  # the hook must never raise (nor loop): the last word goes to the terminal
            sys.__excepthook__(*sys.exc_info())

    # -- GUI thread -------------------------------------------------------------------------------------
    def _show(self, type_name: str) -> None:
        try:
            reset_cursor()
            prompts.error(QApplication.activeWindow(), QCoreApplication.translate("ErrorHook", "Unexpected error"),
                          self.message(type_name))
        except Exception:
            log.error("the message about an unexpected error could not be shown\n%s",
                      redacted_traceback(*sys.exc_info()))
        finally:
            with self._lock:
                self._busy = False

    def message(self, type_name: str) -> str:
        text = QCoreApplication.translate(
            "ErrorHook", "coopdesk met an unexpected error (%1). What you were doing may not have been "
            "finished: check it. coopdesk goes on.").replace("%1", type_name)
        log_file = _log_file()
        if log_file is not None and self._log_problem is None:
            return text + "\n\n" + QCoreApplication.translate(
                "ErrorHook", "The details were written to the log file:\n%1\nPlease give this file to whoever "
                "looks after coopdesk.").replace("%1", str(log_file))
        if self._log_problem is None:
            reason = QCoreApplication.translate("ErrorHook", "no log file is open")
        else:
            reason = self._log_problem.strerror or type(self._log_problem).__name__
        return text + "\n\n" + QCoreApplication.translate(
            "ErrorHook", "The log file cannot be written in %1 (%2): the details went to the terminal only.") \
            .replace("%1", str(self._paths.log_dir)).replace("%2", reason)


def install_error_hook(paths: AppPaths, log_problem: OSError | None = None) -> ErrorHook:
    """Make and install the hook, owned by the application object (it lives on the GUI thread)."""
    return ErrorHook(paths, log_problem, QCoreApplication.instance()).install()
