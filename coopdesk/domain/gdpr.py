"""GDPR rules: consent purposes and validity, the retention date, what anonymisation keeps and removes.

Pure rules on plain values; the services apply them to the database. Legal background: domain.md §6
(consent is not the primary legal basis of ESF+ processing, but sharing, image and follow-up contact
need their own consent; retention is per project, computed from the project's end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP


class ConsentPurpose(StrEnum):
    """What a consent is for. Values are stored in ``consents.purpose`` (stable, ASCII)."""

    PARTICIPATION_PROCESSING = "participation_processing"
    SHARE_LEAD_PARTNER = "share_lead_partner"
    IMAGE = "image"
    FOLLOWUP_CONTACT = "followup_contact"


CONSENT_PURPOSE_LABELS: dict[ConsentPurpose, str] = {
    ConsentPurpose.PARTICIPATION_PROCESSING: QT_TRANSLATE_NOOP("Labels", "Participation and processing of data"),
    ConsentPurpose.SHARE_LEAD_PARTNER: QT_TRANSLATE_NOOP("Labels", "Sharing data with the lead partner"),
    ConsentPurpose.IMAGE: QT_TRANSLATE_NOOP("Labels", "Use of image (photos, publicity)"),
    ConsentPurpose.FOLLOWUP_CONTACT: QT_TRANSLATE_NOOP("Labels", "Follow-up contact after the project"),
}


class ConsentState(StrEnum):
    VALID = "valid"
    MISSING = "missing"  # never recorded
    REFUSED = "refused"  # recorded, not granted
    NOT_YET = "not_yet"  # given on a later date than asked about
    UNDATED = "undated"  # recorded as given, but without the date it was given: proves nothing
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


CONSENT_STATE_LABELS: dict[ConsentState, str] = {
    ConsentState.VALID: QT_TRANSLATE_NOOP("Labels", "Valid"),
    ConsentState.MISSING: QT_TRANSLATE_NOOP("Labels", "Not recorded"),
    ConsentState.REFUSED: QT_TRANSLATE_NOOP("Labels", "Not given"),
    ConsentState.NOT_YET: QT_TRANSLATE_NOOP("Labels", "Not yet in force"),
    ConsentState.UNDATED: QT_TRANSLATE_NOOP("Labels", "No date given"),
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}


@dataclass(frozen=True)
class ConsentRecord:
    """A participant's consent for one purpose. ``granted=False`` records a refusal."""

    participant_id: int
    purpose: ConsentPurpose
    granted: bool = True
    given_on: date | None = None
    expires_on: date | None = None  # last day the consent holds
    withdrawn_on: date | None = None  # from this day on the consent no longer holds
    note: str = ""

    def state(self, on_date: date) -> ConsentState:
        if not self.granted:
            return ConsentState.REFUSED
        if self.withdrawn_on is not None and self.withdrawn_on <= on_date:
            return ConsentState.WITHDRAWN
        if self.given_on is None:  # a consent counts from the day it was given; no day, no consent
            return ConsentState.UNDATED
        if self.given_on > on_date:
            return ConsentState.NOT_YET
        if self.expires_on is not None and self.expires_on < on_date:
            return ConsentState.EXPIRED
        return ConsentState.VALID

    def valid_on(self, on_date: date) -> bool:
        return self.state(on_date) is ConsentState.VALID


def consent_state(consent: ConsentRecord | None, on_date: date) -> ConsentState:
    return ConsentState.MISSING if consent is None else consent.state(on_date)


def consent_issues(consent: ConsentRecord) -> list[str]:
    """English messages (context "Errors") for dates that contradict each other."""
    issues: list[str] = []
    if consent.granted and consent.given_on is None and consent.withdrawn_on is None:  # withdrawing stays possible
        issues.append(QT_TRANSLATE_NOOP("Errors", "Enter the date the consent was given."))
    if consent.given_on and consent.expires_on and consent.expires_on < consent.given_on:
        issues.append(QT_TRANSLATE_NOOP("Errors", "The consent expires before it was given."))
    if consent.given_on and consent.withdrawn_on and consent.withdrawn_on < consent.given_on:
        issues.append(QT_TRANSLATE_NOOP("Errors", "The consent was withdrawn before it was given."))
    if not consent.granted and consent.withdrawn_on:
        issues.append(QT_TRANSLATE_NOOP("Errors", "A consent that was not given cannot be withdrawn."))
    return issues


# --- export: what is withheld and why ---------------------------------------------------------------


class WithheldReason(StrEnum):
    NO_CONSENT = "no_consent"
    CONSENT_EXPIRED = "consent_expired"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    ANONYMISED = "anonymised"


@dataclass(frozen=True)
class WithheldItem:
    """A person left out of an export: the stable id (never the name) and the reason."""

    participant_uuid: str
    reason: WithheldReason


def withheld_reason(consent: ConsentRecord | None, anonymised: bool, on_date: date) -> WithheldReason | None:
    """Why a person may not be exported for a consent-bound purpose on ``on_date`` (None: may be)."""
    if anonymised:
        return WithheldReason.ANONYMISED
    state = consent_state(consent, on_date)
    if state is ConsentState.VALID:
        return None
    if state is ConsentState.EXPIRED:
        return WithheldReason.CONSENT_EXPIRED
    if state is ConsentState.WITHDRAWN:
        return WithheldReason.CONSENT_WITHDRAWN
    return WithheldReason.NO_CONSENT


# --- retention --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionDefaults:
    """Default archiving periods (years after the project's end year); data from resources/data."""

    years: int
    source: str = ""


def retention_date(project_end: date | None, retention_years: int) -> date | None:
    """Keep until 31 December of (end year + years); None when the project has no end date yet."""
    if project_end is None:
        return None
    return date(project_end.year + retention_years, 12, 31)


def is_due(retention: date | None, today: date) -> bool:
    """A record is due for anonymisation the day after its retention date."""
    return retention is not None and today > retention


@dataclass(frozen=True)
class ProjectDraft:
    code: str = ""
    name: str = ""
    start_date: date | None = None
    end_date: date | None = None
    retention_years: int = 5
    retention_note: str = ""
    # The project's identity printed on documents (schema 0008)
    number: str = ""  # as in the grant agreement, e.g. FEMP.06.12-IP.01-0001/23
    programme: str = ""  # e.g. Fundusze Europejskie dla Małopolski 2021-2027
    priority: str = ""
    action: str = ""
    lead_partner: str = ""
    partners: str = ""  # one a line
    controllers: str = ""  # the data controllers as printed (empty: the centre)
    logo_strip: str = ""  # the strip of the funds' logos: images.sha256, or ""


# A project number as funding programmes write it: 2021-2027 "FEMP.06.12-IP.01-0001/23",
# "FERS.01.05-IP.08-0001/23"; 2014-2020 "RPMP.09.01.01-12-0001/17", "POWR.01.02.01-IP.03-00-001/20".
PROJECT_NUMBER_RE = re.compile(r"^[A-Z]{2,6}(\.\d{1,2}){1,3}-[A-Z0-9.]+(-\d{2,5})+/\d{2}$")
PROJECT_TEXT_LIMITS = {"number": 60, "programme": 300, "priority": 300, "action": 300, "lead_partner": 300,
                       "partners": 2000, "controllers": 2000}


@dataclass(frozen=True)
class ProjectRecord(ProjectDraft):
    id: int = 0
    uuid: str = ""
    participants: int = 0

    @property
    def retention_date(self) -> date | None:
        return retention_date(self.end_date, self.retention_years)


def project_issues(draft: ProjectDraft) -> list[tuple[str, str]]:
    """(field, English message) for a project that cannot be saved."""
    issues: list[tuple[str, str]] = []
    if not draft.code.strip():
        issues.append(("code", QT_TRANSLATE_NOOP("Errors", "Enter the project code.")))
    if not draft.name.strip():
        issues.append(("name", QT_TRANSLATE_NOOP("Errors", "Enter the project name.")))
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        issues.append(("end_date", QT_TRANSLATE_NOOP("Errors", "The project ends before it starts.")))
    if not 0 <= draft.retention_years <= 50:
        issues.append(("retention_years", QT_TRANSLATE_NOOP("Errors", "The retention period must be 0 to 50 years.")))
    number = draft.number.strip()
    if number and not PROJECT_NUMBER_RE.match(number):
        issues.append(("number", QT_TRANSLATE_NOOP(
            "Errors", "Enter the project number as in the grant agreement, e.g. FEMP.06.12-IP.01-0001/23.")))
    named = {f for f, _ in issues}
    for name, limit in PROJECT_TEXT_LIMITS.items():
        if name not in named and len(getattr(draft, name).strip()) > limit:
            issues.append((name, QT_TRANSLATE_NOOP("Errors", "The text is too long.")))
    return issues


@dataclass(frozen=True)
class DueRecord:
    """A participant whose retention date has passed (shown before anonymising)."""

    participant_id: int
    participant_uuid: str
    project_code: str
    retention_date: date


# --- anonymisation ---------------------------------------------------------------------------------
# What anonymisation keeps, clears or generalises is declared per column beside each table
# (coopdesk/db/tables.py, coopdesk/domain/protection.py); these are two of its generalisations.


def anonymised_birth_date(birth: date | None) -> date | None:
    """Only the birth year survives, stored as 1 July of that year (the middle of the year)."""
    return date(birth.year, 7, 1) if birth else None


def anonymised_label(uuid: str) -> str:
    """What stands in for the name of an anonymised record (the stable id, shortened)."""
    return f"[{uuid[:8]}]"
