"""Demo data have participations (issue 8): entry data, supports with the derived start date, exits with
employment after them for part of the people, a few returning people in a second project, verified
categories, disability degrees, and projects with a retention base date and with state aid."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.tables import Participant, ParticipantCategory
from coopdesk.db.tables_participation import Participation, ParticipationSupport
from coopdesk.domain.education import isced_for
from coopdesk.domain.enums import Answer, ContractForm, ExitReason, LabourStatus, Stage
from coopdesk.domain.errors import Severity
from coopdesk.domain.participation_rules import missing_for_reporting
from coopdesk.domain.records import ParticipantQuery, current_participation
from coopdesk.domain.territory import lookup
from coopdesk.services import reference_data
from coopdesk.services.app_services import open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.demo import generate_demo

FIXED_TODAY = date(2026, 11, 27)
PEOPLE = 1200


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    s = open_services(tmp_path_factory.mktemp("demo") / "data", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
    generate_demo(s, people=PEOPLE, seed=2026)
    yield s
    s.close()


def _rows(services, table) -> list:
    with services.db.read(SYSTEM_ACTOR) as s:
        return list(s.execute(select(table.__table__).order_by(table.__table__.c.id)))


@pytest.fixture(scope="module")
def data(demo):
    people = {p.id: p for p in _rows(demo, Participant)}
    joined = _rows(demo, Participation)
    supports: dict[int, list] = defaultdict(list)
    for x in _rows(demo, ParticipationSupport):
        supports[x.participation_id].append(x)
    return people, joined, supports


def test_every_person_takes_part_and_the_start_is_the_first_support(data):
    people, joined, supports = data
    per_person = Counter(j.participant_id for j in joined)
    assert set(per_person) == set(people) and set(per_person.values()) <= {1, 2}
    in_project = [j for j in joined if j.project_id is not None]
    assert 0.9 * len(joined) <= len(in_project) < len(joined)  # a few "without project"
    with_support = [j for j in joined if supports[j.id]]
    assert len(with_support) >= 0.85 * len(joined)
    for j in joined:
        mine = supports[j.id]
        assert len(mine) <= 3
        assert j.start_date == (min(x.support_start for x in mine) if mine else None), j
        for x in mine:
            assert x.participant_id == j.participant_id and x.support_start <= FIXED_TODAY
            assert x.support_end is None or x.support_start <= x.support_end
            assert j.exit_date is None or x.support_start <= j.exit_date
        assert j.uuid and len(j.uuid) == 36
    assert len({j.uuid for j in joined}) == len(joined)


def test_entry_data_school_type_residence_and_labour_status(data):
    people, joined, _supports = data
    territory = reference_data.territory()
    types = reference_data.school_types()
    complete = [j for j in joined if j.labour_status and j.education and j.degurba and j.start_date]
    assert 0.8 * len(joined) <= len(complete) < len(joined)  # about 90 %, a few still to be typed
    for j in joined:
        assert j.teryt and j.gmina and j.town and j.info_clause_on is not None
        place = lookup(j.teryt, territory)
        assert place is not None and (place.name, place.powiat, place.voivodeship) == (j.gmina, j.powiat, j.voivodeship)
        if j.degurba is not None:
            assert place.degurba is None or j.degurba == str(place.degurba)
        if j.education is not None:
            assert isced_for(j.school_type, types).value == j.education
        if j.labour_status == LabourStatus.UNEMPLOYED_REGISTERED.value:
            assert j.pup_registered_on is not None and j.pup_registered_on <= (j.start_date or FIXED_TODAY)
        assert people[j.participant_id].recruitment_date <= j.info_clause_on <= FIXED_TODAY
    assert len({j.school_type for j in joined}) >= 8
    assert len({j.labour_status for j in joined}) == len(LabourStatus) + 1  # every status, and missing


def test_a_third_exit_and_about_half_of_them_have_a_job_after(data):
    _people, joined, _supports = data
    exits = [j for j in joined if j.exit_date is not None]
    assert 0.25 * len(joined) <= len(exits) <= 0.45 * len(joined)
    employed = [j for j in exits if j.employment_start is not None]
    assert 0.35 * len(exits) <= len(employed) <= 0.65 * len(exits)
    for j in exits:
        assert j.start_date is not None and j.start_date <= j.exit_date <= FIXED_TODAY
        assert ExitReason(j.exit_reason) and j.exit_situation and j.completed_path in {a.value for a in Answer}
        assert (j.completed_path == Answer.YES.value) == (j.exit_reason == ExitReason.COMPLETED.value)
    for j in employed:
        assert j.exit_date <= j.employment_start <= FIXED_TODAY
        assert ContractForm(j.employment_contract) and 0 < j.employment_fte <= 1 and j.employment_months > 0
        assert j.employment_proof
        assert j.employment_checked_on is None or j.employment_start < j.employment_checked_on <= FIXED_TODAY
    assert sum(j.employment_checked_on is not None for j in employed) >= 0.5 * len(employed)
    assert {j.employment_contract for j in employed} >= {ContractForm.COOPERATIVE_CONTRACT.value,
                                                         ContractForm.EMPLOYMENT_CONTRACT.value}
    assert all(j.employment_start is None and j.exit_reason is None for j in joined if j.exit_date is None)


def test_a_few_return_in_another_project_after_the_first_ended(demo, data):
    people, joined, _supports = data
    projects = {p.id: p for p in demo.projects.list()}
    by_person: dict[int, list] = defaultdict(list)
    for j in joined:
        by_person[j.participant_id].append(j)
    returning = {pid: js for pid, js in by_person.items() if len(js) == 2}
    assert 0.015 * PEOPLE <= len(returning) <= 0.06 * PEOPLE
    for earlier, later in returning.values():
        assert earlier.project_id != later.project_id and None not in (earlier.project_id, later.project_id)
        assert projects[earlier.project_id].end_date < FIXED_TODAY  # that project ended
        assert earlier.exit_date is not None and earlier.exit_date <= projects[earlier.project_id].end_date
        assert later.start_date is None or earlier.exit_date < later.start_date
    pid = next(iter(returning))
    record = demo.participants.get(pid)
    assert len(record.participations) == 2
    assert current_participation(record.participations).id == returning[pid][1].id


def test_records_read_back_with_their_participations_and_no_labour_warning_when_complete(demo):
    issues = Counter()
    for row in demo.participants.list_page(ParticipantQuery(), 0, PEOPLE)[::6]:
        record = demo.participants.get(row.id)
        assert record.participations
        found = demo.participants.validate(record.as_draft())
        assert [i for i in found if i.severity is Severity.ERROR] == []
        if not any(missing_for_reporting(p) for p in record.participations):
            issues.update(i.field for i in found)
    assert issues == Counter()


def test_the_incomplete_filter_finds_about_a_tenth(demo):
    incomplete = demo.participants.count(ParticipantQuery(incomplete=True))
    assert 0.03 * PEOPLE <= incomplete <= 0.2 * PEOPLE


def test_categories_are_valid_from_their_proof_and_verified_by_the_advisor(data, demo):
    people, _joined, _supports = data
    links = _rows(demo, ParticipantCategory)
    for c in links:
        person = people[c.participant_id]
        assert c.valid_from == c.proof_date and c.valid_to is None
        assert c.verified_by_id == person.advisor_id
        if person.advisor_id is not None:
            assert person.recruitment_date <= c.verified_on <= FIXED_TODAY
        else:
            assert c.verified_on is None
    assert sum(c.verified_by_id is not None for c in links) >= 0.95 * len(links)


def test_disability_degree_only_with_a_disability(data):
    people = list(data[0].values())
    with_degree = [p for p in people if p.disability_degree is not None]
    assert 0 < len(with_degree) <= 0.4 * len(people)
    assert all(p.disability == Answer.YES.value and p.disability_kind for p in with_degree)
    assert all(p.disability_kind is None for p in people if p.disability_degree is None)


def test_one_project_has_a_retention_base_date_and_one_state_aid(demo):
    projects = demo.projects.list()
    based = [p for p in projects if p.retention_base_date is not None]
    assert len(based) == 1
    oldest = min(projects, key=lambda p: p.start_date)
    assert based[0].id == oldest.id and oldest.end_date < FIXED_TODAY
    assert based[0].retention_base_date == date(oldest.end_date.year, 12, 31)
    assert [p.state_aid for p in projects].count(True) == 1


def test_the_stage_left_goes_with_an_exit(data):
    people, joined, supports = data
    last = {j.participant_id: j for j in joined}
    for pid, person in people.items():
        if person.stage == Stage.LEFT.value and supports[last[pid].id]:
            assert last[pid].exit_date is not None
