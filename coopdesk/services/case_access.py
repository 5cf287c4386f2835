"""Who may read which participant — one rule for every service.

Coordinator: everyone. Advisor: their caseload (assigned to them) and cases shared with them.
Trainer, specialist: nobody in the register; names only of the people they work with (``names_scope``).
Services call these inside their own unit of work.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.db.repositories import participants as repo
from coopdesk.domain.actor import Actor
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.permissions import Permission, allowed, require


def case_scope(actor: Actor) -> repo.Caseload | None:
    """The SQL restriction of the actor's reading: None for everyone; PermissionDenied for nobody."""
    if allowed(actor, Permission.PARTICIPANTS_READ_ALL):
        return None
    require(actor, Permission.PARTICIPANTS_READ_OWN)
    return repo.Caseload(actor.user_id)


def names_scope(actor: Actor) -> repo.Caseload | None:
    """Whose names (nothing else) the actor may read: None for everyone; PermissionDenied without the
    names permission. A trainer reads the people enrolled in their own trainings and a specialist the
    people referred to them; neither trainings nor referrals exist yet, so for them: nobody."""
    require(actor, Permission.PARTICIPANT_NAMES_READ)
    if allowed(actor, Permission.PARTICIPANTS_READ_ALL):
        return None
    if allowed(actor, Permission.PARTICIPANTS_READ_OWN):
        return repo.Caseload(actor.user_id)
    return repo.Caseload(None)  # nobody (until trainings and referrals bring their own scopes)


def require_case(s: Session, actor: Actor, participant_id: int) -> None:
    """PermissionDenied unless the actor may read this participant."""
    if case_scope(actor) is not None and not repo.in_caseload(s, participant_id, actor.user_id):
        raise PermissionDenied()
