from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coopdesk.domain.enums import Answer, Citizenship, Role, Sex, Stage
from coopdesk.domain.errors import NotFound, ValidationFailed
from coopdesk.domain.records import (
    CategoryAssignment,
    DuplicateCheck,
    ParticipantDraft,
    ParticipantQuery,
    SortKey,
)
from coopdesk.services.participants import DuplicateFound
from tests.conftest import add_user

JAN = ParticipantDraft(first_name="Jan", last_name="Łukasik", pesel="44051401359", town="Łódź")
ZOFIA = ParticipantDraft(first_name="Zofia", last_name="Żak", pesel="02270803624", town="Kraków")


def test_create_fills_identity_uuid_and_first_stage(services, advisor):
    cat = services.dictionaries.categories()[0]
    p = services.participants.create(
        replace(JAN, advisor_id=advisor.id,
                categories=(CategoryAssignment(cat.id, "PUP 1/2026", date(2026, 1, 5)),))
    )
    assert p.birth_date == date(1944, 5, 14) and p.sex is Sex.MALE
    assert len(p.uuid) == 36
    assert p.advisor_name == "Anna Nowak"
    assert [(h.stage, h.changed_on) for h in p.stage_history] == [(Stage.RECRUITED, date(2026, 11, 27))]
    assert p.categories[0].category_code == cat.code and p.categories[0].proof_document == "PUP 1/2026"


def test_invalid_draft_saves_nothing(services):
    with pytest.raises(ValidationFailed) as err:
        services.participants.create(replace(JAN, pesel="44051401358"))
    assert [i.field for i in err.value.issues] == ["pesel"]
    assert services.participants.count(ParticipantQuery()) == 0


def test_same_pesel_is_refused_even_when_confirmed(services):
    services.participants.create(JAN)
    with pytest.raises(DuplicateFound) as err:
        services.participants.create(replace(JAN, first_name="Janusz"), confirm_duplicates=True)
    assert err.value.check.same_pesel[0].last_name == "Łukasik"
    assert services.participants.count(ParticipantQuery()) == 1


def test_same_name_and_birth_date_needs_confirmation(services):
    services.participants.create(JAN)
    twin = ParticipantDraft(first_name="jan", last_name="ŁUKASIK", birth_date=date(1944, 5, 14),
                            sex=Sex.MALE, citizenship=Citizenship.NON_EU)
    with pytest.raises(DuplicateFound) as err:
        services.participants.create(twin)
    assert not err.value.check.same_pesel and len(err.value.check.same_name_birth) == 1
    services.participants.create(twin, confirm_duplicates=True)
    assert services.participants.count(ParticipantQuery()) == 2


def test_update_keeps_uuid_and_records_stage_changes(services):
    p = services.participants.create(JAN)
    changed = services.participants.update(
        p.id, replace(p.as_draft(), stage=Stage.DIAGNOSED, stage_date=date(2026, 11, 20),
                      disability=Answer.REFUSED)
    )
    assert changed.uuid == p.uuid
    assert changed.disability is Answer.REFUSED
    assert [(h.stage, h.changed_on) for h in changed.stage_history] == [
        (Stage.RECRUITED, date(2026, 11, 27)), (Stage.DIAGNOSED, date(2026, 11, 20))]
    same = services.participants.update(p.id, changed.as_draft())
    assert len(same.stage_history) == 2


def test_update_may_keep_own_pesel_and_categories_are_replaced(services):
    cats = services.dictionaries.categories()
    p = services.participants.create(replace(JAN, categories=(CategoryAssignment(cats[0].id),
                                                              CategoryAssignment(cats[1].id))))
    q = services.participants.update(p.id, replace(p.as_draft(), categories=(CategoryAssignment(cats[2].id),)))
    assert [c.category_id for c in q.categories] == [cats[2].id]


def test_get_missing(services):
    with pytest.raises(NotFound):
        services.participants.get(12345)


def test_search_filters_and_sorting(services):
    adv = add_user(services, "doradca2", "Bartosz Zieliński", Role.ADVISOR)
    cats = services.dictionaries.categories()
    services.participants.create(replace(JAN, advisor_id=adv.id,
                                         categories=(CategoryAssignment(cats[2].id),)))
    services.participants.create(replace(ZOFIA, stage=Stage.DIAGNOSED))
    services.participants.create(ParticipantDraft(first_name="Adam", last_name="Lis", birth_date=date(1990, 1, 1),
                                                  sex=Sex.MALE, citizenship=Citizenship.EU, town="Łomża"))
    names = lambda q: [r.last_name for r in services.participants.list_page(q)]  # noqa: E731
    assert names(ParticipantQuery()) == ["Lis", "Łukasik", "Żak"]  # Polish-friendly: Ł sorts with L
    assert names(ParticipantQuery(sort=SortKey.NAME, descending=True)) == ["Żak", "Łukasik", "Lis"]
    assert names(ParticipantQuery(text="lodz")) == ["Łukasik"]
    assert names(ParticipantQuery(text="Łom")) == ["Lis"]
    assert names(ParticipantQuery(text="0227")) == ["Żak"]
    assert names(ParticipantQuery(text="zofia zak")) == ["Żak"]
    assert names(ParticipantQuery(text="100%")) == []
    assert names(ParticipantQuery(stage=Stage.DIAGNOSED)) == ["Żak"]
    assert names(ParticipantQuery(advisor_id=adv.id)) == ["Łukasik"]
    assert names(ParticipantQuery(category_id=cats[2].id)) == ["Łukasik"]
    assert services.participants.count(ParticipantQuery()) == 3
    assert services.participants.count(ParticipantQuery(text="krak")) == 1


def test_same_name_with_another_birth_date_is_not_a_duplicate(services):
    services.participants.create(JAN)  # born 14.05.1944
    namesake = ParticipantDraft(first_name="Jan", last_name="Łukasik", birth_date=date(1944, 5, 15),
                                sex=Sex.MALE, citizenship=Citizenship.NON_EU)
    assert services.participants.check_duplicates(namesake) == DuplicateCheck()
    services.participants.create(namesake)  # no confirmation asked
    assert services.participants.count(ParticipantQuery(text="jan łukasik")) == 2


def test_an_update_to_someone_elses_pesel_is_refused(services):
    jan = services.participants.create(JAN)
    zofia = services.participants.create(ZOFIA)
    taken = replace(zofia.as_draft(), pesel=JAN.pesel, birth_date=None, sex=None)  # filled from the PESEL
    assert [r.id for r in services.participants.check_duplicates(taken, zofia.id).same_pesel] == [jan.id]
    with pytest.raises(DuplicateFound) as err:
        services.participants.update(zofia.id, taken, confirm_duplicates=True)
    assert [r.id for r in err.value.check.same_pesel] == [jan.id]  # the form shows it at the PESEL field
    assert err.value.check.blocking
    assert services.participants.get(zofia.id).pesel == ZOFIA.pesel


def test_an_update_to_someone_elses_name_and_birth_date_needs_confirmation(services):
    jan = services.participants.create(JAN)
    other = services.participants.create(ParticipantDraft(
        first_name="Adam", last_name="Lis", birth_date=date(1944, 5, 14), sex=Sex.MALE,
        citizenship=Citizenship.NON_EU))
    twin = replace(other.as_draft(), first_name="Jan", last_name="Łukasik")
    with pytest.raises(DuplicateFound) as err:
        services.participants.update(other.id, twin)
    assert [r.id for r in err.value.check.same_name_birth] == [jan.id] and not err.value.check.blocking
    assert services.participants.update(other.id, twin, confirm_duplicates=True).last_name == "Łukasik"
