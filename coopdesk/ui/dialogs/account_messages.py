"""Shared by the account dialogs: the in-dialog message line and the text of a service error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from coopdesk.domain.errors import CoopdeskError, ValidationFailed


def _translate(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def error_text(exc: CoopdeskError) -> str:
    """A user-facing message for ``exc``; for failed validation, each problem on its own line."""
    if isinstance(exc, ValidationFailed) and exc.issues:
        return "\n".join(issue.render(_translate) for issue in exc.issues)
    return exc.render(_translate)


def message_label(parent: QWidget, object_name: str) -> QLabel:
    """A hidden red line inside a dialog (instead of a modal box) for what went wrong."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b71c1c;")
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    _grow_to_fit(label.window())


def _grow_to_fit(window: QWidget) -> None:
    """A dialog already shown does not grow for a message that wraps onto more lines: the fields would
    be squeezed and the message cut off. Make it as tall as its layout needs at its present width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if need > window.height():
        window.resize(width, need)
