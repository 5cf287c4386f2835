from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.tables import Participant, ParticipantCategory, StageHistory, User
from coopdesk.db.tables_participation import Participation, ParticipationSupport
from coopdesk.domain.collation import name_sort_key
from coopdesk.domain.enums import Citizenship, Role, Sex, Stage
from coopdesk.domain.errors import Severity
from coopdesk.domain.records import ParticipantQuery
from coopdesk.domain.search import search_key, search_terms
from coopdesk.domain.validation import is_valid_pesel, is_valid_postal_code, pesel_birth_date, pesel_sex
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Actor, Context
from coopdesk.services.demo import generate_demo, pesel_for

FIXED_TODAY = date(2026, 11, 27)  # as in conftest
PATH_ORDER = list(Stage)  # recruited ... in_cooperative, left


def _table(services, table) -> list:
    """All rows of a table as plain (detached) rows, by id."""
    with services.db.read() as s:
        return list(s.execute(select(table.__table__).order_by(table.__table__.c.id)))


def _participants(services) -> list:
    return _table(services, Participant)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """500 demo people, generated once for the read-only tests of this module."""
    s = open_services(tmp_path_factory.mktemp("demo") / "data", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
    calls = []
    result = generate_demo(s, people=500, seed=7, progress=lambda done, total: calls.append((done, total)))
    yield s, result, calls
    s.close()


def test_counts_advisors_and_progress(demo):
    services, result, calls = demo
    assert result.participants == 500 == len(_participants(services))
    assert calls[-1] == (500, 500)
    advisors = [u for u in services.accounts.list_users() if u.role is Role.ADVISOR]
    assert 6 <= result.advisors == len(advisors) <= 12
    assert {u.username for u in advisors} == {f"doradca{n}" for n in range(1, len(advisors) + 1)}
    used = Counter(p.advisor_id for p in _participants(services))
    assert len([a for a in used if a is not None]) == len(advisors)  # spread over all of them


def test_pesels_valid_unique_and_consistent(demo):
    people = _participants(services := demo[0])
    with_pesel = [p for p in people if p.pesel]
    assert len({p.pesel for p in with_pesel}) == len(with_pesel)
    for p in with_pesel:
        assert is_valid_pesel(p.pesel), p.pesel
        assert pesel_birth_date(p.pesel) == p.birth_date
        assert pesel_sex(p.pesel).value == p.sex
        assert p.citizenship == Citizenship.POLISH.value
    foreigners = [p for p in people if not p.pesel]
    assert 5 <= len(foreigners) <= 50  # about 5 %
    for p in foreigners:
        assert p.citizenship in {Citizenship.EU.value, Citizenship.NON_EU.value}
        assert p.birth_date is not None and p.sex in {Sex.FEMALE.value, Sex.MALE.value}
    assert services.participants.count(ParticipantQuery()) == 500


def test_pesel_helper_covers_every_century_and_sex():
    for born in (date(1899, 12, 31), date(1944, 5, 14), date(2002, 7, 8), date(2100, 1, 1)):
        for female in (True, False):
            for serial in (0, 1234, 4999):
                pesel = pesel_for(born, female, serial)
                assert is_valid_pesel(pesel)
                assert pesel_birth_date(pesel) == born
                assert pesel_sex(pesel) is (Sex.FEMALE if female else Sex.MALE)
    assert pesel_for(date(1944, 5, 14), False, 5 * 13 + 2) == "44051401359"


def test_every_row_has_a_uuid_and_derived_keys(demo):
    services = demo[0]
    for table in (Participant, ParticipantCategory, StageHistory):
        uuids = [r.uuid for r in _table(services, table)]
        assert uuids and all(len(u) == 36 for u in uuids)
        assert len(set(uuids)) == len(uuids)
    for p in _participants(services):
        assert p.search_key == search_key(p.last_name, p.first_name, p.pesel, p.town)
        assert p.name_key == name_sort_key(p.last_name, p.first_name)
    advisor_keys = {u.id: u.sort_key for u in _table(services, User)}
    people = _participants(services)
    assert {p.advisor_key for p in people} - {""}, "advisors' sort keys copied"
    assert all(p.advisor_key == advisor_keys.get(p.advisor_id, "") for p in people)


def test_search_finds_people_by_last_name_pesel_and_town(demo):
    services = demo[0]
    people = _participants(services)
    for p in people[::50]:
        rows = services.participants.list_page(ParticipantQuery(text=p.last_name), 0, 500)
        assert p.id in {r.id for r in rows}
        assert services.participants.count(ParticipantQuery(text=p.last_name)) >= 1
        if p.pesel:
            rows = services.participants.list_page(ParticipantQuery(text=p.pesel[:8]), 0, 500)
            assert p.id in {r.id for r in rows}
    town = Counter(p.town for p in people).most_common(1)[0]
    assert services.participants.count(ParticipantQuery(text=town[0])) >= town[1]


def test_records_pass_the_service_validation(demo):
    services = demo[0]
    for p in _participants(services)[::5]:
        record = services.participants.get(p.id)
        errors = [i for i in services.participants.validate(record.as_draft()) if i.severity is Severity.ERROR]
        assert errors == [], (record, errors)


def test_plausible_values(demo):
    services = demo[0]
    people = _participants(services)
    sources = set(services.dictionaries.recruitment_sources())
    for p in people:
        age = (FIXED_TODAY - p.birth_date).days / 365.25
        assert 18 <= age < 71
        assert date(2024, 1, 1) <= p.recruitment_date <= FIXED_TODAY
        assert p.recruitment_source in sources
        assert is_valid_postal_code(p.postal_code)
        assert p.town and p.gmina and p.powiat and p.voivodeship
        assert len(p.teryt) == 7 and p.teryt.isdigit()
        assert None not in (p.disability, p.minority, p.foreign_background, p.homeless)
    assert sum(bool(p.phone) for p in people) > 400
    assert sum(bool(p.email) for p in people) > 250
    assert len({p.town for p in people}) > 15
    stages = Counter(p.stage for p in people)
    early = stages["recruited"] + stages["diagnosed"] + stages["in_training"]
    assert early > stages["in_founding_group"] + stages["in_cooperative"] + stages["left"] > 0


def test_categories_and_stage_history(demo):
    services = demo[0]
    people = {p.id: p for p in _participants(services)}
    links = Counter(c.participant_id for c in _table(services, ParticipantCategory))
    assert set(links) == set(people) and set(links.values()) <= {1, 2, 3}
    proofs = _table(services, ParticipantCategory)
    assert all(c.proof_document and c.proof_date <= people[c.participant_id].recruitment_date for c in proofs)
    history: dict[int, list] = {}
    for h in _table(services, StageHistory):
        history.setdefault(h.participant_id, []).append(h)
    assert set(history) == set(people)
    for pid, changes in history.items():
        p = people[pid]
        assert changes[0].stage == Stage.RECRUITED.value and changes[0].changed_on == p.recruitment_date
        assert changes[-1].stage == p.stage
        assert [c.changed_on for c in changes] == sorted(c.changed_on for c in changes)
        order = [PATH_ORDER.index(Stage(c.stage)) for c in changes]
        assert order == sorted(order) and len(set(order)) == len(order)
        assert changes[-1].changed_on <= FIXED_TODAY
        assert all(c.changed_by_id == p.advisor_id for c in changes)


def _fingerprint(services) -> list[tuple]:
    skip = {"id", "uuid", "advisor_id", "created_at", "updated_at"}
    columns = [c.name for c in Participant.__table__.columns if c.name not in skip]
    return [tuple(getattr(p, c) for c in columns) for p in _participants(services)]


def _participations(services) -> list[tuple]:
    """The participations and their supports, but for ids and UUIDs (issue 8)."""
    skip = {"id", "uuid", "participation_id"}
    rows = []
    for table in (Participation, ParticipationSupport):
        columns = [c.name for c in table.__table__.columns if c.name not in skip]
        rows += [tuple(getattr(r, c) for c in columns) for r in _table(services, table)]
    return rows


def test_same_seed_gives_the_same_people(tmp_path, demo):
    again = open_services(tmp_path / "again", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
    try:
        generate_demo(again, people=500, seed=7)
        assert _fingerprint(again) == _fingerprint(demo[0])
        assert _participations(again) == _participations(demo[0]) != []
        other = open_services(tmp_path / "other", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
        generate_demo(other, people=50, seed=8)
        assert _fingerprint(other) != _fingerprint(again)[:50]
        other.close()
    finally:
        again.close()


def test_running_twice_adds_people_without_pesel_clashes(services):
    first = generate_demo(services, people=120, seed=1)
    second = generate_demo(services, people=130, seed=1)
    people = _participants(services)
    assert len(people) == first.participants + second.participants == 250
    pesels = [p.pesel for p in people if p.pesel]
    assert len(set(pesels)) == len(pesels)
    names = Counter((p.last_name, p.first_name, p.birth_date) for p in people)
    assert names.most_common(1)[0][1] == 1  # the second run made new people, not copies
    with services.db.read() as s:
        advisors = s.scalars(select(User.username).where(User.role == Role.ADVISOR.value)).all()
    assert len(advisors) == len(set(advisors)) == first.advisors == second.advisors


def test_zero_people_adds_nothing(services):
    assert generate_demo(services, people=0).participants == 0
    assert services.participants.count(ParticipantQuery()) == 0


def test_search_and_filter_counts_match_the_data(demo):
    """Counts (category: IN-subquery) and pages (EXISTS) agree with the data; digits are a PESEL prefix."""
    services = demo[0]
    people = _participants(services)
    pesel = next(p.pesel for p in people if p.pesel)
    for digits in (pesel[:2], pesel[:6], pesel, pesel[3:8]):
        expected = {p.id for p in people if p.pesel and p.pesel.startswith(digits)}
        query = ParticipantQuery(text=digits)
        assert services.participants.count(query) == len(expected)
        assert {r.id for r in services.participants.list_page(query, 0, 500)} == expected
    for text in ("kow", "ska", "tarn"):
        expected = {p.id for p in people if text in p.search_key}
        assert services.participants.count(ParticipantQuery(text=text)) == len(expected) > 0
    links = _table(services, ParticipantCategory)
    for category in services.dictionaries.categories()[:4]:
        expected = {c.participant_id for c in links if c.category_id == category.id}
        query = ParticipantQuery(category_id=category.id)
        assert services.participants.count(query) == len(expected)
        assert {r.id for r in services.participants.list_page(query, 0, 500)} == expected
        combined = ParticipantQuery(category_id=category.id, stage=Stage.RECRUITED)
        in_stage = {p.id for p in people if p.stage == Stage.RECRUITED.value} & expected
        assert services.participants.count(combined) == len(in_stage)


def test_an_advisor_searches_only_the_caseload(demo):
    services = demo[0]
    people = _participants(services)
    advisor = next(u for u in services.accounts.list_users() if u.role is Role.ADVISOR)
    actor = Actor(advisor.id, advisor.username, advisor.full_name, Role.ADVISOR)
    mine = [p for p in people if p.advisor_id == advisor.id]
    scoped = Services(services.db, Context(actor=actor, today=lambda: FIXED_TODAY))
    pesel = next(p.pesel for p in mine if p.pesel)
    for text in (pesel[:2], pesel[:7], "kow", mine[0].last_name):
        expected = {p.id for p in mine if all(t in p.search_key if not t.isdigit() else (p.pesel or "").startswith(t)
                                             for t in search_terms(text))}
        query = ParticipantQuery(text=text)
        assert scoped.participants.count(query) == len(expected), text
        assert {r.id for r in scoped.participants.list_page(query, 0, 1000)} == expected


def test_demo_is_all_or_nothing(tmp_path, monkeypatch):
    """Issue 6 point 7: a run that stops after some batches leaves no people, advisors or accounts."""
    import coopdesk.services.demo as demo_module
    from coopdesk.services.context import SYSTEM_ACTOR

    monkeypatch.setattr(demo_module, "BATCH", 10)
    s = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
    try:
        def stop_after_three_batches(done, _total):
            if done == 30:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            generate_demo(s, people=80, seed=3, progress=stop_after_three_batches, accounts=True)
        assert _participants(s) == [] and _table(s, User) == []
        result = generate_demo(s, people=80, seed=3, accounts=True)
        assert len(_participants(s)) == 80 == result.participants
        assert {name for name, _password, _role in result.accounts} == {
            "koordynator", "doradca", "trener", "specjalista"}
        assert not s.accounts.needs_first_coordinator()
    finally:
        s.close()
