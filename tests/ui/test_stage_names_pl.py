"""Issue 7: stage names in Polish fit a woman as well as a man (neutral wording, no "Zrekrutowany",
"Zakończył udział", "zatrudniony"), on screen (the Polish translation) and in documents (pl_terms)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.enums import STAGE_LABELS, Stage
from coopdesk.platform.i18n import install_translations
from coopdesk.services.pl_terms import STAGE

# Masculine-only participles and past forms (and their feminine twins: one gender either way).
GENDERED = re.compile(
    r"\b(zrekrutowan[ya]|zdiagnozowan[ya]|zakończył[a]?|zatrudnion[ya]|przeszkolon[ya]|uczestnik|uczestniczka)\b",
    re.IGNORECASE,
)


def test_stage_names_in_documents_are_neutral():
    assert set(STAGE) == set(Stage)
    for stage, text in STAGE.items():
        assert not GENDERED.search(text), (stage, text)


def test_stage_names_on_screen_are_neutral_in_polish():
    app = QCoreApplication.instance()
    install_translations(app, "pl")
    try:
        shown = {stage: QCoreApplication.translate("Labels", STAGE_LABELS[stage]) for stage in Stage}
    finally:
        install_translations(app, "en")
    for stage, text in shown.items():
        assert text != STAGE_LABELS[stage], f"{stage}: not translated"
        assert not GENDERED.search(text), (stage, text)
