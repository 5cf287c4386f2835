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
from pathlib import Path

from coopdesk.db import sqlite_files
from coopdesk.db.sqlite_files import connect, database_errors, has_sqlite_header, table_counts

log = logging.getLogger(__name__)

ENCRYPTING_SUFFIX = ".encrypting"
PLAIN_OLD_SUFFIX = ".plain-old"


class ConversionFailed(RuntimeError):
    """The converted copy did not verify; the original file is unchanged."""


def convert_database(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Re-write ``path`` with ``new_key`` (None = plain). Every engine on the file must be disposed."""
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
        sqlite_files.export_database(path, tmp, old_key, new_key)
        _verify_copy(tmp, new_key, before)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    old.unlink(missing_ok=True)
    try:
        os.link(path, old)  # the same bytes under a second name, to overwrite after the swap
    except OSError:
        shutil.copyfile(path, old)
    old_wal = Path(f"{path}-wal")
    if old_wal.exists():
        sqlite_files.wipe_file(old_wal)
    sqlite_files.atomic_install(tmp, path)
    if old_key is None:
        sqlite_files.wipe_file(old)
    else:
        old.unlink(missing_ok=True)
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
    """After a crash during a conversion: wipe a left-over plain copy, drop an unfinished one."""
    path = Path(path)
    old = path.with_name(path.name + PLAIN_OLD_SUFFIX)
    tmp = path.with_name(path.name + ENCRYPTING_SUFFIX)
    if old.exists() and path.exists():
        if has_sqlite_header(old):
            sqlite_files.wipe_file(old)
        else:
            old.unlink()
    if tmp.exists() and path.exists():
        with contextlib.suppress(OSError):
            tmp.unlink()


def plain_copies(data_dir: Path, db_filename: str) -> list[Path]:
    """Unencrypted database copies in the data folder: old backups and pre-migration copies."""
    data_dir = Path(data_dir)
    found = [p for p in sorted(data_dir.glob(f"{db_filename}.before-*")) if has_sqlite_header(p)]
    backups = data_dir / "backups"
    if backups.is_dir():
        found += [p for p in sorted(backups.iterdir()) if p.is_file() and has_sqlite_header(p)]
    return found
