"""Enumerations of the participant record. Values are what the database stores (stable, ASCII)."""

from __future__ import annotations

from enum import StrEnum

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP as N


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

# Labels are English source strings; the Polish text lives in resources/i18n/coopdesk_pl.ts.
LABEL_CONTEXT = "Labels"

STAGE_LABELS: dict[Stage, str] = {
    Stage.RECRUITED: N("Labels", "Recruited"),
    Stage.DIAGNOSED: N("Labels", "Diagnosed"),
    Stage.IN_TRAINING: N("Labels", "In training"),
    Stage.IN_FOUNDING_GROUP: N("Labels", "In a founding group"),
    Stage.IN_COOPERATIVE: N("Labels", "In a cooperative / employed"),
    Stage.LEFT: N("Labels", "Left the project"),
}

SEX_LABELS: dict[Sex, str] = {
    Sex.FEMALE: N("Labels", "Female"),
    Sex.MALE: N("Labels", "Male"),
}

ANSWER_LABELS: dict[Answer, str] = {
    Answer.YES: N("Labels", "Yes"),
    Answer.NO: N("Labels", "No"),
    Answer.REFUSED: N("Labels", "Refused to answer"),
}

CITIZENSHIP_LABELS: dict[Citizenship, str] = {
    Citizenship.POLISH: N("Labels", "Polish citizenship"),
    Citizenship.EU: N("Labels", "Citizen of another EU country"),
    Citizenship.NON_EU: N("Labels", "Citizen of a non-EU country"),
    Citizenship.STATELESS: N("Labels", "Stateless"),
}

LABOUR_STATUS_LABELS: dict[LabourStatus, str] = {
    LabourStatus.UNEMPLOYED_REGISTERED: N("Labels", "Unemployed, registered at a labour office"),
    LabourStatus.UNEMPLOYED_UNREGISTERED: N("Labels", "Unemployed, not registered"),
    LabourStatus.INACTIVE: N("Labels", "Economically inactive"),
    LabourStatus.EMPLOYED: N("Labels", "Employed"),
}

LABOUR_DETAIL_LABELS: dict[LabourDetail, str] = {
    LabourDetail.NONE: N("Labels", "(none)"),
    LabourDetail.LONG_TERM_UNEMPLOYED: N("Labels", "Long-term unemployed"),
    LabourDetail.NOT_IN_EDUCATION: N("Labels", "Not in education or training"),
    LabourDetail.IN_EDUCATION: N("Labels", "In education or training"),
    LabourDetail.OTHER: N("Labels", "Other"),
}

DEGURBA_LABELS: dict[Degurba, str] = {
    Degurba.CITIES: N("Labels", "1 - cities"),
    Degurba.TOWNS_SUBURBS: N("Labels", "2 - towns and suburbs"),
    Degurba.RURAL: N("Labels", "3 - rural areas"),
}

ISCED_LABELS: dict[Isced, str] = {
    Isced.ISCED0: N("Labels", "Below primary (ISCED 0)"),
    Isced.ISCED1: N("Labels", "Primary (ISCED 1)"),
    Isced.ISCED2: N("Labels", "Lower secondary (ISCED 2)"),
    Isced.ISCED3: N("Labels", "Upper secondary (ISCED 3)"),
    Isced.ISCED4: N("Labels", "Post-secondary (ISCED 4)"),
    Isced.ISCED5_8: N("Labels", "Tertiary (ISCED 5-8)"),
}

ROLE_LABELS: dict[Role, str] = {
    Role.COORDINATOR: N("Labels", "Coordinator"),
    Role.ADVISOR: N("Labels", "Advisor"),
    Role.TRAINER: N("Labels", "Trainer"),
    Role.SPECIALIST: N("Labels", "Specialist"),
}
