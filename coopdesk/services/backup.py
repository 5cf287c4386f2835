"""Backups: consistent copies, N automatic generations, verification, restore that replaces nothing
until the copy is proven good, and the start-up health check that offers the last good backup.

An encrypted database gives encrypted backups with the same key. File work is in db/sqlite_files.py.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from coopdesk.db import sqlite_files
from coopdesk.db.encryption import finish_interrupted
from coopdesk.db.engine import Database, make_sqlite_engine, preflight_sqlite
from coopdesk.db.migrate import known_revisions, migrate
from coopdesk.db.open import DB_FILENAME
from coopdesk.db.tables import Setting
from coopdesk.domain.errors import BackupInvalid, DatabaseDamaged, DatabaseProblem
from coopdesk.domain.permissions import Permission, require
from coopdesk.services.context import Context

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
BACKUP_PREFIX = "coopdesk-"
BACKUP_SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
SETTING_GENERATIONS = "backup.generations"
SETTING_LAST_AUTO = "backup.last_auto"
DEFAULT_GENERATIONS = 10

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    encrypted: bool


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    ok: bool
    problems: tuple[str, ...] = ()
    revision: str | None = None
    participants: int | None = None
    encrypted: bool = False


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    participants: int | None
    revision: str | None


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


def _new_backup_path(folder: Path, reason: str, now: datetime | None = None) -> Path:
    """``coopdesk-YYYYMMDD-HHMMSS[.N]-reason.sqlite3`` (N orders copies made within one second)."""
    folder.mkdir(parents=True, exist_ok=True)
    tag = "".join(c for c in reason.lower() if c.isalnum() or c == "-")[:20] or "manual"
    stamp = (now or datetime.now()).strftime(STAMP)
    same_second = [_parse(p) for p in folder.glob(f"{BACKUP_PREFIX}{stamp}[.-]*")]
    n = max((parsed[1] for parsed in same_second if parsed), default=0) + 1
    return folder / f"{BACKUP_PREFIX}{stamp if n == 1 else f'{stamp}.{n}'}-{tag}{BACKUP_SUFFIX}"


def _parse(path: Path) -> tuple[BackupInfo, int] | None:
    name = path.name
    if not (name.startswith(BACKUP_PREFIX) and name.endswith(BACKUP_SUFFIX)):
        return None
    core = name[len(BACKUP_PREFIX):-len(BACKUP_SUFFIX)]
    stamp, rest = core[:15], core[16:]
    try:
        created = datetime.strptime(stamp, STAMP)
    except ValueError:
        return None
    seq = 1
    if core[15:16] == ".":
        number, _, rest = core[16:].partition("-")
        seq = int(number) if number.isdigit() else 0
    stat = path.stat()
    info = BackupInfo(path, created, rest or "manual", stat.st_size, not sqlite_files.has_sqlite_header(path))
    return info, seq


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Automatic backups and safety copies in ``<data_dir>/backups``, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [i for p in folder.iterdir() if p.is_file() and (i := _parse(p)) is not None]
    return [info for info, _seq in sorted(found, key=lambda i: (i[0].created, i[1]), reverse=True)]


def verify_backup(path: Path, key: str | None = None, full: bool = True) -> BackupCheck:
    """Open the copy read-only: header, integrity_check, a schema revision this version knows,
    participants countable. Nothing is written."""
    found = sqlite_files.inspect_file(Path(path), key, set(known_revisions()), full=full)
    return BackupCheck(Path(path), found.ok, tuple(found.problems), found.revision, found.participants,
                       found.encrypted)


def restore_file(
    db_path: Path,
    backup: Path,
    *,
    backup_key: str | None = None,
    current_key: str | None = None,
    before_replace: Callable[[], None] = lambda: None,
    progress: Progress = lambda _step: None,
) -> tuple[RestoreResult, str | None]:
    """Verify ``backup``, keep a safety copy of the current file, then replace it atomically.

    Returns the result and the key of the restored file (the current encryption is kept: a plain backup
    restored into an encrypted database is encrypted with the current key). ``before_replace`` closes
    every connection to the current file. Raises BackupInvalid, leaving everything as it was.
    """
    db_path, backup = Path(db_path), Path(backup)
    progress("verify")
    check = verify_backup(backup, backup_key)
    if not check.ok:
        raise BackupInvalid(path=str(backup), detail="; ".join(check.problems))
    source_key = backup_key if check.encrypted else None
    target_key = current_key if current_key is not None else source_key
    progress("copy")
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        if source_key == target_key:
            sqlite_files.copy_database(backup, tmp, source_key)
        else:
            sqlite_files.export_database(backup, tmp, source_key, target_key)
        copied = sqlite_files.inspect_file(tmp, target_key, set(known_revisions()), full=False)
        if not copied.ok:
            raise BackupInvalid(path=str(backup), detail="; ".join(copied.problems))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    progress("safety")
    safety = _safety_copy(db_path, current_key)
    progress("replace")
    before_replace()
    sqlite_files.atomic_install(tmp, db_path)
    log.info("database %s restored from %s (safety copy %s)", db_path, backup, safety)
    return RestoreResult(backup, safety, check.participants, check.revision), target_key


def _safety_copy(db_path: Path, key: str | None) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    target = _new_backup_path(backup_dir(db_path.parent), "before-restore")
    try:
        return sqlite_files.copy_database(db_path, target, key)
    except Exception:  # a damaged file: keep its bytes as they are (with its WAL) for the record
        target.unlink(missing_ok=True)
        shutil.copyfile(db_path, target)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
        return target


class BackupService:
    def __init__(self, db: Database, ctx: Context, data_dir: Path | None = None) -> None:
        self._db = db
        self._ctx = ctx
        self.data_dir = Path(data_dir) if data_dir else Path(db.path).parent

    @property
    def backup_dir(self) -> Path:
        return backup_dir(self.data_dir)

    # settings ---------------------------------------------------------------------------------------
    def _setting(self, key: str) -> str | None:
        with self._db.read(self._ctx.actor) as s:
            return s.scalar(select(Setting.value).where(Setting.key == key))

    def _set(self, key: str, value: str) -> None:
        with self._db.session(self._ctx.actor) as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value

    def generations(self) -> int:
        try:
            return max(1, int(self._setting(SETTING_GENERATIONS) or DEFAULT_GENERATIONS))
        except ValueError:
            return DEFAULT_GENERATIONS

    def set_generations(self, n: int) -> None:
        require(self._ctx.actor, Permission.SETTINGS_MANAGE)
        self._set(SETTING_GENERATIONS, str(max(1, int(n))))

    # backups ----------------------------------------------------------------------------------------
    def backup_to(self, target: Path) -> BackupInfo:
        """A manual backup to ``target`` (a file, or a folder such as a USB stick), verified after."""
        require(self._ctx.actor, Permission.BACKUP)
        target = Path(target)
        if target.is_dir():
            target = _new_backup_path(target, "manual")
        return self._copy(target)

    def _copy(self, target: Path) -> BackupInfo:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        try:
            sqlite_files.copy_database(self._db.path, tmp, self._db.key)
            check = verify_backup(tmp, self._db.key, full=False)
            if not check.ok:
                raise BackupInvalid(path=str(target), detail="; ".join(check.problems))
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
        parsed = _parse(target)
        return parsed[0] if parsed else BackupInfo(target, datetime.now(), "manual", target.stat().st_size, self._db.encrypted)

    def auto_backup(self, reason: str = "auto") -> BackupInfo:
        """The application's own backup (on exit, daily) into the backups folder; keeps N generations.

        Needs Permission.BACKUP: each call pushes the oldest copy out, so a role without it could
        otherwise replace the good backups by copies of a damaged database."""
        require(self._ctx.actor, Permission.BACKUP)
        info = self._copy(_new_backup_path(self.backup_dir, reason))
        self._set(SETTING_LAST_AUTO, self._ctx.today().isoformat())
        self.prune()
        return info

    def daily_backup_due(self) -> bool:
        last = self._setting(SETTING_LAST_AUTO)
        return not last or last < self._ctx.today().isoformat()

    def prune(self) -> list[Path]:
        removed = []
        for info in list_backups(self.data_dir)[self.generations():]:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
        return removed

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.data_dir)

    def verify_backup(self, path: Path, key: str | None = None) -> BackupCheck:
        return verify_backup(path, key if key is not None else self._db.key)

    def restore(self, path: Path, key: str | None = None, progress: Progress = lambda _s: None) -> RestoreResult:
        """Coordinator only. Verify first; keep a safety copy; replace; bring the schema up to date."""
        require(self._ctx.actor, Permission.RESTORE)
        db_path = Path(self._db.path)
        result, new_key = restore_file(
            db_path, path, backup_key=key if key is not None else self._db.key,
            current_key=self._db.key, before_replace=self._db.engine.dispose, progress=progress,
        )
        progress("migrate")
        current = preflight_sqlite(db_path, set(known_revisions()), key=new_key)
        engine = make_sqlite_engine(db_path, new_key)
        migrate(engine, current, db_path)
        self._db.rebind(engine)
        return result


@dataclass
class StartupHealth:
    """What the start-up check found. ``problem`` is None when the database opens."""

    db_path: Path
    problem: DatabaseProblem | None = None
    backups: list[BackupInfo] = field(default_factory=list)
    last_good: BackupInfo | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def startup_check(data_dir: Path, key: str | None = None) -> StartupHealth:
    """A read-only look at the database before opening it; a damaged file gets the newest backup
    that verifies (encrypted backups verify only with ``key``)."""
    db_path = Path(data_dir) / DB_FILENAME
    finish_interrupted(db_path)
    health = StartupHealth(db_path, backups=list_backups(data_dir))
    try:
        preflight_sqlite(db_path, set(known_revisions()), key=key)
    except DatabaseProblem as exc:
        health.problem = exc
    if isinstance(health.problem, DatabaseDamaged):
        health.last_good = last_good_backup(data_dir, key)
    return health


def last_good_backup(data_dir: Path, key: str | None = None) -> BackupInfo | None:
    for info in list_backups(data_dir):
        if info.encrypted and key is None:
            continue
        if verify_backup(info.path, key).ok:
            return info
    return None
