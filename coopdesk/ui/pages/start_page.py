"""The page of a role without the participant register (trainers, specialists): who is signed in and
what this version offers them, so the window is never empty or broken."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import ROLE_LABELS


class StartPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        role = QCoreApplication.translate("Labels", ROLE_LABELS[actor.role])
        title = QLabel(self.tr("Signed in as %1 (%2)").replace("%1", actor.full_name).replace("%2", role), self)
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        body = QLabel(
            self.tr("Your role does not give access to the participant register, which holds sensitive "
                    "personal data. You can change your password or lock the screen from the Account menu."),
            self,
        )
        body.setObjectName("startBody")
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
        for label in (title, body):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
