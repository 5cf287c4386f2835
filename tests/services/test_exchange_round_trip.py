"""A partner's edited file comes back as updates (issue 9): people with full data are exported in coopdesk's
plain list and in the SM EFS layout, a few cells of the written file are edited with openpyxl (a phone, an exit
date, a labour-market status, a project), and the file goes back through the import - dry run, then commit.
The technical identifier makes each row an update of its person: the edited fields change, every other stored
field stays as it was (compared field by field), nobody new is registered, and a person moved to another project
gets a new participation there while the old one stays untouched. A plain file imported into another register
recreates the same people field by field (the bulk create path)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    ContractForm,
    DisabilityDegree,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    Role,
    Sex,
    Stage,
    SupportForm,
)
from coopdesk.domain.errors import Severity
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantDraft, ParticipationDraft, SupportEntry
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import Context
from coopdesk.services.layouts import load_layout
from coopdesk.services.monitoring_export import MonitoringExportService
from coopdesk.services.participant_import import Action
from tests.conftest import FIXED_TODAY, as_user

# what a record's comparison leaves out: set by the database on every save, or not exported at all
VOLATILE = {"updated_at", "created_at"}
NOT_EXPORTED = {"id", "uuid", "created_at", "updated_at", "advisor_id", "advisor_name", "categories", "notes",
                "stage_date", "stage_history", "participations"}
# the plain list's "Formy wsparcia" is text (export-only): a copy keeps the start date, not the supports
NOT_EXPORTED_PARTICIPATION = {"id", "uuid", "project_id", "degurba_manual", "school_type", "supports"}


def _projects(services: Services) -> tuple[int, int]:
    make = services.projects.create
    a = make(ProjectDraft("OWES-A", "Projekt A", date(2024, 1, 1), date(2027, 12, 31))).id
    b = make(ProjectDraft("OWES-B", "Projekt B", date(2024, 1, 1), date(2027, 12, 31))).id
    return a, b


def _people(services: Services, a: int) -> dict[str, int]:
    """Zażółć: everything, an institution's employee living elsewhere than at entry, finished with a job;
    Zofia: an EU citizen in education, still taking part; Piotr: employed, to be moved to project B."""
    zaz = ParticipantDraft(
        first_name="Zażółć", last_name="Gęślą-Jaźń", pesel="44051401359", birth_date=date(1944, 5, 14),
        sex=Sex.MALE, phone="600100200", email="zazolc@example.pl", voivodeship="łódzkie",
        powiat="łódzki wschodni", gmina="Koluszki", town="Słotwiny", street="Świętokrzyska", building_no="12",
        flat_no="3", postal_code="95-040", disability=Answer.YES, disability_degree=DisabilityDegree.MODERATE,
        disability_kind=Answer.NO, minority=Answer.NO, foreign_background=Answer.NO, homeless=Answer.REFUSED,
        recruitment_date=date(2025, 2, 3), stage=Stage.IN_FOUNDING_GROUP,
        participations=(ParticipationDraft(
            project_id=a, participant_type=ParticipantType.INSTITUTION, institution_name="Spółdzielnia Len",
            institution_nip="5260250274", labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
            pup_registered_on=date(2024, 11, 4), unemployed_since=date(2024, 10, 1), education=Isced.ISCED3,
            teryt="2261011", town="Gdańsk", info_clause_on=date(2025, 2, 3),
            supports=(SupportEntry(SupportForm.ADVICE, date(2025, 2, 10), date(2025, 6, 30)),
                      SupportEntry(SupportForm.TRAINING, date(2025, 3, 1))),
            exit_date=date(2025, 7, 1), exit_reason=ExitReason.EMPLOYMENT, completed_path=Answer.YES,
            exit_situation=ExitSituation.EMPLOYED, employment_start=date(2025, 7, 15),
            employment_contract=ContractForm.COOPERATIVE_CONTRACT, employment_fte=0.5, employment_months=12,
            employment_proof="Umowa nr 7/2025", employment_checked_on=date(2025, 8, 1)),),
    )
    zofia = ParticipantDraft(
        first_name="Zofia", last_name="Żak", pesel="02270803624", birth_date=date(2002, 7, 8), sex=Sex.FEMALE,
        citizenship=Citizenship.EU, phone="500600700", voivodeship="małopolskie", powiat="Kraków", gmina="Kraków",
        town="Kraków", postal_code="30-001", disability=Answer.NO, minority=Answer.NO, foreign_background=Answer.YES,
        homeless=Answer.NO,
        participations=(ParticipationDraft(
            project_id=a, labour_status=LabourStatus.INACTIVE, labour_detail=LabourDetail.IN_EDUCATION,
            education=Isced.ISCED3, supports=(SupportEntry(SupportForm.WORKSHOP, date(2026, 3, 2)),)),),
    )
    piotr = ParticipantDraft(
        first_name="Piotr", last_name="Wiśniewski", pesel="75013000075", birth_date=date(1975, 1, 30), sex=Sex.MALE,
        phone="700800900", voivodeship="pomorskie", powiat="Gdynia", gmina="Gdynia", town="Gdynia", teryt="2262011",
        disability=Answer.NO, minority=Answer.NO, foreign_background=Answer.NO, homeless=Answer.NO,
        participations=(ParticipationDraft(
            project_id=a, labour_status=LabourStatus.EMPLOYED, education=Isced.ISCED5_8,
            supports=(SupportEntry(SupportForm.ADVICE, date(2026, 1, 12)),)),),
    )
    return {d.first_name: services.participants.create(d).id for d in (zaz, zofia, piotr)}


@pytest.fixture
def register(services) -> tuple[Services, dict[str, int], int, int]:
    coordinator = as_user(services, "koordynator", Role.COORDINATOR)
    a, b = _projects(coordinator)
    return coordinator, _people(coordinator, a), a, b


def _edit(path: Path, layout: str, edits: dict[str, dict[str, object]]) -> None:
    """Change cells of the written file: {person's uuid: {header: new value}} (a header found once, left
    to right)."""
    sheet = load_layout(layout).sheet
    wb = load_workbook(path)
    ws = wb[sheet.name]
    headers = [c.value for c in ws[1]]
    id_column = headers.index("Techniczny identyfikator uczestnika")
    for row in ws.iter_rows(min_row=2):
        for header, value in edits.get(row[id_column].value, {}).items():
            row[headers.index(header)].value = value
    wb.save(path)


def _round_trip(tmp_path: Path, coordinator: Services, people: dict[str, int], a: int, layout: str):
    """Export project A in ``layout``, edit the file, import it back; (records before, records after,
    the dry run's plan)."""
    before = {name: coordinator.participants.get(pid) for name, pid in people.items()}
    out = tmp_path / f"{layout}.xlsx"
    MonitoringExportService(coordinator.db, coordinator.ctx).export(out, layout, project_id=a)
    project = "Kod projektu" if layout == "plain" else "Numer projektu"
    phone = "Telefon" if layout == "plain" else "Telefon kontaktowy"
    status = "Status na rynku pracy" if layout == "plain" else (
        "Status osoby na rynku pracy w chwili przystąpienia do projektu")
    _edit(out, layout, {
        before["Zażółć"].uuid: {phone: "601200300", status: "Osoba pracująca"},
        before["Zofia"].uuid: {"Data zakończenia udziału w projekcie": date(2026, 11, 20)},
        before["Piotr"].uuid: {project: "OWES-B"},
    })
    imp = coordinator.participant_import
    source = imp.read(out)
    sheet = load_layout(layout).sheet.name
    plan = imp.dry_run(source, sheet, imp.propose(source, sheet))
    decisions = {d.row: Action.UPDATE for d in plan.duplicates}
    outcome = imp.commit(plan, decisions)
    after = {name: coordinator.participants.get(pid) for name, pid in people.items()}
    return before, after, plan, outcome


def _fields(record, leave_out: set[str]) -> dict[str, object]:
    return {k: v for k, v in asdict(record).items() if k not in leave_out}


def _by_uuid(record) -> dict[str, dict[str, object]]:
    return {p.uuid: asdict(p) for p in record.participations}


LAYOUTS = ["plain", "smefs"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_row_is_an_update_of_its_person_and_nobody_new_is_registered(tmp_path, register, layout):
    coordinator, people, a, _b = register
    count = coordinator.participants.count(_all())
    before, after, plan, outcome = _round_trip(tmp_path, coordinator, people, a, layout)
    errors = [(p.row, p.column, p.render()) for p in plan.problems if p.severity.value == "error"]
    assert errors == []
    assert sorted((d.kind, d.existing_id, d.proposed) for d in plan.duplicates) == sorted(
        ("uuid", pid, Action.UPDATE) for pid in people.values())
    assert (outcome.created_people, outcome.created_participations, outcome.skipped, outcome.rejected) == (0, 1, 0, 0)
    assert outcome.updated_people >= 1
    # the dry run proposes no change of a person's field but the edited phone (the address stays theirs)
    proposed = [(d.existing_id, c.field) for d in plan.duplicates for c in d.changes
                if not c.field.startswith("participation.")]
    assert proposed == [(people["Zażółć"], "phone")]
    assert [d.existing_id for d in plan.duplicates if d.new_participation] == [people["Piotr"]]
    assert coordinator.participants.count(_all()) == count == 3


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_edited_phone_changes_and_every_other_field_of_the_person_stays(tmp_path, register, layout):
    coordinator, people, a, _b = register
    before, after, _plan, _outcome = _round_trip(tmp_path, coordinator, people, a, layout)
    assert after["Zażółć"].phone == "601200300"
    for name in people:
        leave_out = VOLATILE | {"participations", "phone"}
        assert _fields(after[name], leave_out) == _fields(before[name], leave_out), name
    assert after["Zofia"].phone == before["Zofia"].phone


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_person_moved_to_another_project_gets_a_new_participation(tmp_path, register, layout):
    coordinator, people, a, b = register
    before, after, _plan, _outcome = _round_trip(tmp_path, coordinator, people, a, layout)
    old, new = before["Piotr"], after["Piotr"]
    assert [p.project_id for p in new.participations] == [a, b]
    assert asdict(new.participations[0]) == asdict(old.participations[0])  # not overwritten
    moved = new.participations[1]
    assert (moved.labour_status, moved.education, moved.start_date) == (
        LabourStatus.EMPLOYED, Isced.ISCED5_8, date(2026, 1, 12))
    # SM EFS carries the first form of support; the plain list's "Formy wsparcia" is text, not imported
    assert [s.form for s in moved.supports] == ([SupportForm.ADVICE] if layout == "smefs" else [])
    assert (moved.gmina, moved.town) == ("Gdynia", "Gdynia")  # the residence at entry, as the file says


@pytest.mark.parametrize("layout", LAYOUTS)
def test_participations_not_edited_are_untouched(tmp_path, register, layout):
    coordinator, people, a, _b = register
    before, after, _plan, _outcome = _round_trip(tmp_path, coordinator, people, a, layout)
    edited = {("Zażółć", "labour_status"), ("Zofia", "exit_date")}
    for name in people:
        old, new = _by_uuid(before[name]), _by_uuid(after[name])
        for uuid, fields in old.items():
            for field, value in fields.items():
                if (name, field) not in edited:
                    assert new[uuid][field] == value, (name, field)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_edited_exit_date_changes(tmp_path, register, layout):
    coordinator, people, a, _b = register
    _before, after, _plan, _outcome = _round_trip(tmp_path, coordinator, people, a, layout)
    assert after["Zofia"].participations[0].exit_date == date(2026, 11, 20)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_edited_labour_status_is_kept_as_recorded_and_the_dry_run_says_so(tmp_path, register, layout):
    """Data at entry are never overwritten by an import (issue 9): the edited cell is a warning of its row and
    column, the participation keeps what was recorded."""
    coordinator, people, a, _b = register
    before, after, plan, _outcome = _round_trip(tmp_path, coordinator, people, a, layout)
    assert after["Zażółć"].participations[0].labour_status is before["Zażółć"].participations[0].labour_status
    said = [p for p in plan.problems if p.field == "labour_status"]
    assert len(said) == 1 and said[0].severity is Severity.WARNING and said[0].column.startswith("Status")
    assert "never overwritten" in said[0].render()


def test_a_plain_file_imported_into_another_register_recreates_every_field(tmp_path, register):
    """The bulk create path: every field the plain list carries arrives as the form stored it."""
    coordinator, people, a, _b = register
    out = tmp_path / "plain.xlsx"
    MonitoringExportService(coordinator.db, coordinator.ctx).export(out, "plain", project_id=a)
    from coopdesk.services.context import SYSTEM_ACTOR

    base = open_services(tmp_path / "other", Context(actor=SYSTEM_ACTOR, today=lambda: FIXED_TODAY))
    try:
        other = as_user(base, "koordynator", Role.COORDINATOR)
        _projects(other)
        imp = other.participant_import
        source = imp.read(out)
        sheet = load_layout("plain").sheet.name
        plan = imp.dry_run(source, sheet, imp.propose(source, sheet))
        assert [p for p in plan.problems if p.severity.value == "error"] == []
        outcome = imp.commit(plan)
        assert (outcome.created_people, outcome.updated_people) == (3, 0)
        for name, pid in people.items():
            original = coordinator.participants.get(pid)
            (copy,) = [other.participants.get(r.id) for r in other.participants.list_page(_all())
                       if r.pesel == original.pesel]
            assert _fields(copy, NOT_EXPORTED | {"teryt"}) == _fields(original, NOT_EXPORTED | {"teryt"}), name
            (p_copy,), (p_orig,) = copy.participations, original.participations
            leave_out = NOT_EXPORTED_PARTICIPATION
            assert {k: v for k, v in asdict(p_copy).items() if k not in leave_out} == {
                k: v for k, v in asdict(p_orig).items() if k not in leave_out}, name
            assert copy.teryt == original.teryt, name  # "Adres – kod TERYT gminy"
    finally:
        base.close()


def _all():
    from coopdesk.domain.records import ParticipantQuery

    return ParticipantQuery()


def test_an_emptied_cell_leaves_the_stored_value(tmp_path, register):
    coordinator, people, a, _b = register
    zofia = coordinator.participants.get(people["Zofia"])
    out = tmp_path / "plain.xlsx"
    MonitoringExportService(coordinator.db, coordinator.ctx).export(out, "plain", project_id=a)
    _edit(out, "plain", {zofia.uuid: {"Obywatelstwo": None}})
    imp = coordinator.participant_import
    source = imp.read(out)
    plan = imp.dry_run(source, "Uczestnicy", imp.propose(source, "Uczestnicy"))
    imp.commit(plan, {d.row: Action.UPDATE for d in plan.duplicates})
    assert coordinator.participants.get(people["Zofia"]).citizenship is Citizenship.EU
