"""Encrypting a database file in place (SQLCipher), changing its passphrase, finding plain copies.

The conversion never leaves the user without a database: the encrypted copy is written next to the
file, verified (opens with the key, quick_check ok, the same row count in every table) and only
then renamed over the original in one step. The old plain bytes are then overwritten with zeros.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from coopdesk.db import sqlite_files
from coopdesk.db.sqlite_files import connect, database_errors, has_sqlite_header, table_counts

log = logging.getLogger(__name__)

ENCRYPTING_SUFFIX = ".encrypting"
PLAIN_OLD_SUFFIX = ".plain-old"


class ConversionFailed(RuntimeError):
    """The converted copy did not verify; the original file is unchanged."""


def convert_database(path: Path, old_key: str | None, new_key: str | None,
                     progress: Callable[[str], None] = lambda _step: None) -> None:
    """Re-write ``path`` with ``new_key`` (None = plain). Every engine on the file must be disposed.

    ``progress`` is told "copy", "verify", "replace"; an exception it raises (a cancel) before the
    replace leaves the file as it was and no temporary copy."""
    path = Path(path)
    if not new_key and new_key is not None:
        raise ValueError("empty passphrase")
    tmp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    source = connect(path, old_key)
    try:
        if old_key is None:  # fold the WAL into the file so no committed change is left behind
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = table_counts(source)
    finally:
        source.close()
    try:
        progress("copy")
        sqlite_files.export_database(path, tmp, old_key, new_key)
        progress("verify")
        _verify_copy(tmp, new_key, before)
        progress("replace")  # the last moment a cancel is heard
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    if old.exists() and not sqlite_files.same_file(old, path):
        sqlite_files.wipe_file(old)  # a left-over previous file (finish_interrupted kept it)
    old.unlink(missing_ok=True)
    try:
        os.link(path, old)  # the same bytes under a second name, to overwrite after the swap
    except OSError:
        shutil.copyfile(path, old)
    old_wal = Path(f"{path}-wal")
    if old_wal.exists():  # empty after the checkpoint above; any bytes left are plain pages
        sqlite_files.wipe_file(old_wal)
    if new_key is not None:
        sqlite_files.add_salt_of(path, tmp)  # the new file is ours before it takes the name
    sqlite_files.atomic_install(tmp, path)
    if old_key is None:
        sqlite_files.wipe_file(old)
    else:
        old.unlink(missing_ok=True)
    if new_key is not None:
        sqlite_files.mark_encrypted(path)  # only the new salt from now on
    log.info("database %s re-written (%s -> %s)", path, "encrypted" if old_key else "plain",
             "encrypted" if new_key else "plain")


def _verify_copy(tmp: Path, key: str | None, expected: dict[str, int]) -> None:
    if key is not None and has_sqlite_header(tmp):
        raise ConversionFailed("the copy is not encrypted")
    try:
        conn = connect(tmp, key, readonly=True)
        try:
            # quick_check reads every page (so every page decrypts and its HMAC holds) and checks
            # the b-tree structure; the exact row count of every table checks the content.
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
            counts = table_counts(conn)
        finally:
            conn.close()
    except database_errors(key) as exc:
        raise ConversionFailed(f"the copy does not open: {exc}") from exc
    if result != ["ok"]:
        raise ConversionFailed(f"quick_check: {result[:3]}")
    if counts != expected:
        raise ConversionFailed(f"row counts differ: {expected} -> {counts}")


def finish_interrupted(path: Path) -> None:
    """After a crash during a conversion, decide from the files' contents, never from their names.

    ``.plain-old`` is the previous file under a second name (a hard link) or a copy of it; it is
    removed only when the live database is intact: while it is the same inode as the database the
    swap did not happen (only the second name goes); a separate copy goes when the live file is a
    plain database that passes quick_check, or an encrypted file this program installed (its salt is
    in the marker). ``.encrypting`` (the new copy) goes only when the live database is intact. A
    missing or damaged database keeps everything: the start-up check then offers the backups.
    """
    path = Path(path)
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    tmp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    if not (old.exists() or tmp.exists()):
        return
    if not path.is_file() or path.stat().st_size == 0:
        log.warning("conversion left-overs kept: the database file is missing")
        return
    if old.exists() and sqlite_files.same_file(old, path):
        old.unlink()  # the swap did not happen: a second name of the live database
    live_plain = sqlite_files.has_sqlite_header(path)
    intact = sqlite_files.plain_intact(path) if live_plain else sqlite_files.encrypted_by_us(path) is True
    if not intact:
        log.warning("conversion left-overs kept: the database file does not verify")
        return
    if old.exists():
        _discard(old)
    if tmp.exists():
        _discard(tmp)
    if not live_plain:
        sqlite_files.mark_encrypted(path)  # forget the salt of the file that was replaced


def _discard(path: Path) -> None:
    """Overwrite a plain copy (it holds readable data), just delete an encrypted one."""
    with contextlib.suppress(OSError):
        if sqlite_files.has_sqlite_header(path):
            sqlite_files.wipe_file(path)
        else:
            path.unlink()


def plain_copies(data_dir: Path, db_filename: str) -> list[Path]:
    """Unencrypted database copies in the data folder: old backups, pre-migration copies, and the
    temporary copies a crash may leave (``.restoring``, ``.encrypting``, ``.plain-old``, ``*.part*``,
    rollback journals) -- those hold plain pages even without a SQLite header."""
    data_dir = Path(data_dir)
    live = data_dir / db_filename
    found: list[Path] = []

    def add(p: Path, header_needed: bool) -> None:
        if (p.is_file() and p not in found and not sqlite_files.same_file(p, live)
                and (not header_needed or sqlite_files.has_sqlite_header(p))):
            found.append(p)

    for p in sorted(data_dir.glob(f"{db_filename}.before-*")):
        add(p, header_needed=not p.name.endswith("-journal"))
    for suffix in (".restoring", ENCRYPTING_SUFFIX, PLAIN_OLD_SUFFIX):
        for p in sorted(data_dir.glob(f"{db_filename}{suffix}*")):
            add(p, header_needed=suffix == ENCRYPTING_SUFFIX)
    backups = data_dir / "backups"
    if backups.is_dir():
        for p in sorted(backups.iterdir()):
            temporary = ".part" in p.name or p.name.endswith("-journal") or p.name.endswith("-wal")
            add(p, header_needed=not temporary)
    return found
