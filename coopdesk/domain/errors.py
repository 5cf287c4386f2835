"""Domain errors. Messages are English source strings translated in the UI/CLI (context "Errors")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class FieldIssue:
    """A problem with one field: ``message`` is an English template with ``{name}`` placeholders."""

    field: str
    message: str
    params: dict[str, str] = dataclass_field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def render(self, translate: Callable[[str], str] = _same) -> str:
        return translate(self.message).format(**self.params)


class CoopdeskError(Exception):
    """Base of errors a user may see. ``message`` is an English template (context "Errors")."""

    message: str = QT_TRANSLATE_NOOP("Errors", "The operation failed.")

    def __init__(self, message: str | None = None, **params: str) -> None:
        self.template = message or self.message
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.template.format(**self.params))

    def render(self, translate: Callable[[str], str] = _same) -> str:
        return translate(self.template).format(**self.params)


class ValidationFailed(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "Some fields are not valid.")

    def __init__(self, issues: list[FieldIssue]) -> None:
        super().__init__()
        self.issues = [i for i in issues if i.severity is Severity.ERROR]
        self.warnings = [i for i in issues if i.severity is Severity.WARNING]

    def __str__(self) -> str:
        return "; ".join(f"{i.field}: {i.render()}" for i in self.issues)


class NotFound(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "The record no longer exists.")


class PermissionDenied(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "You do not have permission to do this.")


class DatabaseProblem(CoopdeskError):
    """The database file cannot be used; the file has been left as it was."""

    message = QT_TRANSLATE_NOOP("Errors", "The database cannot be opened.")


class DatabaseTooNew(DatabaseProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} was written by a newer version of coopdesk (schema {revision}). "
        "Install the newer version; the file has not been changed.",
    )


class DatabaseDamaged(DatabaseProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is damaged or is not a coopdesk database ({detail}). "
        "The file has not been changed; restore it from a backup.",
    )


class DatabaseLocked(DatabaseProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is locked by another program. Close the other program and try again; "
        "the file has not been changed.",
    )


class DatabaseEncrypted(DatabaseProblem):
    """Not a plain SQLite file but possibly an encrypted one: ask for the passphrase."""

    message = QT_TRANSLATE_NOOP("Errors", "The database {path} is encrypted. Enter the passphrase to open it.")


class WrongPassphrase(DatabaseEncrypted):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase does not open the database {path}: it is wrong, or the file is damaged. "
        "The file has not been changed.",
    )


class BackupInvalid(CoopdeskError):
    """A backup copy failed verification; nothing was replaced."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} cannot be used ({detail}). Nothing has been replaced.",
    )


class StorageProblem(CoopdeskError):
    """The disk or folder holding the data cannot be written; nothing was changed by the failed step."""

    message = QT_TRANSLATE_NOOP("Errors", "coopdesk cannot write to {path}. Nothing has been changed.")


class StorageFull(StorageProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full: coopdesk cannot write to {path}. Nothing has been saved by this step and the "
        "data saved before are untouched. Free some space on the disk, then try again.",
    )


class StorageReadOnly(StorageProblem):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is read-only (a write-protected disk or folder, or no permission to write): coopdesk "
        "cannot save there. Nothing has been changed. Make it writable or choose another place.",
    )


class DataFolderInUse(CoopdeskError):
    """Another coopdesk (the program or a command) holds the data folder's lock."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder {path} is in use by another coopdesk (PID {pid} on {host}). Close the program "
        "or wait for the other command to end, then try again; nothing has been changed.",
    )


# What the disk says when it is full or read-only: errno values and the messages of SQLite.
_FULL_ERRNOS = frozenset({28, 122})  # ENOSPC, EDQUOT
_READ_ONLY_ERRNOS = frozenset({30, 13, 1})  # EROFS, EACCES, EPERM
_FULL_TEXTS = ("database or disk is full", "no space left on device", "disk quota exceeded")
_READ_ONLY_TEXTS = ("attempt to write a readonly database", "read-only file system", "readonly database")


def storage_error(exc: BaseException, path: object) -> StorageProblem | None:
    """StorageFull / StorageReadOnly for an error that says the disk is full or read-only (an OSError,
    or a database driver's error, also when wrapped), naming ``path`` (an OSError's own file name
    first); None for any other error. Only the error's text and number are looked at, never its data."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            where = current.filename or path
            if current.errno in _FULL_ERRNOS:
                return StorageFull(path=str(where))
            if current.errno in _READ_ONLY_ERRNOS:
                return StorageReadOnly(path=str(where))
        text = str(current.args[0]).lower() if current.args and isinstance(current.args[0], str) else ""
        if any(t in text for t in _FULL_TEXTS):
            return StorageFull(path=str(path))
        if any(t in text for t in _READ_ONLY_TEXTS):
            return StorageReadOnly(path=str(path))
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None
