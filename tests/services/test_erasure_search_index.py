"""Erasure and anonymisation leave nothing of the person in the search index (issue 7's FTS5 trigram index).

An FTS5 index with external content records a deleted or changed row as a 'delete' entry that repeats the
old terms; until its segments are merged, the trigrams of an erased name (enough to read it back) stay in
the database file. Erasure and anonymisation must leave none of them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.enums import Sex
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantDraft, ParticipationDraft

ODD = "Xqzvwk"  # trigrams found nowhere else in the file (schema, other people, settings)
ODD_TOO = "Qjxzvw"


def trigrams(*words: str) -> set[bytes]:
    return {w.lower()[i:i + 3].encode() for w in words for i in range(len(w) - 2)}


def left_in_file(services, grams: set[bytes]) -> list[bytes]:
    path = Path(services.db.path)
    services.db.engine.dispose()  # every connection closed: the WAL checkpointed into the file
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    return sorted(g for g in grams if g in raw)


@pytest.fixture
def crowd(services):
    for i in range(40):
        services.participants.create(ParticipantDraft(first_name="Anna", last_name="Kowalska", town="Kraków",
                                                      birth_date=date(1980, 1, 1 + i % 28), sex=Sex.FEMALE),
                                     confirm_duplicates=True)
    return services


def test_erasure_leaves_no_trigram_of_the_person_in_the_file(crowd):
    person = crowd.participants.create(ParticipantDraft(first_name=ODD_TOO, last_name=ODD, town="Lipnica",
                                                        birth_date=date(1990, 5, 5), sex=Sex.MALE))
    assert left_in_file(crowd, trigrams(ODD, ODD_TOO))  # the index holds them while the person is registered
    crowd.gdpr.erase_person(person.id)
    assert left_in_file(crowd, trigrams(ODD, ODD_TOO)) == []


def test_anonymisation_leaves_no_trigram_of_the_name_in_the_file(crowd):
    project = crowd.projects.create(ProjectDraft(code="OLD", name="Old project", start_date=date(2010, 1, 1),
                                                 end_date=date(2012, 12, 31), retention_years=5))
    person = crowd.participants.create(ParticipantDraft(first_name=ODD_TOO, last_name=ODD, town="Lipnica",
                                                        birth_date=date(1990, 5, 5), sex=Sex.MALE,
                                                        participations=(ParticipationDraft(project_id=project.id),)))
    assert crowd.projects.anonymise([person.id]) == 1
    assert left_in_file(crowd, trigrams(ODD, ODD_TOO)) == []
