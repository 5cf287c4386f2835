"""Issue 7: the service refuses a child under 15 unless confirmed, saves minors and incomplete ESF data with
warnings only, and saves the person's project."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.enums import Citizenship, Sex
from coopdesk.domain.errors import Severity, ValidationFailed
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery, ParticipationDraft

CHILD = ParticipantDraft(first_name="Ola", last_name="Mała", birth_date=date(2022, 3, 1), sex=Sex.FEMALE,
                         citizenship=Citizenship.NON_EU)


def test_a_child_under_15_is_refused_unless_confirmed(services):
    with pytest.raises(ValidationFailed) as failed:
        services.participants.create(CHILD)
    assert [(i.field, i.params) for i in failed.value.issues] == [("birth_date", {"age": "4"})]
    assert services.participants.count(ParticipantQuery()) == 0

    saved = services.participants.create(CHILD, confirm_age=True)
    assert saved.birth_date == date(2022, 3, 1)
    with pytest.raises(ValidationFailed):  # every save asks again
        services.participants.update(saved.id, saved.as_draft())
    services.participants.update(saved.id, saved.as_draft(), confirm_age=True)


def test_a_minor_and_missing_esf_data_are_saved_with_warnings(services):
    draft = ParticipantDraft(first_name="Kuba", last_name="Nowak", birth_date=date(2009, 1, 1), sex=Sex.MALE,
                             citizenship=Citizenship.NON_EU)
    warnings = {(i.field, i.severity) for i in services.participants.validate(draft)}
    assert warnings == {("birth_date", Severity.WARNING), ("participations.0.school_type", Severity.WARNING),
                        ("participations.0.labour_status", Severity.WARNING)}
    assert services.participants.create(draft).id


def test_an_empty_pesel_the_form_expects(services):
    draft = ParticipantDraft(first_name="Jan", last_name="Nowak")
    assert [(i.field, i.message) for i in services.participants.validate(draft, pesel_expected=True)
            if i.severity is Severity.ERROR] == [("pesel", "Enter a PESEL or tick 'No PESEL'.")]


def test_the_project_is_saved_and_decides_retention(services):
    """Issue 8: the project is the participation's; retention counts from the project's base date."""
    project = services.projects.create(ProjectDraft("P1", "Projekt", date(2024, 1, 1), date(2026, 6, 30), 5,
                                                    retention_base_date=date(2026, 12, 31)))
    p = services.participants.create(ParticipantDraft(first_name="Jan", last_name="Nowak", pesel="44051401359",
                                                      participations=(ParticipationDraft(project_id=project.id),)))
    assert [x.project_id for x in services.participants.get(p.id).participations] == [project.id]
    assert services.projects.retention_date(p.id) == date(2031, 12, 31)
    services.projects.update(project.id, ProjectDraft("P1", "Projekt", date(2024, 1, 1), date(2026, 6, 30), 5))
    assert services.projects.retention_date(p.id) is None  # the base date is not known (any more)
