"""Every message box and file dialog goes through here, so tests can patch one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_Button = QMessageBox.StandardButton


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
    buttons: QMessageBox.StandardButton = _Button.Ok, default: QMessageBox.StandardButton = _Button.NoButton,
) -> QMessageBox:
    """A message box whose text is plain text: a name or a path that looks like markup (``<b>``, ``<script>``)
    is shown as typed, never rendered (Qt's static helpers guess rich text from the first tag)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != _Button.NoButton:
        box.setDefaultButton(default)
    return box


def error(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()


def warning(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, title, text, _Button.Yes | _Button.No, _Button.No)
    return box.exec() == _Button.Yes


# File dialogs: Qt's own (non-native) dialogs, the same on every desktop and usable offscreen.
_FILE_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def choose_directory(parent: QWidget | None, title: str, start: str = "") -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, start, _FILE_OPTIONS | QFileDialog.Option.ShowDirsOnly)
    return path or None


def choose_open_file(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str | None:
    path, _selected = QFileDialog.getOpenFileName(parent, title, start, filters, options=_FILE_OPTIONS)
    return path or None


def choose_save_file(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str | None:
    path, _selected = QFileDialog.getSaveFileName(parent, title, start, filters, options=_FILE_OPTIONS)
    return path or None


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """The index of the item picked from a list (not editable); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return items.index(text) if ok and text in items else None


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text typed by the user (e.g. a name to confirm an erasure); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None
