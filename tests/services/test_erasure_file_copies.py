"""An erased person's name is in no page of the database file nor of its write-ahead log, even while the
program is still open (SQLite keeps deleted rows in free pages, and the -wal keeps old page images, until
overwritten): erasure and anonymisation overwrite deleted content and empty the log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from coopdesk.domain.enums import Sex
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantDraft

NAME = "Zbyszkowiakówna"
STREET = "Ulica Qwertyuiopska"


def _copies(services, text: str) -> list[str]:
    """The files beside the database (the file, -wal, -shm) that still hold ``text`` — engine left open."""
    path = Path(services.db.path)
    return sorted(p.name for p in path.parent.glob(path.name + "*")
                  if p.is_file() and text.encode() in p.read_bytes())


def _person(services):
    return services.participants.create(ParticipantDraft(
        first_name="Anna", last_name=NAME, street=STREET, town="Kraków", birth_date=date(1980, 5, 5),
        sex=Sex.FEMALE))


def test_erasure_leaves_the_name_in_no_file(services):
    person = _person(services)
    services.participants.update(person.id, replace(services.participants.get(person.id).as_draft(),
                                                    phone="600100200"))
    assert _copies(services, NAME)  # the name is on disk before (the check can see it)
    services.gdpr.erase_person(person.id)
    assert _copies(services, NAME) == []
    assert _copies(services, STREET) == []


def test_anonymisation_leaves_the_name_in_no_file(services):
    project = services.projects.create(ProjectDraft(code="P-1", name="Projekt", end_date=date(2019, 6, 30),
                                                    retention_years=5))
    person = _person(services)
    services.projects.assign_project([person.id], project.id)
    assert _copies(services, NAME)
    assert services.projects.anonymise([person.id]) == 1
    assert _copies(services, NAME) == []


def test_assigning_a_project_leaves_anonymised_records_as_they_are(services):
    old = services.projects.create(ProjectDraft(code="P-OLD", name="Stary", end_date=date(2019, 6, 30),
                                                retention_years=5))
    new = services.projects.create(ProjectDraft(code="P-NEW", name="Nowy", end_date=date(2027, 6, 30),
                                                retention_years=5))
    person = _person(services)
    services.projects.assign_project([person.id], old.id)
    services.projects.anonymise([person.id])
    assert services.projects.assign_project([person.id], new.id) == 0
    assert [p.project_id for p in services.participants.get(person.id).participations] == [old.id]
