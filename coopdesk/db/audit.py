"""The audit journal, written inside the unit of work.

``Database`` makes its sessions as ``JournaledSession``: its ``after_flush`` listener turns every ORM
insert, update and delete of an audited table into ``audit_log`` rows in the SAME transaction, so a
unit of work that rolls back leaves no journal rows, and a committed one always has its journal.

- who: ``session.info["actor"]`` (an ``Actor``; None is written as "system");
- create / delete: one entry per record whose value is a compact JSON object of its non-empty fields;
- update: one entry per changed field, old -> new (attribute history), as text (dates ISO 8601);
- rows that belong to a participant (categories, stage history, consents, case shares) are written under
  the participant (``table_name="participants"``, ``record_id`` = participant id, ``record_uuid`` = its
  uuid) with fields like ``category:BEZR``, ``consent:image``, ``share:anowak``, ``stage_history``, so
  one indexed range scan of ``ix_audit_log_record`` gives a participant's whole history;
- derived columns (search/sort keys, timestamps the database keeps) are not journaled; a password hash
  is never written: its change is logged as "changed".

Which tables are journaled, which rows go under their participant (with which prefix and key), which
columns are left out and which are secret: all read from each table's data-protection declaration
(``coopdesk/domain/protection.py``, declared beside the table in ``coopdesk/db/tables*.py``).

Not journaled: bulk inserts through SQLAlchemy Core (``session.execute(insert(...), rows)``, e.g. the
demo data generator) and raw SQL, because they bypass the ORM unit of work. Everything saved through
the ORM (every service) is.

The journal is append-only for the application: there is no service that edits or deletes entries.
The one exception is GDPR erasure: ``scrub_record`` blanks the values of an erased person's entries
while keeping the rows (who did what and when stays provable; what the data was does not).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import Enum
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import CursorResult, Table, event, insert, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from coopdesk.db.base import Base, utcnow
from coopdesk.db.protection import declarations, journaled_tables
from coopdesk.db.tables import Participant
from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.actor import Actor
from coopdesk.domain.audit import AuditAction

_DECLARED = declarations()
AUDITED_TABLES = journaled_tables()
# Rows journaled under their participant, with the field prefix they get.
CHILD_PREFIX = {n: d.journal_prefix for n, d in _DECLARED.items() if d.owned_by_participant and d.journal_prefix}
_OWNER = {n: _DECLARED[n].owner for n in CHILD_PREFIX}
_SKIPPED = {n: d.unjournaled_columns() for n, d in _DECLARED.items()}
# The column naming a child row in its field ("category:BEZR", "consent:image", "share:anowak"), and the
# (table, column) that names the row it refers to, when it is a foreign key (categories by code...).
_CHILD_KEY = {n: _DECLARED[n].journal_key for n in CHILD_PREFIX}
_SECRET = {n: frozenset(c for c, r in d.columns.items() if r.secret) for n, d in _DECLARED.items()}
# Settings whose value is a secret (the backup passphrase): journaled as "set" / "changed", never the value.
SECRET_SETTINGS = _DECLARED["settings"].secret_rows
SECRET_CHANGED = "changed"
SECRET_SET = "set"
SYSTEM_USERNAME = "system"

_AUDIT = Base.metadata.tables[AuditEntry.__tablename__]  # the Table (``__table__`` is typed as any FromClause)
# What erasure and anonymisation write into the journal entries of a person (the values blanked).
_SCRUBBED = {n: r.value for n, r in _DECLARED[AuditEntry.__tablename__].cleared().items()}


def _key_target(table: str) -> tuple[str, str] | None:
    key = _CHILD_KEY.get(table)
    for fk in Base.metadata.tables[table].c[key].foreign_keys if key else ():
        target = fk.column.table.name
        if target in _DECLARED and _DECLARED[target].display_column:
            return target, _DECLARED[target].display_column
    return None


_KEY_TARGET = {n: _key_target(n) for n in CHILD_PREFIX}


class JournaledSession(Session):
    """The session class of ``Database``: every flush writes its audit entries (listener below).

    A plain ``Session`` on the same engine writes none (benchmarks compare the two).
    """


def to_text(value: Any) -> str | None:
    """How a value is written in the journal: None stays None, dates ISO 8601, booleans true/false."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def compact_json(values: Mapping[str, str | None]) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def actor_columns(actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {"user_id": None, "username": SYSTEM_USERNAME}
    return {"user_id": actor.user_id, "username": actor.username or SYSTEM_USERNAME}


def log_read(
    session: Session, actor: Actor | None, table: str, record_id: int | None, uuid: str, fields: Iterable[str]
) -> None:
    """Journal that ``actor`` was shown special-category ``fields`` of a record (no values are written).

    Runs in ``session``'s transaction: the caller's unit of work must commit for the entry to stay.
    """
    session.execute(
        insert(_AUDIT).values(
            at=utcnow(), action=AuditAction.READ.value, table_name=table, record_id=record_id,
            record_uuid=uuid or "", field=",".join(fields), old_value=None, new_value=None,
            **actor_columns(actor),
        )
    )


EXPORTS_TABLE = "exports"


def log_export(
    session: Session,
    actor: Actor | None,
    kind: str,
    destination: str,
    count: int,
    columns: Iterable[str] = (),
    participant_uuids: Iterable[str] | None = None,
) -> None:
    """Journal that data left the database: an export file or a manual backup.

    ``kind`` e.g. "export:lead_partner" or "backup:manual"; ``destination`` the file written; ``count``
    how many people; ``columns`` which columns; ``participant_uuids`` which people (stable ids, never
    names), when the export lists them. Runs in ``session``'s transaction like every journal entry.
    """
    payload: dict[str, Any] = {"kind": kind, "destination": destination, "count": int(count)}
    if participant_uuids is not None:
        payload["participants"] = list(participant_uuids)
    session.execute(
        insert(_AUDIT).values(
            at=utcnow(), action=AuditAction.EXPORT.value, table_name=EXPORTS_TABLE, record_id=None,
            record_uuid="", field=",".join(columns), old_value=None,
            new_value=json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
            **actor_columns(actor),
        )
    )


def log_event(
    session: Session, actor: Actor | None, action: AuditAction, table: str, record_id: int | None,
    field: str, new_value: str | None = None,
) -> None:
    """Journal an event that is not a row change (e.g. a failed sign-in: table "users", the reason in
    ``field``, the user name tried in ``new_value``). Never pass a password or personal data."""
    session.execute(
        insert(_AUDIT).values(
            at=utcnow(), action=action.value, table_name=table, record_id=record_id, record_uuid="",
            field=field, old_value=None, new_value=new_value, **actor_columns(actor),
        )
    )


def log_created(session: Session, actor: Actor | None, table: str, rows: Sequence[Mapping[str, Any]],
                owner_uuids: Mapping[int, str] | None = None) -> int:
    """Journal rows of ``table`` inserted without the ORM (a bulk import) exactly as the listener below
    journals an ORM insert: one "create" entry per row with its non-empty journaled columns (the same
    skipped, secret and key columns), a participant's own rows under the participant with their prefix.
    ``rows``: the values inserted, with their ids (and uuids); ``owner_uuids``: participant id -> uuid,
    for rows journaled under their participant. Returns how many entries were written."""
    if table not in AUDITED_TABLES or not rows:
        return 0
    mapper = _mapper_of(table)
    key_column = _CHILD_KEY.get(table)
    skip = _SKIPPED[table] | ({key_column} if key_column else set())
    secret = _SECRET[table]
    columns = [a.key for a in mapper.column_attrs if a.key not in skip]
    who, at = actor_columns(actor), utcnow()
    names: dict[Any, str] = {}
    target = _KEY_TARGET.get(table)
    if target is not None and key_column:
        source = Base.metadata.tables[target[0]]
        wanted = {r[key_column] for r in rows if r.get(key_column) is not None}
        stmt = select(source.c.id, source.c[target[1]]).where(source.c.id.in_(wanted))
        names = {r[0]: r[1] for r in session.connection().execute(stmt)}
    entries = []
    encode = _COMPACT.encode
    for row in rows:
        values = {}
        for key in columns:
            value = row.get(key)
            if value is None or value == "":
                continue
            if key in secret:
                values[key] = SECRET_SET
            elif type(value) is str:  # most values: as they are (to_text's answer, without its checks)
                values[key] = value
            else:
                values[key] = to_text(value)  # type: ignore[assignment]
        entry = {"at": at, "action": AuditAction.CREATE.value, "table_name": table, "record_id": row.get("id"),
                 "record_uuid": row.get("uuid") or "", "field": "", "old_value": None,
                 "new_value": encode(values), **who}
        if table in CHILD_PREFIX:
            owner = row[_OWNER[table]]
            field = CHILD_PREFIX[table]
            if key_column:
                value = row.get(key_column)
                field = f"{field}:{names.get(value, str(value)) if target else str(value)}"
            entry.update(table_name=Participant.__tablename__, record_id=owner, field=field,
                         record_uuid=(owner_uuids or {}).get(owner, ""))
        entries.append(entry)
    insert_many(session, _AUDIT, entries)
    return len(entries)


def insert_many(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys, every column with a default given) into ``table`` in one
    executemany, in ``session``'s transaction. On SQLite straight through the DB-API, each value through its
    column type's own bind processor (stored exactly as SQLAlchemy stores it, without its per-row parameter
    building: a bulk import's thousands of rows); elsewhere, or when a defaulted column is left out, Core."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    left_out = [c for c in table.c if c.key not in rows[0] and not c.primary_key and c.default is not None]
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark" or left_out:
        conn.execute(insert(table), list(rows))
        return
    quote = dialect.identifier_preparer.quote
    processed = [(i, p) for i, k in enumerate(keys) if (p := table.c[k].type._cached_bind_processor(dialect))]
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
           f"VALUES ({', '.join('?' * len(keys))})")
    values = itemgetter(*keys)
    last: dict[int, tuple[Any, Any]] = {}  # the same object again (the import's one timestamp): done once
    params = []
    for row in rows:
        cells = list(values(row)) if len(keys) > 1 else [row[keys[0]]]
        for i, process in processed:
            value = cells[i]
            if value is None:
                continue
            seen = last.get(i)
            if seen is not None and seen[0] is value:
                cells[i] = seen[1]
            else:
                cells[i] = process(value)
                last[i] = (value, cells[i])
        params.append(tuple(cells))
    conn.exec_driver_sql(sql, params)


def _mapper_of(table: str) -> Any:
    return next(m for m in Base.registry.mappers if getattr(m.class_, "__tablename__", "") == table)


def scrub_record(session: Session, table: str, record_id: int) -> int:
    """GDPR erasure: blank the old/new values of every journal entry of one record; return how many.

    The entries themselves stay (who did what, when). Call it in the erasure's unit of work AFTER the
    record has been deleted or anonymised: it flushes first, so the journal entries of that very delete
    or anonymisation (which hold the last values) are scrubbed too. For a participant this covers the
    rows journaled under it (categories, stage history, consents, shares).
    """
    session.flush()
    # an UPDATE's result is a CursorResult (with rowcount); Session.execute is typed as returning any Result
    result = cast("CursorResult[Any]", session.execute(
        update(_AUDIT)
        .where(_AUDIT.c.table_name == table, _AUDIT.c.record_id == record_id)
        .values(**_SCRUBBED)
    ))
    return result.rowcount or 0


# --- the listener -------------------------------------------------------------------------------
_DELETED = "coopdesk.audit.deleted"


@event.listens_for(JournaledSession, "after_flush")
def _after_flush(session: Session, _flush_context) -> None:
    # In after_flush the new/dirty sets and attribute histories still show what was flushed, and new
    # rows already have their primary keys. Deletions are collected below: rows removed as orphans
    # (a category taken off a participant) never appear in ``session.deleted``.
    session.info[_DELETED] = []
    journal = _Journal(session)
    for obj in session.new:
        journal.created(obj)
    for obj in session.dirty:
        journal.updated(obj)
    journal.write()


@event.listens_for(JournaledSession, "persistent_to_deleted")
def _deleted_in_flush(session: Session, obj) -> None:
    session.info.setdefault(_DELETED, []).append(obj)


@event.listens_for(JournaledSession, "after_flush_postexec")
def _after_flush_postexec(session: Session, _flush_context) -> None:
    deleted = session.info.pop(_DELETED, [])
    if deleted:
        journal = _Journal(session, deleted)
        # rows of a participant first, so that the participant's own delete is the newest entry
        for obj in sorted(deleted, key=lambda o: _table(o) not in CHILD_PREFIX):
            journal.deleted(obj)
        journal.write()


class _Journal:
    """The entries of one flush. Participant uuids and category codes/usernames are looked up once."""

    def __init__(self, session: Session, deleted: Sequence[Any] = ()) -> None:
        self._session = session
        self._deleted = deleted
        self._who = actor_columns(session.info.get("actor"))
        self._at = utcnow()
        self._pending: list[tuple[dict[str, Any], Any]] = []  # (entry, child object or None)

    # --- what happened ---------------------------------------------------------------------------
    def created(self, obj: Any) -> None:
        table = _table(obj)
        if table not in AUDITED_TABLES:
            return
        if table == "settings":
            value = SECRET_SET if obj.key in SECRET_SETTINGS else to_text(obj.value)
            self._add(obj, AuditAction.CREATE, obj.key, None, value)
            return
        values = {k: v for k, v in _snapshot(obj).items() if v not in (None, "")}
        self._add(obj, AuditAction.CREATE, "", None, compact_json(values))

    def deleted(self, obj: Any) -> None:
        table = _table(obj)
        if table not in AUDITED_TABLES:
            return
        if table == "settings":
            value = None if obj.key in SECRET_SETTINGS else to_text(obj.value)
            self._add(obj, AuditAction.DELETE, obj.key, value, None)
            return
        values = {k: v for k, v in _snapshot(obj).items() if v not in (None, "")}
        self._add(obj, AuditAction.DELETE, "", compact_json(values), None)

    def updated(self, obj: Any) -> None:
        table = _table(obj)
        if table not in AUDITED_TABLES:
            return
        state = inspect(obj)
        skipped, secret = _SKIPPED[table], _SECRET[table]
        for attr in state.mapper.column_attrs:
            key = attr.key
            if key in skipped:
                continue
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = to_text(history.deleted[0]) if history.deleted else None
            new = to_text(history.added[0]) if history.added else None
            if old == new:
                continue
            if key in secret or (table == "settings" and obj.key in SECRET_SETTINGS):
                old, new = None, SECRET_CHANGED
            field = obj.key if table == "settings" else key
            self._add(obj, AuditAction.UPDATE, field, old, new)

    # --- assembling the rows ---------------------------------------------------------------------
    def _add(self, obj: Any, action: AuditAction, field: str, old: str | None, new: str | None) -> None:
        table = _table(obj)
        entry = {
            "at": self._at, "action": action.value, "table_name": table,
            "record_id": getattr(obj, "id", None), "record_uuid": getattr(obj, "uuid", None) or "",
            "field": field, "old_value": old, "new_value": new, **self._who,
        }
        self._pending.append((entry, obj if table in CHILD_PREFIX else None))

    def write(self) -> None:
        rows = self._rows()
        if rows:
            self._session.connection().execute(insert(_AUDIT), rows)

    def _rows(self) -> list[dict[str, Any]]:
        children = [obj for _, obj in self._pending if obj is not None]
        if children:
            uuids = self._participant_uuids({getattr(c, _OWNER[_table(c)]) for c in children})
            names = self._key_names(children)
            for entry, child in self._pending:
                if child is not None:
                    _reparent(entry, child, uuids, names)
        return [entry for entry, _ in self._pending]

    def _participant_uuids(self, ids: set[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for pid in ids:
            obj = self._session.identity_map.get(identity_key(Participant, pid))
            if obj is not None:
                found[pid] = inspect(obj).dict.get("uuid") or ""
        for obj in self._deleted:
            if isinstance(obj, Participant) and obj.id in ids:
                found[obj.id] = obj.uuid
        missing = ids - found.keys()
        if missing:
            stmt = select(Participant.id, Participant.uuid).where(Participant.id.in_(missing))
            found.update({r[0]: r[1] for r in self._session.connection().execute(stmt)})
        return found

    def _key_names(self, children: list[Any]) -> dict[tuple[str, str], dict[Any, str]]:
        """The names of the rows the children's keys refer to, by (table, display column), one query each."""
        wanted: dict[tuple[str, str], set[Any]] = defaultdict(set)
        for child in children:
            table = _table(child)
            target = _KEY_TARGET[table]
            value = getattr(child, _CHILD_KEY[table]) if target else None
            if target is not None and value is not None:
                wanted[target].add(value)
        found: dict[tuple[str, str], dict[Any, str]] = {}
        for (name, column), ids in wanted.items():
            source = Base.metadata.tables[name]
            stmt = select(source.c.id, source.c[column]).where(source.c.id.in_(ids))
            found[(name, column)] = {r[0]: r[1] for r in self._session.connection().execute(stmt)}
        return found


def _table(obj: Any) -> str:
    return getattr(obj, "__tablename__", "")


def _snapshot(obj: Any) -> dict[str, str | None]:
    """The journaled columns of a record as text (a password hash only as "set")."""
    state = inspect(obj)
    table = _table(obj)
    key_column = _CHILD_KEY.get(table)
    skip = _SKIPPED[table] | ({key_column} if key_column else set())
    secret = _SECRET[table]
    values: dict[str, str | None] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in skip:
            continue
        value = state.dict.get(key)
        if key in secret:
            values[key] = SECRET_SET if value else None
        else:
            values[key] = to_text(value)
    return values


def _reparent(entry: dict[str, Any], child: Any, uuids: dict[int, str], names) -> None:
    """Move a child row's entry under its participant, naming the child in the field."""
    table = entry["table_name"]
    prefix = CHILD_PREFIX[table]
    key_column, target = _CHILD_KEY[table], _KEY_TARGET[table]
    if not key_column:  # no natural key (stage history): its own id
        key = str(child.id)
    else:
        value = getattr(child, key_column)
        key = names.get(target, {}).get(value, str(value)) if target else str(value)
    attribute = entry["field"]
    if entry["action"] == AuditAction.UPDATE.value:
        entry["field"] = f"{prefix}:{key}.{attribute}"
    else:
        entry["field"] = f"{prefix}:{key}" if key_column else prefix
    owner = getattr(child, _OWNER[table])
    entry["table_name"] = Participant.__tablename__
    entry["record_id"] = owner
    entry["record_uuid"] = uuids.get(owner, "")
