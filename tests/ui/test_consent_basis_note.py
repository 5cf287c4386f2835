"""The consents of the data protection dialog say what they do not govern: monitoring, incl. the lead
partner's list, rests on the law (issue 8), so no one reads a consent there as needed for reporting."""

from __future__ import annotations

from gdpr_people import second_draft
from PySide6.QtWidgets import QLabel

from coopdesk.ui.dialogs.gdpr_dialog import GdprDialog


def test_the_consents_box_says_monitoring_does_not_rest_on_them(qtbot, services):
    person = services.participants.create(second_draft())
    dialog = GdprDialog(services, person.id, "Zofia Żak")
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "consentBasisNote")
    assert note is not None
    text = note.text()
    assert "lead partner" in text and "not on these consents" in text and "removes nobody" in text
    assert dialog.rows  # the consents are still there, for the optional purposes
