"""History of a record: the audit journal, newest first, with "Restore this value"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError, ValidationFailed
from coopdesk.ui import prompts
from coopdesk.ui.models.history_model import Column, HistoryModel, field_label, format_when


def _translate_error(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class HistoryDialog(QDialog):
    """``HistoryDialog(services, table="participants", record_id=..., title="Anna Kowalska")``."""

    #: an old value was put back into the record (the caller may refresh its views)
    valueRestored = Signal(int)  # the record id

    def __init__(
        self, services, table: str, record_id: int | None, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of %1").replace("%1", title) if title else self.tr("History"))
        self._services = services
        self._record_id = record_id

        self.model = HistoryModel(services.audit, table, record_id, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.WHEN, 140), (Column.WHO, 110), (Column.ACTION, 150), (Column.FIELD, 190),
                              (Column.OLD, 220)):
            self.table.setColumnWidth(column, width)

        # The selected entry in full (the table's cells are cut to their column's width).
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("historyDetail")
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)
        self.detail.setPlaceholderText(self.tr("Select an entry to see it in full."))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("historySplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.show_reads = QCheckBox(self.tr("Show &views of sensitive data"), self)
        self.show_reads.setObjectName("showReadsCheck")
        self.show_reads.toggled.connect(self._reload)

        self.restore_button = QPushButton(self.tr("&Restore this value"), self)
        self.restore_button.setObjectName("restoreValueButton")
        self.restore_button.setToolTip(self.tr("Put the old value of the selected change back into the record"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(services.audit.can_restore)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.setObjectName("historyButtons")
        buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.show_reads)
        bottom.addStretch(1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.resize(960, 640)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self._reload()

    # --- actions ---------------------------------------------------------------------------------
    def selected_entry(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def restore_selected(self) -> bool:
        """Ask, then put the selected change's old value back; True when it was restored."""
        entry = self.selected_entry()
        if entry is None or not entry.restorable:
            return False
        attribute = entry.field
        question = self.tr(
            "Put back the old value of \u201c%1\u201d?\n\nIt becomes: %2\nNow it is: %3\n\n"
            "The change is saved and recorded in the history."
        )
        current = self._current_value_text(entry)
        question = (question.replace("%1", field_label(attribute, self.model.names))
                    .replace("%2", self.model.format_value(attribute, entry.old)).replace("%3", current))
        if not prompts.confirm(self, self.tr("Restore this value"), question):
            return False
        try:
            self._services.audit.restore_value(entry.id)
        except ValidationFailed as exc:
            reasons = "\n".join(i.render(_translate_error) for i in exc.issues)
            prompts.error(self, self.tr("Restore this value"), self.tr(
                "The old value cannot be saved any more, because the record would not be valid:\n%1"
            ).replace("%1", reasons))
            return False
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Restore this value"), exc.render(_translate_error))
            return False
        self._reload()
        if self._record_id is not None:
            self.valueRestored.emit(self._record_id)
        return True

    # --- internals -------------------------------------------------------------------------------
    def _reload(self) -> None:
        try:
            self.model.reload(include_reads=self.show_reads.isChecked())
        except CoopdeskError as exc:
            self.message.setText(exc.render(_translate_error))
            self.message.show()
            self.table.setEnabled(False)
            self.restore_button.setEnabled(False)
            return
        self.message.hide()
        self.table.setEnabled(True)
        if self.model.rowCount() == 0:
            self.message.setText(self.tr("Nothing has been recorded for this record yet."))
            self.message.show()
        else:
            self.table.selectRow(0)
            self._fit_short_columns()
        self._selection_changed(QItemSelection(), QItemSelection())

    def _fit_short_columns(self) -> None:
        """When, who and what never cut (their texts are short, the translation may be longer); the
        field and the values share the rest, and the detail pane shows them in full."""
        for column in (Column.WHEN, Column.WHO, Column.ACTION, Column.FIELD):
            wanted = max(self.table.sizeHintForColumn(column), self.table.horizontalHeader().sectionSizeHint(column))
            limit = 320 if column == Column.FIELD else 10_000
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), wanted), limit))

    def _selection_changed(self, _selected, _deselected) -> None:
        entry = self.selected_entry()
        self.restore_button.setEnabled(entry is not None and entry.restorable)
        self.detail.setPlainText(self.detail_text(entry) if entry is not None else "")

    def detail_text(self, entry) -> str:
        """The entry in full: when, who, what, and the old and new values (a whole record one field a line)."""
        model = self.model
        row = model.row_of(entry.id)  # (the selected entry: always in the model)
        who = model.who(entry)
        if who != entry.username:
            who = f"{who} ({entry.username})"
        lines = [
            self.tr("When: %1").replace("%1", format_when(entry.at)),
            self.tr("Who: %1").replace("%1", who),
            self.tr("Action: %1").replace("%1", model.data(model.index(row, Column.ACTION)) if row is not None else ""),
        ]
        if entry.field:
            lines.append(self.tr("Field: %1").replace("%1", model.field_text(entry)))
        for which, title in (("old", self.tr("Old value:")), ("new", self.tr("New value:"))):
            values = model.value_lines(entry, which)
            if values:
                lines += ["", title, *(f"    {v}" for v in values)]
        return "\n".join(lines)

    def _current_value_text(self, entry) -> str:
        """The newest journaled value of the field (what the record holds now)."""
        for row in range(self.model.rowCount()):
            other = self.model.record(row)
            if other.field == entry.field and other.action.value == "update":
                return self.model.format_value(entry.field, other.new)
        return self.model.format_value(entry.field, entry.new)
