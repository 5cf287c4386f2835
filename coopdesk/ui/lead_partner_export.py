"""Tools -> Export for the lead partner: the participant list (.xlsx) of those who consented, the withheld
ones listed by stable id on a second sheet. The same service as ``coopdesk export-participants``; run on
the runner with progress and Cancel (a cancelled export writes no file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coopdesk.services.participant_export import WITHHELD_SHEET, ExportResult, ParticipantExportService
from coopdesk.ui import prompts, runner


def default_file_name(today) -> str:
    return QCoreApplication.translate("LeadPartnerExport", "participants-for-lead-partner") + f"-{today:%Y-%m-%d}.xlsx"


def export_for_lead_partner(parent: QWidget | None, services) -> ExportResult | None:
    """Ask where, export, and say how many were written and withheld and where the file is."""
    title = QCoreApplication.translate("LeadPartnerExport", "Export for the lead partner")
    chosen = prompts.choose_save_file(
        parent, title, str(Path.home() / default_file_name(services.ctx.today())),
        QCoreApplication.translate("LeadPartnerExport", "Excel workbooks (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    exporter = ParticipantExportService(services.db, services.ctx)
    try:
        result = runner.run_modal(
            parent, QCoreApplication.translate("LeadPartnerExport", "Writing the participant list..."),
            lambda progress: exporter.export_lead_partner(path, progress=progress))
    except runner.Cancelled:
        prompts.info(parent, title, QCoreApplication.translate(
            "LeadPartnerExport", "The export was cancelled; no file was written."))
        return None
    except Exception as exc:
        runner.report_error(parent, title, exc)
        return None
    text = QCoreApplication.translate(
        "LeadPartnerExport", "Written: %1 participants.\nWithheld (no valid consent): %2; they are listed by "
        "their stable id, with the reason, on the sheet \"%3\".\n\nThe file: %4") \
        .replace("%1", str(result.exported)).replace("%2", str(result.withheld)) \
        .replace("%3", WITHHELD_SHEET).replace("%4", str(result.path))
    prompts.info(parent, title, text)
    return result
