"""Backups: consistent copies, N automatic generations, verification, and restore that replaces nothing
until the copy is proven good. The start-up health check that offers the last good backup is in
services/startup_health.py.

An encrypted database gives encrypted backups with the same key. File work is in db/sqlite_files.py.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from coopdesk.db import sqlite_files
from coopdesk.db.audit import log_export
from coopdesk.db.engine import Database, make_sqlite_engine, preflight_sqlite
from coopdesk.db.migrate import known_revisions, migrate
from coopdesk.db.tables import Setting
from coopdesk.domain.errors import (
    BackupInvalid,
    CoopdeskError,
    PermissionDenied,
)
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.services.context import Context
from coopdesk.services.encryption import check_passphrase

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
BACKUP_PREFIX = "coopdesk-"
BACKUP_SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
SETTING_GENERATIONS = "backup.generations"
SETTING_LAST_AUTO = "backup.last_auto"
SETTING_BACKUP_PASSPHRASE = "backup.passphrase"  # encrypts the manual backups of a plain database
DEFAULT_GENERATIONS = 10
PART_SUFFIX = ".part"  # a copy being written; renamed to its final name when complete
RESTORING_SUFFIX = ".restoring"

Progress = Callable[[str], None]  # told each step's key; may raise (a cancel) until the point of no return


def _no_progress(_step: str) -> None:
    return None


class BackupPassphraseMissing(CoopdeskError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your backup copy must be encrypted, but no backup passphrase is set: ask the coordinator "
        "to set a backup passphrase (Tools > Backups). Nothing was written.")


# What a backup file really holds (BackupInfo.state), read from its bytes, not from its name.
STATE_PLAIN = "plain"  # a readable SQLite file, complete
STATE_ENCRYPTED = "encrypted"  # encrypted, and it opens with a key this database knows
STATE_LOCKED = "locked"  # encrypted-looking, but no known key opens it (another passphrase)
STATE_DAMAGED = "damaged"  # cut off (a partial copy) or not a database at all


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    encrypted: bool
    state: str = STATE_PLAIN


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
    plain = sqlite_files.has_sqlite_header(path)
    info = BackupInfo(path, created, rest or "manual", stat.st_size, not plain, file_state(path))
    return info, seq


def file_state(path: Path, keys: tuple[str, ...] = ()) -> str:
    """STATE_PLAIN / STATE_ENCRYPTED (opens with one of ``keys``) / STATE_LOCKED / STATE_DAMAGED.

    Cheap: the header's page count against the size for a plain file; for an encrypted-looking one,
    whole random-looking pages and (with ``keys``) the first page decrypting with one of them."""
    path = Path(path)
    if sqlite_files.has_sqlite_header(path):
        return STATE_PLAIN if sqlite_files.complete_plain(path) else STATE_DAMAGED
    if sqlite_files.headerless_problem(path) is not None:
        return STATE_DAMAGED
    if not keys:
        return STATE_LOCKED
    try:  # each try pays SQLCipher's key derivation: remember the answer while the file is unchanged
        stat = path.stat()
    except OSError:
        return STATE_DAMAGED
    memo = (str(path), stat.st_size, stat.st_mtime_ns, hash(keys))
    if memo not in _STATE_MEMO:
        if len(_STATE_MEMO) > 256:
            _STATE_MEMO.clear()
        _STATE_MEMO[memo] = (STATE_ENCRYPTED if any(sqlite_files.opens_with(path, k) for k in keys)
                             else STATE_LOCKED)
    return _STATE_MEMO[memo]


_STATE_MEMO: dict[tuple[str, int, int, int], str] = {}


def needs_passphrase(path: Path, key: str | None = None) -> bool:
    """An encrypted-looking backup that ``key`` does not open (zeros or junk: no question to ask)."""
    return file_state(Path(path), (key,) if key else ()) == STATE_LOCKED


def list_backups(data_dir: Path, keys: tuple[str, ...] = ()) -> list[BackupInfo]:
    """Automatic backups and safety copies in ``<data_dir>/backups``, newest first; each with its
    real state (encrypted ones checked against ``keys``)."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [i for p in folder.iterdir() if p.is_file() and (i := _parse(p)) is not None]
    infos = [info for info, _seq in sorted(found, key=lambda i: (i[0].created, i[1]), reverse=True)]
    if keys:
        infos = [replace(i, state=file_state(i.path, keys)) if i.state == STATE_LOCKED else i for i in infos]
    return infos


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
    decrypt: bool = False,
) -> tuple[RestoreResult, str | None]:
    """Verify ``backup``, keep a safety copy of the current file, then replace it atomically.

    Returns the result and the key of the restored file (the current encryption is kept: a plain backup
    restored into an encrypted database is encrypted with the current key). ``before_replace`` closes
    every connection to the current file. ``decrypt``: a plain database stays plain even when the
    backup is encrypted (with the backup passphrase). Raises BackupInvalid, leaving everything as it was.
    Every copy is written under a temporary name and renamed when complete; a crash leaves only
    temporary names, which the next start cleans (startup_health.clean_temporary_copies).
    """
    db_path, backup = Path(db_path), Path(backup)
    progress("verify")
    check = verify_backup(backup, backup_key)
    if not check.ok:
        raise BackupInvalid(path=str(backup), detail="; ".join(check.problems))
    source_key = backup_key if check.encrypted else None
    target_key = current_key if current_key is not None else (None if decrypt else source_key)
    progress("copy")
    tmp = db_path.with_name(db_path.name + RESTORING_SUFFIX)
    try:
        if source_key == target_key:
            sqlite_files.copy_database(backup, tmp, source_key)
        else:
            sqlite_files.export_database(backup, tmp, source_key, target_key)
        copied = sqlite_files.inspect_file(tmp, target_key, set(known_revisions()), full=False)
        if not copied.ok:
            raise BackupInvalid(path=str(backup), detail="; ".join(copied.problems))
        progress("safety")
        safety = _safety_copy(db_path, current_key)
        progress("replace")
        before_replace()
        if target_key is not None:
            sqlite_files.add_salt_of(db_path, tmp)  # the restored file is ours before it takes the name
        sqlite_files.atomic_install(tmp, db_path)
    except BaseException:
        sqlite_files.remove_sidecars(tmp)
        tmp.unlink(missing_ok=True)  # (a crash leaves it to startup_health.clean_temporary_copies at the next start)
        raise
    if target_key is not None:
        sqlite_files.mark_encrypted(db_path)
    else:
        sqlite_files.cipher_marker(db_path).unlink(missing_ok=True)
    log.info("database %s restored from %s (safety copy %s)", db_path, backup, safety)
    return RestoreResult(backup, safety, check.participants, check.revision), target_key


def _safety_copy(db_path: Path, key: str | None) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    target = _new_backup_path(backup_dir(db_path.parent), "before-restore")
    tmp = target.with_name(target.name + PART_SUFFIX)
    try:
        try:
            sqlite_files.copy_database(db_path, tmp, key)
        except Exception:  # a damaged file: keep its bytes as they are (with its WAL) for the record
            sqlite_files.remove_sidecars(tmp)
            tmp.unlink(missing_ok=True)
            shutil.copyfile(db_path, tmp)
            sqlite_files.fsync_file(tmp)
            wal = Path(f"{db_path}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{target}-wal"))
        os.replace(tmp, target)  # listed only when complete
    finally:
        sqlite_files.remove_sidecars(tmp)
        tmp.unlink(missing_ok=True)
    return target


class BackupService:
    def __init__(self, db: Database, ctx: Context, data_dir: Path | None = None) -> None:
        self._db = db
        self._ctx = ctx
        self.data_dir = Path(data_dir) if data_dir else db.file.parent

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

    def has_backup_passphrase(self) -> bool:
        return bool(self._setting(SETTING_BACKUP_PASSPHRASE))

    def set_backup_passphrase(self, passphrase: str) -> None:
        """The passphrase of the encrypted manual backups of a plain database (set by the coordinator;
        anyone else's manual backup is always encrypted). The database itself stays as it is."""
        if not (allowed(self._ctx.actor, Permission.SETTINGS_MANAGE)
                or allowed(self._ctx.actor, Permission.ENCRYPTION_MANAGE)):
            raise PermissionDenied()
        check_passphrase(passphrase)
        self._set(SETTING_BACKUP_PASSPHRASE, passphrase)

    def _known_keys(self) -> tuple[str, ...]:
        keys = (self._db.key, self._setting(SETTING_BACKUP_PASSPHRASE))
        return tuple(dict.fromkeys(k for k in keys if k))

    # backups ----------------------------------------------------------------------------------------
    def backup_to(self, target: Path, encrypt: bool | None = None,
                  progress: Progress = _no_progress) -> BackupInfo:
        """A manual backup to ``target`` (a file, or a folder such as a USB stick), verified after and
        journaled (who, where, how many people).

        Without Permission.BACKUP_READABLE the copy is always encrypted: with the database's key, or
        for a plain database with the backup passphrase (BackupPassphraseMissing when none is set).
        The coordinator chooses: ``encrypt`` None keeps the database's own form, True encrypts, False
        writes a readable copy. ``progress`` is told "copy", "verify", "rename"; an exception it raises (a
        cancel) leaves no file at the target and no temporary one."""
        require(self._ctx.actor, Permission.BACKUP)
        if encrypt is None:
            encrypt = self._db.encrypted or not allowed(self._ctx.actor, Permission.BACKUP_READABLE)
        if not encrypt:
            require(self._ctx.actor, Permission.BACKUP_READABLE)
        key = None
        if encrypt:
            key = self._db.key or self._setting(SETTING_BACKUP_PASSPHRASE)
            if not key:
                raise BackupPassphraseMissing()
        target = Path(target)
        if target.is_dir():
            target = _new_backup_path(target, "manual")
        return self._copy(target, key, journal=True, progress=progress)

    def _copy(self, target: Path, key: str | None, journal: bool = False,
              progress: Progress = _no_progress) -> BackupInfo:
        """Write ``target`` under a temporary name (registered for the next start to clean after a
        crash), verify it, journal it (``journal``) and rename it in the same unit of work."""
        db_path = self._db.file
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + PART_SUFFIX)
        staging = backup_dir(self.data_dir) / f".{target.name}{PART_SUFFIX}"
        sqlite_files.register_temporary(db_path, tmp)
        try:
            progress("copy")
            if key == self._db.key:  # the database's own form: one consistent copy
                sqlite_files.copy_database(db_path, tmp, key)
            else:
                # another key (or none): a consistent copy first (the database's own library), then
                # sqlcipher_export from that copy, which no other connection has open
                staging.parent.mkdir(parents=True, exist_ok=True)
                sqlite_files.copy_database(db_path, staging, self._db.key)
                sqlite_files.export_database(staging, tmp, self._db.key, key)
            progress("verify")
            check = verify_backup(tmp, key, full=False)
            if not check.ok:
                raise BackupInvalid(path=str(target), detail="; ".join(check.problems))
            progress("rename")  # the last moment a cancel is heard
            if journal:
                with self._db.session(self._ctx.actor) as s:
                    log_export(s, self._ctx.actor, "backup:manual", str(target), check.participants or 0)
                    s.flush()
                    os.replace(tmp, target)  # a failed rename rolls the journal entry back
            else:
                os.replace(tmp, target)
        finally:
            for leftover in (staging, tmp):
                if leftover.exists() and sqlite_files.has_sqlite_header(leftover):
                    sqlite_files.wipe_file(leftover)  # plain pages: overwrite, not just unlink
                sqlite_files.remove_sidecars(leftover)
                leftover.unlink(missing_ok=True)
            sqlite_files.unregister_temporary(db_path, tmp)
        parsed = _parse(target)
        state = file_state(target, (key,) if key else ())
        if parsed:
            return replace(parsed[0], state=state)
        return BackupInfo(target, datetime.now(), "manual", target.stat().st_size, key is not None, state)

    def auto_backup(self, reason: str = "auto") -> BackupInfo:
        """The application's own backup (on exit, daily) into the backups folder; keeps N generations.

        Needs Permission.BACKUP: each call pushes the oldest copy out, so a role without it could
        otherwise replace the good backups by copies of a damaged database."""
        require(self._ctx.actor, Permission.BACKUP)
        info = self._copy(_new_backup_path(self.backup_dir, reason), self._db.key)
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
        """The backups with their real state (encrypted ones checked with the keys this database knows)."""
        return list_backups(self.data_dir, self._known_keys())

    def verify_backup(self, path: Path, key: str | None = None) -> BackupCheck:
        """Verify with ``key``, else with the database's key or the backup passphrase."""
        if key is not None:
            return verify_backup(path, key)
        check = verify_backup(path, self._db.key)
        for other in self._known_keys():
            if check.ok or not check.encrypted:
                break
            check = verify_backup(path, other)
        return check

    def needs_passphrase(self, path: Path) -> bool:
        """An encrypted backup that no key this database knows opens: ask its passphrase."""
        return file_state(Path(path), self._known_keys()) == STATE_LOCKED  # zeros or junk: no question

    def restore(self, path: Path, key: str | None = None, progress: Progress = _no_progress) -> RestoreResult:
        """Coordinator only. Verify first; keep a safety copy; replace; bring the schema up to date.

        ``key`` the backup's passphrase when it is not one this database knows. A plain database stays
        plain (a backup encrypted with the backup passphrase is restored readable); an encrypted one
        stays encrypted with its key. ``progress`` may stop the restore (raise) until "replace"; after
        that the restore completes whatever it says."""
        require(self._ctx.actor, Permission.RESTORE)
        db_path = self._db.file
        if key is None:
            key = next((k for k in self._known_keys() if verify_backup(path, k, full=False).ok), self._db.key)
        result, new_key = restore_file(
            db_path, path, backup_key=key, current_key=self._db.key, before_replace=self._db.engine.dispose,
            progress=progress, decrypt=not self._db.encrypted,
        )
        try:
            progress("migrate")
        except Exception:  # past the point of no return: a cancel now comes too late
            log.info("a request to stop the restore came after the database was replaced; it completes")
        current = preflight_sqlite(db_path, set(known_revisions()), key=new_key)
        engine = make_sqlite_engine(db_path, new_key)
        migrate(engine, current, db_path)
        self._db.rebind(engine)
        return result
