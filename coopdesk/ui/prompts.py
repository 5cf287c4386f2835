"""Every message box and file dialog goes through here, so tests can patch one place."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


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


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text typed by the user (e.g. a name to confirm an erasure); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None
