"""Long work stopped half-way (a cancel raised by the progress callback, or a full disk) leaves nothing
half-written: no file at the target, no temporary file, no journal entry, the database unchanged."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from gdpr_people import full_draft, second_draft
from openpyxl.worksheet import _writer as openpyxl_writer
from sqlalchemy import func, select

from coopdesk.db.audit import EXPORTS_TABLE
from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord
from coopdesk.domain.records import ParticipantQuery
from coopdesk.services import monitoring_export
from coopdesk.services.monitoring_export import MonitoringExportService


class Stop(Exception):
    """What the runner's progress raises after a cancel."""


def exports(services) -> int:
    with services.db.read(services.ctx.actor) as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == EXPORTS_TABLE))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def db_digest(services) -> str:
    with services.db.read(services.ctx.actor) as s:
        rows = s.execute(select(AuditEntry.id)).all()
    return hashlib.sha256(repr(rows).encode()).hexdigest() + str(services.participants.count(ParticipantQuery()))


@pytest.fixture
def consenting(services):
    person = services.participants.create(full_draft(services))
    services.consents.set(ConsentRecord(person.id, ConsentPurpose.SHARE_LEAD_PARTNER, True, date(2026, 2, 3)))
    return person


def export(services) -> MonitoringExportService:
    """The lead partner's full list is the monitoring export's plain layout."""
    return MonitoringExportService(services.db, services.ctx)


def test_an_export_cancelled_while_writing_rows_leaves_no_file_and_no_sheet_temporaries(
        services, consenting, tmp_path, monkeypatch):
    monkeypatch.setattr(monitoring_export, "PROGRESS_EVERY", 1)  # progress after each row: still writing
    folder = tmp_path / "out"
    folder.mkdir()
    before_journal, before_temp = exports(services), list(openpyxl_writer.ALL_TEMP_FILES)

    def progress(done, total):
        raise Stop

    with pytest.raises(Stop):
        export(services).export(folder / "lista.xlsx", "plain", progress=progress)
    assert leftovers(folder) == []
    assert exports(services) == before_journal
    # openpyxl streamed the written rows (names, PESEL) to its own temporary files: gone at once
    assert before_temp == openpyxl_writer.ALL_TEMP_FILES
    assert not [p for p in openpyxl_writer.ALL_TEMP_FILES if Path(p).exists()]


def test_an_export_cancelled_after_the_file_was_saved_is_not_renamed_nor_journaled(
        services, consenting, tmp_path, monkeypatch):
    monkeypatch.setattr(monitoring_export, "PROGRESS_EVERY", 1)
    folder = tmp_path / "out"
    folder.mkdir()
    before = exports(services)
    calls: list[tuple[int, int]] = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) == 2:  # the call after the file was saved: the last moment a cancel is heard
            raise Stop

    with pytest.raises(Stop):
        export(services).export(folder / "lista.xlsx", "plain", progress=progress)
    assert calls == [(1, 1), (1, 1)]
    assert leftovers(folder) == [] and exports(services) == before


def test_an_export_that_cannot_be_saved_leaves_no_partial_file(services, consenting, tmp_path, monkeypatch):
    from openpyxl import Workbook

    folder = tmp_path / "out"
    folder.mkdir()

    def full_disk(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(OSError):
        export(services).export(folder / "lista.xlsx", "plain")
    assert leftovers(folder) == []


def test_a_backup_cancelled_in_the_middle_leaves_no_file_and_no_temporary(services, consenting, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    before_db, before_journal = db_digest(services), exports(services)
    for stop_at in ("copy", "verify", "rename"):
        steps: list[str] = []

        def progress(step, stop_at=stop_at, steps=steps):
            steps.append(step)
            if step == stop_at:
                raise Stop

        with pytest.raises(Stop):
            services.backups.backup_to(usb, encrypt=False, progress=progress)
        assert steps[-1] == stop_at
        assert leftovers(usb) == [], stop_at
        assert not list(services.backups.backup_dir.glob("*.part")), stop_at
    assert exports(services) == before_journal and db_digest(services) == before_db
    steps = []
    info = services.backups.backup_to(usb, encrypt=False, progress=steps.append)
    assert steps == ["copy", "verify", "rename"] and leftovers(usb) == [info.path.name]


@pytest.mark.parametrize("stop_at", ["verify", "copy", "safety", "replace"])
def test_a_restore_cancelled_before_the_replace_changes_nothing(services, consenting, tmp_path, stop_at):
    usb = tmp_path / "usb"
    usb.mkdir()
    info = services.backups.backup_to(usb, encrypt=False)
    services.participants.create(second_draft())
    before = db_digest(services)
    data_dir = Path(services.db.path).parent
    files_before = leftovers(data_dir)

    def progress(step):
        if step == stop_at:
            raise Stop

    with pytest.raises(Stop):
        services.backups.restore(info.path, progress=progress)
    assert db_digest(services) == before
    assert services.participants.count(ParticipantQuery()) == 2
    new = set(leftovers(data_dir)) - set(files_before)
    if stop_at == "replace":  # the safety copy was complete: it stays, listed like any other backup
        assert new == {"backups"}
        assert [i.reason for i in services.backups.list_backups()] == ["before-restore"]
        assert services.backups.list_backups()[0].state == "plain"
    else:
        assert new == set()


def test_a_cancel_after_the_replace_comes_too_late_and_the_restore_completes(services, consenting, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    info = services.backups.backup_to(usb, encrypt=False)
    services.participants.create(second_draft())

    def progress(step):
        if step == "migrate":
            raise Stop

    result = services.backups.restore(info.path, progress=progress)
    assert result.participants == 1 and services.participants.count(ParticipantQuery()) == 1


@pytest.mark.parametrize("stop_at", ["copy", "verify", "replace"])
def test_an_encryption_cancelled_in_the_middle_leaves_the_database_plain_and_whole(services, consenting, stop_at):
    data_dir = Path(services.db.path).parent
    files_before, before = set(leftovers(data_dir)), db_digest(services)

    def progress(step):
        if step == stop_at:
            raise Stop

    with pytest.raises(Stop):
        services.encryption.encrypt("a long passphrase", progress=progress)
    assert not services.encryption.encrypted
    def files(names):  # the WAL's sidecars come and go with the connections
        return {n for n in names if not n.endswith(("-wal", "-shm"))}

    assert files(leftovers(data_dir)) == files(files_before)  # no .encrypting, no .plain-old
    assert db_digest(services) == before
    services.participants.create(second_draft())  # still open and writable
    steps: list[str] = []
    services.encryption.encrypt("a long passphrase", progress=steps.append)
    assert steps == ["copy", "verify", "replace"] and services.encryption.encrypted
    assert services.participants.count(ParticipantQuery()) == 2


def test_an_export_into_a_folder_that_cannot_be_made_tells_that_error_and_leaves_no_sheet_files(
        services, consenting, tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("x")
    before_temp = list(openpyxl_writer.ALL_TEMP_FILES)
    with pytest.raises(OSError):
        export(services).export(blocked / "lista.xlsx", "plain")
    assert before_temp == openpyxl_writer.ALL_TEMP_FILES


def test_an_art15_report_cancelled_while_laid_out_leaves_no_pdf_and_no_journal_entry(services, consenting, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    before = exports(services)
    seen: list[tuple[int, int]] = []

    def progress(done, total):
        seen.append((done, total))
        if len(seen) == 3:
            raise Stop

    with pytest.raises(Stop):
        services.gdpr.data_report(consenting.id, folder / "art15.pdf", progress=progress)
    assert leftovers(folder) == [] and exports(services) == before
    assert seen[0][1] > 3  # the total is known from the start
    seen.clear()
    written = services.gdpr.data_report(consenting.id, folder / "art15.pdf", progress=lambda d, t: seen.append((d, t)))
    assert leftovers(folder) == ["art15.pdf"] and written.read_bytes().startswith(b"%PDF")
    assert seen[-1][0] == seen[-1][1] and exports(services) == before + 1


KILL_AT_RENAME = """
import os, pathlib, signal, sys
from coopdesk.services.app_services import open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.monitoring_export import MonitoringExportService

def replace(self, target):  # the very moment the finished file would take its name
    if self.name.endswith('.xlsx.part'):
        os.kill(os.getpid(), signal.SIGKILL)
    return original(self, target)

original = pathlib.Path.replace
pathlib.Path.replace = replace
services = open_services(pathlib.Path(sys.argv[1]), Context(actor=SYSTEM_ACTOR))
MonitoringExportService(services.db, services.ctx).export(pathlib.Path(sys.argv[2]), "plain")
"""


def test_an_export_killed_at_the_rename_leaves_a_temporary_the_next_start_removes(services, consenting, tmp_path):
    import subprocess
    import sys

    from coopdesk.services.startup_health import clean_temporary_copies

    folder = tmp_path / "usb"
    folder.mkdir()
    db_path = Path(services.db.path)
    before = exports(services)
    services.close()
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, str(db_path.parent), str(folder / "lista.xlsx")],
                          cwd=root, capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr.decode(errors="replace")[-2000:]
    assert leftovers(folder) == ["lista.xlsx.part"]  # the crash left it, with people's data
    removed = clean_temporary_copies(db_path)
    assert folder / "lista.xlsx.part" in removed and leftovers(folder) == []
    from coopdesk.services.app_services import open_services
    from coopdesk.services.context import SYSTEM_ACTOR, Context

    again = open_services(db_path.parent, Context(actor=SYSTEM_ACTOR))
    try:
        assert exports(again) == before  # the journal entry was never committed
    finally:
        again.close()


def test_the_art15_reports_temporary_file_is_registered_while_it_is_written(services, consenting, tmp_path,
                                                                             monkeypatch):
    from coopdesk.db import sqlite_files

    db_path = Path(services.db.path)
    registered: list[list[Path]] = []

    def progress(done, total):
        registered.append(sqlite_files.registered_temporaries(db_path))

    written = services.gdpr.data_report(consenting.id, tmp_path / "art15.pdf", progress=progress)
    assert registered and all(r == [tmp_path / "art15.pdf.part"] for r in registered)
    assert sqlite_files.registered_temporaries(db_path) == [] and written.exists()


def test_an_art15_report_that_cannot_be_journaled_is_not_left_behind(services, consenting, tmp_path, monkeypatch):
    """The journal cannot be written (a full disk, a locked database): the finished PDF with the person's
    data must not stay unrecorded beside the chosen place."""
    import coopdesk.services.export_file as export_file

    def refuse(*args, **kwargs):
        raise Stop  # as a full disk or a locked database would (StorageFull, DatabaseBusy)

    monkeypatch.setattr(export_file, "log_export", refuse)
    folder = tmp_path / "out"
    folder.mkdir()
    before = exports(services)
    with pytest.raises(Stop):
        services.gdpr.data_report(consenting.id, folder / "art15.pdf")
    assert leftovers(folder) == [] and exports(services) == before
