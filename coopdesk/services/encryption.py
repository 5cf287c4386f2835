"""Encryption at rest (coordinator only): encrypt the open database in place, change the passphrase,
list and (on request) wipe the plain copies made before encryption."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coopdesk.db import encryption, sqlite_files
from coopdesk.db.engine import Database, make_sqlite_engine
from coopdesk.db.open import DB_FILENAME
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, require
from coopdesk.services.context import Context

MIN_PASSPHRASE = 8


class EncryptionFailed(CoopdeskError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Encrypting the database failed ({detail}). The database has not been changed."
    )


class PassphraseTooShort(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "The passphrase must have at least {n} characters.")


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    plain_copies: tuple[Path, ...]  # older unencrypted copies still on disk: ask before wiping them


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseTooShort(n=str(MIN_PASSPHRASE))


class EncryptionService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def _path(self) -> Path:
        return self._db.file

    def encrypt(self, passphrase: str, progress: Callable[[str], None] | None = None) -> EncryptResult:
        """Convert the plain database in place; from now on backups are encrypted with the same key.

        ``progress`` is told "copy", "verify", "replace"; an exception it raises (a cancel) before the
        replace leaves the database as it was (plain, still open) and no temporary copy."""
        require(self._ctx.actor, Permission.ENCRYPTION_MANAGE)
        check_passphrase(passphrase)
        if self._db.encrypted:
            raise EncryptionFailed(detail="already encrypted")
        self._convert(None, passphrase, progress)
        return EncryptResult(self._path, tuple(self.plain_copies()))

    def change_passphrase(self, old: str, new: str) -> None:
        require(self._ctx.actor, Permission.ENCRYPTION_MANAGE)
        check_passphrase(new)
        if not self._db.encrypted or old != self._db.key:
            raise EncryptionFailed(detail="the current passphrase is wrong")
        self._convert(old, new)

    def _convert(self, old: str | None, new: str, progress: Callable[[str], None] | None = None) -> None:
        self._db.engine.dispose()
        failures: tuple[type[Exception], ...] = (encryption.ConversionFailed, *sqlite_files.database_errors(new))
        try:
            encryption.convert_database(self._path, old, new, progress or (lambda _step: None))
        except failures as exc:
            raise EncryptionFailed(detail=str(exc)) from exc
        self._db.rebind(make_sqlite_engine(self._path, new))

    def plain_copies(self) -> list[Path]:
        """Unencrypted copies (old backups, pre-migration copies) in the data folder."""
        return encryption.plain_copies(self._path.parent, DB_FILENAME)

    def wipe_plain_copies(self, paths: list[Path]) -> list[Path]:
        """Overwrite and delete the given plain copies (only files in the data folder, only plain ones)."""
        require(self._ctx.actor, Permission.ENCRYPTION_MANAGE)
        allowed = {p.resolve() for p in self.plain_copies()}
        wiped = []
        for p in paths:
            if Path(p).resolve() in allowed:
                sqlite_files.wipe_file(Path(p))
                wiped.append(Path(p))
        return wiped
