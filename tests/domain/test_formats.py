"""The one date and time format (dd.mm.rrrr, dd.mm.rrrr gg:mm), stored UTC shown in local time."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from coopdesk.domain.formats import (
    format_date,
    format_datetime,
    format_local_datetime,
    format_time_or_datetime,
    to_local,
)


@pytest.fixture
def warsaw(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_day_month_year_with_dots():
    assert format_date(date(1944, 5, 4)) == "04.05.1944"
    assert format_date(date(2026, 12, 31)) == "31.12.2026"
    assert format_date(None) == ""


def test_stored_utc_times_shown_in_local_time(warsaw):
    assert format_datetime(datetime(2026, 1, 15, 23, 30)) == "16.01.2026 00:30"  # CET, +1
    assert format_datetime(datetime(2026, 7, 1, 6, 5, 9)) == "01.07.2026 08:05"  # CEST, +2
    assert format_datetime(datetime(2026, 7, 1, 6, 5, 9), seconds=True) == "01.07.2026 08:05:09"
    assert format_datetime(datetime(2026, 7, 1, 6, 5, tzinfo=UTC)) == "01.07.2026 08:05"
    assert format_datetime(None) == ""
    assert to_local(datetime(2026, 7, 1, 6, 5)) == datetime(2026, 7, 1, 8, 5)


def test_local_times_shown_as_they_are(warsaw):
    assert format_local_datetime(datetime(2026, 3, 2, 7, 4, 3)) == "02.03.2026 07:04"
    assert format_local_datetime(datetime(2026, 3, 2, 7, 4, 3), seconds=True) == "02.03.2026 07:04:03"
    assert format_local_datetime(None) == ""


def test_time_alone_today_with_date_otherwise(warsaw):
    now = datetime(2026, 7, 1, 21, 0)  # 23:00 local
    assert format_time_or_datetime(datetime(2026, 7, 1, 21, 15), now) == "23:15"
    assert format_time_or_datetime(datetime(2026, 7, 1, 22, 15), now) == "02.07.2026 00:15"  # tomorrow, local
