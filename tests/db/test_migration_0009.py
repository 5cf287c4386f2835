"""Schema 0009 (issue 8): every participant of every saved revision gets exactly one participation holding
what the register held (project, labour status, education, residence, DEGURBA, start and end); those columns
leave ``participants``; the search index keeps working after the table copy; a person with two
participations (the rev_0009 fixture) is read back whole."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from coopdesk.db.migrate import known_revisions
from coopdesk.db.open import open_sqlite
from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Degurba, Isced, LabourStatus, Role
from coopdesk.domain.records import ParticipantQuery, current_participation
from coopdesk.services.app_services import Services
from coopdesk.services.context import Context

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
MOVED = {"education", "labour_status", "labour_detail", "degurba", "project_id", "project_start", "project_end"}
COORDINATOR = Actor(0, "system", "System", Role.COORDINATOR)


def _copy(tmp_path: Path, revision: str) -> Path:
    path = tmp_path / f"rev_{revision}.sqlite3"
    shutil.copyfile(FIXTURES / f"rev_{revision}.sqlite3", path)
    return path


@pytest.mark.parametrize("revision", [r for r in known_revisions() if r < "0009"])
def test_every_older_revision_gives_each_person_one_participation(tmp_path, revision):
    path = _copy(tmp_path, revision)
    with sqlite3.connect(path) as conn:
        people = {r[0] for r in conn.execute("SELECT id FROM participants")}
    db = open_sqlite(path)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT participant_id, uuid FROM participations")).all()
            columns = {c["name"] for c in inspect(conn).get_columns("participants")}
            triggers = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))}
    finally:
        db.dispose()
    assert people and sorted(r.participant_id for r in rows) == sorted(people)
    assert len({r.uuid for r in rows}) == len(rows)
    assert not MOVED & columns and {"teryt", "disability_degree", "disability_kind"} <= columns
    assert {"participants_search_insert", "participants_search_delete", "participants_search_update"} <= triggers


def test_the_registers_data_move_into_the_participation(tmp_path):
    path = _copy(tmp_path, "0008")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO projects (code, name, start_date, end_date, retention_years, retention_note, uuid) "
                     "VALUES ('P1', 'Projekt', '2024-01-01', '2026-12-31', 5, '', 'u-p1')")
        project_id = conn.execute("SELECT id FROM projects WHERE code = 'P1'").fetchone()[0]
        first, second = (r[0] for r in conn.execute("SELECT id FROM participants ORDER BY id LIMIT 2"))
        conn.execute(
            "UPDATE participants SET project_id = ?, labour_status = 'unemployed_registered', "
            "labour_detail = 'long_term_unemployed', education = '2', voivodeship = 'łódzkie', powiat = 'Łódź', "
            "gmina = 'Łódź', degurba = '1', project_start = '2025-03-03', project_end = '2025-10-31' WHERE id = ?",
            (project_id, first))
    db = open_sqlite(path)
    services = Services(db, Context(actor=COORDINATOR))
    try:
        moved = services.participants.get(first, journal_read=False)
        untouched = services.participants.get(second, journal_read=False)
        in_project = services.participants.count(ParticipantQuery(project_id=project_id))
    finally:
        db.dispose()
    (p,) = moved.participations
    assert (p.project_id, p.labour_status, p.education, p.gmina, p.degurba) == (
        project_id, LabourStatus.UNEMPLOYED_REGISTERED, Isced.ISCED2, "Łódź", Degurba.CITIES)
    assert p.labour_detail.value == "long_term_unemployed" and p.degurba_manual  # DEGURBA was typed: kept so
    assert (p.start_date, p.exit_date) == (date(2025, 3, 3), date(2025, 10, 31)) and p.supports == ()
    assert moved.town and p.town == moved.town  # the residence at entry is where the person lived
    (q,) = untouched.participations
    assert q.project_id is None and q.labour_status is None and q.start_date is None
    assert in_project == 1
    with sqlite3.connect(path) as conn:  # the SM EFS gaps, stored for the list's filter
        gaps = dict(conn.execute("SELECT participant_id, reporting_gaps FROM participations"))
    assert gaps[first] == "exit_situation,completed_path"  # left (project end) without a situation at exit
    assert gaps[second] == "labour_status,education,gmina,degurba,start_date"


def test_search_works_after_the_table_copy(tmp_path):
    path = _copy(tmp_path, "0008")
    db = open_sqlite(path)
    try:
        services = Services(db, Context(actor=COORDINATOR))
        before = services.participants.count(ParticipantQuery(text="Łukasik"))
        person = services.participants.list_page(ParticipantQuery(text="Łukasik"))[0]
        record = services.participants.get(person.id, journal_read=False)
        services.participants.update(person.id, replace(record.as_draft(), last_name="Zawadzki"))
        after_old = services.participants.count(ParticipantQuery(text="Łukasik"))
        after_new = services.participants.count(ParticipantQuery(text="Zawadzki"))
    finally:
        db.dispose()
    assert (before, after_old, after_new) == (1, 0, 1)


def test_a_returning_person_keeps_both_participations(tmp_path):
    path = _copy(tmp_path, "0009")
    db = open_sqlite(path)
    try:
        services = Services(db, Context(actor=COORDINATOR))
        (row,) = services.participants.list_page(ParticipantQuery(text="Kovalenko"))
        person = services.participants.get(row.id, journal_read=False)
    finally:
        db.dispose()
    ended, current = person.participations
    assert ended.project_code == "OWES-2019" and ended.exit_date == date(2020, 11, 30)
    assert ended.start_date == date(2020, 3, 2)  # the first support's start
    assert current.project_code == "OWES-2024" and current.exit_date is None
    assert current_participation(person.participations) == current
