"""Enumerations of the participant record. Values are what the database stores (stable, ASCII)."""

from __future__ import annotations

from enum import StrEnum

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP


class Stage(StrEnum):
    """Pathway stage of a participant, in the order of the working model."""

    RECRUITED = "recruited"
    DIAGNOSED = "diagnosed"
    IN_TRAINING = "in_training"
    IN_FOUNDING_GROUP = "in_founding_group"
    IN_COOPERATIVE = "in_cooperative"
    LEFT = "left"


class Sex(StrEnum):
    FEMALE = "K"
    MALE = "M"


class Answer(StrEnum):
    """Yes / no / refused to answer (ESF monitoring allows refusal for sensitive questions)."""

    YES = "yes"
    NO = "no"
    REFUSED = "refused"


class Citizenship(StrEnum):
    POLISH = "PL"
    EU = "EU"
    NON_EU = "NON_EU"
    STATELESS = "STATELESS"


class LabourStatus(StrEnum):
    UNEMPLOYED_REGISTERED = "unemployed_registered"
    UNEMPLOYED_UNREGISTERED = "unemployed_unregistered"
    INACTIVE = "inactive"
    EMPLOYED = "employed"


class LabourDetail(StrEnum):
    """The ESF "w tym" detail of the labour-market status."""

    NONE = ""
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    NOT_IN_EDUCATION = "not_in_education"
    IN_EDUCATION = "in_education"
    OTHER = "other"


class Degurba(StrEnum):
    CITIES = "1"
    TOWNS_SUBURBS = "2"
    RURAL = "3"


class Isced(StrEnum):
    """One internal ISCED code per level; layouts map them to their own strings at export."""

    ISCED0 = "0"
    ISCED1 = "1"
    ISCED2 = "2"
    ISCED3 = "3"
    ISCED4 = "4"
    ISCED5_8 = "5-8"


class DisabilityDegree(StrEnum):
    """The degree of disability as certified (orzeczenie), or an equivalent; special-category data."""

    SIGNIFICANT = "significant"
    MODERATE = "moderate"
    SLIGHT = "slight"
    REFUSED = "refused"


class ParticipantType(StrEnum):
    """SM EFS "Rodzaj uczestnika": a person on their own, or staff/board of an institution or entity."""

    INDIVIDUAL = "individual"
    INSTITUTION = "institution"


class SupportForm(StrEnum):
    """Forms of support an OWES gives a participant (SM EFS "Rodzaj przyznanego wsparcia")."""

    ADVICE = "advice"  # individual advice
    PSYCHOLOGICAL = "psychological"
    SOCIAL_WORK = "social_work"
    TRAINING = "training"  # vocational / entrepreneurship training
    WORKSHOP = "workshop"
    INTERNSHIP = "internship"
    GRANT = "grant"  # a grant to create a job in a social enterprise
    BRIDGING = "bridging"  # bridging support after the grant
    OTHER = "other"


class ExitReason(StrEnum):
    COMPLETED = "completed"  # completed the support planned
    EMPLOYMENT = "employment"  # left early for a job
    RESIGNED = "resigned"
    HEALTH = "health"
    REMOVED = "removed"  # excluded by the rules of the project
    OTHER = "other"


class ExitSituation(StrEnum):
    """The situation on leaving (ESF+ common immediate results; SM EFS "Sytuacja osoby w momencie
    zakończenia udziału w projekcie")."""

    EMPLOYED = "employed"  # in employment, incl. self-employment
    JOB_SEARCHING = "job_searching"
    IN_EDUCATION = "in_education"  # in education or training
    QUALIFICATION = "qualification"  # gained a qualification
    NONE = "none"  # none of the above
    NOT_APPLICABLE = "not_applicable"


class ContractForm(StrEnum):
    EMPLOYMENT_CONTRACT = "employment_contract"  # umowa o pracę
    COOPERATIVE_CONTRACT = "cooperative_contract"  # spółdzielcza umowa o pracę
    CIVIL_CONTRACT = "civil_contract"  # umowa cywilnoprawna (zlecenie, o dzieło)
    SELF_EMPLOYMENT = "self_employment"
    OTHER = "other"


class Role(StrEnum):
    COORDINATOR = "coordinator"
    ADVISOR = "advisor"
    TRAINER = "trainer"
    SPECIALIST = "specialist"


VOIVODESHIPS: tuple[str, ...] = (
    "dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie", "małopolskie",
    "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
    "świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie",
)

# Labels are English source strings (context "Labels"); the Polish text lives in resources/i18n/coopdesk_pl.ts.

STAGE_LABELS: dict[Stage, str] = {
    Stage.RECRUITED: QT_TRANSLATE_NOOP("Labels", "Recruited"),
    Stage.DIAGNOSED: QT_TRANSLATE_NOOP("Labels", "Diagnosed"),
    Stage.IN_TRAINING: QT_TRANSLATE_NOOP("Labels", "In training"),
    Stage.IN_FOUNDING_GROUP: QT_TRANSLATE_NOOP("Labels", "In a founding group"),
    Stage.IN_COOPERATIVE: QT_TRANSLATE_NOOP("Labels", "In a cooperative / employed"),
    Stage.LEFT: QT_TRANSLATE_NOOP("Labels", "Left the project"),
}

SEX_LABELS: dict[Sex, str] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
}

ANSWER_LABELS: dict[Answer, str] = {
    Answer.YES: QT_TRANSLATE_NOOP("Labels", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("Labels", "No"),
    Answer.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused to answer"),
}

CITIZENSHIP_LABELS: dict[Citizenship, str] = {
    Citizenship.POLISH: QT_TRANSLATE_NOOP("Labels", "Polish citizenship"),
    Citizenship.EU: QT_TRANSLATE_NOOP("Labels", "Citizen of another EU country"),
    Citizenship.NON_EU: QT_TRANSLATE_NOOP("Labels", "Citizen of a non-EU country"),
    Citizenship.STATELESS: QT_TRANSLATE_NOOP("Labels", "Stateless"),
}

LABOUR_STATUS_LABELS: dict[LabourStatus, str] = {
    LabourStatus.UNEMPLOYED_REGISTERED: QT_TRANSLATE_NOOP("Labels", "Unemployed, registered at a labour office"),
    LabourStatus.UNEMPLOYED_UNREGISTERED: QT_TRANSLATE_NOOP("Labels", "Unemployed, not registered"),
    LabourStatus.INACTIVE: QT_TRANSLATE_NOOP("Labels", "Economically inactive"),
    LabourStatus.EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Employed"),
}

LABOUR_DETAIL_LABELS: dict[LabourDetail, str] = {
    LabourDetail.NONE: QT_TRANSLATE_NOOP("Labels", "(none)"),
    LabourDetail.LONG_TERM_UNEMPLOYED: QT_TRANSLATE_NOOP("Labels", "Long-term unemployed"),
    LabourDetail.NOT_IN_EDUCATION: QT_TRANSLATE_NOOP("Labels", "Not in education or training"),
    LabourDetail.IN_EDUCATION: QT_TRANSLATE_NOOP("Labels", "In education or training"),
    LabourDetail.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

DEGURBA_LABELS: dict[Degurba, str] = {
    Degurba.CITIES: QT_TRANSLATE_NOOP("Labels", "1 - cities"),
    Degurba.TOWNS_SUBURBS: QT_TRANSLATE_NOOP("Labels", "2 - towns and suburbs"),
    Degurba.RURAL: QT_TRANSLATE_NOOP("Labels", "3 - rural areas"),
}

ISCED_LABELS: dict[Isced, str] = {
    Isced.ISCED0: QT_TRANSLATE_NOOP("Labels", "Below primary (ISCED 0)"),
    Isced.ISCED1: QT_TRANSLATE_NOOP("Labels", "Primary (ISCED 1)"),
    Isced.ISCED2: QT_TRANSLATE_NOOP("Labels", "Lower secondary (ISCED 2)"),
    Isced.ISCED3: QT_TRANSLATE_NOOP("Labels", "Upper secondary (ISCED 3)"),
    Isced.ISCED4: QT_TRANSLATE_NOOP("Labels", "Post-secondary (ISCED 4)"),
    Isced.ISCED5_8: QT_TRANSLATE_NOOP("Labels", "Tertiary (ISCED 5-8)"),
}

ROLE_LABELS: dict[Role, str] = {
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    Role.ADVISOR: QT_TRANSLATE_NOOP("Labels", "Advisor"),
    Role.TRAINER: QT_TRANSLATE_NOOP("Labels", "Trainer"),
    Role.SPECIALIST: QT_TRANSLATE_NOOP("Labels", "Specialist"),
}

DISABILITY_DEGREE_LABELS: dict[DisabilityDegree, str] = {
    DisabilityDegree.SIGNIFICANT: QT_TRANSLATE_NOOP("Labels", "Significant"),
    DisabilityDegree.MODERATE: QT_TRANSLATE_NOOP("Labels", "Moderate"),
    DisabilityDegree.SLIGHT: QT_TRANSLATE_NOOP("Labels", "Slight"),
    DisabilityDegree.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused to answer"),
}

PARTICIPANT_TYPE_LABELS: dict[ParticipantType, str] = {
    ParticipantType.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individual"),
    ParticipantType.INSTITUTION: QT_TRANSLATE_NOOP("Labels", "Employee or representative of an institution"),
}

SUPPORT_FORM_LABELS: dict[SupportForm, str] = {
    SupportForm.ADVICE: QT_TRANSLATE_NOOP("Labels", "Individual advice"),
    SupportForm.PSYCHOLOGICAL: QT_TRANSLATE_NOOP("Labels", "Psychological support"),
    SupportForm.SOCIAL_WORK: QT_TRANSLATE_NOOP("Labels", "Social work"),
    SupportForm.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training"),
    SupportForm.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "Workshop"),
    SupportForm.INTERNSHIP: QT_TRANSLATE_NOOP("Labels", "Internship"),
    SupportForm.GRANT: QT_TRANSLATE_NOOP("Labels", "Grant for a job in a social enterprise"),
    SupportForm.BRIDGING: QT_TRANSLATE_NOOP("Labels", "Bridging support"),
    SupportForm.OTHER: QT_TRANSLATE_NOOP("Labels", "Other support"),
}

EXIT_REASON_LABELS: dict[ExitReason, str] = {
    ExitReason.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed the planned support"),
    ExitReason.EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Left early for a job"),
    ExitReason.RESIGNED: QT_TRANSLATE_NOOP("Labels", "Resigned"),
    ExitReason.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health reasons"),
    ExitReason.REMOVED: QT_TRANSLATE_NOOP("Labels", "Removed under the project's rules"),
    ExitReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Other reason"),
}

EXIT_SITUATION_LABELS: dict[ExitSituation, str] = {
    ExitSituation.EMPLOYED: QT_TRANSLATE_NOOP("Labels", "In employment, incl. self-employment"),
    ExitSituation.JOB_SEARCHING: QT_TRANSLATE_NOOP("Labels", "Searching for a job"),
    ExitSituation.IN_EDUCATION: QT_TRANSLATE_NOOP("Labels", "In education or training"),
    ExitSituation.QUALIFICATION: QT_TRANSLATE_NOOP("Labels", "Gained a qualification"),
    ExitSituation.NONE: QT_TRANSLATE_NOOP("Labels", "None of the above"),
    ExitSituation.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Labels", "Not applicable"),
}

CONTRACT_FORM_LABELS: dict[ContractForm, str] = {
    ContractForm.EMPLOYMENT_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Employment contract"),
    ContractForm.COOPERATIVE_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Cooperative employment contract"),
    ContractForm.CIVIL_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Civil-law contract"),
    ContractForm.SELF_EMPLOYMENT: QT_TRANSLATE_NOOP("Labels", "Self-employment"),
    ContractForm.OTHER: QT_TRANSLATE_NOOP("Labels", "Other form"),
}
