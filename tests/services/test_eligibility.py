"""Eligibility on a day (issue 8): the cooperatives act art. 4 ust. 1, the social economy act art. 2 pkt 6 and
the project's own categories, from the category assignments valid on that day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from gdpr_people import project, second_draft

from coopdesk.domain.catalogues import UES_ART2_PKT6, USP_ART4_UST1, Gap
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import CategoryAssignment, ParticipationDraft
from coopdesk.services.eligibility import EligibilityService
from tests.conftest import add_user, as_user

SPRING, SUMMER = date(2026, 3, 1), date(2026, 7, 1)


@pytest.fixture
def case(services):
    by_code = {c.code: c for c in services.dictionaries.categories()}
    checker = add_user(services, "ewa", "Ewa Sprawdzająca", Role.COORDINATOR)
    only_ops = project(services, code="OWES-OPS")
    services.projects.update(only_ops.id, replace(ProjectDraft(only_ops.code, only_ops.name, only_ops.start_date,
                                                               only_ops.end_date), eligible_categories=(by_code["OPS"].id,)))
    bezr_only = project(services, code="OWES-BEZR")
    services.projects.update(bezr_only.id, ProjectDraft(bezr_only.code, bezr_only.name, bezr_only.start_date,
                                                        bezr_only.end_date, eligible_categories=(by_code["BEZR"].id,)))
    person = services.participants.create(second_draft(
        categories=(
            # registered unemployed in the first half of 2026, proven and verified
            CategoryAssignment(by_code["BEZR"].id, "Zaświadczenie PUP 7/2026", date(2026, 1, 5),
                               valid_from=date(2026, 1, 1), valid_to=date(2026, 6, 30),
                               verified_by_id=checker.id, verified_on=date(2026, 1, 7)),
            # social assistance criteria: open-ended, proven, nobody verified it yet
            CategoryAssignment(by_code["OPS"].id, "Zaświadczenie OPS", date(2026, 1, 10)),
        ),
        participations=(ParticipationDraft(project_id=only_ops.id),),
    ))
    return person, only_ops, bezr_only, by_code


def test_the_acts_and_the_projects_categories_on_a_day(services, case):
    person, only_ops, _, by_code = case
    result = EligibilityService(services.db, services.ctx).eligibility(person.id, SPRING)
    usp, ues = result.acts[USP_ART4_UST1], result.acts[UES_ART2_PKT6]
    assert usp.eligible and [g.entry.code for g in usp.grounds] == ["USP4_2025_BEZR"]
    assert [(r.assignment.category, r.gap) for r in usp.rejected] == [("OPS", Gap.NOT_VERIFIED)]
    assert ues.eligible and {g.entry.code for g in ues.grounds} == {"UES26_A_2025", "UES26_B_2025"}
    assert [(r.assignment.category, r.gap) for r in ues.rejected] == [("OPS", Gap.NOT_IN_CATALOGUE)]
    # the project of the current participation accepts OPS, which holds on any day
    assert result.project is not None and result.project.project_code == only_ops.code
    assert result.project.eligible and [a.category_id for a in result.project.grounds] == [by_code["OPS"].id]


def test_a_status_valid_on_one_day_and_not_the_next(services, case):
    person, _, bezr_only, by_code = case
    service = EligibilityService(services.db, services.ctx)
    assert service.eligibility(person.id, date(2026, 6, 30)).acts[USP_ART4_UST1].eligible
    later = service.eligibility(person.id, SUMMER, project_id=bezr_only.id)
    assert not later.acts[USP_ART4_UST1].eligible and not later.acts[UES_ART2_PKT6].eligible
    assert [(r.assignment.category, r.gap) for r in later.acts[USP_ART4_UST1].rejected][0] == (
        "BEZR", Gap.NOT_VALID_ON_DAY)
    assert not later.project.eligible
    assert [a.category_id for a in later.project.not_valid_on_day] == [by_code["BEZR"].id]
    assert service.eligibility(person.id, SPRING, project_id=bezr_only.id).project.eligible


def test_assignments_being_edited_are_checked_without_saving(services, case):
    person, only_ops, _, by_code = case
    ops_verified = replace(person.categories[1], verified_by_id=person.categories[0].verified_by_id,
                           verified_on=date(2026, 2, 1))
    result = EligibilityService(services.db, services.ctx).check((ops_verified,), SUMMER, only_ops.id)
    assert [g.entry.code for g in result.acts[USP_ART4_UST1].grounds] == ["USP4_2022_OPS"]
    assert result.project.eligible and result.project.accepted == 1


def test_without_a_project_or_categories_nobody_qualifies_through_it(services, case):
    _, _, _, by_code = case
    alone = services.participants.create(second_draft(pesel="", first_name="Ala"))
    result = EligibilityService(services.db, services.ctx).eligibility(alone.id, SPRING)
    assert result.project is None
    assert not any(e.eligible for e in result.acts.values())


def test_it_needs_the_right_to_read_special_categories(services, case):
    person, *_ = case
    trainer = as_user(services, "tomek", Role.TRAINER)
    with pytest.raises(PermissionDenied):
        trainer.eligibility.eligibility(person.id, SPRING)
