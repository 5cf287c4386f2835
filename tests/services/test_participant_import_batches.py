"""Import batches and their undo; who may import and into whose caseload; saved mappings
(issue 9, points 1, 5 and 6)."""

from __future__ import annotations

import json

import pytest

from coopdesk.domain.enums import Role
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission
from coopdesk.domain.records import ParticipantQuery
from coopdesk.services.import_commit import AlreadyUndone, NotAnAdvisor, UndoRefused
from tests.conftest import add_user, as_user
from tests.services.participant_import_helpers import (
    ANNA,
    JAN,
    PIOTR,
    count_people,
    database_state,
    journal,
    person_id,
    plan_of,
    xlsx,
)


@pytest.fixture
def coord(services):
    return as_user(services, "koordynator", Role.COORDINATOR)


def test_each_import_is_a_batch_in_the_list(coord, tmp_path):
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "pierwszy.xlsx", [JAN, ANNA])))
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "drugi.xlsx", [[*JAN[:5], "Sopot", "", ""], PIOTR])))
    batches = coord.participant_import.batches()
    assert [(b.file_name, b.rows_total, b.created_people, b.updated_people, b.user_name) for b in batches] == [
        ("drugi.xlsx", 2, 1, 1, "Koordynator"), ("pierwszy.xlsx", 2, 2, 0, "Koordynator")]
    assert all(len(b.uuid) == 36 and b.undone_at is None for b in batches)


def test_undo_removes_the_created_and_restores_the_updated_in_one_journaled_step(coord, tmp_path):
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN])))
    before = {k: v for k, v in database_state(coord).items() if k not in ("audit_log", "import_batches",
                                                                         "import_batch_items")}
    jan = person_id(coord, JAN[2])
    outcome = coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "b.xlsx", [
        [*JAN[:5], "Sopot", "799799799", ""], ANNA, PIOTR])))
    assert count_people(coord) == 3
    coord.participant_import.undo(outcome.batch_id)
    after = {k: v for k, v in database_state(coord).items() if k not in ("audit_log", "import_batches",
                                                                        "import_batch_items")}
    assert after["participants"] == [r for r in after["participants"]]
    assert [r[:5] for r in after["participants"]] == [r[:5] for r in before["participants"]]
    person = coord.participants.get(jan)
    assert (person.town, person.phone) == ("Gdańsk", "600100200")
    assert coord.participants.list_page(ParticipantQuery(text="sopot")) == []  # the search key put back too
    assert after["participations"] == before["participations"]
    restored = [(e.field, e.old_value, e.new_value) for e in journal(coord, jan) if e.action == "update"][-2:]
    assert sorted(restored) == [("phone", "799799799", "600100200"), ("town", "Sopot", "Gdańsk")]
    deletes = [e for e in journal(coord) if e.action == "delete" and e.field == ""]
    assert len(deletes) == 2
    [batch] = [b for b in coord.participant_import.batches() if b.id == outcome.batch_id]
    assert batch.undone_at is not None and batch.undone_by == "Koordynator"
    with pytest.raises(AlreadyUndone):
        coord.participant_import.undo(outcome.batch_id)


def test_undo_is_refused_once_a_record_of_the_batch_was_changed(coord, tmp_path):
    from dataclasses import replace

    outcome = coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN, ANNA])))
    anna = coord.participants.get(person_id(coord, ANNA[2]))
    coord.participants.get(anna.id)  # reading is no change
    coord.participant_import.batches()
    coord.participants.update(anna.id, replace(anna.as_draft(), phone="501501501"))
    before = database_state(coord)
    with pytest.raises(UndoRefused) as caught:
        coord.participant_import.undo(outcome.batch_id)
    assert "changed after" in caught.value.render()
    assert database_state(coord) == before


def test_undo_is_refused_when_a_later_import_updated_a_person_of_the_batch(coord, tmp_path):
    first = coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN])))
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "b.xlsx", [[*JAN[:5], "Sopot", "", ""]])))
    with pytest.raises(UndoRefused):
        coord.participant_import.undo(first.batch_id)


@pytest.mark.parametrize("role", list(Role))
def test_who_may_import(services, tmp_path, role):
    path = xlsx(tmp_path / "a.xlsx", [JAN])
    user = as_user(services, f"user_{role.value}", role)
    may = role in (Role.COORDINATOR, Role.ADVISOR)
    assert (Permission.PARTICIPANTS_IMPORT in ROLE_PERMISSIONS[role]) is may
    if may:
        outcome = user.participant_import.commit(plan_of(user, path))
        assert outcome.created_people == 1
        return
    with pytest.raises(PermissionDenied):
        user.participant_import.read(path)
    coord = as_user(services, "koord2", Role.COORDINATOR)
    plan = plan_of(coord, path)
    for call in (lambda: user.participant_import.dry_run(None, "", plan.mapping),
                 lambda: user.participant_import.commit(plan), user.participant_import.batches,
                 user.participant_import.mappings, lambda: user.participant_import.undo(1)):
        with pytest.raises(PermissionDenied):
            call()
    assert count_people(services) == 0


def test_an_advisors_imports_go_into_their_own_caseload(services, coord, tmp_path):
    adv = as_user(services, "anowak", Role.ADVISOR)
    other = add_user(services, "bkowal", "Beata Kowal", Role.ADVISOR)
    plan = plan_of(adv, xlsx(tmp_path / "a.xlsx", [JAN]), advisor_id=other.id)  # not theirs to choose
    adv.participant_import.commit(plan)
    person = coord.participants.get(person_id(coord, JAN[2]))
    assert person.advisor_id == adv.ctx.actor.user_id
    assert [r.last_name for r in adv.participants.list_page(ParticipantQuery())] == ["Kowalski"]


def test_a_coordinator_chooses_an_advisor_or_none(services, coord, tmp_path):
    advisor = add_user(services, "anowak", "Anna Nowak", Role.ADVISOR)
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN]), advisor_id=advisor.id))
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "b.xlsx", [ANNA])))
    assert coord.participants.get(person_id(coord, JAN[2])).advisor_id == advisor.id
    assert coord.participants.get(person_id(coord, ANNA[2])).advisor_id is None
    from sqlalchemy import select

    from coopdesk.db.tables import Participant, User

    with coord.db.read(coord.ctx.actor) as s:  # the advisor order's key, as the form stores it
        key = s.execute(select(Participant.advisor_key).where(Participant.pesel == JAN[2])).scalar_one()
        wanted = s.execute(select(User.sort_key).where(User.id == advisor.id)).scalar_one()
    assert key and key == wanted
    trainer = add_user(services, "trener", "Tomasz Trener", Role.TRAINER)
    with pytest.raises(NotAnAdvisor):
        coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "c.xlsx", [PIOTR]), advisor_id=trainer.id))


def test_mappings_are_saved_by_name_and_override_the_proposal(coord, tmp_path):
    headers = ["Nr", "Imię uczestnika", "Nazwisko", "Tel. kontaktowy", "Uwagi dziwne"]
    path = xlsx(tmp_path / "a.xlsx", [[1, "Jan", "Kowalski", "600100200", "x"]], headers=headers)
    imp = coord.participant_import
    source = imp.read(path)
    proposal = imp.propose(source, "Rekrutacja")
    assert proposal.header_row == 0
    mapping = proposal.with_field(4, "phone").with_field(3, None)
    imp.save_mapping("PUP Gdańsk", mapping)
    imp.save_mapping("Inny partner", proposal)
    assert imp.mappings() == ["Inny partner", "PUP Gdańsk"]
    again = imp.propose(source, "Rekrutacja", mapping_name="PUP Gdańsk")
    assert {c.header: c.field for c in again.columns if c.field} == {
        c.header: c.field for c in mapping.columns if c.field}
    assert again.name == "PUP Gdańsk" and {c.how for c in again.columns} == {"saved"}
    imp.save_mapping("PUP Gdańsk", proposal)  # saved again: replaced
    assert imp.propose(source, "Rekrutacja", mapping_name="PUP Gdańsk").fields().keys() == proposal.fields().keys()
    stored = [e for e in journal(coord) if e.table_name == "import_mappings"]
    assert all("Kowalski" not in (e.new_value or "") for e in stored)
    assert json.loads(json.dumps(imp.mappings())) == ["Inny partner", "PUP Gdańsk"]
