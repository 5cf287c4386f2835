"""Who is acting, and the clock: passed to every service so rules and audit know both.

There is no default actor (architecture rule 13): a service built without one cannot be made, and
``SYSTEM_ACTOR`` appears only where it is meant (demo data, start-up before sign-in, migrations).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from coopdesk.db.base import utcnow
from coopdesk.domain.actor import SYSTEM_ACTOR, Actor

__all__ = ["SYSTEM_ACTOR", "Actor", "Context"]


@dataclass(frozen=True)
class Context:
    actor: Actor  # required: every check and every journal entry of the services uses this actor
    today: Callable[[], date] = field(default=date.today)
    now: Callable[[], datetime] = field(default=utcnow)  # naive UTC, like the database's timestamps
