"""Command-line tests sign in like a script does: as the demo coordinator, from the environment."""

from __future__ import annotations

import pytest

from coopdesk.services.accounts import demo_password


@pytest.fixture(autouse=True)
def demo_coordinator_credentials(monkeypatch):
    monkeypatch.setenv("COOPDESK_USER", "koordynator")
    monkeypatch.setenv("COOPDESK_PASSWORD", demo_password("koordynator"))
