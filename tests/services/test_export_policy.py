"""Optional, consent-based exports honour consents: only people with a valid consent are written, the
withheld are listed. (The monitoring export rests on the law: tests/services/test_monitoring_export.py.)"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from gdpr_people import as_role, full_draft, pesel, second_draft
from openpyxl import load_workbook

from coopdesk.domain import permissions
from coopdesk.domain.enums import Role, Sex
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.gdpr import ConsentPurpose as CP
from coopdesk.domain.gdpr import ConsentRecord, WithheldItem, WithheldReason
from coopdesk.domain.permissions import Permission
from coopdesk.services.export_policy import ExportPolicy
from coopdesk.services.followup_export import CONTACTS_SHEET, WITHHELD_SHEET, FollowupExportService
from coopdesk.services.layouts import load_layout
from coopdesk.services.monitoring_export import MonitoringExportService

SHARE = CP.FOLLOWUP_CONTACT  # an optional purpose: consent decides
PARTICIPANTS_SHEET = load_layout("plain").sheet.name  # the lead partner's full list


@pytest.fixture
def people(services):
    """Zażółć consents; Zofia never did; Ewa's consent expired; Olga withdrew hers; Marta is anonymised."""
    def person(first, last, born, female):
        return services.participants.create(second_draft(
            first_name=first, last_name=last, pesel=pesel(born, 100, female), birth_date=born,
            sex=Sex.FEMALE if female else Sex.MALE,
        ))

    zaz = services.participants.create(full_draft(services))
    zofia = services.participants.create(second_draft())
    ewa = person("Ewa", "Ćwik", date(1990, 3, 4), True)
    olga = person("Olga", "Źrebna", date(1985, 9, 9), True)
    marta = person("Marta", "Łoś", date(1975, 1, 2), True)
    consents = services.consents
    consents.set(ConsentRecord(zaz.id, SHARE, True, date(2026, 2, 3), date(2027, 12, 31)))
    consents.set(ConsentRecord(ewa.id, SHARE, True, date(2025, 2, 3), date(2026, 1, 31)))
    consents.set(ConsentRecord(olga.id, SHARE, True, date(2026, 2, 3), None, date(2026, 9, 1)))
    consents.set(ConsentRecord(marta.id, SHARE, True, date(2026, 2, 3)))
    consents.set(ConsentRecord(zofia.id, CP.IMAGE, True, date(2026, 2, 3)))  # another purpose does not count
    services.projects.anonymise([marta.id])
    return {"zaz": zaz, "zofia": zofia, "ewa": ewa, "olga": olga, "marta": marta}


def test_the_policy_lists_who_is_withheld_and_why(services, people):
    decision = ExportPolicy(services.db, services.ctx).decide(SHARE)
    assert decision.included_ids == (people["zaz"].id,)
    assert set(decision.withheld) == {
        WithheldItem(people["zofia"].uuid, WithheldReason.NO_CONSENT),
        WithheldItem(people["ewa"].uuid, WithheldReason.CONSENT_EXPIRED),
        WithheldItem(people["olga"].uuid, WithheldReason.CONSENT_WITHDRAWN),
        WithheldItem(people["marta"].uuid, WithheldReason.ANONYMISED),
    }
    # the export day decides: on 31.01.2026 Ewa's consent still held, Zażółć and Olga had not given theirs
    earlier = ExportPolicy(services.db, services.ctx).decide(SHARE, date(2026, 1, 31))
    assert earlier.included_ids == (people["ewa"].id,)
    assert WithheldItem(people["zaz"].uuid, WithheldReason.NO_CONSENT) in earlier.withheld


def test_the_xlsx_holds_only_consenting_people_and_the_withheld_sheet(services, people, tmp_path):
    out = tmp_path / "eksport" / "kontakt.xlsx"
    result = FollowupExportService(services.db, services.ctx).export_contacts(out)
    assert (result.exported, result.withheld) == (1, 4)

    wb = load_workbook(out)
    assert wb.sheetnames == [CONTACTS_SHEET, WITHHELD_SHEET]
    ws = wb[CONTACTS_SHEET]
    assert ws.freeze_panes == "A2"
    rows = list(ws.iter_rows(values_only=True))
    header, data = rows[0], rows[1:]
    assert header == ("Identyfikator", "Nazwisko", "Imię", "Telefon", "E-mail", "Projekt")
    assert len(data) == 1
    row = dict(zip(header, data[0], strict=True))
    assert row["Identyfikator"] == people["zaz"].uuid
    assert (row["Nazwisko"], row["Imię"], row["Telefon"]) == ("Gęślą-Jaźń", "Zażółć", "600100200")

    withheld = list(wb[WITHHELD_SHEET].iter_rows(values_only=True))
    assert withheld[0] == ("Identyfikator", "Powód pominięcia", "Kod powodu")
    reasons = {r[0]: (r[1], r[2]) for r in withheld[1:]}
    assert reasons == {
        people["zofia"].uuid: ("Brak zgody", "no_consent"),
        people["ewa"].uuid: ("Zgoda wygasła", "consent_expired"),
        people["olga"].uuid: ("Zgoda wycofana", "consent_withdrawn"),
        people["marta"].uuid: ("Dane zanonimizowane", "anonymised"),
    }
    everything = " ".join(str(v) for s in wb.worksheets for r in s.iter_rows(values_only=True) for v in r)
    for name in ("Zofia", "Ćwik", "Źrebna", "Olga", "02270803624"):
        assert name not in everything  # withheld people appear by id only


def test_the_monitoring_export_withholds_nobody_for_want_of_consent(services, people, tmp_path):
    """The same people in the lead partner's monitoring list: all but the anonymised one, no withheld sheet."""
    out = tmp_path / "monitoring.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "plain")
    assert (result.people, result.anonymised, result.special_columns) == (4, 1, True)
    wb = load_workbook(out)
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] == [PARTICIPANTS_SHEET]
    assert WITHHELD_SHEET not in wb.sheetnames
    data = list(wb[PARTICIPANTS_SHEET].iter_rows(values_only=True))
    assert {r[0] for r in data[1:]} == {people[k].uuid for k in ("zaz", "zofia", "ewa", "olga")}
    row = dict(zip(data[0], next(r for r in data[1:] if r[0] == people["zaz"].uuid), strict=True))
    assert (row["Płeć"], row["Miejscowość"], row["Osoba z niepełnosprawnościami"]) == ("Mężczyzna", "Słotwiny", "Tak")
    birth_cell = wb[PARTICIPANTS_SHEET].cell(row=2, column=data[0].index("Data urodzenia") + 1)
    assert isinstance(birth_cell.value, datetime) and birth_cell.number_format == "DD.MM.YYYY"


def test_special_category_columns_need_the_permission(services, people, tmp_path, monkeypatch):
    # a role that may export but not read special categories (none is configured so today)
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.SPECIALIST, frozenset({
        Permission.EXPORT, Permission.PARTICIPANTS_READ_ALL, Permission.PARTICIPANT_NAMES_READ,
    }))
    exporter = as_role(services, Role.SPECIALIST, "sara")
    assert ExportPolicy(exporter.db, exporter.ctx).decide(SHARE).special_columns is False
    assert ExportPolicy(exporter.db, exporter.ctx).reporting().special_columns is False
    assert ExportPolicy(services.db, services.ctx).reporting().special_columns is True


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER, Role.SPECIALIST])
def test_only_roles_with_export_permission_export(services, people, tmp_path, role):
    other = as_role(services, role, "someone")
    out = tmp_path / "nie.xlsx"
    with pytest.raises(PermissionDenied):
        FollowupExportService(other.db, other.ctx).export_contacts(out)
    with pytest.raises(PermissionDenied):
        ExportPolicy(other.db, other.ctx).decide(SHARE)
    with pytest.raises(PermissionDenied):
        ExportPolicy(other.db, other.ctx).reporting()
    assert not out.exists()


def test_an_empty_register_gives_an_empty_but_valid_file(services, tmp_path):
    out = tmp_path / "pusty.xlsx"
    result = FollowupExportService(services.db, services.ctx).export_contacts(out)
    assert (result.exported, result.withheld) == (0, 0)
    wb = load_workbook(out)
    assert len(list(wb[CONTACTS_SHEET].iter_rows())) == 1
    assert len(list(wb[WITHHELD_SHEET].iter_rows())) == 1
