"""Retention dates per project, records due, and anonymisation that keeps statistics."""

from __future__ import annotations

from datetime import date

import pytest
from gdpr_people import add_stage_note, as_role, declared_rows, full_draft, project, second_draft
from sqlalchemy import text

from coopdesk.db.protection import declarations
from coopdesk.domain.enums import Role, Sex, Stage
from coopdesk.domain.errors import NotFound, PermissionDenied
from coopdesk.domain.gdpr import ConsentPurpose as CP
from coopdesk.domain.gdpr import ConsentRecord, ProjectDraft, retention_date
from coopdesk.domain.protection import Anonymise
from coopdesk.domain.records import ParticipantQuery
from coopdesk.services.projects import retention_defaults

IDENTIFYING = ("Zażółć", "Gęślą", "44051401359", "600100200", "zazolc@example.pl", "Świętokrzyska",
               "Słotwiny", "95-040", "Trudna sytuacja", "PUP nr 123/2026", "formularz Zażółć", "1944-05-14")


def journal_text(services) -> str:
    with services.db.engine.connect() as c:
        rows = c.execute(text("SELECT coalesce(old_value,''), coalesce(new_value,'') FROM audit_log")).all()
    return "\n".join(f"{a} {b}" for a, b in rows)


@pytest.fixture
def people(services):
    owes = project(services, end=date(2026, 6, 30), years=5, base=date(2026, 12, 31))
    zaz = services.participants.create(full_draft(services))
    zofia = services.participants.create(second_draft())
    services.consents.set(ConsentRecord(zaz.id, CP.IMAGE, True, date(2026, 2, 3), None, None, "formularz Zażółć"))
    services.projects.assign_project([zaz.id, zofia.id], owes.id)
    return owes, zaz, zofia


def test_the_rule_is_the_base_date_plus_years():
    assert retention_date(date(2026, 12, 31), 5) == date(2031, 12, 31)
    assert retention_date(date(2026, 12, 31), 5, state_aid=True) == date(2036, 12, 31)
    assert retention_date(None, 5) is None


def test_default_years_come_from_the_data_file(services):
    defaults = retention_defaults()
    assert defaults.years == 5
    assert "2021/1060" in defaults.source
    assert defaults.state_aid_years == 10
    assert services.projects.new_draft().retention_years == 5


def test_each_record_gets_its_projects_retention_date(services, people):
    owes, zaz, _ = people
    assert services.projects.retention_date(zaz.id) == date(2031, 12, 31)
    services.projects.update(owes.id, ProjectDraft(owes.code, owes.name, owes.start_date, owes.end_date, 10,
                                                   retention_base_date=owes.retention_base_date))
    assert services.projects.retention_date(zaz.id) == date(2036, 12, 31)
    services.projects.update(owes.id, ProjectDraft(owes.code, owes.name, owes.start_date, owes.end_date, 10))
    assert services.projects.retention_date(zaz.id) is None  # no base date, no date: never anonymised by rule
    assert [p.participants for p in services.projects.list()] == [2]


def test_records_are_due_the_day_after_their_retention_date(services, people):
    _, zaz, zofia = people
    assert services.projects.due_for_anonymisation(date(2031, 12, 31)) == []
    due = services.projects.due_for_anonymisation(date(2032, 1, 1))
    assert {d.participant_id for d in due} == {zaz.id, zofia.id}
    assert all(d.retention_date == date(2031, 12, 31) for d in due)
    assert due[0].participant_uuid in {zaz.uuid, zofia.uuid}


def test_anonymisation_keeps_statistics_and_removes_identity(services, people):
    owes, zaz, zofia = people
    assert services.projects.anonymise([zaz.id]) == 1
    after = services.participants.get(zaz.id)
    # kept
    assert after.birth_date == date(1944, 7, 1)  # only the year
    assert after.sex is Sex.MALE
    assert (after.gmina, after.powiat, after.voivodeship) == ("Koluszki", "łódzki wschodni", "łódzkie")
    assert after.stage is Stage.DIAGNOSED and after.stage_history
    assert after.participations[0].start_date == date(2026, 2, 10) and after.disability == zaz.disability
    assert [c.category_code for c in after.categories] == [c.category_code for c in zaz.categories]
    # removed
    assert after.first_name == "" and "Gęślą" not in after.last_name
    assert after.pesel == "" and after.phone == "" and after.email == ""
    assert (after.town, after.street, after.building_no, after.flat_no, after.postal_code) == ("",) * 5
    assert after.notes == ""
    assert all(c.proof_document == "" and c.proof_date is None for c in after.categories)
    assert services.consents.get(zaz.id, CP.IMAGE).note == ""
    # the other person is untouched, and the record is no longer due
    assert services.participants.get(zofia.id).first_name == "Zofia"
    assert {d.participant_id for d in services.projects.due_for_anonymisation(date(2040, 1, 1))} == {zofia.id}
    assert services.projects.anonymise([zaz.id]) == 0  # already done


def test_statistics_still_count_anonymised_records(services, people):
    _, zaz, zofia = people
    category = zaz.categories[0].category_id
    services.projects.anonymise([zaz.id, zofia.id])
    assert services.participants.count(ParticipantQuery()) == 2
    assert services.participants.count(ParticipantQuery(category_id=category)) == 1
    assert services.participants.count(ParticipantQuery(stage=Stage.DIAGNOSED)) == 1
    with services.db.engine.connect() as c:
        by_sex_year_gmina = c.execute(text(
            "SELECT sex, strftime('%Y', birth_date), gmina, count(*) FROM participants GROUP BY 1, 2, 3 ORDER BY 1"
        )).all()
        anonymised = c.execute(text("SELECT count(*) FROM participants WHERE anonymised_at IS NOT NULL")).scalar()
    assert [tuple(r) for r in by_sex_year_gmina] == [("K", "2002", "Kraków", 1), ("M", "1944", "Koluszki", 1)]
    assert anonymised == 2


def test_the_journal_keeps_no_identifying_values(services, people):
    _, zaz, _ = people
    assert "44051401359" in journal_text(services)  # the journal held them
    services.projects.anonymise([zaz.id])
    remaining = journal_text(services)
    for value in IDENTIFYING:
        assert value not in remaining, value
    assert "Zofia" in remaining  # other people's history stays
    with services.db.engine.connect() as c:  # who did what stays: the entries exist, without values
        entries = c.execute(text(
            "SELECT count(*) FROM audit_log WHERE table_name='participants' AND record_id=:id"), {"id": zaz.id}
        ).scalar()
    assert entries > 5


def test_the_pesel_of_an_anonymised_record_is_free_again(services, people):
    _, zaz, _ = people
    services.projects.anonymise([zaz.id])
    again = services.participants.create(full_draft(services, categories=()), confirm_duplicates=True)
    assert again.pesel == "44051401359"


def test_anonymisation_does_to_each_column_what_its_table_declares(services, people):
    """Every column of the person's rows declared clear / generalise / replace gets its declared value;
    every column declared keep is unchanged (whatever the table: the person's own, categories, stage
    history, consents...)."""
    _, zaz, _ = people
    add_stage_note(services, zaz.id, "Rozmowa w domu Zażółć")
    before = declared_rows(services, zaz.id)
    assert before["stage_history"] and before["consents"] and before["participant_categories"]
    services.projects.anonymise([zaz.id])
    after = declared_rows(services, zaz.id)
    checked = 0
    for table, rows in before.items():
        decl = declarations()[table]
        assert len(after[table]) == len(rows), table  # anonymisation keeps the rows
        for old, new in zip(rows, after[table], strict=True):
            for column, rule in decl.columns.items():
                if not rule.journaled:
                    continue  # derived keys: recomputed from the anonymised record (checked below)
                if rule.anonymise is Anonymise.KEEP:
                    if column != "anonymised_at":
                        assert new[column] == old[column], (table, column)
                else:
                    assert new[column] == rule.anonymised(old[column], old.get("uuid", "")), (table, column)
                    assert new[column] != old[column] or old[column] in ("", None), (table, column)
                    checked += 1
    assert checked >= 15
    person = after["participants"][0]
    assert "zazolc" not in person["search_key"] and "slotwiny" not in person["search_key"]
    assert "zazolc" not in person["name_key"] and person["town_key"] == ""


def test_anonymising_is_all_or_nothing(services, people):
    _, zaz, _ = people
    with pytest.raises(NotFound):
        services.projects.anonymise([zaz.id, 9999])
    assert services.participants.get(zaz.id).first_name == "Zażółć"


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.TRAINER, Role.SPECIALIST])
def test_only_the_coordinator_manages_retention(services, people, role):
    owes, zaz, _ = people
    other = as_role(services, role, "someone")
    for call in (
        lambda: other.projects.create(ProjectDraft("X", "X", None, date(2026, 1, 1))),
        lambda: other.projects.update(owes.id, ProjectDraft("X", "X")),
        lambda: other.projects.delete(owes.id),
        lambda: other.projects.due_for_anonymisation(date(2040, 1, 1)),
        lambda: other.projects.anonymise([zaz.id]),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert services.participants.get(zaz.id).first_name == "Zażółć"


def test_an_advisor_assigns_only_their_own_people(services, people):
    owes, zaz, _ = people
    anna = as_role(services, Role.ADVISOR, "anna")
    mine = services.participants.create(second_draft(pesel="", first_name="Ola", advisor_id=anna.ctx.actor.user_id))
    assert anna.projects.assign_project([mine.id], owes.id) == 1
    other = project(services, code="OWES-2027")
    with pytest.raises(PermissionDenied):
        anna.projects.assign_project([zaz.id], other.id)
    assert services.projects.retention_date(zaz.id) == date(2031, 12, 31)
    trainer = as_role(services, Role.TRAINER, "tomek")
    with pytest.raises(PermissionDenied):
        trainer.projects.assign_project([mine.id], other.id)


def test_project_codes_are_unique_and_deleting_keeps_people(services, people):
    owes, zaz, _ = people
    from coopdesk.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as failed:
        services.projects.create(ProjectDraft(owes.code, "Inny"))
    assert failed.value.issues[0].field == "code"
    with pytest.raises(ValidationFailed):
        services.projects.create(ProjectDraft("", "", date(2026, 5, 1), date(2026, 4, 1), 99))
    services.projects.delete(owes.id)
    assert services.projects.list() == []
    assert services.projects.retention_date(zaz.id) is None
