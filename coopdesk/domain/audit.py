"""The audit journal as the services hand it out: entries, actions, field labels, what can be restored.

How the journal stores things (written by ``coopdesk/db/audit.py``):

- ``update``: one entry per changed field, ``old`` -> ``new`` as text (dates ISO 8601).
- ``create`` / ``delete``: one entry per record, ``new`` (create) or ``old`` (delete) is a compact JSON
  object of the record's non-empty fields.
- rows that belong to a participant (at-risk categories, stage history, consents, case shares) are
  journaled under the participant (``table="participants"``, ``record_id`` = the participant) with a
  field such as ``category:BEZR``, ``stage_history``, ``consent:image`` or ``share:anowak``; their
  attribute changes as ``category:BEZR.proof_document``.
- ``read``: special-category data was shown; ``field`` lists the fields (no values).
- ``restore``: a user put an old value back (the change itself is the ``update`` entry next to it).
- ``export``: data left the database (an export file, a manual backup): ``table="exports"``, ``field`` the
  columns, ``new`` a JSON object {kind, destination, count, participants: [uuids] (when listed)}.
- ``sign_in_failed``: ``table="users"``, ``field`` the reason, the user name tried in ``new``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    READ = "read"
    RESTORE = "restore"
    EXPORT = "export"  # data left the database: an export file, a manual backup (who, where, which, columns)
    SIGN_IN_FAILED = "sign_in_failed"  # a wrong password or a locked account (no password is written)
    IMPORT = "import"  # a spreadsheet was imported: file name and hash, counts, columns (never a value)
    IMPORT_UNDONE = "import_undone"  # an import batch was undone


ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Labels", "Created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("Labels", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Deleted"),
    AuditAction.READ: QT_TRANSLATE_NOOP("Labels", "Viewed sensitive data"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("Labels", "Restored an old value"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "Exported"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("Labels", "Imported"),
    AuditAction.IMPORT_UNDONE: QT_TRANSLATE_NOOP("Labels", "Undid an import"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Labels", "Failed sign-in"),
}
# A create/delete of a row that belongs to the record (a category, a consent...) reads better this way.
CHILD_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Labels", "Added"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Removed"),
}

# Readable names of journaled fields are declared beside the tables (the ``label`` of each column in
# coopdesk/db/tables.py); coopdesk/db/protection.py collects them as FIELD_LABELS.
# Prefixes of fields of rows journaled under their participant ("category:BEZR" ...).
CHILD_LABELS: dict[str, str] = {
    "category": QT_TRANSLATE_NOOP("Labels", "At-risk category {key}"),
    "stage_history": QT_TRANSLATE_NOOP("Labels", "Stage history"),
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent: {key}"),
    "share": QT_TRANSLATE_NOOP("Labels", "Case shared with {key}"),
    "participation": QT_TRANSLATE_NOOP("Labels", "Participation in {key}"),
    "support": QT_TRANSLATE_NOOP("Labels", "Form of support: {key}"),
}

# Which participant fields can be restored is declared beside the table (restorable=True in
# coopdesk/db/tables.py; coopdesk/db/protection.py RESTORABLE_PARTICIPANT_FIELDS).


@dataclass(frozen=True)
class FieldRef:
    """A journaled field split into its parts: ``category:BEZR.proof_date`` -> (category, BEZR, proof_date)."""

    child: str  # "" for a field of the record itself
    key: str
    attribute: str

    @classmethod
    def parse(cls, field: str) -> FieldRef:
        if ":" not in field and field not in CHILD_LABELS:
            return cls("", "", field)
        child, _, rest = field.partition(":")
        key, _, attribute = rest.partition(".")
        if child == "stage_history" and not rest:
            return cls(child, "", "")
        return cls(child, key, attribute)


@dataclass(frozen=True)
class AuditRecord:
    """One journal entry. ``old``/``new`` are text (JSON objects for create/delete), None when empty."""

    id: int
    at: datetime  # UTC
    username: str
    action: AuditAction
    table: str
    field: str
    old: str | None
    new: str | None
    record_id: int | None = None
    restorable: bool = False

    @property
    def is_child(self) -> bool:
        return bool(FieldRef.parse(self.field).child)

    def values(self, which: str) -> dict[str, str] | None:
        """The JSON object of a create/delete entry (``which`` = "old" or "new"), else None."""
        text = self.old if which == "old" else self.new
        if not text or not text.startswith("{"):
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        return data if isinstance(data, dict) else None


class NotRestorable(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "This entry cannot be restored: only changed fields of a record can be put back.")
