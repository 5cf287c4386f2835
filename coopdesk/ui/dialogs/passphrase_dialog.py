"""Passphrase of an encrypted database: asked at start, or set (typed twice) to encrypt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.encryption import MIN_PASSPHRASE  # the service's rule (checked there too), shown first

REPAIR_CODE = 2  # the dialog's result when the user says the file is damaged


class _Repair:
    """ask_passphrase's answer when the user chose "the file is damaged - restore a backup"."""

    def __repr__(self) -> str:
        return "REPAIR"


REPAIR = _Repair()


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, confirm: bool = False, message: str = "",
                 error: str = "", offer_repair: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._confirm = confirm
        self.setWindowTitle(self.tr("Set the database passphrase") if confirm
                            else self.tr("Encrypted database"))
        self.message = QLabel(message or (
            self.tr("Choose a passphrase of at least %1 characters. Without it the data cannot be read: "
                    "keep it safe, it cannot be recovered.").replace("%1", str(MIN_PASSPHRASE)) if confirm
            else self.tr("The database is encrypted. Enter its passphrase.")), self)
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.error = QLabel(error, self)
        self.error.setObjectName("passphraseError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))

        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("passphraseRepeatEdit")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.edit)
        if confirm:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        else:
            self.repeat.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.setObjectName("passphraseButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        # Without a marker a file of random bytes looks like an encrypted database: a way out.
        self.repair = QPushButton(self.tr("The file is &damaged - restore a backup..."), self)
        self.repair.setObjectName("passphraseRepairButton")
        self.repair.setVisible(offer_repair and not confirm)
        self.repair.clicked.connect(lambda: self.done(REPAIR_CODE))

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.repair)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def passphrase(self) -> str:
        return self.edit.text()

    def problem(self) -> str:
        if not self.passphrase:
            return self.tr("Enter the passphrase.")
        if self._confirm and len(self.passphrase) < MIN_PASSPHRASE:
            return self.tr("The passphrase must have at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        if self._confirm and self.repeat.text() != self.passphrase:
            return self.tr("The two passphrases are different.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


def ask_passphrase(parent: QWidget | None, error: str = "", offer_repair: bool = False) -> str | _Repair | None:
    """Ask the passphrase of an encrypted database; None when the user cancels, REPAIR when they say
    the file is damaged (``offer_repair``). (Tests patch this.)"""
    dialog = PassphraseDialog(parent, error=error, offer_repair=offer_repair)
    result = dialog.exec()
    if result == REPAIR_CODE:
        return REPAIR
    return dialog.passphrase if result == QDialog.DialogCode.Accepted else None


def new_passphrase(parent: QWidget | None, title: str = "", message: str = "") -> str | None:
    """Ask a new passphrase twice; None when the user cancels. (Tests patch this.)"""
    dialog = PassphraseDialog(parent, confirm=True, message=message)
    if title:
        dialog.setWindowTitle(title)
    return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None
