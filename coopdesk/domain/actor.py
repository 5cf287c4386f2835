"""The signed-in user on whose behalf work is done (known to services, audit and permissions)."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role


SYSTEM_ACTOR = Actor(None, "system", "coopdesk", Role.COORDINATOR)
