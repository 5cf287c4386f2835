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
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP as N
from coopdesk.domain.permissions import SPECIAL_PARTICIPANT_FIELDS


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    READ = "read"
    RESTORE = "restore"


ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: N("Labels", "Created"),
    AuditAction.UPDATE: N("Labels", "Changed"),
    AuditAction.DELETE: N("Labels", "Deleted"),
    AuditAction.READ: N("Labels", "Viewed sensitive data"),
    AuditAction.RESTORE: N("Labels", "Restored an old value"),
}
# A create/delete of a row that belongs to the record (a category, a consent...) reads better this way.
CHILD_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: N("Labels", "Added"),
    AuditAction.DELETE: N("Labels", "Removed"),
}

# Readable names of journaled fields (English templates, context "Labels").
FIELD_LABELS: dict[str, str] = {
    "first_name": N("Labels", "First name"),
    "last_name": N("Labels", "Last name"),
    "pesel": N("Labels", "PESEL"),
    "birth_date": N("Labels", "Birth date"),
    "sex": N("Labels", "Sex"),
    "citizenship": N("Labels", "Citizenship"),
    "phone": N("Labels", "Phone"),
    "email": N("Labels", "E-mail"),
    "voivodeship": N("Labels", "Voivodeship"),
    "powiat": N("Labels", "District (powiat)"),
    "gmina": N("Labels", "Municipality (gmina)"),
    "town": N("Labels", "Town"),
    "street": N("Labels", "Street"),
    "building_no": N("Labels", "Building number"),
    "flat_no": N("Labels", "Flat number"),
    "postal_code": N("Labels", "Postal code"),
    "degurba": N("Labels", "Degree of urbanisation (DEGURBA)"),
    "education": N("Labels", "Education"),
    "labour_status": N("Labels", "Labour-market status"),
    "labour_detail": N("Labels", "Labour-market status detail"),
    "disability": N("Labels", "Disability"),
    "minority": N("Labels", "Minority"),
    "foreign_background": N("Labels", "Foreign background"),
    "homeless": N("Labels", "Homeless or excluded from housing"),
    "recruitment_date": N("Labels", "Recruitment date"),
    "recruitment_source": N("Labels", "Recruitment source"),
    "advisor_id": N("Labels", "Advisor"),
    "project_start": N("Labels", "Project start"),
    "project_end": N("Labels", "Project end"),
    "stage": N("Labels", "Stage"),
    "notes": N("Labels", "Notes"),
    "project_id": N("Labels", "Project"),
    "anonymised_at": N("Labels", "Anonymised on"),
    "username": N("Labels", "User name"),
    "full_name": N("Labels", "Full name"),
    "role": N("Labels", "Role"),
    "password_hash": N("Labels", "Password"),
    "active": N("Labels", "Active"),
    "must_change_password": N("Labels", "Must change password"),
    "last_login_at": N("Labels", "Last login"),
    "code": N("Labels", "Code"),
    "name": N("Labels", "Name"),
    "proof_hint": N("Labels", "Proof hint"),
    "special": N("Labels", "Special-category data"),
    "sort_order": N("Labels", "Order"),
    "start_date": N("Labels", "Start date"),
    "end_date": N("Labels", "End date"),
    "retention_years": N("Labels", "Retention (years)"),
    "retention_note": N("Labels", "Retention note"),
    "proof_document": N("Labels", "Proof document"),
    "proof_date": N("Labels", "Proof date"),
    "changed_on": N("Labels", "Date"),
    "changed_by_id": N("Labels", "Changed by"),
    "note": N("Labels", "Note"),
    "granted": N("Labels", "Granted"),
    "given_on": N("Labels", "Given on"),
    "expires_on": N("Labels", "Expires on"),
    "withdrawn_on": N("Labels", "Withdrawn on"),
    "purpose": N("Labels", "Purpose"),
    "category_id": N("Labels", "At-risk category"),
    "user_id": N("Labels", "User"),
    "shared_by_id": N("Labels", "Shared by"),
}
# Prefixes of fields of rows journaled under their participant ("category:BEZR" ...).
CHILD_LABELS: dict[str, str] = {
    "category": N("Labels", "At-risk category {key}"),
    "stage_history": N("Labels", "Stage history"),
    "consent": N("Labels", "Consent: {key}"),
    "share": N("Labels", "Case shared with {key}"),
}

# Participant fields whose old value can be put back through the participant service.
RESTORABLE_PARTICIPANT_FIELDS: frozenset[str] = frozenset({
    "first_name", "last_name", "pesel", "birth_date", "sex", "citizenship", "phone", "email",
    "voivodeship", "powiat", "gmina", "town", "street", "building_no", "flat_no", "postal_code",
    "degurba", "education", "labour_status", "labour_detail", "disability", "minority",
    "foreign_background", "homeless", "recruitment_date", "recruitment_source", "advisor_id",
    "project_start", "project_end", "stage", "notes",
})


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
    message = N("Errors", "This entry cannot be restored: only changed fields of a record can be put back.")



def special_fields_shown(record: object) -> list[str]:
    """The special-category fields of a participant record that hold data (reading them is journaled)."""
    return [f for f in SPECIAL_PARTICIPANT_FIELDS if getattr(record, f, None) not in (None, "", ())]
