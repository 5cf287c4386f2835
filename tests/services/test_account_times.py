"""The sign-in lock's time in the one format: gg:mm today, dd.mm.rrrr gg:mm on another (local) day."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from coopdesk.services.accounts import SignInLocked, local_time


@pytest.fixture
def warsaw(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_lock_time_today_and_after_midnight(warsaw):
    now = datetime(2026, 7, 1, 21, 0)  # 23:00 in Warsaw
    assert local_time(datetime(2026, 7, 1, 21, 15), now) == "23:15"
    until = local_time(datetime(2026, 7, 1, 22, 15), now)
    assert until == "02.07.2026 00:15"
    assert "after 02.07.2026 00:15," in SignInLocked(until=until).render()
