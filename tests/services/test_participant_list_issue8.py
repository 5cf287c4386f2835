"""The register's list by participation (issue 8): the project filter (incl. "without project"), the
"incomplete for reporting" filter by the SM EFS required fields incl. exit data, and the Project column
(the current participation's project), also in the list's export."""

from __future__ import annotations

from datetime import date

import pytest
from gdpr_people import pesel, second_draft
from openpyxl import load_workbook

from coopdesk.domain.enums import Answer, Degurba, ExitSituation, Isced, LabourStatus, Sex, SupportForm
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import WITHOUT_PROJECT, ParticipantQuery, ParticipationDraft, SupportEntry
from coopdesk.services.participant_list import to_state


def _complete(project_id, start=date(2026, 2, 2), **more) -> ParticipationDraft:
    """A participation SM EFS can report (every required entry field)."""
    values = {"labour_status": LabourStatus.INACTIVE, "education": Isced.ISCED3, "gmina": "Koluszki",
              "degurba": Degurba.RURAL, "supports": (SupportEntry(SupportForm.ADVICE, start),), **more}
    return ParticipationDraft(project_id=project_id, **values)


@pytest.fixture
def world(services):
    a = services.projects.create(ProjectDraft("OWES-A", "Projekt A", date(2024, 1, 1), date(2027, 12, 31))).id
    b = services.projects.create(ProjectDraft("OWES-B", "Projekt B", date(2024, 1, 1), date(2027, 12, 31))).id

    def person(last: str, serial: int, *participations: ParticipationDraft):
        born = date(1980, 1, 1 + serial)
        return services.participants.create(second_draft(
            first_name="Ala", last_name=last, pesel=pesel(born, serial, True), birth_date=born, sex=Sex.FEMALE,
            participations=participations))

    people = {
        "ready": person("Adamska", 1, _complete(a)),
        # left B, but the situation at exit is not recorded: SM EFS cannot report the exit
        "no_exit_situation": person("Bednarek", 2, _complete(b, exit_date=date(2026, 5, 1), completed_path=Answer.YES)),
        "without": person("Cichoń", 3, _complete(None)),
        # A finished (fully recorded), now in B: two participations, the current one is B
        "returning": person("Dudek", 4, _complete(a, date(2025, 1, 5), exit_date=date(2025, 6, 1),
                                                  completed_path=Answer.YES, exit_situation=ExitSituation.EMPLOYED),
                            _complete(b, date(2026, 3, 3))),
        "no_education": person("Ekiert", 5, _complete(a, education=None)),
    }
    return services, a, b, people


def _names(services, **query) -> list[str]:
    q = ParticipantQuery(**query)
    rows = services.participants.list_page(q, 0, 1000)
    assert services.participants.count(q) == len(rows)
    assert [r.last_name for r in services.participants.list_window(q, 1, 1000)] == [r.last_name for r in rows[1:]]
    return [r.last_name for r in rows]


def test_the_project_filter(world):
    services, a, b, _ = world
    assert _names(services, project_id=a) == ["Adamska", "Dudek", "Ekiert"]
    assert _names(services, project_id=b) == ["Bednarek", "Dudek"]
    assert _names(services, project_id=WITHOUT_PROJECT) == ["Cichoń"]
    assert _names(services, project_id=b, text="dud") == ["Dudek"]


def test_incomplete_for_reporting_catches_a_missing_exit_situation(world):
    services, a, _b, people = world
    assert _names(services, incomplete=True) == ["Bednarek", "Ekiert"]
    assert _names(services, incomplete=True, project_id=a) == ["Ekiert"]
    assert services.participants.position(ParticipantQuery(incomplete=True), people["no_exit_situation"].id) == 0


def test_the_project_column_shows_the_current_participation(world):
    services, *_ = world
    rows = services.participants.list_window(ParticipantQuery(), 0, 100)
    assert [(r.last_name, r.project_code) for r in rows] == [
        ("Adamska", "OWES-A"), ("Bednarek", "OWES-B"), ("Cichoń", ""), ("Dudek", "OWES-B"), ("Ekiert", "OWES-A")]
    # a deep page (ids first, then the page's rows) carries it too
    assert [r.project_code for r in services.participants.list_window(ParticipantQuery(), 3, 2)] == ["OWES-B", "OWES-A"]


def test_the_list_export_has_the_project_column(world, coordinator, tmp_path):
    _services, _a, b, _ = world
    source = coordinator.participants.list_source()
    out = tmp_path / "lista.xlsx"
    coordinator.list_export.export(source, to_state(ParticipantQuery(project_id=b)), out,
                                   ["last_name", "project_code"])
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows == [("Last name", "Project"), ("Bednarek", "OWES-B"), ("Dudek", "OWES-B")]
