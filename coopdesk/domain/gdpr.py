"""GDPR rules: consent purposes and validity, the retention date, what anonymisation keeps and removes.

Pure rules on plain values; the services apply them to the database. Legal background: domain.md §6
(consent is not the legal basis of ESF+ processing — monitoring, incl. the lead partner's list, rests on
the law — but optional purposes: sharing beyond monitoring, image and follow-up contact need their own
consent; retention is per project, counted from its base date, see below).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    # monitoring data go to the lead partner by law (services.monitoring_export); this consent is for more
    ConsentPurpose.SHARE_LEAD_PARTNER: QT_TRANSLATE_NOOP("Labels", "Sharing data with the lead partner beyond monitoring"),
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
# A project's records are kept until its base date (31 December of the year of the managing authority's
# last payment, entered when known) plus its period: retention_years, or the state-aid period (10 years,
# data: retention.json) when the project gave state aid. A legal hold stops anonymisation whatever the
# dates say. A person is due only when every participation's project says so (domain.md §6; issue 8).

STATE_AID_YEARS = 10  # the default of retention.json "state_aid_years" (read by services.projects)


@dataclass(frozen=True)
class RetentionDefaults:
    """Default archiving periods (years after the base date); data from assets/data/retention.json."""

    years: int
    source: str = ""
    state_aid_years: int = STATE_AID_YEARS


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def retention_date(base_date: date | None, retention_years: int, state_aid: bool = False,
                   state_aid_years: int = STATE_AID_YEARS) -> date | None:
    """Keep until the base date plus the period (with state aid at least ``state_aid_years``); None while
    the base date is not known."""
    if base_date is None:
        return None
    years = max(retention_years, state_aid_years) if state_aid else retention_years
    return add_years(base_date, years)


def is_due(retention: date | None, today: date) -> bool:
    """A record is due for anonymisation the day after its retention date."""
    return retention is not None and today > retention


@dataclass(frozen=True)
class ProjectRetention:
    """A project's retention rule, as the decision about its participants needs it."""

    code: str
    base_date: date | None
    years: int
    state_aid: bool = False
    legal_hold: bool = False
    state_aid_years: int = STATE_AID_YEARS

    @property
    def keep_until(self) -> date | None:
        return retention_date(self.base_date, self.years, self.state_aid, self.state_aid_years)


@dataclass(frozen=True)
class ParticipationRetention:
    """One participation of a person: its project's rule (None: without a project) and its dates."""

    project: ProjectRetention | None
    start_date: date | None = None
    exit_date: date | None = None


class Pending(StrEnum):
    """Why a person is not (yet) due for anonymisation."""

    NO_PARTICIPATION = "no_participation"
    WITHOUT_PROJECT = "without_project"  # a participation without a project: never due by rule
    LEGAL_HOLD = "legal_hold"
    NO_BASE_DATE = "no_base_date"  # a project's base date is not known yet
    NOT_YET = "not_yet"  # the latest keep-until date has not passed


PENDING_LABELS: dict[Pending, str] = {
    Pending.NO_PARTICIPATION: QT_TRANSLATE_NOOP("Labels", "Not due: the person has no participation."),
    Pending.WITHOUT_PROJECT: QT_TRANSLATE_NOOP(
        "Labels", "Not due: a participation has no project, so no retention period applies."),
    Pending.LEGAL_HOLD: QT_TRANSLATE_NOOP("Labels", "Not due: a project is on legal hold."),
    Pending.NO_BASE_DATE: QT_TRANSLATE_NOOP(
        "Labels", "Not due: a project's retention base date is not set yet."),
    Pending.NOT_YET: QT_TRANSLATE_NOOP("Labels", "Not due yet: the latest keep-until date has not passed."),
}


@dataclass(frozen=True)
class PersonRetention:
    """The retention of one person: due or why not, and until when the records are kept."""

    participations: tuple[ParticipationRetention, ...]
    keep_until: date | None  # the latest keep-until date, once every participation's project has one
    deciding: ProjectRetention | None  # the project whose keep-until date is the latest
    pending: Pending | None  # None: due

    @property
    def due(self) -> bool:
        return self.pending is None


def person_retention(participations: Sequence[ParticipationRetention], today: date) -> PersonRetention:
    """Due when every participation has a project with a base date, no project is on legal hold and the
    latest keep-until date has passed (the day after it). A participation without a project never
    makes anyone due."""
    items = tuple(participations)
    projects = [p.project for p in items]
    known = [p for p in projects if p is not None]
    dated = [p for p in known if p.keep_until is not None]
    complete = bool(items) and len(dated) == len(projects)
    deciding = max(dated, key=lambda p: p.keep_until or date.min) if complete else None
    keep_until = deciding.keep_until if deciding is not None else None
    if not items:
        pending: Pending | None = Pending.NO_PARTICIPATION
    elif len(known) < len(projects):
        pending = Pending.WITHOUT_PROJECT
    elif any(p.legal_hold for p in known):
        pending = Pending.LEGAL_HOLD
    elif not complete:
        pending = Pending.NO_BASE_DATE
    elif not is_due(keep_until, today):
        pending = Pending.NOT_YET
    else:
        pending = None
    return PersonRetention(items, keep_until, deciding, pending)


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
    # Retention (schema 0009): the base date (31 December of the year of the managing authority's last
    # payment; None until known), state aid (the longer period), a legal hold and its reason
    retention_base_date: date | None = None
    state_aid: bool = False
    legal_hold: bool = False
    legal_hold_reason: str = ""
    # The project's own eligibility: the at-risk categories (ids) its rules accept
    eligible_categories: tuple[int, ...] = ()


# A project number as funding programmes write it: 2021-2027 "FEMP.06.12-IP.01-0001/23",
# "FERS.01.05-IP.08-0001/23"; 2014-2020 "RPMP.09.01.01-12-0001/17", "POWR.01.02.01-IP.03-00-001/20".
PROJECT_NUMBER_RE = re.compile(r"^[A-Z]{2,6}(\.\d{1,2}){1,3}-[A-Z0-9.]+(-\d{2,5})+/\d{2}$")
PROJECT_TEXT_LIMITS = {"number": 60, "programme": 300, "priority": 300, "action": 300, "lead_partner": 300,
                       "partners": 2000, "controllers": 2000, "legal_hold_reason": 2000}


@dataclass(frozen=True)
class ProjectRecord(ProjectDraft):
    id: int = 0
    uuid: str = ""
    participants: int = 0
    retention_date: date | None = None  # filled on read: keep until (None while the base date is not known)


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
    if draft.legal_hold and not draft.legal_hold_reason.strip():
        issues.append(("legal_hold_reason", QT_TRANSLATE_NOOP("Errors", "Enter the reason for the legal hold.")))
    if draft.retention_base_date and draft.start_date and draft.retention_base_date < draft.start_date:
        issues.append(("retention_base_date", QT_TRANSLATE_NOOP(
            "Errors", "The retention base date is before the project starts.")))
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
    """A participant whose retention date has passed (shown before anonymising); ``project_code`` is the
    project whose keep-until date is the latest (it decided)."""

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
