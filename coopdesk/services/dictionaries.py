"""Dictionaries: at-risk categories and recruitment sources (editable data, seeded from resources/data;
Tools → Dictionaries) and advisors.

An entry carries valid-from/to days and its legal basis; one in use is deactivated, never deleted; what
is inactive or outside its dates is not offered for new assignments (``categories()`` marks it inactive,
``recruitment_sources()`` leaves it out) but old records still show it. Changes are journaled (ORM)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coopdesk.db.engine import Database
from coopdesk.db.tables import AtRiskCategory, Participant, ParticipantCategory, Setting, User
from coopdesk.db.tables_centre import RecruitmentSource
from coopdesk.domain.dictionaries import DictionaryEntry, DictionaryKind, entry_issues, offered
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import FieldIssue, NotFound, ValidationFailed
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, require
from coopdesk.domain.records import Category, UserRef
from coopdesk.resources import resource_path
from coopdesk.services.context import Context


def default_categories() -> list[dict[str, Any]]:
    """The default at-risk categories (code, name, proof_hint, special) from resources/data."""
    data: dict[str, list[dict[str, Any]]] = json.loads(
        resource_path("data", "at_risk_categories.json").read_text(encoding="utf-8"))
    return data["categories"]


SOURCES_SEEDED_KEY = "dictionaries.sources_seeded"  # settings: the default recruitment sources were offered once
# The act the seeded categories follow (an entry's legal basis; the coordinator edits it when the law changes)
DEFAULT_CATEGORY_BASIS = "Ustawa z dnia 5 sierpnia 2022 r. o ekonomii społecznej (Dz.U. 2022 poz. 1812)"


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
        added = 0
        with self._db.session(self._ctx.actor) as s:
            if s.execute(select(AtRiskCategory.id).limit(1)).first() is None:
                items = default_categories()
                for order, item in enumerate(items):
                    s.add(
                        AtRiskCategory(
                            code=item["code"], name=item["name"], proof_hint=item.get("proof_hint", ""),
                            special=bool(item.get("special")), sort_order=order, legal_basis=DEFAULT_CATEGORY_BASIS,
                        )
                    )
                added += len(items)
            # Once per database: a list the coordinator emptied on purpose is not filled again at the next start
            if s.get(Setting, SOURCES_SEEDED_KEY) is None:
                if s.execute(select(RecruitmentSource.id).limit(1)).first() is None:
                    names = recruitment_sources()
                    s.add_all(RecruitmentSource(name=n, sort_order=i) for i, n in enumerate(names))
                    added += len(names)
                s.add(Setting(key=SOURCES_SEEDED_KEY, value="1"))
        return added

    def categories(self, include_inactive: bool = False) -> list[Category]:
        """The categories; ``active`` is True only for those offered for new assignments today (active and
        within their dates). ``include_inactive``: also the others (old records show them)."""
        today = self._ctx.today()
        with self._db.read(self._ctx.actor) as s:
            stmt = select(AtRiskCategory).order_by(AtRiskCategory.sort_order, AtRiskCategory.code)
            found = [
                Category(c.id, c.code, c.name, c.proof_hint, c.special, offered(c.active, c.valid_from, c.valid_to, today))
                for c in s.scalars(stmt)
            ]
        return found if include_inactive else [c for c in found if c.active]

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
        """The sources offered for new participants today (active, within their dates), in order."""
        today = self._ctx.today()
        with self._db.read(self._ctx.actor) as s:
            rows = s.scalars(select(RecruitmentSource).order_by(RecruitmentSource.sort_order, RecruitmentSource.name))
            return [r.name for r in rows if offered(r.active, r.valid_from, r.valid_to, today)]

    # --- Tools → Dictionaries (coordinator) ------------------------------------------------------
    def entries(self, kind: DictionaryKind) -> list[DictionaryEntry]:
        """Every entry of a dictionary with how many participants use it (coordinator)."""
        require(self._ctx.actor, Permission.DICTIONARIES_MANAGE)
        with self._db.read(self._ctx.actor) as s:
            if kind is DictionaryKind.CATEGORIES:
                by_id: dict[int, int] = dict(s.execute(select(ParticipantCategory.category_id, func.count())
                                                       .group_by(ParticipantCategory.category_id)).all())
                categories = s.scalars(select(AtRiskCategory).order_by(AtRiskCategory.sort_order, AtRiskCategory.code))
                return [_category_entry(r, by_id.get(r.id, 0)) for r in categories]
            by_name: dict[str, int] = dict(s.execute(select(Participant.recruitment_source, func.count())
                                                     .group_by(Participant.recruitment_source)).all())
            sources = s.scalars(select(RecruitmentSource).order_by(RecruitmentSource.sort_order, RecruitmentSource.name))
            return [_source_entry(r, by_name.get(r.name, 0)) for r in sources]

    def save_entry(self, entry: DictionaryEntry) -> DictionaryEntry:
        """Add (``id`` 0) or change an entry (coordinator). An entry in use keeps its code (a category) or
        its name (a source: participants hold the text); deactivate it and add a new one instead."""
        require(self._ctx.actor, Permission.DICTIONARIES_MANAGE)
        issues = [FieldIssue(f, m) for f, m in entry_issues(entry)]
        if issues:
            raise ValidationFailed(issues)
        table: type[AtRiskCategory] | type[RecruitmentSource] = (
            AtRiskCategory if entry.kind is DictionaryKind.CATEGORIES else RecruitmentSource)
        with self._db.session(self._ctx.actor) as s:
            row: AtRiskCategory | RecruitmentSource | None
            if entry.id:
                row = (s.get(AtRiskCategory, entry.id) if table is AtRiskCategory
                       else s.get(RecruitmentSource, entry.id))
                if row is None:
                    raise NotFound()
                self._keep_identity_in_use(s, entry, row)
            else:
                row = table(sort_order=(s.scalar(select(func.max(table.sort_order))) or 0) + 1)
                s.add(row)
            if isinstance(row, AtRiskCategory):
                row.code = entry.code.strip()
                row.proof_hint = entry.proof_hint.strip()
                row.special = entry.special
            row.name = entry.name.strip()
            row.active = entry.active
            row.valid_from = entry.valid_from
            row.valid_to = entry.valid_to
            row.legal_basis = entry.legal_basis.strip()
            try:
                s.flush()
            except IntegrityError as exc:
                field = "code" if entry.kind is DictionaryKind.CATEGORIES else "name"
                raise ValidationFailed([FieldIssue(field, QT_TRANSLATE_NOOP(
                    "Errors", "Another entry of this dictionary has this code or name."))]) from exc
            saved_id = row.id
        return next(e for e in self.entries(entry.kind) if e.id == saved_id)

    def delete_entry(self, kind: DictionaryKind, entry_id: int) -> None:
        """Delete an entry nobody uses (coordinator); one in use is refused: deactivate it instead."""
        require(self._ctx.actor, Permission.DICTIONARIES_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            row: AtRiskCategory | RecruitmentSource | None = (
                s.get(AtRiskCategory, entry_id) if kind is DictionaryKind.CATEGORIES
                else s.get(RecruitmentSource, entry_id))
            if row is None:
                raise NotFound()
            if _uses(s, row):
                raise ValidationFailed([FieldIssue("active", QT_TRANSLATE_NOOP(
                    "Errors", "This entry is used by {count} participant(s): deactivate it instead of deleting it."),
                    {"count": str(_uses(s, row))})])
            s.delete(row)

    @staticmethod
    def _keep_identity_in_use(s: Session, entry: DictionaryEntry, row: AtRiskCategory | RecruitmentSource) -> None:
        if isinstance(row, AtRiskCategory):  # (the row's table follows entry.kind)
            changed, field = row.code != entry.code.strip(), "code"
        else:
            changed, field = row.name != entry.name.strip(), "name"
        if changed and _uses(s, row):
            message = (QT_TRANSLATE_NOOP("Errors", "The entry is in use, so its code stays: deactivate it and add a new entry.")
                       if field == "code" else
                       QT_TRANSLATE_NOOP("Errors", "The entry is in use, so its name stays: deactivate it and add a new entry."))
            raise ValidationFailed([FieldIssue(field, message)])


def _uses(s: Session, row: AtRiskCategory | RecruitmentSource) -> int:
    if isinstance(row, AtRiskCategory):
        stmt = select(func.count()).select_from(ParticipantCategory).where(ParticipantCategory.category_id == row.id)
    else:
        stmt = select(func.count()).select_from(Participant).where(Participant.recruitment_source == row.name)
    return s.scalar(stmt) or 0


def _category_entry(r: AtRiskCategory, in_use: int) -> DictionaryEntry:
    return DictionaryEntry(
        DictionaryKind.CATEGORIES, r.name, r.code, r.proof_hint, r.special, r.active, r.valid_from, r.valid_to,
        r.legal_basis or "", r.id, in_use,
    )


def _source_entry(r: RecruitmentSource, in_use: int) -> DictionaryEntry:
    return DictionaryEntry(
        DictionaryKind.RECRUITMENT_SOURCES, r.name, active=r.active, valid_from=r.valid_from, valid_to=r.valid_to,
        legal_basis=r.legal_basis or "", id=r.id, in_use=in_use,
    )
