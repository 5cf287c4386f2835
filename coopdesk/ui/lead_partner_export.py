"""Tools -> Export for the lead partner: participations in a monitoring layout (.xlsx; SM EFS by default,
SL2014, or coopdesk's full list), one row per participation, of every participant (its legal basis is the
implementing act and the ESF+ regulation, not consent), for all projects or one, optionally one payment
claim's period and the partner the file goes to (then with the changes since the last file to them). The
precheck's list of participations not ready to report comes first (continue or cancel). The same service
as ``coopdesk export participants``; run on the runner with progress and Cancel (a cancelled export writes
no file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from coopdesk.services.exchange_diff import ChangeKind
from coopdesk.services.monitoring_export import CHANGES_SHEET, MonitoringExportResult, MonitoringExportService
from coopdesk.ui import prompts, runner
from coopdesk.ui.busy import busy_cursor
from coopdesk.ui.monitoring_export_dialog import ExportOptions, MonitoringExportDialog, NotReadyDialog

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
    return run_export(parent, title, busy, lambda progress: work(path, progress, project_id))


def run_export(parent: QWidget | None, title: str, busy: str, work: Callable[[Callable[[int, int], None]], R]
               ) -> R | None:
    """``work(progress)`` on the runner with progress and Cancel; None when the user stopped or it failed
    (told)."""
    try:
        return runner.run_modal(parent, busy, work)
    except runner.Cancelled:
        prompts.info(parent, title, QCoreApplication.translate(
            "LeadPartnerExport", "The export was cancelled; no file was written."))
    except Exception as exc:
        runner.report_error(parent, title, exc)
    return None


def ask_options(parent: QWidget | None, services, exporter: MonitoringExportService) -> ExportOptions | None:
    """The layout, project, period and partner; None when cancelled."""
    with busy_cursor():
        projects = services.projects.list()
        partners = exporter.partners()
    dialog = MonitoringExportDialog(parent, projects, partners, services.ctx.today())
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def confirm_not_ready(parent: QWidget | None, items: list) -> bool:
    """The precheck's list, with Continue or Cancel (True: continue); nothing to show: True."""
    if not items:
        return True
    dialog = NotReadyDialog(parent, items)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def export_for_lead_partner(parent: QWidget | None, services) -> MonitoringExportResult | None:
    """Ask the layout, project, period and partner; show what is not ready to report; ask where; export;
    say how many rows and people were written, what changed since the last file to the partner, and where."""
    title = QCoreApplication.translate("LeadPartnerExport", "Export for the lead partner")
    exporter = MonitoringExportService(services.db, services.ctx)
    options = ask_options(parent, services, exporter)
    if options is None:
        return None
    try:
        with busy_cursor():
            not_ready = exporter.precheck(options.layout, options.project_id, options.period)
    except Exception as exc:
        runner.report_error(parent, title, exc)
        return None
    if not confirm_not_ready(parent, not_ready):
        return None
    path = save_path(parent, services, title, default_file_name(services.ctx.today()))
    if path is None:
        return None
    busy = QCoreApplication.translate("LeadPartnerExport", "Writing the participant list...")
    result = run_export(parent, title, busy,
                        lambda progress: exporter.export(path, options.layout, options.project_id, options.period,
                                                         options.partner, progress=progress))
    if result is None:
        return None
    text = QCoreApplication.translate(
        "LeadPartnerExport", "Written: %1 participations of %2 participants, whatever their consents: "
        "monitoring rests on the implementing act and the ESF+ regulation, not on consent.\n"
        "Anonymised records left out: %3.\n\nThe file: %4") \
        .replace("%1", str(result.rows)).replace("%2", str(result.people)) \
        .replace("%3", str(result.anonymised)).replace("%4", str(result.path))
    if result.not_ready:
        text += "\n" + QCoreApplication.translate(
            "LeadPartnerExport", "Not ready to report (written all the same): %1.").replace("%1", str(result.not_ready))
    if result.changes is not None:
        text += "\n" + QCoreApplication.translate(
            "LeadPartnerExport", "Since the last file to %1: %2 new, %3 changed, %4 removed (sheet \"%5\").") \
            .replace("%1", options.partner).replace("%2", str(result.changes.count(ChangeKind.CREATED))) \
            .replace("%3", str(result.changes.count(ChangeKind.UPDATED))) \
            .replace("%4", str(result.changes.count(ChangeKind.REMOVED))).replace("%5", CHANGES_SHEET)
    prompts.info(parent, title, text)
    return result
