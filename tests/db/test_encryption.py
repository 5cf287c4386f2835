"""Encryption at rest: the file does not open without the key, opens with it, and the data survived."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from coopdesk.db import sqlite_files
from coopdesk.db.encryption import finish_interrupted, plain_copies
from coopdesk.db.engine import preflight_sqlite
from coopdesk.db.migrate import head_revision, known_revisions
from coopdesk.db.open import open_sqlite
from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import DatabaseDamaged, DatabaseEncrypted, PermissionDenied, WrongPassphrase
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery
from coopdesk.services.app_services import open_services
from coopdesk.services.backup import verify_backup
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.encryption import EncryptionService, PassphraseTooShort

PASS = "Zażółć gęślą jaźń 'x\" 42"  # quotes and Polish letters on purpose
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
JAN = ParticipantDraft(first_name="Jan", last_name="Łukasik", pesel="44051401359", town="Łódź")
ZOFIA = ParticipantDraft(first_name="Zofia", last_name="Żak", pesel="02270803624", town="Kraków")


def plain_open_fails(path: Path) -> str:
    with pytest.raises(sqlite3.DatabaseError) as err:
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    return str(err.value)


def test_encrypt_in_place_keeps_data_and_locks_out_plain_sqlite(tmp_path):
    data = tmp_path / "data"
    s = open_services(data, Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    s.participants.create(ZOFIA)
    path = Path(s.db.path)
    result = s.encryption.encrypt(PASS)
    assert s.db.encrypted and s.encryption.encrypted
    # the same Services keep working on the encrypted file
    assert s.participants.count(ParticipantQuery()) == 2
    assert s.participants.list_page(ParticipantQuery(), 0, 10)[0].last_name in {"Łukasik", "Żak"}
    s.close()
    assert result.path == path
    head = path.read_bytes()[:16]
    assert head != sqlite_files.SQLITE_MAGIC
    assert "file is not a database" in plain_open_fails(path)
    assert b"ukasik" not in path.read_bytes()  # no plain text anywhere in the file
    for leftover in (".plain-old", ".encrypting"):
        assert not path.with_name(path.name + leftover).exists()
    with pytest.raises(DatabaseEncrypted):
        open_services(data, Context(actor=SYSTEM_ACTOR))
    with pytest.raises(WrongPassphrase):
        open_services(data, Context(actor=SYSTEM_ACTOR), key="wrong passphrase")
    again = open_services(data, Context(actor=SYSTEM_ACTOR), key=PASS)
    assert again.db.encrypted and again.participants.count(ParticipantQuery()) == 2
    again.close()


def test_new_database_can_be_created_encrypted_and_migrated(tmp_path):
    path = tmp_path / "enc.sqlite3"
    db = open_sqlite(path, key=PASS)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    assert not sqlite_files.has_sqlite_header(path)
    assert preflight_sqlite(path, set(known_revisions()), key=PASS) == head_revision()


def test_encrypted_old_revision_is_migrated_with_a_key_aware_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    sqlite_files.export_database(FIXTURES / "rev_0001.sqlite3", path, None, PASS)
    assert preflight_sqlite(path, set(known_revisions()), key=PASS) == "0001"
    db = open_sqlite(path, key=PASS)
    db.dispose()
    backups = list(tmp_path.glob("old.sqlite3.before-*"))
    assert len(backups) == 1 and not sqlite_files.has_sqlite_header(backups[0])  # backup encrypted too
    assert verify_backup(backups[0], PASS).revision == "0001"
    assert preflight_sqlite(path, set(known_revisions()), key=PASS) == head_revision()


def test_backups_of_an_encrypted_database_are_encrypted(tmp_path):
    s = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    s.encryption.encrypt(PASS)
    info = s.backups.backup_to(tmp_path / "usb.sqlite3")
    auto = s.backups.auto_backup("exit")
    for p in (info.path, auto.path):
        assert not sqlite_files.has_sqlite_header(p)
        assert "file is not a database" in plain_open_fails(p)
        assert not verify_backup(p).ok
        assert verify_backup(p, PASS).participants == 1
    assert auto.encrypted and s.backups.verify_backup(auto.path).ok  # the service uses the open key
    s.participants.create(ZOFIA)
    s.backups.restore(info.path)
    assert s.participants.count(ParticipantQuery()) == 1 and s.db.encrypted
    s.close()


def test_restoring_a_plain_backup_into_an_encrypted_database_keeps_it_encrypted(tmp_path):
    s = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    plain = s.backups.backup_to(tmp_path / "plain.sqlite3").path
    s.encryption.encrypt(PASS)
    s.backups.restore(plain)
    s.close()
    assert not sqlite_files.has_sqlite_header(tmp_path / "data" / "coopdesk.sqlite3")
    again = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR), key=PASS)
    assert again.participants.count(ParticipantQuery()) == 1
    again.close()


def test_old_plain_copies_are_reported_and_wiped_on_request(tmp_path):
    s = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    old = s.backups.auto_backup("exit").path
    result = s.encryption.encrypt(PASS)
    assert result.plain_copies == (old,)
    new = s.backups.auto_backup("exit").path
    assert s.encryption.plain_copies() == [old] and new not in s.encryption.plain_copies()
    assert s.encryption.wipe_plain_copies([old, new]) == [old]
    assert not old.exists() and new.exists()
    s.close()


def test_change_passphrase(tmp_path):
    s = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    s.encryption.encrypt(PASS)
    s.encryption.change_passphrase(PASS, "another passphrase")
    s.close()
    with pytest.raises(WrongPassphrase):
        open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR), key=PASS)
    again = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR), key="another passphrase")
    assert again.participants.count(ParticipantQuery()) == 1
    again.close()


def test_encryption_is_coordinator_only_and_needs_a_real_passphrase(services):
    for role in (Role.ADVISOR, Role.TRAINER, Role.SPECIALIST):
        svc = EncryptionService(services.db, Context(actor=Actor(9, "x", "X", role)))
        with pytest.raises(PermissionDenied):
            svc.encrypt(PASS)
        with pytest.raises(PermissionDenied):
            svc.wipe_plain_copies([])
    with pytest.raises(PassphraseTooShort):
        services.encryption.encrypt("short")
    assert not services.db.encrypted


def test_garbage_in_whole_pages_is_taken_for_encrypted_but_then_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(bytes(range(256)) * 32)  # 8 KiB of non-SQLite bytes
    with pytest.raises(DatabaseEncrypted):
        open_sqlite(path)
    with pytest.raises(WrongPassphrase):
        open_sqlite(path, key=PASS)
    path.write_bytes(b"x" * 1000)  # not whole pages: damaged, not encrypted
    with pytest.raises(DatabaseDamaged):
        open_sqlite(path)


def test_interrupted_conversion_leftovers_are_cleaned(tmp_path):
    s = open_services(tmp_path / "data", Context(actor=SYSTEM_ACTOR))
    s.encryption.encrypt(PASS)
    s.close()
    path = tmp_path / "data" / "coopdesk.sqlite3"
    leftover = path.with_name(path.name + ".plain-old")
    sqlite_files.copy_database(FIXTURES / "rev_0001.sqlite3", leftover)
    finish_interrupted(path)
    assert not leftover.exists()
    assert plain_copies(path.parent, path.name) == []
