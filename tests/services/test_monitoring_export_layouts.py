"""Participations in the monitoring layouts (issue 9): SM EFS (CST2021) first, SL2014 PEFS with its support
forms' sheet, coopdesk's plain list; the layouts are data files, checked when loaded; the file is friendly
(bold frozen header, filter, widths, dropdowns, dates as dates, PESEL as text, the technical identifier)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from gdpr_people import full_draft, second_draft
from openpyxl import load_workbook
from sqlalchemy import select

from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.audit import AuditAction
from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    ContractForm,
    Degurba,
    ExitReason,
    ExitSituation,
    Isced,
    LabourStatus,
    SupportForm,
)
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, ProjectDraft
from coopdesk.domain.records import ParticipationDraft, SupportEntry
from coopdesk.services import layouts
from coopdesk.services.layouts import LAYOUT_NAMES, SOURCES, LayoutInvalid, load_layout, parse_layout
from coopdesk.services.monitoring_export import _AT, LISTS_SHEET, MonitoringExportService, _Cells
from coopdesk.services.monitoring_export import _FIELDS as FIELDS
from coopdesk.services.xlsx import DATE_FORMAT


def _project(services, code: str) -> int:
    return services.projects.create(ProjectDraft(code, f"Projekt {code}", date(2024, 1, 1), date(2027, 12, 31))).id


def sheet_rows(path, sheet: str) -> list[dict]:
    rows = list(load_workbook(path)[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


@pytest.fixture
def cases(services):
    """Zażółć: A (left with a job, two supports), B (open, not ready: no DEGURBA); Zofia (no consent): B;
    Marta: anonymised."""
    a, b = _project(services, "OWES-A"), _project(services, "OWES-B")
    first = ParticipationDraft(
        project_id=a, degurba=Degurba.RURAL, education=Isced.ISCED3, labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
        voivodeship="łódzkie", powiat="łódzki wschodni", gmina="Koluszki", town="Słotwiny",
        supports=(SupportEntry(SupportForm.ADVICE, date(2025, 2, 10), date(2025, 6, 30)),
                  SupportEntry(SupportForm.TRAINING, date(2025, 3, 1))),
        exit_date=date(2025, 7, 1), exit_reason=ExitReason.EMPLOYMENT, completed_path=Answer.YES,
        exit_situation=ExitSituation.EMPLOYED, employment_start=date(2025, 7, 15),
        employment_contract=ContractForm.SELF_EMPLOYMENT)
    second = ParticipationDraft(project_id=b, education=Isced.ISCED1, labour_status=LabourStatus.INACTIVE,
                                gmina="Koluszki", supports=(SupportEntry(SupportForm.WORKSHOP, date(2026, 3, 2)),))
    zaz = services.participants.create(full_draft(services, participations=(first, second)))
    zofia = services.participants.create(second_draft(citizenship=Citizenship.NON_EU, participations=(
        ParticipationDraft(project_id=b, degurba=Degurba.CITIES, education=Isced.ISCED5_8, gmina="Kraków",
                           labour_status=LabourStatus.EMPLOYED,
                           supports=(SupportEntry(SupportForm.ADVICE, date(2026, 4, 1)),)),)))
    marta = services.participants.create(second_draft(first_name="Marta", last_name="Łoś", pesel="", birth_date=date(1975, 1, 2),
                                                      participations=(ParticipationDraft(project_id=a),)))
    services.projects.anonymise([marta.id])
    return {"zaz": zaz, "zofia": zofia, "marta": marta, "A": a, "B": b}


# --- the layouts as data ----------------------------------------------------------------------------

def test_the_smefs_layout_has_the_cst2021_columns_in_order():
    smefs = load_layout("smefs")
    headers = [c.header for c in smefs.sheet.columns]
    assert LAYOUT_NAMES[0] == "smefs"
    assert headers[:12] == [
        "Numer projektu", "Obywatelstwo", "Rodzaj uczestnika", "Nazwa instytucji", "Imię", "Nazwisko",
        "PESEL/Inny identyfikator", "brak PESEL", "Techniczny identyfikator uczestnika", "Płeć",
        "Wiek w chwili przystąpienia do projektu", "Wykształcenie"]
    assert headers[-1] == "Osoba z niepełnosprawnościami" and len(headers) == 38
    assert smefs.dictionaries["education"]["5-8"] == "Wyższe (ISCED 5–8)"  # the en dash of the 2021-27 tool
    assert smefs.dictionaries["education"]["1"] == "Podstawowe (ISCED 1) lub gimnazjalne (ISCED 2)"
    sl = load_layout("sl2014")
    assert [c.header for c in sl.sheet.columns][:3] == ["Kraj", "Rodzaj uczestnika", "Nazwa instytucji"]
    assert len(sl.sheet.columns) == 44 and sl.sheet.columns[-1].source == "uuid"  # 43 + the technical id
    assert [c.source for c in sl.supports.columns][-4:] == ["support_form", "blank", "support_start", "support_end"]


def test_every_source_a_layout_may_name_can_be_filled():
    cells = _Cells(load_layout("plain"), load_layout("plain").sheet, True, date(2026, 1, 1), {}, {})
    row = tuple(None for _ in FIELDS)
    for name in SOURCES:
        getter = cells._raw(name, date(2026, 1, 1))
        getter(row, None)  # no KeyError: every source has a way to be filled
    assert set(FIELDS) - {"person_id", "participation_id"} <= set(SOURCES) | set(_AT)


def _layout_data(**column_changes) -> dict:
    data = json.loads(layouts.resource_path("data", "layout_smefs.json").read_text(encoding="utf-8"))
    data["columns"][4].update(column_changes)
    return data


@pytest.mark.parametrize(("change", "words"), [
    ({"source": "first_nam"}, ["layout_test.json", "column 5", "'Imię'", "'first_nam'"]),
    ({"source": "sex", "dictionary": "plec"}, ["layout_test.json", "column 5", "no dictionary 'plec'"]),
    ({"source": "education", "dictionary": "sex"}, ["column 5", "the dictionary sex has no text for 0, 1, 2"]),
    ({"kind": "money"}, ["column 5", "'money'"]),
    ({"source": "support_form"}, ["column 5", "support forms' sheet"]),
])
def test_a_broken_layout_file_is_refused_naming_the_file_and_the_column(change, words):
    with pytest.raises(LayoutInvalid) as caught:
        parse_layout(_layout_data(**change), "layout_test.json")
    for word in words:
        assert word in str(caught.value)


def test_a_template_change_is_an_edit_of_the_data(services, cases, tmp_path, monkeypatch):
    data = _layout_data(header="Imię uczestnika")
    data["dictionaries"]["sex"]["K"] = "K"
    monkeypatch.setattr(layouts, "load_layout", lambda _name: parse_layout(data, "layout_smefs.json"))
    monkeypatch.setattr("coopdesk.services.monitoring_export.load_layout", layouts.load_layout)
    out = tmp_path / "edited.xlsx"
    MonitoringExportService(services.db, services.ctx).export(out, "smefs")
    rows = sheet_rows(out, "Uczestnicy")
    assert {r["Imię uczestnika"] for r in rows} == {"Zażółć", "Zofia"}
    assert {r["Płeć"] for r in rows} == {"Mężczyzna", "K"}


# --- the file ------------------------------------------------------------------------------------

def test_smefs_one_row_per_participation_of_everyone_in_the_layouts_strings(services, cases, tmp_path):
    out = tmp_path / "smefs.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "smefs")
    assert (result.rows, result.people, result.anonymised, result.layout) == (3, 2, 1, "smefs")
    rows = sheet_rows(out, "Uczestnicy")
    by = {(r["Techniczny identyfikator uczestnika"], r["Numer projektu"]): r for r in rows}
    zaz, zofia = cases["zaz"].uuid, cases["zofia"].uuid
    assert set(by) == {(zaz, "OWES-A"), (zaz, "OWES-B"), (zofia, "OWES-B")}  # Zofia: no consent, still here
    done = by[(zaz, "OWES-A")]
    assert (done["Imię"], done["Nazwisko"], done["PESEL/Inny identyfikator"]) == ("Zażółć", "Gęślą-Jaźń", "44051401359")
    assert done["brak PESEL"] == "Nie" and done["Płeć"] == "Mężczyzna" and done["Obywatelstwo"] == "Obywatelstwo polskie"
    assert done["Wiek w chwili przystąpienia do projektu"] == 80  # born 14.05.1944, entered 10.02.2025
    assert done["Wykształcenie"] == "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)"
    assert done["Status osoby na rynku pracy w chwili przystąpienia do projektu"] == "Osoba bezrobotna"
    assert done["Obszar według stopnia urbanizacji (DEGURBA)"] == "3" and done["Kraj"] == "Polska"
    assert done["Data rozpoczęcia udziału w projekcie"].date() == date(2025, 2, 10)
    assert done["Rodzaj przyznanego wsparcia"] == "Doradztwo indywidualne"
    assert done["Data założenia działalności gospodarczej"].date() == date(2025, 7, 15)  # self-employment
    assert done["Zakończenie udziału osoby w projekcie zgodnie z zaplanowaną dla niej ścieżką uczestnictwa"] == "Tak"
    assert done["Osoba z niepełnosprawnościami"] == "Tak" and done["Obywatel państwa trzeciego"] == "Nie"
    assert by[(zofia, "OWES-B")]["Obywatel państwa trzeciego"] == "Tak"
    assert by[(zofia, "OWES-B")]["Wykształcenie"] == "Wyższe (ISCED 5–8)"
    text = " ".join(str(v) for r in rows for v in r.values())
    assert "Łoś" not in text and cases["marta"].uuid not in text  # anonymised: left out
    supports = sheet_rows(out, "Formy wsparcia")
    assert len(supports) == result.supports == 4


def test_the_file_is_friendly(services, cases, tmp_path):
    out = tmp_path / "friendly.xlsx"
    MonitoringExportService(services.db, services.ctx).export(out, "smefs")
    book = load_workbook(out)
    ws = book["Uczestnicy"]
    assert book.sheetnames[0] == "Uczestnicy" and book[LISTS_SHEET].sheet_state == "hidden"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:AL4"
    assert all(c.font.b for c in ws[1]) and ws.column_dimensions["I"].width == 38
    headers = [c.value for c in ws[1]]
    pesel = ws.cell(2, headers.index("PESEL/Inny identyfikator") + 1)
    assert pesel.data_type == "s" and pesel.number_format == "@"
    start = ws.cell(2, headers.index("Data rozpoczęcia udziału w projekcie") + 1)
    assert start.is_date and start.number_format == DATE_FORMAT
    validated = {}
    for dv in ws.data_validations.dataValidation:
        name = dv.formula1.lstrip("=")
        target = book.defined_names[name].attr_text
        values = [c.value for row in book[LISTS_SHEET][target.split("!")[1].replace("$", "")] for c in row]
        for ref in str(dv.sqref).split():
            validated[headers[ws[ref.split(":")[0]].column - 1]] = values
    assert validated["Wykształcenie"] == ["Niższe niż podstawowe (ISCED 0)", "Podstawowe (ISCED 1) lub gimnazjalne (ISCED 2)",
                                         "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)", "Wyższe (ISCED 5–8)"]
    assert validated["Płeć"] == ["Kobieta", "Mężczyzna"]
    assert "Imię" not in validated and "PESEL/Inny identyfikator" not in validated


def test_sl2014_support_forms_one_row_each(services, cases, tmp_path):
    out = tmp_path / "sl.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "sl2014", project_id=cases["A"])
    [row] = sheet_rows(out, "Dane uczestników projektów")
    assert row["Wykształcenie"] == "ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)"
    assert row["Status osoby na rynku pracy w chwili przystąpienia do projektu"] == (
        "osoba bezrobotna zarejestrowana w ewidencji urzędów pracy")
    assert row["Data zakończenia udziału we wsparciu"].date() == date(2025, 6, 30)
    assert row["Osoba należąca do mniejszości narodowej lub etnicznej, migrant, osoba obcego pochodzenia"] == "Nie"
    supports = sheet_rows(out, "Formy wsparcia")
    assert [(s["Rodzaj przyznanego wsparcia"], s["Data rozpoczęcia udziału we wsparciu"].date()) for s in supports] == [
        ("doradztwo indywidualne", date(2025, 2, 10)), ("szkolenie", date(2025, 3, 1))]
    assert {s["Techniczny identyfikator uczestnika"] for s in supports} == {cases["zaz"].uuid}
    assert result.rows == 1 and result.supports == 2


def test_the_payment_claim_period_takes_the_participations_active_in_it(services, cases, tmp_path):
    exporter = MonitoringExportService(services.db, services.ctx)
    out = tmp_path / "p.xlsx"
    exporter.export(out, "smefs", period=(date(2025, 1, 1), date(2025, 12, 31)))
    assert [(r["Numer projektu"]) for r in sheet_rows(out, "Uczestnicy")] == ["OWES-A"]
    exporter.export(out, "smefs", period=(date(2026, 3, 15), date(2026, 6, 30)))
    assert sorted(r["Imię"] for r in sheet_rows(out, "Uczestnicy")) == ["Zażółć", "Zofia"]  # A ended in 2025
    exporter.export(out, "smefs", period=(date(2025, 7, 2), date(2026, 3, 1)))
    assert sheet_rows(out, "Uczestnicy") == []  # A left the day before, B starts the day after


def test_the_precheck_says_which_participations_are_not_ready_and_why(services, cases, tmp_path):
    exporter = MonitoringExportService(services.db, services.ctx)
    found = exporter.precheck("smefs")
    assert [(n.participant_uuid, n.project_code, n.missing) for n in found] == [
        (cases["zaz"].uuid, "OWES-B", ("degurba",))]
    assert found[0].name == "Gęślą-Jaźń Zażółć"
    assert exporter.precheck("smefs", project_id=cases["A"]) == []
    result = exporter.export(tmp_path / "x.xlsx", "smefs")
    assert result.not_ready == 1 and result.rows == 3  # written all the same


def test_the_plain_list_keeps_todays_columns(services, cases, tmp_path):
    # the full list of issue 8, before the layouts: after the identifier, the lead partner's file keeps them
    # (and the home gmina's TERYT code, so that a copy imported elsewhere keeps it)
    columns = (
        "Nazwisko", "Imię", "PESEL", "Data urodzenia", "Płeć", "Obywatelstwo", "Telefon", "E-mail",
        "Adres – województwo", "Adres – powiat", "Adres – gmina", "Adres – miejscowość", "Adres – kod TERYT gminy",
        "Ulica", "Nr budynku",
        "Nr lokalu", "Kod pocztowy", "Osoba z niepełnosprawnościami", "Stopień niepełnosprawności",
        "Niepełnosprawność intelektualna, psychiczna lub sprzężona",
        "Osoba należąca do mniejszości narodowej lub etnicznej", "Osoba obcego pochodzenia",
        "Osoba w kryzysie bezdomności", "Kategorie zagrożenia wykluczeniem", "Data rekrutacji", "Etap", "Kod projektu",
        "Rodzaj uczestnika", "Nazwa instytucji", "NIP instytucji", "Status na rynku pracy", "W tym",
        "Data rejestracji w urzędzie pracy", "Bezrobotna od", "Wykształcenie", "Kod TERYT gminy", "Województwo",
        "Powiat", "Gmina", "Miejscowość", "Obszar wg DEGURBA", "Data zapoznania się z klauzulą informacyjną",
        "Data rozpoczęcia udziału w projekcie", "Formy wsparcia", "Data zakończenia udziału w projekcie",
        "Przyczyna zakończenia udziału", "Zakończenie udziału zgodnie ze ścieżką",
        "Sytuacja w momencie zakończenia udziału", "Data podjęcia zatrudnienia", "Forma zatrudnienia", "Wymiar etatu",
        "Okres zatrudnienia (miesiące)", "Dokument potwierdzający zatrudnienie", "Data weryfikacji zatrudnienia",
    )
    special = {"Osoba z niepełnosprawnościami", "Stopień niepełnosprawności",
               "Niepełnosprawność intelektualna, psychiczna lub sprzężona",
               "Osoba należąca do mniejszości narodowej lub etnicznej", "Osoba obcego pochodzenia",
               "Osoba w kryzysie bezdomności", "Kategorie zagrożenia wykluczeniem"}
    plain = load_layout("plain")
    assert tuple(c.header for c in plain.sheet.columns) == ("Techniczny identyfikator uczestnika", *columns)
    assert {c.header for c in plain.sheet.columns if c.special} == special
    out = tmp_path / "plain.xlsx"
    result = MonitoringExportService(services.db, services.ctx).export(out, "plain")
    rows = sheet_rows(out, "Uczestnicy")
    done = next(r for r in rows if r["Kod projektu"] == "OWES-A")
    assert done["Formy wsparcia"] == "Doradztwo indywidualne od 10.02.2025 do 30.06.2025; Szkolenie od 01.03.2025"
    assert done["Kategorie zagrożenia wykluczeniem"] and done["Adres – gmina"] == "Koluszki"
    assert result.rows == 3


def test_monitoring_rests_on_the_law_not_on_consent(services, cases, tmp_path):
    for pid in (cases["zaz"].id, cases["zofia"].id):
        services.consents.set(ConsentRecord(pid, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2026, 1, 5)))
        services.consents.withdraw(pid, ConsentPurpose.SHARE_LEAD_PARTNER, date(2026, 6, 1))
    out = tmp_path / "law.xlsx"
    assert MonitoringExportService(services.db, services.ctx).export(out, "smefs").people == 2


def test_the_export_is_journaled(services, cases, tmp_path):
    out = tmp_path / "j.xlsx"
    MonitoringExportService(services.db, services.ctx).export(out, "sl2014")
    with services.db.read(services.ctx.actor) as s:
        columns, payload = s.execute(select(AuditEntry.field, AuditEntry.new_value)
                                     .where(AuditEntry.action == AuditAction.EXPORT.value)
                                     .order_by(AuditEntry.id.desc())).first()
    data = json.loads(payload)
    assert data["kind"] == "export:monitoring:sl2014" and data["destination"] == str(out) and data["count"] == 2
    assert sorted(data["participants"]) == sorted([cases["zaz"].uuid, cases["zofia"].uuid])
    assert "Wykształcenie" in columns and "PESEL" in columns and "Zażółć" not in payload


@pytest.mark.parametrize("name", ["smefs", "sl2014"])
def test_the_import_recognises_the_exported_headers(name):
    """A partner's edited file comes back through the import: each column holding a coopdesk field is mapped
    to that field by the import's header matching, the technical identifier to the record's uuid."""
    from coopdesk.domain.header_match import How, match_headers
    from coopdesk.services.reference_data import header_synonyms

    columns = load_layout(name).sheet.columns
    matches = match_headers([c.header for c in columns], header_synonyms())
    kept = {c.source: m for c, m in zip(columns, matches, strict=True)
            if c.source in FIELDS}
    assert kept["uuid"].how is How.EXACT and kept["uuid"].field == "uuid"
    assert {source: m.field for source, m in kept.items()} == {source: source for source in kept}
    assert all(m.how is How.EXACT for m in kept.values())
