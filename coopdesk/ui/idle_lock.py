"""Locking the screen after a time without input: every coopdesk window is covered until the same
user enters their password again (work in open dialogs is kept, only covered)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.actor import Actor
from coopdesk.services.accounts import AccountService
from coopdesk.ui.dialogs.lock_dialog import LockDialog

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class _Curtain(QWidget):
    """An opaque cover over a whole window (menus included)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class IdleLock(QObject):
    """Application event filter: after ``timeout_ms`` without input, lock ``window``.

    ``timeout_ms`` of 0 disables the automatic lock (``lock_now`` still works).
    """

    locked_changed = Signal(bool)
    quit_requested = Signal()

    def __init__(self, window: QWidget, accounts: AccountService, actor: Actor, timeout_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._accounts = accounts
        self._actor = actor
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.lock_now(idle=True))
        self._curtains: list[_Curtain] = []
        self.dialog: LockDialog | None = None
        self.set_timeout(timeout_ms)
        QApplication.instance().installEventFilter(self)

    @classmethod
    def minutes(cls, window: QWidget, accounts: AccountService, actor: Actor) -> IdleLock:
        return cls(window, accounts, actor, accounts.get_idle_minutes() * 60_000)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout = max(0, timeout_ms)
        self._restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and not self.locked:
            self._restart()
        return False

    def lock_now(self, *, idle: bool = False) -> None:
        """Lock at once (Account → Lock the screen), or ``idle``: after the time without input."""
        if self.locked:
            return
        self._timer.stop()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()
                   and not w.inherits("QMenu") and w is not self._window]
        for window in [self._window, *windows]:
            curtain = _Curtain(window)
            curtain.show()
            curtain.raise_()
            self._curtains.append(curtain)
        self.dialog = LockDialog(self._accounts, self._actor, self._window, idle=idle)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.quit_requested.connect(self.quit_requested)
        self.dialog.open()
        self.locked_changed.emit(True)

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._timer.stop()

    def _unlock(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        for curtain in self._curtains:
            curtain.hide()
            curtain.deleteLater()
        self._curtains = []
        self._restart()
        self.locked_changed.emit(False)

    def _restart(self) -> None:
        if self._timeout and not self.locked:
            self._timer.start(self._timeout)
        else:
            self._timer.stop()
