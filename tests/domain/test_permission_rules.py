"""The permission check itself: a role the table does not name may do nothing (and does not crash)."""

from __future__ import annotations

import pytest

from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission, allowed, require


@pytest.mark.parametrize("permission", list(Permission))
def test_a_role_missing_from_the_table_is_refused_everything(monkeypatch, permission):
    # e.g. a role added to the enum but forgotten in ROLE_PERMISSIONS: refused, not a TypeError
    monkeypatch.delitem(ROLE_PERMISSIONS, Role.TRAINER)
    trainer = Actor(7, "trener", "Trener", Role.TRAINER)
    assert allowed(trainer, permission) is False
    with pytest.raises(PermissionDenied):
        require(trainer, permission)


def test_a_role_unknown_to_the_program_is_refused():
    stranger = Actor(8, "obcy", "Obcy", "auditor")  # e.g. read from a database written by a newer version
    assert allowed(stranger, Permission.PARTICIPANT_NAMES_READ) is False
    with pytest.raises(PermissionDenied):
        require(stranger, Permission.PARTICIPANT_NAMES_READ)


def test_a_known_role_keeps_its_permissions():
    trainer = Actor(7, "trener", "Trener", Role.TRAINER)
    assert allowed(trainer, Permission.PARTICIPANT_NAMES_READ) is True
    require(trainer, Permission.PARTICIPANT_NAMES_READ)
    assert allowed(trainer, Permission.EXPORT) is False
