"""One person, many participations, through ParticipantService (issue 8): a returning person gets a second
participation and the first stays as it was; supports decide the start date; TERYT fills the residence and
DEGURBA; a school type gives the ISCED level; the labour status is checked against the categories; erasure
and anonymisation reach the participations; category validity and verification are kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from coopdesk.db.tables_participation import Participation, ParticipationSupport
from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.enums import (
    Answer,
    ContractForm,
    Degurba,
    ExitReason,
    ExitSituation,
    Isced,
    LabourStatus,
    ParticipantType,
    Role,
    Sex,
    SupportForm,
)
from coopdesk.domain.errors import Severity, ValidationFailed
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipationDraft, SupportEntry
from tests.conftest import add_user

PERSON = ParticipantDraft(first_name="Marta", last_name="Wrona", pesel="02270803624", town="Chęciny")


@pytest.fixture
def projects(services):
    old = services.projects.create(ProjectDraft(code="OWES-1", name="Stary", start_date=date(2019, 1, 1),
                                                end_date=date(2022, 12, 31)))
    new = services.projects.create(ProjectDraft(code="OWES-2", name="Nowy", start_date=date(2024, 1, 1),
                                                end_date=date(2027, 12, 31)))
    return old.id, new.id


def _rows(services, table, **where):
    with services.db.read() as s:
        stmt = select(table)
        for name, value in where.items():
            stmt = stmt.where(getattr(table, name) == value)
        return list(s.scalars(stmt))


def test_a_returning_person_gets_a_second_participation_and_the_first_stays(services, projects):
    old, new = projects
    first = ParticipationDraft(project_id=old, labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
                               pup_registered_on=date(2020, 1, 2), education=Isced.ISCED2,
                               supports=(SupportEntry(SupportForm.ADVICE, date(2020, 3, 2)),),
                               exit_date=date(2020, 11, 30), exit_reason=ExitReason.COMPLETED,
                               exit_situation=ExitSituation.EMPLOYED, completed_path=Answer.YES,
                               employment_start=date(2020, 12, 1), employment_contract=ContractForm.COOPERATIVE_CONTRACT,
                               employment_fte=0.5, employment_months=12, employment_proof="Umowa 3/2020",
                               employment_checked_on=date(2021, 1, 15))
    person = services.participants.create(replace(PERSON, participations=(first,)))
    (saved_first,) = person.participations
    back = ParticipationDraft(project_id=new, labour_status=LabourStatus.INACTIVE, school_type="LO_MATURA",
                              supports=(SupportEntry(SupportForm.TRAINING, date(2025, 5, 5)),))
    again = services.participants.update(person.id, replace(person.as_draft(),
                                                            participations=(*person.participations, back)))
    ended, current = again.participations
    assert ended == saved_first  # nothing of the first participation was overwritten
    assert (current.project_code, current.labour_status, current.start_date) == (
        "OWES-2", LabourStatus.INACTIVE, date(2025, 5, 5))
    assert current.education is Isced.ISCED3  # from the school type
    assert ended.employment_fte == 0.5 and ended.employment_contract is ContractForm.COOPERATIVE_CONTRACT

    # editing the second participation leaves the first and its journal alone
    changed = services.participants.update(person.id, replace(again.as_draft(), participations=(
        ended, replace(current, labour_status=LabourStatus.UNEMPLOYED_UNREGISTERED))))
    assert changed.participations[0] == saved_first
    with services.db.read() as s:
        fields = [e.field for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == "update", AuditEntry.record_id == person.id))]
    assert f"participation:{current.id}.labour_status" in fields
    assert not any(f.startswith(f"participation:{ended.id}") for f in fields)


def test_the_same_project_twice_is_refused(services, projects):
    old, _ = projects
    draft = replace(PERSON, participations=(ParticipationDraft(project_id=old), ParticipationDraft(project_id=old)))
    with pytest.raises(ValidationFailed) as failed:
        services.participants.create(draft)
    assert [i.field for i in failed.value.issues] == ["participations.1.project_id"]


def test_supports_decide_the_start_date(services):
    supports = (SupportEntry(SupportForm.TRAINING, date(2026, 4, 1)), SupportEntry(SupportForm.ADVICE, date(2026, 3, 2)))
    person = services.participants.create(replace(PERSON, participations=(ParticipationDraft(supports=supports),)))
    (p,) = person.participations
    assert p.start_date == date(2026, 3, 2) and [s.form for s in p.supports] == [SupportForm.ADVICE, SupportForm.TRAINING]
    # the first support removed: the start moves to the next one; typed start dates are ignored
    later = replace(p, supports=tuple(s for s in p.supports if s.form is SupportForm.TRAINING), start_date=date(2020, 1, 1))
    (p2,) = services.participants.update(person.id, replace(person.as_draft(), participations=(later,))).participations
    assert p2.start_date == date(2026, 4, 1)
    assert len(_rows(services, ParticipationSupport)) == 1


def test_teryt_fills_the_residence_and_degurba_unless_set_by_hand(services):
    kielce, checiny = "2661011", "2604033"
    person = services.participants.create(replace(PERSON, teryt=checiny))
    assert (person.gmina, person.powiat, person.voivodeship) == ("Chęciny", "kielecki", "świętokrzyskie")
    (p,) = person.participations  # a new participation starts at the person's address
    assert (p.teryt, p.gmina) == (checiny, "Chęciny") and p.degurba is not None
    moved = replace(p, teryt=kielce)
    (p,) = services.participants.update(person.id, replace(person.as_draft(), participations=(moved,))).participations
    assert (p.gmina, p.powiat, p.degurba) == ("Kielce", "Kielce", Degurba.CITIES)
    by_hand = replace(p, degurba=Degurba.RURAL, degurba_manual=True)
    (p,) = services.participants.update(person.id, replace(person.as_draft(), participations=(by_hand,))).participations
    assert p.degurba is Degurba.RURAL
    with pytest.raises(ValidationFailed) as failed:
        services.participants.update(person.id, replace(person.as_draft(), participations=(replace(p, teryt="0201019"),)))
    assert [i.field for i in failed.value.issues] == ["participations.0.teryt"]


def test_an_unknown_participation_or_school_type_is_refused_at_its_field(services):
    person = services.participants.create(PERSON)
    (p,) = person.participations
    with pytest.raises(ValidationFailed) as failed:
        services.participants.update(person.id, replace(person.as_draft(), participations=(replace(p, id=p.id + 99),)))
    assert [i.field for i in failed.value.issues] == ["participations.0.project_id"]
    with pytest.raises(ValidationFailed) as failed:
        services.participants.update(person.id, replace(person.as_draft(), participations=(
            replace(p, school_type="no_such_school"),)))
    assert [i.field for i in failed.value.issues] == ["participations.0.school_type"]


def test_a_registered_unemployed_category_needs_that_status_on_the_day_of_entry(services):
    cats = {c.code: c.id for c in services.dictionaries.categories()}
    entry = SupportEntry(SupportForm.ADVICE, date(2026, 3, 2))
    draft = replace(PERSON, categories=(CategoryAssignment(cats["BEZR"], "Zaświadczenie PUP", date(2026, 2, 20)),),
                    participations=(ParticipationDraft(labour_status=LabourStatus.INACTIVE, supports=(entry,)),))
    warnings = {i.field for i in services.participants.validate(draft) if i.severity is Severity.WARNING}
    assert "participations.0.labour_status" in warnings
    registered = replace(draft, participations=(ParticipationDraft(
        labour_status=LabourStatus.UNEMPLOYED_REGISTERED, pup_registered_on=date(2026, 1, 5), supports=(entry,)),))
    fields = {i.field for i in services.participants.validate(registered)}
    assert "participations.0.labour_status" not in fields and "participations.0.pup_registered_on" not in fields
    # a category that ended before the entry does not count on that day
    ended = replace(draft, categories=(CategoryAssignment(cats["BEZR"], "PUP", date(2025, 1, 1),
                                                          valid_to=date(2025, 12, 31)),))
    assert "participations.0.labour_status" not in {i.field for i in services.participants.validate(ended)}


def test_category_validity_and_who_verified_it_are_kept(services):
    advisor = add_user(services, "weryfikator", "Ewa Sprawdzająca", Role.ADVISOR)
    cats = services.dictionaries.categories()
    assignment = CategoryAssignment(cats[0].id, "PUP 1/2026", date(2026, 1, 10), valid_from=date(2026, 1, 1),
                                    valid_to=date(2026, 12, 31), verified_by_id=advisor.id, verified_on=date(2026, 1, 12))
    (saved,) = services.participants.create(replace(PERSON, categories=(assignment,))).categories
    assert (saved.valid_from, saved.valid_to, saved.verified_on, saved.verified_by_name) == (
        date(2026, 1, 1), date(2026, 12, 31), date(2026, 1, 12), "Ewa Sprawdzająca")
    assert saved.holds_on(date(2026, 6, 1)) and not saved.holds_on(date(2027, 1, 1))


def test_erasure_and_anonymisation_reach_the_participations(services, projects):
    old, _ = projects
    services.projects.update(old, ProjectDraft(code="OWES-1", name="Stary", start_date=date(2019, 1, 1),
                                               end_date=date(2022, 12, 31), retention_base_date=date(2023, 12, 31)))
    kept = ParticipationDraft(project_id=old, town="Chęciny", participant_type=ParticipantType.INSTITUTION,
                              institution_name="Fundacja X", employment_proof="Umowa 1/2020",
                              supports=(SupportEntry(SupportForm.ADVICE, date(2020, 3, 2)),))
    gone = services.participants.create(replace(PERSON, participations=(kept,)))
    anonymised = services.participants.create(replace(PERSON, pesel="44051401359", first_name="Jan",
                                                      sex=Sex.MALE, participations=(kept,)))
    services.gdpr.erase_person(gone.id)
    assert _rows(services, Participation, participant_id=gone.id) == []
    assert _rows(services, ParticipationSupport, participant_id=gone.id) == []
    assert services.projects.anonymise([anonymised.id]) == 1
    with services.db.read() as s:
        row = s.scalars(select(Participation).where(Participation.participant_id == anonymised.id)).one()
        assert (row.town, row.institution_name, row.employment_proof) == ("", "", "")
        assert row.project_id == old and row.start_date == date(2020, 3, 2)  # statistics stay
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ParticipationSupport)) == 1


def test_the_stored_reporting_gaps_follow_every_change(services, projects):
    """The list's "Incomplete for reporting" reads participations.reporting_gaps: kept on every save, also by
    a path that is not the form (assign to project adds a participation)."""
    old, new = projects
    ready = ParticipationDraft(project_id=old, labour_status=LabourStatus.INACTIVE, education=Isced.ISCED3,
                               gmina="Kielce", degurba=Degurba.CITIES,
                               supports=(SupportEntry(SupportForm.ADVICE, date(2026, 3, 2)),))
    person = services.participants.create(replace(PERSON, participations=(ready,)))

    def gaps() -> list[str]:
        with services.db.read() as s:
            return list(s.scalars(select(Participation.reporting_gaps).where(
                Participation.participant_id == person.id).order_by(Participation.id)))

    assert gaps() == [""]
    (p,) = person.participations
    left = services.participants.update(person.id, replace(person.as_draft(), participations=(
        replace(p, exit_date=date(2026, 6, 30)),)))
    assert gaps() == ["exit_situation,completed_path"]
    services.projects.assign_project([person.id], new)
    assert gaps() == ["exit_situation,completed_path", "labour_status,education,gmina,degurba,start_date"]
    assert left.participations[0].id == p.id
