"""File-level SQLite operations, plain or SQLCipher-encrypted: connect, copy, verify, wipe.

One rule: a plain file is only ever opened with the stdlib ``sqlite3`` and an encrypted one only with
``sqlcipher3`` (two SQLite libraries on one file in one process can break each other's POSIX locks).
``sqlcipher_export`` (plain <-> encrypted, key change) is the one exception and runs with the
application's engine disposed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_PAGE = 512


def sql_literal(text: str) -> str:
    """A single-quoted SQL string literal (for PRAGMA key / ATTACH ... KEY, which take no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def has_sqlite_header(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """No SQLite header, but whole pages of bytes: probably SQLCipher (could also be damage)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= MIN_PAGE and size % MIN_PAGE == 0 and not has_sqlite_header(path)


def _cipher_module():
    import sqlcipher3

    return sqlcipher3


def connect(path: Path, key: str | None = None, *, readonly: bool = False, timeout: float = 5.0):
    """A DB-API connection; with ``key`` through SQLCipher (the key is applied before any read)."""
    target = f"file:{Path(path)}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, timeout=timeout)
    cipher = _cipher_module()
    conn = cipher.connect(target, uri=readonly, timeout=timeout)
    with contextlib.suppress(Exception):  # keep SQLCipher's "hmac check failed" off stderr
        conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {sql_literal(key)}")
    return conn


def database_errors(key: str | None) -> tuple[type[Exception], ...]:
    if key is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, _cipher_module().Error)


def copy_database(src: Path, dst: Path, key: str | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and with open writers).

    An encrypted source gives an encrypted copy with the same key. The copy is left in rollback-journal
    mode, so it opens read-only anywhere (a USB stick) without -wal/-shm files.
    """
    dst = Path(dst)
    dst.unlink(missing_ok=True)
    source = connect(src, key)
    try:
        target = connect(dst, key)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            target.commit()
        finally:
            target.close()
    finally:
        source.close()
    _fsync(dst)
    return dst


def export_database(src: Path, dst: Path, src_key: str | None, dst_key: str | None) -> Path:
    """Copy ``src`` into a new file with another key (or none) through ``sqlcipher_export``."""
    dst = Path(dst)
    dst.unlink(missing_ok=True)
    conn = _cipher_module().connect(str(src), isolation_level=None)
    try:
        with contextlib.suppress(Exception):
            conn.execute("PRAGMA cipher_log_level = NONE")
        if src_key is not None:
            conn.execute(f"PRAGMA key = {sql_literal(src_key)}")
        conn.execute(f"ATTACH DATABASE {sql_literal(str(dst))} AS target KEY {sql_literal(dst_key or '')}")
        conn.execute("SELECT sqlcipher_export('target')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    _fsync(dst)
    return dst


def table_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@dataclass
class FileCheck:
    """What a read-only look at a database file found."""

    path: Path
    encrypted: bool = False
    revision: str | None = None
    participants: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect_file(path: Path, key: str | None, known_revisions: set[str], full: bool = True) -> FileCheck:
    """Open read-only and check header, integrity, schema revision and the participants table."""
    path = Path(path)
    check = FileCheck(path)
    if not path.is_file() or path.stat().st_size == 0:
        check.problems.append("file missing or empty")
        return check
    plain = has_sqlite_header(path)
    check.encrypted = not plain
    if not plain and key is None:
        check.problems.append("encrypted or not a database: a passphrase is needed" if looks_encrypted(path)
                              else "not a SQLite database")
        return check
    try:
        conn = connect(path, None if plain else key, readonly=True)
    except database_errors(key) as exc:
        check.problems.append(str(exc))
        return check
    try:
        pragma = "integrity_check" if full else "quick_check"
        result = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        if result != ["ok"]:
            check.problems += [f"{pragma}: {r}" for r in result[:10]]
            return check
        check.counts = table_counts(conn)
        if "alembic_version" not in check.counts:
            check.problems.append("not a coopdesk database (no schema version)")
            return check
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        check.revision = row[0] if row else None
        if check.revision not in known_revisions:
            check.problems.append(f"schema {check.revision!r} is not known to this version")
        if "participants" not in check.counts:
            check.problems.append("no participants table")
        else:
            check.participants = check.counts["participants"]
    except database_errors(key) as exc:
        msg = str(exc)
        check.problems.append("wrong passphrase or damaged file" if "not a database" in msg and key else msg)
    finally:
        conn.close()
    return check


def remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, flush, delete (best effort: SSDs and copy-on-write file systems
    may keep old blocks; full-disk encryption is the real protection)."""
    path = Path(path)
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as fh:
        chunk = b"\0" * 65536
        left = size
        while left > 0:
            n = min(left, len(chunk))
            fh.write(chunk[:n])
            left -= n
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_install(src_tmp: Path, target: Path) -> None:
    """Replace ``target`` by ``src_tmp`` (same folder) in one rename; stale -wal/-shm go first."""
    remove_sidecars(target)
    os.replace(src_tmp, target)
    with contextlib.suppress(OSError):  # make the rename durable where the OS allows it
        fd = os.open(Path(target).parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
