"""The audit journal written inside the unit of work (coopdesk/db/audit.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select

from coopdesk.db.audit import scrub_record
from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.db.tables import Setting, User
from coopdesk.db.tables_security import AuditEntry, CaseShare, Consent
from coopdesk.domain.enums import Answer, Role, Sex, Stage
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipantQuery
from tests.conftest import FIXED_TODAY, add_user

AUDIT = AuditEntry.__table__


def entries(services, **where):
    """Journal rows (attribute access by column name), oldest first."""
    with services.db.read() as s:
        stmt = select(AUDIT).order_by(AUDIT.c.id)
        for name, value in where.items():
            stmt = stmt.where(AUDIT.c[name] == value)
        return list(s.execute(stmt))


def draft(**kw) -> ParticipantDraft:
    base = dict(first_name="Anna", last_name="Kowalska", pesel="02270803624")
    base.update(kw)
    return ParticipantDraft(**base)


def test_create_is_journaled_with_who_when_and_the_new_values(coordinator):
    cats = coordinator.dictionaries.categories()
    before = datetime.now(UTC).replace(tzinfo=None)  # the journal keeps UTC
    p = coordinator.participants.create(
        draft(disability=Answer.YES, categories=(CategoryAssignment(cats[0].id, "Orzeczenie 1/2026"),))
    )
    rows = entries(coordinator, table_name="participants", record_id=p.id)
    assert [(e.action, e.field) for e in rows] == [
        ("create", ""), ("create", f"category:{cats[0].code}"), ("create", "participation"), ("create", "stage_history"),
    ]
    assert {e.username for e in rows} == {"koordynator"}
    assert {e.user_id for e in rows} == {coordinator.ctx.actor.user_id}
    assert {e.record_uuid for e in rows} == {p.uuid}
    after = datetime.now(UTC).replace(tzinfo=None)
    assert all(before <= e.at <= after for e in rows)
    created = json.loads(rows[0].new_value)
    assert created["first_name"] == "Anna" and created["birth_date"] == "2002-07-08"
    assert created["disability"] == "yes"
    assert "search_key" not in created and "name_key" not in created and "updated_at" not in created
    assert "email" not in created  # empty fields are left out
    assert json.loads(rows[1].new_value) == {"proof_document": "Orzeczenie 1/2026"}
    assert json.loads(rows[2].new_value) == {"participant_type": "individual", "degurba_manual": "false"}
    assert json.loads(rows[3].new_value) == {
        "stage": "recruited", "changed_on": FIXED_TODAY.isoformat(),
        "changed_by_id": str(coordinator.ctx.actor.user_id),
    }


def test_update_writes_one_entry_per_changed_field(coordinator):
    p = coordinator.participants.create(draft(town="Lublin"))
    first_id = entries(coordinator)[-1].id
    coordinator.participants.update(
        p.id, replace(p.as_draft(), town="Radom", recruitment_date=date(2026, 11, 2), stage=Stage.DIAGNOSED)
    )
    rows = [e for e in entries(coordinator, record_id=p.id) if e.id > first_id]
    changes = {e.field: (e.old_value, e.new_value) for e in rows if e.action == "update"}
    assert changes == {
        "town": ("Lublin", "Radom"),
        "recruitment_date": (None, "2026-11-02"),
        "stage": ("recruited", "diagnosed"),
    }
    assert [e.field for e in rows if e.action == "create"] == ["stage_history"]
    # saving the same values again writes nothing
    last = entries(coordinator)[-1].id
    coordinator.participants.update(p.id, coordinator.participants.get(p.id).as_draft())
    assert [e for e in entries(coordinator) if e.id > last and e.action != "read"] == []


def test_child_rows_are_journaled_under_the_participant(coordinator):
    cats = coordinator.dictionaries.categories()
    a, b = cats[0], cats[1]
    p = coordinator.participants.create(draft(categories=(CategoryAssignment(a.id, "doc A"),)))
    start = entries(coordinator)[-1].id
    coordinator.participants.update(
        p.id, replace(p.as_draft(), categories=(CategoryAssignment(a.id, "doc A2"), CategoryAssignment(b.id)))
    )
    coordinator.participants.update(p.id, replace(p.as_draft(), categories=(CategoryAssignment(b.id),)))
    other = add_user(coordinator, "anowak", "Anna Nowak", Role.ADVISOR)
    with coordinator.db.session(coordinator.ctx.actor) as s:
        s.add(Consent(participant_id=p.id, purpose="image", granted=True, given_on=date(2026, 11, 1)))
        s.add(CaseShare(participant_id=p.id, user_id=other.id))
    with coordinator.db.session(coordinator.ctx.actor) as s:
        s.scalars(select(Consent)).one().granted = False
    rows = [e for e in entries(coordinator, table_name="participants", record_id=p.id) if e.id > start]
    got = [(e.action, e.field, e.old_value, e.new_value) for e in rows]
    assert ("update", f"category:{a.code}.proof_document", "doc A", "doc A2") in got
    assert ("create", f"category:{b.code}", None, "{}") in got
    assert ("delete", f"category:{a.code}", '{"proof_document":"doc A2"}', None) in got
    assert ("create", "consent:image", None, '{"granted":"true","given_on":"2026-11-01"}') in got
    assert ("update", "consent:image.granted", "true", "false") in got
    assert any(f == "share:anowak" and act == "create" for act, f, _, _ in got)
    assert {e.record_uuid for e in rows} == {p.uuid}


def test_delete_is_journaled_with_the_old_values(coordinator):
    cats = coordinator.dictionaries.categories()
    p = coordinator.participants.create(draft(categories=(CategoryAssignment(cats[0].id, "doc"),)))
    with coordinator.db.session(coordinator.ctx.actor) as s:
        s.delete(s.get(ParticipantTable, p.id))
    deletes = [e for e in entries(coordinator, record_id=p.id) if e.action == "delete"]
    fields = {e.field for e in deletes}
    assert fields == {"", f"category:{cats[0].code}", "participation", "stage_history"}
    main = next(e for e in deletes if e.field == "")
    assert json.loads(main.old_value)["last_name"] == "Kowalska" and main.new_value is None
    assert {e.record_uuid for e in deletes} == {p.uuid}
    assert {e.username for e in deletes} == {"koordynator"}


def test_a_failed_unit_of_work_leaves_no_journal_rows(coordinator):
    before = len(entries(coordinator))
    with pytest.raises(RuntimeError), coordinator.db.session(coordinator.ctx.actor) as s:
        s.add(ParticipantTable(first_name="Jan", last_name="Nowak"))
        s.flush()  # the journal rows are written here...
        with s.no_autoflush:
            assert s.scalar(select(func.count()).select_from(AuditEntry)) == before + 1
        raise RuntimeError("the save fails after the flush")
    assert len(entries(coordinator)) == before  # ...and rolled back with the record
    with coordinator.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ParticipantTable)) == 0


def test_system_work_is_journaled_as_system(services):
    p = services.participants.create(draft())
    rows = entries(services, record_id=p.id)
    assert rows and {(e.user_id, e.username) for e in rows} == {(None, "system")}


def test_password_hash_is_never_written(services):
    with services.db.session() as s:
        s.add(User(username="ewa", full_name="Ewa", role="advisor", password_hash="$argon2id$SECRET-ONE"))
    with services.db.session() as s:
        s.scalars(select(User).where(User.username == "ewa")).one().password_hash = "$argon2id$SECRET-TWO"
    rows = entries(services, table_name="users")
    text = " ".join(f"{e.old_value} {e.new_value}" for e in rows)
    assert "SECRET" not in text
    assert json.loads(next(e for e in rows if e.action == "create").new_value)["password_hash"] == "set"
    change = next(e for e in rows if e.action == "update")
    assert (change.field, change.old_value, change.new_value) == ("password_hash", None, "changed")


def test_settings_are_journaled_by_key(services):
    with services.db.session() as s:
        s.add(Setting(key="idle_minutes", value="10"))
    with services.db.session() as s:
        s.get(Setting, "idle_minutes").value = "5"
    rows = entries(services, table_name="settings")
    assert [(e.action, e.field, e.old_value, e.new_value) for e in rows][-2:] == [
        ("create", "idle_minutes", None, "10"), ("update", "idle_minutes", "10", "5"),
    ]


def test_core_bulk_inserts_are_not_journaled(services):
    """Documented limit: Core bulk inserts (the demo generator) bypass the ORM unit of work."""
    before = len(entries(services))
    with services.db.session() as s:
        s.execute(insert(ParticipantTable), [{"first_name": "X", "last_name": "Y", "uuid": "u-1"}])
    assert len(entries(services)) == before


def test_reading_special_data_is_logged(coordinator):
    with_special = coordinator.participants.create(draft(disability=Answer.NO, notes="Hospital in May"))
    plain = coordinator.participants.create(ParticipantDraft(first_name="Jan", last_name="Nowak", pesel="44051401359"))
    assert entries(coordinator, action="read") == []  # saving returns the data without a "read"
    coordinator.participants.get(with_special.id)
    coordinator.participants.get(plain.id)
    reads = entries(coordinator, action="read")
    assert [(e.record_id, e.field, e.username) for e in reads] == [
        (with_special.id, "disability,notes", "koordynator"),
    ]
    assert reads[0].record_uuid == with_special.uuid and reads[0].old_value is None


def test_listing_is_not_logged_as_a_read(coordinator):
    for name in ("Jan", "Piotr", "Adam"):
        coordinator.participants.create(ParticipantDraft(
            first_name=name, last_name="Nowak", birth_date=date(1980, 1, 1), sex=Sex.MALE, disability=Answer.YES,
        ))
    assert len(coordinator.participants.list_page(ParticipantQuery())) == 3
    coordinator.participants.count(ParticipantQuery())
    assert entries(coordinator, action="read") == []


def test_scrub_record_blanks_values_but_keeps_the_entries(coordinator):
    p = coordinator.participants.create(draft(notes="private"))
    coordinator.participants.update(p.id, replace(p.as_draft(), town="Radom"))
    coordinator.participants.get(p.id)
    other = coordinator.participants.create(ParticipantDraft(first_name="Jan", last_name="Nowak", pesel="44051401359"))
    with coordinator.db.session(coordinator.ctx.actor) as s:
        s.delete(s.get(ParticipantTable, p.id))
        scrubbed = scrub_record(s, "participants", p.id)  # flushes first: the delete entry is scrubbed too
    rows = entries(coordinator, record_id=p.id, table_name="participants")
    assert scrubbed == len(rows) > 0
    assert {e.action for e in rows} >= {"create", "update", "read", "delete"}
    assert all(e.old_value is None and e.new_value is None for e in rows)
    assert any(e.new_value for e in entries(coordinator, record_id=other.id))  # others untouched
