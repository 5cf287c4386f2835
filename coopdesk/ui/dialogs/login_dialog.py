"""Signing in at start: user name and password; a wrong password is said inside the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.actor import Actor
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.accounts import AccountService
from coopdesk.ui.busy import busy_cursor
from coopdesk.ui.dialogs.account_messages import error_text, message_label, say


class LoginDialog(QDialog):
    """Accepted with ``actor`` set when the user name and password are right; Esc quits (rejects)."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to coopdesk"))
        self._accounts = accounts
        self.actor: Actor | None = None

        self.user_name_edit = QLineEdit(username, self)
        self.user_name_edit.setObjectName("userNameEdit")
        self.user_name_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.message_label = message_label(self, "loginMessage")

        self.login_button = QPushButton(self.tr("&Sign in"), self)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user_name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(360)
        (self.password_edit if username else self.user_name_edit).setFocus()

    def try_login(self) -> None:
        if not self.user_name_edit.text().strip():
            say(self.message_label, self.tr("Enter your user name."))
            self.user_name_edit.setFocus()
            return
        try:
            with busy_cursor():
                self.actor = self._accounts.authenticate(self.user_name_edit.text(), self.password_edit.text())
        except CoopdeskError as exc:
            say(self.message_label, error_text(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        self.accept()
