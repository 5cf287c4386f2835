from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    Sex,
    SupportForm,
)
from coopdesk.domain.errors import Severity
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipationDraft, SupportEntry
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
# What ESF reporting needs (without it, two warnings: tests/domain/test_validation_age_esf.py)
ESF = {"education": Isced.ISCED3, "labour_status": LabourStatus.EMPLOYED}
PART = "participations.0."  # a field of the draft's first participation


def draft_of(**values) -> ParticipantDraft:
    """A draft; the keys of a participation (education, labour_status, supports, exit_date...) go into its one
    participation (issue 8: they are data of the person's participation in a project)."""
    part = {k: values.pop(k) for k in list(values) if k in ParticipationDraft.__dataclass_fields__}
    return ParticipantDraft(**values, participations=(ParticipationDraft(**part),))
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
    ok = draft_of(first_name="Olena", last_name="Shevchenko", citizenship=Citizenship.NON_EU,
                  birth_date=date(1990, 1, 2), sex=Sex.FEMALE, **ESF)
    assert validate_participant(ok, TODAY) == []


def test_polish_citizen_without_pesel_is_a_warning_only():
    draft = draft_of(first_name="A", last_name="B", birth_date=date(1990, 1, 2), sex=Sex.MALE, **ESF)
    issues = validate_participant(draft, TODAY)
    assert [i.severity for i in issues] == [Severity.WARNING]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"birth_date": date(2027, 1, 1)}, "birth_date"),
        ({"birth_date": date(1899, 12, 31)}, "birth_date"),
        ({"recruitment_date": date(2027, 1, 1)}, "recruitment_date"),
        ({"supports": (SupportEntry(SupportForm.TRAINING, date(2026, 5, 1)),), "exit_date": date(2026, 4, 30)},
         PART + "exit_date"),
        ({"postal_code": "12345"}, "postal_code"),
        ({"email": "jan(at)example.pl"}, "email"),
        ({"phone": "12"}, "phone"),
        ({"first_name": "Jan2"}, "first_name"),
        ({"labour_status": LabourStatus.EMPLOYED, "labour_detail": LabourDetail.LONG_TERM_UNEMPLOYED},
         PART + "labour_detail"),
        ({"categories": (CategoryAssignment(1), CategoryAssignment(1))}, "categories"),
        ({"categories": (CategoryAssignment(1, "PUP", date(2027, 1, 1)),)}, "categories"),
    ],
)
def test_field_errors(changes, field):
    base = {"first_name": "Jan", "last_name": "Nowak", "birth_date": date(1980, 1, 1), "sex": Sex.MALE,
            "citizenship": Citizenship.NON_EU}
    draft = draft_of(**{**base, **changes})
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


# --- every branch pinned by field and message (issue 6: mutation testing found them unguarded) -----------

ADULT = {"first_name": "Jan", "last_name": "Nowak", "birth_date": date(1980, 1, 1), "sex": Sex.MALE,
         "citizenship": Citizenship.NON_EU, **ESF}
BEFORE_2000 = "The date is before 2000."
TOMORROW = date(2026, 11, 28)


def found(**changes) -> list[tuple[str, str, Severity]]:
    """Every issue of a valid adult's draft with ``changes``: (field, message, severity)."""
    draft = normalise(draft_of(**{**ADULT, **changes}))
    return [(i.field, i.render(), i.severity) for i in validate_participant(draft, TODAY)]


def error(field: str, message: str) -> tuple[str, str, Severity]:
    return (field, message, Severity.ERROR)


AGED_0 = error("birth_date", "The person is 0 years old: someone under 15 can be registered only when you confirm it.")


def test_a_valid_adult_has_no_issues():
    assert found() == []


@pytest.mark.parametrize("field", ["recruitment_date", "stage_date"])
def test_project_dates_before_2000_are_refused_and_the_first_day_of_2000_is_not(field):
    assert found(**{field: date(1999, 12, 31)}) == [error(field, BEFORE_2000)]
    assert found(**{field: date(2000, 1, 1)}) == []


def test_birth_date_boundaries():
    assert found(birth_date=TOMORROW) == [error("birth_date", "Birth date is in the future.")]
    assert found(birth_date=TODAY) == [AGED_0]  # not "in the future": only the age rule (issue 7)
    assert found(birth_date=date(1899, 12, 31)) == [error("birth_date", "Birth date is before 1900.")]
    assert found(birth_date=date(1900, 1, 1)) == []


def test_recruitment_date_boundary_at_today():
    assert found(recruitment_date=TOMORROW) == [error("recruitment_date", "Recruitment date is in the future.")]
    assert found(recruitment_date=TODAY) == []


def test_a_stage_cannot_start_in_the_future_but_may_start_today():
    assert found(stage_date=TOMORROW) == [error("stage_date", "A stage cannot start in the future.")]
    assert found(stage_date=TODAY) == []


def test_a_proof_document_may_be_dated_today_not_tomorrow():
    assert found(categories=(CategoryAssignment(1, "PUP", TOMORROW),)) == [
        error("categories", "A proof document is dated in the future.")]
    assert found(categories=(CategoryAssignment(1, "PUP", TODAY),)) == []


def test_recruitment_before_birth_is_refused_and_on_the_birth_day_is_not():
    born = date(2005, 6, 1)
    assert found(birth_date=born, recruitment_date=date(2005, 5, 31)) == [
        error("recruitment_date", "Recruitment date is before birth.")]
    assert found(birth_date=born, recruitment_date=born) == [AGED_0]  # not "before birth": only the age rule


def support(day: date) -> tuple[SupportEntry, ...]:
    return (SupportEntry(SupportForm.ADVICE, day),)


EXIT_DATA = {"exit_situation": ExitSituation.EMPLOYED, "completed_path": Answer.YES}


def test_support_before_recruitment_is_a_warning_at_the_supports():
    assert found(recruitment_date=date(2026, 3, 2), supports=support(date(2026, 3, 1))) == [
        (PART + "supports", "Support starts before the recruitment date.", Severity.WARNING)]
    assert found(recruitment_date=date(2026, 3, 2), supports=support(date(2026, 3, 2))) == []


def test_exit_before_the_first_support_is_refused_and_on_the_same_day_is_not():
    assert found(supports=support(date(2026, 5, 1)), exit_date=date(2026, 4, 30), **EXIT_DATA) == [
        error(PART + "exit_date", "The exit date is before the start date (the first support).")]
    assert found(supports=support(date(2026, 5, 1)), exit_date=date(2026, 5, 1), **EXIT_DATA) == []


INACTIVE_ONLY = "This detail applies only to economically inactive persons."


@pytest.mark.parametrize("detail", [LabourDetail.IN_EDUCATION, LabourDetail.NOT_IN_EDUCATION])
@pytest.mark.parametrize(
    "status", [LabourStatus.EMPLOYED, LabourStatus.UNEMPLOYED_REGISTERED, LabourStatus.UNEMPLOYED_UNREGISTERED])
def test_the_education_detail_is_for_inactive_people_only(detail, status):
    assert found(labour_status=status, labour_detail=detail) == [error(PART + "labour_detail", INACTIVE_ONLY)]
    assert found(labour_status=LabourStatus.INACTIVE, labour_detail=detail) == []


def test_long_term_unemployment_needs_an_unemployed_status():
    message = "Long-term unemployment requires the status 'unemployed'."
    for status in (LabourStatus.EMPLOYED, LabourStatus.INACTIVE):
        assert found(labour_status=status, labour_detail=LabourDetail.LONG_TERM_UNEMPLOYED) == [
            error(PART + "labour_detail", message)]
    assert found(labour_status=None, labour_detail=LabourDetail.LONG_TERM_UNEMPLOYED) == [
        error(PART + "labour_detail", message),
        (PART + "labour_status", "Enter the labour-market status: ESF reporting needs it.", Severity.WARNING)]
    for status in (LabourStatus.UNEMPLOYED_REGISTERED, LabourStatus.UNEMPLOYED_UNREGISTERED):
        assert found(labour_status=status, labour_detail=LabourDetail.LONG_TERM_UNEMPLOYED) == []


@pytest.mark.parametrize("field", ["first_name", "last_name"])
def test_names_of_at_most_100_characters(field):
    assert found(**{field: "Ą" * 101}) == [error(field, "At most 100 characters.")]
    assert found(**{field: "Ą" * 100}) == []
    assert found(**{field: "Jan3"}) == [error(field, "A name cannot contain digits.")]
    assert found(**{field: "  "}) == [error(field, "This field is required.")]


@pytest.mark.parametrize("phone", ["600100200", "+48 600 100 200", "(22) 123-45-67", "+48600100200", "1234567"])
def test_valid_phone_numbers(phone):
    assert found(phone=phone) == []


@pytest.mark.parametrize(
    ("phone", "message"),
    [
        ("12", "This is not a valid phone number."),
        ("12-34-56", "This is not a valid phone number."),  # 8 characters, 6 digits
        ("------7", "This is not a valid phone number."),  # the shape, but one digit
        ("600-abc-200", "This is not a valid phone number."),
        ("++48600100200", "This is not a valid phone number."),
        ("600100200600100200600", "This is not a valid phone number."),  # 21 characters
        ("٦٠٠١٠٠٢٠٠", "This is not a valid phone number."),  # Arabic-Indic digits
        ("600\t100 200", "This field contains control or invisible characters."),
        ("600\n100200", "This field must be a single line."),
    ],
)
def test_invalid_phone_numbers(phone, message):
    assert found(phone=phone) == [error("phone", message)]


def test_a_pesel_with_a_bad_check_digit_fills_neither_birth_date_nor_sex():
    draft = normalise(draft_of(first_name="Jan", last_name="Nowak", pesel="44051401358", **ESF))
    assert (draft.birth_date, draft.sex) == (None, None)
    assert [(i.field, i.render()) for i in validate_participant(draft, TODAY)] == [
        ("pesel", "PESEL check digit is wrong - check for a typing error.")]
    good = normalise(replace(draft, pesel="44051401359"))
    assert (good.birth_date, good.sex) == (date(1944, 5, 14), Sex.MALE)


def test_a_pesel_with_an_impossible_date_fills_nothing():
    draft = normalise(draft_of(first_name="Jan", last_name="Nowak", pesel="44133101357", **ESF))
    assert (draft.birth_date, draft.sex) == (None, None)
    assert [(i.field, i.render()) for i in validate_participant(draft, TODAY)] == [
        ("pesel", "PESEL contains an impossible birth date.")]


# --- messages, not only fields (issue 6: the surviving mutants of tools/mutation) ---------------------

JAN_PESEL = "44051401359"  # born 14.05.1944, male
NOT_PRINTABLE = "This field contains control or invisible characters."


def test_sex_against_pesel_message():
    assert found(pesel=JAN_PESEL, birth_date=date(1944, 5, 14), sex=Sex.FEMALE) == [
        error("sex", "Sex does not match PESEL.")]
    assert found(pesel=JAN_PESEL, birth_date=date(1944, 5, 14), sex=Sex.MALE) == []


def test_without_pesel_birth_date_and_sex_messages():
    assert found(birth_date=None, sex=None) == [
        error("birth_date", "Without PESEL, the birth date is required."),
        error("sex", "Without PESEL, sex is required."),
    ]


def test_polish_citizen_without_pesel_warning_names_the_pesel_field():
    assert found(citizenship=Citizenship.POLISH) == [
        ("pesel", "A Polish citizen normally has a PESEL - enter it if the person has one.", Severity.WARNING)]
    assert found(citizenship=Citizenship.POLISH, pesel=JAN_PESEL, birth_date=None, sex=None) == []


def test_postal_code_and_e_mail_messages():
    assert found(postal_code="12345") == [error("postal_code", "Postal code must look like 00-000.")]
    assert found(postal_code="12-345") == []
    assert found(email="jan(at)example.pl") == [error("email", "This is not a valid e-mail address.")]


def test_an_unreadable_postal_code_gets_one_message():
    # refused as text already: no second "must look like 00-000" on the same field
    assert found(postal_code="1\x00-345") == [error("postal_code", NOT_PRINTABLE)]


def test_e_mail_is_stored_in_lower_case():
    assert normalise(ParticipantDraft(email=" Jan.Nowak@Example.PL ")).email == "jan.nowak@example.pl"


def test_category_messages():
    assert found(categories=(CategoryAssignment(1), CategoryAssignment(1))) == [
        error("categories", "A category is listed twice.")]
    assert found(categories=(CategoryAssignment(1), CategoryAssignment(2))) == []
    assert found(categories=(CategoryAssignment(1, "x" * 301),)) == [error("categories", "At most 300 characters.")]
    assert found(categories=(CategoryAssignment(1, "x" * 300),)) == []


def test_a_proof_document_is_a_single_line():
    assert found(categories=(CategoryAssignment(1, "PUP\n2024"),)) == [
        error("categories", "This field must be a single line.")]
    assert found(categories=(CategoryAssignment(1, "PUP\t2024"),)) == [error("categories", NOT_PRINTABLE)]


def test_a_text_issue_and_other_issues_are_all_reported():
    assert found(first_name="Jan\x07", postal_code="12345", birth_date=None) == [
        error("first_name", NOT_PRINTABLE),
        error("birth_date", "Without PESEL, the birth date is required."),
        error("postal_code", "Postal code must look like 00-000."),
    ]


def test_notes_are_checked_after_a_line_break():
    assert found(notes="first line\nsecond\x00line") == [error("notes", NOT_PRINTABLE)]
    assert found(notes="first line\n\tsecond line") == []


def test_notes_keep_emoji_sequences_and_line_separators():
    # format characters (zero-width joiner) and U+2028 are refused in one-line fields, not in notes
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert found(notes=f"family {family}") == []
    assert found(first_name=f"Jan{family}") == [
        error("first_name", "A name cannot contain emoji, symbols or markup such as <b>.")]  # issue 7
    draft = draft_of(**{**ADULT, "notes": "one\u2028two"})  # not normalised: the rule itself
    assert validate_participant(draft, TODAY) == []
