"""Polish wording of coded values in documents (exports for partners, the Article 15 report).

Documents go to Polish partners and data subjects whatever the interface language, so their text is
written here in Polish (the UI translates the English labels of coopdesk/domain instead).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

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
    Sex,
    Stage,
    SupportForm,
)
from coopdesk.domain.gdpr import ConsentPurpose, ConsentState, WithheldReason

STAGE = {  # neutral wording, right for women and men alike (no "Zrekrutowany", "Zakończył")
    Stage.RECRUITED: "Po rekrutacji",
    Stage.DIAGNOSED: "Po diagnozie",
    Stage.IN_TRAINING: "W trakcie szkoleń",
    Stage.IN_FOUNDING_GROUP: "W grupie założycielskiej",
    Stage.IN_COOPERATIVE: "W spółdzielni / w zatrudnieniu",
    Stage.LEFT: "Udział w projekcie zakończony",
}
SEX = {Sex.FEMALE: "Kobieta", Sex.MALE: "Mężczyzna"}
ANSWER = {Answer.YES: "Tak", Answer.NO: "Nie", Answer.REFUSED: "Odmowa podania informacji"}
CITIZENSHIP = {
    Citizenship.POLISH: "Obywatelstwo polskie",
    Citizenship.EU: "Brak polskiego obywatelstwa – obywatel kraju UE",
    Citizenship.NON_EU: "Brak polskiego obywatelstwa lub UE",
    Citizenship.STATELESS: "Bezpaństwowiec",
}
LABOUR_STATUS = {
    LabourStatus.UNEMPLOYED_REGISTERED: "Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy",
    LabourStatus.UNEMPLOYED_UNREGISTERED: "Osoba bezrobotna niezarejestrowana w ewidencji urzędów pracy",
    LabourStatus.INACTIVE: "Osoba bierna zawodowo",
    LabourStatus.EMPLOYED: "Osoba pracująca",
}
LABOUR_DETAIL = {
    LabourDetail.NONE: "",
    LabourDetail.LONG_TERM_UNEMPLOYED: "Osoba długotrwale bezrobotna",
    LabourDetail.NOT_IN_EDUCATION: "Osoba nieuczestnicząca w kształceniu lub szkoleniu",
    LabourDetail.IN_EDUCATION: "Osoba ucząca się lub kształcąca",
    LabourDetail.OTHER: "Inne",
}
DEGURBA = {Degurba.CITIES: "1 – miasta", Degurba.TOWNS_SUBURBS: "2 – małe miasta i przedmieścia",
           Degurba.RURAL: "3 – obszary wiejskie"}
EDUCATION = {
    Isced.ISCED0: "Niższe niż podstawowe (ISCED 0)",
    Isced.ISCED1: "Podstawowe (ISCED 1)",
    Isced.ISCED2: "Gimnazjalne (ISCED 2)",
    Isced.ISCED3: "Ponadgimnazjalne (ISCED 3)",
    Isced.ISCED4: "Policealne (ISCED 4)",
    Isced.ISCED5_8: "Wyższe (ISCED 5-8)",
}
# A participation (issue 8): SM EFS wording where it has one
PARTICIPANT_TYPE = {
    ParticipantType.INDIVIDUAL: "Indywidualny",
    ParticipantType.INSTITUTION: "Pracownik lub przedstawiciel instytucji/podmiotu",
}
SUPPORT_FORM = {
    SupportForm.ADVICE: "Doradztwo indywidualne",
    SupportForm.PSYCHOLOGICAL: "Wsparcie psychologiczne",
    SupportForm.SOCIAL_WORK: "Praca socjalna",
    SupportForm.TRAINING: "Szkolenie",
    SupportForm.WORKSHOP: "Warsztaty",
    SupportForm.INTERNSHIP: "Staż",
    SupportForm.GRANT: "Dotacja na utworzenie miejsca pracy",
    SupportForm.BRIDGING: "Wsparcie pomostowe",
    SupportForm.OTHER: "Inne wsparcie",
}
EXIT_REASON = {
    ExitReason.COMPLETED: "Ukończenie zaplanowanego wsparcia",
    ExitReason.EMPLOYMENT: "Podjęcie zatrudnienia",
    ExitReason.RESIGNED: "Rezygnacja",
    ExitReason.HEALTH: "Przyczyny zdrowotne",
    ExitReason.REMOVED: "Skreślenie z listy uczestników",
    ExitReason.OTHER: "Inna przyczyna",
}
EXIT_SITUATION = {
    ExitSituation.EMPLOYED: "Osoba pracująca (w tym prowadząca działalność na własny rachunek)",
    ExitSituation.JOB_SEARCHING: "Osoba poszukująca pracy",
    ExitSituation.IN_EDUCATION: "Osoba kształcąca się lub szkoląca",
    ExitSituation.QUALIFICATION: "Osoba, która uzyskała kwalifikacje",
    ExitSituation.NONE: "Żadne z powyższych",
    ExitSituation.NOT_APPLICABLE: "Nie dotyczy",
}
CONTRACT_FORM = {
    ContractForm.EMPLOYMENT_CONTRACT: "Umowa o pracę",
    ContractForm.COOPERATIVE_CONTRACT: "Spółdzielcza umowa o pracę",
    ContractForm.CIVIL_CONTRACT: "Umowa cywilnoprawna",
    ContractForm.SELF_EMPLOYMENT: "Samozatrudnienie (działalność gospodarcza)",
    ContractForm.OTHER: "Inna forma",
}
DISABILITY_DEGREE = {
    DisabilityDegree.SIGNIFICANT: "Znaczny stopień niepełnosprawności",
    DisabilityDegree.MODERATE: "Umiarkowany stopień niepełnosprawności",
    DisabilityDegree.SLIGHT: "Lekki stopień niepełnosprawności",
    DisabilityDegree.REFUSED: "Odmowa podania informacji",
}
PURPOSE = {
    ConsentPurpose.PARTICIPATION_PROCESSING: "Udział w projekcie i przetwarzanie danych",
    ConsentPurpose.SHARE_LEAD_PARTNER: "Udostępnienie danych partnerowi wiodącemu poza zakresem monitorowania",
    ConsentPurpose.IMAGE: "Wykorzystanie wizerunku",
    ConsentPurpose.FOLLOWUP_CONTACT: "Kontakt po zakończeniu projektu",
}
CONSENT_STATE = {
    ConsentState.VALID: "ważna",
    ConsentState.MISSING: "nie odebrano",
    ConsentState.REFUSED: "nie wyrażono",
    ConsentState.NOT_YET: "jeszcze nie obowiązuje",
    ConsentState.UNDATED: "brak daty wyrażenia",
    ConsentState.EXPIRED: "wygasła",
    ConsentState.WITHDRAWN: "wycofana",
}
WITHHELD = {
    WithheldReason.NO_CONSENT: "Brak zgody",
    WithheldReason.CONSENT_EXPIRED: "Zgoda wygasła",
    WithheldReason.CONSENT_WITHDRAWN: "Zgoda wycofana",
    WithheldReason.ANONYMISED: "Dane zanonimizowane",
}


@functools.cache
def by_enum() -> dict[type, Mapping[Any, str]]:
    """The Polish words of each coded value, by its enum (which column stores which enum is declared beside
    the tables: db.protection.CODED_FIELDS)."""
    return {
        Sex: SEX, Citizenship: CITIZENSHIP, Degurba: DEGURBA, Isced: EDUCATION, LabourStatus: LABOUR_STATUS,
        LabourDetail: LABOUR_DETAIL, Answer: ANSWER, Stage: STAGE, ParticipantType: PARTICIPANT_TYPE,
        SupportForm: SUPPORT_FORM, ExitReason: EXIT_REASON, ExitSituation: EXIT_SITUATION,
        ContractForm: CONTRACT_FORM, DisabilityDegree: DISABILITY_DEGREE,
    }


def term(table: Mapping[Any, str], value: object) -> str:
    """The Polish text of a coded value ('' when empty or unknown)."""
    if value is None:
        return ""
    return str(table.get(value, str(value)))
