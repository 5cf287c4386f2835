"""Frozen records that services return and accept. Never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    Degurba,
    Isced,
    LabourDetail,
    LabourStatus,
    Role,
    Sex,
    Stage,
)


@dataclass(frozen=True)
class UserRef:
    id: int
    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class Category:
    """An at-risk category from the editable dictionary."""

    id: int
    code: str
    name: str
    proof_hint: str = ""
    special: bool = False  # GDPR Art. 9/10 data (health, disability, criminal record)
    active: bool = True


@dataclass(frozen=True)
class CategoryAssignment:
    category_id: int
    proof_document: str = ""
    proof_date: date | None = None
    category_code: str = ""  # filled on read
    category_name: str = ""  # filled on read


@dataclass(frozen=True)
class StageChange:
    stage: Stage
    changed_on: date
    changed_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class ParticipantDraft:
    """What a user enters for a participant; validated by ``domain.validation``."""

    first_name: str = ""
    last_name: str = ""
    pesel: str = ""
    birth_date: date | None = None
    sex: Sex | None = None
    citizenship: Citizenship = Citizenship.POLISH
    phone: str = ""
    email: str = ""
    voivodeship: str = ""
    powiat: str = ""
    gmina: str = ""
    town: str = ""
    street: str = ""
    building_no: str = ""
    flat_no: str = ""
    postal_code: str = ""
    degurba: Degurba | None = None
    education: Isced | None = None
    labour_status: LabourStatus | None = None
    labour_detail: LabourDetail = LabourDetail.NONE
    disability: Answer | None = None
    minority: Answer | None = None
    foreign_background: Answer | None = None
    homeless: Answer | None = None
    categories: tuple[CategoryAssignment, ...] = ()
    recruitment_date: date | None = None
    recruitment_source: str = ""
    advisor_id: int | None = None
    project_id: int | None = None  # the project the person takes part in (its retention rule applies)
    project_start: date | None = None
    project_end: date | None = None
    stage: Stage = Stage.RECRUITED
    stage_date: date | None = None  # when the stage took effect; today when empty
    notes: str = ""


@dataclass(frozen=True)
class Participant(ParticipantDraft):
    id: int = 0
    uuid: str = ""
    advisor_name: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    stage_history: tuple[StageChange, ...] = field(default=())

    def as_draft(self) -> ParticipantDraft:
        names = ParticipantDraft.__dataclass_fields__
        return ParticipantDraft(**{n: getattr(self, n) for n in names})


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participants table."""

    id: int
    uuid: str
    last_name: str
    first_name: str
    pesel: str
    birth_date: date | None
    town: str
    stage: Stage
    advisor_name: str
    recruitment_date: date | None


@dataclass(frozen=True)
class DuplicateCheck:
    """Existing people who look like the one being saved."""

    same_pesel: tuple[ParticipantRow, ...] = ()
    same_name_birth: tuple[ParticipantRow, ...] = ()

    @property
    def blocking(self) -> bool:
        return bool(self.same_pesel)


class SortKey(StrEnum):
    NAME = "name"
    PESEL = "pesel"
    BIRTH_DATE = "birth_date"
    TOWN = "town"
    STAGE = "stage"
    ADVISOR = "advisor"
    RECRUITMENT_DATE = "recruitment_date"


@dataclass(frozen=True)
class ParticipantQuery:
    """What the participants table shows: search text, filters and order."""

    text: str = ""
    stage: Stage | None = None
    category_id: int | None = None
    advisor_id: int | None = None
    sort: SortKey = SortKey.NAME
    descending: bool = False
    incomplete: bool = False  # only people missing education or labour-market status (required for ESF)
