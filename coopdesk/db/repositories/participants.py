"""Participant queries: listing with search/filter/sort in SQL (indexed), lookups for duplicates."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from coopdesk.db.tables import Participant, ParticipantCategory, User
from coopdesk.db.tables_security import CaseShare
from coopdesk.domain.enums import Stage
from coopdesk.domain.records import ParticipantQuery, ParticipantRow, SortKey
from coopdesk.domain.search import fold, search_key, search_terms

P = Participant
ROW_COLUMNS = (
    P.id, P.uuid, P.last_name, P.first_name, P.pesel, P.birth_date, P.town, P.stage,
    User.full_name, P.recruitment_date,
)
SORT_COLUMNS = {
    SortKey.NAME: (P.name_key,),
    SortKey.PESEL: (P.pesel,),
    SortKey.BIRTH_DATE: (P.birth_date,),
    SortKey.TOWN: (P.town,),
    SortKey.STAGE: (P.stage, P.name_key),
    SortKey.ADVISOR: (User.full_name, P.name_key),
    SortKey.RECRUITMENT_DATE: (P.recruitment_date,),
}


def _row(r) -> ParticipantRow:
    return ParticipantRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], Stage(r[7]), r[8] or "", r[9])


def refresh_keys(p: Participant) -> None:
    """Keep the derived search and sort keys in step with the record."""
    p.search_key = search_key(p.last_name, p.first_name, p.pesel, p.town)
    p.name_key = fold(f"{p.last_name} {p.first_name}")


def _conditions(query: ParticipantQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    for term in search_terms(query.text):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(P.search_key.like(f"%{escaped}%", escape="\\"))
    if query.stage is not None:
        conds.append(P.stage == query.stage.value)
    if query.advisor_id is not None:
        conds.append(P.advisor_id == query.advisor_id)
    if query.category_id is not None:
        conds.append(
            exists().where(
                ParticipantCategory.participant_id == P.id,
                ParticipantCategory.category_id == query.category_id,
            )
        )
    return conds


def _listing(query: ParticipantQuery, restrict: ColumnElement[bool] | None) -> Select:
    stmt = select(*ROW_COLUMNS).outerjoin(User, User.id == P.advisor_id)
    conds = _conditions(query)
    if restrict is not None:
        conds.append(restrict)
    if conds:
        stmt = stmt.where(and_(*conds))
    order = [c.desc() if query.descending else c.asc() for c in SORT_COLUMNS[query.sort]]
    order.append(P.id.desc() if query.descending else P.id.asc())
    return stmt.order_by(*order)


def list_rows(
    session: Session,
    query: ParticipantQuery,
    offset: int,
    limit: int,
    restrict: ColumnElement[bool] | None = None,
) -> list[ParticipantRow]:
    stmt = _listing(query, restrict).offset(offset).limit(limit)
    return [_row(r) for r in session.execute(stmt)]


def count_rows(session: Session, query: ParticipantQuery, restrict: ColumnElement[bool] | None = None) -> int:
    conds = _conditions(query)
    if restrict is not None:
        conds.append(restrict)
    stmt = select(func.count()).select_from(P)
    if conds:
        stmt = stmt.where(and_(*conds))
    return session.execute(stmt).scalar_one()


def load(session: Session, participant_id: int) -> Participant | None:
    stmt = (
        select(P)
        .where(P.id == participant_id)
        .options(selectinload(P.categories), selectinload(P.stage_history))
    )
    return session.execute(stmt).scalar_one_or_none()


def rows_by_pesel(session: Session, pesel: str, exclude_id: int | None) -> list[ParticipantRow]:
    stmt = select(*ROW_COLUMNS).outerjoin(User, User.id == P.advisor_id).where(P.pesel == pesel)
    if exclude_id is not None:
        stmt = stmt.where(P.id != exclude_id)
    return [_row(r) for r in session.execute(stmt)]


def rows_by_name_and_birth(session: Session, first: str, last: str, birth, exclude_id: int | None):
    stmt = (
        select(*ROW_COLUMNS)
        .outerjoin(User, User.id == P.advisor_id)
        .where(P.name_key == fold(f"{last} {first}"), P.birth_date == birth)
    )
    if exclude_id is not None:
        stmt = stmt.where(P.id != exclude_id)
    return [_row(r) for r in session.execute(stmt)]


# --- who may see which participant (permissions: built here so services stay free of SQL) -----------
def caseload_condition(user_id: int | None) -> ColumnElement[bool]:
    """An advisor's caseload: people assigned to them, and cases shared with them (case_shares)."""
    if user_id is None:
        return P.id.is_(None)  # nobody
    shared = select(CaseShare.participant_id).where(CaseShare.user_id == user_id)
    return or_(P.advisor_id == user_id, P.id.in_(shared))


def in_caseload(session: Session, participant_id: int, user_id: int | None) -> bool:
    stmt = select(P.id).where(P.id == participant_id, caseload_condition(user_id))
    return session.execute(stmt).first() is not None


def names(session: Session, ids) -> list[tuple[int, str, str]]:
    """(id, first name, last name) of the given participants, in name order; nothing else."""
    wanted = sorted(set(ids))
    out: list[tuple[int, str, str]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        stmt = select(P.id, P.first_name, P.last_name, P.name_key).where(P.id.in_(chunk))
        out += [tuple(r) for r in session.execute(stmt)]
    out.sort(key=lambda r: (r[3], r[0]))
    return [(r[0], r[1], r[2]) for r in out]
