"""Duplicates of an import: within the file and against the register (PESEL, close name + birth date, the
technical id), field-by-field changes, the user's decision per row, a new participation for a person who
comes back in another project, and what an advisor sees of someone outside their caseload (issue 9, point 2)."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.enums import Role
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.services.participant_import import Action, DecisionRefused
from tests.conftest import as_user
from tests.services.participant_import_helpers import (
    ANNA,
    JAN,
    PIOTR,
    count_people,
    journal,
    person_id,
    plan_of,
    xlsx,
)


@pytest.fixture
def coord(services):
    return as_user(services, "koordynator", Role.COORDINATOR)


def _registered(coord, tmp_path, *rows, name="first.xlsx", project_id=None):
    plan = plan_of(coord, xlsx(tmp_path / name, list(rows)), project_id=project_id)
    coord.participant_import.commit(plan)


def test_same_pesel_in_the_register_is_proposed_as_an_update_showing_each_change(coord, tmp_path):
    _registered(coord, tmp_path, JAN)
    moved = [*JAN[:5], "Sopot", "600999888", ""]
    plan = plan_of(coord, xlsx(tmp_path / "b.xlsx", [moved]))
    [match] = plan.duplicates
    assert (match.row, match.kind, match.existing_id, match.existing_label, match.proposed) == (
        2, "pesel", person_id(coord, JAN[2]), "Kowalski Jan", Action.UPDATE)
    assert [(c.field, c.label, c.old, c.new) for c in match.changes] == [
        ("phone", "Phone", "600100200", "600999888"), ("town", "Town", "Gdańsk", "Sopot")]
    assert plan.counts.duplicates == 1


def test_a_close_name_with_the_same_birth_date_is_a_duplicate(coord, tmp_path):
    _registered(coord, tmp_path, JAN)
    typo = ["Jan", "Kowalsky", "", "M", date(1980, 3, 5), "Gdańsk", "", ""]
    other_day = ["Jan", "Kowalski", "", "M", date(1980, 3, 6), "Gdańsk", "", ""]
    other_name = ["Jan", "Nowicki", "", "M", date(1980, 3, 5), "Gdańsk", "", ""]
    plan = plan_of(coord, xlsx(tmp_path / "b.xlsx", [typo, other_day, other_name]))
    assert [(d.row, d.kind, d.existing_id) for d in plan.duplicates] == [(2, "name_birth", person_id(coord, JAN[2]))]


def test_duplicates_within_the_file(coord, tmp_path):
    again = [*JAN[:5], "Sopot", "", ""]
    alike = ["Anna", "Nowakk", "92071400184", "K", date(1992, 7, 14), "Sopot", "", ""]
    plan = plan_of(coord, xlsx(tmp_path / "a.xlsx", [JAN, ANNA, again, alike]))
    assert [(d.row, d.kind, d.other_row, d.proposed) for d in plan.duplicates] == [
        (4, "in_file", 2, Action.SKIP), (5, "in_file", 3, Action.SKIP)]
    outcome = coord.participant_import.commit(plan)
    assert (outcome.created_people, outcome.skipped) == (2, 2)
    with pytest.raises(DecisionRefused) as caught:
        coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "b.xlsx", [PIOTR, PIOTR])),
                                        decisions={3: Action.CREATE})
    assert caught.value.params == {"row": "3", "other": "2"}


def test_the_technical_id_of_an_exported_row_updates_that_person(coord, tmp_path):
    _registered(coord, tmp_path, JAN)
    jan = coord.participants.get(person_id(coord, JAN[2]))
    headers = ["Techniczny identyfikator uczestnika", "Imię", "Nazwisko", "Telefon"]
    for uuid in (jan.uuid, jan.participations[0].uuid):
        plan = plan_of(coord, xlsx(tmp_path / "u.xlsx", [[uuid, "Jan", "Kowalski", "500500500"]], headers=headers))
        [match] = plan.duplicates
        assert (match.kind, match.existing_id, match.proposed) == ("uuid", jan.id, Action.UPDATE)
        assert [(c.field, c.new) for c in match.changes] == [("phone", "500500500")]


def test_decisions_create_update_skip(coord, tmp_path):
    _registered(coord, tmp_path, JAN, ANNA)
    changed = [*JAN[:6], "511222333", ""]
    typo = ["Anna", "Nowack", "92071400221", "K", date(1992, 7, 14), "Sopot", "", ""]
    plan = plan_of(coord, xlsx(tmp_path / "b.xlsx", [changed, typo, PIOTR]))
    assert {d.row: d.kind for d in plan.duplicates} == {2: "pesel", 3: "name_birth"}
    with pytest.raises(DecisionRefused):  # a second person with the same PESEL cannot be made
        coord.participant_import.commit(plan, decisions={2: Action.CREATE})
    outcome = coord.participant_import.commit(plan, decisions={2: Action.UPDATE, 3: Action.CREATE})
    assert (outcome.created_people, outcome.updated_people, outcome.skipped) == (2, 1, 0)
    assert coord.participants.get(person_id(coord, JAN[2])).phone == "511222333"
    assert count_people(coord) == 4
    plan = plan_of(coord, xlsx(tmp_path / "c.xlsx", [[*JAN[:6], "700700700", ""]]))
    outcome = coord.participant_import.commit(plan, decisions={2: Action.SKIP})
    assert (outcome.updated_people, outcome.skipped) == (0, 1)
    assert coord.participants.get(person_id(coord, JAN[2])).phone == "511222333"


def test_an_update_is_journaled_per_field(coord, tmp_path):
    _registered(coord, tmp_path, JAN)
    coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "b.xlsx", [[*JAN[:5], "Sopot", "", ""]])))
    updates = [(e.field, e.old_value, e.new_value) for e in journal(coord, person_id(coord, JAN[2]))
               if e.action == "update"]
    assert updates == [("town", "Gdańsk", "Sopot")]


def test_a_person_back_in_another_project_gets_a_new_participation_and_keeps_the_first(coord, tmp_path):
    first = coord.projects.create(ProjectDraft(code="P1", name="Pierwszy"))
    second = coord.projects.create(ProjectDraft(code="P2", name="Drugi"))
    _registered(coord, tmp_path, JAN, project_id=first.id)
    pid = person_id(coord, JAN[2])
    before = coord.participants.get(pid).participations
    journal_before = [tuple(e) for e in journal(coord, pid)]
    back = [*JAN[:7], "P2"]
    plan = plan_of(coord, xlsx(tmp_path / "b.xlsx", [back]))
    [match] = plan.duplicates
    assert match.new_participation and match.proposed is Action.UPDATE and match.changes == ()
    outcome = coord.participant_import.commit(plan)
    assert (outcome.created_people, outcome.created_participations, outcome.updated_people) == (0, 1, 0)
    after = coord.participants.get(pid).participations
    assert after[0] == before[0]  # the first participation's entry data untouched
    assert [p.project_id for p in after] == [first.id, second.id]
    entries = journal(coord, pid)
    assert [tuple(e) for e in entries[:len(journal_before)]] == journal_before
    assert {e.field for e in entries[len(journal_before):]} == {"participation", "import:b.xlsx"}
    # the same project again: nothing new
    plan = plan_of(coord, xlsx(tmp_path / "c.xlsx", [back]))
    assert not plan.duplicates[0].new_participation
    outcome = coord.participant_import.commit(plan)
    assert outcome.created_participations == 0
    assert len(coord.participants.get(pid).participations) == 2


def test_an_advisor_sees_only_that_a_duplicate_outside_the_caseload_exists(services, coord, tmp_path):
    _registered(coord, tmp_path, JAN)
    adv = as_user(services, "anowak", Role.ADVISOR)
    plan = plan_of(adv, xlsx(tmp_path / "b.xlsx", [[*JAN[:5], "Sopot", "", ""]]))
    [match] = plan.duplicates
    assert (match.kind, match.existing_label, match.changes, match.hidden, match.proposed) == (
        "pesel", "", (), True, Action.SKIP)
    with pytest.raises(DecisionRefused):
        adv.participant_import.commit(plan, decisions={2: Action.UPDATE})
    outcome = adv.participant_import.commit(plan)
    assert outcome.skipped == 1
    assert coord.participants.get(person_id(coord, JAN[2])).town == "Gdańsk"


def test_duplicates_against_a_large_register_use_few_queries(coord, tmp_path):
    """Index lookups in chunks: the number of statements does not grow with the rows (500 a chunk)."""
    from sqlalchemy import event

    rows = [[f"Imię{i}", f"Nazwisko{i}", "", "K", date(1990, 1, 1 + i % 28), "Gdańsk", "", ""] for i in range(1200)]
    path = xlsx(tmp_path / "many.xlsx", rows)
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(coord.db.engine, "before_cursor_execute", count)
    try:
        plan = plan_of(coord, path)
    finally:
        event.remove(coord.db.engine, "before_cursor_execute", count)
    assert plan.counts.rows == 1200
    assert len(statements) < 20
