"""The database is damaged: say so plainly and offer the last good backup (or another file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.formats import format_local_datetime
from coopdesk.services.startup_health import StartupHealth
from coopdesk.ui import prompts


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class StartupRepairDialog(QDialog):
    def __init__(self, health: StartupHealth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupRepairDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.chosen: Path | None = None
        self._health = health

        problem = QLabel(health.problem.render(_tr) if health.problem else "", self)
        problem.setObjectName("problemLabel")
        problem.setWordWrap(True)
        if health.last_good is not None:
            when = format_local_datetime(health.last_good.created)
            offer = self.tr("The last good backup is from %1 (%2). Restore it? The damaged file is kept "
                            "in the backups folder.").replace("%1", when).replace("%2", health.last_good.path.name)
        else:
            offer = self.tr("No good automatic backup was found. Choose a backup file (e.g. on a USB stick).")
        self.offer = QLabel(offer, self)
        self.offer.setObjectName("offerLabel")
        self.offer.setWordWrap(True)

        self.restore_last = QPushButton(self.tr("&Restore the last good backup"), self)
        self.restore_last.setObjectName("restoreLastButton")
        self.restore_last.setEnabled(health.last_good is not None)
        self.restore_last.clicked.connect(self._restore_last)
        self.choose = QPushButton(self.tr("&Choose a backup file..."), self)
        self.choose.setObjectName("chooseBackupButton")
        self.choose.clicked.connect(self._choose)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.setObjectName("repairButtons")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(problem)
        layout.addWidget(self.offer)
        layout.addWidget(self.restore_last)
        layout.addWidget(self.choose)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _restore_last(self) -> None:
        if self._health.last_good is not None:
            self.chosen = self._health.last_good.path
            self.accept()

    def _choose(self) -> None:
        start = str(self._health.db_path.parent / "backups")
        path = prompts.choose_open_file(self, self.tr("Choose a backup"), start,
                                        self.tr("coopdesk backups (*.sqlite3);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()


def choose_repair(parent: QWidget | None, health: StartupHealth) -> Path | None:
    """Show the repair dialog; the backup to restore, or None to quit. (Tests patch this.)"""
    dialog = StartupRepairDialog(health, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
