"""Tools -> Export contacts for follow-up after the project: an optional purpose, so only people with a
valid consent to follow-up contact are written (name, phone, e-mail, project); the others are listed by
stable id, with the reason, on a second sheet. Run on the runner with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coopdesk.services.followup_export import WITHHELD_SHEET, ConsentExportResult, FollowupExportService
from coopdesk.ui import prompts
from coopdesk.ui.lead_partner_export import run_project_export


def default_file_name(today) -> str:
    return QCoreApplication.translate("FollowupExport", "contacts-for-follow-up") + f"-{today:%Y-%m-%d}.xlsx"


def export_followup_contacts(parent: QWidget | None, services) -> ConsentExportResult | None:
    """Ask which project and where, export, and say how many were written and withheld and where."""
    title = QCoreApplication.translate("FollowupExport", "Export contacts for follow-up after the project")
    exporter = FollowupExportService(services.db, services.ctx)
    result = run_project_export(
        parent, services, title, default_file_name(services.ctx.today()),
        QCoreApplication.translate("FollowupExport", "Writing the contacts..."),
        lambda path, progress, project_id: exporter.export_contacts(path, progress=progress, project_id=project_id))
    if result is None:
        return None
    text = QCoreApplication.translate(
        "FollowupExport", "Written: %1 people who consented to follow-up contact.\nWithheld (no valid consent): "
        "%2; they are listed by their stable id, with the reason, on the sheet \"%3\".\n\nThe file: %4") \
        .replace("%1", str(result.exported)).replace("%2", str(result.withheld)) \
        .replace("%3", WITHHELD_SHEET).replace("%4", str(result.path))
    prompts.info(parent, title, text)
    return result
