"""Message boxes show names and paths as typed: text that looks like markup is never rendered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk.ui import prompts


def test_a_message_with_markup_is_shown_as_plain_text(qtbot):
    box = prompts.message_box(None, QMessageBox.Icon.Warning, "Duplikat", "Osoba <b>Kowalska</b> już jest.")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "Osoba <b>Kowalska</b> już jest."


def test_confirm_answers_no_by_default_and_yes_when_chosen(qtbot):
    def answer(button):
        def press():
            box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
            assert box.textFormat() == Qt.TextFormat.PlainText
            box.button(button).click() if button else box.defaultButton().click()
        QTimer.singleShot(50, press)

    answer(None)
    assert prompts.confirm(None, "Pytanie", "<i>Usunąć?</i>") is False
    answer(QMessageBox.StandardButton.Yes)
    assert prompts.confirm(None, "Pytanie", "Usunąć?") is True
