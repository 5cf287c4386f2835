"""Dictionaries: at-risk categories (editable data, seeded from resources/data) and advisors."""

from __future__ import annotations

import json

from sqlalchemy import select

from coopdesk.db.engine import Database
from coopdesk.db.tables import AtRiskCategory, User
from coopdesk.domain.enums import Role
from coopdesk.domain.permissions import Permission, require
from coopdesk.domain.records import Category, UserRef
from coopdesk.resources import resource_path
from coopdesk.services.context import Context


def default_categories() -> list[dict]:
    data = json.loads(resource_path("data", "at_risk_categories.json").read_text(encoding="utf-8"))
    return data["categories"]


def recruitment_sources() -> list[str]:
    data = json.loads(resource_path("data", "recruitment_sources.json").read_text(encoding="utf-8"))
    return list(data["sources"])


class DictionaryService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def seed_defaults(self) -> int:
        """Fill an empty category dictionary from resources/data; return how many were added (the system
        does it when it opens the database; otherwise DICTIONARIES_MANAGE)."""
        require(self._ctx.actor, Permission.DICTIONARIES_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            if s.execute(select(AtRiskCategory.id).limit(1)).first() is not None:
                return 0
            items = default_categories()
            for order, item in enumerate(items):
                s.add(
                    AtRiskCategory(
                        code=item["code"], name=item["name"], proof_hint=item.get("proof_hint", ""),
                        special=bool(item.get("special")), sort_order=order,
                    )
                )
            return len(items)

    def categories(self, include_inactive: bool = False) -> list[Category]:
        with self._db.read(self._ctx.actor) as s:
            stmt = select(AtRiskCategory).order_by(AtRiskCategory.sort_order, AtRiskCategory.code)
            if not include_inactive:
                stmt = stmt.where(AtRiskCategory.active.is_(True))
            return [
                Category(c.id, c.code, c.name, c.proof_hint, c.special, c.active) for c in s.scalars(stmt)
            ]

    def advisors(self) -> list[UserRef]:
        """People a participant can be assigned to (advisors and coordinators), by name."""
        with self._db.read(self._ctx.actor) as s:
            stmt = (
                select(User)
                .where(User.active.is_(True), User.role.in_([Role.ADVISOR.value, Role.COORDINATOR.value]))
                .order_by(User.full_name)
            )
            return [UserRef(u.id, u.username, u.full_name, Role(u.role)) for u in s.scalars(stmt)]

    def recruitment_sources(self) -> list[str]:
        return recruitment_sources()
