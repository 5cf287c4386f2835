"""A person's participations (person x project) as the participant service saves and reads them: the
draft <-> table conversion, the derived start date, residence and DEGURBA from the gmina's TERYT code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.db.tables import Participant as ParticipantRow_
from coopdesk.db.tables_participation import Participation, ParticipationSupport
from coopdesk.db.tables_security import Project
from coopdesk.domain.education import isced_for
from coopdesk.domain.enums import (
    Answer,
    ContractForm,
    Degurba,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    SupportForm,
)
from coopdesk.domain.errors import FieldIssue, ValidationFailed
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.participation_rules import derived_start, field_name
from coopdesk.domain.records import ParticipationDraft, SupportEntry
from coopdesk.domain.territory import lookup
from coopdesk.services import reference_data

# Columns copied 1:1, and those holding an enum's value.
_PLAIN = (
    "project_id", "institution_name", "institution_nip", "pup_registered_on", "unemployed_since", "school_type",
    "teryt", "voivodeship", "powiat", "gmina", "town", "degurba_manual", "info_clause_on", "exit_date",
    "employment_start", "employment_fte", "employment_months", "employment_proof", "employment_checked_on",
)
_ENUMS: dict[str, type[StrEnum]] = {
    "participant_type": ParticipantType, "labour_status": LabourStatus, "labour_detail": LabourDetail,
    "education": Isced, "degurba": Degurba, "exit_reason": ExitReason, "completed_path": Answer,
    "exit_situation": ExitSituation, "employment_contract": ContractForm,
}


def filled(p: ParticipationDraft) -> ParticipationDraft:
    """Education from the school type and the residence (names, DEGURBA unless set by hand) from the
    TERYT code, as the shipped reference data say."""
    if p.school_type:
        p = replace(p, education=isced_for(p.school_type, reference_data.school_types()))
    if p.teryt:
        place = lookup(p.teryt, reference_data.territory())
        if place is None:
            raise LookupError(p.teryt)
        p = replace(p, teryt=place.code, voivodeship=place.voivodeship, powiat=place.powiat, gmina=place.name)
        if not p.degurba_manual and place.degurba is not None:
            p = replace(p, degurba=Degurba(str(place.degurba)))
    return p


def apply_participations(
    s: Session, row: ParticipantRow_, drafts: Sequence[ParticipationDraft],
) -> None:
    """Make the person's participations what ``drafts`` say: update those with an id, add the new ones.
    A participation is never removed here (a mistaken one is removed by its own action, journaled)."""
    if row.id is None:  # a new person: its id first (the supports name their owner)
        s.add(row)
        s.flush()
    existing = {p.id: p for p in row.participations}
    for index, draft in enumerate(drafts):
        if draft.project_id is not None and s.get(Project, draft.project_id) is None:
            raise ValidationFailed([FieldIssue(field_name(index, "project_id"), QT_TRANSLATE_NOOP(
                "Errors", "This project does not exist."))])
        if draft.id is None:
            target = Participation()
            row.participations.append(target)
        elif (found := existing.get(draft.id)) is not None:
            target = found
        else:
            raise ValidationFailed([FieldIssue(field_name(index, "project_id"), QT_TRANSLATE_NOOP(
                "Errors", "This participation no longer exists; open the record again."))])
        try:
            draft = filled(draft)
        except LookupError as exc:
            field = "teryt" if exc.args == (draft.teryt,) else "school_type"
            raise ValidationFailed([FieldIssue(field_name(index, field), QT_TRANSLATE_NOOP(
                "Errors", "Unknown school type.") if field == "school_type" else QT_TRANSLATE_NOOP(
                "Errors", "No gmina has this TERYT code."))]) from None
        _apply_one(target, row, draft)


def _apply_one(target: Participation, person: ParticipantRow_, d: ParticipationDraft) -> None:
    for name in _PLAIN:
        setattr(target, name, getattr(d, name))
    for name in _ENUMS:
        value = getattr(d, name)
        setattr(target, name, value.value if value is not None else None)
    target.labour_detail = d.labour_detail.value
    existing = {s.id: s for s in target.supports}
    keep: set[int] = set()
    for entry in d.supports:
        if entry.start_date is None:  # refused by the rules before (domain.participation_rules)
            raise ValidationFailed([FieldIssue("supports", QT_TRANSLATE_NOOP(
                "Errors", "Each form of support needs its start date."))])
        support = existing.get(entry.id) if entry.id is not None else None
        if support is None:
            support = ParticipationSupport()
            target.supports.append(support)
        support.participant_id = person.id
        support.form = entry.form.value
        support.support_start = entry.start_date
        support.support_end = entry.end_date
        if support.id is not None:
            keep.add(support.id)
    for support_id, support in existing.items():
        if support_id not in keep:
            target.supports.remove(support)
    target.start_date = derived_start(d)


def to_participations(row: ParticipantRow_) -> tuple[ParticipationDraft, ...]:
    return tuple(to_participation(p) for p in row.participations)


def to_participation(p: Participation) -> ParticipationDraft:
    values: dict[str, Any] = {name: getattr(p, name) for name in _PLAIN}
    for name, enum in _ENUMS.items():
        raw = getattr(p, name)
        values[name] = enum(raw) if raw is not None else None
    values["labour_detail"] = LabourDetail(p.labour_detail or "")
    values["participant_type"] = values["participant_type"] or ParticipantType.INDIVIDUAL
    project = p.project
    return ParticipationDraft(
        **values,
        id=p.id,
        uuid=p.uuid,
        supports=tuple(SupportEntry(SupportForm(x.form), x.support_start, x.support_end, x.id) for x in p.supports),
        start_date=p.start_date,
        project_code=project.code if project is not None else "",
        project_name=project.name if project is not None else "",
    )
