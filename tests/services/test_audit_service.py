"""AuditService: a record's history (order, paging, permissions) and "restore this value"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.domain.audit import AuditAction, NotRestorable
from coopdesk.domain.enums import Answer, Role, Sex, Stage
from coopdesk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from coopdesk.domain.records import ParticipantDraft
from tests.conftest import FIXED_TODAY, add_user, as_user


def person(**kw) -> ParticipantDraft:
    base = dict(first_name="Anna", last_name="Kowalska", pesel="02270803624")
    base.update(kw)
    return ParticipantDraft(**base)


def changes(history):
    return [(r.action, r.field, r.old, r.new) for r in history if r.action is AuditAction.UPDATE]


def test_history_is_newest_first_and_pages_by_id(coordinator):
    p = coordinator.participants.create(person(town="A"))
    for town in ("B", "C", "D", "E"):
        p = coordinator.participants.update(p.id, replace(p.as_draft(), town=town))
    full = coordinator.audit.history("participants", p.id)
    ids = [r.id for r in full]
    assert ids == sorted(ids, reverse=True)
    assert changes(full)[:2] == [
        (AuditAction.UPDATE, "town", "D", "E"), (AuditAction.UPDATE, "town", "C", "D"),
    ]
    assert full[-1].action is AuditAction.CREATE and full[-1].values("new")["town"] == "A"
    assert {r.username for r in full} == {"koordynator"}
    first = coordinator.audit.history("participants", p.id, limit=2)
    second = coordinator.audit.history("participants", p.id, limit=2, before_id=first[-1].id)
    rest = coordinator.audit.history("participants", p.id, limit=100, before_id=second[-1].id)
    assert [r.id for r in first + second + rest] == ids
    assert coordinator.audit.history("participants", p.id, before_id=ids[-1]) == []


def test_history_only_holds_that_record(coordinator):
    a = coordinator.participants.create(person())
    b = coordinator.participants.create(
        ParticipantDraft(first_name="Jan", last_name="Nowak", pesel="44051401359")
    )
    coordinator.participants.update(b.id, replace(b.as_draft(), town="Radom"))
    assert {r.record_id for r in coordinator.audit.history("participants", a.id)} == {a.id}


def test_opening_a_history_counts_as_reading_special_data_once(coordinator):
    p = coordinator.participants.create(person(disability=Answer.YES))
    first = coordinator.audit.history("participants", p.id, limit=1)
    assert first[0].action is AuditAction.READ and first[0].field == "disability"
    coordinator.audit.history("participants", p.id, before_id=first[0].id)  # a further page: no new read
    reads = [r for r in coordinator.audit.history("participants", p.id) if r.action is AuditAction.READ]
    assert len(reads) == 2  # the two first pages
    without = coordinator.audit.history("participants", p.id, include_reads=False)
    assert without and all(r.action is not AuditAction.READ for r in without)


def test_restore_puts_the_old_value_back_and_is_journaled(coordinator):
    p = coordinator.participants.create(person(town="Lublin", recruitment_date=date(2026, 10, 1)))
    p = coordinator.participants.update(
        p.id, replace(p.as_draft(), town="Radom", recruitment_date=date(2026, 11, 2))
    )
    entry = next(r for r in coordinator.audit.history("participants", p.id) if r.field == "town")
    assert entry.restorable
    restored = coordinator.audit.restore_value(entry.id)
    assert restored.town == "Lublin"
    assert coordinator.participants.get(p.id).town == "Lublin"
    assert coordinator.participants.get(p.id).recruitment_date == date(2026, 11, 2)  # other fields kept
    history = coordinator.audit.history("participants", p.id, include_reads=False)
    assert history[0].action is AuditAction.RESTORE and history[0].field == "town"
    assert (history[1].action, history[1].field, history[1].old, history[1].new) == (
        AuditAction.UPDATE, "town", "Radom", "Lublin",
    )
    # a date and an enum come back as their types
    date_entry = next(r for r in history if r.field == "recruitment_date" and r.action is AuditAction.UPDATE)
    assert coordinator.audit.restore_value(date_entry.id).recruitment_date == date(2026, 10, 1)


def test_restore_of_a_stage_records_a_stage_change_today(coordinator):
    p = coordinator.participants.create(person())
    p = coordinator.participants.update(
        p.id, replace(p.as_draft(), stage=Stage.DIAGNOSED, stage_date=date(2026, 11, 1))
    )
    entry = next(r for r in coordinator.audit.history("participants", p.id) if r.field == "stage")
    restored = coordinator.audit.restore_value(entry.id)
    assert restored.stage is Stage.RECRUITED
    assert restored.stage_history[-1].stage is Stage.RECRUITED
    assert restored.stage_history[-1].changed_on == FIXED_TODAY


def test_restoring_a_value_that_no_longer_validates_is_refused_clearly(coordinator):
    p = coordinator.participants.create(person())
    with coordinator.db.session(coordinator.ctx.actor) as s:  # a value saved before a rule existed
        s.get(ParticipantTable, p.id).postal_code = "20 400"
    coordinator.participants.update(p.id, replace(coordinator.participants.get(p.id).as_draft(),
                                                  postal_code="20-400"))
    entry = next(r for r in coordinator.audit.history("participants", p.id)
                 if r.field == "postal_code" and r.new == "20-400")
    with pytest.raises(ValidationFailed) as err:
        coordinator.audit.restore_value(entry.id)
    assert [i.field for i in err.value.issues] == ["postal_code"]
    assert coordinator.participants.get(p.id).postal_code == "20-400"  # nothing changed


def test_only_changes_of_fields_can_be_restored(coordinator):
    p = coordinator.participants.create(person())
    created = coordinator.audit.history("participants", p.id)[-1]
    assert created.action is AuditAction.CREATE and not created.restorable
    with pytest.raises(NotRestorable):
        coordinator.audit.restore_value(created.id)
    with pytest.raises(NotFound):
        coordinator.audit.restore_value(10**9)


@pytest.fixture
def advisor_case(services, coordinator):
    advisor = as_user(services, "doradca", Role.ADVISOR)
    own = advisor.participants.create(person(town="Lublin"))
    own = advisor.participants.update(own.id, replace(own.as_draft(), town="Radom"))
    other = coordinator.participants.create(
        ParticipantDraft(first_name="Jan", last_name="Nowak", pesel="44051401359")
    )
    return advisor, own, other


def test_advisor_sees_and_restores_only_their_caseload(advisor_case):
    advisor, own, other = advisor_case
    entry = next(r for r in advisor.audit.history("participants", own.id) if r.field == "town")
    assert advisor.audit.restore_value(entry.id).town == "Lublin"
    with pytest.raises(PermissionDenied):
        advisor.audit.history("participants", other.id)
    with pytest.raises(PermissionDenied):
        advisor.audit.history("users", advisor.ctx.actor.user_id)  # accounts: coordinators only


def test_trainer_cannot_read_a_history_nor_restore(services, advisor_case):
    advisor, own, _ = advisor_case
    trainer = as_user(services, "trener", Role.TRAINER)
    entry = next(r for r in advisor.audit.history("participants", own.id) if r.field == "town")
    with pytest.raises(PermissionDenied):
        trainer.audit.history("participants", own.id)
    with pytest.raises(PermissionDenied):
        trainer.audit.restore_value(entry.id)
    assert not trainer.audit.can_restore
    assert advisor.participants.get(own.id).town == "Radom"


def test_advisor_cannot_restore_into_another_caseload(services, coordinator, advisor_case):
    advisor, _, other = advisor_case
    other = coordinator.participants.update(other.id, replace(other.as_draft(), town="Kielce"))
    entry = next(r for r in coordinator.audit.history("participants", other.id) if r.field == "town")
    with pytest.raises(PermissionDenied):
        advisor.audit.restore_value(entry.id)


def test_coordinator_sees_a_deleted_persons_history(coordinator):
    p = coordinator.participants.create(person())
    with coordinator.db.session(coordinator.ctx.actor) as s:
        s.delete(s.scalars(select(ParticipantTable).where(ParticipantTable.id == p.id)).one())
    history = coordinator.audit.history("participants", p.id)
    assert history[0].action is AuditAction.DELETE and history[0].values("old")["last_name"] == "Kowalska"


def test_users_history_for_the_coordinator(coordinator):
    user = add_user(coordinator, "ewa", "Ewa Lis", Role.TRAINER)
    history = coordinator.audit.history("users", user.id)
    assert history[0].action is AuditAction.CREATE and history[0].values("new")["full_name"] == "Ewa Lis"
    assert history[0].values("new").get("role") == "trainer"
    assert not history[0].restorable


def test_sex_field_restores_as_enum(coordinator):
    p = coordinator.participants.create(
        ParticipantDraft(first_name="Jan", last_name="Nowak", birth_date=date(1980, 1, 1), sex=Sex.MALE)
    )
    coordinator.participants.update(p.id, replace(p.as_draft(), sex=Sex.FEMALE))
    entry = next(r for r in coordinator.audit.history("participants", p.id) if r.field == "sex")
    assert coordinator.audit.restore_value(entry.id).sex is Sex.MALE
