"""The lead-partner monitoring export rests on the law (the implementing act, the ESF+ regulation), not
on consent: every participant, one row per participation, optionally one project. Consent gates only the
optional follow-up contact export, which lists the withheld by stable id (issue 8)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from gdpr_people import as_role, full_draft, pesel, second_draft
from openpyxl import load_workbook
from sqlalchemy import select

from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.audit import AuditAction
from coopdesk.domain.enums import (
    Answer,
    ContractForm,
    Degurba,
    ExitReason,
    ExitSituation,
    Isced,
    LabourStatus,
    Role,
    SupportForm,
)
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, ProjectDraft
from coopdesk.domain.records import ParticipationDraft, SupportEntry
from coopdesk.services.followup_export import CONTACTS_SHEET, WITHHELD_SHEET, FollowupExportService
from coopdesk.services.layouts import load_layout
from coopdesk.services.monitoring_export import MonitoringExportService

FOLLOWUP = ConsentPurpose.FOLLOWUP_CONTACT
PLAIN = load_layout("plain")  # coopdesk's own full list: every field, Polish wording
PARTICIPANTS_SHEET = PLAIN.sheet.name
ID = PLAIN.sheet.columns[0].header  # the participant's technical identifier


def _project(services, code: str) -> int:
    return services.projects.create(ProjectDraft(code, f"Projekt {code}", date(2024, 1, 1), date(2027, 12, 31))).id


def _rows(path, sheet=PARTICIPANTS_SHEET) -> list[dict]:
    rows = list(load_workbook(path)[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _last_export(services) -> tuple[str, str]:
    """(columns, payload) of the last export journaled."""
    with services.db.read(services.ctx.actor) as s:
        return tuple(s.execute(select(AuditEntry.field, AuditEntry.new_value)
                               .where(AuditEntry.action == AuditAction.EXPORT.value)
                               .order_by(AuditEntry.id.desc())).first())


@pytest.fixture
def cases(services):
    """Zażółć: two participations (A finished with a job, then B); Zofia: one in B, no consent at all;
    Marta: anonymised."""
    a, b = _project(services, "OWES-A"), _project(services, "OWES-B")
    first = ParticipationDraft(
        project_id=a, degurba=Degurba.RURAL, education=Isced.ISCED3, labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
        gmina="Koluszki", teryt="", town="Słotwiny",
        supports=(SupportEntry(SupportForm.ADVICE, date(2025, 2, 10), date(2025, 6, 30)),
                  SupportEntry(SupportForm.TRAINING, date(2025, 3, 1))),
        exit_date=date(2025, 7, 1), exit_reason=ExitReason.EMPLOYMENT, completed_path=Answer.YES,
        exit_situation=ExitSituation.EMPLOYED, employment_start=date(2025, 7, 15),
        employment_contract=ContractForm.COOPERATIVE_CONTRACT, employment_fte=0.5, employment_months=12,
        employment_proof="Umowa nr 7/2025", employment_checked_on=date(2025, 8, 1),
    )
    second = ParticipationDraft(project_id=b, education=Isced.ISCED3, labour_status=LabourStatus.EMPLOYED,
                                supports=(SupportEntry(SupportForm.WORKSHOP, date(2026, 3, 2)),))
    zaz = services.participants.create(full_draft(services, participations=(first, second)))
    zofia = services.participants.create(second_draft(participations=(
        ParticipationDraft(project_id=b, supports=(SupportEntry(SupportForm.ADVICE, date(2026, 4, 1)),)),)))
    marta = services.participants.create(second_draft(first_name="Marta", last_name="Łoś", pesel=pesel(date(1975, 1, 2), 100, True),
                                                      birth_date=date(1975, 1, 2), participations=(
        ParticipationDraft(project_id=a),)))
    services.projects.anonymise([marta.id])
    return {"zaz": zaz, "zofia": zofia, "marta": marta, "A": a, "B": b}


def test_everyone_is_exported_whatever_their_consents_one_row_per_participation(services, cases, tmp_path):
    out = tmp_path / "monitoring.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "plain")
    assert (result.rows, result.people, result.anonymised) == (3, 2, 1)
    book = load_workbook(out)
    visible = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    assert visible == [PARTICIPANTS_SHEET] and WITHHELD_SHEET not in book.sheetnames  # nobody withheld for consent
    rows = _rows(out)
    by_code = {(r[ID], r["Kod projektu"]): r for r in rows}
    zaz, zofia = cases["zaz"], cases["zofia"]
    assert set(by_code) == {(zaz.uuid, "OWES-A"), (zaz.uuid, "OWES-B"), (zofia.uuid, "OWES-B")}
    done = by_code[(zaz.uuid, "OWES-A")]
    assert (done["Nazwisko"], done["Imię"], done["PESEL"]) == ("Gęślą-Jaźń", "Zażółć", "44051401359")
    assert done["Data rozpoczęcia udziału w projekcie"].date() == date(2025, 2, 10)  # the first support
    assert done["Formy wsparcia"] == ("Doradztwo indywidualne od 10.02.2025 do 30.06.2025; "
                                      "Szkolenie od 01.03.2025")
    assert done["Data zakończenia udziału w projekcie"].date() == date(2025, 7, 1)
    assert done["Przyczyna zakończenia udziału"] == "Podjęcie zatrudnienia"
    assert done["Zakończenie udziału zgodnie ze ścieżką"] == "Tak"
    assert done["Sytuacja w momencie zakończenia udziału"].startswith("Osoba pracująca")
    assert done["Forma zatrudnienia"] == "Spółdzielcza umowa o pracę" and done["Wymiar etatu"] == 0.5
    assert done["Okres zatrudnienia (miesiące)"] == 12 and done["Data podjęcia zatrudnienia"].date() == date(2025, 7, 15)
    assert done["Status na rynku pracy"].startswith("Osoba bezrobotna zarejestrowana")
    assert done["Gmina"] == "Koluszki" and done["Obszar wg DEGURBA"] == "3 – obszary wiejskie"
    now = by_code[(zaz.uuid, "OWES-B")]
    assert now["Status na rynku pracy"] == "Osoba pracująca" and now["Data zakończenia udziału w projekcie"] is None
    assert now["Formy wsparcia"] == "Warsztaty od 02.03.2026"
    everything = " ".join(str(v) for r in rows for v in r.values())
    assert "Łoś" not in everything and cases["marta"].uuid not in everything  # anonymised: left out


def test_one_project_only(services, cases, tmp_path):
    out = tmp_path / "a.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "plain", project_id=cases["A"])
    rows = _rows(out)
    assert [(r[ID], r["Kod projektu"]) for r in rows] == [(cases["zaz"].uuid, "OWES-A")]
    assert (result.rows, result.people) == (1, 1)


def test_withdrawing_an_optional_consent_never_removes_anyone(services, cases, tmp_path):
    zaz, zofia = cases["zaz"], cases["zofia"]
    for pid in (zaz.id, zofia.id):
        for purpose in (ConsentPurpose.SHARE_LEAD_PARTNER, ConsentPurpose.FOLLOWUP_CONTACT, ConsentPurpose.IMAGE):
            services.consents.set(ConsentRecord(pid, purpose, True, date(2026, 1, 5)))
            services.consents.withdraw(pid, purpose, date(2026, 6, 1))
    services.consents.set(ConsentRecord(zofia.id, ConsentPurpose.PARTICIPATION_PROCESSING, False))  # refused
    out = tmp_path / "after.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "plain")
    assert {r[ID] for r in _rows(out)} == {zaz.uuid, zofia.uuid} and result.rows == 3
    # the follow-up export, which consent does gate, withholds both
    follow = FollowupExportService(services.db, services.ctx).export_contacts(tmp_path / "f.xlsx")
    assert (follow.exported, follow.withheld) == (0, 3)


def test_the_monitoring_export_is_journaled(services, cases, tmp_path):
    out = tmp_path / "j.xlsx"
    MonitoringExportService(services.db, services.ctx).export(out, "plain")
    columns, payload = _last_export(services)
    data = json.loads(payload)
    assert data["destination"] == str(out) and data["count"] == 2
    assert sorted(data["participants"]) == sorted([cases["zaz"].uuid, cases["zofia"].uuid])
    assert "Kod projektu" in columns and "PESEL" in columns
    assert "Zażółć" not in payload


def test_special_category_columns_need_the_right(services, cases, tmp_path, monkeypatch):
    from coopdesk.domain import permissions
    from coopdesk.domain.permissions import Permission

    full = tmp_path / "full.xlsx"
    MonitoringExportService(services.db, services.ctx).export(full, "plain")
    zaz = [r for r in _rows(full) if r[ID] == cases["zaz"].uuid]
    assert {r["Osoba z niepełnosprawnościami"] for r in zaz} == {"Tak"}  # the right: written
    assert all(r["Kategorie zagrożenia wykluczeniem"] for r in zaz)
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.SPECIALIST, frozenset({
        Permission.EXPORT, Permission.PARTICIPANTS_READ_ALL, Permission.PARTICIPANT_NAMES_READ,
    }))
    sara = as_role(services, Role.SPECIALIST, "sara")
    out = tmp_path / "bez.xlsx"
    result = MonitoringExportService(sara.db, sara.ctx).export(out, "plain")
    rows = _rows(out)
    header = set(rows[0])
    assert not result.special_columns and result.rows == 3
    special = ("Osoba z niepełnosprawnościami", "Stopień niepełnosprawności", "Kategorie zagrożenia wykluczeniem",
               "Osoba w kryzysie bezdomności")
    for column in special:  # the column stays (the layout is fixed), empty on every row
        assert column in header and all(r[column] is None for r in rows)
    assert {"PESEL", "Kod projektu", "Sytuacja w momencie zakończenia udziału"} <= header
    assert all(r["PESEL"] for r in rows)
    columns, _payload = _last_export(services)  # sara's export, the last one
    assert "PESEL" in columns and not any(column in columns for column in special)  # journaled: not written


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER])
def test_only_roles_allowed_to_export(services, cases, tmp_path, role):
    other = as_role(services, role, "someone")
    with pytest.raises(PermissionDenied):
        MonitoringExportService(other.db, other.ctx).export(tmp_path / "x.xlsx", "plain")
    with pytest.raises(PermissionDenied):
        FollowupExportService(other.db, other.ctx).export_contacts(tmp_path / "y.xlsx")
    assert not list(tmp_path.glob("*.xlsx"))


def test_the_followup_export_needs_a_valid_consent(services, cases, tmp_path):
    zaz, zofia = cases["zaz"], cases["zofia"]
    services.consents.set(ConsentRecord(zaz.id, FOLLOWUP, True, date(2026, 1, 5)))
    services.consents.set(ConsentRecord(zofia.id, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2026, 1, 5)))
    out = tmp_path / "kontakt.xlsx"
    result = FollowupExportService(services.db, services.ctx).export_contacts(out)
    assert (result.exported, result.withheld) == (1, 2)
    book = load_workbook(out)
    assert book.sheetnames == [CONTACTS_SHEET, WITHHELD_SHEET]
    [row] = _rows(out, CONTACTS_SHEET)
    assert (row["Nazwisko"], row["Imię"], row["Telefon"], row["E-mail"]) == (
        "Gęślą-Jaźń", "Zażółć", "600100200", "zazolc@example.pl")
    assert row["Projekt"] == "OWES-B"  # the current participation (A has ended)
    withheld = {r["Identyfikator"]: r["Kod powodu"] for r in _rows(out, WITHHELD_SHEET)}
    assert withheld == {zofia.uuid: "no_consent", cases["marta"].uuid: "anonymised"}
    everything = " ".join(str(v) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r)
    assert "Zofia" not in everything and "500600700" not in everything
    columns, payload = _last_export(services)
    assert json.loads(payload)["participants"] == [zaz.uuid] and "Telefon" in columns


def test_an_empty_register_gives_a_header_only_file(services, tmp_path):
    out = tmp_path / "pusty.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "plain")
    assert (result.rows, result.people) == (0, 0)
    assert len(list(load_workbook(out)[PARTICIPANTS_SHEET].iter_rows())) == 1


def test_a_person_without_any_participation_still_has_a_row(services, tmp_path):
    person = services.participants.create(replace(second_draft(), participations=()))
    out = tmp_path / "bez.xlsx"
    MonitoringExportService(services.db, services.ctx).export(out, "plain")
    rows = _rows(out)
    assert [r[ID] for r in rows] == [person.uuid] and rows[0]["Kod projektu"] is None


def test_the_lead_partner_consent_reads_as_an_optional_purpose_beyond_monitoring():
    """The consents list must not suggest that the lead partner's monitoring list needs a consent."""
    from coopdesk.domain.gdpr import CONSENT_PURPOSE_LABELS
    from coopdesk.services import pl_terms

    assert CONSENT_PURPOSE_LABELS[ConsentPurpose.SHARE_LEAD_PARTNER] == "Sharing data with the lead partner beyond monitoring"
    assert pl_terms.PURPOSE[ConsentPurpose.SHARE_LEAD_PARTNER] == (
        "Udostępnienie danych partnerowi wiodącemu poza zakresem monitorowania")
