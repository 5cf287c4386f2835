"""Recovery decided from file contents (issue 6 points 1, 3, 4, 5): crashes during encryption, files
of zeros or random bytes, leftover temporary copies, an empty schema-version table."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coopdesk.app import main
from coopdesk.domain.actor import SYSTEM_ACTOR
from coopdesk.domain.errors import DatabaseDamaged
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import Context
from coopdesk.services.startup_health import startup_check

SYS = Context(actor=SYSTEM_ACTOR)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- point 5: an empty alembic_version table ------------------------------------------------------
def _empty_version_table(data: Path) -> Path:
    s = open_services(data, SYS)
    s.backups.auto_backup("exit")
    s.close()
    path = database_path(data)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    return path


def test_empty_schema_version_is_damaged_at_start_with_the_backup_offered(tmp_path):
    data = tmp_path / "data"
    path = _empty_version_table(data)
    before = digest(path)
    health = startup_check(data)
    assert isinstance(health.problem, DatabaseDamaged)
    assert "no schema version" in health.problem.params["detail"]
    assert health.last_good is not None
    with pytest.raises(DatabaseDamaged):
        open_services(data, SYS)
    assert digest(path) == before


def test_empty_schema_version_is_refused_by_the_cli(tmp_path, capsys):
    data = tmp_path / "data"
    path = _empty_version_table(data)
    before = digest(path)
    assert main(["check", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err
    assert digest(path) == before


# --- point 1: a crash at each step of the encryption ----------------------------------------------
PASS = "correct horse battery"
PEOPLE = 40
KILLER = r'''
import os, signal, sys
from pathlib import Path
from coopdesk.db import encryption, sqlite_files
from coopdesk.domain.actor import SYSTEM_ACTOR
from coopdesk.services.app_services import open_services
from coopdesk.services.context import Context

data, step = Path(sys.argv[1]), sys.argv[2]


def die(*_a, **_k):
    os.kill(os.getpid(), signal.SIGKILL)


def then_die(fn):
    def wrapped(*a, **k):
        fn(*a, **k)
        die()
    return wrapped


def half_wipe(path):  # killed in the middle of overwriting a file with zeros
    path = Path(path)
    with path.open("r+b") as fh:
        fh.write(b"\0" * (path.stat().st_size // 2))
        fh.flush()
        os.fsync(fh.fileno())
    die()


if step == "export":  # the new copy half written
    sqlite_files.export_database = then_die(sqlite_files.export_database)
elif step == "link":
    os.link = then_die(os.link)
elif step == "no-link":  # a file system without hard links: a copy, then killed
    def no_link(*_a):
        raise OSError("no hard links here")
    os.link = no_link
    encryption.shutil.copyfile = then_die(encryption.shutil.copyfile)
elif step == "wipe":  # the first wipe (the WAL if any, else the old plain file), half done
    sqlite_files.wipe_file = half_wipe
elif step == "wipe-wal":  # a WAL file is still there (as when another process keeps it open): its wipe
    real_link = os.link

    def link_then_wal(src, dst, *a, **k):
        real_link(src, dst, *a, **k)
        Path(f"{src}-wal").write_bytes(b"")  # checkpointed: empty, like SQLite leaves it

    def wipe_wal_then_die(path):
        if not str(path).endswith("-wal"):
            raise SystemExit(f"the WAL was not wiped first: {path}")
        half_wipe(path)
    os.link = link_then_wal
    sqlite_files.wipe_file = wipe_wal_then_die
elif step in ("rename", "after-rename"):  # the rename of the new copy over the database only
    real_replace = os.replace

    def replace(src, dst, *a, **k):
        if Path(dst).name == "coopdesk.sqlite3":
            if step == "rename":
                die()
            real_replace(src, dst, *a, **k)
            die()
        return real_replace(src, dst, *a, **k)
    os.replace = replace
elif step != "strace":
    raise SystemExit("unknown step " + step)
s = open_services(data, Context(actor=SYSTEM_ACTOR))


s.encryption.encrypt(sys.argv[3] if len(sys.argv) > 3 else "correct horse battery")
raise SystemExit("not killed")
'''


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "data"
    assert main(["demo", "--data-dir", str(data), "--people", str(PEOPLE), "--seed", "6"]) == 0
    return data


def _copy_data(src: Path, dst: Path) -> Path:
    import shutil

    shutil.copytree(src, dst)
    return dst


def _kill_during_encryption(data: Path, step: str, tmp_path: Path, wrapper: list[str] = ()) -> None:
    import os
    import subprocess
    import sys

    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    proc = subprocess.run([*wrapper, sys.executable, str(script), str(data), step],
                          capture_output=True, text=True, env=env, timeout=120, cwd=root)
    assert proc.returncode in (-9, 128 + 9), proc.stderr[-2000:]  # strace dies like its tracee


def _all_rows_there(data: Path) -> None:
    """The next start: startup_check (which finishes or undoes the conversion), then every row."""
    from coopdesk.domain.errors import DatabaseEncrypted

    health = startup_check(data)
    if isinstance(health.problem, DatabaseEncrypted):
        health = startup_check(data, PASS)
    assert health.ok, health.problem
    key = PASS if isinstance(startup_check(data).problem, DatabaseEncrypted) else None
    s = open_services(data, SYS, key=key)
    try:
        from coopdesk.domain.records import ParticipantQuery

        assert s.participants.count(ParticipantQuery()) == PEOPLE
        if key is None:  # not encrypted: encrypting again works and leaves no plain copy behind
            s.encryption.encrypt(PASS)
            assert s.participants.count(ParticipantQuery()) == PEOPLE
    finally:
        s.close()
    path = database_path(data)
    for leftover in (".plain-old", ".encrypting"):
        assert not path.with_name(path.name + leftover).exists(), leftover
    assert not sqlite_files_has_header(path)


def sqlite_files_has_header(path: Path) -> bool:
    from coopdesk.db.sqlite_files import has_sqlite_header

    return has_sqlite_header(path)


@pytest.mark.parametrize("step", ["export", "link", "no-link", "wipe-wal", "rename", "after-rename", "wipe"])
def test_a_kill_at_each_step_of_the_encryption_loses_nothing(demo_data, tmp_path, step):
    data = _copy_data(demo_data, tmp_path / "data")
    _kill_during_encryption(data, step, tmp_path)
    _all_rows_there(data)


def test_a_kill_at_the_rename_syscall_loses_nothing(demo_data, tmp_path):
    """The issue's reproduction: strace kills the process at the rename of the encrypted copy."""
    import shutil
    import subprocess

    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    probe = subprocess.run([strace, "-f", "-o", "/dev/null", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("strace cannot trace here (no ptrace)")
    data = _copy_data(demo_data, tmp_path / "data")
    _kill_during_encryption(data, "strace", tmp_path,
                            [strace, "-f", "-o", "/dev/null", "-P", f"{database_path(data)}.encrypting",
                             "-e", "trace=rename,renameat,renameat2",
                             "-e", "inject=rename,renameat,renameat2:signal=KILL:when=1"])
    path = database_path(data)
    assert path.with_name(path.name + ".plain-old").exists()  # killed between link and rename
    _all_rows_there(data)


# --- point 3: zeros and random bytes are damaged, not "encrypted" ----------------------------------
def _encrypted_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    s = open_services(data, SYS)
    from coopdesk.domain.records import ParticipantDraft

    s.participants.create(ParticipantDraft(first_name="Jan", last_name="Kowalski", pesel="44051401359"))
    s.encryption.encrypt(PASS)
    s.backups.auto_backup("exit")
    s.close()
    return data


def test_zeros_and_random_bytes_are_damaged_and_the_backup_is_offered(tmp_path):
    import os

    from coopdesk.domain.errors import DatabaseEncrypted

    data = _encrypted_data(tmp_path)
    path = database_path(data)
    health = startup_check(data)
    assert isinstance(health.problem, DatabaseEncrypted) and health.encryption_confirmed
    size = path.stat().st_size
    for junk in (b"\0" * size, os.urandom(size), b"SQLite formal 3\0" + b"text " * (size // 5)):
        path.write_bytes(junk[:size])
        health = startup_check(data, PASS)
        assert isinstance(health.problem, DatabaseDamaged), junk[:20]
        assert health.last_good is not None and health.last_good.reason == "exit"
        with pytest.raises(DatabaseDamaged):
            open_services(data, SYS, key=PASS)
        assert path.read_bytes() == junk[:size]  # nothing changed


def test_an_encrypted_file_without_a_marker_still_asks_and_gets_its_marker(tmp_path):
    import os

    from coopdesk.db import sqlite_files
    from coopdesk.domain.errors import DatabaseEncrypted

    data = _encrypted_data(tmp_path)
    path = database_path(data)
    marker = sqlite_files.cipher_marker(path)
    marker.unlink()  # encrypted by an older version
    health = startup_check(data)
    assert isinstance(health.problem, DatabaseEncrypted) and not health.encryption_confirmed
    open_services(data, SYS, key=PASS).close()
    assert marker.read_text().strip() == path.read_bytes()[:16].hex()
    # random bytes with no marker cannot be told from SQLCipher: asked, not called damaged
    marker.unlink()
    path.write_bytes(os.urandom(8192))
    assert isinstance(startup_check(data).problem, DatabaseEncrypted)


@pytest.mark.parametrize("junk", ["zeros", "random", "random-unmarked"])
def test_cli_restore_replaces_a_file_of_zeros_or_random_bytes(tmp_path, junk, monkeypatch):
    import os

    from coopdesk.services.accounts import create_demo_accounts

    data = tmp_path / "data"
    s = open_services(data, SYS)
    create_demo_accounts(s)
    s.encryption.encrypt(PASS)
    good = s.backups.backup_to(tmp_path / "good.sqlite3").path
    s.close()
    path = database_path(data)
    size = path.stat().st_size
    path.write_bytes(b"\0" * size if junk == "zeros" else os.urandom(size))
    if junk == "random-unmarked":  # looks like an older version's encrypted file; no passphrase opens it
        path.with_name(path.name + ".cipher").unlink()
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASS)
    assert main(["restore", "--data-dir", str(data), str(good)]) == 0
    assert open_services(data, SYS, key=PASS).close() is None
    kept = list((data / "backups").glob("coopdesk-*-before-restore.sqlite3"))
    assert len(kept) == 1 and kept[0].stat().st_size == size  # the damaged bytes are kept


def test_cli_restore_over_an_encrypted_database_still_needs_its_passphrase(tmp_path, monkeypatch, capsys):
    from coopdesk.services.accounts import create_demo_accounts

    data = tmp_path / "data"
    s = open_services(data, SYS)
    create_demo_accounts(s)
    s.encryption.encrypt(PASS)
    good = s.backups.backup_to(tmp_path / "good.sqlite3", encrypt=False).path  # readable
    s.close()
    before = digest(database_path(data))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "not the passphrase")
    assert main(["restore", "--data-dir", str(data), str(good)]) != 0
    assert str(database_path(data)) in capsys.readouterr().err  # the message names the file (any language)
    assert digest(database_path(data)) == before


# --- point 4: temporary copies left by a killed restore or backup ----------------------------------
COPY_KILLER = r'''
import os, signal, sys
from pathlib import Path
from coopdesk.db import sqlite_files
from coopdesk.domain.actor import SYSTEM_ACTOR
from coopdesk.services.app_services import open_services
from coopdesk.services.context import Context

data, step, source = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
key = sys.argv[4] if len(sys.argv) > 4 else None


def die(*_a, **_k):
    os.kill(os.getpid(), signal.SIGKILL)


real_connect = sqlite_files.connect
copies = []


class Killing:  # a connection whose backup() is killed after two pages were written
    def __init__(self, conn):
        self._conn = conn

    def backup(self, target, **_k):
        self._conn.backup(target, pages=1, progress=lambda _s, _remaining, _total: copies.append(1)
                          or (len(copies) >= 2 and die()))

    def __getattr__(self, name):
        return getattr(self._conn, name)


if step == "restore-rename":  # the verified copy is complete, killed at the rename over the database
    real_replace = os.replace

    def replace(src, dst, *a, **k):
        if Path(dst).name == "coopdesk.sqlite3":
            die()
        return real_replace(src, dst, *a, **k)
    os.replace = replace
if step == "restore-damaged":  # the database is damaged: its bytes are kept by a plain file copy, killed half-way
    import shutil

    from coopdesk.services import backup as backup_mod

    def half_copy(src, dst, *a, **k):
        data_bytes = Path(src).read_bytes()
        Path(dst).write_bytes(data_bytes[: len(data_bytes) // 2])
        die()
    backup_mod.shutil.copyfile = half_copy
    backup_mod.restore_file(data / "coopdesk.sqlite3", source)
    raise SystemExit("not killed")
s = open_services(data, Context(actor=SYSTEM_ACTOR), key=key)
if step in ("restore-safety", "backup"):  # killed in the middle of writing a copy of the database
    calls = []

    def connect(path, *a, **k):
        conn = real_connect(path, *a, **k)
        if Path(path).name == "coopdesk.sqlite3":
            calls.append(path)
            if len(calls) == 1:  # the restore's first copy is of the backup file, not of the database
                return Killing(conn)
        return conn
    sqlite_files.connect = connect
if step == "backup":
    s.backups.backup_to(source)
else:
    s.backups.restore(source)
raise SystemExit("not killed")
'''


def _kill_during_copy(data: Path, step: str, source: Path, tmp_path: Path, key: str | None = None) -> None:
    import os
    import subprocess
    import sys

    script = tmp_path / "copy_killer.py"
    script.write_text(COPY_KILLER)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    proc = subprocess.run([sys.executable, str(script), str(data), step, str(source), *([key] if key else [])],
                          capture_output=True, text=True, env=env, timeout=120, cwd=root)
    assert proc.returncode == -9, proc.stderr[-2000:]


def _people(data: Path, key: str | None = None) -> int:
    from coopdesk.domain.records import ParticipantQuery

    s = open_services(data, SYS, key=key)
    try:
        return s.participants.count(ParticipantQuery())
    finally:
        s.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("step", ["restore-rename", "restore-safety"])
def test_a_killed_restore_leaves_no_copy_behind(demo_data, tmp_path, step, encrypted, monkeypatch):
    from coopdesk.db import sqlite_files
    from coopdesk.services.backup import STATE_DAMAGED, list_backups

    data = _copy_data(demo_data, tmp_path / "data")
    key = PASS if encrypted else None
    s = open_services(data, SYS)
    backup = s.backups.backup_to(tmp_path / "backup.sqlite3").path
    if encrypted:
        s.encryption.encrypt(PASS)
    s.close()
    _kill_during_copy(data, step, backup, tmp_path, key)
    path = database_path(data)
    leftovers = [p for p in data.rglob("*") if p.is_file() and (".restoring" in p.name or ".part" in p.name)]
    assert leftovers, sorted(p.name for p in data.rglob("*"))  # the kill left a temporary copy
    assert all(b.reason != "before-restore" or b.state != STATE_DAMAGED for b in list_backups(data))
    wiped = []
    real_wipe = sqlite_files.wipe_file
    monkeypatch.setattr(sqlite_files, "wipe_file", lambda p: (wiped.append(Path(p)), real_wipe(p)))
    health = startup_check(data, key)
    assert health.ok
    for p in leftovers:
        assert not p.exists()
    if encrypted:  # plain pages: overwritten with zeros, not just unlinked
        assert set(leftovers) <= set(wiped)
    assert _people(data, key) == PEOPLE and sqlite_files.has_sqlite_header(path) is not encrypted


def test_a_killed_backup_leaves_no_partial_copy_in_the_target_folder(demo_data, tmp_path):
    data = _copy_data(demo_data, tmp_path / "data")
    usb = tmp_path / "usb"
    usb.mkdir()
    _kill_during_copy(data, "backup", usb, tmp_path)
    left = sorted(p.name for p in usb.iterdir())
    assert left and all(".part" in name for name in left), left  # e.g. .part and .part-journal
    assert startup_check(data).ok
    assert list(usb.iterdir()) == []


def test_plain_copies_include_every_temporary_copy(tmp_path):
    from coopdesk.db.encryption import plain_copies

    data = tmp_path / "data"
    s = open_services(data, SYS)
    s.close()
    path = database_path(data)
    names = [path.with_name(path.name + ".restoring"), path.with_name(path.name + ".plain-old"),
             data / "backups" / "coopdesk-20260101-000000-manual.sqlite3.part",
             data / "backups" / "coopdesk-20260101-000000-manual.sqlite3.part-journal"]
    (data / "backups").mkdir(exist_ok=True)
    for p in names:
        p.write_bytes(path.read_bytes() if "journal" not in p.name else b"\xd9\xd5\x05\xf9" + b"x" * 600)
    found = plain_copies(data, path.name)
    assert set(names) <= set(found) and path not in found


def test_a_failed_migration_of_an_encrypted_database_leaves_it_encrypted_not_damaged(tmp_path, monkeypatch):
    """The migration's safety copy has its own salt; restoring it must not make the file 'damaged'."""
    import alembic.command

    from coopdesk.db import migrate as migrate_mod
    from coopdesk.db.engine import make_sqlite_engine
    from coopdesk.db.migrate import MigrationFailed, head_revision
    from coopdesk.domain.records import ParticipantDraft, ParticipantQuery

    data = tmp_path / "data"
    s = open_services(data, SYS)
    s.participants.create(ParticipantDraft(first_name="Jan", last_name="Kowalski", pesel="44051401359"))
    s.encryption.encrypt(PASS)
    s.close()
    path = database_path(data)

    def broken_upgrade(cfg, target):
        conn = cfg.attributes["connection"]
        conn.exec_driver_sql("DELETE FROM participants")
        conn.commit()
        raise RuntimeError("simulated failure in a migration step")

    monkeypatch.setattr(alembic.command, "upgrade", broken_upgrade)
    monkeypatch.setattr(migrate_mod, "head_revision", lambda: "0999")
    engine = make_sqlite_engine(path, PASS)
    with pytest.raises(MigrationFailed):
        migrate_mod.migrate(engine, head_revision(), path)
    engine.dispose()
    monkeypatch.undo()
    assert startup_check(data, PASS).ok
    again = open_services(data, SYS, key=PASS)
    assert again.participants.count(ParticipantQuery()) == 1
    again.close()


def test_a_restore_killed_while_keeping_the_damaged_file_lists_no_partial_copy(demo_data, tmp_path):
    import os

    from coopdesk.services.backup import list_backups

    data = _copy_data(demo_data, tmp_path / "data")
    s = open_services(data, SYS)
    backup = s.backups.backup_to(tmp_path / "backup.sqlite3").path
    s.close()
    path = database_path(data)
    path.write_bytes(os.urandom(path.stat().st_size))  # damaged (no marker: it looks encrypted)
    _kill_during_copy(data, "restore-damaged", backup, tmp_path)
    assert [b for b in list_backups(data) if b.reason == "before-restore"] == []  # nothing half-written listed
    health = startup_check(data)
    assert not [p for p in data.rglob("*") if ".part" in p.name or ".restoring" in p.name]
    assert health.problem is not None  # still the damaged file: the user is offered the backups again
