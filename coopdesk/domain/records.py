"""Frozen records that services return and accept. Never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    ContractForm,
    Degurba,
    DisabilityDegree,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    Role,
    Sex,
    Stage,
    SupportForm,
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
    valid_from: date | None = None  # the category holds from / to (None: open)
    valid_to: date | None = None
    verified_by_id: int | None = None  # who checked the proof, and when
    verified_on: date | None = None
    verified_by_name: str = ""  # filled on read

    def holds_on(self, day: date) -> bool:
        """The category held on ``day`` (an open end holds)."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class SupportEntry:
    """A form of support a participation received, from its start date."""

    form: SupportForm
    start_date: date | None
    end_date: date | None = None
    id: int | None = None  # None: new


@dataclass(frozen=True)
class ParticipationDraft:
    """One person in one project: what monitoring records at entry, the support, the exit and the results
    (issue 8). ``start_date`` is derived from the supports (the first one's start) and only read here."""

    id: int | None = None  # None: new
    project_id: int | None = None  # None: without a project (older data), to be assigned
    participant_type: ParticipantType = ParticipantType.INDIVIDUAL
    institution_name: str = ""
    institution_nip: str = ""
    labour_status: LabourStatus | None = None
    labour_detail: LabourDetail = LabourDetail.NONE
    pup_registered_on: date | None = None
    unemployed_since: date | None = None
    school_type: str = ""  # a code of assets/data/education.json; education follows from it
    education: Isced | None = None
    teryt: str = ""  # the gmina's TERC code; voivodeship, powiat, gmina and DEGURBA follow from it
    voivodeship: str = ""
    powiat: str = ""
    gmina: str = ""
    town: str = ""
    degurba: Degurba | None = None
    degurba_manual: bool = False  # set by hand, not from the gmina
    info_clause_on: date | None = None
    supports: tuple[SupportEntry, ...] = ()
    exit_date: date | None = None
    exit_reason: ExitReason | None = None
    completed_path: Answer | None = None
    exit_situation: ExitSituation | None = None
    employment_start: date | None = None
    employment_contract: ContractForm | None = None
    employment_fte: float | None = None
    employment_months: int | None = None
    employment_proof: str = ""
    employment_checked_on: date | None = None
    # filled on read
    uuid: str = ""
    start_date: date | None = None
    project_code: str = ""
    project_name: str = ""

    @property
    def open(self) -> bool:
        return self.exit_date is None


def current_participation(participations: tuple[ParticipationDraft, ...]) -> ParticipationDraft | None:
    """The participation the register's list shows: the last one still open, else the last one."""
    still_open = [p for p in participations if p.open]
    chosen = still_open or list(participations)
    return chosen[-1] if chosen else None


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
    teryt: str = ""  # the gmina's TERC code of the current address
    disability: Answer | None = None
    disability_degree: DisabilityDegree | None = None
    disability_kind: Answer | None = None  # intellectual, mental or multiple disability
    minority: Answer | None = None
    foreign_background: Answer | None = None
    homeless: Answer | None = None
    categories: tuple[CategoryAssignment, ...] = ()
    recruitment_date: date | None = None
    recruitment_source: str = ""
    advisor_id: int | None = None
    participations: tuple[ParticipationDraft, ...] = ()  # in the order they began; see current_participation
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
    project_code: str = ""  # the current participation's project ("" without one); list pages only


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
    incomplete: bool = False  # only people whose current participation misses data SM EFS requires
    project_id: int | None = None  # only people with a participation in this project (WITHOUT_PROJECT: in none)


WITHOUT_PROJECT = 0  # ParticipantQuery.project_id for the people in no project (no project has id 0)
