from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.enums import Citizenship, LabourDetail, LabourStatus, Sex
from coopdesk.domain.errors import Severity
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft
from coopdesk.domain.search import fold, search_terms
from coopdesk.domain.validation import (
    errors_only,
    is_valid_postal_code,
    normalise,
    pesel_birth_date,
    pesel_issue,
    pesel_sex,
    validate_participant,
)

TODAY = date(2026, 11, 27)
WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def make_pesel(born: date, serial: int, female: bool) -> str:
    """Reference implementation from domain.md §3 (independent of python-stdnum)."""
    offset = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[born.year // 100]
    sex_digit = (serial % 5) * 2 + (0 if female else 1)
    body = f"{born.year % 100:02d}{born.month + offset:02d}{born.day:02d}{serial % 1000:03d}{sex_digit}"
    check = (10 - sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 10) % 10
    return body + str(check)


def fields_of(issues):
    return {i.field for i in errors_only(issues)}


def test_known_vectors():
    assert pesel_issue("44051401359") is None
    assert pesel_birth_date("44051401359") == date(1944, 5, 14)
    assert pesel_sex("44051401359") is Sex.MALE
    assert pesel_issue("02270803624") is None
    assert pesel_birth_date("02270803624") == date(2002, 7, 8)
    assert pesel_sex("02270803624") is Sex.FEMALE


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("4405140135", "11 digits"),
        ("440514013590", "11 digits"),
        ("4405140135a", "11 digits"),
        ("44051401358", "check digit"),
        ("44133101357", "impossible birth date"),
    ],
)
def test_bad_pesel_messages(value, fragment):
    assert fragment in pesel_issue(value)


@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 11, 27)),
    serial=st.integers(min_value=0, max_value=999),
    female=st.booleans(),
)
def test_generated_pesels_roundtrip(born, serial, female):
    pesel = make_pesel(born, serial, female)
    assert pesel_issue(pesel) is None
    assert pesel_birth_date(pesel) == born
    assert pesel_sex(pesel) is (Sex.FEMALE if female else Sex.MALE)


@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 11, 27)),
    serial=st.integers(min_value=0, max_value=999),
    position=st.integers(min_value=0, max_value=10),
    delta=st.integers(min_value=1, max_value=9),
)
def test_single_digit_typo_is_caught(born, serial, position, delta):
    pesel = make_pesel(born, serial, False)
    digits = list(pesel)
    digits[position] = str((int(digits[position]) + delta) % 10)
    assert pesel_issue("".join(digits)) is not None


def test_postal_code():
    assert is_valid_postal_code("00-950")
    for bad in ("00950", "0-0950", "ab-cde", "00-95", ""):
        assert not is_valid_postal_code(bad)


def test_valid_minimal_with_pesel_fills_birth_and_sex():
    draft = normalise(ParticipantDraft(first_name=" Jan ", last_name="Kowalski", pesel="440514 01359"))
    assert draft.first_name == "Jan"
    assert draft.birth_date == date(1944, 5, 14) and draft.sex is Sex.MALE
    assert errors_only(validate_participant(draft, TODAY)) == []


def test_required_names():
    assert fields_of(validate_participant(ParticipantDraft(pesel="44051401359"), TODAY)) == {
        "first_name", "last_name"}


def test_pesel_must_agree_with_birth_date_and_sex():
    draft = ParticipantDraft(first_name="A", last_name="B", pesel="44051401359",
                             birth_date=date(1944, 5, 15), sex=Sex.FEMALE)
    assert fields_of(validate_participant(draft, TODAY)) == {"birth_date", "sex"}


def test_without_pesel_birth_date_and_sex_required():
    draft = ParticipantDraft(first_name="Olena", last_name="Shevchenko", citizenship=Citizenship.NON_EU)
    assert fields_of(validate_participant(draft, TODAY)) == {"birth_date", "sex"}
    ok = ParticipantDraft(first_name="Olena", last_name="Shevchenko", citizenship=Citizenship.NON_EU,
                          birth_date=date(1990, 1, 2), sex=Sex.FEMALE)
    assert validate_participant(ok, TODAY) == []


def test_polish_citizen_without_pesel_is_a_warning_only():
    draft = ParticipantDraft(first_name="A", last_name="B", birth_date=date(1990, 1, 2), sex=Sex.MALE)
    issues = validate_participant(draft, TODAY)
    assert [i.severity for i in issues] == [Severity.WARNING]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"birth_date": date(2027, 1, 1)}, "birth_date"),
        ({"birth_date": date(1899, 12, 31)}, "birth_date"),
        ({"recruitment_date": date(2027, 1, 1)}, "recruitment_date"),
        ({"project_start": date(2026, 5, 1), "project_end": date(2026, 4, 30)}, "project_end"),
        ({"postal_code": "12345"}, "postal_code"),
        ({"email": "jan(at)example.pl"}, "email"),
        ({"phone": "12"}, "phone"),
        ({"first_name": "Jan2"}, "first_name"),
        ({"labour_status": LabourStatus.EMPLOYED, "labour_detail": LabourDetail.LONG_TERM_UNEMPLOYED},
         "labour_detail"),
        ({"categories": (CategoryAssignment(1), CategoryAssignment(1))}, "categories"),
        ({"categories": (CategoryAssignment(1, "PUP", date(2027, 1, 1)),)}, "categories"),
    ],
)
def test_field_errors(changes, field):
    base = {"first_name": "Jan", "last_name": "Nowak", "birth_date": date(1980, 1, 1), "sex": Sex.MALE,
            "citizenship": Citizenship.NON_EU}
    draft = ParticipantDraft(**{**base, **changes})
    assert field in fields_of(validate_participant(draft, TODAY))


def test_fold_handles_polish_letters():
    assert fold("ŁÓDŹ Żółć Ęą") == "lodz zolc ea"
    assert search_terms("  Kowal  Łódź ") == ["kowal", "lodz"]


def test_issue_render_translates_then_formats():
    issue = validate_participant(
        ParticipantDraft(first_name="A", last_name="B", pesel="44051401359", birth_date=date(1944, 5, 15)),
        TODAY,
    )[0]
    assert issue.render() == "Birth date does not match PESEL (14.05.1944)."
    assert issue.render(lambda t: t.replace("Birth date", "Data urodzenia")).startswith("Data urodzenia")
