"""The role-permission table, pinned cell by cell, and every public service method tried by every role.

``MATRIX`` states the whole table literally: changing any cell of ``ROLE_PERMISSIONS`` fails
``test_the_role_permission_table_is_exactly_this``. ``CALLS`` names, for every public method of every
service, the rule it follows (a permission, several, the case rule, or none); each role x method case
checks that the service refuses (PermissionDenied) or allows exactly as the rule and ``MATRIX`` say, so a
service that stops checking fails too. A new method or a new permission fails
``test_every_public_service_method_is_in_the_table`` / the matrix test until it is added here.
"""

from __future__ import annotations

import inspect
import io
import shutil
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PIL import Image as PilImage

from coopdesk.domain.actor import SYSTEM_ACTOR, Actor
from coopdesk.domain.centre import CentreInfo
from coopdesk.domain.dictionaries import DictionaryEntry, DictionaryKind
from coopdesk.domain.enums import Answer, Role, Sex
from coopdesk.domain.errors import CoopdeskError, PermissionDenied
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, ProjectDraft
from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission, allowed
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery
from coopdesk.services import accounts as accounts_module
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import Context
from coopdesk.services.export_policy import ExportPolicy
from coopdesk.services.followup_export import FollowupExportService
from coopdesk.services.lists import ListState
from coopdesk.services.monitoring_export import MonitoringExportService

TODAY = date(2026, 11, 27)
PASSWORD = "role matrix password"

# x = the role has the permission. Read across: what each role may do.
MATRIX = """
                         coordinator  advisor  trainer  specialist
participants.read_all         x          .        .         .
participants.read_own         x          x        .         .
participants.write            x          x        .         .
participants.import           x          x        .         .
special.read                  x          x        .         .
participants.names            x          x        x         x
users.manage                  x          .        .         .
dictionaries.manage           x          .        .         .
settings.manage               x          .        .         .
audit.read                    x          x        .         .
audit.restore                 x          x        .         .
backup.run                    x          x        .         .
backup.readable               x          .        .         .
backup.restore                x          .        .         .
encryption.manage             x          .        .         .
gdpr.manage                   x          .        .         .
consents.edit                 x          x        .         .
export.run                    x          .        .         .
support.sessions              x          .        .         x
"""


def _parse(table: str) -> dict[Role, dict[str, bool]]:
    header, *rows = [line.split() for line in table.strip().splitlines()]
    roles = [Role(r) for r in header]
    out: dict[Role, dict[str, bool]] = {role: {} for role in roles}
    for name, *cells in rows:
        assert len(cells) == len(roles), name
        for role, cell in zip(roles, cells, strict=True):
            assert cell in "x.", (name, cell)
            out[role][name] = cell == "x"
    return out


EXPECTED = _parse(MATRIX)


def test_the_role_permission_table_is_exactly_this():
    assert set(EXPECTED) == set(Role)
    for role in Role:
        assert set(EXPECTED[role]) == {p.value for p in Permission}, role
        granted = {Permission(p) for p, yes in EXPECTED[role].items() if yes}
        assert ROLE_PERMISSIONS[role] == granted, role


# --- the rules a method follows, judged from MATRIX (never from ROLE_PERMISSIONS) -----------------------
@dataclass(frozen=True)
class Rule:
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    case: bool = False  # the register: everyone (read_all) or a caseload (read_own; the case used is the advisor's)

    def allows(self, role: Role) -> bool:
        has = EXPECTED[role]
        return (all(has[p] for p in self.all_of) and (not self.any_of or any(has[p] for p in self.any_of))
                and (not self.case or has["participants.read_all"] or has["participants.read_own"]))


ANYONE = Rule()
CASE = Rule(case=True)


def needs(*permissions: str, case: bool = False, any_of: tuple[str, ...] = ()) -> Rule:
    return Rule(all_of=permissions, any_of=any_of, case=case)


CONSENT_READERS = ("consents.edit", "gdpr.manage")
IMPORT = needs("participants.write", "participants.import")


@dataclass
class World:
    """What the calls work on: ids and files of the template database."""

    data_dir: Path
    users: dict[str, int]
    jan: int  # the advisor's case, with special-category data and a consent
    zofia: int  # another advisor's case
    project: int
    backup: Path


def _may(s: Services, permission: str) -> bool:
    return allowed(s.ctx.actor, Permission(permission))


def _png() -> bytes:
    out = io.BytesIO()
    PilImage.new("RGB", (40, 20), "navy").save(out, "PNG")
    return out.getvalue()


_PNG = _png()


def _draft(**changes) -> ParticipantDraft:
    return replace(ParticipantDraft(first_name="Ola", last_name="Mazur", town="Bochnia",
                                    birth_date=date(1990, 1, 2), sex=Sex.FEMALE), **changes)


# (service attribute, method) -> (rule, call). A call gets the role's Services and the World.
CALLS: dict[tuple[str, str], tuple[Rule, object]] = {
    # participants
    ("participants", "list_page"): (CASE, lambda s, w: s.participants.list_page(ParticipantQuery())),
    ("participants", "list_window"): (CASE, lambda s, w: s.participants.list_window(ParticipantQuery(), 0)),
    ("participants", "position"): (CASE, lambda s, w: s.participants.position(ParticipantQuery(), w.jan)),
    ("participants", "count"): (CASE, lambda s, w: s.participants.count(ParticipantQuery())),
    ("participants", "get"): (CASE, lambda s, w: s.participants.get(w.jan)),
    ("participants", "check_duplicates"): (CASE, lambda s, w: s.participants.check_duplicates(_draft())),
    ("participants", "participant_names"): (needs("participants.names"),
                                            lambda s, w: s.participants.participant_names([w.jan])),
    ("participants", "validate"): (ANYONE, lambda s, w: s.participants.validate(_draft())),
    ("participants", "create"): (needs("participants.write"), lambda s, w: s.participants.create(_draft())),
    ("participants", "update"): (needs("participants.write", case=True), lambda s, w: s.participants.update(
        w.jan, replace(_draft(first_name="Jan", last_name="Łukasik", pesel="44051401359"),
                       advisor_id=w.users["anna"]))),
    # dictionaries
    ("dictionaries", "seed_defaults"): (needs("dictionaries.manage"), lambda s, w: s.dictionaries.seed_defaults()),
    ("dictionaries", "categories"): (ANYONE, lambda s, w: s.dictionaries.categories()),
    ("dictionaries", "advisors"): (ANYONE, lambda s, w: s.dictionaries.advisors()),  # names, for the picker
    ("dictionaries", "recruitment_sources"): (ANYONE, lambda s, w: s.dictionaries.recruitment_sources()),
    ("dictionaries", "entries"): (needs("dictionaries.manage"), lambda s, w: s.dictionaries.entries(
        DictionaryKind.RECRUITMENT_SOURCES)),
    ("dictionaries", "save_entry"): (needs("dictionaries.manage"), lambda s, w: s.dictionaries.save_entry(
        DictionaryEntry(DictionaryKind.RECRUITMENT_SOURCES, "Targi pracy"))),
    ("dictionaries", "delete_entry"): (needs("dictionaries.manage"), lambda s, w: s.dictionaries.delete_entry(
        DictionaryKind.RECRUITMENT_SOURCES, s.dictionaries.save_entry(DictionaryEntry(
            DictionaryKind.RECRUITMENT_SOURCES, "Do usunięcia")).id if _may(s, "dictionaries.manage") else 1)),
    # the centre printed on documents (Settings → Centre)
    ("centre", "info"): (ANYONE, lambda s, w: s.centre.info()),
    ("centre", "image"): (ANYONE, lambda s, w: s.centre.image("0" * 64)),
    ("centre", "save"): (needs("settings.manage"), lambda s, w: s.centre.save(CentreInfo(name="Ośrodek"))),
    ("centre", "store_image"): (needs(any_of=("settings.manage", "gdpr.manage")),
                                lambda s, w: s.centre.store_image(_PNG)),
    # audit journal
    ("audit", "history"): (needs("audit.read", case=True), lambda s, w: s.audit.history("participants", w.jan)),
    ("audit", "names"): (needs("audit.read"), lambda s, w: s.audit.names()),
    ("audit", "restore_value"): (needs("audit.read", "audit.restore", case=True), lambda s, w: s.audit.restore_value(
        _town_change(s, w))),
    # consents
    ("consents", "consents"): (needs(any_of=CONSENT_READERS, case=True), lambda s, w: s.consents.consents(w.jan)),
    ("consents", "get"): (needs(any_of=CONSENT_READERS, case=True),
                          lambda s, w: s.consents.get(w.jan, ConsentPurpose.IMAGE)),
    ("consents", "state"): (needs(any_of=CONSENT_READERS, case=True),
                            lambda s, w: s.consents.state(w.jan, ConsentPurpose.IMAGE)),
    ("consents", "valid_consent"): (needs(any_of=CONSENT_READERS, case=True),
                                    lambda s, w: s.consents.valid_consent(w.jan, ConsentPurpose.IMAGE)),
    ("consents", "set"): (needs("consents.edit", case=True), lambda s, w: s.consents.set(
        ConsentRecord(w.jan, ConsentPurpose.FOLLOWUP_CONTACT, True, date(2026, 3, 1)))),
    ("consents", "set_many"): (needs("consents.edit", case=True), lambda s, w: s.consents.set_many(
        w.jan, [ConsentRecord(w.jan, ConsentPurpose.FOLLOWUP_CONTACT, True, date(2026, 3, 1))])),
    ("consents", "withdraw"): (needs("consents.edit", case=True),
                               lambda s, w: s.consents.withdraw(w.jan, ConsentPurpose.IMAGE, date(2026, 6, 1))),
    ("consents", "clear"): (needs("consents.edit", case=True), lambda s, w: s.consents.clear(w.jan, ConsentPurpose.IMAGE)),
    # projects and retention
    ("projects", "list"): (ANYONE, lambda s, w: s.projects.list()),
    ("projects", "get"): (ANYONE, lambda s, w: s.projects.get(w.project)),
    ("projects", "new_draft"): (ANYONE, lambda s, w: s.projects.new_draft()),
    ("projects", "create"): (needs("gdpr.manage"), lambda s, w: s.projects.create(ProjectDraft(
        code="NOWY-1", name="Nowy projekt", start_date=date(2026, 1, 1), end_date=date(2027, 12, 31)))),
    ("projects", "update"): (needs("gdpr.manage"), lambda s, w: s.projects.update(w.project, ProjectDraft(
        code="OWES-1", name="Zmieniony", start_date=date(2024, 1, 1), end_date=date(2025, 12, 31)))),
    ("projects", "delete"): (needs("gdpr.manage"), lambda s, w: s.projects.delete(w.project)),
    ("projects", "assign_project"): (needs("participants.write", case=True),
                                     lambda s, w: s.projects.assign_project([w.jan], None)),
    ("projects", "retention_date"): (CASE, lambda s, w: s.projects.retention_date(w.jan)),
    ("projects", "retention"): (CASE, lambda s, w: s.projects.retention(w.jan)),
    ("projects", "due_for_anonymisation"): (needs("gdpr.manage"), lambda s, w: s.projects.due_for_anonymisation()),
    ("projects", "anonymise"): (needs("gdpr.manage"), lambda s, w: s.projects.anonymise([w.jan])),
    # eligibility on a day (the acts' catalogues and the project's own categories)
    ("eligibility", "eligibility"): (needs("special.read", case=True),
                                     lambda s, w: s.eligibility.eligibility(w.jan, TODAY)),
    ("eligibility", "check"): (ANYONE, lambda s, w: s.eligibility.check((), TODAY, w.project)),
    # data-subject requests
    ("gdpr", "report_data"): (needs("gdpr.manage", case=True), lambda s, w: s.gdpr.report_data(w.jan)),
    ("gdpr", "data_report"): (needs("gdpr.manage", case=True), lambda s, w: s.gdpr.data_report(w.jan, w.data_dir / "a15.pdf")),
    ("gdpr", "erase_person"): (needs("gdpr.manage"), lambda s, w: s.gdpr.erase_person(w.jan)),
    # accounts: one's own sign-in and password need no permission; managing others does
    ("accounts", "needs_first_coordinator"): (ANYONE, lambda s, w: s.accounts.needs_first_coordinator()),
    ("accounts", "nobody_can_sign_in"): (ANYONE, lambda s, w: s.accounts.nobody_can_sign_in()),
    ("accounts", "create_first_coordinator"): (ANYONE, lambda s, w: _refused_as_existing(
        lambda: s.accounts.create_first_coordinator("drugi", "Drugi Koordynator", PASSWORD))),
    ("accounts", "authenticate"): (ANYONE, lambda s, w: s.accounts.authenticate("tomek", PASSWORD)),
    ("accounts", "must_change_password"): (ANYONE, lambda s, w: s.accounts.must_change_password()),
    ("accounts", "change_password"): (ANYONE, lambda s, w: s.accounts.change_password(PASSWORD, "a new password 1")),
    ("accounts", "get_idle_minutes"): (ANYONE, lambda s, w: s.accounts.get_idle_minutes()),
    ("accounts", "set_idle_minutes"): (needs("settings.manage"), lambda s, w: s.accounts.set_idle_minutes(5)),
    ("accounts", "list_users"): (needs("users.manage"), lambda s, w: s.accounts.list_users()),
    ("accounts", "create_user"): (needs("users.manage"), lambda s, w: s.accounts.create_user(
        "nowy", "Nowy Ktoś", Role.COORDINATOR, "temporary-123")),
    ("accounts", "set_role"): (needs("users.manage"),
                               lambda s, w: s.accounts.set_role(w.users["tomek"], Role.COORDINATOR)),
    ("accounts", "set_active"): (needs("users.manage"), lambda s, w: s.accounts.set_active(w.users["piotr"], False)),
    ("accounts", "reset_password"): (needs("users.manage"),
                                     lambda s, w: s.accounts.reset_password(w.users["ewa"], "hijacked-password")),
    ("accounts", "unlock_sign_in"): (needs("users.manage"), lambda s, w: s.accounts.unlock_sign_in(w.users["ewa"])),
    # sharing a case: the coordinator, or the case's own advisor (the advisor here owns Jan)
    ("accounts", "share_case"): (needs("participants.write", case=True),
                                 lambda s, w: s.accounts.share_case(w.jan, w.users["piotr"])),
    ("accounts", "unshare_case"): (needs("participants.write", case=True),
                                   lambda s, w: s.accounts.unshare_case(w.jan, w.users["piotr"])),
    ("accounts", "case_shared_with"): (needs("participants.write", case=True),
                                       lambda s, w: s.accounts.case_shared_with(w.jan)),
    # backups
    ("backups", "generations"): (ANYONE, lambda s, w: s.backups.generations()),
    ("backups", "set_generations"): (needs("settings.manage"), lambda s, w: s.backups.set_generations(3)),
    ("backups", "has_backup_passphrase"): (ANYONE, lambda s, w: s.backups.has_backup_passphrase()),
    ("backups", "set_backup_passphrase"): (needs(any_of=("settings.manage", "encryption.manage")),
                                           lambda s, w: s.backups.set_backup_passphrase("another backup phrase 1")),
    ("backups", "backup_to"): (needs("backup.run"), lambda s, w: s.backups.backup_to(w.data_dir / "copy")),
    ("backups", "auto_backup"): (needs("backup.run"), lambda s, w: s.backups.auto_backup("exit")),
    ("backups", "daily_backup_due"): (ANYONE, lambda s, w: s.backups.daily_backup_due()),
    ("backups", "prune"): (ANYONE, lambda s, w: s.backups.prune()),
    ("backups", "list_backups"): (ANYONE, lambda s, w: s.backups.list_backups()),
    ("backups", "verify_backup"): (ANYONE, lambda s, w: s.backups.verify_backup(w.backup)),
    ("backups", "needs_passphrase"): (ANYONE, lambda s, w: s.backups.needs_passphrase(w.backup)),
    ("backups", "restore"): (needs("backup.restore"), lambda s, w: s.backups.restore(w.backup)),
    # encryption
    ("encryption", "encrypt"): (needs("encryption.manage"), lambda s, w: s.encryption.encrypt("a long passphrase 2026")),
    ("encryption", "change_passphrase"): (needs("encryption.manage"), lambda s, w: _refused_unencrypted(
        lambda: s.encryption.change_passphrase("old passphrase 2026", "new passphrase 2026"))),
    ("encryption", "plain_copies"): (ANYONE, lambda s, w: s.encryption.plain_copies()),
    ("encryption", "wipe_plain_copies"): (needs("encryption.manage"), lambda s, w: s.encryption.wipe_plain_copies([])),
    # exports (not part of Services: the CLI and the GUI build them on the same context)
    ("monitoring", "export"): (needs("export.run", case=True), lambda s, w: MonitoringExportService(
        s.db, s.ctx).export(w.data_dir / "list.xlsx", "plain")),
    ("monitoring", "precheck"): (needs("export.run", case=True), lambda s, w: MonitoringExportService(
        s.db, s.ctx).precheck("smefs")),
    # the names of the partners files went to (organisations, no personal data), to pick one again
    ("monitoring", "partners"): (needs("export.run"), lambda s, w: MonitoringExportService(s.db, s.ctx).partners()),
    ("followup", "export_contacts"): (needs("export.run", case=True), lambda s, w: FollowupExportService(
        s.db, s.ctx).export_contacts(w.data_dir / "contacts.xlsx")),
    ("policy", "decide"): (needs("export.run", case=True), lambda s, w: ExportPolicy(s.db, s.ctx).decide(
        ConsentPurpose.FOLLOWUP_CONTACT)),
    ("policy", "reporting"): (needs("export.run", case=True), lambda s, w: ExportPolicy(s.db, s.ctx).reporting()),
    ("policy", "special_columns_allowed"): (ANYONE, lambda s, w: ExportPolicy(s.db, s.ctx).special_columns_allowed()),
    # lists: the source checks on every read (CASE); exporting one is the export right
    ("participants", "list_source"): (ANYONE, lambda s, w: s.participants.list_source()),
    ("list_export", "may_export"): (ANYONE, lambda s, w: s.list_export.may_export()),
    ("list_export", "export"): (needs("export.run", case=True), lambda s, w: s.list_export.export(
        s.participants.list_source(), ListState(), w.data_dir / "shown.xlsx")),
    # importing participants from a spreadsheet (issue 9): writing the register, and the import right
    ("participant_import", "read"): (IMPORT, lambda s, w: s.participant_import.read(_import_file(w))),
    ("participant_import", "propose"): (IMPORT, lambda s, w: s.participant_import.propose(*_import_source(w)[:2])),
    ("participant_import", "mappings"): (IMPORT, lambda s, w: s.participant_import.mappings()),
    ("participant_import", "save_mapping"): (IMPORT, lambda s, w: s.participant_import.save_mapping(
        "Partner", _import_source(w)[2])),
    ("participant_import", "dry_run"): (IMPORT, lambda s, w: s.participant_import.dry_run(*_import_source(w))),
    ("participant_import", "commit"): (IMPORT, lambda s, w: s.participant_import.commit(_import_plan(w))),
    ("participant_import", "batches"): (IMPORT, lambda s, w: s.participant_import.batches()),
    ("participant_import", "export_problems"): (IMPORT, lambda s, w: s.participant_import.export_problems(
        w.data_dir / "problems.xlsx", "Problemy", ["Wiersz", "Problem"], [("2", "PESEL")])),
    ("participant_import", "undo"): (IMPORT, lambda s, w: s.participant_import.undo(1)),
}
# Calls judged by a permission on top of the method's own rule (the same methods, other data).
EXTRA_CALLS: dict[str, tuple[Rule, object]] = {
    "readable backup": (needs("backup.run", "backup.readable"),
                        lambda s, w: s.backups.backup_to(w.data_dir / "readable", encrypt=False)),
    "another advisor's case": (needs("participants.read_all"), lambda s, w: s.participants.get(w.zofia)),
    "list by at-risk category": (needs("special.read", case=True), lambda s, w: s.participants.count(
        ParticipantQuery(category_id=s.dictionaries.categories()[0].id))),
}


def _import_file(w: World) -> Path:
    path = w.data_dir / "import.csv"
    path.write_text("Imię;Nazwisko\nOla;Mazur\n", encoding="utf-8")
    return path


def _import_source(w: World):
    """(source, sheet, mapping) of a small file, built without the service (whose calls are judged)."""
    from coopdesk.services.participant_import import ColumnMapping, MappedColumn, SourceFile
    from coopdesk.services.sheet_reader import read_sheets

    path = _import_file(w)
    sheets = tuple(read_sheets(path))
    mapping = ColumnMapping(sheets[0].name, 0, (MappedColumn(0, "Imię", "first_name", "exact"),
                                                MappedColumn(1, "Nazwisko", "last_name", "exact")))
    return SourceFile(path, path.name, "", sheets), sheets[0].name, mapping


def _import_plan(w: World):
    from coopdesk.services.participant_import import ImportPlan

    source, sheet, mapping = _import_source(w)
    return ImportPlan([], [], [], source.file_name, "", sheet, mapping, None)


def _town_change(s: Services, w: World) -> int:
    """The journal entry of the town change made in the template (read as the system)."""
    history = Services(s.db, Context(actor=SYSTEM_ACTOR)).audit.history("participants", w.jan)
    return next(e.id for e in history if e.field == "town")


def _refused_as_existing(call) -> None:
    with pytest.raises(CoopdeskError) as err:  # there is a coordinator: refused for everyone, not a permission
        call()
    assert not isinstance(err.value, PermissionDenied)


def _refused_unencrypted(call) -> None:
    try:
        call()
    except PermissionDenied:
        raise
    except CoopdeskError:
        pass  # a plain database has no passphrase to change: past the permission check


def _services_of(s: Services, extra) -> list[tuple[str, object]]:
    return [(attr, svc) for attr, svc in vars(s).items() if attr not in ("db", "ctx")] + list(extra)


def test_every_public_service_method_is_in_the_table(template):
    world, _ = template
    s = open_services(world.data_dir, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    try:
        extra = [("monitoring", MonitoringExportService(s.db, s.ctx)), ("policy", ExportPolicy(s.db, s.ctx)),
                 ("followup", FollowupExportService(s.db, s.ctx))]
        public = {(attr, name) for attr, svc in _services_of(s, extra)
                  for name, member in inspect.getmembers(svc, inspect.ismethod) if not name.startswith("_")}
    finally:
        s.close()
    assert public == set(CALLS)


# --- the template database and one copy per case -------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[World, dict[str, Actor]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(accounts_module, "make_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
        data = tmp_path_factory.mktemp("matrix") / "data"
        system = open_services(data, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
        boss = system.accounts.create_first_coordinator("ewa", "Ewa Kowalska", PASSWORD)
        coordinator = system.as_actor(boss)
        actors = {"coordinator": boss}
        users = {"ewa": boss.user_id}
        for name, role in (("anna", Role.ADVISOR), ("piotr", Role.ADVISOR), ("tomek", Role.TRAINER),
                           ("sara", Role.SPECIALIST)):
            created = coordinator.accounts.create_user(name, name.title(), role, "temporary-123")
            users[name] = created.id
            own = system.as_actor(Actor(created.id, name, name.title(), role)).accounts
            own.change_password("temporary-123", PASSWORD)
            if role.value not in actors:
                actors[role.value] = Actor(created.id, name, name.title(), role)
        jan = coordinator.participants.create(ParticipantDraft(
            first_name="Jan", last_name="Łukasik", pesel="44051401359", town="Łódź", disability=Answer.YES,
            notes="leczenie odwykowe", advisor_id=users["anna"]))
        coordinator.participants.update(jan.id, replace(jan.as_draft(), town="Kraków"))
        zofia = coordinator.participants.create(ParticipantDraft(
            first_name="Zofia", last_name="Żak", pesel="02270803624", town="Kraków", advisor_id=users["piotr"]))
        coordinator.consents.set(ConsentRecord(jan.id, ConsentPurpose.IMAGE, True, date(2026, 2, 3)))
        coordinator.consents.set(ConsentRecord(jan.id, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2026, 2, 3)))
        project = coordinator.projects.create(ProjectDraft(code="OWES-1", name="OWES", start_date=date(2024, 1, 1),
                                                           end_date=date(2025, 12, 31), retention_years=5))
        coordinator.backups.set_backup_passphrase("backup passphrase 2026")
        backup = coordinator.backups.auto_backup("template").path
        system.close()
    return World(data, users, jan.id, zofia.id, project.id, backup), actors


@pytest.fixture
def copy(template, tmp_path, monkeypatch):
    """A private copy of the template database (every case may change it), opened as the system."""
    monkeypatch.setattr(accounts_module, "make_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    world, actors = template
    data = tmp_path / "data"
    shutil.copytree(world.data_dir, data)
    moved = replace(world, data_dir=data, backup=data / world.backup.relative_to(world.data_dir))
    system = open_services(data, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    yield moved, actors, system
    system.close()


def _check(rule: Rule, call, role: Role, copy) -> None:
    world, actors, system = copy
    services = Services(system.db, Context(actor=actors[role.value], today=lambda: TODAY))
    if rule.allows(role):
        try:
            call(services, world)
        except PermissionDenied:
            pytest.fail(f"{role.value} was refused")
        except CoopdeskError:
            pass  # past the permission check (e.g. a rule of the data itself)
    else:
        with pytest.raises(PermissionDenied):
            call(services, world)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("key", sorted(CALLS), ids=lambda k: ".".join(k))
def test_each_role_is_refused_or_allowed_each_method(key, role, copy):
    rule, call = CALLS[key]
    _check(rule, call, role, copy)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("name", sorted(EXTRA_CALLS))
def test_each_role_with_the_data_that_needs_more(name, role, copy):
    _check(*EXTRA_CALLS[name], role, copy)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_special_category_data_is_shown_only_with_its_permission(role, copy):
    world, actors, system = copy
    services = Services(system.db, Context(actor=actors[role.value], today=lambda: TODAY))
    if not CASE.allows(role):
        with pytest.raises(PermissionDenied):
            services.participants.get(world.jan)
        return
    jan = services.participants.get(world.jan)
    special = (jan.notes, jan.disability)
    assert special == (("leczenie odwykowe", Answer.YES) if EXPECTED[role]["special.read"] else ("", None))
