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
)
from coopdesk.platform.instance_lock import InstanceLock
from coopdesk.platform.paths import AppPaths
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.backup import BackupInfo, restore_file, startup_check, verify_backup
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.ui import prompts
from coopdesk.ui.dialogs import passphrase_dialog, startup_repair_dialog

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def _err(exc: CoopdeskError) -> str:
    return exc.render(lambda t: QCoreApplication.translate("Errors", t))


def acquire_instance_lock(paths: AppPaths, parent: QWidget | None = None) -> InstanceLock | None:
    """Hold ``<data_dir>/coopdesk.lock`` for the whole session; None (after a message) when another
    coopdesk already uses this data folder. Keep the returned object alive; release() at exit."""
    lock = InstanceLock(paths.data_dir)
    if lock.acquire():
        return lock
    holder = lock.holder()
    detail = f" (PID {holder.pid}, {holder.hostname})" if holder else ""
    prompts.error(parent, QCoreApplication.translate("Startup", "coopdesk is already running"),
                  QCoreApplication.translate("Startup", "coopdesk is already open with this data folder%1. Use the window that is open, "
                      "or close it first; two programs on one database could damage it.").replace("%1", detail))
    return None


def open_database_interactively(
    paths: AppPaths, prefs=None, ctx: Context | None = None, parent: QWidget | None = None
) -> Services | None:
    """Open the database, asking the passphrase of an encrypted one and offering the last good backup
    for a damaged one. None when the user gives up (the app should then exit)."""
    key: str | None = None
    pass_error = ""
    for _attempt in range(MAX_ATTEMPTS * 2):
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
        if isinstance(problem, DatabaseEncrypted):
            if isinstance(problem, WrongPassphrase):
                pass_error = QCoreApplication.translate("Startup", "That passphrase does not open the database.")
            key = passphrase_dialog.ask_passphrase(parent, pass_error)
            if key is None:
                return None
            continue
        if isinstance(problem, DatabaseDamaged):
            chosen = startup_repair_dialog.choose_repair(parent, health)
            if chosen is None:
                return None
            restored, restored_key = _restore_at_start(health.db_path, chosen, key, parent)
            if restored:
                key = restored_key
            continue
        prompts.error(parent, QCoreApplication.translate("Startup", "coopdesk cannot start"), _err(problem))  # locked, newer version
        return None
    return None


def _restore_at_start(
    db_path: Path, backup: Path, key: str | None, parent: QWidget | None
) -> tuple[bool, str | None]:
    """The current file is damaged, so nobody can sign in to it: restoring the last good copy is
    allowed to whoever starts coopdesk (the damaged file is kept in the backups folder)."""
    backup_key = key
    if verify_backup(backup).encrypted and key is None:
        backup_key = passphrase_dialog.ask_passphrase(parent)
        if backup_key is None:
            return False, key
    try:
        _result, new_key = restore_file(db_path, backup, backup_key=backup_key, current_key=None)
    except (CoopdeskError, OSError) as exc:
        prompts.error(parent, QCoreApplication.translate("Startup", "Restore refused"),
                      _err(exc) if isinstance(exc, CoopdeskError) else str(exc))
        return False, key
    return True, new_key


def daily_backup(services: Services) -> BackupInfo | None:
    """Call once after the database is open (and e.g. every few hours): the first start of a day backs up."""
    try:
        if services.backups.daily_backup_due():
            return services.backups.auto_backup("daily")
    except Exception:  # a backup problem must never stop the work; it is logged
        log.exception("daily backup failed")
    return None


def on_exit(services: Services, lock: InstanceLock | None = None) -> BackupInfo | None:
    """After the event loop ends: the automatic backup (N generations kept), then close and unlock."""
    info = None
    try:
        info = services.backups.auto_backup("exit")
    except Exception:
        log.exception("backup on exit failed")
    finally:
        services.close()
        if lock is not None:
            lock.release()
    return info

