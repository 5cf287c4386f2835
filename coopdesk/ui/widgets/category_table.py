"""The at-risk categories of one participant: category, proof document and proof date per row.

Rows are added from a picker combo (the dictionary), never typed. The proof document cell shows the
category's proof hint (greyed) until something is typed; the date cell is edited with a DateField.
Keyboard: arrows move, F2 or typing edits, Tab inside an editor moves to the next cell, Delete
removes the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coopdesk.domain.records import Category, CategoryAssignment
from coopdesk.ui.widgets.date_field import DateField, format_date, parse_date

CATEGORY, DOCUMENT, PROOF_DATE = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole
HINT_ROLE = Qt.ItemDataRole.UserRole + 1


class _ProofDocumentDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setPlaceholderText(index.data(HINT_ROLE) or "")
        return editor

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if not option.text and index.data(HINT_ROLE):
            option.text = index.data(HINT_ROLE)
            option.font.setItalic(True)
            placeholder = option.palette.color(QPalette.ColorRole.PlaceholderText)
            option.palette.setColor(QPalette.ColorRole.Text, placeholder)


class _ProofDateDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = DateField(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, DateField):
            editor.setText(index.data() or "")

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, DateField) and editor.has_valid_input():  # a half-typed date is not stored; the previous value stays
            model.setData(index, format_date(editor.date()))


class CategoryTable(QTableWidget):
    """Edits a tuple of :class:`CategoryAssignment`; emits ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._dictionary: dict[int, Category] = {}
        self.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Proof document"), self.tr("Proof date")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table like any other field
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROOF_DATE, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(CATEGORY, 260)
        self.setColumnWidth(PROOF_DATE, self.fontMetrics().horizontalAdvance("00.00.00000") + 56)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegateForColumn(DOCUMENT, _ProofDocumentDelegate(self))
        self.setItemDelegateForColumn(PROOF_DATE, _ProofDateDelegate(self))
        self.itemChanged.connect(lambda _item: self.changed.emit())

    # --- wiring --------------------------------------------------------------------------------
    def set_dictionary(self, categories: list[Category]) -> None:
        self._dictionary = {c.id: c for c in categories}

    def attach(self, picker: QComboBox, add_button: QPushButton, remove_button: QPushButton) -> None:
        """Fill ``picker`` with the active categories and make the buttons add/remove rows."""
        picker.clear()
        for category in self._dictionary.values():
            if category.active:
                picker.addItem(f"{category.code} - {category.name}", category.id)
                picker.setItemData(picker.count() - 1, self._tooltip(category), Qt.ItemDataRole.ToolTipRole)
        add_button.clicked.connect(lambda: self.add_category(picker.currentData()))
        remove_button.clicked.connect(self.remove_current)
        self.itemSelectionChanged.connect(lambda: remove_button.setEnabled(self.currentRow() >= 0))
        remove_button.setEnabled(False)

    # --- values --------------------------------------------------------------------------------
    def set_assignments(self, assignments: tuple[CategoryAssignment, ...]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for a in assignments:
            self._append(a.category_id, a.category_code, a.category_name, a.proof_document, a.proof_date)
        self.blockSignals(False)

    def assignments(self) -> tuple[CategoryAssignment, ...]:
        rows = []
        for row in range(self.rowCount()):
            category = self.item(row, CATEGORY)
            rows.append(
                CategoryAssignment(
                    category_id=int(category.data(ID_ROLE)),
                    proof_document=self.item(row, DOCUMENT).text(),
                    proof_date=parse_date(self.item(row, PROOF_DATE).text()),
                )
            )
        return tuple(rows)

    def add_category(self, category_id: int | None) -> None:
        """Add a row for the category (or go to its row if already listed) and start the proof entry."""
        if category_id is None:
            return
        row = self._row_of(category_id)
        if row < 0:
            category = self._dictionary[category_id]
            self._append(category_id, category.code, category.name, "", None)
            row = self.rowCount() - 1
            self.changed.emit()
        self.setFocus()
        self.setCurrentCell(row, DOCUMENT)
        item = self.item(row, DOCUMENT)
        if item is not None:
            self.editItem(item)

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.changed.emit()

    # --- internals -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_current()
            return
        super().keyPressEvent(event)

    def _row_of(self, category_id: int) -> int:
        for row in range(self.rowCount()):
            if self.item(row, CATEGORY).data(ID_ROLE) == category_id:
                return row
        return -1

    def _tooltip(self, category: Category) -> str:
        tip = category.name
        if category.proof_hint:
            tip += "\n" + self.tr("Proof: {hint}").format(hint=category.proof_hint)
        return tip

    def _append(self, category_id: int, code: str, name: str, document: str, proof_date) -> None:
        known = self._dictionary.get(category_id)
        code, name = (known.code, known.name) if known else (code, name)
        hint = known.proof_hint if known else ""
        row = self.rowCount()
        self.insertRow(row)
        label = QTableWidgetItem(f"{code} - {name}")
        label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
        label.setData(ID_ROLE, category_id)
        label.setToolTip(self._tooltip(known) if known else name)
        proof = QTableWidgetItem(document)
        proof.setData(HINT_ROLE, hint)
        proof.setToolTip(self.tr("Proof: {hint}").format(hint=hint) if hint else "")
        when = QTableWidgetItem(format_date(proof_date))
        when.setToolTip(self.tr("Date of the proof document, dd.mm.yyyy"))
        for column, item in ((CATEGORY, label), (DOCUMENT, proof), (PROOF_DATE, when)):
            self.setItem(row, column, item)
