"""Issue 8: the labour-market status cross-checked with the at-risk categories and the ESF+ long-term
unemployment rule by age (thresholds as data)."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.enums import LabourDetail, LabourStatus
from coopdesk.domain.errors import Severity
from coopdesk.domain.labour import (
    LabourFacts,
    LongTermRule,
    add_months,
    is_long_term_unemployed,
    labour_issues,
    long_term_threshold,
    parse_long_term_rules,
)
from coopdesk.services.reference_data import catalogues, long_term_rules

DAY = date(2026, 11, 27)  # the day of entry
RULES = long_term_rules()
CATS = catalogues()
REG = LabourStatus.UNEMPLOYED_REGISTERED


def born(age: int) -> date:
    """Born so as to be exactly ``age`` on DAY (birthday today)."""
    return date(DAY.year - age, DAY.month, DAY.day)


FORTY = born(40)


def issues(categories=(), birth_date=FORTY, **facts):
    return [(i.field, i.render(), i.severity) for i in labour_issues(
        LabourFacts(**facts), categories, birth_date=birth_date, day=DAY, catalogues=CATS, rules=RULES)]


def test_thresholds_are_data_with_a_source():
    assert [(r.min_age, r.max_age, r.months) for r in RULES.rules] == [(0, 24, 6), (25, None, 12)]
    assert RULES.comparison == "more_than" and RULES.source
    assert long_term_threshold(24, RULES) == 6 and long_term_threshold(25, RULES) == 12


def test_add_months_keeps_the_end_of_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2026, 5, 27), 6) == date(2026, 11, 27)


def test_more_than_six_months_at_24_and_more_than_twelve_at_25():
    eight_months = date(2026, 3, 27)
    assert is_long_term_unemployed(eight_months, born(24), DAY, RULES)  # 24: more than 6 months
    assert not is_long_term_unemployed(eight_months, born(25), DAY, RULES)  # 25: needs more than 12
    # the day before the 25th birthday the person is still 24
    assert is_long_term_unemployed(eight_months, date(born(25).year, 11, 28), DAY, RULES)


def test_exactly_the_threshold_is_not_more_than_it():
    assert not is_long_term_unemployed(date(2026, 5, 27), born(20), DAY, RULES)  # exactly 6 months
    assert is_long_term_unemployed(date(2026, 5, 26), born(20), DAY, RULES)  # 6 months and a day
    assert not is_long_term_unemployed(date(2025, 11, 27), born(30), DAY, RULES)  # exactly 12 months
    assert is_long_term_unemployed(date(2025, 11, 26), born(30), DAY, RULES)
    assert is_long_term_unemployed(None, born(30), DAY, RULES) is None  # unknown without a date


def test_the_comparison_is_data_too():
    at_least = parse_long_term_rules({"comparison": "at_least", "source": "s",
                                      "rules": [{"min_age": 0, "max_age": None, "months": 6}]})
    assert is_long_term_unemployed(date(2026, 5, 27), born(20), DAY, at_least)
    with pytest.raises(ValueError):
        parse_long_term_rules({"comparison": "about", "source": "s", "rules": []})
    assert LongTermRule(0, None, 6).applies(99)


REGISTERED_CATEGORY_NEEDS_STATUS = (
    "The category BEZR is for people registered as unemployed at a labour office: "
    "the status should be 'Unemployed, registered at a labour office'.")
DATE_NEEDED = "Enter the date of registration at the labour office: the category BEZR needs it."
DATE_NEEDED_FOR_LTU = "Enter the date of registration at the labour office: long-term unemployment is counted from it."


def test_registered_unemployed_category_needs_the_registered_status():
    for status in (LabourStatus.UNEMPLOYED_UNREGISTERED, LabourStatus.INACTIVE, LabourStatus.EMPLOYED, None):
        assert issues(["BEZR"], status=status) == [
            ("labour_status", REGISTERED_CATEGORY_NEEDS_STATUS, Severity.WARNING)]


def test_registered_unemployed_category_needs_a_registration_date():
    assert issues(["BEZR"], status=REG) == [("registered_on", DATE_NEEDED, Severity.WARNING)]
    assert issues(["BEZR"], status=REG, registered_on=date(2026, 10, 1)) == []


def test_the_requirement_follows_the_catalogue_of_the_day():
    # on a day before the 2018 catalogue no entry asks anything of BEZR
    assert labour_issues(LabourFacts(status=LabourStatus.EMPLOYED), ["BEZR"], birth_date=born(40),
                         day=date(2018, 1, 1), catalogues=CATS, rules=RULES) == []


def test_job_seeker_category_and_employment_disagree():
    assert issues(["POSZ"], status=LabourStatus.EMPLOYED, registered_on=date(2026, 1, 1)) == [(
        "labour_status",
        "The category POSZ is for job seekers without employment: the status 'Employed' does not fit it.",
        Severity.WARNING)]
    assert issues(["POSZ"], status=LabourStatus.INACTIVE) == [(
        "registered_on", "Enter the date of registration at the labour office: the category POSZ needs it.",
        Severity.WARNING)]
    assert issues(["POSZ"], status=LabourStatus.INACTIVE, registered_on=date(2026, 1, 1)) == []


def test_long_term_detail_without_the_duration():
    assert issues(["BEZR"], status=REG, registered_on=date(2026, 3, 27), detail=LabourDetail.LONG_TERM_UNEMPLOYED,
                  birth_date=born(25)) == [(
        "labour_detail",
        "Unemployed for 8 months at the age of 25: long-term unemployment means more than 12 months at this "
        "age, so 'Long-term unemployed' does not fit.", Severity.WARNING)]
    assert issues(["BEZR"], status=REG, registered_on=date(2026, 3, 27), detail=LabourDetail.LONG_TERM_UNEMPLOYED,
                  birth_date=born(24)) == []


def test_duration_says_long_term_but_the_detail_does_not():
    assert issues(status=REG, registered_on=date(2026, 3, 27), birth_date=born(24)) == [(
        "labour_detail",
        "Unemployed for 8 months at the age of 24: this is long-term unemployment (more than 6 months at this "
        "age). Choose 'Long-term unemployed'.", Severity.WARNING)]
    assert issues(status=REG, registered_on=date(2026, 3, 27), birth_date=born(25)) == []


def test_long_term_detail_needs_a_registration_date():
    assert issues(status=REG, detail=LabourDetail.LONG_TERM_UNEMPLOYED) == [
        ("registered_on", DATE_NEEDED_FOR_LTU, Severity.WARNING)]


def test_unregistered_unemployed_count_from_when_they_became_unemployed():
    assert issues(status=LabourStatus.UNEMPLOYED_UNREGISTERED, unemployed_since=date(2025, 1, 1),
                  detail=LabourDetail.NONE)[0][0] == "labour_detail"
    assert issues(status=LabourStatus.UNEMPLOYED_UNREGISTERED, unemployed_since=date(2025, 1, 1),
                  detail=LabourDetail.LONG_TERM_UNEMPLOYED) == []


def test_registration_after_the_day_of_entry():
    assert issues(["BEZR"], status=REG, registered_on=date(2026, 11, 28)) == [(
        "registered_on", "The registration date is after the day of entry.", Severity.WARNING)]


def test_no_birth_date_no_age_rule():
    assert issues(status=REG, registered_on=date(2026, 3, 27), birth_date=None) == []
