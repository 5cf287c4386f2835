""""Changes since the last exchange" (issue 9): what a file sent to a partner adds, changes and drops compared
with the previous file sent to the same partner.

Only hashes are kept of a file sent (``exchanges.snapshot``), never its values: per record (the participant's
and the participation's stable ids) a hash of the whole row and a short hash of each column's value, so the
next file can say which columns changed without the database keeping a second copy of what left it.
Columns are matched by header (and, for a header that occurs twice, by its occurrence), so a layout that
gained or lost columns still compares on the columns both files have.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.tables_exchange import Exchange
from coopdesk.domain.actor import Actor

ROW_HASH = 8  # bytes of a row's hash
COLUMN_HASH = 3  # bytes of a column value's hash: a changed value goes unnoticed once in 16 million
FORMAT = 1


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    key: str  # record_key(participant uuid, participation uuid)
    columns: tuple[str, ...] = ()  # the headers of the changed columns (updates)

    @property
    def participant_uuid(self) -> str:
        return self.key.split("/", 1)[0]

    @property
    def participation_uuid(self) -> str:
        return self.key.split("/", 1)[1] if "/" in self.key else ""


@dataclass(frozen=True)
class Changes:
    previous_at: datetime | None  # when the previous file went to this partner (None: this is the first)
    previous_file: str
    items: tuple[Change, ...]

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.items if c.kind is kind)


@dataclass
class Snapshot:
    """The hashes of one file's rows: ``columns`` (headers in order) and, per record key, the row's hash
    followed by each column's short hash (bytes)."""

    columns: tuple[str, ...]
    records: dict[str, bytes] = field(default_factory=dict)

    def add(self, key: str, values: Sequence[object]) -> None:
        texts = [_text(v).encode("utf-8") for v in values]
        row = hashlib.blake2b(b"\x1f".join(texts), digest_size=ROW_HASH).digest()
        self.records[key] = row + b"".join(
            hashlib.blake2b(t, digest_size=COLUMN_HASH).digest() for t in texts)


def record_key(participant_uuid: str, participation_uuid: str | None) -> str:
    return f"{participant_uuid}/{participation_uuid or ''}"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _column_ids(columns: Sequence[str]) -> list[tuple[str, int]]:
    """(header, occurrence) of each column: 'w tym' twice is ('w tym', 0) and ('w tym', 1)."""
    seen: dict[str, int] = {}
    ids = []
    for header in columns:
        ids.append((header, seen.get(header, 0)))
        seen[header] = seen.get(header, 0) + 1
    return ids


def encode(snapshot: Snapshot) -> bytes:
    data = {"format": FORMAT, "columns": list(snapshot.columns),
            "records": {k: base64.b64encode(v).decode("ascii") for k, v in snapshot.records.items()}}
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("ascii"), 6)


def decode(blob: bytes) -> Snapshot:
    data = json.loads(zlib.decompress(blob).decode("ascii"))
    return Snapshot(tuple(data["columns"]), {k: base64.b64decode(v) for k, v in data["records"].items()})


def compare(previous: Snapshot | None, current: Snapshot) -> list[Change]:
    """Created, updated (with the changed columns' headers) and removed records, in that order; every
    record is created when there is no previous file."""
    before = previous.records if previous is not None else {}
    created = [Change(ChangeKind.CREATED, key) for key in current.records if key not in before]
    removed = [Change(ChangeKind.REMOVED, key) for key in before if key not in current.records]
    updated: list[Change] = []
    if previous is not None:
        old_at = {cid: i for i, cid in enumerate(_column_ids(previous.columns))}
        pairs = [(i, old_at[cid], cid[0]) for i, cid in enumerate(_column_ids(current.columns)) if cid in old_at]
        same_columns = list(previous.columns) == list(current.columns)
        for key, now in current.records.items():
            then = before.get(key)
            if then is None or (same_columns and then[:ROW_HASH] == now[:ROW_HASH]):
                continue
            changed = tuple(header for new_i, old_i, header in pairs
                            if _part(now, new_i) != _part(then, old_i))
            if changed:
                updated.append(Change(ChangeKind.UPDATED, key, changed))
    return [*created, *updated, *removed]


def _part(record: bytes, index: int) -> bytes:
    start = ROW_HASH + index * COLUMN_HASH
    return record[start:start + COLUMN_HASH]


# --- the exchanges table ---------------------------------------------------------------------------

def previous_exchange(session: Session, partner: str, layout: str) -> Exchange | None:
    """The last file in ``layout`` sent to ``partner`` (the name compared as typed, without surrounding
    spaces). Another layout's file is not compared: its strings differ in every row (a partner that gets
    both SM EFS and SL2014 files has two histories)."""
    return session.scalars(select(Exchange).where(Exchange.partner == partner.strip(), Exchange.layout == layout)
                           .order_by(Exchange.created_at.desc(), Exchange.id.desc()).limit(1)).first()


def changes_since(session: Session, partner: str, layout: str, current: Snapshot) -> Changes:
    prev = previous_exchange(session, partner, layout)
    if prev is None or not prev.snapshot:
        return Changes(None, "", tuple(compare(None, current)))
    return Changes(prev.created_at, prev.file_name, tuple(compare(decode(prev.snapshot), current)))


def record_exchange(session: Session, actor: Actor, partner: str, layout: str, file_name: str,
                    snapshot: Snapshot, now: datetime) -> None:
    """Store the file's hashes (in the caller's transaction, the one that journals the export)."""
    session.add(Exchange(partner=partner.strip(), layout=layout, created_at=now, user_id=actor.user_id,
                         file_name=file_name, rows=len(snapshot.records), snapshot=encode(snapshot)))


def partners(session: Session) -> list[str]:
    """The partners files were sent to, by name."""
    return sorted(p for p in session.scalars(select(Exchange.partner).distinct()) if p)


def summary(items: Iterable[Change]) -> Mapping[ChangeKind, int]:
    counts = dict.fromkeys(ChangeKind, 0)
    for item in items:
        counts[item.kind] += 1
    return counts
