"""What an export may contain: who has a valid consent for its purpose, and which columns a role may see.

Every exporter asks the policy first and lists what was withheld and why (peers.md item 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coopdesk.db.engine import Database
from coopdesk.db.repositories import gdpr as repo
from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.domain.gdpr import ConsentPurpose, WithheldItem, withheld_reason
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.services.case_access import case_scope
from coopdesk.services.context import Context


@dataclass(frozen=True)
class ExportDecision:
    purpose: ConsentPurpose
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

    def decide(self, purpose: ConsentPurpose, on_date: date | None = None) -> ExportDecision:
        """Split the people the actor may read into those exported and those withheld (with reasons)."""
        require(self._ctx.actor, Permission.EXPORT)
        on_date = on_date or self._ctx.today()
        included: list[int] = []
        withheld: list[WithheldItem] = []
        with self._db.read(self._ctx.actor) as s:
            consents = repo.consents_for_purpose(s, purpose)
            stmt = select(ParticipantTable.id, ParticipantTable.uuid, ParticipantTable.anonymised_at)
            scope = case_scope(self._ctx.actor)
            if scope is not None:
                stmt = stmt.where(scope.condition())
            for pid, uuid, anonymised_at in s.execute(stmt.order_by(ParticipantTable.id)):
                reason = withheld_reason(consents.get(pid), anonymised_at is not None, on_date)
                if reason is None:
                    included.append(pid)
                else:
                    withheld.append(WithheldItem(uuid, reason))
        return ExportDecision(purpose, on_date, tuple(included), tuple(withheld), self.special_columns_allowed())
