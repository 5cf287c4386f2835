"""The retention rule of issue 8: keep until the project's base date plus its period (10 years with state
aid), a legal hold stops, a person is due only when every participation's project says so."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.gdpr import (
    ParticipationRetention,
    Pending,
    ProjectDraft,
    ProjectRetention,
    add_years,
    person_retention,
    project_issues,
    retention_date,
)

BASE = date(2027, 12, 31)  # 31 December of the year of the managing authority's last payment


def rule(code="A", base=BASE, years=5, state_aid=False, hold=False) -> ProjectRetention:
    return ProjectRetention(code, base, years, state_aid, hold)


def taking_part(*projects: ProjectRetention | None) -> list[ParticipationRetention]:
    return [ParticipationRetention(p) for p in projects]


def test_keep_until_is_the_base_date_plus_the_period():
    assert retention_date(BASE, 5) == date(2032, 12, 31)
    assert retention_date(None, 5) is None  # no base date: not known, nothing is due


def test_state_aid_keeps_ten_years_and_never_shortens_a_longer_period():
    assert retention_date(BASE, 5, state_aid=True) == date(2037, 12, 31)
    assert retention_date(BASE, 12, state_aid=True) == date(2039, 12, 31)
    assert rule(state_aid=True).keep_until == date(2037, 12, 31)


def test_a_29_february_base_date_moves_to_28_february():
    assert add_years(date(2028, 2, 29), 5) == date(2033, 2, 28)


def test_due_the_day_after_keep_until():
    people = taking_part(rule())
    assert not person_retention(people, date(2032, 12, 31)).due
    assert person_retention(people, date(2032, 12, 31)).pending is Pending.NOT_YET
    due = person_retention(people, date(2033, 1, 1))
    assert due.due and due.pending is None and due.keep_until == date(2032, 12, 31)


def test_without_a_base_date_nothing_is_due():
    result = person_retention(taking_part(rule(base=None)), date(2100, 1, 1))
    assert not result.due and result.pending is Pending.NO_BASE_DATE and result.keep_until is None


def test_state_aid_keeps_the_person_ten_years():
    people = taking_part(rule(state_aid=True))
    assert not person_retention(people, date(2033, 1, 1)).due
    assert person_retention(people, date(2038, 1, 1)).due


def test_a_legal_hold_stops_anonymisation_whatever_the_dates():
    result = person_retention(taking_part(rule(hold=True)), date(2100, 1, 1))
    assert not result.due and result.pending is Pending.LEGAL_HOLD
    assert result.keep_until == date(2032, 12, 31)  # the date is still known and shown


def test_two_participations_the_later_project_decides():
    early, late = rule("EARLY", date(2025, 12, 31)), rule("LATE", date(2029, 12, 31))
    people = taking_part(early, late)
    result = person_retention(people, date(2031, 1, 1))  # the early project's date has passed
    assert not result.due and result.deciding == late and result.keep_until == date(2034, 12, 31)
    assert person_retention(people, date(2035, 1, 1)).due
    # the order of the participations does not matter
    assert person_retention(taking_part(late, early), date(2035, 1, 1)).deciding == late


@pytest.mark.parametrize("other", [rule("B", base=None), rule("B", hold=True), None])
def test_one_participation_that_is_not_due_keeps_the_person(other):
    result = person_retention(taking_part(rule(base=date(2020, 12, 31)), other), date(2100, 1, 1))
    assert not result.due


def test_a_participation_without_project_never_makes_anyone_due():
    result = person_retention(taking_part(None), date(2100, 1, 1))
    assert not result.due and result.pending is Pending.WITHOUT_PROJECT
    assert person_retention([], date(2100, 1, 1)).pending is Pending.NO_PARTICIPATION


def test_a_legal_hold_needs_its_reason():
    draft = ProjectDraft("A", "A", legal_hold=True)
    assert project_issues(draft) == [("legal_hold_reason", "Enter the reason for the legal hold.")]
    assert project_issues(ProjectDraft("A", "A", legal_hold=True, legal_hold_reason="Kontrola UKS")) == []


def test_the_base_date_cannot_precede_the_project():
    draft = ProjectDraft("A", "A", start_date=date(2024, 1, 1), retention_base_date=date(2023, 12, 31))
    assert [f for f, _ in project_issues(draft)] == ["retention_base_date"]
