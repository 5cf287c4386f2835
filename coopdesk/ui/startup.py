"""Start and exit steps around the main window: one instance per data folder, opening the database
(encrypted, damaged, locked, newer), the daily backup, and the automatic backup on exit.

app.py calls, in this order: ``acquire_instance_lock`` -> ``open_database_interactively`` ->
``daily_backup`` -> (main window, event loop) -> ``on_exit``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coopdesk.domain.errors import (
    CoopdeskError,
    DatabaseDamaged,
    DatabaseEncrypted,
    DatabaseProblem,
    WrongPassphrase,
    storage_error,
)
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.platform.instance_lock import InstanceLock
from coopdesk.platform.paths import AppPaths
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.backup import BackupInfo, needs_passphrase, restore_file
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.startup_health import as_damaged, startup_check
from coopdesk.ui import prompts, runner
from coopdesk.ui.dialogs import passphrase_dialog, startup_repair_dialog

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5  # wrong passphrases before the repair dialog is offered instead
MAX_ROUNDS = 50  # a guard: every round asks the user something


def _err(exc: CoopdeskError) -> str:
    return exc.render(lambda t: QCoreApplication.translate("Errors", t))


def acquire_instance_lock(paths: AppPaths, parent: QWidget | None = None) -> InstanceLock | None:
    """Hold ``<data_dir>/coopdesk.lock`` for the whole session; None (after a message) when another
    coopdesk already uses this data folder, or when the lock file cannot be written there (a full or
    read-only disk: said so, naming the folder). Keep the returned object alive; release() at exit."""
    lock = InstanceLock(paths.data_dir)
    if lock.acquire():
        return lock
    if lock.cannot_write:
        problem = paths.write_problem()
        known = storage_error(problem, paths.data_dir) if problem is not None else None
        text = _err(known) if known is not None else QCoreApplication.translate(
            "Startup", "coopdesk cannot write in %1: the disk is full or read-only. Free some space or make "
            "the folder writable, then start coopdesk again.").replace("%1", str(paths.data_dir))
        prompts.error(parent, QCoreApplication.translate("Startup", "coopdesk cannot start"), text)
        return None
    holder = lock.holder()
    detail = f" (PID {holder.pid}, {holder.hostname})" if holder else ""
    prompts.error(parent, QCoreApplication.translate("Startup", "coopdesk is already running"),
                  QCoreApplication.translate("Startup", "coopdesk is already open with this data folder%1: the program, "
                      "or a command such as restore or demo. Use the window that is open, or close it (or wait for "
                      "the command to end) first; two programs on one database could damage it.").replace("%1", detail))
    return None


def open_database_interactively(
    paths: AppPaths, prefs=None, ctx: Context | None = None, parent: QWidget | None = None
) -> Services | None:
    """Open the database, asking the passphrase of an encrypted one and offering the last good backup
    for a damaged one. None when the user gives up (the app should then exit)."""
    key: str | None = None
    pass_error = ""
    wrong = 0
    damaged_detail: str | None = None  # set when the user, or too many wrong answers, call it damaged
    for _round in range(MAX_ROUNDS):
        health = startup_check(paths.data_dir, key)
        problem = health.problem
        if problem is None:
            try:
                # Before sign-in the system opens it (migrations, then only the sign-in); app.py rebinds it.
                return open_services(paths.data_dir, ctx or Context(actor=SYSTEM_ACTOR), key=key,
                                     check_pages=False)  # startup_check just did
            except DatabaseProblem as exc:  # a migration failed (file restored) or a race
                prompts.error(parent, QCoreApplication.translate("Startup", "coopdesk cannot start"), _err(exc))
                return None
        if isinstance(problem, DatabaseEncrypted) and damaged_detail is None:
            if isinstance(problem, WrongPassphrase):
                wrong += 1
                pass_error = QCoreApplication.translate("Startup", "That passphrase does not open the database.")
                if wrong >= MAX_ATTEMPTS:
                    prompts.error(parent, QCoreApplication.translate("Startup", "Too many wrong passphrases"),
                                  QCoreApplication.translate(
                                      "Startup", "No passphrase of %1 tries opened the database, so coopdesk stops "
                                      "asking. If the passphrase is right, the file is damaged: the next window "
                                      "offers the backups.").replace("%1", str(wrong)))
                    damaged_detail = QCoreApplication.translate("Startup", "no passphrase opens it")
            if damaged_detail is None:
                answer = passphrase_dialog.ask_passphrase(parent, pass_error,
                                                          offer_repair=not health.encryption_confirmed)
                if answer is None:
                    return None
                if isinstance(answer, str):  # not REPAIR
                    key = answer
                    continue
                damaged_detail = QCoreApplication.translate("Startup", "not an encrypted database")
        if isinstance(problem, DatabaseEncrypted):
            health = as_damaged(health, damaged_detail or "", key)  # backups that open with the last try
            problem = health.problem
        if isinstance(problem, DatabaseDamaged):
            chosen = startup_repair_dialog.choose_repair(parent, health)
            if chosen is None:
                return None
            restored, restored_key = _restore_at_start(health.db_path, chosen, key, parent)
            if restored:
                key, wrong, pass_error, damaged_detail = restored_key, 0, "", None
            continue
        if problem is not None:  # locked, newer version
            prompts.error(parent, QCoreApplication.translate("Startup", "coopdesk cannot start"), _err(problem))
        return None
    return None


def _restore_at_start(
    db_path: Path, backup: Path, key: str | None, parent: QWidget | None
) -> tuple[bool, str | None]:
    """The current file is damaged, so nobody can sign in to it: restoring the last good copy is
    allowed to whoever starts coopdesk (the damaged file is kept in the backups folder). An encrypted
    backup that ``key`` does not open asks its own passphrase."""
    backup_key = key
    if needs_passphrase(backup, key):
        answer = passphrase_dialog.ask_passphrase(
            parent, QCoreApplication.translate("Startup", "The backup %1 is encrypted: enter its passphrase.")
            .replace("%1", backup.name) if key is None else
            QCoreApplication.translate("Startup", "That passphrase does not open the backup %1: enter its passphrase.")
            .replace("%1", backup.name))
        if not isinstance(answer, str):  # None (cancelled) or REPAIR
            return False, key
        backup_key = answer
    try:
        _result, new_key = runner.run_modal(
            parent, QCoreApplication.translate("Startup", "Restoring the backup..."),
            lambda progress: restore_file(db_path, backup, backup_key=backup_key, current_key=None,
                                          progress=progress), steps={})
    except runner.Cancelled:
        return False, key
    except (CoopdeskError, OSError) as exc:
        prompts.error(parent, QCoreApplication.translate("Startup", "Restore refused"),
                      _err(exc) if isinstance(exc, CoopdeskError) else str(exc))
        return False, key
    return True, new_key


def _reason(exc: BaseException, where: object) -> str:
    """What went wrong, for a message: the program's own error, "disk full" / "read-only" naming
    ``where``, else the system's short reason or the error's type (never its text: it may hold data)."""
    if isinstance(exc, CoopdeskError):
        return _err(exc)
    known = storage_error(exc, where)
    if known is not None:
        return _err(known)
    return (exc.strerror if isinstance(exc, OSError) else None) or type(exc).__name__


def tell_no_data_folder(data_dir, problem: OSError, parent: QWidget | None = None) -> int:
    """The data folder could not be made (a read-only or full disk): say so; the exit code (2)."""
    prompts.error(parent, QCoreApplication.translate("Startup", "coopdesk cannot start"),
                  _reason(problem, problem.filename or data_dir or ""))
    return 2


def tell_log_problem(paths: AppPaths, problem: OSError, parent: QWidget | None = None) -> None:
    """The log file could not be written (platform/logs.py fell back to the terminal): say so once."""
    reason = _reason(problem, paths.log_dir)
    prompts.warning(parent, QCoreApplication.translate("Startup", "The log cannot be written"),
                    QCoreApplication.translate("Startup", "coopdesk cannot write its log in %1: %2\n\ncoopdesk "
                        "works on, writing the log to the terminal instead.")
                    .replace("%1", str(paths.log_dir)).replace("%2", reason))


def _tell_backup_failed(services: Services, exc: Exception, title: str, parent: QWidget | None) -> None:
    """A failed automatic backup is logged and shown: the user must know the copy is missing."""
    reason = _reason(exc, services.backups.backup_dir)
    prompts.warning(parent, title, QCoreApplication.translate("Startup", "The automatic backup could not be "
                    "written: %1\n\nThe database itself is untouched. Make a backup as soon as you can "
                    "(Tools, Backups and encryption), e.g. to a USB stick.").replace("%1", reason))


def daily_backup(services: Services, parent: QWidget | None = None) -> BackupInfo | None:
    """Call once after the database is open (and e.g. every few hours): the first start of a day backs up.
    A failure never stops the work: it is logged and the user is told."""
    if not allowed(services.ctx.actor, Permission.BACKUP):  # a role that makes no backups (trainer)
        return None
    try:
        if services.backups.daily_backup_due():
            return runner.run_modal(parent, QCoreApplication.translate("Startup", "Writing the daily backup..."),
                                    lambda _progress: services.backups.auto_backup("daily"), cancellable=False)
    except Exception as exc:
        log.exception("daily backup failed")
        _tell_backup_failed(services, exc, QCoreApplication.translate("Startup", "Daily backup failed"), parent)
    return None


def on_exit(
    services: Services, lock: InstanceLock | None = None, parent: QWidget | None = None
) -> BackupInfo | None:
    """After the event loop ends: the automatic backup (N generations kept), then close and unlock.
    A failed backup is logged and the user is told (a message box before coopdesk quits)."""
    info = None
    try:
        if allowed(services.ctx.actor, Permission.BACKUP):  # a trainer's session makes no backup
            info = services.backups.auto_backup("exit")
    except Exception as exc:
        log.exception("backup on exit failed")
        _tell_backup_failed(services, exc, QCoreApplication.translate("Startup", "Backup on exit failed"), parent)
    finally:
        services.close()
        if lock is not None:
            lock.release()
    return info

