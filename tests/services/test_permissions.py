"""Permissions are enforced in the services: what each role's calls can and cannot reach."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest
from argon2 import PasswordHasher

from coopdesk.db.protection import SPECIAL_PARTICIPANT_FIELDS
from coopdesk.domain.enums import Answer, Role, Sex
from coopdesk.domain.errors import PermissionDenied, ValidationFailed
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipantQuery
from coopdesk.services import accounts as accounts_module
from coopdesk.services.app_services import Services
from coopdesk.services.context import Context
from coopdesk.services.participants import DuplicateFound

JAN = ParticipantDraft(first_name="Jan", last_name="Łukasik", pesel="44051401359", town="Łódź",
                       disability=Answer.YES, notes="leczenie odwykowe")
ZOFIA = ParticipantDraft(first_name="Zofia", last_name="Żak", pesel="02270803624", town="Kraków")
ALL = ParticipantQuery()


@pytest.fixture
def team(services, monkeypatch):
    """A coordinator, two advisors, a trainer and a specialist, each with their own Services."""
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    boss = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", "boss password")
    people = {"boss": boss}
    for name, role in (("anna", Role.ADVISOR), ("piotr", Role.ADVISOR), ("tomek", Role.TRAINER),
                       ("sara", Role.SPECIALIST)):
        services.as_actor(boss).accounts.create_user(name, name.title(), role, "temporary-123")
        people[name] = services.accounts.authenticate(name, "temporary-123")
    return {name: Services(services.db, Context(actor=actor, today=services.ctx.today))
            for name, actor in people.items()}


@pytest.fixture
def cases(team):
    """Jan is Anna's case, Zofia is Piotr's (registered by the coordinator)."""
    boss = team["boss"].participants
    jan = boss.create(replace(JAN, advisor_id=team["anna"].ctx.actor.user_id,
                              categories=(CategoryAssignment(team["boss"].dictionaries.categories()[0].id),)))
    zofia = boss.create(replace(ZOFIA, advisor_id=team["piotr"].ctx.actor.user_id))
    return jan, zofia


@pytest.mark.parametrize("who", ["tomek", "sara"])
def test_trainer_and_specialist_cannot_reach_the_register(team, cases, who):
    register = team[who].participants
    jan, _ = cases
    for call in (
        lambda: register.list_page(ALL),
        lambda: register.count(ALL),
        lambda: register.get(jan.id),
        lambda: register.check_duplicates(JAN),
        lambda: register.create(ZOFIA),
        lambda: register.update(jan.id, jan.as_draft()),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_participant_names_are_scoped_per_role(team, cases):
    """Issue 6 point 10: names only, and only of the people each role works with."""
    jan, zofia = cases
    ids = [zofia.id, jan.id, jan.id, 10_000]
    everyone = [(jan.id, "Jan", "Łukasik"), (zofia.id, "Zofia", "Żak")]
    assert team["boss"].participants.participant_names(ids) == everyone
    assert team["anna"].participants.participant_names(ids) == [(jan.id, "Jan", "Łukasik")]  # her caseload
    assert team["piotr"].participants.participant_names(ids) == [(zofia.id, "Zofia", "Żak")]
    # a trainer: the people enrolled in their own trainings; a specialist: the people referred to them.
    # Neither exists yet, so nobody (ids are sequential: asking for any id must not give a name).
    assert team["tomek"].participants.participant_names(range(1, 100)) == []
    assert team["sara"].participants.participant_names(range(1, 100)) == []
    team["piotr"].accounts.share_case(zofia.id, team["anna"].ctx.actor.user_id)
    assert team["anna"].participants.participant_names(ids) == everyone  # and the cases shared with her
    leaked = {str(v) for row in team["anna"].participants.participant_names(ids) for v in row}
    for field in SPECIAL_PARTICIPANT_FIELDS:
        value = getattr(jan, field)
        assert not value or str(value) not in leaked
    assert "44051401359" not in leaked and "Łódź" not in leaked


def test_advisor_sees_only_their_caseload(team, cases):
    jan, zofia = cases
    anna = team["anna"].participants
    assert [r.id for r in anna.list_page(ALL)] == [jan.id]
    assert anna.count(ALL) == 1
    assert anna.get(jan.id).notes == "leczenie odwykowe"
    with pytest.raises(PermissionDenied):
        anna.get(zofia.id)
    with pytest.raises(PermissionDenied):
        anna.update(zofia.id, replace(zofia.as_draft(), town="Tarnów"))
    assert team["boss"].participants.get(zofia.id).town == "Kraków"


def test_a_shared_case_can_be_read_and_edited_until_unshared(team, cases):
    jan, zofia = cases
    anna, piotr = team["anna"], team["piotr"]
    anna_id = anna.ctx.actor.user_id
    with pytest.raises(PermissionDenied):  # Anna cannot share Piotr's case with herself
        anna.accounts.share_case(zofia.id, anna_id)
    piotr.accounts.share_case(zofia.id, anna_id)
    assert {r.id for r in anna.participants.list_page(ALL)} == {jan.id, zofia.id}
    assert anna.participants.count(ALL) == 2
    updated = anna.participants.update(zofia.id, replace(zofia.as_draft(), town="Tarnów"))
    assert updated.town == "Tarnów" and updated.advisor_id == piotr.ctx.actor.user_id
    assert [u.username for u in piotr.accounts.case_shared_with(zofia.id)] == ["anna"]
    team["boss"].accounts.unshare_case(zofia.id, anna_id)
    assert [r.id for r in anna.participants.list_page(ALL)] == [jan.id]
    with pytest.raises(PermissionDenied):
        anna.participants.get(zofia.id)


def test_cases_are_shared_only_with_advisors(team, cases):
    _, zofia = cases
    boss = team["boss"]
    with pytest.raises(ValidationFailed):
        boss.accounts.share_case(zofia.id, team["tomek"].ctx.actor.user_id)


def test_coordinator_sees_and_edits_everyone(team, cases):
    jan, zofia = cases
    boss = team["boss"].participants
    assert boss.count(ALL) == 2 and {r.id for r in boss.list_page(ALL)} == {jan.id, zofia.id}
    moved = boss.update(zofia.id, replace(zofia.as_draft(), advisor_id=team["anna"].ctx.actor.user_id))
    assert moved.advisor_name == "Anna"
    assert team["anna"].participants.count(ALL) == 2


def test_advisor_registers_into_own_caseload_and_cannot_hand_cases_away(team, cases):
    jan, _ = cases
    anna = team["anna"]
    mine = anna.participants.create(ParticipantDraft(first_name="Ola", last_name="Mazur", town="Bochnia",
                                                     birth_date=date(1990, 1, 2), sex=Sex.FEMALE))
    assert mine.advisor_id == anna.ctx.actor.user_id
    with pytest.raises(ValidationFailed) as err:
        anna.participants.create(replace(ZOFIA, pesel="", birth_date=date(1991, 3, 4), sex=Sex.FEMALE,
                                         advisor_id=team["piotr"].ctx.actor.user_id))
    assert [i.field for i in err.value.issues] == ["advisor_id"]


def test_a_shared_case_cannot_be_taken_over(team, cases):
    """Issue 6 point 12: only the coordinator reassigns a case, or its current advisor hands it over."""
    jan, zofia = cases
    anna, piotr = team["anna"], team["piotr"]
    anna_id, piotr_id = anna.ctx.actor.user_id, piotr.ctx.actor.user_id
    piotr.accounts.share_case(zofia.id, anna_id)
    with pytest.raises(ValidationFailed) as err:
        anna.participants.update(zofia.id, replace(zofia.as_draft(), advisor_id=anna_id))
    assert [(i.field, i.render()) for i in err.value.issues] == [("advisor_id", (
        "Only the coordinator or the person's current advisor can hand the case to another advisor."))]
    assert piotr.participants.get(zofia.id).advisor_id == piotr_id  # the owner keeps the case
    with pytest.raises(ValidationFailed):  # nor give it away to a third person, nor leave it without advisor
        anna.participants.update(zofia.id, replace(zofia.as_draft(), advisor_id=None))
    assert anna.participants.update(zofia.id, replace(zofia.as_draft(), town="Tarnów")).advisor_id == piotr_id


def test_the_owner_hands_a_case_over_and_the_coordinator_reassigns(team, cases):
    jan, zofia = cases
    anna, piotr, boss = team["anna"], team["piotr"], team["boss"]
    anna_id, piotr_id = anna.ctx.actor.user_id, piotr.ctx.actor.user_id
    for not_an_advisor in (team["tomek"].ctx.actor.user_id, None):
        with pytest.raises(ValidationFailed) as err:
            anna.participants.update(jan.id, replace(jan.as_draft(), advisor_id=not_an_advisor))
        assert [i.field for i in err.value.issues] == ["advisor_id"]
    handed = anna.participants.update(jan.id, replace(jan.as_draft(), advisor_id=piotr_id))
    assert handed.advisor_id == piotr_id
    with pytest.raises(PermissionDenied):  # handed over: no longer hers
        anna.participants.get(jan.id)
    assert boss.participants.update(jan.id, replace(jan.as_draft(), advisor_id=anna_id)).advisor_id == anna_id
    assert boss.participants.update(zofia.id, replace(zofia.as_draft(), advisor_id=None)).advisor_id is None


def test_duplicates_outside_the_caseload_show_only_whose_case_it_is(team, cases):
    _, zofia = cases
    anna = team["anna"].participants
    with pytest.raises(DuplicateFound) as err:
        anna.create(replace(ZOFIA, first_name="Zosia"))
    [row] = err.value.check.same_pesel
    assert row.id == zofia.id and row.advisor_name == "Piotr"
    hidden = {f.name for f in fields(row)} - {"id", "uuid", "stage", "advisor_name"}
    assert all(not getattr(row, name) for name in hidden)
    boss_check = team["boss"].participants.check_duplicates(replace(ZOFIA, first_name="Zosia"))
    assert boss_check.same_pesel[0].last_name == "Żak"


def test_system_actor_is_a_coordinator(services, advisor):
    p = services.participants.create(replace(JAN, advisor_id=advisor.id))
    assert services.participants.get(p.id).notes == "leczenie odwykowe"
    assert services.participants.count(ALL) == 1


@pytest.mark.parametrize("descending", [False, True])
def test_caseload_pages_sort_like_the_full_list(team, cases, descending):
    """The advisor's page (own + shared, built as two halves) is ordered exactly like the full list."""
    from coopdesk.domain.records import SortKey

    jan, zofia = cases
    boss, anna = team["boss"], team["anna"]
    extra = [boss.participants.create(ParticipantDraft(
        first_name="Osoba" + "abcd"[n], last_name=name, town=town, birth_date=date(1980 + n, 1, 1), sex=Sex.FEMALE,
        advisor_id=anna.ctx.actor.user_id if n % 2 else None)) for n, (name, town) in enumerate(
        [("Adamska", "Wieliczka"), ("Zając", "Bochnia"), ("Kowal", "Kraków"), ("Nowak", "Tarnów")])]
    boss.accounts.share_case(zofia.id, anna.ctx.actor.user_id)
    boss.accounts.share_case(extra[0].id, anna.ctx.actor.user_id)
    visible = {jan.id, zofia.id, extra[0].id, extra[1].id, extra[3].id}
    for sort in SortKey:
        query = ParticipantQuery(sort=sort, descending=descending)
        everyone = [r.id for r in boss.participants.list_page(query)]
        assert [r.id for r in anna.participants.list_page(query)] == [i for i in everyone if i in visible]
        assert [r.id for r in anna.participants.list_page(query, offset=2, limit=2)] == \
            [i for i in everyone if i in visible][2:4]
    assert anna.participants.count(ParticipantQuery(text="kowal")) == 0
    assert anna.participants.count(ParticipantQuery(text="nowak")) == 1


# --- one explicit actor (issue 6, points 8 and 9) ------------------------------------------------
def test_there_is_no_default_actor(services, tmp_path):
    from coopdesk.services.app_services import open_services

    with pytest.raises(TypeError):
        Context()
    with pytest.raises(TypeError):
        Context(today=services.ctx.today)
    with pytest.raises(TypeError):
        Services(services.db)
    with pytest.raises(TypeError):
        Services(services.db, None)
    with pytest.raises(TypeError):
        open_services(tmp_path / "other")
    assert not (tmp_path / "other").exists()


def _public_methods(service):
    import inspect

    return [(name, inspect.signature(member)) for name, member in inspect.getmembers(service, inspect.ismethod)
            if not name.startswith("_")]


def test_no_service_method_takes_a_second_actor(services):
    """Architecture rule 13: services take the actor from their context, never as an argument."""
    from coopdesk.domain.actor import Actor

    seen = 0
    for attr, service in vars(services).items():
        if attr in ("db", "ctx"):
            continue
        for name, signature in _public_methods(service):
            seen += 1
            for param in signature.parameters.values():
                assert param.name != "actor" and param.annotation not in (Actor, "Actor"), f"{attr}.{name}"
    assert seen > 40


def test_a_trainers_session_cannot_manage_accounts_whatever_it_passes(team):
    from coopdesk.domain.actor import SYSTEM_ACTOR

    tomek, boss = team["tomek"], team["boss"]
    boss_id = boss.ctx.actor.user_id
    with pytest.raises(TypeError):  # the old hole: reset_password(SYSTEM_ACTOR, ...) trusted the actor passed
        tomek.accounts.reset_password(SYSTEM_ACTOR, boss_id, "hijacked-password")
    for call in (
        lambda: tomek.accounts.reset_password(boss_id, "hijacked-password"),
        lambda: tomek.accounts.list_users(),
        lambda: tomek.accounts.create_user("x", "X Y", Role.COORDINATOR, "temporary-123"),
        lambda: tomek.accounts.set_role(tomek.ctx.actor.user_id, Role.COORDINATOR),
        lambda: tomek.accounts.set_active(boss_id, False),
        lambda: tomek.accounts.set_idle_minutes(0),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert boss.accounts.authenticate("ewa", "boss password") == boss.ctx.actor
    assert [u.username for u in boss.accounts.list_users()] == ["anna", "ewa", "piotr", "sara", "tomek"]


def test_the_journal_names_the_contexts_actor(team):
    from sqlalchemy import select

    from coopdesk.db.tables_security import AuditEntry

    boss, anna = team["boss"], team["anna"]
    boss.accounts.reset_password(anna.ctx.actor.user_id, "another-temporary")
    with boss.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "users", AuditEntry.record_id == anna.ctx.actor.user_id,
            AuditEntry.field == "password_hash").order_by(AuditEntry.id.desc())).first()
        who = (entry.user_id, entry.username, entry.new_value)
    assert who == (boss.ctx.actor.user_id, "ewa", "changed")


# --- special-category data (issue 6 point 13) --------------------------------------------------------
@pytest.fixture
def without_special(team, monkeypatch):
    """A new role made like the coordinator but without SPECIAL_CATEGORY_READ (the trainer's slot)."""
    from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission

    monkeypatch.setitem(ROLE_PERMISSIONS, Role.TRAINER, frozenset(Permission) - {Permission.SPECIAL_CATEGORY_READ})
    return team["tomek"]


def _journal(services, action):
    from sqlalchemy import select

    from coopdesk.db.tables_security import AuditEntry as A

    with services.db.read() as s:
        return [tuple(r) for r in s.execute(select(A.user_id, A.record_id, A.field, A.new_value)
                                            .where(A.action == action).order_by(A.id))]


def test_a_role_without_special_read_gets_no_special_data_on_any_path(team, cases, without_special, tmp_path):
    from coopdesk.domain.audit import AuditAction
    from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord

    jan, _ = cases
    them, boss = without_special, team["boss"]
    them_id = them.ctx.actor.user_id
    person = them.participants.get(jan.id)
    assert (person.first_name, person.pesel) == ("Jan", "44051401359")  # the rest of the record is there
    assert [(f, getattr(person, f)) for f in SPECIAL_PARTICIPANT_FIELDS if getattr(person, f)] == []
    assert not [e for e in _journal(boss, AuditAction.READ.value) if e[0] == them_id]  # nothing shown, no read
    category = boss.dictionaries.categories()[0].id
    for call in (lambda q: them.participants.list_page(q), lambda q: them.participants.count(q),
                 lambda q: them.participants.list_window(q, 0), lambda q: them.participants.position(q, jan.id)):
        with pytest.raises(PermissionDenied):  # filtering by at-risk category would tell who is in it
            call(ParticipantQuery(category_id=category))
    saved = them.participants.update(jan.id, replace(person.as_draft(), town="Tarnów"))
    assert saved.town == "Tarnów" and not saved.notes and not saved.disability
    stored = boss.participants.get(jan.id)  # what they could not see, they did not wipe
    assert (stored.notes, stored.disability, len(stored.categories)) == ("leczenie odwykowe", Answer.YES, 1)
    boss.participants.update(jan.id, replace(stored.as_draft(), notes="leczenie odwykowe, etap 2"))
    history = them.audit.history("participants", jan.id)
    assert {e.field for e in history} >= {"notes", "town"}
    assert not any("leczenie" in f"{e.old}{e.new}" or e.new == "yes" for e in history)
    with pytest.raises(PermissionDenied):  # putting back a value they cannot see
        them.audit.restore_value(next(e.id for e in boss.audit.history("participants", jan.id) if e.field == "notes"))
    assert boss.participants.get(jan.id).notes == "leczenie odwykowe, etap 2"
    report = them.gdpr.report_data(jan.id)
    assert [f for f in SPECIAL_PARTICIPANT_FIELDS if getattr(report.person, f)] == []
    assert not any("leczenie" in f"{line.old}{line.new}" for line in report.journal)
    boss.consents.set(ConsentRecord(jan.id, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2026, 1, 5)))
    from openpyxl import load_workbook

    from coopdesk.services.monitoring_export import MonitoringExportService

    result = MonitoringExportService(them.db, them.ctx).export(tmp_path / "list.xlsx", "plain")
    headers, *rows = load_workbook(result.path)["Uczestnicy"].iter_rows(values_only=True)
    assert "PESEL" in headers and not result.special_columns
    disability = headers.index("Osoba z niepełnosprawnościami")  # the layout keeps the column, empty
    assert rows and all(row[disability] is None for row in rows)
    assert all(row[headers.index("Kategorie zagrożenia wykluczeniem")] is None for row in rows)


def test_every_export_is_journaled(team, cases, tmp_path):
    """Who, which people (by uuid, never a name), which columns, where."""
    import json

    from coopdesk.domain.audit import AuditAction
    from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord
    from coopdesk.services.monitoring_export import MonitoringExportService

    jan, zofia = cases
    boss = team["boss"]
    boss.consents.set(ConsentRecord(jan.id, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2026, 1, 5)))
    MonitoringExportService(boss.db, boss.ctx).export(tmp_path / "list.xlsx", "plain")
    boss.gdpr.data_report(zofia.id, tmp_path / "art15.pdf")
    [lead, art15] = _journal(boss, AuditAction.EXPORT.value)
    # the monitoring list holds everyone (a legal obligation, not consent); the report one person
    for (user_id, _, columns, payload), path, who in ((lead, "list.xlsx", (jan, zofia)), (art15, "art15.pdf", (zofia,))):
        data = json.loads(payload)
        assert user_id == boss.ctx.actor.user_id
        assert data["destination"] == str(tmp_path / path) and data["count"] == len(who)
        assert sorted(data["participants"]) == sorted(p.uuid for p in who)
        assert "PESEL" in columns or "pesel" in columns
        assert "Łukasik" not in payload and "Żak" not in payload
    assert "Osoba z niepełnosprawnościami" in lead[2]  # the coordinator's export had the special columns
