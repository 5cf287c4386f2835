"""Changes since the last exchange with a partner (hashes only, stored with the export's journal entry), the
roles that may export, and a cancelled export that leaves nothing (issue 9)."""

from __future__ import annotations

import zlib
from datetime import date

import pytest
from gdpr_people import as_role, full_draft, second_draft
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from coopdesk.db.tables_exchange import Exchange
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.audit import AuditAction
from coopdesk.domain.enums import Degurba, Isced, LabourStatus, Role, SupportForm
from coopdesk.domain.errors import PermissionDenied
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipationDraft, SupportEntry
from coopdesk.services import exchange_diff
from coopdesk.services.exchange_diff import ChangeKind, Snapshot, compare, decode, encode, record_key
from coopdesk.services.monitoring_export import CHANGES_SHEET, MonitoringExportService

# --- the comparison alone ----------------------------------------------------------------------

def _snap(columns, records) -> Snapshot:
    snap = Snapshot(tuple(columns))
    for key, values in records.items():
        snap.add(key, values)
    return snap


def test_created_updated_with_columns_and_removed():
    before = _snap(["Imię", "w tym", "w tym"], {"a/1": ["Ala", "x", None], "b/2": ["Ola", "", ""],
                                                 "c/3": ["Ela", "", date(2025, 1, 1)]})
    after = _snap(["Imię", "w tym", "w tym"], {"a/1": ["Ala", "x", "y"], "c/3": ["Ela", "", date(2025, 1, 1)],
                                                "d/4": ["Iza", "", ""]})
    changes = compare(before, after)
    assert [(c.kind, c.key, c.columns) for c in changes] == [
        (ChangeKind.CREATED, "d/4", ()), (ChangeKind.UPDATED, "a/1", ("w tym",)), (ChangeKind.REMOVED, "b/2", ())]
    assert changes[1].participant_uuid == "a" and changes[1].participation_uuid == "1"


def test_columns_are_matched_by_header_when_the_layout_changed():
    before = _snap(["Imię", "Płeć"], {"a/1": ["Ala", "Kobieta"]})
    after = _snap(["Płeć", "Wiek", "Imię"], {"a/1": ["K", 30, "Ala"]})
    [change] = compare(before, after)
    assert change.kind is ChangeKind.UPDATED and change.columns == ("Płeć",)


def test_the_first_exchange_lists_every_record_as_new():
    assert [c.kind for c in compare(None, _snap(["x"], {"a/": ["1"], "b/": ["2"]}))] == [ChangeKind.CREATED] * 2


def test_a_snapshot_keeps_hashes_never_values():
    snap = _snap(["Nazwisko", "PESEL"], {record_key("u-1", "p-1"): ["Gęślą-Jaźń", "44051401359"]})
    blob = encode(snap)
    text = zlib.decompress(blob).decode("ascii")
    assert "44051401359" not in text and "G\\u0119" not in text and "Gęślą" not in text
    assert decode(blob).records == snap.records and decode(blob).columns == ("Nazwisko", "PESEL")


# --- with the database -------------------------------------------------------------------------

@pytest.fixture
def people(services):
    project = services.projects.create(ProjectDraft("OWES-A", "Projekt", date(2024, 1, 1), date(2027, 12, 31))).id
    ready = {"degurba": Degurba.RURAL, "education": Isced.ISCED3, "labour_status": LabourStatus.INACTIVE,
             "gmina": "Koluszki"}
    zaz = services.participants.create(full_draft(services, participations=(ParticipationDraft(
        project_id=project, **ready, supports=(SupportEntry(SupportForm.ADVICE, date(2026, 2, 10)),)),)))
    zofia = services.participants.create(second_draft(participations=(ParticipationDraft(
        project_id=project, **ready, supports=(SupportEntry(SupportForm.TRAINING, date(2026, 3, 1)),)),)))
    return zaz, zofia, project


def _changes(path) -> list[tuple]:
    return list(load_workbook(path)[CHANGES_SHEET].iter_rows(min_row=2, values_only=True))


def test_changes_since_the_last_file_to_the_same_partner(services, people, tmp_path):
    zaz, zofia, project = people
    exporter = MonitoringExportService(services.db, services.ctx)
    first = exporter.export(tmp_path / "1.xlsx", "smefs", partner="PUP Gdańsk")
    assert first.changes is not None and first.changes.previous_at is None
    assert sorted(r[0] for r in _changes(tmp_path / "1.xlsx")) == ["Nowy", "Nowy"]
    # Zofia's participation changes; Zażółć's is removed; a new person comes
    with services.db.session(services.ctx.actor) as s:
        s.execute(update(Participation).where(Participation.participant_id == zofia.id)
                  .values(education=Isced.ISCED5_8.value, gmina="Kraków"))
    services.projects.anonymise([zaz.id])  # out of every list from now on
    third = services.participants.create(second_draft(first_name="Ewa", pesel="", birth_date=date(1990, 1, 1),
                                                      participations=(ParticipationDraft(project_id=project),)))
    second = exporter.export(tmp_path / "2.xlsx", "smefs", partner=" PUP Gdańsk ")
    rows = _changes(tmp_path / "2.xlsx")
    by_kind = {r[0]: r for r in rows}
    assert len(rows) == 3 and set(by_kind) == {"Nowy", "Zmieniony", "Usunięty"}
    assert by_kind["Nowy"][3] == third.uuid and by_kind["Usunięty"][3] == zaz.uuid
    assert by_kind["Zmieniony"][3] == zofia.uuid and by_kind["Zmieniony"][5] == "Wykształcenie; Gmina"
    # those in this file by name; a removed (here anonymised) record by its identifiers only
    assert by_kind["Zmieniony"][1:3] == (zofia.last_name, zofia.first_name) and by_kind["Nowy"][2] == "Ewa"
    assert by_kind["Usunięty"][1:3] == (None, None)
    assert second.changes.previous_at is not None and second.changes.previous_file == str(tmp_path / "1.xlsx")
    # another partner, or another layout, has its own history; no partner, no sheet and nothing stored
    other = exporter.export(tmp_path / "3.xlsx", "smefs", partner="ROPS")
    assert other.changes.count(ChangeKind.CREATED) == 2 and other.changes.count(ChangeKind.REMOVED) == 0
    sl = exporter.export(tmp_path / "5.xlsx", "sl2014", partner="PUP Gdańsk")
    assert sl.changes.previous_at is None and sl.changes.count(ChangeKind.CREATED) == 2
    none = exporter.export(tmp_path / "4.xlsx", "smefs")
    assert none.changes is None and CHANGES_SHEET not in load_workbook(tmp_path / "4.xlsx").sheetnames
    with services.db.read(services.ctx.actor) as s:
        stored = s.execute(select(Exchange.partner, Exchange.layout, Exchange.rows).order_by(Exchange.id)).all()
        assert exchange_diff.partners(s) == ["PUP Gdańsk", "ROPS"]
    assert stored == [("PUP Gdańsk", "smefs", 2), ("PUP Gdańsk", "smefs", 2), ("ROPS", "smefs", 2),
                      ("PUP Gdańsk", "sl2014", 2)]


def test_the_exchange_is_stored_with_the_journal_entry_or_not_at_all(services, people, tmp_path, monkeypatch):
    from coopdesk.services import monitoring_export

    def failing_publish(*_args, **_kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(monitoring_export, "publish_export", failing_publish)
    with pytest.raises(OSError):
        MonitoringExportService(services.db, services.ctx).export(tmp_path / "x.xlsx", "smefs", partner="PUP")
    with services.db.read(services.ctx.actor) as s:
        assert s.scalar(select(func.count()).select_from(Exchange)) == 0
    assert not list(tmp_path.glob("x.xlsx*"))


def test_a_cancelled_export_leaves_nothing(services, people, tmp_path, monkeypatch):
    from coopdesk.services import monitoring_export

    monkeypatch.setattr(monitoring_export, "PROGRESS_EVERY", 1)
    seen = []

    class Cancelled(Exception):
        pass

    def progress(done, total):
        seen.append((done, total))
        if done >= 1:
            raise Cancelled

    with services.db.read(services.ctx.actor) as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == AuditAction.EXPORT.value))
    folder = tmp_path / "out"
    with pytest.raises(Cancelled):
        MonitoringExportService(services.db, services.ctx).export(folder / "c.xlsx", "sl2014", partner="PUP",
                                                                  progress=progress)
    assert seen == [(1, 2)] and list(folder.iterdir()) == []  # no file, no .part
    with services.db.read(services.ctx.actor) as s:
        assert s.scalar(select(func.count()).select_from(Exchange)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == AuditAction.EXPORT.value)) == before


@pytest.mark.parametrize(("role", "may"), [(Role.COORDINATOR, True), (Role.ADVISOR, False),
                                           (Role.TRAINER, False), (Role.SPECIALIST, False)])
def test_who_may_export(services, people, tmp_path, role, may):
    from coopdesk.domain.permissions import Permission, allowed

    other = as_role(services, role, "someone")
    exporter = MonitoringExportService(other.db, other.ctx)
    assert allowed(other.ctx.actor, Permission.EXPORT) is may
    if may:
        assert exporter.export(tmp_path / "ok.xlsx", "smefs").rows == 2
        assert exporter.precheck("smefs") == []
    else:
        with pytest.raises(PermissionDenied):
            exporter.export(tmp_path / "no.xlsx", "smefs")
        with pytest.raises(PermissionDenied):
            exporter.precheck("smefs")
        assert not list(tmp_path.glob("*.xlsx*"))


def test_special_category_columns_stay_but_empty_without_the_right(services, people, tmp_path, monkeypatch):
    from coopdesk.domain import permissions
    from coopdesk.domain.permissions import Permission

    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.SPECIALIST, frozenset({
        Permission.EXPORT, Permission.PARTICIPANTS_READ_ALL, Permission.PARTICIPANT_NAMES_READ}))
    sara = as_role(services, Role.SPECIALIST, "sara")
    out = tmp_path / "bez.xlsx"
    result = MonitoringExportService(sara.db, sara.ctx).export(out, "smefs")
    rows = list(load_workbook(out)["Uczestnicy"].iter_rows(values_only=True))
    column = rows[0].index("Osoba z niepełnosprawnościami")
    assert not result.special_columns and [r[column] for r in rows[1:]] == [None, None]  # Zażółć: "Tak" hidden
    with services.db.read(services.ctx.actor) as s:
        journaled = s.scalar(select(AuditEntry.field).where(AuditEntry.action == AuditAction.EXPORT.value)
                             .order_by(AuditEntry.id.desc()))
    assert "Osoba z niepełnosprawnościami" not in journaled and "Wykształcenie" in journaled
