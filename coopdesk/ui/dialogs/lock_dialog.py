"""The screen lock: only the signed-in user's password opens it again (or coopdesk quits)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.actor import Actor
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.accounts import AccountService, LoginFailed
from coopdesk.ui.dialogs.account_messages import error_text, message_label, say


class LockDialog(QDialog):
    quit_requested = Signal()

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None, *,
                 idle: bool = True) -> None:
        """``idle``: locked after a time without use (False: locked by the user, Account → Lock)."""
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("coopdesk is locked"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._accounts = accounts
        self._actor = actor

        if idle:
            text = self.tr("coopdesk was locked after a time without use. %1, enter your password to continue.")
        else:
            text = self.tr("coopdesk is locked. %1, enter your password to continue.")
        who = QLabel(text.replace("%1", actor.full_name), self)
        who.setObjectName("lockedUserLabel")
        who.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = message_label(self, "lockMessage")
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("&Quit coopdesk"), self)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.quit_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self.password_edit.setFocus()

    def try_unlock(self) -> None:
        try:
            actor = self._accounts.authenticate(self._actor.username, self.password_edit.text())
            if actor.user_id != self._actor.user_id:
                raise LoginFailed()
        except CoopdeskError as exc:
            say(self.message_label, error_text(exc))
            self.password_edit.clear()
            return
        self.password_edit.clear()
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc must not unlock by rejecting the dialog
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # closing the lock never opens the window
        pass
