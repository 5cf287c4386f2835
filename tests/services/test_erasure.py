"""Erasure removes a person everywhere; the journal keeps who erased, without the person's data."""

from __future__ import annotations

from datetime import date

import pytest
from gdpr_people import add_stage_note, as_role, declared_rows, full_draft, project, second_draft
from sqlalchemy import text

from coopdesk.db.protection import declarations
from coopdesk.db.tables_security import CaseShare
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import NotFound, PermissionDenied
from coopdesk.domain.gdpr import ConsentPurpose as CP
from coopdesk.domain.gdpr import ConsentRecord
from coopdesk.domain.records import ParticipantQuery


def count(services, sql: str, **params) -> int:
    with services.db.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def journal_text(services) -> str:
    with services.db.engine.connect() as c:
        rows = c.execute(text("SELECT coalesce(old_value,''), coalesce(new_value,'') FROM audit_log")).all()
    return "\n".join(f"{a} {b}" for a, b in rows)


@pytest.fixture
def people(services):
    owes = project(services, end=date(2026, 6, 30), years=5)
    anna = as_role(services, Role.ADVISOR, "anna")
    zaz = services.participants.create(full_draft(services))
    zofia = services.participants.create(second_draft())
    services.consents.set(ConsentRecord(zaz.id, CP.IMAGE, True, date(2026, 2, 3), None, None, "zgoda Zażółć"))
    services.projects.assign_project([zaz.id, zofia.id], owes.id)
    with services.db.session(services.ctx.actor) as s:  # a case share (the accounts service's job in the app)
        s.add(CaseShare(participant_id=zaz.id, user_id=anna.ctx.actor.user_id))
    services.projects.anonymise([zofia.id])  # an anonymised record: the statistics that stay
    return zaz, zofia


def test_erasure_removes_the_person_and_everything_linked(services, people):
    zaz, zofia = people
    result = services.gdpr.erase_person(zaz.id)
    assert result.participant_uuid == zaz.uuid
    with pytest.raises(NotFound):
        services.participants.get(zaz.id)
    for table in ("participant_categories", "stage_history", "consents", "case_shares"):
        assert count(services, f"SELECT count(*) FROM {table} WHERE participant_id=:id", id=zaz.id) == 0, table
    assert services.participants.count(ParticipantQuery()) == 1  # the anonymised record stays
    assert services.participants.get(zofia.id).gmina == "Kraków"


def test_the_journal_keeps_the_erasure_but_no_values(services, people):
    zaz, _ = people
    assert "44051401359" in journal_text(services)
    result = services.gdpr.erase_person(zaz.id)
    remaining = journal_text(services)
    for value in ("Zażółć", "Gęślą", "44051401359", "600100200", "Świętokrzyska", "PUP nr 123/2026",
                  "Trudna sytuacja", "zgoda Zażółć"):
        assert value not in remaining, value
    assert result.journal_entries_scrubbed > 0
    deletes = count(services, "SELECT count(*) FROM audit_log WHERE action='delete' AND table_name='participants' "
                              "AND record_id=:id AND field=''", id=zaz.id)
    assert deletes == 1  # who erased the record, and when, is still provable


def test_erasure_leaves_no_value_of_a_declared_personal_column_in_the_journal(services, people):
    """Whatever table holds it: every value the person's rows had in a column their table declares as
    identifying (cleared or generalised by anonymisation) was journaled, and is gone after erasure."""
    zaz, _ = people
    add_stage_note(services, zaz.id, "Rozmowa w domu Zażółć")
    values = set()
    for table, rows in declared_rows(services, zaz.id).items():
        for row in rows:
            for column, rule in declarations()[table].cleared().items():
                value = row[column]
                text = value.isoformat() if hasattr(value, "isoformat") else str(value or "")
                if rule.journaled and len(text) >= 4:  # (a flat number "3" is in other entries too)
                    values.add(text)
    assert {"Zażółć", "44051401359", "Rozmowa w domu Zażółć", "zgoda Zażółć", "1944-05-14"} <= values
    journal = journal_text(services)
    assert [v for v in values if v not in journal] == []  # the journal held every one of them
    services.gdpr.erase_person(zaz.id)
    remaining = journal_text(services)
    assert [v for v in values if v in remaining] == []
    assert all(rows == [] for rows in declared_rows(services, zaz.id).values())


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER, Role.SPECIALIST])
def test_only_the_coordinator_erases(services, people, role):
    zaz, _ = people
    other = as_role(services, role, "someone")
    with pytest.raises(PermissionDenied):
        other.gdpr.erase_person(zaz.id)
    assert services.participants.get(zaz.id).first_name == "Zażółć"


def test_erasing_an_unknown_person_fails_cleanly(services, people):
    with pytest.raises(NotFound):
        services.gdpr.erase_person(9999)
    assert services.participants.count(ParticipantQuery()) == 2
