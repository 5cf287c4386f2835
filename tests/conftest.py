"""Shared fixtures: every test gets a fresh, migrated database in its own folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from PySide6.QtWidgets import QApplication

# One QApplication for the whole run, made before any test: a CLI test calling coopdesk.app.main() would
# otherwise leave a bare QCoreApplication behind, and the first widget of a later test aborts the process.
_QAPP = QApplication.instance() or QApplication(["coopdesk-tests"])

# PySide6 6.12.0 loses a reference to True on every signal emitted from Python and to None in some void
# calls: a long run (or a long GUI session) aborts with bool_dealloc/none_dealloc. pyproject.toml keeps
# PySide6 below 6.12 and tests/test_qt_refcounts.py fails on a PySide6 with that bug.

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from coopdesk.db.tables import User  # noqa: E402
from coopdesk.domain.actor import Actor  # noqa: E402
from coopdesk.domain.enums import Role  # noqa: E402
from coopdesk.domain.records import UserRef  # noqa: E402
from coopdesk.services.app_services import Services, open_services  # noqa: E402
from coopdesk.services.context import SYSTEM_ACTOR, Context  # noqa: E402

FIXED_TODAY = date(2026, 11, 27)


@pytest.fixture
def services(tmp_path) -> Services:
    """Services on a new database in tmp_path, as the system actor, with a fixed 'today'."""
    s = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
    yield s
    s.close()


def add_user(services: Services, username: str, full_name: str, role: Role) -> UserRef:
    """An account without a password (it cannot sign in), written straight to the database in a unit of
    work of ``services``' actor (journaled, no permission check): people with a role for a test. Real
    accounts are made by ``AccountService.create_user`` (with a first password)."""
    with services.db.session(services.ctx.actor) as s:
        user = User(username=username, full_name=full_name, role=role.value)
        s.add(user)
        s.flush()
        return UserRef(user.id, user.username, user.full_name, role)


def as_user(services: Services, username: str, role: Role) -> Services:
    """The same database, working as a new user of ``role`` (accounts without passwords)."""
    user = add_user(services, username, username.title(), role)
    actor = Actor(user.id, user.username, user.full_name, role)
    return Services(services.db, Context(actor=actor, today=lambda: FIXED_TODAY))


@pytest.fixture
def coordinator(services) -> Services:
    return as_user(services, "koordynator", Role.COORDINATOR)


@pytest.fixture
def advisor(services):
    return add_user(services, "anowak", "Anna Nowak", Role.ADVISOR)


@pytest.fixture(autouse=True)
def _untranslated_after_each_test():
    """A test that runs coopdesk.app.main() installs the Polish translators: take them away afterwards,
    so every test starts in the source language and the locale of the run's start."""
    from PySide6.QtCore import QLocale, QTranslator

    from coopdesk.platform.i18n import TRANSLATOR_NAME

    locale = QLocale()
    yield
    for translator in _QAPP.findChildren(QTranslator, TRANSLATOR_NAME):
        _QAPP.removeTranslator(translator)
        translator.setParent(None)
    if QLocale() != locale:  # PySide6 6.12: every setDefault() call drops a reference to None (none_dealloc)
        QLocale.setDefault(locale)
