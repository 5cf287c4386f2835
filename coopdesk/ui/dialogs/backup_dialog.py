"""Backups and encryption: a manual backup to a chosen folder, the automatic backups, restore (verified
first), and encrypting the database (coordinator only). The long work runs on the runner (ui/runner.py),
with a progress dialog that names each step and can cancel it until the point of no return."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.formats import format_local_datetime
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.services.encryption import MIN_PASSPHRASE
from coopdesk.ui import prompts, runner
from coopdesk.ui.dialogs import passphrase_dialog

PATH_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def _error_text(exc: CoopdeskError) -> str:
    return exc.render(lambda t: QCoreApplication.translate("Errors", t))


class BackupDialog(QDialog):
    restored = Signal()  # the database was replaced: views must reload
    encrypted = Signal()

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._services = services
        actor = services.ctx.actor
        can_backup = allowed(actor, Permission.BACKUP)
        can_restore = allowed(actor, Permission.RESTORE)
        can_encrypt = allowed(actor, Permission.ENCRYPTION_MANAGE)
        self._can_readable = allowed(actor, Permission.BACKUP_READABLE)
        can_set_backup_pass = can_encrypt or allowed(actor, Permission.SETTINGS_MANAGE)

        self.status = QLabel(self)
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)

        self.backup_now = QPushButton(self.tr("&Back up to a folder (e.g. a USB stick)..."), self)
        self.backup_now.setObjectName("backupNowButton")
        self.backup_now.setEnabled(can_backup)
        self.backup_now.clicked.connect(self.backup_to_folder)
        # The coordinator chooses a readable or an encrypted copy; anyone else's copy is encrypted.
        self.encrypt_copy = QCheckBox(self.tr("Encrypt the &copy"), self)
        self.encrypt_copy.setObjectName("encryptCopyCheck")
        self.encrypt_copy.setVisible(can_backup and self._can_readable)
        self.copy_note = QLabel(self)
        self.copy_note.setObjectName("copyNote")
        self.copy_note.setWordWrap(True)
        self.set_backup_pass = QPushButton(self.tr("Set the &backup passphrase..."), self)
        self.set_backup_pass.setObjectName("setBackupPassphraseButton")
        self.set_backup_pass.setVisible(can_set_backup_pass)
        self.set_backup_pass.clicked.connect(self.set_backup_passphrase)

        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.restore_selected = QPushButton(self.tr("&Restore the selected backup..."), self)
        self.restore_selected.setObjectName("restoreSelectedButton")
        self.restore_selected.clicked.connect(self._restore_selected)
        self.restore_file = QPushButton(self.tr("Restore from a &file..."), self)
        self.restore_file.setObjectName("restoreFileButton")
        self.restore_file.clicked.connect(self._restore_from_file)
        self._can_restore = can_restore
        self.restore_file.setEnabled(can_restore)

        self.encrypt = QPushButton(self.tr("&Encrypt the database..."), self)
        self.encrypt.setObjectName("encryptButton")
        self.encrypt.setVisible(can_encrypt)
        self.encrypt.clicked.connect(self.encrypt_database)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.setObjectName("backupButtons")
        buttons.rejected.connect(self.reject)

        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_selected)
        restore_row.addWidget(self.restore_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.backup_now)
        layout.addWidget(self.encrypt_copy)
        layout.addWidget(self.copy_note)
        layout.addWidget(self.set_backup_pass)
        layout.addWidget(QLabel(self.tr("Automatic backups (on exit and daily):"), self))
        layout.addWidget(self.list)
        layout.addLayout(restore_row)
        layout.addWidget(self.encrypt)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 420)
        self.refresh()

    # -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        encrypted = self._services.encryption.encrypted
        self.status.setText(self.tr("The database is encrypted; backups are encrypted with the same "
                                    "passphrase.") if encrypted else
                            self.tr("The database is not encrypted."))
        self.encrypt.setEnabled(not encrypted)
        has_pass = self._services.backups.has_backup_passphrase()
        self.encrypt_copy.setChecked(encrypted)
        self.encrypt_copy.setEnabled(not encrypted or self._can_readable)
        if self._can_readable:
            note = self.tr("Without \"Encrypt the copy\" the copy can be read by anyone who has it.")
        elif encrypted:
            note = self.tr("Your copy will be encrypted with the database passphrase.")
        elif has_pass:
            note = self.tr("Your copy will be encrypted with the backup passphrase set by the coordinator.")
        else:
            note = self.tr("Your copy must be encrypted, but no backup passphrase is set: ask the coordinator "
                           "to set a backup passphrase.")
        self.copy_note.setText(note)
        self.list.clear()
        for info in self._services.backups.list_backups():
            text = (f"{format_local_datetime(info.created, seconds=True)}  ·  {self._reason(info.reason)}  ·  {info.size // 1024} KiB"
                    f"  ·  {self._state(info.state)}")
            item = QListWidgetItem(text, self.list)
            item.setData(PATH_ROLE, str(info.path))
            item.setData(STATE_ROLE, info.state)
        self._update_buttons()

    def _state(self, state: str) -> str:
        return {"plain": self.tr("readable (not encrypted)"), "encrypted": self.tr("encrypted"),
                "locked": self.tr("encrypted with another passphrase"),
                "damaged": self.tr("damaged or incomplete")}.get(state, state)

    def set_backup_passphrase(self) -> bool:
        passphrase = passphrase_dialog.new_passphrase(
            self, self.tr("Set the backup passphrase"),
            self.tr("Manual backups by other users will be encrypted with this passphrase (at least %1 "
                    "characters). The database itself does not change. Keep it safe: without it those "
                    "copies cannot be restored.").replace("%1", str(MIN_PASSPHRASE)))
        if not passphrase:
            return False
        try:
            self._services.backups.set_backup_passphrase(passphrase)
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Backup passphrase"), _error_text(exc))
            return False
        self.refresh()
        prompts.info(self, self.tr("Backup passphrase"), self.tr(
            "The backup passphrase is set. Manual backups by other users are encrypted with it; keep it "
            "safe, without it those copies cannot be restored."))
        return True

    def _reason(self, reason: str) -> str:
        return {"exit": self.tr("on exit"), "daily": self.tr("daily"), "manual": self.tr("manual"),
                "before-restore": self.tr("before a restore")}.get(reason, reason)

    def _update_buttons(self) -> None:
        self.restore_selected.setEnabled(self._can_restore and bool(self.list.selectedItems()))

    def backup_to_folder(self) -> None:
        folder = prompts.choose_directory(self, self.tr("Choose a folder for the backup"))
        if not folder:
            return
        try:
            encrypt = self.encrypt_copy.isChecked() if self._can_readable else None
            info = self._run(self.tr("Writing the backup..."), lambda progress: self._services.backups.backup_to(
                Path(folder), encrypt=encrypt, progress=progress))
        except runner.Cancelled:
            return
        except (CoopdeskError, OSError) as exc:
            prompts.error(self, self.tr("Backup failed"),
                          runner.error_text(exc, folder) or type(exc).__name__)
            return
        prompts.info(self, self.tr("Backup"), self.tr("The backup was written and checked:\n%1")
                     .replace("%1", str(info.path)))

    def _restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.restore_from(Path(items[0].data(PATH_ROLE)))

    def _restore_from_file(self) -> None:
        path = prompts.choose_open_file(self, self.tr("Choose a backup to restore"), "", self.tr("coopdesk backups (*.sqlite3);;All files (*)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> bool:
        if not prompts.confirm(self, self.tr("Restore"), self.tr(
                "Replace the current database by the backup %1? The backup is checked first, and the "
                "current database is kept as a safety copy.").replace("%1", path.name)):
            return False
        key = None
        if self._services.backups.needs_passphrase(path):  # e.g. encrypted with the backup passphrase
            key = passphrase_dialog.ask_passphrase(self, self.tr("The backup %1 is encrypted: enter its "
                                                                 "passphrase.").replace("%1", path.name))
            if not isinstance(key, str):
                return False
        try:
            result = self._run(self.tr("Restoring the backup..."), lambda progress: self._services.backups.restore(
                path, key=key, progress=progress))
        except runner.Cancelled:
            return False
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Restore refused"), _error_text(exc))
            return False
        except OSError as exc:
            prompts.error(self, self.tr("Restore failed"), runner.error_text(exc) or type(exc).__name__)
            return False
        self.refresh()
        self.restored.emit()
        prompts.info(self, self.tr("Restore"), self.tr("The database was restored (%1 participants).")
                     .replace("%1", str(result.participants)))
        return True

    def encrypt_database(self) -> bool:
        passphrase = passphrase_dialog.new_passphrase(self)
        if not passphrase:
            return False
        try:
            result = self._run(self.tr("Encrypting the database..."), lambda progress: self._services.encryption
                               .encrypt(passphrase, progress=progress))
        except runner.Cancelled:
            return False
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Encryption failed"), _error_text(exc))
            return False
        self.refresh()
        self.encrypted.emit()
        if result.plain_copies:
            names = "\n".join(str(p) for p in result.plain_copies)
            if prompts.confirm(self, self.tr("Unencrypted copies"), self.tr(
                    "The database is now encrypted. These older copies are NOT encrypted:\n%1\n\n"
                    "Delete them now (overwritten with zeros)? Keep them only if you store them "
                    "somewhere safe.").replace("%1", names)):
                self._services.encryption.wipe_plain_copies(list(result.plain_copies))
                self.refresh()
        else:
            prompts.info(self, self.tr("Encryption"), self.tr("The database is now encrypted."))
        return True

    def _run(self, label: str, work):
        """``work(progress)`` on the runner, with a progress dialog naming each step (after 300 ms)."""
        steps = {"verify": self.tr("Checking the backup..."), "copy": self.tr("Copying..."),
                 "safety": self.tr("Keeping a safety copy of the current database..."),
                 "replace": self.tr("Replacing the database..."), "migrate": self.tr("Updating the schema..."),
                 "rename": self.tr("Finishing...")}
        return runner.run_modal(self, label, work, steps=steps)
