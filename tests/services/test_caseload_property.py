"""An advisor's caseload holds on every reading path (issue 6, "Tests that guard the rules").

One database for the module: four advisors, participants spread over their caseloads (and some with
no advisor), cases shared with advisors — one shared with its own advisor, one shared with two
advisors — so a union of "mine" and "shared with me" could list a case twice. For random searches,
stage/category/advisor filters, sort orders and scroll positions, an advisor sees exactly the rows of
their caseload and shared cases that match, once each, in the coordinator's order: in the count, the
first page, any page (``list_page``/``list_window``), ``position``, the table model (``row_of``, deep
pages), and — independent of the query — in ``get``, ``participant_names``, duplicate checks and the
export's scope. tools/mutation/run.py --part hand checks that these tests catch the likely slips.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from coopdesk.db.tables import User
from coopdesk.db.tables_security import CaseShare, Consent
from coopdesk.domain import permissions
from coopdesk.domain.actor import SYSTEM_ACTOR, Actor
from coopdesk.domain.enums import Citizenship, Role, Sex, Stage
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.gdpr import ConsentPurpose
from coopdesk.domain.permissions import Permission
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipantQuery, SortKey
from coopdesk.domain.search import fold, search_key, search_terms
from coopdesk.services.app_services import open_services
from coopdesk.services.context import Context
from coopdesk.services.demo import pesel_for
from coopdesk.services.export_policy import ExportPolicy
from coopdesk.services.followup_export import CONTACTS_SHEET, WITHHELD_SHEET, FollowupExportService
from coopdesk.services.layouts import load_layout
from coopdesk.services.monitoring_export import LISTS_SHEET, MonitoringExportService
from coopdesk.services.participants import ParticipantService
from coopdesk.ui.models.participants_model import ParticipantsModel

TODAY = date(2026, 11, 27)
PEOPLE = 56
LAST = ("Kowalski", "Kowalska", "Nowak", "Nowakowska", "Wiśniewski", "Łukasik", "Żak", "Zając",
        "Kowalczyk", "Dąbrowska")
FIRST = ("Jan", "Anna", "Zofia", "Piotr", "Łucja", "Janina")
TOWNS = ("Łódź", "Kraków", "Kraśnik", "Gdańsk", "Nowa Sól", "")
# The advisors' names sort differently from their ids (sorting by advisor must interleave the halves).
ADVISORS = ("Marta Zielińska", "Ewa Adamska", "Jan Nowak", "Olga Kowal")


@dataclass(frozen=True)
class Person:
    id: int
    uuid: str
    advisor_id: int | None
    stage: Stage
    categories: frozenset[int]
    pesel: str
    key: str  # the folded "last first pesel town" a search runs over
    first_name: str
    last_name: str
    birth_date: date


@dataclass
class World:
    db: object
    coordinator: ParticipantService
    advisors: dict[int, Actor]
    no_caseload: int  # an advisor with nothing assigned or shared
    people: dict[int, Person]
    shares: dict[int, set[int]]  # advisor id -> shared participant ids
    category_ids: list[int]
    owner_shared: int  # a case shared with its own advisor
    twice_shared: int  # a case shared with two advisors

    def caseload(self, advisor_id: int) -> set[int]:
        return {p.id for p in self.people.values() if p.advisor_id == advisor_id} | self.shares[advisor_id]

    def service(self, advisor_id: int) -> ParticipantService:
        return ParticipantService(self.db, Context(actor=self.advisors[advisor_id], today=lambda: TODAY))

    def matches(self, p: Person, q: ParticipantQuery) -> bool:
        """The filters, stated independently of the SQL."""
        for term in search_terms(q.text):
            if term.isascii() and term.isdigit():
                if not p.pesel.startswith(term):
                    return False
            elif term not in p.key:
                return False
        return ((q.stage is None or p.stage is q.stage)
                and (q.advisor_id is None or p.advisor_id == q.advisor_id)
                and (q.category_id is None or q.category_id in p.categories))


def _share(s, participant_id: int, user_id: int) -> None:
    s.add(CaseShare(participant_id=participant_id, user_id=user_id, shared_by_id=None))


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    system = open_services(tmp_path_factory.mktemp("caseload") / "data",
                           Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    db = system.db
    with db.session(SYSTEM_ACTOR) as s:
        users = [User(username=f"doradca{i}", full_name=name, role=Role.ADVISOR.value)
                 for i, name in enumerate(ADVISORS)]
        s.add_all(users)
        s.flush()
        advisors = {u.id: Actor(u.id, u.username, u.full_name, Role.ADVISOR) for u in users}
    ids = list(advisors)
    a0, a1, a2, idle = ids
    coordinator = ParticipantService(db, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    category_ids = [c.id for c in system.dictionaries.categories()[:3]]
    rng = random.Random(6)
    people: dict[int, Person] = {}
    for n in range(PEOPLE):
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        female = n % 2 == 0
        has_pesel = n % 9 != 4
        draft = ParticipantDraft(
            first_name=rng.choice(FIRST),
            last_name=rng.choice(LAST),
            pesel=pesel_for(born, female, n) if has_pesel else "",
            birth_date=None if has_pesel else born,
            sex=None if has_pesel else (Sex.FEMALE if female else Sex.MALE),
            citizenship=Citizenship.POLISH if has_pesel else Citizenship.NON_EU,
            town=rng.choice(TOWNS),
            advisor_id=rng.choice([a0, a0, a1, a2, None]),
            recruitment_date=rng.choice([None, TODAY - timedelta(days=rng.randrange(300))]),
            categories=tuple(CategoryAssignment(c) for c in category_ids if rng.random() < 0.35),
        )
        p = coordinator.create(draft, confirm_duplicates=True)
        people[p.id] = Person(p.id, p.uuid, p.advisor_id, p.stage, frozenset(c.category_id for c in p.categories),
                              p.pesel, search_key(p.last_name, p.first_name, p.pesel, p.town),
                              p.first_name, p.last_name, p.birth_date)
    # stages straight in the table: only the listing reads them, and no stage rule is under test here
    stages = list(Stage)
    with db.session(SYSTEM_ACTOR) as s:
        from coopdesk.db.tables import Participant as Row

        for pid in people:
            row = s.get(Row, pid)
            row.stage = rng.choice(stages).value
            people[pid] = replace(people[pid], stage=Stage(row.stage))
    by_advisor = {a: sorted(p.id for p in people.values() if p.advisor_id == a) for a in (a0, a1, a2, None)}
    owner_shared = by_advisor[a0][0]
    twice_shared = by_advisor[a1][0]
    shares = {a: set() for a in ids}
    plan = [(owner_shared, a0), (twice_shared, a0), (twice_shared, a2), (by_advisor[a1][1], a0),
            (by_advisor[a2][0], a0), (by_advisor[None][0], a0), (by_advisor[None][0], a1),
            (by_advisor[a0][1], a1), (by_advisor[a0][2], a2)]
    with db.session(SYSTEM_ACTOR) as s:
        for pid, user_id in plan:
            _share(s, pid, user_id)
            shares[user_id].add(pid)
        # a valid follow-up consent for every other person: that export has rows and withheld rows
        for pid in list(people)[::2]:
            s.add(Consent(participant_id=pid, purpose=ConsentPurpose.FOLLOWUP_CONTACT.value, granted=True,
                          given_on=TODAY - timedelta(days=30)))
    w = World(db, coordinator, advisors, idle, people, shares, category_ids, owner_shared, twice_shared)
    assert all(w.caseload(a) for a in (a0, a1, a2)) and not w.caseload(idle)
    yield w
    system.close()


# --- random queries -------------------------------------------------------------------------------
FRAGMENTS = ("", "kow", "Kowal", "nowak", "ŁÓDŹ", "lodz", "an", "jan kow", "ak", "kra", "zaj", "4", "5",
             "0", "%", "_", "zzz", "sol nowa", "a z")


@st.composite
def queries(draw, w: World) -> ParticipantQuery:
    pesel_prefix = st.sampled_from([p.pesel for p in w.people.values() if p.pesel]).flatmap(
        lambda pesel: st.integers(1, 11).map(lambda n: pesel[:n]))
    text = draw(st.one_of(st.sampled_from(FRAGMENTS), pesel_prefix,
                          st.lists(st.sampled_from(FRAGMENTS), max_size=2).map(" ".join)))
    return ParticipantQuery(
        text=text,
        stage=draw(st.none() | st.sampled_from(list(Stage))),
        category_id=draw(st.none() | st.sampled_from([*w.category_ids, 999_999])),
        advisor_id=draw(st.none() | st.sampled_from(list(w.advisors))),
        sort=draw(st.sampled_from(list(SortKey))),
        descending=draw(st.booleans()),
    )


def _expected(w: World, q: ParticipantQuery, advisor_id: int) -> list:
    """The coordinator's rows of the query (checked against the stated filters), kept to the caseload."""
    everyone = w.coordinator.list_page(q, 0, 10 * PEOPLE)
    assert {r.id for r in everyone} == {p.id for p in w.people.values() if w.matches(p, q)}, q
    caseload = w.caseload(advisor_id)
    return [r for r in everyone if r.id in caseload]


def _ids(rows) -> list[int]:
    return [r.id for r in rows]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_an_advisor_sees_exactly_their_caseload_on_every_listing_path(world, data):
    w = world
    advisor_id = data.draw(st.sampled_from(list(w.advisors)), label="advisor")
    q = data.draw(queries(w), label="query")
    offset = data.draw(st.integers(0, 45), label="offset")
    limit = data.draw(st.integers(1, 20), label="limit")
    probes = data.draw(st.lists(st.sampled_from(sorted(w.people)), max_size=6), label="probes")
    probes += [w.owner_shared, w.twice_shared]
    expected = _expected(w, q, advisor_id)
    want = _ids(expected)
    assert len(want) == len(set(want))
    mine = w.service(advisor_id)

    assert mine.count(q) == len(expected)
    assert mine.list_page(q) == expected  # the first page (200 rows) holds them all
    assert mine.list_page(q, offset, limit) == expected[offset:offset + limit]
    assert mine.list_window(q, offset, limit) == expected[offset:offset + limit]
    for pid in probes:
        assert mine.position(q, pid) == (want.index(pid) if pid in want else None), pid


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_table_model_scrolled_anywhere_shows_only_the_caseload(world, data):
    w = world
    advisor_id = data.draw(st.sampled_from(list(w.advisors)), label="advisor")
    q = data.draw(queries(w), label="query")
    page = data.draw(st.integers(1, 7), label="page size")
    probes = data.draw(st.lists(st.sampled_from(sorted(w.people)), max_size=5), label="probes")
    probes += [w.owner_shared, w.twice_shared]
    want = _ids(_expected(w, q, advisor_id))

    model = ParticipantsModel(w.service(advisor_id), page_size=page, cached_pages=2)
    model.schedule_count = lambda run: None  # no event loop here: total() counts at once
    model.set_query(q)
    assert model.total() == model.rowCount() == len(want)
    for pid in probes:  # before any deep page is loaded: answered by the database
        assert model.row_of(pid) == (want.index(pid) if pid in want else None), pid
    rows = list(range(len(want)))
    data.draw(st.randoms(use_true_random=False), label="scroll").shuffle(rows)  # jump around, not in order
    assert sorted((row, model.participant_id(row)) for row in rows) == list(enumerate(want))


# --- paths that take no query ----------------------------------------------------------------------
@pytest.mark.parametrize("index", range(len(ADVISORS)))
def test_get_reads_the_caseload_and_nothing_else(world, index):
    w = world
    advisor_id = list(w.advisors)[index]
    mine = w.service(advisor_id)
    caseload = w.caseload(advisor_id)
    for pid in w.people:
        if pid in caseload:
            assert mine.get(pid, journal_read=False).id == pid
        else:
            with pytest.raises(PermissionDenied):
                mine.get(pid, journal_read=False)


@pytest.mark.parametrize("index", range(len(ADVISORS)))
def test_participant_names_are_the_caseloads_only(world, index):
    w = world
    advisor_id = list(w.advisors)[index]
    names = w.service(advisor_id).participant_names(list(w.people) + [w.twice_shared, w.owner_shared])
    assert sorted(pid for pid, _, _ in names) == sorted(w.caseload(advisor_id))
    for pid, first, last in names:
        assert (first, last) == (w.people[pid].first_name, w.people[pid].last_name)


@pytest.fixture
def advisors_may_export(monkeypatch):
    """Advisors do not export today; a role that reads its caseload and exports must export only that."""
    widened = {**permissions.ROLE_PERMISSIONS}
    widened[Role.ADVISOR] = widened[Role.ADVISOR] | {Permission.EXPORT}
    monkeypatch.setattr(permissions, "ROLE_PERMISSIONS", widened)


@pytest.mark.parametrize("index", range(len(ADVISORS)))
def test_the_export_scope_is_the_caseload(world, advisors_may_export, index):
    w = world
    advisor_id = list(w.advisors)[index]
    ctx = Context(actor=w.advisors[advisor_id], today=lambda: TODAY)
    by_uuid = {p.uuid: p.id for p in w.people.values()}
    for decision in (ExportPolicy(w.db, ctx).decide(ConsentPurpose.FOLLOWUP_CONTACT),
                     ExportPolicy(w.db, ctx).reporting()):
        withheld = [by_uuid[item.participant_uuid] for item in decision.withheld]
        scope = list(decision.included_ids) + withheld
        assert len(scope) == len(set(scope))
        assert set(scope) == w.caseload(advisor_id)


def test_the_exported_file_holds_the_caseload_only(world, advisors_may_export, tmp_path):
    """The written workbooks themselves: the monitoring list is the caseload (every person, whatever their
    consents); the follow-up contacts and their withheld sheet together are the caseload, each person once."""
    w = world
    advisor_id = next(iter(w.advisors))
    ctx = Context(actor=w.advisors[advisor_id], today=lambda: TODAY)
    by_uuid = {p.uuid: p.id for p in w.people.values()}
    result = MonitoringExportService(w.db, ctx).export(tmp_path / "lista.xlsx", "plain")
    book = load_workbook(result.path, read_only=True)
    participants_sheet = load_layout("plain").sheet.name
    assert book.sheetnames == [participants_sheet, LISTS_SHEET]  # no withheld sheet (the lists: hidden)
    exported = {by_uuid[r[0]] for r in book[participants_sheet].iter_rows(min_row=2, values_only=True)}
    assert exported == w.caseload(advisor_id)
    contacts = FollowupExportService(w.db, ctx).export_contacts(tmp_path / "kontakt.xlsx")
    book = load_workbook(contacts.path, read_only=True)
    written = [r[0] for r in book[CONTACTS_SHEET].iter_rows(min_row=2, values_only=True)]
    withheld = [r[0] for r in book[WITHHELD_SHEET].iter_rows(min_row=2, values_only=True)]
    ids = [by_uuid[u] for u in written + withheld]
    assert written and withheld
    assert len(ids) == len(set(ids)) and set(ids) == w.caseload(advisor_id)


@pytest.mark.parametrize("index", range(len(ADVISORS)))
def test_duplicate_checks_name_nobody_outside_the_caseload(world, index):
    """A duplicate outside the caseload shows that it exists and whose case it is, never who it is."""
    w = world
    advisor_id = list(w.advisors)[index]
    mine, caseload = w.service(advisor_id), w.caseload(advisor_id)
    for p in w.people.values():
        draft = ParticipantDraft(first_name=p.first_name, last_name=p.last_name, pesel=p.pesel,
                                 birth_date=p.birth_date)
        check = mine.check_duplicates(draft)
        rows = {r.id: r for r in (*check.same_pesel, *check.same_name_birth)}
        assert p.id in rows
        for r in rows.values():
            who = w.people[r.id]
            if r.id in caseload:
                assert (r.last_name, r.first_name, r.pesel) == (who.last_name, who.first_name, who.pesel)
            else:
                assert (r.last_name, r.first_name, r.pesel, r.birth_date, r.town) == ("", "", "", None, "")


def test_the_world_has_the_awkward_cases(world):
    """The data really contain what the properties are about (guards the fixture itself)."""
    w = world
    owner = w.people[w.owner_shared].advisor_id
    assert w.owner_shared in w.shares[owner]
    assert sum(w.twice_shared in shared for shared in w.shares.values()) == 2
    assert any(p.advisor_id is None for p in w.people.values())
    assert any(not p.pesel for p in w.people.values())
    assert fold("ŁÓDŹ") == "lodz"
