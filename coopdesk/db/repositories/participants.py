"""Participant queries: listing with search/filter/sort in SQL (indexed), lookups for duplicates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    Table,
    and_,
    bindparam,
    column,
    exists,
    func,
    or_,
    select,
    table,
    text,
    union_all,
    update,
)
from sqlalchemy.orm import Session, aliased, selectinload

from coopdesk.db.tables import SEARCH_INDEX, Participant, ParticipantCategory, User
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import CaseShare, Project
from coopdesk.domain.collation import name_sort_key, polish_key, stage_order
from coopdesk.domain.enums import Stage
from coopdesk.domain.records import WITHOUT_PROJECT, ParticipantQuery, ParticipantRow, SortKey
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
    # Polish order from stored keys (domain.collation, 0007), each with an index
    SortKey.TOWN: (P.town_key, P.name_key),
    SortKey.STAGE: (P.stage_order, P.name_key),
    SortKey.ADVISOR: (P.advisor_key, P.name_key),  # the advisor's users.sort_key, copied (db/tables.py)
    SortKey.RECRUITMENT_DATE: (P.recruitment_date,),
}


def _row(r, project_code: str = "") -> ParticipantRow:
    return ParticipantRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], Stage(r[7]), r[8] or "", r[9], project_code)


def refresh_keys(p: Participant) -> None:
    """Keep the derived search and sort keys in step with the record."""
    p.search_key = search_key(p.last_name, p.first_name, p.pesel, p.town)
    for name, value in key_values(p.last_name, p.first_name, p.town, p.stage).items():
        setattr(p, name, value)


def key_values(last_name: str, first_name: str, town: str | None, stage: str) -> dict[str, object]:
    """The stored Polish sort keys of a participant (for rows inserted without the ORM, e.g. the demo)."""
    return {
        "name_key": name_sort_key(last_name, first_name),
        "town_key": polish_key(town),
        "stage_order": stage_order(stage),
    }


def refresh_advisor_keys(session: Session) -> None:
    """Copy every participant's advisor sort key after rows were inserted without the ORM (the demo)."""
    people = cast(Table, P.__table__)
    key = select(User.sort_key).where(User.id == people.c.advisor_id).scalar_subquery()
    session.execute(update(people).values(advisor_key=func.coalesce(key, "")))


PESEL_LENGTH = 11
UUID_PREFIX = re.compile(r"[0-9a-f]{8}[0-9a-f-]{0,28}")  # the stable id pasted whole or its first 8+ characters
TRIGRAM = 3  # the search index (SQLite FTS5 trigram, 0007) answers terms of 3 or more characters
# Up to this many hits the rows are fetched by id from the search index; above, walking the list's own
# index in order (search_key LIKE on the covering index) finds a page sooner (100k people: "kow", 33k hits,
# 0.3 ms that way, 110 ms by id; "nowak", 2.6k hits: 15 ms by id, 25 ms walking). Measured in
# benchmarks/bench_search.py.
SPARSE = 3000


def _term_condition(term: str, indexed: bool = False) -> ColumnElement[bool]:
    """One search term. Letters match anywhere in the folded "last first pesel town" key, which the
    list indexes (..., name_key, search_key) answer without reading the table. A run of digits can
    only be a PESEL, typed from its start: it seeks the PESEL index as a range (0.1 ms, not a scan).
    The first 8 or more characters of a stable id (uuid) find that person too."""
    if term.isascii() and term.isdigit():
        # as a subquery: the planner then starts from these few rows, not from an advisor's caseload
        by_pesel = aliased(Participant)
        found: ColumnElement[bool] = P.id.in_(
            select(by_pesel.id).where(
                by_pesel.pesel >= term, by_pesel.pesel <= term + "9" * (PESEL_LENGTH - len(term))
            )
        )
        return or_(found, _uuid_condition(term)) if UUID_PREFIX.fullmatch(term) else found
    if indexed and len(term) >= TRIGRAM:
        found = _indexed_match([term])
    else:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found = P.search_key.like(f"%{escaped}%", escape="\\")
    return or_(found, _uuid_condition(term)) if UUID_PREFIX.fullmatch(term) else found


def _uuid_condition(term: str) -> ColumnElement[bool]:
    by_uuid = aliased(Participant)
    return P.id.in_(select(by_uuid.id).where(by_uuid.uuid >= term, by_uuid.uuid < term + "g"))


def _indexed(session: Session) -> bool:
    """Whether the trigram search index exists: every SQLite database has it (0007); PostgreSQL keeps
    the LIKE path here (pg_trgm later)."""
    return session.get_bind().dialect.name == "sqlite"


def forget_search_terms(session: Session) -> None:
    """After an erasure or anonymisation: merge the search index into one segment, so the 'delete' entries
    FTS5 keeps for removed or changed rows (they repeat the old trigrams, enough to read an erased name
    back) are gone from the file, not only from the answers. It rewrites the whole index: about 0.4 s at
    100,000 search keys (measured in memory, unencrypted), once per erasure or anonymisation run."""
    if _indexed(session):
        session.flush()  # the triggers have run for this unit of work's deletes and updates
        session.execute(text(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('optimize')"))


def _plain_word(term: str) -> bool:
    """A term the trigram index answers on its own: 3+ characters, neither a PESEL nor a stable id."""
    return len(term) >= TRIGRAM and not (term.isascii() and term.isdigit()) and not UUID_PREFIX.fullmatch(term)


def _index_hits(phrases: list[str]) -> Select:
    """The trigram index's rows holding every term (a phrase query per term is a substring match, as
    LIKE '%term%' on the search key): a select of their ids."""
    match = " AND ".join('"' + t.replace('"', '""') + '"' for t in phrases)
    index = table(SEARCH_INDEX, column("rowid"))
    return select(index.c.rowid).where(text(f"{SEARCH_INDEX} MATCH :search_match").bindparams(search_match=match))


def _indexed_match(phrases: list[str]) -> ColumnElement[bool]:
    return P.id.in_(_index_hits(phrases))


@dataclass(frozen=True)
class _Plan:
    """How a query's plain words are searched: ``indexed`` (SQLite: the trigram index exists), ``words``
    (the words by id from that index, else LIKE on the list's index), ``hits`` (rows holding every word,
    from the index alone; None when not counted)."""

    indexed: bool = False
    words: bool = False
    hits: int | None = None


def _plan(session: Session, query: ParticipantQuery) -> _Plan:
    """Count the words' rows in the trigram index first (about 1 ms): few hits are fetched by id, many
    are found sooner by walking the list's index in order; no hit needs no other query."""
    if not _indexed(session):
        return _Plan()
    phrases = [t for t in search_terms(query.text) if _plain_word(t)]
    if not phrases:
        return _Plan(indexed=True)
    hits = _index_hits(phrases).subquery()
    total = session.execute(select(func.count()).select_from(hits)).scalar_one()
    return _Plan(indexed=True, words=total <= SPARSE, hits=total)


def _with_participation(condition: ColumnElement[bool], for_count: bool) -> ColumnElement[bool]:
    """People with a participation meeting ``condition``: counting reads the participations' index once
    (100,000 people: ~480 -> a few ms); a page in name order probes per row and stops after the page."""
    if for_count:
        return P.id.in_(select(Participation.participant_id).where(condition))
    return exists().where(Participation.participant_id == P.id, condition)


def _words_only(query: ParticipantQuery) -> bool:
    """Nothing but plain words: the index's count is the answer."""
    terms = search_terms(query.text)
    return bool(terms) and all(_plain_word(t) for t in terms) and not (
        query.incomplete or query.stage is not None or query.advisor_id is not None or query.category_id is not None
        or query.project_id is not None
    )


def _conditions(query: ParticipantQuery, for_count: bool = False, plan: _Plan = _Plan()) -> list[ColumnElement[bool]]:
    terms = search_terms(query.text)
    conds: list[ColumnElement[bool]] = []
    if plan.words and any(_plain_word(t) for t in terms):  # one index query for all the plain words
        conds.append(_indexed_match([t for t in terms if _plain_word(t)]))
        terms = [t for t in terms if not _plain_word(t)]
    conds += [_term_condition(term, plan.indexed and not _plain_word(term)) for term in terms]
    if query.incomplete:  # a participation with SM EFS gaps (participations.reporting_gaps, indexed)
        conds.append(_with_participation(Participation.reporting_gaps > "", for_count))
    if query.project_id == WITHOUT_PROJECT:  # in no project at all
        conds.append(~exists().where(Participation.participant_id == P.id, Participation.project_id.is_not(None)))
    elif query.project_id is not None:
        conds.append(_with_participation(Participation.project_id == query.project_id, for_count))
    if query.stage is not None:
        conds.append(P.stage == query.stage.value)
    if query.advisor_id is not None:
        conds.append(P.advisor_id == query.advisor_id)
    if query.category_id is not None:
        if for_count:
            # counting: one seek of the category index, not a probe per participant (48k: 230 -> 40 ms)
            linked = select(ParticipantCategory.participant_id).where(
                ParticipantCategory.category_id == query.category_id
            )
            conds.append(P.id.in_(linked))
        else:
            # a page in name order: probing per row stops after the first page
            conds.append(
                exists().where(
                    ParticipantCategory.participant_id == P.id,
                    ParticipantCategory.category_id == query.category_id,
                )
            )
    return conds


def _listing(
    query: ParticipantQuery, restrict: ColumnElement[bool] | Caseload | None, plan: _Plan = _Plan()
) -> Select | CompoundSelect:
    if isinstance(restrict, Caseload):
        return _caseload_listing(query, restrict.user_id, plan)
    stmt = select(*ROW_COLUMNS).outerjoin(User, User.id == P.advisor_id)
    conds = _conditions(query, plan=plan)
    if restrict is not None:
        conds.append(restrict)
    if conds:
        stmt = stmt.where(and_(*conds))
    return stmt.order_by(*_order(query))


def _order(query: ParticipantQuery) -> list[ColumnElement]:
    order: list[ColumnElement] = [c.desc() if query.descending else c.asc() for c in SORT_COLUMNS[query.sort]]
    order.append(P.id.desc() if query.descending else P.id.asc())
    return order


def list_rows(
    session: Session,
    query: ParticipantQuery,
    offset: int,
    limit: int,
    restrict: ColumnElement[bool] | Caseload | None = None,
) -> list[ParticipantRow]:
    plan = _plan(session, query)
    if plan.hits == 0:
        return []
    stmt = _listing(query, restrict, plan).offset(offset).limit(limit)
    return _page(session, session.execute(stmt))


def _page(session: Session, result) -> list[ParticipantRow]:
    """A page's rows, each with its current participation's project code."""
    raw = list(result)
    codes = current_project_codes(session, [r[0] for r in raw])
    return [_row(r, codes.get(r[0], "")) for r in raw]


def current_project_codes(session: Session, participant_ids: list[int]) -> dict[int, str]:
    """The current participation's project code of each of a page's people (absent: none): one indexed
    query for the shown page only, never for the whole list (0.6 ms of SQL for 200 people at 100,000).
    The rule of ``domain.records.current_participation``: the last participation still open, else the
    last one."""
    if not participant_ids:
        return {}
    last: dict[int, str] = {}
    last_open: dict[int, str] = {}
    for participant_id, still_open, code in session.execute(_PROJECT_CODES, {"ids": participant_ids}):
        last[participant_id] = code or ""
        if still_open:
            last_open[participant_id] = code or ""
    return {**last, **last_open}


# built once: the page's ids are one expanding parameter (no per-call coercion of 200 values)
_PROJECT_CODES = (
    select(Participation.participant_id, Participation.exit_date.is_(None), Project.code)
    .outerjoin(Project, Project.id == Participation.project_id)
    .where(Participation.participant_id.in_(bindparam("ids", expanding=True)))
    .order_by(Participation.participant_id, Participation.id)
)


def window_rows(
    session: Session,
    query: ParticipantQuery,
    offset: int,
    limit: int,
    restrict: ColumnElement[bool] | Caseload | None = None,
) -> list[ParticipantRow]:
    """A page anywhere in the list. ``OFFSET`` on the full row query reads (and joins) every skipped
    row from the table: 0.2-0.5 s at offset 99,800 of 100,000. Here the offset runs over ids only,
    which the sort column's index covers (2-4 ms there), and only the page's rows are read."""
    if offset <= 0 or isinstance(restrict, Caseload):
        return list_rows(session, query, offset, limit, restrict)
    ids = select(P.id)
    conds = _conditions(query, for_count=True, plan=_plan(session, query))  # deep: one category seek, not a probe per skipped row
    if restrict is not None:
        conds.append(restrict)
    if conds:
        ids = ids.where(and_(*conds))
    ids = ids.order_by(*_order(query)).offset(offset).limit(limit)
    stmt = select(*ROW_COLUMNS).outerjoin(User, User.id == P.advisor_id).where(P.id.in_(ids))
    return _page(session, session.execute(stmt.order_by(*_order(query))))


def position(
    session: Session,
    query: ParticipantQuery,
    participant_id: int,
    restrict: ColumnElement[bool] | Caseload | None = None,
) -> int | None:
    """Where a participant stands (0-based) in the list of ``query``, None if it does not match."""
    if isinstance(restrict, Caseload):
        restrict = restrict.condition()
    conds = _conditions(query, for_count=True, plan=_plan(session, query))
    if restrict is not None:
        conds.append(restrict)
    ranked = select(P.id, func.row_number().over(order_by=_order(query)).label("pos"))
    if conds:
        ranked = ranked.where(and_(*conds))
    sub = ranked.subquery()
    pos = session.execute(select(sub.c.pos).where(sub.c.id == participant_id)).scalar_one_or_none()
    return None if pos is None else pos - 1


def count_rows(
    session: Session, query: ParticipantQuery, restrict: ColumnElement[bool] | Caseload | None = None
) -> int:
    """The exact count. Plain words alone: the trigram index counts them (1-2 ms at 100,000 people,
    where scanning the search keys took 30-80 ms); no hit: no other query."""
    plan = _plan(session, query)
    if plan.hits == 0:
        return 0
    if plan.hits is not None and restrict is None and _words_only(query):
        return plan.hits
    if isinstance(restrict, Caseload):
        restrict = restrict.condition()
    conds = _conditions(query, for_count=True, plan=plan)
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
        .options(selectinload(P.categories), selectinload(P.stage_history),
                 selectinload(P.participations).selectinload(Participation.supports))
    )
    return session.execute(stmt).scalar_one_or_none()


def rows_by_pesel(session: Session, pesel: str, exclude_id: int | None) -> list[ParticipantRow]:
    stmt = select(*ROW_COLUMNS).outerjoin(User, User.id == P.advisor_id).where(P.pesel == pesel)
    if exclude_id is not None:
        stmt = stmt.where(P.id != exclude_id)
    return [_row(r) for r in session.execute(stmt)]


def rows_by_name_and_birth(session: Session, first: str, last: str, birth, exclude_id: int | None):
    """People born on ``birth`` with the same name, ignoring case and accents ("Lukasz" is "Łukasz"):
    the birth date index finds the few born that day, the names are compared folded here."""
    stmt = select(*ROW_COLUMNS, P.last_name, P.first_name).outerjoin(User, User.id == P.advisor_id)
    stmt = stmt.where(P.birth_date == birth)
    if exclude_id is not None:
        stmt = stmt.where(P.id != exclude_id)
    wanted = fold(f"{last} {first}")
    return [_row(r) for r in session.execute(stmt) if fold(f"{r[-2]} {r[-1]}") == wanted]


# --- who may see which participant (permissions: built here so services stay free of SQL) -----------
@dataclass(frozen=True)
class Caseload:
    """An advisor's caseload: people assigned to them, and cases shared with them (case_shares)."""

    user_id: int | None

    def condition(self) -> ColumnElement[bool]:
        if self.user_id is None:
            return P.id.is_(None)  # nobody
        return or_(P.advisor_id == self.user_id, P.id.in_(self.shared()))

    def shared(self) -> Select:
        return select(CaseShare.participant_id).where(CaseShare.user_id == self.user_id)


def caseload_condition(user_id: int | None) -> ColumnElement[bool]:
    return Caseload(user_id).condition()


def _caseload_listing(query: ParticipantQuery, user_id: int | None, plan: _Plan = _Plan()) -> CompoundSelect:
    """The caseload page as UNION ALL of "assigned to me" and "shared with me (and not mine)".

    With one OR condition the database must collect and sort the whole caseload before the first
    page; each half on its own reads (advisor_id, name_key) in order, so a page costs what a plain
    advisor filter costs (benchmarks/bench_accounts.py).
    """
    sort = [c.label(f"sort_{i}") for i, c in enumerate((*SORT_COLUMNS[query.sort], P.id))]

    def half(condition: ColumnElement[bool]) -> Select:
        stmt = select(*ROW_COLUMNS, *sort).outerjoin(User, User.id == P.advisor_id)
        return stmt.where(and_(*_conditions(query, plan=plan), condition))

    mine = P.advisor_id == user_id if user_id is not None else P.id.is_(None)
    shared = and_(P.id.in_(Caseload(user_id).shared()), or_(P.advisor_id.is_(None), P.advisor_id != user_id))
    both = union_all(half(mine), half(shared))
    columns = list(both.selected_columns)
    keys = columns[len(ROW_COLUMNS):]
    return both.order_by(*[k.desc() if query.descending else k.asc() for k in keys])


def in_caseload(session: Session, participant_id: int, user_id: int | None) -> bool:
    stmt = select(P.id).where(P.id == participant_id, Caseload(user_id).condition())
    return session.execute(stmt).first() is not None


def names(session: Session, ids, restrict: Caseload | None) -> list[tuple[int, str, str]]:
    """(id, first name, last name) of the given participants within ``restrict`` (None: everyone),
    in name order; nothing else."""
    wanted = sorted(set(ids))
    out: list[tuple[int, str, str, str]] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        stmt = select(P.id, P.first_name, P.last_name, P.name_key).where(P.id.in_(chunk))
        if restrict is not None:
            stmt = stmt.where(restrict.condition())
        out += [(r[0], r[1], r[2], r[3]) for r in session.execute(stmt)]
    out.sort(key=lambda r: (r[3], r[0]))
    return [(r[0], r[1], r[2]) for r in out]
