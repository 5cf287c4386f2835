"""Tools -> Import batches…: every import (file, when, who, counts, undone or not) and "Undo import", after
a confirmation; a refusal (a record changed since the import, or already undone) is the service's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.formats import format_datetime
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.ui import prompts, runner
from coopdesk.ui.busy import busy_cursor

HEADERS = (
    QT_TRANSLATE_NOOP("ImportBatches", "File"), QT_TRANSLATE_NOOP("ImportBatches", "When"),
    QT_TRANSLATE_NOOP("ImportBatches", "Who"), QT_TRANSLATE_NOOP("ImportBatches", "Rows"),
    QT_TRANSLATE_NOOP("ImportBatches", "Created"), QT_TRANSLATE_NOOP("ImportBatches", "Updated"),
    QT_TRANSLATE_NOOP("ImportBatches", "Skipped"), QT_TRANSLATE_NOOP("ImportBatches", "Rejected"),
    QT_TRANSLATE_NOOP("ImportBatches", "Undone"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportBatches", text)


def _when(moment) -> str:
    return format_datetime(moment)  # stored in UTC, shown in local time


class ImportBatchesDialog(QDialog):
    undone = Signal(int)  # the batch id, after a successful undo (the register list refreshes)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBatchesDialog")
        self.setWindowTitle(self.tr("Import batches"))
        room = self.screen().availableGeometry().size() if self.screen() is not None else QSize(1000, 600)
        self.resize(min(1000, int(room.width() * 0.95)), min(560, int(room.height() * 0.85)))
        self._services = services
        self._batches: list = []
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("importBatchesTable")
        self.table.setHorizontalHeaderLabels([_t(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        label = QLabel(self.tr("&Imports, newest first:"), self)
        label.setBuddy(self.table)
        self.undo_button = QPushButton(self.tr("&Undo import…"), self)
        self.undo_button.setObjectName("importUndoButton")
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setAutoDefault(False)  # Enter never starts an undo; Alt+U does (then a confirmation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        with busy_cursor():
            self._batches = sorted(self._services_importer().batches(), key=lambda b: b.created_at, reverse=True)
        self.table.setRowCount(len(self._batches))
        for r, batch in enumerate(self._batches):
            undone = self.tr("%1 by %2").replace("%1", _when(batch.undone_at)).replace("%2", batch.undone_by) \
                if batch.undone_at is not None else ""
            texts = (batch.file_name, _when(batch.created_at), batch.user_name, str(batch.rows_total),
                     str(batch.created_people), str(batch.updated_people), str(batch.skipped), str(batch.rejected), undone)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if 3 <= c <= 7:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            self.table.item(r, 0).setToolTip(self.tr("Sheet: %1").replace("%1", batch.sheet))
            self.table.item(r, 4).setToolTip(self.tr("New participations: %1").replace(
                "%1", str(batch.created_participations)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self._batches:
            self.table.selectRow(0)
        self._selected()

    def _services_importer(self):
        return self._services.participant_import

    def selected_batch(self):
        row = self.table.currentRow()
        return self._batches[row] if 0 <= row < len(self._batches) and self.table.selectedItems() else None

    def _selected(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at is not None:
            return
        title = self.tr("Undo import")
        created = batch.created_people
        question = self.tr("Undo the import of %1 (%2)?\n\nThe %3 people it created are removed with their "
                       "participations, the participations it added are removed, and the %4 people it updated "
                       "get their previous values back. This is journaled.") \
            .replace("%1", batch.file_name).replace("%2", _when(batch.created_at)) \
            .replace("%3", str(created)).replace("%4", str(batch.updated_people))
        if not prompts.confirm(self, title, question):
            return
        try:
            runner.run_modal(self, self.tr("Undoing the import..."),
                             lambda _progress: self._services_importer().undo(batch.id), cancellable=False)
        except Exception as exc:
            text = runner.error_text(exc)
            if text is None:
                raise
            prompts.warning(self, title, text)
            return
        self.refresh()
        self.undone.emit(batch.id)
        prompts.info(self, title, self.tr("The import of %1 was undone.").replace("%1", batch.file_name))


def open_import_batches(parent: QWidget | None, services, on_undone=None) -> None:
    dialog = ImportBatchesDialog(services, parent)
    if on_undone is not None:
        dialog.undone.connect(lambda _id: on_undone())
    dialog.exec()
    dialog.deleteLater()
