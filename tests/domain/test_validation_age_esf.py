"""Issue 7: what a new user could save silently - a child in an adult programme, no ESF data, emoji and markup
in names, an empty PESEL answered with the no-PESEL messages."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.enums import Citizenship, Isced, LabourStatus, Sex
from coopdesk.domain.errors import Severity
from coopdesk.domain.records import ParticipantDraft, ParticipationDraft
from coopdesk.domain.validation import age_on, normalise, validate_participant

TODAY = date(2026, 11, 27)
ESF = {"education": Isced.ISCED3, "labour_status": LabourStatus.EMPLOYED}
BASE = {"first_name": "Jan", "last_name": "Nowak", "sex": Sex.MALE, "citizenship": Citizenship.NON_EU, **ESF}
TOO_YOUNG = "someone under 15 can be registered only when you confirm it"
MINOR = "the programme is for adults (18 and over)"


def issues(pesel_expected=False, age_confirmed=False, **changes):
    values = {**BASE, **changes}
    part = {k: values.pop(k) for k in list(values) if k in ParticipationDraft.__dataclass_fields__}
    draft = normalise(ParticipantDraft(**values, participations=(ParticipationDraft(**part),)))
    return [(i.field, i.render(), i.severity)
            for i in validate_participant(draft, TODAY, pesel_expected=pesel_expected, age_confirmed=age_confirmed)]


def born_years_ago(years: int, days_later: int = 0) -> date:
    return date(TODAY.year - years, TODAY.month, TODAY.day + days_later)


def test_age_in_full_years():
    assert age_on(date(2008, 11, 27), TODAY) == 18
    assert age_on(date(2008, 11, 28), TODAY) == 17
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17


def test_adults_get_no_age_message():
    assert issues(birth_date=born_years_ago(18)) == []
    assert issues(birth_date=date(1950, 1, 1)) == []


@pytest.mark.parametrize(("born", "age"), [(born_years_ago(18, 1), 17), (born_years_ago(15), 15)])
def test_under_18_is_a_warning_at_the_birth_date(born, age):
    assert issues(birth_date=born) == [
        ("birth_date", f"The person is {age} years old: {MINOR}.", Severity.WARNING)]


@pytest.mark.parametrize(("born", "age"), [(born_years_ago(15, 1), 14), (born_years_ago(4), 4)])
def test_under_15_is_refused_unless_confirmed(born, age):
    assert issues(birth_date=born) == [("birth_date", f"The person is {age} years old: {TOO_YOUNG}.", Severity.ERROR)]
    assert issues(birth_date=born, age_confirmed=True) == [
        ("birth_date", f"The person is {age} years old: {MINOR}.", Severity.WARNING)]


def test_the_age_counts_at_recruitment():
    born = date(2010, 6, 1)  # 16 today, 14 when recruited
    assert issues(birth_date=born, recruitment_date=date(2024, 9, 1))[0][2] is Severity.ERROR
    assert issues(birth_date=born, recruitment_date=date(2026, 6, 1))[0][2] is Severity.WARNING


def test_the_age_from_a_pesel():
    # 2020-05-14, a boy of 6: the birth date comes from the PESEL
    assert issues(pesel="20251401359", sex=None, citizenship=Citizenship.POLISH) == [
        ("birth_date", f"The person is 6 years old: {TOO_YOUNG}.", Severity.ERROR)]


def test_missing_education_and_labour_status_are_warnings_at_their_fields():
    assert issues(birth_date=date(1980, 1, 1), education=None, labour_status=None) == [
        ("participations.0.school_type", "Enter the education level: ESF reporting needs it.", Severity.WARNING),
        ("participations.0.labour_status", "Enter the labour-market status: ESF reporting needs it.",
         Severity.WARNING),
    ]
    assert issues(birth_date=date(1980, 1, 1), education=None)[0][0] == "participations.0.school_type"


EMOJI_OR_MARKUP = "A name cannot contain emoji, symbols or markup such as <b>."


@pytest.mark.parametrize("name", [
    "Jan\U0001F600", "\U0001F469\u200D\U0001F4BB Anna", "Anna\u2764\ufe0f", "<b>Jan</b>",
    "<script>alert(1)</script>", "Jan <i>", "Zo\u00eb\u2122", "Anna\U0001F1F5\U0001F1F1",
])
@pytest.mark.parametrize("field", ["first_name", "last_name"])
def test_emoji_and_markup_in_names_are_refused_by_name(field, name):
    assert issues(birth_date=date(1980, 1, 1), **{field: name}) == [(field, EMOJI_OR_MARKUP, Severity.ERROR)]


@pytest.mark.parametrize("name", ["Jan & Anna", "Ja\u0301n\u200Bek", "Anna;", "=cmd()", "Jan2"])
def test_other_signs_in_names_are_refused(name):
    found = issues(birth_date=date(1980, 1, 1), first_name=name)
    assert [(f, severity) for f, text, severity in found if text != EMOJI_OR_MARKUP] == [("first_name", Severity.ERROR)]


@pytest.mark.parametrize("name", ["Łucja", "Jean-Luc", "O'Brien", "Zoë", "Олена", "Anna Maria", "D\u2019Angelo"])
def test_real_names_pass(name):
    assert issues(birth_date=date(1980, 1, 1), first_name=name) == []


def test_an_empty_pesel_with_no_pesel_unticked_asks_for_it():
    # the form says the person has a PESEL: one message at the PESEL, not the no-PESEL rules
    assert issues(pesel_expected=True, sex=None, citizenship=Citizenship.POLISH) == [
        ("pesel", "Enter a PESEL or tick 'No PESEL'.", Severity.ERROR)]
    # ticked "No PESEL": the rules for a person without one
    assert {f for f, _t, _s in issues(sex=None, citizenship=Citizenship.POLISH)} == {"birth_date", "sex", "pesel"}
    # a PESEL given: no such message either way
    assert issues(pesel_expected=True, pesel="44051401359", sex=None, citizenship=Citizenship.POLISH) == []
