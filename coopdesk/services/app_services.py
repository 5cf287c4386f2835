"""The services of one open database for one actor: what the GUI and the CLI are handed."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from coopdesk.db.engine import Database
from coopdesk.db.open import DB_FILENAME, open_sqlite
from coopdesk.domain.actor import Actor
from coopdesk.services.accounts import AccountService
from coopdesk.services.audit import AuditService
from coopdesk.services.backup import BackupService
from coopdesk.services.centre import CentreService
from coopdesk.services.consents import ConsentService
from coopdesk.services.context import Context
from coopdesk.services.dictionaries import DictionaryService
from coopdesk.services.eligibility import EligibilityService
from coopdesk.services.encryption import EncryptionService
from coopdesk.services.gdpr import GdprService
from coopdesk.services.list_export import ListExportService
from coopdesk.services.participant_import import ParticipantImportService
from coopdesk.services.participants import ParticipantService
from coopdesk.services.projects import ProjectService


class Services:
    def __init__(self, db: Database, ctx: Context) -> None:
        if not isinstance(ctx, Context):
            raise TypeError("Services needs a Context with the acting user")
        self.db = db
        self.ctx = ctx
        self.participants = ParticipantService(db, self.ctx)
        self.dictionaries = DictionaryService(db, self.ctx)
        self.audit = AuditService(db, self.ctx, self.participants)
        self.consents = ConsentService(db, self.ctx)
        self.projects = ProjectService(db, self.ctx)
        self.centre = CentreService(db, self.ctx)
        self.gdpr = GdprService(db, self.ctx)
        self.accounts = AccountService(db, self.ctx)
        self.backups = BackupService(db, self.ctx)
        self.encryption = EncryptionService(db, self.ctx)
        self.list_export = ListExportService(db, self.ctx)
        self.eligibility = EligibilityService(db, self.ctx)
        self.participant_import = ParticipantImportService(db, self.ctx)

    def unit_of_work(self) -> AbstractContextManager[Session]:
        """One transaction across service calls: ``with services.unit_of_work(): ...`` — every call made
        inside (in this thread) joins it; all of it is saved at the end or, on any error, none of it."""
        return self.db.unit_of_work(self.ctx.actor)

    def snapshot(self) -> AbstractContextManager[Session]:
        """One consistent, read-only view across service calls (reports); writing inside is refused."""
        return self.db.snapshot(self.ctx.actor)

    def as_actor(self, actor: Actor) -> Services:
        """The same open database, working for ``actor`` (permissions and the audit journal follow)."""
        return Services(self.db, replace(self.ctx, actor=actor))

    def close(self) -> None:
        self.db.dispose()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def open_services(data_dir: Path, ctx: Context, key: str | None = None, check_pages: bool = True) -> Services:
    """Open (create, migrate) the database in ``data_dir`` and seed the default dictionaries.

    ``ctx``: who works with it (there is no default; before sign-in, pass ``Context(actor=SYSTEM_ACTOR)``).

    ``key``: the passphrase of an encrypted database (DatabaseEncrypted is raised when it is needed).
    """
    if not isinstance(ctx, Context):
        raise TypeError("open_services needs a Context with the acting user")
    services = Services(open_sqlite(database_path(data_dir), key=key, check_pages=check_pages), ctx)
    services.dictionaries.seed_defaults()
    return services
