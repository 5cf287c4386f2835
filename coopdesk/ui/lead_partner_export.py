"""Tools -> Export for the lead partner: the monitoring list (.xlsx), one row per participation, of every
participant (its legal basis is the implementing act and the ESF+ regulation, not consent), for all
projects or one. The same service as ``coopdesk export-participants``; run on the runner with progress and
Cancel (a cancelled export writes no file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coopdesk.services.participant_export import ExportResult, ParticipantExportService
from coopdesk.ui import prompts, runner
from coopdesk.ui.busy import busy_cursor

R = TypeVar("R")

ALL_PROJECTS = object()  # choose_scope's answer for "all projects"


def default_file_name(today) -> str:
    return QCoreApplication.translate("LeadPartnerExport", "participants-for-lead-partner") + f"-{today:%Y-%m-%d}.xlsx"


def choose_scope(parent: QWidget | None, services, title: str):
    """All projects (``ALL_PROJECTS``) or one project's id; None when cancelled."""
    with busy_cursor():
        projects = services.projects.list()
    if not projects:
        return ALL_PROJECTS
    items = [QCoreApplication.translate("LeadPartnerExport", "All projects")]
    items += [f"{p.code} — {p.name}" for p in projects]
    chosen = prompts.choose_item(parent, title, QCoreApplication.translate(
        "LeadPartnerExport", "Participations of which project?"), items)
    if chosen is None:
        return None
    return ALL_PROJECTS if chosen == 0 else projects[chosen - 1].id


def save_path(parent: QWidget | None, services, title: str, name: str) -> Path | None:
    """Ask where; a name typed without .xlsx gets it."""
    chosen = prompts.choose_save_file(
        parent, title, str(Path.home() / name),
        QCoreApplication.translate("LeadPartnerExport", "Excel workbooks (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def run_project_export(
    parent: QWidget | None, services, title: str, file_name: str, busy: str,
    work: Callable[[Path, Callable[[int, int], None], int | None], R],
) -> R | None:
    """The steps every per-project export takes: which project (or all), where, then ``work(path, progress,
    project_id)`` on the runner with progress and Cancel; None when the user stopped or it failed (told)."""
    scope = choose_scope(parent, services, title)
    if scope is None:
        return None
    project_id = None if scope is ALL_PROJECTS else scope
    path = save_path(parent, services, title, file_name)
    if path is None:
        return None
    try:
        return runner.run_modal(parent, busy, lambda progress: work(path, progress, project_id))
    except runner.Cancelled:
        prompts.info(parent, title, QCoreApplication.translate(
            "LeadPartnerExport", "The export was cancelled; no file was written."))
    except Exception as exc:
        runner.report_error(parent, title, exc)
    return None


def export_for_lead_partner(parent: QWidget | None, services) -> ExportResult | None:
    """Ask which project and where, export, and say how many rows and people were written and where."""
    title = QCoreApplication.translate("LeadPartnerExport", "Export for the lead partner")
    exporter = ParticipantExportService(services.db, services.ctx)
    result = run_project_export(
        parent, services, title, default_file_name(services.ctx.today()),
        QCoreApplication.translate("LeadPartnerExport", "Writing the participant list..."),
        lambda path, progress, project_id: exporter.export_lead_partner(
            path, progress=progress, project_id=project_id))
    if result is None:
        return None
    text = QCoreApplication.translate(
        "LeadPartnerExport", "Written: %1 participations of %2 participants, whatever their consents: "
        "monitoring rests on the implementing act and the ESF+ regulation, not on consent.\n"
        "Anonymised records left out: %3.\n\nThe file: %4") \
        .replace("%1", str(result.rows)).replace("%2", str(result.people)) \
        .replace("%3", str(result.anonymised)).replace("%4", str(result.path))
    prompts.info(parent, title, text)
    return result
