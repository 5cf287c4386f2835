"""GDPR rules on plain values: consent validity and its messages, project validation, anonymisation."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.gdpr import (
    ConsentPurpose,
    ConsentRecord,
    ConsentState,
    ProjectDraft,
    anonymised_birth_date,
    anonymised_label,
    consent_issues,
    project_issues,
)

GIVEN = date(2026, 3, 2)
EXPIRES_BEFORE = "The consent expires before it was given."
WITHDRAWN_BEFORE = "The consent was withdrawn before it was given."
REFUSED_WITHDRAWN = "A consent that was not given cannot be withdrawn."


def consent(**changes) -> ConsentRecord:
    return ConsentRecord(**{"participant_id": 1, "purpose": ConsentPurpose.IMAGE, "given_on": GIVEN, **changes})


# --- consents ------------------------------------------------------------------------------------------


def test_valid_on_is_the_valid_state():
    record = consent(expires_on=date(2026, 3, 31))
    assert record.valid_on(GIVEN) and record.valid_on(date(2026, 3, 31))
    assert not record.valid_on(date(2026, 3, 1))  # not yet
    assert not record.valid_on(date(2026, 4, 1))  # expired
    assert not consent(withdrawn_on=GIVEN).valid_on(GIVEN)
    assert not consent(granted=False).valid_on(GIVEN)


def test_a_consent_may_expire_on_the_day_it_was_given():
    record = consent(expires_on=GIVEN)
    assert consent_issues(record) == []
    assert record.state(GIVEN) is ConsentState.VALID
    assert record.state(date(2026, 3, 3)) is ConsentState.EXPIRED


def test_a_consent_may_be_withdrawn_on_the_day_it_was_given():
    record = consent(withdrawn_on=GIVEN)
    assert consent_issues(record) == []
    assert record.state(GIVEN) is ConsentState.WITHDRAWN


def test_consent_date_messages():
    assert consent_issues(consent(expires_on=date(2026, 3, 1))) == [EXPIRES_BEFORE]
    assert consent_issues(consent(withdrawn_on=date(2026, 3, 1))) == [WITHDRAWN_BEFORE]
    assert consent_issues(consent(granted=False, given_on=None, withdrawn_on=GIVEN)) == [REFUSED_WITHDRAWN]
    assert consent_issues(consent(granted=False, given_on=None)) == []
    assert consent_issues(consent(given_on=None)) == ["Enter the date the consent was given."]


def test_every_contradiction_is_reported():
    record = consent(granted=False, expires_on=date(2026, 3, 1), withdrawn_on=date(2026, 3, 1))
    assert consent_issues(record) == [EXPIRES_BEFORE, WITHDRAWN_BEFORE, REFUSED_WITHDRAWN]


# --- projects ------------------------------------------------------------------------------------------

PROJECT = {"code": "FES.07.05-IP.01-0001/25", "name": "Ekonomia społeczna", "start_date": date(2025, 1, 1),
           "end_date": date(2027, 12, 31), "retention_years": 5}


def issues(**changes) -> list[tuple[str, str]]:
    return project_issues(ProjectDraft(**{**PROJECT, **changes}))


def test_a_complete_project_has_no_issues():
    assert issues() == []


def test_code_and_name_are_required():
    assert issues(code=" ") == [("code", "Enter the project code.")]
    assert issues(name="") == [("name", "Enter the project name.")]


def test_a_project_cannot_end_before_it_starts_but_may_end_the_day_it_starts():
    assert issues(end_date=date(2024, 12, 31)) == [("end_date", "The project ends before it starts.")]
    assert issues(end_date=date(2025, 1, 1)) == []
    assert issues(start_date=None, end_date=date(2020, 1, 1)) == []


@pytest.mark.parametrize(("years", "ok"), [(-1, False), (0, True), (1, True), (49, True), (50, True), (51, False)])
def test_retention_is_0_to_50_years(years, ok):
    expected = [] if ok else [("retention_years", "The retention period must be 0 to 50 years.")]
    assert issues(retention_years=years) == expected


def test_every_project_issue_is_reported():
    assert issues(code="", name="", end_date=date(2024, 1, 1), retention_years=99) == [
        ("code", "Enter the project code."),
        ("name", "Enter the project name."),
        ("end_date", "The project ends before it starts."),
        ("retention_years", "The retention period must be 0 to 50 years."),
    ]


# --- anonymisation -------------------------------------------------------------------------------------


def test_anonymised_birth_date_keeps_the_year_only():
    assert anonymised_birth_date(date(1980, 12, 31)) == date(1980, 7, 1)
    assert anonymised_birth_date(None) is None


def test_anonymised_label_is_the_first_8_characters_of_the_uuid():
    assert anonymised_label("0123456789abcdef") == "[01234567]"
