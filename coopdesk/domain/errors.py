"""Domain errors. Messages are English source strings translated in the UI/CLI (context "Errors")."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP

ERROR_CONTEXT = "Errors"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class FieldIssue:
    """A problem with one field: ``message`` is an English template with ``{name}`` placeholders."""

    field: str
    message: str
    params: dict[str, str] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def render(self, translate=lambda text: text) -> str:
        return translate(self.message).format(**self.params)


class CoopdeskError(Exception):
    """Base of errors a user may see. ``message`` is an English template (context "Errors")."""

    message: str = QT_TRANSLATE_NOOP("Errors", "The operation failed.")

    def __init__(self, message: str | None = None, **params: str) -> None:
        self.template = message or self.message
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.template.format(**self.params))

    def render(self, translate=lambda text: text) -> str:
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
