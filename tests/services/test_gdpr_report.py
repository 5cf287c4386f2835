"""The Article 15 report: a PDF with everything held about the person, Polish letters intact."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import pytest
from gdpr_people import as_role, full_draft, project, second_draft

from coopdesk.domain.enums import (
    Answer,
    ContractForm,
    ExitReason,
    ExitSituation,
    Isced,
    LabourStatus,
    ParticipantType,
    Role,
    SupportForm,
)
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.gdpr import ConsentPurpose as CP
from coopdesk.domain.gdpr import ConsentRecord
from coopdesk.domain.records import ParticipationDraft, SupportEntry

KEEP_PDF = os.environ.get("COOPDESK_KEEP_ART15_PDF")  # a path: keep the two-participation report to look at


def pdf_text(path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        PdfReader = None
    if PdfReader is not None:
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
    pytest.skip("neither pypdf nor pdftotext (poppler-utils) is installed to read the PDF")


@pytest.fixture
def person(services):
    owes = project(services, end=date(2026, 6, 30), years=5, base=date(2026, 12, 31))
    zaz = services.participants.create(full_draft(services))
    services.projects.assign_project([zaz.id], owes.id)
    services.consents.set(ConsentRecord(zaz.id, CP.SHARE_LEAD_PARTNER, True, date(2026, 2, 3), date(2027, 12, 31),
                                        None, "Oświadczenie podpisane w Łodzi"))
    services.consents.set(ConsentRecord(zaz.id, CP.IMAGE, True, date(2026, 2, 3), None, date(2026, 5, 1)))
    return zaz


def test_the_report_holds_the_persons_data_in_polish(services, person, tmp_path):
    out = services.gdpr.data_report(person.id, tmp_path / "raport" / "art15.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    flat = " ".join(text.split())
    for expected in (
        "Informacja o przetwarzanych danych osobowych",
        "Zażółć", "Gęślą-Jaźń", "44051401359", "14.05.1944", "Mężczyzna", "Świętokrzyska", "Słotwiny",
        "zazolc@example.pl", "Koluszki", "łódzki wschodni", "Trudna sytuacja rodzinna; ślad w aktach.",
        "BEZR", "PUP nr 123/2026", "01.02.2026",  # category with its proof
        "Po diagnozie", "01.03.2026",  # stage history
        "Zgody", "Udostępnienie danych partnerowi wiodącemu", "ważna", "31.12.2027",
        "Oświadczenie podpisane w Łodzi", "Wykorzystanie wizerunku", "wycofana", "01.05.2026",
        "Okres przechowywania", "31.12.2031", "OWES-2026",
        "art. 6 ust. 1 lit. c i e RODO", "Przysługujące prawa", "Prezesa Urzędu Ochrony Danych Osobowych",
        "dziennik zdarzeń", "Utworzenie", "Zmiana",
    ):
        assert expected in flat, expected
    assert person.uuid in flat


def test_the_report_shows_who_changed_what(services, person, tmp_path):
    anna = as_role(services, Role.ADVISOR, "anna", "Anna Ślązak")
    services.participants.update(person.id, full_draft(services, phone="511222333", advisor_id=anna.ctx.actor.user_id))
    anna.consents.set(ConsentRecord(person.id, CP.FOLLOWUP_CONTACT, True, date(2026, 11, 2)))
    flat = " ".join(pdf_text(services.gdpr.data_report(person.id, tmp_path / "r.pdf")).split())
    assert "600100200" in flat and "511222333" in flat  # old -> new
    assert "Telefon" in flat and "anna" in flat
    assert "Kontakt po zakończeniu projektu" in flat


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER, Role.SPECIALIST])
def test_only_the_coordinator_produces_a_report(services, person, tmp_path, role):
    other = as_role(services, role, "someone")
    out = tmp_path / "nie.pdf"
    with pytest.raises(PermissionDenied):
        other.gdpr.data_report(person.id, out)
    assert not out.exists()


def test_the_report_of_an_anonymised_record_has_no_identity(services, person, tmp_path):
    services.projects.anonymise([person.id])
    flat = " ".join(pdf_text(services.gdpr.data_report(person.id, tmp_path / "a.pdf")).split())
    assert "Dane zanonimizowane" in flat
    for gone in ("Zażółć", "44051401359", "Świętokrzyska", "600100200", "Trudna sytuacja"):
        assert gone not in flat, gone
    assert "Koluszki" in flat and "01.07.1944" in flat


def test_the_report_lists_each_participation_and_its_retention(services, tmp_path):
    """A returning person: two participations, each with its project, entry data, supports, exit and
    employment; the retention section names each project's date or says it is not yet set."""
    first = project(services, code="OWES-2023", base=date(2024, 12, 31), state_aid=True)
    second = project(services, code="OWES-2026")  # the last payment is not known yet
    zofia = services.participants.create(second_draft(participations=(
        ParticipationDraft(
            project_id=first.id, labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
            pup_registered_on=date(2022, 11, 3), education=Isced.ISCED3, gmina="Kraków",
            supports=(SupportEntry(SupportForm.TRAINING, date(2023, 3, 1), date(2023, 5, 31)),
                      SupportEntry(SupportForm.GRANT, date(2023, 6, 15))),
            exit_date=date(2023, 12, 20), exit_reason=ExitReason.COMPLETED, completed_path=Answer.YES,
            exit_situation=ExitSituation.EMPLOYED, employment_start=date(2024, 1, 2),
            employment_contract=ContractForm.COOPERATIVE_CONTRACT, employment_fte=0.5, employment_months=12,
            employment_proof="Umowa SS Łącznik 1/2024", employment_checked_on=date(2024, 2, 1)),
        ParticipationDraft(
            project_id=second.id, participant_type=ParticipantType.INSTITUTION,
            institution_name="Spółdzielnia Socjalna Łącznik", labour_status=LabourStatus.EMPLOYED,
            supports=(SupportEntry(SupportForm.ADVICE, date(2026, 4, 7)),)),
    )))
    out = services.gdpr.data_report(zofia.id, tmp_path / "dwa.pdf")
    if KEEP_PDF:
        shutil.copyfile(out, KEEP_PDF)
    flat = " ".join(pdf_text(out).split())
    for expected in (
        "Udział w projektach", "Udział 1: OWES-2023", "Udział 2: OWES-2026",
        "Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy", "03.11.2022",  # entry data
        "Szkolenie", "01.03.2023", "31.05.2023", "Dotacja na utworzenie miejsca pracy",  # supports
        "Data zakończenia udziału w projekcie", "20.12.2023", "Ukończenie zaplanowanego wsparcia",  # exit
        "Osoba pracująca (w tym prowadząca działalność na własny rachunek)",
        "Spółdzielcza umowa o pracę", "0,5", "Umowa SS Łącznik 1/2024", "01.02.2024",  # employment
        "Pracownik lub przedstawiciel instytucji/podmiotu", "Spółdzielnia Socjalna Łącznik", "07.04.2026",
        "projekt OWES-2023: do 31.12.2034 (10 lat od 31.12.2024, pomoc publiczna)",
        "projekt OWES-2026: termin nie został jeszcze ustalony",
        "Termin przechowywania nie został jeszcze ustalony",
    ):
        assert expected in flat, expected
    assert flat.index("Udział 1: OWES-2023") < flat.index("Udział 2: OWES-2026") < flat.index("6. Zgody")
