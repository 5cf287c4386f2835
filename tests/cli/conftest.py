"""Command-line tests sign in like a script does: as the demo coordinator, from the environment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from coopdesk.services.accounts import demo_password


@pytest.fixture(autouse=True)
def demo_coordinator_credentials(monkeypatch):
    monkeypatch.setenv("COOPDESK_USER", "koordynator")
    monkeypatch.setenv("COOPDESK_PASSWORD", demo_password("koordynator"))


@pytest.fixture(autouse=True)
def no_translators_left_behind():
    """``coopdesk.app.main`` installs the interface language on the running application; the GUI tests
    after these expect the English source strings, so the translators go when the test ends."""
    yield
    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
