"""Cells of a participant spreadsheet (issue 9): dates in Polish forms and as Excel serials, PESEL that lost
its leading zero or went scientific, numbers for phones and postal codes, Tak/Nie answers, and the coded
values of import_values.json (every code reachable, no string naming two codes, suggestions)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

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
from coopdesk.domain.header_match import header_key
from coopdesk.domain.import_values import (
    DICTIONARY_ENUMS,
    VOIVODESHIP,
    build_dictionary,
    cell_text,
    excel_serial_date,
    parse_date,
    parse_decimal,
    parse_import_values,
    parse_pesel,
    parse_phone,
    parse_postal_code,
    parse_teryt,
    parse_uuid,
    parse_whole_number,
)
from coopdesk.resources import resource_path
from coopdesk.services import pl_terms, reference_data


@pytest.fixture(scope="module")
def values():
    return reference_data.import_values()


# --- the data file -------------------------------------------------------------------------------------

def test_every_code_of_every_dictionary_has_an_accepted_string(values):
    for name, enum in DICTIONARY_ENUMS.items():
        dictionary = values.dictionaries[name]
        reached = set(dictionary.by_key.values())
        assert reached == set(enum), f"{name}: no string for {set(enum) - reached}"


def test_every_coded_field_has_a_dictionary_of_its_enum(values):
    expected = {
        "sex": Sex, "citizenship": Citizenship, "education": Isced, "labour_status": LabourStatus,
        "labour_detail": LabourDetail, "participant_type": ParticipantType, "degurba": Degurba,
        "disability": Answer, "minority": Answer, "foreign_background": Answer, "homeless": Answer,
        "completed_path": Answer, "no_pesel": Answer, "exit_situation": ExitSituation, "support_form": SupportForm,
        "disability_degree": DisabilityDegree, "disability_kind": Answer, "third_country": Answer,
        "exit_reason": ExitReason, "employment_contract": ContractForm, "stage": Stage,
    }
    assert {f: values.dictionary(f).enum for f in expected} == expected
    headers = reference_data.header_synonyms().by_key.values()
    assert set(values.fields) <= set(headers)  # each coded field is a column a sheet may carry


def test_coopdesks_own_polish_wording_is_accepted_for_its_code(values):
    tables = {
        "sex": pl_terms.SEX, "answer": pl_terms.ANSWER, "citizenship": pl_terms.CITIZENSHIP,
        "isced": pl_terms.EDUCATION, "labour_status": pl_terms.LABOUR_STATUS, "labour_detail": pl_terms.LABOUR_DETAIL,
        "participant_type": pl_terms.PARTICIPANT_TYPE, "degurba": pl_terms.DEGURBA,
        "exit_situation": pl_terms.EXIT_SITUATION, "support_form": pl_terms.SUPPORT_FORM,
        "disability_degree": pl_terms.DISABILITY_DEGREE, "exit_reason": pl_terms.EXIT_REASON,
        "contract_form": pl_terms.CONTRACT_FORM, "stage": pl_terms.STAGE,
    }
    for name, table in tables.items():
        for code, label in table.items():
            if label:
                assert values.dictionaries[name].match(label) == (code, None), (name, label)


@pytest.mark.parametrize(("name", "text", "code"), [
    ("isced", "Wyższe (ISCED 5–8)", Isced.ISCED5_8),  # SM EFS, en dash
    ("isced", "wyższe (ISCED 5‑8)", Isced.ISCED5_8),  # SL2014, non-breaking hyphen
    ("isced", "Brak lub niepełne podstawowe (ISCED 0)", Isced.ISCED0),
    ("isced", "gimnazjalne (ISCED 2)", Isced.ISCED2),
    ("labour_status", "osoba bezrobotna zarejestrowana w ewidencji urzędów pracy", LabourStatus.UNEMPLOYED_REGISTERED),
    ("labour_status", "Osoba bierna zawodowo", LabourStatus.INACTIVE),
    ("labour_detail", "Osoba długotrwale bezrobotna", LabourDetail.LONG_TERM_UNEMPLOYED),
    ("citizenship", "Obywatelstwo polskie", Citizenship.POLISH),
    ("citizenship", "Obywatel innego państwa UE", Citizenship.EU),
    ("citizenship", "ukraińskie", Citizenship.NON_EU),
    ("citizenship", "UA", Citizenship.NON_EU),
    ("citizenship", "DE", Citizenship.EU),
    ("participant_type", "indywidualny", ParticipantType.INDIVIDUAL),
    ("participant_type", "pracownik lub przedstawiciel instytucji/podmiotu", ParticipantType.INSTITUTION),
    ("degurba", "3 – obszary wiejskie", Degurba.RURAL),
    ("degurba", 2, Degurba.TOWNS_SUBURBS),
    ("degurba", 1.0, Degurba.CITIES),
    ("sex", "kobieta", Sex.FEMALE),
    ("sex", "MĘŻCZYZNA", Sex.MALE),
    ("sex", "Female", Sex.FEMALE),
    ("exit_situation", "nie dotyczy", ExitSituation.NOT_APPLICABLE),
    ("answer", "Odmowa podania informacji", Answer.REFUSED),
])
def test_sl2014_sm_efs_and_english_strings(values, name, text, code):
    assert values.dictionaries[name].match(text) == (code, None)


def test_every_string_the_exports_write_is_read_back(values):
    """A partner's edited file comes back: each dictionary string of the plain, SM EFS and SL2014 layouts is
    accepted for a code (the same code, unless the layout writes one string for several codes)."""
    from coopdesk.services.layouts import load_layout

    for layout in ("plain", "smefs", "sl2014"):
        loaded = load_layout(layout)
        for column in loaded.sheet.columns:
            field = {"first_support_form": "support_form"}.get(column.source, column.source)
            if column.dictionary is None or field not in values.fields:
                continue
            table = loaded.dictionaries[column.dictionary]
            lossy = {label for label in table.values() if list(table.values()).count(label) > 1}
            for code, label in table.items():
                if not label:
                    continue
                found, issue = values.dictionary(field).match(label)
                assert found is not None and (issue is None or issue.severity is Severity.WARNING), (layout, label)
                if label not in lossy:
                    assert found.value == code, (layout, column.header, label)


def test_a_part_of_a_full_time_job():
    assert [parse_decimal(v)[0] for v in ("0,5", "0.75", " 1 ", "1/2", "3/4 etatu", "50%", 0.25, 1)] == [
        0.5, 0.75, 1.0, 0.5, 0.75, 0.5, 0.25, 1.0]
    assert parse_decimal(None) == (None, None) and parse_decimal("") == (None, None)
    value, issue = parse_decimal("pół etatu")
    assert value is None and issue is not None and issue.severity is Severity.ERROR
    assert issue.message.format(**issue.params) == "\"pół etatu\" is not a number: write a part of a full-time job as 0,5."


def test_a_teryt_code_as_a_number_text_or_wrong():
    assert parse_teryt(2261011) == ("2261011", None) and parse_teryt("22 61 011") == ("2261011", None)
    assert parse_teryt(2261011.0) == ("2261011", None) and parse_teryt(None) == ("", None)
    code, issue = parse_teryt(201011)  # dolnośląskie, stored as a number
    assert code == "0201011" and issue is not None and issue.severity is Severity.WARNING
    assert issue.params == {"value": "0201011"}
    for wrong in ("22610111", "2261019", "3361011", "Gdańsk"):
        code, issue = parse_teryt(wrong)
        assert code == "" and issue is not None and issue.severity is Severity.ERROR, wrong


def test_no_string_of_the_shipped_file_names_two_codes():
    data = json.loads(resource_path("data", "import_values.json").read_text(encoding="utf-8"))
    for name, content in data["dictionaries"].items():
        codes: dict[str, set[str]] = {}
        for group in (content["values"], content.get("assumed", {})):
            for code, strings in group.items():
                for string in strings:
                    codes.setdefault(header_key(string), set()).add(code)
        assert {key: found for key, found in codes.items() if len(found) > 1} == {}, name


def test_one_folded_string_may_not_name_two_codes():
    with pytest.raises(ValueError, match="names both"):
        build_dictionary("sex", Sex, {"K": ["Kobieta"], "M": ["KOBIETA!"]})
    with pytest.raises(ValueError, match="names both"):
        build_dictionary("sex", Sex, {"K": ["K"]}, assumed={"M": ["k"]})
    with pytest.raises(ValueError):
        build_dictionary("sex", Sex, {"X": ["Kobieta"]})  # not a code of the enum


def test_the_data_file_names_known_dictionaries_only():
    with pytest.raises(ValueError, match="unknown dictionary"):
        parse_import_values({"fields": {}, "dictionaries": {"colour": {"values": {}}}})
    with pytest.raises(ValueError, match="names no dictionary"):
        parse_import_values({"fields": {"sex": "gender"}, "dictionaries": {}})


# --- dictionary values ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["tak", "T", "1", 1, "x", "X", "TRUE", True, " Tak\u00a0", "yes"])
def test_yes_answers(values, raw):
    assert values.dictionary("disability").match(raw) == (Answer.YES, None)


@pytest.mark.parametrize("raw", ["nie", "N", "0", 0, 0.0, "FALSE", False, "Fałsz"])
def test_no_answers(values, raw):
    assert values.dictionary("homeless").match(raw) == (Answer.NO, None)


@pytest.mark.parametrize("raw", ["Odmowa", "odmowa podania informacji", "Odm."])
def test_refused_answers(values, raw):
    assert values.dictionary("minority").match(raw) == (Answer.REFUSED, None)


def test_an_empty_or_punctuation_only_cell_says_nothing(values):
    assert values.dictionary("sex").match(None) == (None, None)
    assert values.dictionary("sex").match("  ") == (None, None)
    assert values.dictionary("disability").match("-") == (None, None)


def test_an_unknown_value_is_an_error_with_the_closest_suggestion(values):
    code, issue = values.dictionary("sex").match("Kobita")
    assert code is None and issue.severity is Severity.ERROR
    assert issue.suggestion == "Kobieta"
    assert issue.params == {"value": "Kobita", "suggestion": "Kobieta"}
    assert "{suggestion}" in issue.message
    code, issue = values.dictionary("education").match("Wyzsze ISCED 5-8 (magisterskie)")
    assert code is None and issue.suggestion.startswith("Wyższe")
    code, issue = values.dictionary("labour_status").match("zzz")
    assert code is None and issue.suggestion == "" and issue.params == {"value": "zzz"}


def test_an_imprecise_value_is_read_with_a_warning(values):
    code, issue = values.dictionary("labour_status").match("Osoba bezrobotna")  # SM EFS: registered or not?
    assert code is LabourStatus.UNEMPLOYED_UNREGISTERED
    assert issue.severity is Severity.WARNING
    assert issue.params == {"value": "Osoba bezrobotna",
                            "chosen": "Osoba bezrobotna niezarejestrowana w ewidencji urzędów pracy"}
    code, issue = values.dictionary("education").match("Niższe niż podstawowe (ISCED 0–2)")
    assert code is Isced.ISCED0 and issue.severity is Severity.WARNING


def test_sm_efs_ranges_are_its_own_values_read_without_a_warning(values):
    """A file from SM EFS carries its ranges in every row: read as the lower level (written back as the same
    range by the SM EFS export), no warning per row."""
    for text, code in (("Podstawowe (ISCED 1) lub gimnazjalne (ISCED 2)", Isced.ISCED1),
                       ("Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)", Isced.ISCED3)):
        assert values.dictionary("education").match(text) == (code, None)
    citizenship = values.dictionary("citizenship").match(
        "Brak polskiego obywatelstwa lub UE – obywatel kraju spoza UE/ bezpaństwowiec")
    assert citizenship[1] is None


def test_a_repeated_value_gives_the_same_answer(values):
    first = values.dictionary("sex").match("Kobita")
    assert values.dictionary("sex").match("Kobita") == first
    assert values.dictionary("degurba").match(True) != values.dictionary("degurba").match(1)


def test_voivodeships_are_lower_case_names(values):
    assert VOIVODESHIP.match("Pomorskie")[0] == "pomorskie"
    assert VOIVODESHIP.match("woj. Śląskie")[0] == "śląskie"
    assert VOIVODESHIP.match("WARMINSKO-MAZURSKIE")[0] == "warmińsko-mazurskie"
    code, issue = VOIVODESHIP.match("Pomorzkie")
    assert code is None and issue.suggestion == "pomorskie"


# --- text -------------------------------------------------------------------------------------------------

def test_text_loses_trailing_repeated_and_non_breaking_spaces():
    assert cell_text("  Anna\u00a0 Maria\t") == "Anna Maria"
    assert cell_text("Kowalska\u202fNowak ") == "Kowalska Nowak"
    assert cell_text("\ufeffJan\u200b") == "Jan"
    assert cell_text("'0012") == "0012"  # Excel's text apostrophe
    assert cell_text(12.0) == "12" and cell_text(12) == "12" and cell_text(None) == ""


# --- dates ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "5.3.2024", "05.03.2024", "05.03.2024 r.", "5.03.2024r", "2024-03-05", "05-03-2024", "05/03/2024",
    "5 marca 2024", "5 marzec 2024", "5 Marca 2024 r.", "05 mar 2024", "5 III 2024", "5. marca 2024",
    "2024.03.05", "2024-03-05 00:00:00", "2024-03-05T10:30", " 05.03.2024\u00a0", "5 03 2024", "45356",
    "20240305",
])
def test_dates_as_text_in_common_polish_forms(text):
    assert parse_date(text) == (date(2024, 3, 5), None)


@pytest.mark.parametrize(("text", "day"), [
    ("12 października 2023", date(2023, 10, 12)), ("1 stycznia 2024", date(2024, 1, 1)),
    ("29 LUTEGO 2024", date(2024, 2, 29)), ("31 grudzień 1999", date(1999, 12, 31)),
    ("15 wrz. 2025", date(2025, 9, 15)), ("3 XI 2021", date(2021, 11, 3)),
])
def test_month_names_and_roman_numerals(text, day):
    assert parse_date(text) == (day, None)


def test_dates_as_cells_and_as_excel_serial_numbers():
    assert parse_date(date(2024, 3, 5)) == (date(2024, 3, 5), None)
    assert parse_date(datetime(2024, 3, 5, 14, 30)) == (date(2024, 3, 5), None)
    assert parse_date(45356) == (date(2024, 3, 5), None)
    assert parse_date(45356.75) == (date(2024, 3, 5), None)  # with a time of day
    assert parse_date(20240305) == (date(2024, 3, 5), None)
    assert excel_serial_date(1) == date(1900, 1, 1)
    assert excel_serial_date(59) == date(1900, 2, 28)
    assert excel_serial_date(61) == date(1900, 3, 1)
    assert excel_serial_date(60) is None  # Excel's 29 February 1900 never was
    assert parse_date(None) == (None, None) and parse_date("  ") == (None, None)


@pytest.mark.parametrize("text", ["31.02.2024", "29.02.2023", "2024-13-01", "32 stycznia 2024", "00.01.2024"])
def test_an_impossible_date_is_named(text):
    day, issue = parse_date(text)
    assert day is None and issue.severity is Severity.ERROR
    assert issue.params == {"value": text}
    assert issue.message == "{value} is not a date: there is no such day."


@pytest.mark.parametrize("raw", ["wczoraj", "5 marcaa 2024", "2024", "05.03", "abc 2024", True])
def test_what_is_not_a_date_says_so(raw):
    day, issue = parse_date(raw)
    assert day is None and issue.severity is Severity.ERROR
    assert issue.params["value"] == cell_text(raw)


def test_two_digit_years_and_serials_out_of_range_are_refused():
    day, issue = parse_date("05.03.24")
    assert day is None and "four digits" in issue.message
    day, issue = parse_date(2958465)
    assert day is None and issue.params == {"value": "2958465"} and "1900-2099" in issue.message
    assert parse_date(-5)[0] is None
    day, issue = parse_date(1985)
    assert day is None and issue.message.startswith("{value} is a year")


def test_a_date_with_the_month_first_is_read_with_a_warning():
    day, issue = parse_date("03/25/2024")
    assert day == date(2024, 3, 25)
    assert issue.severity is Severity.WARNING and issue.params == {"value": "03/25/2024", "date": "25.03.2024"}


# --- PESEL, phone, postal code -----------------------------------------------------------------------------

def test_a_pesel_stored_as_a_number_gets_its_leading_zero_back_with_a_warning():
    pesel, issue = parse_pesel(2270803624)
    assert pesel == "02270803624" and issue.severity is Severity.WARNING
    assert "leading zero" in issue.message and issue.params == {}  # the PESEL is not in the message
    assert parse_pesel(2270803624.0)[0] == "02270803624"
    assert parse_pesel("2270803624")[0] == "02270803624"  # a CSV of the same column
    assert parse_pesel(44051401359) == ("44051401359", None)
    assert parse_pesel(44051401359.0) == ("44051401359", None)


def test_a_pesel_with_spaces_dashes_or_as_text_of_a_number_is_cleaned():
    assert parse_pesel(" 440514 01359 ") == ("44051401359", None)
    assert parse_pesel("440514-01359") == ("44051401359", None)
    assert parse_pesel("'44051401359") == ("44051401359", None)
    assert parse_pesel("44051401359.0") == ("44051401359", None)
    assert parse_pesel("４４０５１４０１３５９") == ("44051401359", None)  # full-width digits
    assert parse_pesel("1234567890") == ("1234567890", None)  # not a PESEL with a zero either: the row says


@pytest.mark.parametrize("text", ["4.40514E+10", "4,40514E+10", "4.4051401359e10"])
def test_a_pesel_in_scientific_notation_is_refused(text):
    pesel, issue = parse_pesel(text)
    assert pesel == "" and issue.severity is Severity.ERROR and "scientific notation" in issue.message


def test_phone_numbers_given_as_numbers():
    assert parse_phone(600100200) == ("600100200", None)
    assert parse_phone(48600100200.0) == ("48600100200", None)
    assert parse_phone("600100200.0") == ("600100200", None)
    assert parse_phone("+48 600 100 200 ") == ("+48 600 100 200", None)
    assert parse_phone(6.5)[1].severity is Severity.ERROR
    assert parse_phone("tel. 600 100 200") == ("600 100 200", None)
    assert parse_phone("Kom.: 600100200") == ("600100200", None)


def test_postal_codes_given_as_numbers():
    assert parse_postal_code(80001) == ("80-001", None)
    assert parse_postal_code(80001.0) == ("80-001", None)
    value, issue = parse_postal_code(2495)
    assert value == "02-495" and issue.severity is Severity.WARNING and issue.params == {"value": "02-495"}
    assert parse_postal_code("80001") == ("80-001", None)
    assert parse_postal_code("80 001") == ("80-001", None)
    assert parse_postal_code("80–001") == ("80-001", None)
    assert parse_postal_code("2495") == ("02-495", issue)  # a CSV of the number column
    assert parse_postal_code("800") == ("800", None)  # left for the format check of the row


def test_whole_numbers_and_technical_identifiers():
    assert parse_whole_number(34) == (34, None) and parse_whole_number("34") == (34, None)
    assert parse_whole_number(34.0) == (34, None) and parse_whole_number(None) == (None, None)
    assert parse_whole_number("34 lata")[1].params == {"value": "34 lata"}
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert parse_uuid(uuid.upper()) == (uuid, None)
    assert parse_uuid("{" + uuid + "}") == (uuid, None)
    assert parse_uuid(uuid.replace("-", "")) == (uuid, None)
    assert parse_uuid("")[0] == ""
    assert parse_uuid("12345")[1].severity is Severity.ERROR
