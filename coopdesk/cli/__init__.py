"""Headless commands: demo data, integrity check, backup and restore. Each is a service call; output in the UI language."""

from __future__ import annotations

import argparse
import functools
import getpass
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from coopdesk.domain.enums import ROLE_LABELS
from coopdesk.domain.errors import (
    CoopdeskError,
    DatabaseProblem,
    DataFolderInUse,
    StorageFull,
    StorageReadOnly,
    storage_error,
)
from coopdesk.domain.formats import format_date
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, require
from coopdesk.platform.instance_lock import InstanceLock
from coopdesk.platform.paths import resolve_paths, write_problem
from coopdesk.services.accounts import CredentialsMissing, NoAccountsYet
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context

log = logging.getLogger(__name__)
MAX_PEOPLE = 1_000_000
# The modules whose errors are the database's, caught at this edge: their text may hold SQL (and,
# on an engine without hide_parameters, a row's values), so the user gets a clean message instead.
DATABASE_ERROR_MODULES = ("sqlalchemy", "sqlite3", "sqlcipher3")
DATABASE_ERROR = QT_TRANSLATE_NOOP(
    "Errors", "The database reported an error ({kind}); the command stopped and its changes were undone."
)


def _people_count(text: str) -> int:
    """argparse type of --people: a whole number from 1 to MAX_PEOPLE (else argparse exits with 2)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_PEOPLE:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "%1 is not a number of people: give a whole number between 1 and %2")
            .replace("%1", repr(text)).replace("%2", str(MAX_PEOPLE)))
    return value


def add_commands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="realistic demo data and demo accounts, only in a new, empty folder "
                                       "(default: a new coopdesk-demo/demo-N in the user's data location)")
    demo.add_argument("--people", type=_people_count, default=300,
                      help=f"number of participants, 1 to {MAX_PEOPLE} (default 300)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    check = sub.add_parser("check", help="check the integrity of the database; exit 0 when sound")
    backup = sub.add_parser("backup", help="write a verified backup copy of the database to FILE")
    backup.add_argument("--out", required=True, help="backup file, or a folder (e.g. a USB stick)")
    restore = sub.add_parser("restore", help="replace the database by a verified backup FILE")
    restore.add_argument("file", help="the backup file to restore")
    export = sub.add_parser("export-participants",
                            help="monitoring list for the lead partner (.xlsx), one row per participation; "
                                 "every participant (a legal obligation, not consent)")
    export.add_argument("--out", required=True, help="the .xlsx file to write")
    export.add_argument("--project", metavar="CODE", help="only the participations in this project (its code)")
    retention = sub.add_parser("retention", help="list records past their retention date; --apply anonymises them")
    retention.add_argument("--apply", action="store_true", help="anonymise the listed records")
    grouped = []
    for group, kinds in GROUPS.items():  # coopdesk import KIND, coopdesk export KIND, ...
        verb = sub.add_parser(group, help=GROUP_HELP[group])
        verb_sub = verb.add_subparsers(dest="kind", metavar="KIND", required=True)
        for kind, module_name in kinds.items():
            module = importlib.import_module(module_name)
            command = verb_sub.add_parser(kind, help=module.HELP)
            module.add_arguments(command)
            grouped.append(command)
    for p in (demo, check, backup, restore, export, retention, *grouped):
        p.add_argument("--data-dir", default=argparse.SUPPRESS, help="data folder (default: the user's)")


def run(args: argparse.Namespace) -> int:
    """Run the command; a problem the user can act on is printed as one clean message (exit code 2)."""
    data_dir = getattr(args, "data_dir", None)
    if args.command == "demo" and data_dir is None:  # demo data never go into the user's data folder
        data_dir = args.data_dir = str(new_demo_folder())
    try:
        data_dir = resolve_paths(data_dir).data_dir  # a data folder that cannot be made is reported too
        return COMMANDS[args.command](args)
    except DatabaseProblem as exc:
        # A read-only or full data folder makes SQLite fail to open the file: say that, not "damaged".
        _print_error(_storage_problem(data_dir) or exc)
    except CoopdeskError as exc:
        _print_error(exc)
    except Exception as exc:
        problem = storage_error(exc, data_dir)
        if problem is None and type(exc).__module__.split(".")[0] not in DATABASE_ERROR_MODULES:
            raise  # a bug: its traceback holds no personal data (the engines hide SQL parameters)
        # Never the error's text: a database error may quote a row's values (names, PESEL).
        log.error("%s stopped on a database error: %s", args.command, type(exc).__name__)
        _print_error(problem or CoopdeskError(DATABASE_ERROR, kind=type(exc).__name__))
    return 2


def _print_error(exc: CoopdeskError) -> None:
    print(exc.render(lambda t: QCoreApplication.translate("Errors", t)), file=sys.stderr)


def _storage_problem(folder) -> CoopdeskError | None:
    """StorageReadOnly / StorageFull when nothing can be written in ``folder``, else None."""
    problem = write_problem(folder)
    if problem is None:
        return None
    return storage_error(problem, folder) or StorageReadOnly(path=str(folder))


# --- commands that write: one lock with the program -----------------------------------------------
def writes_database(when: Callable[[argparse.Namespace], bool] = lambda _args: True):
    """Declares a command that writes or replaces the database (every import too): it runs holding the
    data folder's lock, the same one the open program holds (platform/instance_lock.py), so it never
    changes a file the program has open. Refused (DataFolderInUse; StorageReadOnly/StorageFull when the
    lock cannot even be written) when it cannot take it. ``when``: for a command that writes only with
    an option (retention --apply)."""

    def declare(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        @functools.wraps(command)
        def locked(args: argparse.Namespace) -> int:
            if not when(args):
                return command(args)
            lock = hold_data_folder(resolve_paths(args.data_dir).data_dir)
            try:
                return command(args)
            finally:
                lock.release()

        locked.__dict__["writes_database"] = when  # read by tests: which commands take the lock
        return locked

    return declare


def hold_data_folder(data_dir) -> InstanceLock:
    """The data folder's lock, now held by this process (release() it), or a CoopdeskError saying why not."""
    lock = InstanceLock(data_dir)
    if lock.acquire():
        return lock
    if lock.cannot_write:
        raise _storage_problem(data_dir) or StorageFull(path=str(data_dir))
    holder = lock.holder()
    raise DataFolderInUse(path=str(data_dir), pid=str(holder.pid) if holder else "?",
                          host=holder.hostname if holder else "?")


@writes_database()
def _demo(args: argparse.Namespace) -> int:
    """Demo people and the demo accounts, only on a new database: one transaction (all or nothing)."""
    from coopdesk.services.demo import generate_demo, unfinished_demo
    from coopdesk.services.demo_folder import DemoNeedsNewFolder

    paths = resolve_paths(args.data_dir)
    services = _open_with_passphrase(paths.data_dir)
    try:
        # Only a new database (no accounts, nobody registered), or one an older version's interrupted
        # demo left (demo people, no account): demo accounts have published passwords, so a folder that
        # holds data is refused, whoever asks.
        if not (services.accounts.needs_first_coordinator() or unfinished_demo(services)):
            raise DemoNeedsNewFolder(path=str(paths.data_dir), suggestion=str(_new_folder_next_to(paths.data_dir)))
    except BaseException:
        services.close()
        raise
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = generate_demo(services, people=args.people, seed=args.seed, progress=progress,
                               accounts=True)
    finally:
        services.close()
        print(file=sys.stderr)
    print(QCoreApplication.translate("Cli", "Created %1 participants in %2 s in %3")
          .replace("%1", str(result.participants))
          .replace("%2", f"{time.perf_counter() - started:.1f}")
          .replace("%3", str(paths.data_dir)))
    if result.accounts:
        _print_demo_accounts(result.accounts)
    return 0


def new_demo_folder() -> Path:
    """A new folder for ``coopdesk demo`` without --data-dir: demo-1, demo-2... in coopdesk-demo in the
    user's data location (~/.local/share/coopdesk-demo on Linux), next to, never in, coopdesk's own."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation))
    n = 1
    while (base / "coopdesk-demo" / f"demo-{n}").exists():
        n += 1
    return base / "coopdesk-demo" / f"demo-{n}"


def _new_folder_next_to(folder) -> Path:
    """A folder next to ``folder`` that does not exist yet (for the demo's refusal message)."""
    folder = Path(folder)
    candidate, n = folder.with_name(f"{folder.name}-demo"), 1
    while candidate.exists():
        n += 1
        candidate = folder.with_name(f"{folder.name}-demo-{n}")
    return candidate


def _print_demo_accounts(accounts) -> None:
    print(QCoreApplication.translate("Cli", "Demo accounts (user name, password, role), for trying coopdesk only:"))
    for username, password, role in accounts:
        print(f"  {username:<14} {password:<26} {QCoreApplication.translate('Labels', ROLE_LABELS[role])}")


# --- signing in -----------------------------------------------------------------------------------
def credentials() -> tuple[str, str]:
    """User name and password: COOPDESK_USER / COOPDESK_PASSWORD (for scripts), else asked."""
    user = os.environ.get("COOPDESK_USER", "")
    password = os.environ.get("COOPDESK_PASSWORD")
    if user and password is not None:
        return user, password
    if not sys.stdin.isatty():
        raise CredentialsMissing()
    if not user:
        print(QCoreApplication.translate("Cli", "User name: "), end="", file=sys.stderr, flush=True)
        user = sys.stdin.readline().strip()
    return user, getpass.getpass(QCoreApplication.translate("Cli", "Password: "))


def sign_in(services: Services, permission: Permission | None = None) -> Services:
    """The same open database, working as the user whose credentials are given; checks ``permission``."""
    try:
        if services.accounts.needs_first_coordinator():
            raise NoAccountsYet()
        user, password = credentials()
        actor = services.accounts.authenticate(user, password)
        if permission is not None:
            require(actor, permission)
    except BaseException:
        services.close()
        raise
    return Services(services.db, Context(actor=actor, today=services.ctx.today))


def _check(args: argparse.Namespace) -> int:
    from coopdesk.services.integrity import check_database

    paths = resolve_paths(args.data_dir)
    services = sign_in(_open_with_passphrase(paths.data_dir))
    report = check_database(services.db)
    services.close()
    if report.ok:
        print(QCoreApplication.translate("Cli", "Database is sound: %1 participants, schema %2")
              .replace("%1", str(report.participants)).replace("%2", report.revision))
        return 0
    for problem in report.problems:
        print(problem, file=sys.stderr)
    return 1


def _passphrase() -> str | None:
    """The passphrase of an encrypted database: COOPDESK_PASSPHRASE, else asked on a terminal."""
    import os

    if os.environ.get("COOPDESK_PASSPHRASE"):
        return os.environ["COOPDESK_PASSPHRASE"]
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(QCoreApplication.translate("Cli", "Database passphrase: ")) or None
    return None


def _open_with_passphrase(data_dir):
    from coopdesk.domain.errors import DatabaseEncrypted

    before_sign_in = Context(actor=SYSTEM_ACTOR)  # only to sign in (or for the first demo); sign_in() replaces it
    try:
        return open_services(data_dir, before_sign_in)
    except DatabaseEncrypted:
        key = _passphrase()
        if key is None:
            raise
        return open_services(data_dir, before_sign_in, key=key)


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    paths = resolve_paths(args.data_dir)
    services = sign_in(_open_with_passphrase(paths.data_dir), Permission.BACKUP)
    target = Path(args.out).expanduser()
    try:
        if args.out.endswith(("/", os.sep)):  # "a folder", even one not made yet (Path drops the slash)
            target.mkdir(parents=True, exist_ok=True)
        info = services.backups.backup_to(target)
        check = services.backups.verify_backup(info.path)
    except Exception as exc:  # a full or read-only stick: say so, naming the stick (not the data folder)
        problem = None if isinstance(exc, CoopdeskError) else storage_error(exc, target)
        if problem is None:
            raise
        raise problem from exc
    finally:
        services.close()
    print(QCoreApplication.translate("Cli", "Backup written to %1 (%2 participants, verified)")
          .replace("%1", str(info.path)).replace("%2", str(check.participants)))
    return 0


@writes_database()
def _restore(args: argparse.Namespace) -> int:
    """Verify FILE first; a bad file is refused and the database is left as it was."""
    from pathlib import Path

    from coopdesk.domain.errors import BackupInvalid, DatabaseDamaged, DatabaseEncrypted
    from coopdesk.services.app_services import database_path
    from coopdesk.services.backup import restore_file, verify_backup
    from coopdesk.services.startup_health import encryption_confirmed

    paths = resolve_paths(args.data_dir)
    backup = Path(args.file).expanduser()
    db_file = database_path(paths.data_dir)
    key = None
    first = verify_backup(backup)  # a bad file is refused before the database is even opened
    if first.encrypted:
        key = _passphrase()
        first = verify_backup(backup, key)
    if not first.ok:
        raise BackupInvalid(path=str(backup), detail="; ".join(first.problems))
    try:
        if not db_file.exists():
            raise DatabaseDamaged(path=str(db_file), detail="missing")
        try:
            services = _open_with_passphrase(paths.data_dir)
        except DatabaseEncrypted as exc:
            if encryption_confirmed(db_file):  # a database coopdesk encrypted: its passphrase is needed
                raise
            # no marker and no passphrase opens it: random bytes look the same as an older version's
            # encrypted file; like the GUI's "the file is damaged", replace it (its bytes are kept)
            raise DatabaseDamaged(path=str(db_file), detail="no passphrase opens it") from exc
        services = sign_in(services, Permission.RESTORE)
        try:
            result = services.backups.restore(backup, key=key)
        finally:
            services.close()
    except DatabaseDamaged:
        # The current file is missing or damaged: nothing to sign in against; restore the file itself.
        result, key = restore_file(db_file, backup, backup_key=key)
        open_services(paths.data_dir, Context(actor=SYSTEM_ACTOR), key=key).close()  # migrates an older schema
    print(QCoreApplication.translate("Cli", "Database restored from %1 (%2 participants); the previous file was kept as %3")
          .replace("%1", str(result.restored_from)).replace("%2", str(result.participants))
          .replace("%3", str(result.safety_copy or "-")))
    return 0


def _export_participants(args: argparse.Namespace) -> int:
    """`coopdesk export-participants`: an alias of `coopdesk export participants --layout plain`."""
    from coopdesk.cli import export_participants

    args.layout = "plain"
    return export_participants.run(args)


@writes_database(when=lambda args: args.apply)
def _retention(args: argparse.Namespace) -> int:
    """List the records past their retention date (by stable id); with --apply anonymise them."""
    services = sign_in(_open_with_passphrase(resolve_paths(args.data_dir).data_dir), Permission.GDPR_MANAGE)
    try:
        due = services.projects.due_for_anonymisation()
        for record in due:  # the project whose keep-until date is the person's latest
            print(f"{record.participant_uuid}\t{record.project_code}\t{format_date(record.retention_date)}")
        projects = services.projects.list()
        undated = ", ".join(p.code for p in projects if p.retention_base_date is None)
        held = ", ".join(p.code for p in projects if p.legal_hold)
        if undated:
            print(QCoreApplication.translate("Cli", "No retention base date yet (nothing of them is due): %1")
                  .replace("%1", undated), file=sys.stderr)
        if held:
            print(QCoreApplication.translate("Cli", "On legal hold (nobody of them is anonymised): %1")
                  .replace("%1", held), file=sys.stderr)
        if not args.apply:
            print(QCoreApplication.translate("Cli", "%1 records are past their retention date; run with --apply to anonymise them")
                  .replace("%1", str(len(due))), file=sys.stderr)
            return 0
        done = services.projects.anonymise(r.participant_id for r in due)
    finally:
        services.close()
    print(QCoreApplication.translate("Cli", "Anonymised %1 records").replace("%1", str(done)), file=sys.stderr)
    return 0


# Commands grouped by verb: `coopdesk import participants FILE`, `coopdesk export participants --out F`.
# Each module gives HELP, add_arguments(parser), run(args) -> int and writes(args) -> bool.
GROUPS: dict[str, dict[str, str]] = {
    "import": {"participants": "coopdesk.cli.import_participants"},
    "export": {"participants": "coopdesk.cli.export_participants"},
}
GROUP_HELP = {"import": "read records from a spreadsheet (coopdesk import KIND FILE)",
              "export": "write records to a spreadsheet (coopdesk export KIND --out FILE)"}


def _grouped(group: str) -> Callable[[argparse.Namespace], int]:
    def command(args: argparse.Namespace) -> int:
        return int(importlib.import_module(GROUPS[group][args.kind]).run(args))

    def writes(args: argparse.Namespace) -> bool:
        return bool(importlib.import_module(GROUPS[group][args.kind]).writes(args))

    return writes_database(when=writes)(command)


# Every command; those that write the database declare it with @writes_database.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo, "check": _check, "backup": _backup, "restore": _restore,
    "export-participants": _export_participants, "retention": _retention,
    "import": _grouped("import"), "export": _grouped("export"),
}
