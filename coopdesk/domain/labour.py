"""The labour-market status at entry cross-checked with the at-risk categories and the ESF+ rule for
long-term unemployment (issue 8). Pure functions; the thresholds are data, passed in like the catalogues:
services load, domain decides - ``coopdesk.services.reference_data`` reads the shipped files once
(``long_term_rules()``, ``catalogues()``) and this module reads none.

- A category whose catalogue entry (``catalogues.py``, in force on the day) needs a registered
  unemployed person asks for the status "unemployed, registered at a labour office" and the date of
  registration; a job-seeker category asks for no employment and the registration date.
- Long-term unemployment (ESF+ "osoba długotrwale bezrobotna") is computed from the duration of
  unemployment on the day of entry and the age on that day, with the thresholds in
  ``coopdesk/assets/data/labour_market.json`` (today: under 25 more than 6 months, 25 and over more
  than 12 months). This is the monitoring rule, not the labour-office definition the catalogues use.

Every disagreement is a :class:`FieldIssue` with ``Severity.WARNING`` at the field concerned
(``labour_status``, ``labour_detail``, ``registered_on``): the advisor may know better (a certificate not
yet entered), so nothing is refused.

How it is meant to be wired (not yet): the participation form builds :class:`LabourFacts` from its status,
detail, the labour-office registration date (a new participation field ``registered_on``) and, for the
unregistered unemployed, the date unemployment began (``unemployed_since``), and calls
``labour_issues(facts, category_codes, birth_date=..., day=participation start,
catalogues=reference_data.catalogues(), rules=reference_data.long_term_rules())`` next to
``validation.validate_participant``; the messages show beside the fields (``names`` turns category codes
into the dictionary's names). The SM EFS export may use ``is_long_term_unemployed`` to fill "w tym".
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from coopdesk.domain.catalogues import Catalogues
from coopdesk.domain.enums import LabourDetail, LabourStatus
from coopdesk.domain.errors import FieldIssue, Severity
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.validation import age_on

COMPARISONS = ("more_than", "at_least")


@dataclass(frozen=True)
class LongTermRule:
    """People aged ``min_age``..``max_age`` (None: no upper limit) on the day of entry are long-term
    unemployed after ``months`` months."""

    min_age: int
    max_age: int | None
    months: int

    def applies(self, age: int) -> bool:
        return self.min_age <= age and (self.max_age is None or age <= self.max_age)


@dataclass(frozen=True)
class LongTermRules:
    rules: tuple[LongTermRule, ...]
    comparison: str = "more_than"
    source: str = ""


def parse_long_term_rules(data: Mapping[str, Any]) -> LongTermRules:
    comparison = str(data.get("comparison", "more_than"))
    if comparison not in COMPARISONS:
        raise ValueError(f"comparison must be one of {COMPARISONS}")
    rules = tuple(LongTermRule(int(r["min_age"]), None if r.get("max_age") is None else int(r["max_age"]),
                               int(r["months"])) for r in data["rules"])
    return LongTermRules(rules=rules, comparison=comparison, source=str(data.get("source", "")))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the last day of the month when that month is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def full_months(since: date, day: date) -> int:
    """Completed months from ``since`` to ``day`` (0 when ``day`` is not later)."""
    months = (day.year - since.year) * 12 + day.month - since.month
    while months > 0 and add_months(since, months) > day:
        months -= 1
    return max(months, 0)


def long_term_threshold(age: int, rules: LongTermRules) -> int | None:
    """The months after which a person of ``age`` is long-term unemployed (None: no rule for the age)."""
    for rule in rules.rules:
        if rule.applies(age):
            return rule.months
    return None


def is_long_term_unemployed(
    since: date | None, birth_date: date | None, day: date, rules: LongTermRules,
) -> bool | None:
    """Long-term unemployed on ``day`` (the day of entry) when unemployed since ``since``; None when the
    start of unemployment, the birth date or a rule for the age is unknown."""
    if since is None or birth_date is None or since > day:
        return None
    threshold = long_term_threshold(age_on(birth_date, day), rules)
    if threshold is None:
        return None
    limit = add_months(since, threshold)
    return day > limit if rules.comparison == "more_than" else day >= limit


@dataclass(frozen=True)
class LabourFacts:
    """The labour-market data recorded at entry."""

    status: LabourStatus | None = None
    detail: LabourDetail = LabourDetail.NONE
    registered_on: date | None = None  # registration at the labour office (PUP), unemployed or job seeker
    unemployed_since: date | None = None  # when not registered: the day unemployment began, if known


NEEDS_REGISTERED_STATUS = QT_TRANSLATE_NOOP(
    "Errors", "The category {category} is for people registered as unemployed at a labour office: "
    "the status should be 'Unemployed, registered at a labour office'.")
NEEDS_NO_EMPLOYMENT = QT_TRANSLATE_NOOP(
    "Errors", "The category {category} is for job seekers without employment: the status 'Employed' does not "
    "fit it.")
NEEDS_REGISTRATION_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Enter the date of registration at the labour office: the category {category} needs it.")
LTU_NEEDS_REGISTRATION_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Enter the date of registration at the labour office: long-term unemployment is counted from it.")
REGISTRATION_AFTER_ENTRY = QT_TRANSLATE_NOOP("Errors", "The registration date is after the day of entry.")
NOT_LONG_TERM = QT_TRANSLATE_NOOP(
    "Errors", "Unemployed for {months} months at the age of {age}: long-term unemployment means more than "
    "{threshold} months at this age, so 'Long-term unemployed' does not fit.")
IS_LONG_TERM = QT_TRANSLATE_NOOP(
    "Errors", "Unemployed for {months} months at the age of {age}: this is long-term unemployment (more than "
    "{threshold} months at this age). Choose 'Long-term unemployed'.")


def _warning(field: str, message: str, **params: str) -> FieldIssue:
    return FieldIssue(field, message, params, severity=Severity.WARNING)


def labour_issues(
    facts: LabourFacts,
    categories: Iterable[str],
    *,
    birth_date: date | None,
    day: date,
    catalogues: Catalogues,
    rules: LongTermRules,
    names: Mapping[str, str] | None = None,
) -> list[FieldIssue]:
    """Warnings where the status, its detail, the registration date and the categories disagree on ``day``
    (the day of entry). ``categories``: the register's category codes the person has on that day;
    ``names``: how to show a code (default: the code)."""
    issues: list[FieldIssue] = []
    registered = facts.status is LabourStatus.UNEMPLOYED_REGISTERED
    date_asked = False
    for code in dict.fromkeys(categories):
        shown = (names or {}).get(code, code)
        needs = catalogues.labour_requirements(code, day)
        if "registered_unemployed" in needs:
            if not registered:
                issues.append(_warning("labour_status", NEEDS_REGISTERED_STATUS, category=shown))
            elif facts.registered_on is None and not date_asked:
                issues.append(_warning("registered_on", NEEDS_REGISTRATION_DATE, category=shown))
                date_asked = True
        elif "job_seeker_not_employed" in needs:
            if facts.status is LabourStatus.EMPLOYED:
                issues.append(_warning("labour_status", NEEDS_NO_EMPLOYMENT, category=shown))
            elif facts.registered_on is None and not date_asked:
                issues.append(_warning("registered_on", NEEDS_REGISTRATION_DATE, category=shown))
                date_asked = True
    if facts.registered_on is not None and facts.registered_on > day:
        issues.append(_warning("registered_on", REGISTRATION_AFTER_ENTRY))
        return issues
    issues += _long_term_issues(facts, birth_date, day, rules, date_asked)
    return issues


def _long_term_issues(
    facts: LabourFacts, birth_date: date | None, day: date, rules: LongTermRules, date_asked: bool,
) -> list[FieldIssue]:
    """The detail "long-term unemployed" against the duration (only for the unemployed: the detail with
    another status is already an error of ``validation``)."""
    if facts.status not in (LabourStatus.UNEMPLOYED_REGISTERED, LabourStatus.UNEMPLOYED_UNREGISTERED):
        return []
    marked = facts.detail is LabourDetail.LONG_TERM_UNEMPLOYED
    since = facts.registered_on if facts.status is LabourStatus.UNEMPLOYED_REGISTERED else facts.unemployed_since
    if since is None:
        if marked and facts.status is LabourStatus.UNEMPLOYED_REGISTERED and not date_asked:
            return [_warning("registered_on", LTU_NEEDS_REGISTRATION_DATE)]
        return []
    long_term = is_long_term_unemployed(since, birth_date, day, rules)
    if long_term is None or birth_date is None or long_term == marked:
        return []
    age = age_on(birth_date, day)
    params = {"months": str(full_months(since, day)), "age": str(age),
              "threshold": str(long_term_threshold(age, rules))}
    return [_warning("labour_detail", IS_LONG_TERM if long_term else NOT_LONG_TERM, **params)]
