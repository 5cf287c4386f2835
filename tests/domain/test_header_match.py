"""Header matching for participant spreadsheets (issue 9 groundwork): folded headers, synonyms of the SL2014
and SM EFS layouts, close matches for typos, two-field headers, duplicated columns, the header row."""

from __future__ import annotations

import pytest

from coopdesk.domain.header_match import (
    How,
    find_header_row,
    header_key,
    match_headers,
    parse_header_synonyms,
)
from coopdesk.services import reference_data


@pytest.fixture(scope="module")
def synonyms():
    return reference_data.header_synonyms()


def test_headers_fold_case_letters_punctuation_and_spaces():
    assert header_key("  Data rozpoczęcia\tudziału (DEGURBA)! ") == "data rozpoczecia udzialu degurba"
    assert header_key("ŁÓDŹ") == header_key("lodz") == "lodz"
    assert header_key(None) == "" and header_key(2026) == "2026"


def test_a_messy_recruitment_sheet_is_mapped(synonyms):
    headers = ["Lp.", "NAZWISKO", "imie", "Nr PESEL", "Płeć ", "e-mail", "Telefon kontaktowy", "Miejscowosc",
               "Wyksztalcenie", "Nazwsko"]
    found = match_headers(headers, synonyms)
    assert [(m.header, m.field, m.how) for m in found] == [
        ("Lp.", None, How.UNKNOWN),
        ("NAZWISKO", "last_name", How.EXACT),
        ("imie", "first_name", How.EXACT),
        ("Nr PESEL", "pesel", How.EXACT),
        ("Płeć", "sex", How.EXACT),
        ("e-mail", "email", How.EXACT),
        ("Telefon kontaktowy", "phone", How.EXACT),
        ("Miejscowosc", "town", How.EXACT),
        ("Wyksztalcenie", "education", How.EXACT),
        ("Nazwsko", "last_name", How.DUPLICATE),  # a typo of a field already taken: left to the user
    ]


def test_a_typo_is_a_close_match_and_nonsense_is_unknown(synonyms):
    close, nothing = match_headers(["Data urodzneia", "Ulubiony kolor"], synonyms)
    assert (close.field, close.how) == ("birth_date", How.CLOSE) and 0.85 <= close.score < 1
    assert (nothing.field, nothing.how) == (None, How.UNKNOWN)


def test_the_sl2014_and_sm_efs_headers_are_known(synonyms):
    sl2014 = ["Kraj", "Rodzaj uczestnika", "Nazwa instytucji", "Imię", "Nazwisko", "PESEL", "Brak PESEL", "Płeć",
              "Wiek w chwili przystąpienia do projektu", "Wykształcenie", "Województwo", "Powiat", "Gmina",
              "Miejscowość", "Ulica", "Nr budynku", "Nr lokalu", "Kod pocztowy",
              "Obszar wg stopnia urbanizacji (DEGURBA)", "Telefon kontaktowy", "Adres e-mail",
              "Data rozpoczęcia udziału w projekcie", "Data zakończenia udziału w projekcie",
              "Status osoby na rynku pracy w chwili przystąpienia do projektu", "W tym"]
    smefs = ["Numer projektu", "Obywatelstwo", "PESEL/Inny identyfikator", "Techniczny identyfikator uczestnika",
             "Obszar według stopnia urbanizacji (DEGURBA)", "Osoba obcego pochodzenia",
             "Osoba należąca do mniejszości narodowej lub etnicznej (w tym społeczności marginalizowane)",
             "Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań", "Osoba z niepełnosprawnościami"]
    for layout in (sl2014, smefs):
        found = match_headers(layout, synonyms)
        assert [m.header for m in found if m.how is not How.EXACT] == []
        assert len({m.field for m in found}) == len(layout)


def test_a_two_field_header_is_left_to_the_user(synonyms):
    (both,) = match_headers(["Imię i nazwisko"], synonyms)
    assert (both.field, both.how) == (None, How.COMBINED)


def test_an_export_column_holding_nothing_stored_is_known_but_not_imported(synonyms):
    """The plain list's categories and supports as text, SL2014's blank template columns: said so on the
    mapping page, not "unknown"."""
    matches = match_headers(["Kategorie zagrożenia wykluczeniem", "Formy wsparcia", "Wykonywany zawód", "Xyz"],
                            synonyms)
    assert [(m.field, m.how) for m in matches] == [(None, How.NOT_IMPORTED)] * 3 + [(None, How.UNKNOWN)]


def test_the_header_row_under_a_title_block(synonyms):
    rows = [["Lista uczestników – rekrutacja marzec 2026", None, None], [None, None, None],
            ["Lp.", "Nazwisko", "Imię", "PESEL"], [1, "Nowak", "Anna", "02270803624"]]
    assert find_header_row(rows, synonyms) == 2
    assert find_header_row([["Nowak", "Anna"], ["Kowal", "Jan"]], synonyms) is None


def test_one_header_for_two_fields_in_the_data_is_refused():
    with pytest.raises(ValueError, match="names both"):
        parse_header_synonyms({"fields": {"first_name": ["Imię"], "last_name": ["IMIE"]}})
