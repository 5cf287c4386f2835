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


ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Labels", "Created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("Labels", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Deleted"),
    AuditAction.READ: QT_TRANSLATE_NOOP("Labels", "Viewed sensitive data"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("Labels", "Restored an old value"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "Exported"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Labels", "Failed sign-in"),
}
# A create/delete of a row that belongs to the record (a category, a consent...) reads better this way.
CHILD_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Labels", "Added"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Removed"),
}

# Readable names of journaled fields (English templates, context "Labels").
FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "pesel": QT_TRANSLATE_NOOP("Labels", "PESEL"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("Labels", "Sex"),
    "citizenship": QT_TRANSLATE_NOOP("Labels", "Citizenship"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "voivodeship": QT_TRANSLATE_NOOP("Labels", "Voivodeship"),
    "powiat": QT_TRANSLATE_NOOP("Labels", "District (powiat)"),
    "gmina": QT_TRANSLATE_NOOP("Labels", "Municipality (gmina)"),
    "town": QT_TRANSLATE_NOOP("Labels", "Town"),
    "street": QT_TRANSLATE_NOOP("Labels", "Street"),
    "building_no": QT_TRANSLATE_NOOP("Labels", "Building number"),
    "flat_no": QT_TRANSLATE_NOOP("Labels", "Flat number"),
    "postal_code": QT_TRANSLATE_NOOP("Labels", "Postal code"),
    "degurba": QT_TRANSLATE_NOOP("Labels", "Degree of urbanisation (DEGURBA)"),
    "education": QT_TRANSLATE_NOOP("Labels", "Education"),
    "labour_status": QT_TRANSLATE_NOOP("Labels", "Labour-market status"),
    "labour_detail": QT_TRANSLATE_NOOP("Labels", "Labour-market status detail"),
    "disability": QT_TRANSLATE_NOOP("Labels", "Disability"),
    "minority": QT_TRANSLATE_NOOP("Labels", "Minority"),
    "foreign_background": QT_TRANSLATE_NOOP("Labels", "Foreign background"),
    "homeless": QT_TRANSLATE_NOOP("Labels", "Homeless or excluded from housing"),
    "recruitment_date": QT_TRANSLATE_NOOP("Labels", "Recruitment date"),
    "recruitment_source": QT_TRANSLATE_NOOP("Labels", "Recruitment source"),
    "advisor_id": QT_TRANSLATE_NOOP("Labels", "Advisor"),
    "project_start": QT_TRANSLATE_NOOP("Labels", "Project start"),
    "project_end": QT_TRANSLATE_NOOP("Labels", "Project end"),
    "stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "project_id": QT_TRANSLATE_NOOP("Labels", "Project"),
    "anonymised_at": QT_TRANSLATE_NOOP("Labels", "Anonymised on"),
    "username": QT_TRANSLATE_NOOP("Labels", "User name"),
    "full_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "password_hash": QT_TRANSLATE_NOOP("Labels", "Password"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "must_change_password": QT_TRANSLATE_NOOP("Labels", "Must change password"),
    "last_login_at": QT_TRANSLATE_NOOP("Labels", "Last login"),
    "code": QT_TRANSLATE_NOOP("Labels", "Code"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "proof_hint": QT_TRANSLATE_NOOP("Labels", "Proof hint"),
    "special": QT_TRANSLATE_NOOP("Labels", "Special-category data"),
    "sort_order": QT_TRANSLATE_NOOP("Labels", "Order"),
    "start_date": QT_TRANSLATE_NOOP("Labels", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Labels", "End date"),
    "retention_years": QT_TRANSLATE_NOOP("Labels", "Retention (years)"),
    "retention_note": QT_TRANSLATE_NOOP("Labels", "Retention note"),
    "proof_document": QT_TRANSLATE_NOOP("Labels", "Proof document"),
    "proof_date": QT_TRANSLATE_NOOP("Labels", "Proof date"),
    "changed_on": QT_TRANSLATE_NOOP("Labels", "Date"),
    "changed_by_id": QT_TRANSLATE_NOOP("Labels", "Changed by"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "granted": QT_TRANSLATE_NOOP("Labels", "Granted"),
    "given_on": QT_TRANSLATE_NOOP("Labels", "Given on"),
    "expires_on": QT_TRANSLATE_NOOP("Labels", "Expires on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Labels", "Withdrawn on"),
    "purpose": QT_TRANSLATE_NOOP("Labels", "Purpose"),
    "category_id": QT_TRANSLATE_NOOP("Labels", "At-risk category"),
    "user_id": QT_TRANSLATE_NOOP("Labels", "User"),
    "shared_by_id": QT_TRANSLATE_NOOP("Labels", "Shared by"),
}
# Prefixes of fields of rows journaled under their participant ("category:BEZR" ...).
CHILD_LABELS: dict[str, str] = {
    "category": QT_TRANSLATE_NOOP("Labels", "At-risk category {key}"),
    "stage_history": QT_TRANSLATE_NOOP("Labels", "Stage history"),
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent: {key}"),
    "share": QT_TRANSLATE_NOOP("Labels", "Case shared with {key}"),
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
