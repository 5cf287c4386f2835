"""Retention over participations (issue 8): a project's base date + its period (10 years with state aid), a
legal hold stops, the latest project decides, a participation without project never makes anyone due, and
a migrated database has nothing due."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from gdpr_people import project, second_draft
from sqlalchemy import text

from coopdesk.db.open import open_sqlite
from coopdesk.domain.enums import SupportForm
from coopdesk.domain.gdpr import Pending, ProjectDraft
from coopdesk.domain.records import ParticipationDraft, SupportEntry
from coopdesk.services.app_services import Services
from coopdesk.services.context import SYSTEM_ACTOR, Context

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
FAR = date(2100, 1, 1)


def person(services, *project_ids, pesel="", name="Zofia"):
    parts = tuple(ParticipationDraft(project_id=pid, supports=(SupportEntry(SupportForm.ADVICE, date(2024, 3, i + 1)),))
                  for i, pid in enumerate(project_ids))
    return services.participants.create(second_draft(pesel=pesel, first_name=name, participations=parts))


def due_ids(services, today=FAR) -> set[int]:
    return {d.participant_id for d in services.projects.due_for_anonymisation(today)}


def test_without_a_base_date_nobody_is_due(services):
    owes = project(services, end=date(2024, 6, 30))  # ended, but the last payment is not known
    zofia = person(services, owes.id)
    assert due_ids(services) == set()
    assert services.projects.retention_date(zofia.id) is None
    assert services.projects.retention(zofia.id, FAR).pending is Pending.NO_BASE_DATE


def test_state_aid_keeps_ten_years(services):
    aid = project(services, base=date(2024, 12, 31), state_aid=True)
    zofia = person(services, aid.id)
    assert services.projects.get(aid.id).retention_date == date(2034, 12, 31)
    assert due_ids(services, date(2030, 1, 1)) == set()  # 5 years would have passed
    assert due_ids(services, date(2035, 1, 1)) == {zofia.id}


def test_a_legal_hold_stops_anonymisation(services):
    owes = project(services, base=date(2020, 12, 31))
    zofia = person(services, owes.id)
    assert due_ids(services) == {zofia.id}
    services.projects.update(owes.id, ProjectDraft(
        owes.code, owes.name, owes.start_date, owes.end_date, 5, retention_base_date=date(2020, 12, 31),
        legal_hold=True, legal_hold_reason="Postępowanie kontrolne IZ"))
    assert due_ids(services) == set()
    assert services.projects.retention(zofia.id, FAR).pending is Pending.LEGAL_HOLD


def test_two_participations_the_later_project_decides(services):
    early = project(services, code="EARLY", base=date(2022, 12, 31))
    late = project(services, code="LATE", base=date(2026, 12, 31))
    zofia = person(services, early.id, late.id)
    assert services.projects.retention_date(zofia.id) == date(2031, 12, 31)
    assert due_ids(services, date(2028, 1, 1)) == set()  # EARLY's date (2027) has passed, LATE's not
    (due,) = services.projects.due_for_anonymisation(date(2032, 1, 1))
    assert (due.participant_id, due.project_code, due.retention_date) == (zofia.id, "LATE", date(2031, 12, 31))
    shown = services.projects.retention(zofia.id, date(2028, 1, 1))
    assert [p.project.code for p in shown.participations] == ["EARLY", "LATE"]
    assert [p.project.keep_until for p in shown.participations] == [date(2027, 12, 31), date(2031, 12, 31)]


def test_a_participation_without_project_never_makes_anyone_due(services):
    owes = project(services, base=date(2020, 12, 31))
    alone = person(services, None, pesel="", name="Ala")
    mixed = person(services, owes.id, None, name="Ewa")
    in_owes = person(services, owes.id, name="Iza")
    assert due_ids(services) == {in_owes.id}
    assert services.projects.retention(alone.id, FAR).pending is Pending.WITHOUT_PROJECT
    assert services.projects.retention(mixed.id, FAR).pending is Pending.WITHOUT_PROJECT
    assert services.projects.retention_date(mixed.id) is None


def test_due_records_are_oldest_first_and_anonymised_ones_leave(services):
    old = project(services, code="OLD", base=date(2019, 12, 31))
    new = project(services, code="NEW", base=date(2020, 12, 31))
    b = person(services, new.id, name="Bea")
    a = person(services, old.id, name="Ada")
    assert [d.participant_id for d in services.projects.due_for_anonymisation(FAR)] == [a.id, b.id]
    services.projects.anonymise([a.id])
    assert due_ids(services) == {b.id}


def test_the_migration_leaves_everything_not_due(tmp_path):
    """A 0008 database with a project that ended in 2015 (5 years: its people were due under the old rule
    by the end date) migrates to base date NULL: nobody is due until the coordinator enters it."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "rev_0008.sqlite3", path)
    with __import__("sqlite3").connect(path) as conn:
        conn.execute("INSERT INTO projects (id, code, name, start_date, end_date, retention_years, retention_note,"
                     " uuid) VALUES (1, 'OLD', 'Stary projekt', '2013-01-01', '2015-06-30', 5, '', 'u-old')")
        conn.execute("UPDATE participants SET project_id = 1")
    db = open_sqlite(path)
    try:
        services = Services(db, Context(actor=SYSTEM_ACTOR, today=lambda: date(2026, 11, 27)))
        with db.engine.connect() as c:
            people = c.execute(text("SELECT count(DISTINCT participant_id) FROM participations WHERE project_id = 1"
                                    )).scalar()
            base = c.execute(text("SELECT retention_base_date, state_aid, legal_hold FROM projects")).one()
        assert people == 3 and tuple(base) == (None, 0, 0)
        assert services.projects.due_for_anonymisation(FAR) == []
        assert services.projects.get(1).retention_date is None
    finally:
        db.dispose()
