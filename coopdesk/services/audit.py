"""A record's history from the audit journal, and "restore this value".

The journal itself is written by ``coopdesk/db/audit.py`` inside every unit of work. This service only
reads it and puts old values back through the normal service path. There is deliberately no way to
edit or delete journal entries from the application.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum

from sqlalchemy import Row, insert, select

from coopdesk.db.audit import actor_columns
from coopdesk.db.base import utcnow
from coopdesk.db.engine import Database
from coopdesk.db.protection import (
    CODED_FIELDS,  # the enum each coded column stores (declared beside the tables), for the history's values
    FIELD_LABELS,  # the journaled columns' labels (declared beside the tables), for the history's UI
    RESTORABLE_PARTICIPANT_FIELDS,
    SPECIAL_JOURNAL_PREFIXES,
    SPECIAL_PARTICIPANT_FIELDS,
)
from coopdesk.db.tables import AtRiskCategory, User
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import AuditEntry, Project
from coopdesk.domain.audit import AuditAction, AuditRecord, FieldRef, NotRestorable
from coopdesk.domain.errors import FieldIssue, NotFound, PermissionDenied, ValidationFailed
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.domain.records import Participant, ParticipantDraft
from coopdesk.services.context import Context
from coopdesk.services.participants import ParticipantService

A = AuditEntry
__all__ = ["CODED_FIELDS", "FIELD_LABELS", "AuditService", "JournalNames", "draft_value", "special_journal_field"]
PARTICIPANTS = "participants"
_JournalRow = Row[*tuple[typing.Any, ...]]  # a row of select(*_COLUMNS)
# Who may see the history of records that are not participants.
TABLE_PERMISSIONS: dict[str, Permission] = {
    "users": Permission.USERS_MANAGE,
    "settings": Permission.SETTINGS_MANAGE,
    "at_risk_categories": Permission.DICTIONARIES_MANAGE,
    "projects": Permission.GDPR_MANAGE,
}
_COLUMNS = (A.id, A.at, A.username, A.action, A.table_name, A.field, A.old_value, A.new_value, A.record_id)
_DRAFT_TYPES = typing.get_type_hints(ParticipantDraft)


@dataclass(frozen=True)
class JournalNames:
    """What journal entries refer to by id or code, by name, so that a history shows no internal keys."""

    users: dict[int, str] = field(default_factory=dict)  # user id -> full name
    usernames: dict[str, str] = field(default_factory=dict)  # user name -> full name
    projects: dict[int, str] = field(default_factory=dict)  # project id -> "code - name"
    categories: dict[str, str] = field(default_factory=dict)  # at-risk category code -> name
    category_ids: dict[int, str] = field(default_factory=dict)  # at-risk category id -> name
    participations: dict[int, str] = field(default_factory=dict)  # participation id -> project code ("": none)


class AuditService:
    def __init__(self, db: Database, ctx: Context, participants: ParticipantService | None = None) -> None:
        self._db = db
        self._ctx = ctx
        self._participants = participants or ParticipantService(db, ctx)

    @property
    def can_restore(self) -> bool:
        return allowed(self._ctx.actor, Permission.AUDIT_RESTORE)

    def history(
        self,
        table: str,
        record_id: int | None,
        limit: int = 500,
        before_id: int | None = None,
        include_reads: bool = True,
    ) -> list[AuditRecord]:
        """A record's journal, newest first; pass the last id you got as ``before_id`` for the next page.

        One range scan of the (table_name, record_id, id) index, whatever the journal's size.
        """
        self._require_history(table, record_id, first_page=before_id is None)
        stmt = select(*_COLUMNS).where(A.table_name == table)
        stmt = stmt.where(A.record_id.is_(None) if record_id is None else A.record_id == record_id)
        if before_id is not None:
            stmt = stmt.where(A.id < before_id)
        if not include_reads:
            stmt = stmt.where(A.action != AuditAction.READ.value)
        stmt = stmt.order_by(A.id.desc()).limit(limit)
        with self._db.read(self._ctx.actor) as s:
            rows = s.execute(stmt).all()
        to_record = self._converter()
        return [to_record(r) for r in rows]

    def names(self, participant_id: int | None = None) -> JournalNames:
        """Names of the users, projects and at-risk categories journal entries refer to (AUDIT_READ), and
        the participations of ``participant_id`` by their project's code."""
        require(self._ctx.actor, Permission.AUDIT_READ)
        with self._db.read(self._ctx.actor) as s:
            taking_part = [] if participant_id is None else s.execute(
                select(Participation.id, Project.code).outerjoin(Project, Project.id == Participation.project_id)
                .where(Participation.participant_id == participant_id)).all()
            users = s.execute(select(User.id, User.username, User.full_name)).all()
            projects = s.execute(select(Project.id, Project.code, Project.name)).all()
            categories = s.execute(select(AtRiskCategory.id, AtRiskCategory.code, AtRiskCategory.name)).all()
        return JournalNames(
            users={i: name for i, _u, name in users},
            usernames={u: name for _i, u, name in users},
            projects={i: f"{code} \u2013 {name}" for i, code, name in projects},
            categories={code: name for _i, code, name in categories},
            category_ids={i: name for i, _c, name in categories},
            participations={i: code or "" for i, code in taking_part},
        )

    def restore_value(self, entry_id: int) -> Participant:
        """Put the OLD value of a journaled change back into the current record; return the record.

        Goes through ``ParticipantService.update``, so permissions, validation and duplicate checks
        apply (``ValidationFailed`` / ``DuplicateFound`` when the old value cannot be saved any more).
        The change is journaled as an update, followed by a "restore" entry naming the source entry.
        """
        actor = self._ctx.actor
        require(actor, Permission.AUDIT_RESTORE)
        with self._db.read(actor) as s:
            entry = s.execute(select(*_COLUMNS).where(A.id == entry_id)).first()
        if entry is None:
            raise NotFound()
        record = self._converter()(entry)
        if not _restorable_kind(record) or record.record_id is None:
            raise NotRestorable()
        require(actor, Permission.AUDIT_READ)
        if special_journal_field(record.field) and not allowed(actor, Permission.SPECIAL_CATEGORY_READ):
            raise PermissionDenied()  # a value they may not see cannot be put back by them either
        # One unit of work holding the write lock from the read on: the record is read, changed and saved
        # with its "restore" entry together or not at all, and nobody's change in between is overwritten.
        with self._db.unit_of_work(actor, lock=True) as s:
            current = self._participants.get(record.record_id, journal_read=False)  # checks the caseload
            value = draft_value(record.field, record.old)
            draft = replace(current.as_draft(), **{record.field: value})
            if record.field == "stage":  # the restored stage counts from when it first took effect
                draft = replace(draft, stage_date=_stage_since(current, value, record.at))
            before = getattr(current, record.field)
            updated = self._participants.update(record.record_id, draft)
            s.execute(
                insert(A).values(
                    at=utcnow(), action=AuditAction.RESTORE.value, table_name=PARTICIPANTS,
                    record_id=record.record_id, record_uuid=current.uuid, field=record.field,
                    old_value=_text(before),
                    new_value=json.dumps({"entry": record.id, "at": record.at.isoformat(), "value": record.old}),
                    **actor_columns(actor),
                )
            )
        return updated

    # --- internals ---------------------------------------------------------------------------
    def _require_history(self, table: str, record_id: int | None, first_page: bool) -> None:
        actor = self._ctx.actor
        require(actor, Permission.AUDIT_READ)
        if table != PARTICIPANTS:
            if table not in TABLE_PERMISSIONS:
                raise NotFound()
            require(actor, TABLE_PERMISSIONS[table])
            return
        if record_id is None:
            raise NotFound()
        try:
            # The participant service decides who may read the person (caseload, shares). Opening a
            # history shows special-category values, so its first page counts as a read of them.
            self._participants.get(record_id, journal_read=first_page)
        except NotFound:
            if not allowed(actor, Permission.PARTICIPANTS_READ_ALL):
                raise  # a deleted person's history: coordinators only

    def _converter(self) -> Callable[[_JournalRow], AuditRecord]:
        """A function making an AuditRecord of a journal row, with this actor's rights looked up once."""
        hide_special = not allowed(self._ctx.actor, Permission.SPECIAL_CATEGORY_READ)
        can_restore = self.can_restore

        def record(e: _JournalRow) -> AuditRecord:
            old, new = e.old_value, e.new_value
            if hide_special and e.table_name == PARTICIPANTS and special_journal_field(e.field):
                old = new = None
            action = AuditAction(e.action)
            restorable = (
                can_restore and action is AuditAction.UPDATE and e.table_name == PARTICIPANTS
                and e.field in RESTORABLE_PARTICIPANT_FIELDS
            )
            return AuditRecord(
                id=e.id, at=e.at, username=e.username, action=action, table=e.table_name, field=e.field,
                old=old, new=new, record_id=e.record_id, restorable=restorable,
            )

        return record


def special_journal_field(field: str) -> bool:
    """Whether a participant's journal entry for ``field`` may hold special-category values (shown only
    with SPECIAL_CATEGORY_READ): a special field, an at-risk category, or a whole record (create/delete)."""
    ref = FieldRef.parse(field)
    return not field or ref.attribute in SPECIAL_PARTICIPANT_FIELDS or ref.child in SPECIAL_JOURNAL_PREFIXES


def _stage_since(current: Participant, stage: object, changed_at: datetime) -> date | None:
    """When ``stage`` last took effect before the journaled change at ``changed_at`` (UTC; a stage never
    starts later than it is recorded, so a day's slack covers the local date); None (today) if unknown."""
    latest = changed_at.date() + timedelta(days=1)
    starts = [h.changed_on for h in current.stage_history if h.stage == stage and h.changed_on <= latest]
    return starts[-1] if starts else None


def _restorable_kind(record: AuditRecord) -> bool:
    return (
        record.action is AuditAction.UPDATE
        and record.table == PARTICIPANTS
        and record.field in RESTORABLE_PARTICIPANT_FIELDS
    )


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def draft_value(field: str, text: str | None) -> typing.Any:  # the type of ParticipantDraft.<field>
    """A journaled text value as the ``ParticipantDraft`` attribute ``field`` takes it."""
    hint = _DRAFT_TYPES[field]
    optional = isinstance(hint, types.UnionType) and type(None) in typing.get_args(hint)
    base = next((t for t in typing.get_args(hint) if t is not type(None)), hint) if optional else hint
    if text is None or text == "":
        if optional:
            return None
        if isinstance(base, type) and issubclass(base, Enum):
            return ParticipantDraft.__dataclass_fields__[field].default
        return ""
    try:
        if isinstance(base, type) and issubclass(base, Enum):
            return base(text)
        if base is date:
            return date.fromisoformat(text)
        if base is int:
            return int(text)
    except ValueError as exc:
        raise ValidationFailed(
            [FieldIssue(field, QT_TRANSLATE_NOOP("Errors", "The old value is no longer a valid choice."))]
        ) from exc
    return text
