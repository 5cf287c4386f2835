"""Who is acting, and the clock: passed to every service so rules and audit know both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from coopdesk.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service call runs."""

    user_id: int | None
    username: str
    full_name: str
    role: Role


SYSTEM_ACTOR = Actor(None, "system", "coopdesk", Role.COORDINATOR)


@dataclass(frozen=True)
class Context:
    actor: Actor = SYSTEM_ACTOR
    today: Callable[[], date] = field(default=date.today)
