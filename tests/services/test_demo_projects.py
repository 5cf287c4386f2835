"""Demo data put people into projects and give most of them realistic consents (issue 7, "Retention
cannot be used" and "Demo people have no consents")."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from coopdesk.db.tables import Participant
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import Consent
from coopdesk.domain.gdpr import PROJECT_NUMBER_RE, ConsentPurpose, project_issues
from coopdesk.services.app_services import open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.demo import generate_demo
from coopdesk.services.monitoring_export import MonitoringExportService
from coopdesk.services.printout import page_header

FIXED_TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    s = open_services(tmp_path_factory.mktemp("demo") / "data", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
    generate_demo(s, people=400, seed=11)
    yield s
    s.close()


def test_demo_creates_projects_and_puts_most_people_in_one(demo):
    projects = demo.projects.list()
    assert 2 <= len(projects) <= 3
    for p in projects:
        assert p.code and p.name and p.start_date and p.end_date and p.start_date < p.end_date
    with demo.db.read(SYSTEM_ACTOR) as s:
        people = list(s.execute(select(Participation.participant_id, Participation.project_id,
                                       Participation.start_date).order_by(Participation.id)))
    in_project = {(person, pid) for person, pid, _ in people if pid is not None}
    assert len({person for person, _ in in_project}) >= 0.9 * 400
    assert len(Counter(pid for _, pid in in_project)) >= 2  # spread over the projects
    assert sum(p.participants for p in projects) == len(in_project)
    # every participation in a project began (its first support) while the project ran
    by_id = {p.id: p for p in projects}
    for _person, pid, start in people:
        if pid is not None and start is not None:
            assert by_id[pid].start_date <= start <= by_id[pid].end_date


def test_demo_projects_and_centre_carry_their_identity_for_print_outs(demo, tmp_path):
    for p in demo.projects.list():
        assert PROJECT_NUMBER_RE.match(p.number) and p.programme and p.action and p.lead_partner
        assert project_issues(p) == []
        strip = demo.centre.image(p.logo_strip)
        assert strip is not None and strip.startswith(b"\x89PNG")
    centre = demo.centre.info()
    assert centre.name and centre.address and centre.dpo_email and demo.centre.image(centre.logo)
    with demo.db.read(SYSTEM_ACTOR) as s:
        pid = s.scalar(select(Participation.participant_id).where(Participation.project_id.is_not(None)).limit(1))
    header = page_header(demo.db, demo.ctx, pid)
    assert header.project_number.startswith("FEMP.") and header.logo_strip and header.centre_logo


def test_demo_gives_most_people_dated_consents_and_a_few_none(demo):
    with demo.db.read(SYSTEM_ACTOR) as s:
        total = len(list(s.scalars(select(Participant.id))))
        rows = list(s.execute(select(Consent.participant_id, Consent.purpose, Consent.granted, Consent.given_on,
                                     Consent.withdrawn_on)))
    purposes = Counter(purpose for _, purpose, *_ in rows)
    assert set(purposes) == {p.value for p in ConsentPurpose}
    people_with = {pid for pid, *_ in rows}
    assert 0.8 * total <= len(people_with) < total  # most, not all
    for _pid, _purpose, granted, given_on, withdrawn_on in rows:
        if granted:
            assert given_on is not None and given_on <= FIXED_TODAY
        if withdrawn_on is not None:
            assert given_on is not None and given_on <= withdrawn_on
    refused_image = [r for r in rows if r[1] == ConsentPurpose.IMAGE.value and not r[2]]
    assert refused_image  # some people say no to photos


def test_lead_partner_export_lists_everyone_and_the_follow_up_export_withholds_a_few(demo, tmp_path):
    """Monitoring rests on the law: every demo person and participation is exported; consent gates only the
    optional follow-up contacts, which withhold a few (issue 8)."""
    from coopdesk.services.followup_export import FollowupExportService

    result = MonitoringExportService(demo.db, demo.ctx).export(tmp_path / "lista.xlsx", "plain")
    with demo.db.read(SYSTEM_ACTOR) as s:
        participations = s.scalar(select(func.count()).select_from(Participation))
    assert result.people == 400 and result.rows == participations > 400
    book = load_workbook(tmp_path / "lista.xlsx")
    assert len([ws for ws in book.worksheets if ws.sheet_state == "visible"]) == 1  # no withheld sheet
    contacts = FollowupExportService(demo.db, demo.ctx).export_contacts(tmp_path / "kontakt.xlsx")
    assert 0 < contacts.withheld <= 0.4 * 400 and contacts.exported + contacts.withheld <= 400


def test_demo_people_have_some_history_by_their_advisors(services):
    """History and restore have something to show on demo data: a few phone changes by the advisors."""
    from coopdesk.domain.records import ParticipantQuery
    from coopdesk.services.demo import generate_demo

    generate_demo(services, people=60)
    changed = []
    for row in services.participants.list_page(ParticipantQuery(), 0, 60):
        entries = [e for e in services.audit.history("participants", row.id) if e.field == "phone"]
        if entries:
            changed.append((row, entries[0]))
    assert 10 <= len(changed) <= 40
    row, entry = changed[0]
    assert entry.username != "system" and entry.old and entry.new and entry.old != entry.new
