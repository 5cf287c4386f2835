"""Who is acting, and the clock: passed to every service so rules and audit know both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from coopdesk.domain.actor import SYSTEM_ACTOR, Actor

__all__ = ["SYSTEM_ACTOR", "Actor", "Context"]


@dataclass(frozen=True)
class Context:
    actor: Actor = SYSTEM_ACTOR
    today: Callable[[], date] = field(default=date.today)
