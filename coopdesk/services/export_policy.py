"""What an export may contain: whom it covers, and which columns a role may see.

Two legal bases (domain.md §6, issue 8). Monitoring and reporting (the lead partner, SM EFS) rest on the
law — the implementing act and the ESF+ regulation — so ``reporting`` covers every person the actor may
read, whatever their consents; only anonymised records are left out. An optional purpose (follow-up
contact, image, ...) rests on consent: ``decide`` keeps those with a valid consent on the day and lists
the others as withheld, with the reason (peers.md item 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coopdesk.db.engine import Database
from coopdesk.db.repositories import gdpr as repo
from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.db.tables_participation import Participation
from coopdesk.domain.gdpr import ConsentPurpose, WithheldItem, WithheldReason, withheld_reason
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.services.case_access import case_scope
from coopdesk.services.context import Context


@dataclass(frozen=True)
class ExportDecision:
    purpose: ConsentPurpose | None  # None: a legal obligation (monitoring), not consent
    on_date: date
    included_ids: tuple[int, ...]  # in id order
    withheld: tuple[WithheldItem, ...]
    special_columns: bool  # Art. 9/10 columns may be written


class ExportPolicy:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def special_columns_allowed(self) -> bool:
        return allowed(self._ctx.actor, Permission.SPECIAL_CATEGORY_READ)

    def decide(self, purpose: ConsentPurpose, on_date: date | None = None,
               project_id: int | None = None) -> ExportDecision:
        """For an optional, consent-based purpose: split the people the actor may read (those with a
        participation in ``project_id``, when given) into those with a valid consent on ``on_date`` and
        those withheld (with reasons)."""
        return self._split(purpose, on_date, project_id)

    def reporting(self, on_date: date | None = None, project_id: int | None = None) -> ExportDecision:
        """For monitoring (a legal obligation): every person the actor may read (with a participation in
        ``project_id``, when given), whatever their consents; anonymised records are the only ones left
        out (listed in ``withheld``)."""
        return self._split(None, on_date, project_id)

    def _split(self, purpose: ConsentPurpose | None, on_date: date | None, project_id: int | None) -> ExportDecision:
        require(self._ctx.actor, Permission.EXPORT)
        on_date = on_date or self._ctx.today()
        included: list[int] = []
        withheld: list[WithheldItem] = []
        with self._db.read(self._ctx.actor) as s:
            consents = repo.consents_for_purpose(s, purpose) if purpose is not None else {}
            stmt = select(ParticipantTable.id, ParticipantTable.uuid, ParticipantTable.anonymised_at)
            scope = case_scope(self._ctx.actor)
            if scope is not None:
                stmt = stmt.where(scope.condition())
            if project_id is not None:
                stmt = stmt.where(ParticipantTable.id.in_(
                    select(Participation.participant_id).where(Participation.project_id == project_id)))
            for pid, uuid, anonymised_at in s.execute(stmt.order_by(ParticipantTable.id)):
                if purpose is None:
                    reason = WithheldReason.ANONYMISED if anonymised_at is not None else None
                else:
                    reason = withheld_reason(consents.get(pid), anonymised_at is not None, on_date)
                if reason is None:
                    included.append(pid)
                else:
                    withheld.append(WithheldItem(uuid, reason))
        return ExportDecision(purpose, on_date, tuple(included), tuple(withheld), self.special_columns_allowed())
