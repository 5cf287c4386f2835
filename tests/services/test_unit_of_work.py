"""One unit of work across services: all-or-nothing writes, one consistent read, reads without writes."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.errors import ValidationFailed
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery

JAN = ParticipantDraft(first_name="Jan", last_name="Łukasik", pesel="44051401359", town="Łódź")
ZOFIA = ParticipantDraft(first_name="Zofia", last_name="Żak", pesel="02270803624", town="Kraków")


def _count(services) -> int:
    return services.participants.count(ParticipantQuery())


def _raw_count(services) -> int:
    """The count another program sees (a separate connection: only committed rows)."""
    conn = sqlite3.connect(services.db.path)
    try:
        return conn.execute("SELECT count(*) FROM participants").fetchone()[0]
    finally:
        conn.close()


def test_a_failure_in_the_second_step_leaves_nothing_of_the_first(services):
    with pytest.raises(ValidationFailed), services.unit_of_work():
        services.participants.create(JAN)
        assert _count(services) == 1  # the unit sees its own work...
        services.participants.create(replace(ZOFIA, pesel="02270803625"))  # ...then a step fails
    assert _count(services) == 0
    assert _raw_count(services) == 0


def test_nothing_is_committed_before_the_outermost_block_ends(services):
    with services.unit_of_work():
        services.participants.create(JAN)
        with services.unit_of_work():  # nested: joins the outer one
            services.participants.create(ZOFIA)
        assert _raw_count(services) == 0  # another connection sees nothing yet
    assert _raw_count(services) == 2


def test_restoring_a_value_is_all_or_nothing(services, monkeypatch):
    person = services.participants.create(JAN)
    services.participants.update(person.id, replace(person.as_draft(), town="Kraków"))
    entry = next(e for e in services.audit.history("participants", person.id) if e.field == "town")
    entries_before = _journal_count(services)

    import coopdesk.services.audit as audit_module

    def broken_clock():
        raise RuntimeError("the second step fails")

    monkeypatch.setattr(audit_module, "utcnow", broken_clock)  # the "restore" entry cannot be written
    with pytest.raises(RuntimeError):
        services.audit.restore_value(entry.id)
    assert services.participants.get(person.id).town == "Kraków"  # the update was rolled back too
    assert _journal_count(services) == entries_before


def _journal_count(services) -> int:
    with services.db.read(services.ctx.actor) as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_a_snapshot_reads_one_consistent_state(services):
    services.participants.create(JAN)
    with services.snapshot():
        first = _count(services)
        other = threading.Thread(target=services.participants.create, args=(ZOFIA,))  # another session
        other.start()  # commits a second person meanwhile
        other.join()
        assert _raw_count(services) == 2
        assert _count(services) == first == 1  # the snapshot still sees one
    assert _count(services) == 2


def test_a_snapshot_refuses_writes(services):
    with pytest.raises(RuntimeError, match="read-only"), services.snapshot():
        services.participants.create(JAN)
    assert _count(services) == 0


def test_opening_a_record_takes_no_write_lock(services):
    """Another program holds the write lock: opening a record (nothing special to journal) still works
    at once — the read is read-only; only a special-category read writes a short entry afterwards."""
    person = services.participants.create(JAN)
    services.db.engine.dispose()
    writer = sqlite3.connect(services.db.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        assert services.participants.get(person.id).first_name == "Jan"
        assert services.gdpr.report_data(person.id).person.uuid == person.uuid
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_work_for_another_user_cannot_join(services, coordinator):
    with pytest.raises(RuntimeError, match="another user"), services.unit_of_work():
        coordinator.participants.create(JAN)
    assert _count(services) == 0


def test_a_background_thread_has_its_own_session(services):
    """The unit of work belongs to its thread: a task running meanwhile commits on its own."""
    done = []

    def task():
        services.participants.create(ZOFIA)
        done.append(_raw_count(services))

    with pytest.raises(ValidationFailed), services.unit_of_work():
        worker = threading.Thread(target=task)
        worker.start()
        worker.join()
        services.participants.create(JAN)
        services.participants.create(replace(JAN, pesel="1"))
    assert done == [1]  # the thread's person was committed at once, independently
    assert [p.first_name for p in services.participants.list_page(ParticipantQuery())] == ["Zofia"]


def test_a_change_saved_while_a_value_is_restored_is_not_overwritten(services, monkeypatch):
    """restore_value reads the record and writes it back: another save in between must not be lost."""
    person = services.participants.create(JAN)
    services.participants.update(person.id, replace(person.as_draft(), town="Kraków"))
    entry = next(e for e in services.audit.history("participants", person.id) if e.field == "town")

    import coopdesk.services.audit as audit_module

    real_draft_value = audit_module.draft_value
    other_done = threading.Event()

    def someone_saves_meanwhile(field, old):
        def save_phone():
            fresh = services.participants.get(person.id)
            services.participants.update(person.id, replace(fresh.as_draft(), phone="600700800"))
            other_done.set()

        threading.Thread(target=save_phone, daemon=True).start()
        other_done.wait(0.5)  # with the write lock held the other save waits for the restore
        return real_draft_value(field, old)

    monkeypatch.setattr(audit_module, "draft_value", someone_saves_meanwhile)
    services.audit.restore_value(entry.id)
    assert other_done.wait(6)
    after = services.participants.get(person.id)
    assert after.town == "Łódź"  # the restored value
    assert after.phone == "600700800"  # and the change saved meanwhile
