"""Polish sort order, stable-id search and the "incomplete" filter, through ParticipantService (issue 7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coopdesk.db.tables import User
from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    Degurba,
    ExitSituation,
    Isced,
    LabourStatus,
    Role,
    Sex,
    Stage,
    SupportForm,
)
from coopdesk.domain.records import (
    ParticipantDraft,
    ParticipantQuery,
    ParticipationDraft,
    SortKey,
    SupportEntry,
)
from tests.conftest import add_user, as_user

TOWNS = ["Dąbrowa", "Dobczyce", "Kęty", "Kraków", "Lipnica", "Łapanów", "Maków", "Żabno"]
BASE = ParticipantDraft(first_name="Anna", last_name="Nowak", citizenship=Citizenship.NON_EU,
                        birth_date=date(1980, 1, 2), sex=Sex.FEMALE)
# a participation SM EFS can report: status, education, gmina with DEGURBA, a support (the start date)
READY = ParticipationDraft(education=Isced.ISCED2, labour_status=LabourStatus.INACTIVE, gmina="Kraków",
                           degurba=Degurba.CITIES, supports=(SupportEntry(SupportForm.ADVICE, date(2026, 1, 5)),))


def _taking_part(draft: ParticipantDraft, **changes) -> ParticipantDraft:
    return replace(draft, participations=(replace(READY, **changes),))


def _people(services, drafts) -> list[int]:
    return [services.participants.create(d, confirm_duplicates=True).id for d in drafts]


def _all(services, query: ParticipantQuery) -> list:
    return services.participants.list_page(query, 0, 1000)


@pytest.mark.parametrize("descending", [False, True])
def test_towns_sort_in_polish_order_ignoring_case(services, descending):
    shuffled = ["Żabno", "maków", "Kraków", "ŁAPANÓW", "Dobczyce", "Kęty", "lipnica", "Dąbrowa"]
    _people(services, [replace(BASE, town=t) for t in shuffled])
    rows = _all(services, ParticipantQuery(sort=SortKey.TOWN, descending=descending))
    expected = [t.lower() for t in (reversed(TOWNS) if descending else TOWNS)]
    assert [r.town.lower() for r in rows] == expected


def test_a_deep_window_and_the_position_follow_the_polish_order(services):
    ids = _people(services, [replace(BASE, town=t) for t in reversed(TOWNS)])
    query = ParticipantQuery(sort=SortKey.TOWN)
    assert [r.town for r in services.participants.list_window(query, 5, 10)] == TOWNS[5:]
    lapanow = ids[list(reversed(TOWNS)).index("Łapanów")]
    assert services.participants.position(query, lapanow) == TOWNS.index("Łapanów")


def test_last_and_first_names_sort_in_polish_order(services):
    names = [("Żak", "Ewa"), ("Łapa", "Jan"), ("Lis", "Ola"), ("Kęsik", "Adam"), ("Kowal", "Ąnna"),
             ("Kowal", "Anna"), ("Dąb", "Zenon"), ("Dobosz", "Ala"), ("Ćwik", "Ida"), ("Cyran", "Iga")]
    _people(services, [replace(BASE, last_name=last, first_name=first) for last, first in names])
    rows = _all(services, ParticipantQuery(sort=SortKey.NAME))
    assert [(r.last_name, r.first_name) for r in rows] == [
        ("Cyran", "Iga"), ("Ćwik", "Ida"), ("Dąb", "Zenon"), ("Dobosz", "Ala"), ("Kęsik", "Adam"),
        ("Kowal", "Anna"), ("Kowal", "Ąnna"), ("Lis", "Ola"), ("Łapa", "Jan"), ("Żak", "Ewa"),
    ]


def test_stage_sorts_in_pathway_order_not_alphabetically(services):
    stages = [Stage.LEFT, Stage.IN_COOPERATIVE, Stage.DIAGNOSED, Stage.RECRUITED, Stage.IN_TRAINING,
              Stage.IN_FOUNDING_GROUP]
    _people(services, [replace(BASE, stage=s, last_name="Nowak" + "abcdefgh"[i]) for i, s in enumerate(stages)])
    rows = _all(services, ParticipantQuery(sort=SortKey.STAGE))
    assert [r.stage for r in rows] == list(Stage)
    rows = _all(services, ParticipantQuery(sort=SortKey.STAGE, descending=True))
    assert [r.stage for r in rows] == list(reversed(Stage))


def test_a_changed_stage_moves_the_person_in_stage_order(services):
    first, second = _people(services, [replace(BASE, last_name="A"), replace(BASE, last_name="B")])
    person = services.participants.get(first)
    services.participants.update(first, replace(person.as_draft(), stage=Stage.LEFT))
    rows = _all(services, ParticipantQuery(sort=SortKey.STAGE))
    assert [r.id for r in rows] == [second, first]


def test_advisors_sort_in_polish_order(services):
    advisors = ["Żaneta Wilk", "Łucja Bąk", "Lena Kos", "Ćma Ewa", "Celina Ryś"]
    users = [add_user(services, f"u{i}", name, Role.ADVISOR) for i, name in enumerate(advisors)]
    _people(services, [replace(BASE, advisor_id=u.id, last_name="N" + "abcdefgh"[i]) for i, u in enumerate(users)])
    rows = _all(services, ParticipantQuery(sort=SortKey.ADVISOR))
    assert [r.advisor_name for r in rows] == ["Celina Ryś", "Ćma Ewa", "Lena Kos", "Łucja Bąk", "Żaneta Wilk"]


def test_the_full_stable_id_or_its_first_eight_characters_find_the_person(services):
    ids = _people(services, [replace(BASE, last_name="Nowak" + "abcdefgh"[i]) for i in range(5)])
    wanted = services.participants.get(ids[3])
    for text in (wanted.uuid, wanted.uuid.upper(), wanted.uuid[:8], f"  {wanted.uuid[:13]} "):
        rows = _all(services, ParticipantQuery(text=text))
        assert [r.id for r in rows] == [wanted.id], text
        assert services.participants.count(ParticipantQuery(text=text)) == 1


def test_a_stable_id_outside_the_caseload_finds_nobody(services):
    me = as_user(services, "doradca", Role.ADVISOR)
    mine, other = _people(services, [replace(BASE, advisor_id=me.ctx.actor.user_id, last_name="Mój"),
                                     replace(BASE, last_name="Obcy")])
    uuid_other = services.participants.get(other).uuid
    uuid_mine = services.participants.get(mine).uuid
    for text in (uuid_other, uuid_other[:8]):
        assert me.participants.count(ParticipantQuery(text=text)) == 0
        assert _all(me, ParticipantQuery(text=text)) == []
    assert [r.id for r in _all(me, ParticipantQuery(text=uuid_mine[:8]))] == [mine]
    assert me.participants.count(ParticipantQuery(text=uuid_mine)) == 1


def test_incomplete_lists_people_whose_participation_lacks_what_sm_efs_requires(services):
    complete, no_education, no_status, neither, no_support, left_unsaid, left = _people(services, [
        _taking_part(BASE),
        replace(_taking_part(BASE, education=None), last_name="Bez wykształcenia"),
        replace(_taking_part(BASE, labour_status=None), last_name="Bez statusu"),
        replace(_taking_part(BASE, education=None, labour_status=None), last_name="Bez obu"),
        replace(_taking_part(BASE, supports=()), last_name="Bez wsparcia"),
        replace(_taking_part(BASE, exit_date=date(2026, 2, 1)), last_name="Bez sytuacji"),
        replace(_taking_part(BASE, exit_date=date(2026, 2, 1), exit_situation=ExitSituation.EMPLOYED,
                             completed_path=Answer.YES), last_name="Zakończona"),
    ])
    query = ParticipantQuery(incomplete=True)
    assert {r.id for r in _all(services, query)} == {no_education, no_status, neither, no_support, left_unsaid}
    assert services.participants.count(query) == 5
    assert services.participants.count(ParticipantQuery()) == 7
    assert left not in {r.id for r in _all(services, query)}
    assert [r.id for r in _all(services, ParticipantQuery(incomplete=True, text="statusu"))] == [no_status]
    assert complete not in {r.id for r in services.participants.list_window(query, 1, 10)}


def test_a_new_advisor_or_a_renamed_one_moves_the_person_in_advisor_order(services):
    zofia = add_user(services, "zofia", "Zofia Zając", Role.ADVISOR)
    adam = add_user(services, "adam", "Adam Nowak", Role.ADVISOR)
    first, second = _people(services, [replace(BASE, advisor_id=zofia.id, last_name="A"),
                                       replace(BASE, advisor_id=adam.id, last_name="B")])
    query = ParticipantQuery(sort=SortKey.ADVISOR)
    assert [r.id for r in _all(services, query)] == [second, first]
    person = services.participants.get(second)
    services.participants.update(second, replace(person.as_draft(), advisor_id=zofia.id))
    assert [r.id for r in _all(services, query)] == [first, second]  # both Zofia's: by name
    services.participants.update(second, replace(person.as_draft(), advisor_id=adam.id))
    with services.db.session(services.ctx.actor) as s:  # no screen renames an account yet
        s.get(User, adam.id).full_name = "Żaneta Nowak"
    assert [r.id for r in _all(services, query)] == [first, second]
    assert [r.advisor_name for r in _all(services, query)] == ["Zofia Zając", "Żaneta Nowak"]
    assert services.participants.position(query, second) == 1
    assert [r.id for r in services.participants.list_window(query, 1, 5)] == [second]
