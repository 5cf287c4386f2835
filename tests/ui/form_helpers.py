"""What UI tests share: a stand-in for coopdesk.ui.prompts, opening the participant form, pressing Cancel in the
runner's progress dialog."""

from __future__ import annotations

from coopdesk.ui import prompts
from coopdesk.ui.dialogs.participant_dialog import ParticipantDialog


class PromptSpy:
    """Stands in for coopdesk.ui.prompts: records what would have been asked or shown. Questions get the
    queued ``answers`` first, then ``confirm_answer``; messages go to ``messages`` (or, for tests that read
    every prompt in one list, to ``questions``)."""

    def __init__(self, messages_into_questions: bool = False) -> None:
        self.confirm_answer = True
        self.answers: list[bool] = []
        self.questions: list[str] = []
        self.messages: list[str] = []
        self._messages = self.questions if messages_into_questions else self.messages

    def confirm(self, _parent, _title, text) -> bool:
        self.questions.append(text)
        return self.answers.pop(0) if self.answers else self.confirm_answer

    def message(self, _parent, _title, text) -> None:
        self._messages.append(text)


def spy_on_prompts(monkeypatch, messages_into_questions: bool = False) -> PromptSpy:
    spy = PromptSpy(messages_into_questions)
    monkeypatch.setattr(prompts, "confirm", spy.confirm)
    for name in ("error", "warning", "info"):
        monkeypatch.setattr(prompts, name, spy.message)
    return spy


def open_dialog(qtbot, services, participant_id=None) -> ParticipantDialog:
    dlg = ParticipantDialog(services, participant_id)
    qtbot.addWidget(dlg)
    with qtbot.waitActive(dlg):
        dlg.show()
        dlg.activateWindow()
    return dlg


def press_cancel_when_shown(pressed: list, attempts: int = 500) -> None:
    """Press Cancel in the runner's progress dialog (objectName "taskProgress") as soon as it is on screen,
    noting its label in ``pressed``. It looks every 20 ms for at most ``attempts`` times (10 s), so a test that
    ends without the dialog leaves no timer behind to cancel a later test's dialog."""
    from PySide6.QtCore import QCoreApplication, QTimer

    left = [attempts]

    def look() -> None:
        shown = [w for w in QCoreApplication.instance().topLevelWidgets()
                 if w.objectName() == "taskProgress" and w.isVisible()]
        if shown:
            pressed.append(shown[0].label.text())
            shown[0].reject()
        elif left[0] > 0:
            left[0] -= 1
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
