"""A spreadsheet row -> a participant draft and the dry run's problems (issue 9): each problem with the row
number the user sees, the column header as in the file, an English template and its severity; the record's
own checks (PESEL, sex and birth date, required names, participation rules) named by column."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from stdnum.pl import pesel as stdnum_pesel

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
from coopdesk.domain.errors import Severity
from coopdesk.domain.import_rows import FIELDS, NO_PESEL_IMPORT, Problem, convert_row
from coopdesk.domain.records import SupportEntry
from coopdesk.domain.validation import decode_pesel
from coopdesk.services import reference_data

TODAY = date(2026, 12, 1)


def make_pesel(born: date, male: bool, serial: int = 123) -> str:
    offset = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[born.year // 100]
    body = f"{born.year % 100:02d}{born.month + offset:02d}{born.day:02d}{serial:03d}{1 if male else 2}"
    total = sum(w * int(d) for w, d in zip((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), body, strict=True))
    return body + str((10 - total % 10) % 10)


ANNA = make_pesel(date(1990, 4, 12), male=False)
HEADERS = {
    "project": "Numer projektu", "participant_type": "Rodzaj uczestnika", "first_name": "Imię",
    "last_name": "Nazwisko", "pesel": "PESEL", "no_pesel": "Brak PESEL", "sex": "Płeć",
    "age_at_entry": "Wiek w chwili przystąpienia do projektu", "education": "Wykształcenie", "country": "Kraj",
    "voivodeship": "Województwo", "powiat": "Powiat", "gmina": "Gmina", "town": "Miejscowość", "street": "Ulica",
    "building_no": "Nr budynku", "postal_code": "Kod pocztowy", "degurba": "DEGURBA", "phone": "Telefon",
    "email": "Adres e-mail", "start_date": "Data rozpoczęcia udziału w projekcie",
    "labour_status": "Status osoby na rynku pracy", "labour_detail": "W tym",
    "support_form": "Rodzaj przyznanego wsparcia", "support_start": "Data rozpoczęcia udziału we wsparciu",
    "disability": "Osoba z niepełnosprawnościami", "birth_date": "Data urodzenia",
    "exit_date": "Data zakończenia udziału w projekcie", "uuid": "Techniczny identyfikator uczestnika",
    "citizenship": "Obywatelstwo", "exit_situation": "Sytuacja osoby w momencie zakończenia udziału w projekcie",
}
TYPICAL = {
    "project": "FEPM.05.01-IZ.00-0001/23", "participant_type": "Indywidualny", "first_name": "Anna ",
    "last_name": "Kowalska\u00a0Nowak", "pesel": ANNA, "no_pesel": "Nie", "sex": "kobieta", "age_at_entry": 33,
    "education": "Ponadgimnazjalne (ISCED 3)", "country": "Polska", "voivodeship": "Pomorskie", "powiat": "Gdańsk",
    "gmina": "Gdańsk", "town": "Gdańsk", "street": "Długa", "building_no": 5, "postal_code": 80001, "degurba": 1,
    "phone": 600100200, "email": "Anna@Example.PL", "start_date": "05.03.2024 r.",
    "labour_status": "Osoba bierna zawodowo", "labour_detail": "Osoba nieuczestnicząca w kształceniu lub szkoleniu",
    "support_form": "Doradztwo indywidualne", "support_start": datetime(2024, 3, 5), "disability": "Nie",
}


def cells(**changes: object) -> list[tuple[str, str, object]]:
    """The typical row with some cells changed; a change to ``...`` removes the column."""
    row = {**TYPICAL, **changes}
    return [(name, HEADERS[name], value) for name, value in row.items() if value is not ...]


@pytest.fixture(scope="module")
def values():
    return reference_data.import_values()


def convert(values, **changes: object):
    return convert_row(12, cells(**changes), values, TODAY)


def problems(result) -> list[tuple[str, str, Severity]]:
    return [(p.column, p.render(), p.severity) for p in result.problems]


def test_a_typical_row_becomes_a_participant_with_one_participation(values):
    result = convert(values)
    assert result.problems == () and result.ok
    assert result.row == 12 and result.project_code == "FEPM.05.01-IZ.00-0001/23" and result.uuid == ""
    d = result.draft
    assert (d.first_name, d.last_name, d.pesel) == ("Anna", "Kowalska Nowak", ANNA)
    assert (d.birth_date, d.sex, d.citizenship) == (date(1990, 4, 12), Sex.FEMALE, Citizenship.POLISH)
    assert (d.phone, d.email, d.postal_code, d.building_no) == ("600100200", "anna@example.pl", "80-001", "5")
    assert (d.voivodeship, d.powiat, d.town, d.street) == ("pomorskie", "Gdańsk", "Gdańsk", "Długa")
    assert d.disability is Answer.NO
    (p,) = d.participations
    assert p.project_id is None and p.participant_type is ParticipantType.INDIVIDUAL
    assert (p.education, p.labour_status, p.labour_detail) == (
        Isced.ISCED3, LabourStatus.INACTIVE, LabourDetail.NOT_IN_EDUCATION)
    assert p.degurba is Degurba.CITIES and p.degurba_manual
    assert p.supports == (SupportEntry(SupportForm.ADVICE, date(2024, 3, 5)),)
    assert p.start_date == date(2024, 3, 5)
    assert d == replace(d, participations=(replace(p),))  # built field by field, equal to the constructor's


def test_the_fast_pesel_decoding_agrees_with_stdnum():
    rnd = random.Random(9)
    samples = [make_pesel(date(1800, 1, 1) + timedelta(days=rnd.randrange(150_000)), rnd.random() < 0.5)
               for _ in range(300)]
    samples += ["".join(rnd.choice("0123456789") for _ in range(11)) for _ in range(700)]
    for text in samples:
        decoded = decode_pesel(text)
        assert (decoded is not None) == stdnum_pesel.is_valid(text), text
        if decoded is not None:
            assert decoded == (stdnum_pesel.get_birth_date(text), Sex(
                "M" if stdnum_pesel.get_gender(text) == "M" else "K"))
    assert decode_pesel(" 44051401359") is None and decode_pesel("4405140135９") is None


def test_every_field_a_sheet_may_carry_is_read():
    assert set(reference_data.header_synonyms().by_key.values()) == FIELDS


def test_an_unknown_field_is_a_programming_error(values):
    with pytest.raises(ValueError, match="no import field"):
        convert_row(2, [("shoe_size", "Rozmiar buta", 42)], values, TODAY)


def test_the_technical_identifier_and_a_second_column_of_one_field(values):
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    row = [*cells(), ("uuid", HEADERS["uuid"], uuid.upper()), ("first_name", "Imię (2)", "Maria")]
    result = convert_row(3, row, values, TODAY)
    assert result.uuid == uuid and result.draft.first_name == "Anna" and result.ok


# --- PESEL ------------------------------------------------------------------------------------------------

def test_an_invalid_pesel_checksum_is_an_error_in_the_pesel_column(values):
    wrong = ANNA[:10] + str((int(ANNA[10]) + 1) % 10)
    result = convert(values, pesel=wrong)
    assert not result.ok
    assert problems(result) == [("PESEL", "PESEL check digit is wrong - check for a typing error.", Severity.ERROR)]
    assert result.problems[0].field == "pesel" and result.problems[0].row == 12


def test_a_pesel_that_disagrees_with_sex_and_birth_date(values):
    result = convert(values, sex="Mężczyzna", birth_date="13.04.1990")
    assert problems(result) == [
        ("Data urodzenia", "Birth date does not match PESEL (12.04.1990).", Severity.ERROR),
        ("Płeć", "Sex does not match PESEL.", Severity.ERROR),
    ]


def test_a_pesel_that_lost_its_leading_zero_is_restored_with_a_warning(values):
    born_2002 = make_pesel(date(2002, 7, 8), male=False)
    assert born_2002.startswith("0")
    result = convert(values, pesel=int(born_2002), age_at_entry=21)
    assert result.ok and result.draft.pesel == born_2002 and result.draft.birth_date == date(2002, 7, 8)
    assert [(p.column, p.field, p.severity) for p in result.problems] == [("PESEL", "pesel", Severity.WARNING)]
    assert "leading zero" in result.problems[0].message


def test_a_pesel_in_scientific_notation_is_one_error(values):
    result = convert(values, pesel="9.00412E+10")
    assert [(p.column, p.severity) for p in result.problems] == [("PESEL", Severity.ERROR)]
    assert "scientific notation" in result.problems[0].message


def test_without_pesel_the_brak_pesel_column_and_the_birth_date_are_required(values):
    result = convert(values, pesel=None)
    assert problems(result) == [("PESEL", NO_PESEL_IMPORT, Severity.ERROR)]
    result = convert(values, pesel=..., no_pesel=...)  # neither column: the row says
    assert [(p.column, p.field, p.message) for p in result.problems] == [("", "pesel", NO_PESEL_IMPORT)]
    result = convert(values, pesel=None, no_pesel="Tak")
    assert problems(result)[0] == ("PESEL", "Without PESEL, the birth date is required.", Severity.ERROR)
    assert result.problems[0].field == "birth_date"  # shown in the PESEL column: the file has no birth date
    result = convert(values, pesel=None, no_pesel="Tak", birth_date="12.04.1990", citizenship="Obywatel kraju UE")
    assert result.ok and result.problems == () and result.draft.birth_date == date(1990, 4, 12)


def test_brak_pesel_yes_with_a_pesel_and_a_refused_answer(values):
    result = convert(values, no_pesel="T")
    assert problems(result) == [
        ("Brak PESEL", "\"Brak PESEL\" says Tak, but a PESEL is given: the PESEL is kept.", Severity.WARNING)]
    result = convert(values, no_pesel="Odmowa")
    assert problems(result) == [("Brak PESEL", "Answer \"Tak\" or \"Nie\".", Severity.ERROR)]


# --- names, dates, dictionaries ----------------------------------------------------------------------------

def test_missing_names_are_errors_in_their_column_or_of_the_row(values):
    result = convert(values, first_name="  ")
    assert problems(result) == [("Imię", "This field is required.", Severity.ERROR)]
    result = convert(values, last_name=...)
    assert [(p.column, p.field, p.render()) for p in result.problems] == [
        ("", "last_name", "This field is required.")]


def test_a_date_problem_names_row_column_and_value(values):
    result = convert(values, start_date="31.02.2024", support_form=..., support_start=...)
    assert problems(result) == [
        ("Data rozpoczęcia udziału w projekcie", "31.02.2024 is not a date: there is no such day.", Severity.ERROR)]
    assert result.problems[0] == Problem(12, "Data rozpoczęcia udziału w projekcie", "start_date",
                                         "{value} is not a date: there is no such day.", {"value": "31.02.2024"})


def test_a_value_not_in_the_dictionary_suggests_the_closest_and_is_not_reported_twice(values):
    result = convert(values, sex="Kobita", pesel=None, no_pesel="Tak", birth_date=date(1990, 4, 12),
                     citizenship="Obywatelstwo UE")
    assert [(p.column, p.severity, p.suggestion) for p in result.problems] == [
        ("Płeć", Severity.ERROR, "Kobieta")]  # not also "Without PESEL, sex is required"
    assert result.problems[0].render() == "\"Kobita\" is not one of the accepted values. Did you mean \"Kobieta\"?"


def test_problems_render_translated(values):
    result = convert(values, start_date="wczoraj", support_start=...)
    (problem,) = [p for p in result.problems if p.field == "start_date"]
    polish = {"\"{value}\" is not a date: write it as 05.03.2024.": "\"{value}\" to nie data: wpisz ją jak 05.03.2024."}
    assert problem.render(lambda text: polish.get(text, text)) == "\"wczoraj\" to nie data: wpisz ją jak 05.03.2024."


def test_participation_rules_are_named_by_their_column(values):
    result = convert(values, exit_date="01.03.2024")
    assert ("Data zakończenia udziału w projekcie",
            "The exit date is before the start date (the first support).", Severity.ERROR) in problems(result)
    result = convert(values, labour_detail="Osoba długotrwale bezrobotna")
    assert problems(result) == [("W tym", "Long-term unemployment requires the status 'unemployed'.", Severity.ERROR)]
    result = convert(values, support_start="01.03.1999", start_date=..., age_at_entry=...)
    assert [(p.column, p.field, p.message) for p in result.problems] == [
        ("Data rozpoczęcia udziału we wsparciu", "support_start", "The date is before 2000.")]


def test_warnings_of_fields_the_file_does_not_carry_are_left_out(values):
    result = convert(values, education=...)
    assert result.problems == ()
    result = convert(values, education=None)
    assert problems(result) == [("Wykształcenie", "Enter the education level: ESF reporting needs it.",
                                 Severity.WARNING)]
    assert result.problems[0].field == "education"


# --- fields with no place in the record ---------------------------------------------------------------------

def test_the_age_at_entry_must_agree_with_the_birth_date(values):
    assert convert(values, age_at_entry="33").problems == ()
    result = convert(values, age_at_entry=35)
    assert problems(result) == [(
        "Wiek w chwili przystąpienia do projektu",
        "The age at entry (35) does not agree with the birth date: the person was 33 on the start date. "
        "The age is not imported (coopdesk computes it).", Severity.WARNING)]
    assert result.ok


def test_the_country_must_be_poland(values):
    assert convert(values, country="POLSKA").problems == ()
    result = convert(values, country="Niemcy")
    assert problems(result) == [("Kraj", "coopdesk records addresses in Poland only: the country \"Niemcy\" is not "
                                 "imported.", Severity.WARNING)]


def test_support_dates_without_a_form_start_the_participation(values):
    result = convert(values, support_form=..., start_date=...)
    assert result.draft.participations[0].supports == ()
    assert result.draft.participations[0].start_date == date(2024, 3, 5)
    assert [(p.column, p.severity) for p in result.problems] == [
        ("Data rozpoczęcia udziału we wsparciu", Severity.WARNING)]
    result = convert(values, support_start=...)  # the form starts with the project
    assert result.draft.participations[0].supports == (SupportEntry(SupportForm.ADVICE, date(2024, 3, 5)),)
    result = convert(values, start_date="01.03.2024")
    assert [(p.column, p.params, p.severity) for p in result.problems] == [
        ("Data rozpoczęcia udziału w projekcie", {"date": "05.03.2024"}, Severity.WARNING)]


def test_a_building_number_excel_turned_into_a_date_is_refused(values):
    result = convert(values, building_no=datetime(2026, 3, 12))
    assert problems(result) == [("Nr budynku", "Excel turned this number into a date (12.03.2026): enter it again "
                                 "in a column formatted as text.", Severity.ERROR)]
    assert result.draft.building_no == "" and convert(values, building_no="12/3").draft.building_no == "12/3"


# --- the columns of coopdesk's own exports (plain, SM EFS): every stored field comes back -----------------------

PLAIN_ROW = {  # the plain layout's header -> a cell as the export writes it
    "Adres – województwo": "mazowieckie", "Adres – powiat": "Warszawa", "Adres – gmina": "Warszawa",
    "Adres – miejscowość": "Warszawa", "Stopień niepełnosprawności": "Umiarkowany stopień niepełnosprawności",
    "Niepełnosprawność intelektualna, psychiczna lub sprzężona": "Nie", "Osoba w kryzysie bezdomności": "Nie",
    "Osoba z niepełnosprawnościami": "Tak", "Etap": "W grupie założycielskiej",
    "Rodzaj uczestnika": "Pracownik lub przedstawiciel instytucji/podmiotu", "Nazwa instytucji": "Spółdzielnia Len",
    "NIP instytucji": 5260250274, "Data rejestracji w urzędzie pracy": datetime(2023, 5, 2),
    "Bezrobotna od": "01.04.2023", "Status na rynku pracy": "Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy",
    "Kod TERYT gminy": 2261011, "Województwo": "pomorskie", "Powiat": "Gdańsk", "Gmina": "Gdańsk",
    "Miejscowość": "Gdańsk", "Obszar wg DEGURBA": "1 – miasta", "Data zapoznania się z klauzulą informacyjną":
    datetime(2024, 3, 1), "Data rozpoczęcia udziału w projekcie": datetime(2024, 3, 5),
    "Data zakończenia udziału w projekcie": datetime(2024, 9, 30),
    "Przyczyna zakończenia udziału": "Ukończenie zaplanowanego wsparcia",
    "Zakończenie udziału zgodnie ze ścieżką": "Tak",
    "Sytuacja w momencie zakończenia udziału": "Osoba pracująca (w tym prowadząca działalność na własny rachunek)",
    "Data podjęcia zatrudnienia": datetime(2024, 10, 1), "Forma zatrudnienia": "Spółdzielcza umowa o pracę",
    "Wymiar etatu": "0,5", "Okres zatrudnienia (miesiące)": 0,
    "Dokument potwierdzający zatrudnienie": "Umowa nr 7/2024", "Data weryfikacji zatrudnienia": "15.10.2024",
}


def plain_cells(**changes: object) -> list[tuple[str, str, object]]:
    """The typical row (its own address columns left out) with the plain layout's columns, fields as the
    header matching maps them; ``changes`` by header (``...`` removes the column)."""
    by_key = reference_data.header_synonyms().by_key
    from coopdesk.domain.header_match import header_key
    row = [c for c in cells(voivodeship=..., powiat=..., gmina=..., town=..., labour_status=..., labour_detail=...,
                           participant_type=..., exit_date=..., disability=...)]
    merged = {**PLAIN_ROW, **changes}
    return row + [(by_key[header_key(h)], h, v) for h, v in merged.items() if v is not ...]


def test_every_column_of_the_plain_and_sm_efs_layouts_holding_a_stored_field_is_imported():
    from coopdesk.domain.header_match import How, match_headers
    from coopdesk.services.layouts import load_layout

    export_only = {"categories", "supports_text", "blank", "first_support_end"}
    for name in ("plain", "smefs", "sl2014"):
        columns = load_layout(name).sheet.columns
        matches = match_headers([c.header for c in columns], reference_data.header_synonyms())
        wanted = {"first_support_form": "support_form", "first_support_start": "support_start"}
        unmapped = [(c.header, m.field, m.how) for c, m in zip(columns, matches, strict=True)
                    if c.source not in export_only and (m.how is not How.EXACT or m.field != wanted.get(
                        c.source, c.source))]
        assert unmapped == [], name


def test_a_plain_row_fills_the_address_the_residence_at_entry_and_the_exit(values):
    result = convert_row(7, plain_cells(), values, TODAY)
    assert result.problems == ()
    d = result.draft
    assert (d.voivodeship, d.powiat, d.gmina, d.town, d.teryt) == ("mazowieckie", "Warszawa", "Warszawa", "Warszawa", "")
    assert (d.disability, d.disability_degree, d.disability_kind, d.homeless) == (
        Answer.YES, DisabilityDegree.MODERATE, Answer.NO, Answer.NO)
    assert d.stage is Stage.IN_FOUNDING_GROUP
    (p,) = d.participations
    assert (p.teryt, p.voivodeship, p.powiat, p.gmina, p.town) == ("2261011", "pomorskie", "Gdańsk", "Gdańsk", "Gdańsk")
    assert (p.participant_type, p.institution_name, p.institution_nip) == (
        ParticipantType.INSTITUTION, "Spółdzielnia Len", "5260250274")
    assert (p.pup_registered_on, p.unemployed_since, p.info_clause_on) == (
        date(2023, 5, 2), date(2023, 4, 1), date(2024, 3, 1))
    assert (p.exit_date, p.exit_reason, p.completed_path, p.exit_situation) == (
        date(2024, 9, 30), ExitReason.COMPLETED, Answer.YES, ExitSituation.EMPLOYED)
    assert (p.employment_start, p.employment_contract, p.employment_fte, p.employment_months) == (
        date(2024, 10, 1), ContractForm.COOPERATIVE_CONTRACT, 0.5, 0)
    assert (p.employment_proof, p.employment_checked_on) == ("Umowa nr 7/2024", date(2024, 10, 15))


def test_the_residence_is_the_address_unless_the_row_has_one_or_updates_an_exported_record(values):
    result = convert(values, voivodeship="pomorskie", town="Sopot")
    (p,) = result.draft.participations
    assert (result.draft.voivodeship, result.draft.town, p.voivodeship, p.town) == (
        "pomorskie", "Sopot", "pomorskie", "Sopot")
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    result = convert(values, uuid=uuid, town="Sopot")
    (p,) = result.draft.participations
    assert (result.uuid, result.draft.town, result.draft.gmina, p.town, p.gmina) == (uuid, "", "", "Sopot", "Gdańsk")


def test_working_time_months_nip_and_teryt_are_checked_in_their_columns(values):
    result = convert_row(7, plain_cells(**{"Wymiar etatu": "1,5", "Okres zatrudnienia (miesiące)": "pół roku",
                                           "NIP instytucji": "526-025-02-75", "Kod TERYT gminy": 218033}),
                         values, TODAY)
    assert [(p.column, p.field, p.severity) for p in result.problems] == [
        ("Kod TERYT gminy", "teryt", Severity.WARNING),
        ("Okres zatrudnienia (miesiące)", "employment_months", Severity.ERROR),
        ("NIP instytucji", "institution_nip", Severity.ERROR),
        ("Wymiar etatu", "employment_fte", Severity.ERROR),
    ]
    assert result.problems[0].params == {"value": "0218033"}
    assert result.problems[2].render() == "This is not a valid NIP."
    assert convert_row(7, plain_cells(**{"Wymiar etatu": "3/4 etatu"}), values, TODAY).draft.participations[
        0].employment_fte == 0.75
    result = convert_row(7, plain_cells(**{"Kod TERYT gminy": "2261019"}), values, TODAY)
    assert [(p.column, p.severity) for p in result.problems] == [("Kod TERYT gminy", Severity.ERROR)]


def test_a_home_address_problem_is_shown_in_its_own_column(values):
    result = convert_row(7, plain_cells(**{"Adres – miejscowość": "W" * 300}), values, TODAY)
    assert [(p.column, p.field, p.severity) for p in result.problems] == [
        ("Adres – miejscowość", "home_town", Severity.ERROR)]


def test_sm_efs_third_country_and_business_start(values):
    third, business = "Obywatel państwa trzeciego", "Data założenia działalności gospodarczej"
    result = convert_row(7, [*cells(citizenship="Polskie"), ("third_country", third, "Tak")], values, TODAY)
    assert [(p.column, p.severity) for p in result.problems] == [(third, Severity.WARNING)]
    assert result.draft.citizenship is Citizenship.POLISH  # the citizenship column decides
    result = convert_row(7, [*cells(citizenship=...), ("third_country", third, "Tak")], values, TODAY)
    assert result.draft.citizenship is Citizenship.NON_EU and result.problems[0].severity is Severity.WARNING
    assert convert_row(7, [*cells(), ("third_country", third, "Nie")], values, TODAY).problems == ()
    result = convert_row(7, [*cells(exit_date="30.09.2024", exit_situation="Osoba pracująca"),
                             ("business_start", business, "01.10.2024")], values, TODAY)
    (p,) = result.draft.participations
    assert (p.employment_start, p.employment_contract) == (date(2024, 10, 1), ContractForm.SELF_EMPLOYMENT)
    assert result.problems == ()


def test_sl2014_minority_or_migrant_answers_both_questions_or_says_it_cannot(values):
    header = "Osoba należąca do mniejszości narodowej lub etnicznej, migrant, osoba obcego pochodzenia"
    by_key = reference_data.header_synonyms().by_key
    from coopdesk.domain.header_match import header_key
    assert by_key[header_key(header)] == "minority_or_migrant"
    for cell, minority, foreign in (("Nie", Answer.NO, Answer.NO), ("Odmowa", Answer.REFUSED, Answer.REFUSED)):
        result = convert_row(7, [*cells(), ("minority_or_migrant", header, cell)], values, TODAY)
        assert (result.draft.minority, result.draft.foreign_background, result.problems) == (minority, foreign, ())
    result = convert_row(7, [*cells(), ("minority_or_migrant", header, "Tak")], values, TODAY)
    assert (result.draft.minority, result.draft.foreign_background) == (Answer.YES, None)
    assert [(p.column, p.severity) for p in result.problems] == [(header, Severity.WARNING)]
    minority = ("minority", "Osoba należąca do mniejszości narodowej lub etnicznej", "Nie")
    result = convert_row(7, [*cells(), minority, ("minority_or_migrant", header, "Tak")], values, TODAY)
    assert (result.draft.minority, result.draft.foreign_background, result.problems) == (Answer.NO, None, ())


def test_a_teryt_code_no_gmina_has_is_an_error_of_the_dry_run(values):
    """The commit would refuse it (the residence is filled from the code): the dry run says so, in its column."""
    result = convert_row(7, plain_cells(**{"Kod TERYT gminy": "2299011"}), values, TODAY)
    assert [(p.column, p.field, p.render(), p.severity) for p in result.problems] == [
        ("Kod TERYT gminy", "teryt", "No gmina has this TERYT code.", Severity.ERROR)]
    home = ("home_teryt", "Adres – kod TERYT gminy", "2299011")
    result = convert_row(7, [*plain_cells(), home], values, TODAY)
    assert [(p.column, p.field) for p in result.problems] == [("Adres – kod TERYT gminy", "home_teryt")]
    result = convert_row(7, plain_cells(**{"Kod TERYT gminy": "0218032"}), values, TODAY)  # a former code
    assert result.problems == () and result.draft.participations[0].teryt == "0218032"
