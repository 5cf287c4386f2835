""""Export this list to Excel…" for any table showing a ``SqlListModel``: the list as shown (the same
search, filters and order; the columns shown, in the order shown, with their headers) written by
``services.list_export`` on the runner, with progress and Cancel.

``install_export_action(view, model, services)`` adds the action to the view's context menu, only for
roles that may export (the service checks again).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QWidget

from coopdesk.services.list_export import ListExportResult
from coopdesk.ui import prompts, runner
from coopdesk.ui.models.sql_list_model import SqlListModel


def install_export_action(view: QTableView, model: SqlListModel, services) -> QAction | None:
    """Add "Export this list to Excel…" to ``view``'s context menu (None: the actor may not export)."""
    if not services.list_export.may_export():
        return None
    action = QAction(QCoreApplication.translate("ListExport", "Export this list to &Excel…"), view)
    action.setObjectName("exportListAction")
    action.triggered.connect(lambda: export_list(view, model, services))
    view.addAction(action)
    return action


def shown_columns(view: QTableView, model: SqlListModel) -> list[str]:
    """The keys of the columns the view shows, in the order it shows them."""
    header = view.horizontalHeader()
    columns = model.columns()
    keys = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if 0 <= logical < len(columns) and not header.isSectionHidden(logical):
            keys.append(columns[logical].key)
    return keys


def ask_path(parent: QWidget, title: str) -> Path | None:
    """Where to write (a file dialog; tests replace this)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = f"{title} {date.today().isoformat()}.xlsx"  # a file name: ISO date sorts
    chosen = prompts.choose_save_file(parent, QCoreApplication.translate("ListExport", "Export this list to Excel"),
                                      str(Path(folder) / name),
                                      QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def export_list(view: QTableView, model: SqlListModel, services) -> ListExportResult | None:
    """Ask where, write the list as shown on the runner, tell the outcome; the result or None."""
    window = view.window()
    source, state, keys = model.source(), model.state(), shown_columns(view, model)
    out = ask_path(window, QCoreApplication.translate("Lists", source.title))
    if out is None:
        return None
    export = services.list_export

    def body(progress: runner.Progress) -> ListExportResult:
        return export.export(source, state, out, keys, QCoreApplication.translate,
                             progress=lambda done, total: progress(done, total))

    title = QCoreApplication.translate("ListExport", "Export this list to Excel")
    try:
        result = runner.run_modal(window, QCoreApplication.translate("ListExport", "Writing the list…"), body)
    except runner.Cancelled:
        prompts.info(window, title, QCoreApplication.translate("ListExport", "Cancelled: no file was written."))
        return None
    except Exception as exc:  # told in words, or by the global exception hook
        runner.report_error(window, title, exc)
        return None
    text = QCoreApplication.translate("ListExport", "%n row(s) written to %1.", "", result.rows).replace(
        "%1", str(result.path))
    if "(s)" in text:  # the untranslated English source: pick the form here
        text = text.replace("(s)", "" if result.rows == 1 else "s")
    if result.left_out:
        text += " " + QCoreApplication.translate(
            "ListExport", "Columns left out (special-category data): %1.").replace("%1", ", ".join(result.left_out))
    prompts.info(window, title, text)
    return result
