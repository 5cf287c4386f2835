"""Dates and times as every screen, message and print-out shows them: the Polish form, in either language.

``dd.mm.rrrr`` for a date, ``dd.mm.rrrr gg:mm`` for a time. Times are stored as naive UTC (the audit
journal, sign-ins, locks) and shown in the computer's local time; a few times are local already (a
backup's moment, taken from its file name) and are shown as they are. This module is the one place that
turns a date or a time into text for people: a test fails on ``strftime`` or a locale's date format
elsewhere in the user interface and the services (file names excepted).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

DATE_FORMAT = "%d.%m.%Y"
TIME_FORMAT = "%H:%M"
SECONDS_FORMAT = "%H:%M:%S"
DATETIME_FORMAT = f"{DATE_FORMAT} {TIME_FORMAT}"


def to_local(at_utc: datetime) -> datetime:
    """A stored time (naive UTC, or aware) as the computer's local time, naive."""
    aware = at_utc if at_utc.tzinfo is not None else at_utc.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def format_date(value: date | None) -> str:
    """``14.05.1944``; empty for no date. A ``datetime`` shows only its date (as it is, not converted)."""
    if value is None:
        return ""
    return value.strftime(DATE_FORMAT)


def format_local_datetime(local: datetime | None, *, seconds: bool = False) -> str:
    """A time that is local already: ``14.05.2026 09:05`` (``09:05:30`` with seconds); empty for none."""
    if local is None:
        return ""
    return local.strftime(f"{DATE_FORMAT} {SECONDS_FORMAT if seconds else TIME_FORMAT}")


def format_datetime(at_utc: datetime | None, *, seconds: bool = False) -> str:
    """A stored time (naive UTC) in local time: ``14.05.2026 11:05``; empty for none."""
    if at_utc is None:
        return ""
    return format_local_datetime(to_local(at_utc), seconds=seconds)


def format_time_or_datetime(at_utc: datetime, now_utc: datetime) -> str:
    """A stored time (naive UTC) in local time: ``11:05`` when it falls today (by ``now_utc``), else with
    the date (``15.05.2026 11:05``)."""
    local = to_local(at_utc)
    if local.date() == to_local(now_utc).date():
        return local.strftime(TIME_FORMAT)
    return format_local_datetime(local)
