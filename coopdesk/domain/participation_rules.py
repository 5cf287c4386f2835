"""Rules of a participation (person x project): its checks, its derived start date, and what the SM EFS
monitoring needs before it can be reported (issue 8; domain.md §2)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from stdnum.pl import nip

from coopdesk.domain.enums import LabourDetail, LabourStatus, ParticipantType
from coopdesk.domain.errors import FieldIssue, Severity
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.records import ParticipationDraft

EARLIEST = date(2000, 1, 1)
# the participation's free-text fields and their limits (checked as text by domain.validation)
TEXT_LIMITS = {"institution_name": 300, "town": 100, "employment_proof": 300}


def field_name(index: int, name: str) -> str:
    """How a field of the ``index``-th participation of a draft is named in a FieldIssue."""
    return f"participations.{index}.{name}"


def split_field(field: str) -> tuple[int, str] | None:
    """(index, field) of a participation's field name; None for a field of the person."""
    parts = field.split(".", 2)
    if len(parts) == 3 and parts[0] == "participations" and parts[1].isdigit():
        return int(parts[1]), parts[2]
    return None


def derived_start(p: ParticipationDraft) -> date | None:
    """The start date: the first support's start; without support records, what was stored (older data)."""
    starts = [s.start_date for s in p.supports if s.start_date is not None]
    return min(starts) if starts else p.start_date


def normalise_participation(p: ParticipationDraft) -> ParticipationDraft:
    return replace(
        p,
        institution_name=p.institution_name.strip() if p.participant_type is ParticipantType.INSTITUTION else "",
        institution_nip=nip.compact(p.institution_nip) if p.participant_type is ParticipantType.INSTITUTION else "",
        town=p.town.strip(), voivodeship=p.voivodeship.strip(), powiat=p.powiat.strip(), gmina=p.gmina.strip(),
        employment_proof=p.employment_proof.strip(),
        start_date=derived_start(p),
    )


def _warn(field: str, message: str, **params: str) -> FieldIssue:
    return FieldIssue(field, message, params, severity=Severity.WARNING)


def participation_issues(p: ParticipationDraft, index: int, today: date) -> list[FieldIssue]:
    """Errors and warnings of one participation, named "participations.<index>.<field>"."""
    def f(name: str) -> str:
        return field_name(index, name)

    issues: list[FieldIssue] = []
    if p.participant_type is ParticipantType.INSTITUTION:
        if not p.institution_name:
            issues.append(FieldIssue(f("institution_name"), QT_TRANSLATE_NOOP(
                "Errors", "Enter the institution the person represents.")))
        if p.institution_nip and not nip.is_valid(p.institution_nip):
            issues.append(FieldIssue(f("institution_nip"), QT_TRANSLATE_NOOP("Errors", "This is not a valid NIP.")))
    for name in ("pup_registered_on", "unemployed_since", "info_clause_on", "exit_date", "employment_start",
                 "employment_checked_on"):
        value = getattr(p, name)
        if value is not None and value < EARLIEST:
            issues.append(FieldIssue(f(name), QT_TRANSLATE_NOOP("Errors", "The date is before 2000.")))
        elif value is not None and value > today and name != "employment_start":
            issues.append(FieldIssue(f(name), QT_TRANSLATE_NOOP("Errors", "The date is in the future.")))
    for support in p.supports:
        if support.start_date is None:
            issues.append(FieldIssue(f("supports"), QT_TRANSLATE_NOOP("Errors", "Each form of support needs its start date.")))
        elif support.start_date < EARLIEST:
            issues.append(FieldIssue(f("supports"), QT_TRANSLATE_NOOP("Errors", "The date is before 2000.")))
        elif support.end_date is not None and support.end_date < support.start_date:
            issues.append(FieldIssue(f("supports"), QT_TRANSLATE_NOOP(
                "Errors", "A form of support ends before it starts.")))
    start = derived_start(p)
    if p.exit_date is not None:
        if start is not None and p.exit_date < start:
            issues.append(FieldIssue(f("exit_date"), QT_TRANSLATE_NOOP(
                "Errors", "The exit date is before the start date (the first support).")))
        if p.exit_situation is None:
            issues.append(_warn(f("exit_situation"), QT_TRANSLATE_NOOP(
                "Errors", "Enter the situation at exit: monitoring needs it.")))
        if p.completed_path is None:
            issues.append(_warn(f("completed_path"), QT_TRANSLATE_NOOP(
                "Errors", "Say whether the person completed the path as planned: monitoring needs it.")))
    elif p.exit_reason is not None or p.exit_situation is not None:
        issues.append(FieldIssue(f("exit_date"), QT_TRANSLATE_NOOP(
            "Errors", "Enter the exit date, or clear the exit data.")))
    if p.employment_fte is not None and not 0 < p.employment_fte <= 1:
        issues.append(FieldIssue(f("employment_fte"), QT_TRANSLATE_NOOP(
            "Errors", "Working time is a part of a full-time job, more than 0 and at most 1.")))
    if p.employment_months is not None and not 0 <= p.employment_months <= 600:
        issues.append(FieldIssue(f("employment_months"), QT_TRANSLATE_NOOP(
            "Errors", "Enter the duration in months (0 to 600).")))
    has_employment = p.employment_start is not None or p.employment_contract is not None
    if has_employment and p.exit_date is None:
        issues.append(_warn(f("employment_start"), QT_TRANSLATE_NOOP(
            "Errors", "Employment after exit is recorded once the person has left (enter the exit date).")))
    if p.employment_checked_on is not None and not p.employment_proof:
        issues.append(_warn(f("employment_proof"), QT_TRANSLATE_NOOP(
            "Errors", "Name the document that proves the employment.")))
    issues += _status_issues(p, index)
    if p.education is None:
        issues.append(_warn(f("school_type"), QT_TRANSLATE_NOOP(
            "Errors", "Enter the education level: ESF reporting needs it.")))
    if p.labour_status is None:
        issues.append(_warn(f("labour_status"), QT_TRANSLATE_NOOP(
            "Errors", "Enter the labour-market status: ESF reporting needs it.")))
    return issues


def _status_issues(p: ParticipationDraft, index: int) -> list[FieldIssue]:
    unemployed = {LabourStatus.UNEMPLOYED_REGISTERED, LabourStatus.UNEMPLOYED_UNREGISTERED}
    if p.labour_detail is LabourDetail.LONG_TERM_UNEMPLOYED and p.labour_status not in unemployed:
        return [FieldIssue(field_name(index, "labour_detail"), QT_TRANSLATE_NOOP(
            "Errors", "Long-term unemployment requires the status 'unemployed'."))]
    if (p.labour_detail in (LabourDetail.IN_EDUCATION, LabourDetail.NOT_IN_EDUCATION)
            and p.labour_status is not LabourStatus.INACTIVE):
        return [FieldIssue(field_name(index, "labour_detail"), QT_TRANSLATE_NOOP(
            "Errors", "This detail applies only to economically inactive persons."))]
    return []


def participations_issues(participations: Sequence[ParticipationDraft], today: date) -> list[FieldIssue]:
    """Every participation's issues, and one project taken twice (a re-entry keeps its participation)."""
    issues: list[FieldIssue] = []
    seen: set[int] = set()
    for index, p in enumerate(participations):
        issues += participation_issues(p, index, today)
        if p.project_id is not None:
            if p.project_id in seen:
                issues.append(FieldIssue(field_name(index, "project_id"), QT_TRANSLATE_NOOP(
                    "Errors", "The person already takes part in this project: a return to the same project "
                              "continues that participation.")))
            seen.add(p.project_id)
    return issues


# --- reporting ------------------------------------------------------------------------------------

# What the SM EFS participant record cannot go without (domain.md §2.3), by the participation's field.
REQUIRED_AT_ENTRY = ("participant_type", "labour_status", "education", "gmina", "degurba", "start_date")
REQUIRED_AT_EXIT = ("exit_situation", "completed_path")
MISSING_LABELS = {
    "participant_type": QT_TRANSLATE_NOOP("Labels", "Participant type"),
    "labour_status": QT_TRANSLATE_NOOP("Labels", "Labour-market status"),
    "education": QT_TRANSLATE_NOOP("Labels", "Education"),
    "gmina": QT_TRANSLATE_NOOP("Labels", "Municipality (gmina)"),
    "degurba": QT_TRANSLATE_NOOP("Labels", "Degree of urbanisation (DEGURBA)"),
    "start_date": QT_TRANSLATE_NOOP("Labels", "Start date"),
    "exit_situation": QT_TRANSLATE_NOOP("Labels", "Situation at exit"),
    "completed_path": QT_TRANSLATE_NOOP("Labels", "Completed the path as planned"),
    "institution_name": QT_TRANSLATE_NOOP("Labels", "Institution"),
}


def gaps_of(values: Mapping[str, Any]) -> list[str]:
    """The fields SM EFS requires that a participation's ``values`` (its columns or draft fields by name, raw
    codes or enums) lack; empty: ready to report. Stored as ``participations.reporting_gaps`` so the list's
    "Incomplete for reporting" is an index lookup."""
    missing = [name for name in REQUIRED_AT_ENTRY if not values.get(name)]
    if values.get("participant_type") == ParticipantType.INSTITUTION and not values.get("institution_name"):
        missing.append("institution_name")
    if values.get("exit_date") is not None:
        missing += [name for name in REQUIRED_AT_EXIT if values.get(name) is None]
    return missing


GAP_FIELDS = (*REQUIRED_AT_ENTRY, *REQUIRED_AT_EXIT, "institution_name", "exit_date")


def missing_for_reporting(p: ParticipationDraft) -> list[str]:
    """The fields SM EFS requires that this participation lacks (empty: ready to report)."""
    return gaps_of({name: getattr(p, name) for name in GAP_FIELDS})
