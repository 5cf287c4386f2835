"""Changing one's own password (also forced after the coordinator set a temporary one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.accounts import MIN_PASSWORD_LENGTH, AccountService
from coopdesk.ui.dialogs.account_messages import error_text, message_label, say


class ChangePasswordDialog(QDialog):
    """``accounts`` works for the signed-in user, whose own password is changed."""

    def __init__(self, accounts: AccountService, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self._accounts = accounts

        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Your password was set by the coordinator. Choose your own password "
                                  "to continue."), self)
            note.setObjectName("forcedNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.old_edit = QLineEdit(self)
        self.old_edit.setObjectName("oldPasswordEdit")
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newPasswordEdit")
        self.new_edit.setPlaceholderText(self.tr("at least %n characters", "", MIN_PASSWORD_LENGTH))
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = message_label(self, "changePasswordMessage")

        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.old_edit)
        form.addRow(self.tr("&New password:"), self.new_edit)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.setObjectName("changePasswordButtons")
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def change(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            say(self.message_label, self.tr("The two new passwords are not the same."))
            self.repeat_edit.setFocus()
            return
        try:
            self._accounts.change_password(self.old_edit.text(), self.new_edit.text())
        except CoopdeskError as exc:
            say(self.message_label, error_text(exc))
            return
        self.accept()
