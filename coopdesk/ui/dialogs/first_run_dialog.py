"""The first start: create the coordinator's account (user name, full name, password twice)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.actor import Actor
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.accounts import MIN_PASSWORD_LENGTH, AccountService
from coopdesk.ui.dialogs.account_messages import error_text, message_label, say


class FirstRunDialog(QDialog):
    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to coopdesk"))
        self._accounts = accounts
        self.actor: Actor | None = None

        intro = QLabel(self.tr(
            "Create the coordinator's account. The coordinator manages the other accounts and the "
            "settings. Keep the password safe: it protects the data of the people you support."), self)
        intro.setWordWrap(True)
        self.user_name_edit = QLineEdit(self)
        self.user_name_edit.setObjectName("userNameEdit")
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("fullNameEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("at least %n characters", "", MIN_PASSWORD_LENGTH))

        self.message_label = message_label(self, "firstRunMessage")

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user_name_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat the password:"), self.repeat_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.create_button = buttons.addButton(self.tr("&Create the account"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.create_account)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def create_account(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            say(self.message_label, self.tr("The two passwords are not the same."))
            self.repeat_edit.setFocus()
            return
        try:
            self.actor = self._accounts.create_first_coordinator(
                self.user_name_edit.text(), self.full_name_edit.text(), self.password_edit.text()
            )
        except CoopdeskError as exc:
            say(self.message_label, error_text(exc))
            return
        self.accept()
