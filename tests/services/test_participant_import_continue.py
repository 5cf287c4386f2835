"""A row for a person already in the row's project continues that participation (issue 9: a partner's edited
file comes back as updates): the exit and the results come from the file, data at entry are only filled where
empty - never overwritten - and a new form of support is added; the import's undo puts it all back."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coopdesk.domain.enums import Isced, LabourStatus, Role, SupportForm
from coopdesk.domain.errors import Severity
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery, ParticipationDraft, SupportEntry
from coopdesk.services.participant_import import Action
from tests.conftest import as_user
from tests.services.participant_import_helpers import database_state, journal, plan_of, xlsx

HEADERS = ["Imię", "Nazwisko", "PESEL", "Status na rynku pracy", "Wykształcenie", "Rodzaj przyznanego wsparcia",
           "Data rozpoczęcia udziału we wsparciu", "Data zakończenia udziału w projekcie",
           "Sytuacja osoby w momencie zakończenia udziału w projekcie"]
ROW = ["Jan", "Kowalski", "80030500031", "Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy",
       "Wyższe (ISCED 5–8)", "Szkolenie", date(2026, 3, 2), date(2026, 6, 30), ""]


@pytest.fixture
def coord(services):
    return as_user(services, "koordynator", Role.COORDINATOR)


@pytest.fixture
def registered(coord):
    """Jan in project P1 since 10.02.2026 (individual advice), inactive at entry, education not recorded."""
    project = coord.projects.create(ProjectDraft("P1", "Pierwszy"))
    person = coord.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel="80030500031", participations=(ParticipationDraft(
            project_id=project.id, labour_status=LabourStatus.INACTIVE,
            supports=(SupportEntry(SupportForm.ADVICE, date(2026, 2, 10)),)),)))
    return project, person


def _without_times(tables: dict) -> dict:
    return {name: [tuple(v for v in row if not isinstance(v, datetime)) for row in rows] for name, rows in tables.items()}


def _participation(coord, person_id):
    (only,) = coord.participants.get(person_id, journal_read=False).participations
    return only


def test_the_row_continues_the_participation_in_its_project(coord, registered, tmp_path):
    project, person = registered
    plan = plan_of(coord, xlsx(tmp_path / "zwrot.xlsx", [ROW], HEADERS), project_id=project.id)
    (match,) = plan.duplicates
    shown = {c.field: (c.old, c.new) for c in match.changes}
    # results from the file; education was empty (filled); the entry status is kept, so not offered
    assert shown["participation.exit_date"] == ("", "30.06.2026")
    assert shown["participation.education"] == ("", "Wyższe (ISCED 5-8)")  # coded values in words
    assert "participation.labour_status" not in shown
    assert shown["participation.supports"][1].startswith(SupportForm.TRAINING.value)
    assert not match.new_participation and match.proposed is Action.UPDATE

    outcome = coord.participant_import.commit(plan, {match.row: Action.UPDATE})
    assert (outcome.updated_people, outcome.created_participations, outcome.unchanged) == (1, 0, 0)
    after = _participation(coord, person.id)
    assert after.exit_date == date(2026, 6, 30) and after.education is Isced.ISCED5_8
    assert after.labour_status is LabourStatus.INACTIVE  # never overwritten
    assert [(s.form, s.start_date) for s in after.supports] == [
        (SupportForm.ADVICE, date(2026, 2, 10)), (SupportForm.TRAINING, date(2026, 3, 2))]
    assert after.start_date == date(2026, 2, 10)  # still the first support's
    fields = {e.field for e in journal(coord, person.id) if e.action == "update"}
    assert any(f.startswith("participation") and "exit_date" in f for f in fields), fields


def test_the_same_file_again_changes_nothing(coord, registered, tmp_path):
    project, person = registered
    path = xlsx(tmp_path / "zwrot.xlsx", [ROW], HEADERS)
    coord.participant_import.commit(plan_of(coord, path, project_id=project.id))
    again = plan_of(coord, path, project_id=project.id)
    assert [c.field for c in again.duplicates[0].changes] == []
    outcome = coord.participant_import.commit(again)
    assert (outcome.updated_people, outcome.unchanged) == (0, 1)


def test_undo_puts_the_participation_back(coord, registered, tmp_path):
    project, person = registered
    before = _participation(coord, person.id)
    state = {k: v for k, v in database_state(coord).items() if k in ("participations", "participation_supports")}
    outcome = coord.participant_import.commit(plan_of(coord, xlsx(tmp_path / "z.xlsx", [ROW], HEADERS),
                                                      project_id=project.id))
    assert _participation(coord, person.id) != before
    coord.participant_import.undo(outcome.batch_id)
    restored = {k: v for k, v in database_state(coord).items() if k in ("participations", "participation_supports")}
    assert _without_times(restored) == _without_times(state)  # all but the time it was last changed
    assert _participation(coord, person.id) == before


def test_another_project_still_gets_a_new_participation(coord, registered, tmp_path):
    _project, person = registered
    other = coord.projects.create(ProjectDraft("P2", "Drugi"))
    plan = plan_of(coord, xlsx(tmp_path / "z.xlsx", [ROW], HEADERS), project_id=other.id)
    assert plan.duplicates[0].new_participation
    assert not any(c.field.startswith("participation.") for c in plan.duplicates[0].changes)
    coord.participant_import.commit(plan)
    first, second = coord.participants.get(person.id, journal_read=False).participations
    assert first.exit_date is None and first.labour_status is LabourStatus.INACTIVE
    assert second.project_id == other.id and second.labour_status is LabourStatus.UNEMPLOYED_REGISTERED


SM_EFS = ["Imię", "Nazwisko", "PESEL", "Obywatelstwo", "Status na rynku pracy", "Wykształcenie"]


def test_what_a_layout_writes_alike_is_no_difference_and_no_warning(coord, tmp_path):
    """SM EFS writes "Osoba bezrobotna" for registered and unregistered alike, ISCED 3 and 4 as one range and
    non-EU and stateless as one string: its file read back says nothing new about a registered person, so
    there is no change, no "kept" warning and no "does not say exactly" warning (the register settles it)."""
    from coopdesk.domain.enums import Citizenship

    project = coord.projects.create(ProjectDraft("P1", "Pierwszy"))
    coord.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel="80030500031", citizenship=Citizenship.STATELESS,
        participations=(ParticipationDraft(project_id=project.id, labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
                                           education=Isced.ISCED4),)))
    row = ["Jan", "Kowalski", "80030500031", "Brak polskiego obywatelstwa lub UE – obywatel kraju spoza UE/ "
           "bezpaństwowiec", "Osoba bezrobotna", "Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)"]
    plan = plan_of(coord, xlsx(tmp_path / "smefs.xlsx", [row], SM_EFS), project_id=project.id)
    assert [(p.field, p.message) for p in plan.problems] == []
    assert plan.duplicates[0].changes == ()
    outcome = coord.participant_import.commit(plan)
    assert (outcome.updated_people, outcome.unchanged) == (0, 1)
    (person,) = coord.participants.list_page(ParticipantQuery())
    stored = coord.participants.get(person.id, journal_read=False)
    assert stored.citizenship is Citizenship.STATELESS
    assert stored.participations[0].labour_status is LabourStatus.UNEMPLOYED_REGISTERED


def test_an_imprecise_value_the_register_holds_as_read_needs_no_warning(coord, tmp_path):
    project = coord.projects.create(ProjectDraft("P1", "Pierwszy"))
    coord.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel="80030500031", participations=(ParticipationDraft(
            project_id=project.id, labour_status=LabourStatus.UNEMPLOYED_UNREGISTERED),)))
    row = ["Jan", "Kowalski", "80030500031", "Obywatelstwo polskie", "Osoba bezrobotna", ""]
    plan = plan_of(coord, xlsx(tmp_path / "smefs.xlsx", [row], SM_EFS), project_id=project.id)
    assert [p for p in plan.problems if p.field == "labour_status"] == []
    # a new person: the same words are a warning (nothing settles them)
    other = ["Anna", "Nowak", "92071400047", "Obywatelstwo polskie", "Osoba bezrobotna", ""]
    plan = plan_of(coord, xlsx(tmp_path / "new.xlsx", [other], SM_EFS), project_id=project.id)
    assert [p.severity for p in plan.problems if p.field == "labour_status"] == [Severity.WARNING]


def test_a_real_difference_at_entry_is_kept_and_warned_in_words(coord, registered, tmp_path):
    project, _person = registered  # inactive at entry
    row = ["Jan", "Kowalski", "80030500031", "Obywatelstwo polskie", "Osoba pracująca", ""]
    plan = plan_of(coord, xlsx(tmp_path / "p.xlsx", [row], SM_EFS), project_id=project.id)
    (warning,) = [p for p in plan.problems if p.field == "labour_status"]
    assert warning.column == "Status na rynku pracy" and warning.params == {
        "stored": "Osoba bierna zawodowo", "value": "Osoba pracująca"}
