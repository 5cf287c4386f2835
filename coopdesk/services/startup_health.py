"""The start-up health check: finish or undo an interrupted conversion, clean the temporary copies a
crash left, look at the database read-only, and for a damaged file find the newest backup that verifies."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from coopdesk.db import sqlite_files
from coopdesk.db.encryption import finish_interrupted
from coopdesk.db.engine import preflight_sqlite
from coopdesk.db.migrate import known_revisions
from coopdesk.db.open import DB_FILENAME
from coopdesk.domain.errors import DatabaseDamaged, DatabaseProblem
from coopdesk.services.backup import (
    PART_SUFFIX,
    RESTORING_SUFFIX,
    BackupInfo,
    backup_dir,
    list_backups,
    verify_backup,
)

log = logging.getLogger(__name__)


def clean_temporary_copies(db_path: Path) -> list[Path]:
    """At start: remove the temporary copies a crash left behind (``.restoring``, ``*.part*``, the
    sidecars of a copy that is gone, and those registered while a backup was written elsewhere).
    They hold plain pages, so they are overwritten with zeros when the database is encrypted."""
    db_path = Path(db_path)
    encrypted = db_path.is_file() and db_path.stat().st_size > 0 and not sqlite_files.has_sqlite_header(db_path)
    found = [*db_path.parent.glob(f"{db_path.name}{RESTORING_SUFFIX}*"),
             *db_path.parent.glob(f"{sqlite_files.cipher_marker(db_path).name}.tmp")]
    folder = backup_dir(db_path.parent)
    if folder.is_dir():
        for p in folder.iterdir():
            if PART_SUFFIX in p.name:
                found.append(p)
            for suffix in ("-wal", "-journal", "-shm"):
                if p.name.endswith(suffix) and not p.with_name(p.name[: -len(suffix)]).exists():
                    found.append(p)
    for registered in sqlite_files.registered_temporaries(db_path):
        found += [registered, *(Path(f"{registered}{s}") for s in ("-journal", "-wal", "-shm"))]
    removed = []
    for p in dict.fromkeys(found):
        if not p.is_file() or sqlite_files.same_file(p, db_path):
            continue
        try:
            if encrypted:
                sqlite_files.wipe_file(p)
            else:
                p.unlink()
            removed.append(p)
        except OSError:
            log.warning("a temporary copy could not be removed", exc_info=True)
    sqlite_files.forget_temporaries(db_path)
    if removed:
        log.info("%d temporary copies left by an interrupted run removed", len(removed))
    return removed


@dataclass
class StartupHealth:
    """What the start-up check found. ``problem`` is None when the database opens."""

    db_path: Path
    problem: DatabaseProblem | None = None
    backups: list[BackupInfo] = field(default_factory=list)
    last_good: BackupInfo | None = None
    # an encrypted-looking file whose salt the marker names: surely a database coopdesk encrypted
    # (without a marker, a file of random bytes looks the same: the passphrase dialog offers a way out)
    encryption_confirmed: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None


def startup_check(data_dir: Path, key: str | None = None) -> StartupHealth:
    """A read-only look at the database before opening it; a damaged file gets the newest backup
    that verifies (encrypted backups verify only with ``key``)."""
    db_path = Path(data_dir) / DB_FILENAME
    finish_interrupted(db_path)
    clean_temporary_copies(db_path)
    health = StartupHealth(db_path, backups=list_backups(data_dir),
                           encryption_confirmed=encryption_confirmed(db_path))
    try:
        preflight_sqlite(db_path, set(known_revisions()), key=key)
    except DatabaseProblem as exc:
        health.problem = exc
    if isinstance(health.problem, DatabaseDamaged):
        health.last_good = last_good_backup(data_dir, key)
    return health


def encryption_confirmed(db_path: Path) -> bool:
    """The file is an encrypted database this program wrote (its salt is in the marker)."""
    return sqlite_files.encrypted_by_us(Path(db_path)) is True


def as_damaged(health: StartupHealth, detail: str, key: str | None = None) -> StartupHealth:
    """The user gave up on the passphrase (or said the file is damaged): treat the file as damaged,
    offering the newest backup that verifies (with ``key``, the last passphrase tried, if any)."""
    problem = DatabaseDamaged(path=str(health.db_path), detail=detail)
    return StartupHealth(health.db_path, problem, health.backups, last_good_backup(health.db_path.parent, key),
                         health.encryption_confirmed)


def last_good_backup(data_dir: Path, key: str | None = None) -> BackupInfo | None:
    for info in list_backups(data_dir):
        if info.encrypted and key is None:
            continue
        if verify_backup(info.path, key).ok:
            return info
    return None
