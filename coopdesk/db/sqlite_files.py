"""File-level SQLite operations, plain or SQLCipher-encrypted: connect, copy, verify, wipe.

One rule: a plain file is only ever opened with the stdlib ``sqlite3`` and an encrypted one only with
``sqlcipher3`` (two SQLite libraries on one file in one process can break each other's POSIX locks).
``sqlcipher_export`` (plain <-> encrypted, key change) is the one exception and runs with the
application's engine disposed.
"""

from __future__ import annotations

import contextlib
import math
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_PAGE = 512
SALT_BYTES = 16
SAMPLE_BYTES = 4096
MIN_ENTROPY = 7.0  # bits per byte over the first page; SQLCipher pages are ~7.95, text ~4-5, zeros 0
CIPHER_MARKER_SUFFIX = ".cipher"


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
    """No SQLite header, whole pages, a salt that is not zeros and a first page of random-looking
    bytes: what SQLCipher writes. Zeros, text or a cut-off file are damage, not encryption."""
    return headerless_problem(path) is None and not has_sqlite_header(path)


def headerless_problem(path: Path) -> str | None:
    """Why a file without the SQLite header cannot be an SQLCipher database (None: it may be one)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError as exc:
        return exc.strerror or "unreadable"
    if size < MIN_PAGE or size % MIN_PAGE:
        return "not whole pages"
    if not any(head[:SALT_BYTES]):
        return "zeros"
    if _entropy(head) < MIN_ENTROPY:
        return "not encrypted data"
    return None


def _entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte (random or encrypted data: close to 8)."""
    if not data:
        return 0.0
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in Counter(data).values() if n)


def file_salt(path: Path) -> bytes | None:
    """The first 16 bytes of an SQLCipher file: its random key-derivation salt, unique per file."""
    try:
        with Path(path).open("rb") as fh:
            salt = fh.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def cipher_marker(db_path: Path) -> Path:
    """``coopdesk.sqlite3.cipher``: the salts of the encrypted files coopdesk installed at this path."""
    return Path(db_path).with_name(Path(db_path).name + CIPHER_MARKER_SUFFIX)


def known_salts(db_path: Path) -> set[bytes] | None:
    """The salts recorded next to the database; None when there is no marker (an older version)."""
    try:
        text = cipher_marker(db_path).read_text("ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return set()
    salts = set()
    for line in text.split():
        with contextlib.suppress(ValueError):
            salts.add(bytes.fromhex(line))
    return salts


def record_salts(db_path: Path, salts) -> None:
    """Write the marker atomically (a temporary file renamed over it)."""
    marker = cipher_marker(db_path)
    tmp = marker.with_name(marker.name + ".tmp")
    with tmp.open("w", encoding="ascii") as fh:
        fh.write("".join(f"{salt.hex()}\n" for salt in sorted(salts)))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, marker)
    _fsync_dir(marker.parent)


def add_salt_of(db_path: Path, encrypted_file: Path) -> None:
    """Before ``encrypted_file`` is renamed over the database: accept its salt (and keep the old ones)."""
    salt = file_salt(encrypted_file)
    if salt is not None:
        record_salts(db_path, (known_salts(db_path) or set()) | {salt})


def mark_encrypted(db_path: Path) -> None:
    """The database at ``db_path`` is an encrypted file coopdesk wrote or opened with its key."""
    salt = file_salt(db_path)
    if salt is not None and not has_sqlite_header(db_path) and known_salts(db_path) != {salt}:
        record_salts(db_path, {salt})


def encrypted_by_us(db_path: Path) -> bool | None:
    """True: a headerless file whose salt the marker names; False: it cannot be ours (damaged or a
    foreign file); None: no marker (encrypted by an older version, or damaged: ask the passphrase)."""
    if headerless_problem(db_path) is not None:
        return False
    salts = known_salts(db_path)
    if salts is None:
        return None
    return file_salt(db_path) in salts


def plain_intact(path: Path) -> bool:
    """A plain SQLite file that opens read-only and passes quick_check."""
    if not has_sqlite_header(path):
        return False
    try:
        conn = connect(path, None, readonly=True)
        try:
            return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def complete_plain(path: Path) -> bool:
    """A plain file as long as its header says (a cut-off copy is shorter)."""
    try:
        size = Path(path).stat().st_size
        with Path(path).open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < MIN_PAGE or size % page_size:
        return False
    pages = int.from_bytes(header[28:32], "big")
    if pages and header[24:28] == header[92:96]:  # the in-header size is valid
        return size == pages * page_size
    return size > 0


def opens_with(path: Path, key: str | None) -> bool:
    """The file's first page decrypts with ``key`` (SQLCipher checks its HMAC): a cheap look."""
    try:
        conn = connect(path, key, readonly=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except database_errors(key):
        return False


def _temporaries_file(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".temporary")


def registered_temporaries(db_path: Path) -> list[Path]:
    """Copies being written outside the data folder (a backup onto a USB stick), for the next start
    to clean when a crash left them behind."""
    try:
        return [Path(line) for line in _temporaries_file(db_path).read_text("utf-8").splitlines() if line]
    except (OSError, UnicodeDecodeError):
        return []


def register_temporary(db_path: Path, path: Path) -> None:
    _write_temporaries(db_path, [*registered_temporaries(db_path), Path(path)])


def unregister_temporary(db_path: Path, path: Path) -> None:
    _write_temporaries(db_path, [p for p in registered_temporaries(db_path) if p != Path(path)])


def forget_temporaries(db_path: Path) -> None:
    _temporaries_file(db_path).unlink(missing_ok=True)


def _write_temporaries(db_path: Path, paths: list[Path]) -> None:
    target = _temporaries_file(db_path)
    if not paths:
        target.unlink(missing_ok=True)
        return
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text("".join(f"{p}\n" for p in dict.fromkeys(paths)), "utf-8")
    os.replace(tmp, target)


def same_file(a: Path, b: Path) -> bool:
    """Two names of one inode (a hard link)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


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
    fsync_file(dst)
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
    fsync_file(dst)
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


def fsync_file(path: Path) -> None:
    """Flush a written file to the disk (its bytes survive a power cut once this returns)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_install(src_tmp: Path, target: Path) -> None:
    """Replace ``target`` by ``src_tmp`` (same folder) in one rename; stale -wal/-shm go first."""
    remove_sidecars(target)
    os.replace(src_tmp, target)
    _fsync_dir(Path(target).parent)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # make a rename durable where the OS allows it
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
