"""Backups: consistent copies, generations, verification, restore that replaces nothing on failure."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import BackupInvalid, DatabaseDamaged, PermissionDenied
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.backup import BackupService, list_backups, verify_backup
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.startup_health import startup_check

TODAY = date(2026, 11, 27)


def pesel(i: int) -> str:
    base = f"80{(i // 28) % 12 + 1:02d}{i % 28 + 1:02d}{i % 10000:04d}"
    check = (10 - sum(int(d) * w for d, w in zip(base, (1, 3, 7, 9) * 3, strict=False)) % 10) % 10
    return base + str(check)


def letters(i: int) -> str:
    out = ""
    while True:
        out, i = chr(ord("a") + i % 26) + out, i // 26
        if not i:
            return "Osoba" + out


def add_people(services: Services, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        services.participants.create(ParticipantDraft(first_name=letters(i), last_name="Test", pesel=pesel(i)))


def count(services: Services) -> int:
    return services.participants.count(ParticipantQuery())


def as_role(services: Services, role: Role) -> BackupService:
    return BackupService(services.db, Context(actor=Actor(99, "x", "X", role), today=lambda: TODAY))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_to_folder_is_a_verified_consistent_copy(services, tmp_path):
    add_people(services, 3)
    usb = tmp_path / "usb"
    usb.mkdir()
    info = services.backups.backup_to(usb)
    assert info.path.parent == usb and info.path.name.startswith("coopdesk-") and not info.encrypted
    check = verify_backup(info.path)
    assert check.ok and check.participants == 3 and check.revision
    # a rollback-journal file: no -wal next to it, readable with plain sqlite3 read-only
    assert not Path(f"{info.path}-wal").exists()
    conn = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 3
    conn.close()


def test_backup_includes_changes_still_in_the_wal(services, tmp_path):
    add_people(services, 2)
    wal = Path(f"{services.db.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # committed but not checkpointed
    target = services.backups.backup_to(tmp_path / "copy.sqlite3").path
    assert verify_backup(target).participants == 2


def test_backup_needs_permission(services, tmp_path):
    with pytest.raises(PermissionDenied):
        as_role(services, Role.TRAINER).backup_to(tmp_path)
    services.backups.set_backup_passphrase(BACKUP_PASS)
    assert as_role(services, Role.ADVISOR).backup_to(tmp_path / "a.sqlite3").path.exists()


# --- issue 6 point 11: a manual backup by anyone but the coordinator is encrypted and journaled ----
BACKUP_PASS = "backup passphrase 11"


def backup_journal(services: Services) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from coopdesk.db.tables_security import AuditEntry

    with services.db.read(services.ctx.actor) as s:
        rows = s.execute(select(AuditEntry.username, AuditEntry.new_value)
                         .where(AuditEntry.table_name == "exports")).all()
    return [(r.username, r.new_value) for r in rows]


def test_an_advisor_without_a_backup_passphrase_is_refused_and_nothing_is_written(services, tmp_path):
    from coopdesk.services.backup import BackupPassphraseMissing

    add_people(services, 2)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(BackupPassphraseMissing) as err:
        as_role(services, Role.ADVISOR).backup_to(usb)
    assert "ask the coordinator to set a backup passphrase" in str(err.value)
    assert list(usb.iterdir()) == [] and backup_journal(services) == []


def test_an_advisors_backup_is_encrypted_with_the_backup_passphrase_and_journaled(services, tmp_path):
    from coopdesk.services.encryption import PassphraseTooShort

    add_people(services, 3)
    with pytest.raises(PermissionDenied):
        as_role(services, Role.ADVISOR).set_backup_passphrase(BACKUP_PASS)
    with pytest.raises(PassphraseTooShort):
        services.backups.set_backup_passphrase("short")
    services.backups.set_backup_passphrase(BACKUP_PASS)
    usb = tmp_path / "usb"
    usb.mkdir()
    advisor = as_role(services, Role.ADVISOR)
    with pytest.raises(PermissionDenied):
        advisor.backup_to(usb, encrypt=False)  # a readable copy is the coordinator's alone
    info = advisor.backup_to(usb)
    assert [p.name for p in usb.iterdir()] == [info.path.name]  # no .part left
    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Osoba" not in data
    assert info.encrypted and info.state == "encrypted"
    assert not verify_backup(info.path).ok and not verify_backup(info.path, "wrong passphrase").ok
    assert verify_backup(info.path, BACKUP_PASS).participants == 3
    journal = backup_journal(services)
    assert len(journal) == 1 and journal[0][0] == "x"  # the advisor's user name (as_role)
    assert '"kind":"backup:manual"' in journal[0][1] and str(info.path) in journal[0][1]
    assert '"count":3' in journal[0][1]
    # the coordinator restores it: the backup passphrase is known, the plain database stays plain
    add_people(services, 2, start=10)
    services.backups.restore(info.path)
    assert count(services) == 3 and not services.db.encrypted
    assert sqlite3.connect(services.db.path).execute("SELECT count(*) FROM participants").fetchone()[0] == 3


def test_the_coordinator_chooses_a_readable_or_an_encrypted_copy(services, tmp_path):
    coordinator = as_role(services, Role.COORDINATOR)
    add_people(services, 2)
    readable = coordinator.backup_to(tmp_path / "readable.sqlite3")
    assert readable.path.read_bytes().startswith(b"SQLite format 3") and verify_backup(readable.path).ok
    from coopdesk.services.backup import BackupPassphraseMissing

    with pytest.raises(BackupPassphraseMissing):
        coordinator.backup_to(tmp_path / "enc.sqlite3", encrypt=True)
    coordinator.set_backup_passphrase(BACKUP_PASS)
    enc = coordinator.backup_to(tmp_path / "enc.sqlite3", encrypt=True)
    assert verify_backup(enc.path, BACKUP_PASS).participants == 2 and not verify_backup(enc.path).ok
    assert len(backup_journal(services)) == 2


def test_auto_backup_keeps_n_generations(services):
    services.backups.set_generations(3)
    made = [services.backups.auto_backup("exit") for _ in range(5)]
    kept = services.backups.list_backups()
    assert [k.path for k in kept] == [m.path for m in reversed(made[-3:])]
    assert all(k.reason == "exit" for k in kept)
    assert services.backups.generations() == 3


def test_generations_default_and_permission(services):
    assert services.backups.generations() == 10
    with pytest.raises(PermissionDenied):
        as_role(services, Role.ADVISOR).set_generations(2)


def test_daily_backup_is_due_once_a_day(services):
    assert services.backups.daily_backup_due()
    services.backups.auto_backup("daily")
    assert not services.backups.daily_backup_due()
    tomorrow = BackupService(services.db, Context(actor=SYSTEM_ACTOR, today=lambda: date(2026, 11, 28)))
    assert tomorrow.daily_backup_due()


def test_auto_backup_needs_the_backup_permission_and_prunes_nothing_without_it(services):
    made = [services.backups.auto_backup("exit") for _ in range(services.backups.generations())]
    for role in (Role.TRAINER, Role.SPECIALIST):
        with pytest.raises(PermissionDenied):
            as_role(services, role).auto_backup("exit")
    assert [i.path for i in services.backups.list_backups()] == [i.path for i in reversed(made)]
    assert as_role(services, Role.ADVISOR).auto_backup("exit").path.exists()
    assert not made[0].path.exists()  # an allowed backup prunes the oldest as before


def test_verify_rejects_garbage_truncated_and_foreign_files(services, tmp_path):
    add_people(services, 5)
    good = services.backups.backup_to(tmp_path / "good.sqlite3").path
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    too_new = tmp_path / "new.sqlite3"
    too_new.write_bytes(good.read_bytes())
    conn = sqlite3.connect(too_new)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    assert verify_backup(good).ok
    for bad in (garbage, truncated, foreign, too_new, tmp_path / "missing.sqlite3"):
        check = verify_backup(bad)
        assert not check.ok and check.problems, bad


def test_restore_brings_back_the_copy_and_keeps_a_safety_copy(services, tmp_path):
    add_people(services, 2)
    backup = services.backups.backup_to(tmp_path / "b.sqlite3").path
    add_people(services, 3, start=100)
    assert count(services) == 5
    result = services.backups.restore(backup)
    assert count(services) == 2  # the same Services keep working on the restored file
    assert result.safety_copy and verify_backup(result.safety_copy).participants == 5
    add_people(services, 1, start=200)  # and can write
    assert count(services) == 3


def test_restore_refuses_a_bad_file_and_changes_nothing(services, tmp_path):
    add_people(services, 2)
    services.db.engine.dispose()
    db_path = Path(services.db.path)
    before = digest(db_path)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\0" * 8192)
    with pytest.raises(BackupInvalid):
        services.backups.restore(bad)
    assert digest(db_path) == before
    assert not list(db_path.parent.glob("*.restoring")) and not services.backups.list_backups()
    assert count(services) == 2


def test_restore_is_coordinator_only(services, tmp_path):
    backup = services.backups.backup_to(tmp_path / "b.sqlite3").path
    for role in (Role.ADVISOR, Role.TRAINER, Role.SPECIALIST):
        with pytest.raises(PermissionDenied):
            as_role(services, role).restore(backup)


def test_restore_of_an_older_revision_is_migrated(services):
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0001.sqlite3"
    services.backups.restore(fixture)
    from coopdesk.db.migrate import head_revision
    from coopdesk.services.integrity import check_database

    report = check_database(services.db)
    assert report.revision == head_revision() and report.ok, report.problems


def test_startup_check_offers_the_last_good_backup(tmp_path):
    data = tmp_path / "data"
    s = open_services(data, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    add_people(s, 4)
    older = s.backups.auto_backup("daily")
    newest = s.backups.auto_backup("exit")
    s.close()
    newest.path.write_bytes(b"broken" * 1000)  # the newest backup is bad too
    assert startup_check(data).ok
    db_path = data / "coopdesk.sqlite3"
    raw = bytearray(db_path.read_bytes())
    raw[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)  # smash the schema page and more
    db_path.write_bytes(bytes(raw))
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    health = startup_check(data)
    assert isinstance(health.problem, DatabaseDamaged)
    assert health.last_good is not None and health.last_good.path == older.path
    assert [b.path for b in health.backups] == [newest.path, older.path]
    assert len(list_backups(data)) == 2


def test_the_backup_passphrase_never_reaches_the_journal(services):
    from sqlalchemy import select

    from coopdesk.db.tables_security import AuditEntry

    services.backups.set_backup_passphrase(BACKUP_PASS)
    services.backups.set_backup_passphrase(BACKUP_PASS + "-2")
    with services.db.read(services.ctx.actor) as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
                         .where(AuditEntry.field == "backup.passphrase")).all()
    assert [(r.action, r.old_value, r.new_value) for r in rows] == [
        ("create", None, "set"), ("update", None, "changed")]
    with services.db.read(services.ctx.actor) as s:
        values = " ".join(f"{r.old_value} {r.new_value}" for r in s.execute(select(AuditEntry)).scalars())
    assert BACKUP_PASS not in values
