"""Queries of the participant import (issue 9): duplicate candidates by index in chunks, saved mappings,
the batches and whether a batch's records were changed since."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from coopdesk.db.tables import Participant, User
from coopdesk.db.tables_exchange import ImportBatch, ImportBatchItem, ImportMapping
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import AuditEntry, Project
from coopdesk.domain.audit import AuditAction

CHUNK = 500  # values per IN list (SQLite's default limit of bound parameters is far above)
P = Participant
# what a duplicate's comparison needs of a person already registered
PERSON_COLUMNS = tuple(c for c in P.__table__.columns if c.name not in {"search_key", "name_key", "town_key",
                                                                      "stage_order", "advisor_key"})


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    wanted = sorted(set(values), key=str)
    for start in range(0, len(wanted), size):
        yield wanted[start:start + size]


def ids_by_pesel(s: Session, pesels: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(pesels):
        found.update({r[0] or "": r[1] for r in s.execute(select(P.pesel, P.id).where(P.pesel.in_(chunk)))})
    return found


def ids_by_uuid(s: Session, uuids: Iterable[str]) -> dict[str, int]:
    """A participant's id by its own uuid or by the uuid of one of its participations (an exported row)."""
    found: dict[str, int] = {}
    for chunk in chunks(uuids):
        found.update({r[0]: r[1] for r in s.execute(select(P.uuid, P.id).where(P.uuid.in_(chunk)))})
        stmt = select(Participation.uuid, Participation.participant_id).where(Participation.uuid.in_(chunk))
        found.update({r[0]: r[1] for r in s.execute(stmt)})
    return found


def names_by_birth(s: Session, days: Iterable[date]) -> list[tuple[int, date | None, str, str]]:
    """(id, birth date, last name, first name) of everyone born on one of ``days`` (the birth date index)."""
    out: list[tuple[int, date | None, str, str]] = []
    for chunk in chunks(days):
        stmt = select(P.id, P.birth_date, P.last_name, P.first_name).where(P.birth_date.in_(chunk))
        out += [(r[0], r[1], r[2], r[3]) for r in s.execute(stmt)]
    return out


def people(s: Session, ids: Iterable[int]) -> dict[int, Row[Any]]:
    """The register's columns of these people, by id."""
    found: dict[int, Row[Any]] = {}
    for chunk in chunks(ids):
        found.update({r.id: r for r in s.execute(select(*PERSON_COLUMNS).where(P.id.in_(chunk)))})
    return found


def participations(s: Session, people_ids: Iterable[int]) -> dict[int, list[Participation]]:
    """Each person's participations with their forms of support (to tell what a row would continue)."""
    from sqlalchemy.orm import selectinload

    found: dict[int, list[Participation]] = {}
    for chunk in chunks(people_ids):
        stmt = select(Participation).where(Participation.participant_id.in_(chunk)).options(
            selectinload(Participation.supports)).order_by(Participation.id)
        for p in s.scalars(stmt):
            found.setdefault(p.participant_id, []).append(p)
    return found


def in_caseload(s: Session, ids: Iterable[int], user_id: int | None) -> set[int]:
    from coopdesk.db.repositories.participants import Caseload

    found: set[int] = set()
    for chunk in chunks(ids):
        stmt = select(P.id).where(P.id.in_(chunk), Caseload(user_id).condition())
        found.update(s.scalars(stmt))
    return found


def projects_by_code(s: Session) -> dict[str, int]:
    return {code: pid for pid, code in s.execute(select(Project.id, Project.code))}


def sort_key_of(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return s.execute(select(User.sort_key).where(User.id == user_id)).scalar() or ""


def user_exists(s: Session, user_id: int) -> User | None:
    return s.get(User, user_id)


# --- mappings -------------------------------------------------------------------------------------
def mapping_names(s: Session) -> list[str]:
    return list(s.scalars(select(ImportMapping.name).order_by(func.lower(ImportMapping.name))))


def mapping(s: Session, name: str) -> ImportMapping | None:
    return s.execute(select(ImportMapping).where(ImportMapping.name == name)).scalar_one_or_none()


# --- batches --------------------------------------------------------------------------------------
def last_journal_id(s: Session) -> int:
    return s.execute(select(func.max(AuditEntry.id))).scalar() or 0


def batch_rows(s: Session) -> list[tuple[ImportBatch, str | None, str | None, str | None]]:
    """Every batch, newest first, with who imported it, who undid it and its project's code."""
    importer = User.__table__.alias("importer")
    undoer = User.__table__.alias("undoer")
    stmt = (
        select(ImportBatch, importer.c.full_name, undoer.c.full_name, Project.code)
        .outerjoin(importer, importer.c.id == ImportBatch.user_id)
        .outerjoin(undoer, undoer.c.id == ImportBatch.undone_by_id)
        .outerjoin(Project, Project.id == ImportBatch.project_id)
        .order_by(ImportBatch.id.desc())
    )
    return [(r[0], r[1], r[2], r[3]) for r in s.execute(stmt)]


def items(s: Session, batch_id: int) -> list[ImportBatchItem]:
    return list(s.scalars(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch_id)
                          .order_by(ImportBatchItem.id)))


CHANGES = (AuditAction.CREATE.value, AuditAction.UPDATE.value, AuditAction.DELETE.value,
           AuditAction.RESTORE.value)


def changed_since(s: Session, participant_ids: Iterable[int], mark: int) -> bool:
    """Whether any of these people has a journal entry that changed them after entry ``mark``."""
    for chunk in chunks(participant_ids):
        uuids = select(P.uuid).where(P.id.in_(chunk)).scalar_subquery()
        stmt = select(AuditEntry.id).where(AuditEntry.record_uuid.in_(uuids), AuditEntry.id > mark,
                                           AuditEntry.action.in_(CHANGES)).limit(1)
        if s.execute(stmt).first() is not None:
            return True
    return False
