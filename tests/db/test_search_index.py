"""The trigram search index (migration 0007): always in step with the search keys, used by the count,
the same answers as a plain substring search, also in an encrypted database."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, select, text

from coopdesk.db.repositories import participants as participants_repo
from coopdesk.db.tables import SEARCH_INDEX, Participant, User
from coopdesk.domain.collation import polish_key
from coopdesk.domain.enums import Citizenship, Role, Sex
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery
from coopdesk.domain.search import search_terms
from coopdesk.services.app_services import open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.demo import pesel_for
from tests.conftest import add_user

LAST = ["Kowalska", "Łukasik", "Żak", "Nowak", "Wiśniewski", "Kowal", "Dąbrowska", "Ślęzak", "Óleś", "Kaczmarek"]
FIRST = ["Anna", "Jan", "Zofia", "Łucja", "Ewa", "Józef", "Ślawa", "Kinga"]
TOWNS = ["Łódź", "Kraków", "Tarnów", "Żabno", "Dąbrowa Tarnowska", "Kęty", "Nowy Sącz", ""]
QUERIES = ["kow", "kowal", "kowalska anna", "ska", "an", "a", "łódź", "lodz", "tarnow", "dąb tarn", "zak",
           "oles", "nowy s", "zzz", "%", "_", 'ko"w', "'", "ab*", "kow OR nowak", "NEAR", "ann -", "44", "4405"]


def _draft(rng: random.Random, serial: int) -> ParticipantDraft:
    female = rng.random() < 0.5
    born = date(1944 + rng.randint(0, 50), rng.randint(1, 12), rng.randint(1, 28))
    polish = rng.random() < 0.8
    return ParticipantDraft(
        first_name=rng.choice(FIRST), last_name=rng.choice(LAST), town=rng.choice(TOWNS),
        pesel=pesel_for(born, female, serial) if polish else "",
        citizenship=Citizenship.POLISH if polish else Citizenship.NON_EU,
        birth_date=None if polish else born, sex=None if polish else (Sex.FEMALE if female else Sex.MALE),
    )


def _expected(services, query: str) -> set[int]:
    with services.db.read() as s:
        rows = s.execute(select(Participant.id, Participant.search_key, Participant.pesel)).all()
    terms = search_terms(query)
    return {pid for pid, key, pesel in rows
            if all((pesel or "").startswith(t) if t.isdigit() else t in key for t in terms)}


def _check_all(services) -> None:
    for query in QUERIES:
        wanted = _expected(services, query)
        found = {r.id for r in services.participants.list_page(ParticipantQuery(text=query), 0, 1000)}
        assert found == wanted, query
        assert services.participants.count(ParticipantQuery(text=query)) == len(wanted), query
    with services.db.read() as s:  # FTS5's own check: the index matches the table's search keys
        s.execute(text(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)"))


def test_the_head_schema_has_the_search_index_and_its_triggers(services):
    with services.db.read() as s:
        objects = dict(s.execute(text("SELECT name, type FROM sqlite_master")).all())
    assert objects[SEARCH_INDEX] == "table"
    for trigger in ("participants_search_insert", "participants_search_update", "participants_search_delete"):
        assert objects.get(trigger) == "trigger", trigger


# words by id from the index up to SPARSE hits, else LIKE; None: no index (PostgreSQL's path, LIKE only)
@pytest.mark.parametrize("sparse", [0, 8, 3000, None])
def test_index_answers_equal_a_plain_substring_search_after_inserts_updates_and_erasure(services, monkeypatch, sparse):
    if sparse is None:
        monkeypatch.setattr(participants_repo, "_indexed", lambda _session: False)
    else:
        monkeypatch.setattr(participants_repo, "SPARSE", sparse)
    rng = random.Random(2026)
    ids = [services.participants.create(_draft(rng, n), confirm_duplicates=True).id for n in range(60)]
    _check_all(services)
    for pid in rng.sample(ids, 15):  # renamed, moved
        person = services.participants.get(pid)
        draft = replace(person.as_draft(), last_name=rng.choice(LAST), town=rng.choice(TOWNS))
        services.participants.update(pid, draft, confirm_duplicates=True)
    for pid in rng.sample(ids, 10):
        services.gdpr.erase_person(pid)
    _check_all(services)


def test_the_count_of_a_word_reads_the_index_not_every_search_key(services):
    services.participants.create(ParticipantDraft(first_name="Jan", last_name="Kowalski", pesel="44051401359"))
    seen: list[str] = []

    def capture(_conn, _cursor, statement, _params, _context, _many):
        seen.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", capture)
    try:
        assert services.participants.count(ParticipantQuery(text="owals")) == 1
    finally:
        event.remove(services.db.engine, "before_cursor_execute", capture)
    count_sql = next(s for s in seen if "count(" in s.lower())
    assert SEARCH_INDEX in count_sql and "LIKE" not in count_sql.upper()


def test_an_encrypted_database_searches_through_the_index(tmp_path):
    services = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR))
    services.participants.create(ParticipantDraft(first_name="Jan", last_name="Łukasik", pesel="44051401359"))
    services.encryption.encrypt("Zażółć gęślą jaźń 42")
    assert services.db.encrypted
    services.participants.create(ParticipantDraft(first_name="Zofia", last_name="Żak", pesel="02270803624"))
    assert [r.last_name for r in services.participants.list_page(ParticipantQuery(text="ukasik"), 0, 10)] == [
        "Łukasik"
    ]
    assert services.participants.count(ParticipantQuery(text="zofia")) == 1
    with services.db.read() as s:
        s.execute(text(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)"))
    services.close()


def test_a_users_sort_key_follows_the_full_name(services):
    created = add_user(services, "anowak", "Anna Nowak", Role.ADVISOR)
    with services.db.session(SYSTEM_ACTOR) as s:
        user = s.get(User, created.id)
        assert user.sort_key == polish_key("Anna Nowak")
        user.full_name = "Łucja Żak"
    with services.db.read() as s:
        assert s.get(User, created.id).sort_key == polish_key("Łucja Żak") == "l~ucja z~~ak"
