"""Full and read-only storage (issue 6 point 6) at the database layer, on real mounts: a save on a full
disk or to a read-only file raises StorageFull / StorageReadOnly naming the place, nothing is half
saved, and no database error shows the values of a row."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from gdpr_people import full_draft, pesel, second_draft
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from storage_mounts import fill, read_only, tmpfs

from coopdesk.db.tables import User
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import StorageFull, StorageReadOnly, storage_error
from coopdesk.domain.records import ParticipantQuery
from coopdesk.services.accounts import create_demo_accounts, demo_password
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from tests.conftest import FIXED_TODAY, add_user, as_user


def people(data) -> int:
    with sqlite3.connect(database_path(data)) as conn:
        return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


def test_a_save_on_a_full_disk_is_storage_full_and_nothing_is_half_saved(tmp_path):
    with tmpfs(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        services = open_services(data, Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
        try:
            boss = as_user(services, "koordynator", Role.COORDINATOR)
            boss.participants.create(full_draft(boss))
            filler = fill(disk)
            with pytest.raises(StorageFull) as failed:
                for n in range(50):  # the WAL has some free pages: keep saving until the disk says so
                    boss.participants.create(second_draft(pesel=pesel(date(2002, 7, 8), n, True),
                                                          notes="x" * 3000))
            message = failed.value.render()
            assert "disk is full" in message and str(database_path(data)) in message
            filler.unlink()
            saved = boss.participants.count(ParticipantQuery())
        finally:
            services.close()
        assert people(data) == saved >= 1
        with sqlite3.connect(database_path(data)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_sign_in_to_a_read_only_database_file_says_read_only(tmp_path):
    data = tmp_path / "data"
    services = open_services(data, Context(actor=SYSTEM_ACTOR))
    create_demo_accounts(services)
    services.close()
    db_file = database_path(data)
    before = db_file.read_bytes()
    with read_only(db_file):
        services = open_services(data, Context(actor=SYSTEM_ACTOR))
        try:
            with pytest.raises(StorageReadOnly) as failed:
                services.accounts.authenticate("koordynator", demo_password("koordynator"))
        finally:
            services.close()
        assert "is read-only" in failed.value.render() and str(db_file) in failed.value.render()
    assert db_file.read_bytes() == before


def test_database_errors_never_show_the_values_of_a_row(services):
    add_user(services, "ewa", "Ewa Kowalska-Sekretna", Role.ADVISOR)
    with pytest.raises(IntegrityError) as failed, services.db.engine.begin() as conn:
        conn.execute(insert(User), [{"username": "ewa", "full_name": "Ewa Kowalska-Sekretna", "role": "advisor"}])
    assert "Kowalska-Sekretna" not in str(failed.value)


@pytest.mark.parametrize("error, kind", [
    (OSError(28, "No space left on device", "/media/usb/x"), StorageFull),
    (OSError(30, "Read-only file system", "/media/usb/x"), StorageReadOnly),
    (sqlite3.OperationalError("database or disk is full"), StorageFull),
    (sqlite3.OperationalError("attempt to write a readonly database"), StorageReadOnly),
])
def test_storage_error_reads_the_kind_of_failure(error, kind):
    problem = storage_error(error, "/data/coopdesk.sqlite3")
    assert type(problem) is kind
    where = "/media/usb/x" if isinstance(error, OSError) else "/data/coopdesk.sqlite3"
    assert where in problem.render()
    assert storage_error(ValueError("database or disk is full?"), "/x") is not None  # text counts
    assert storage_error(sqlite3.IntegrityError("UNIQUE constraint failed"), "/x") is None
