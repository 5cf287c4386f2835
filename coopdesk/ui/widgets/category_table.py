"""The at-risk categories of one participant: category, proof document and proof date, the dates the
category holds from / to, and who verified the proof on which day (issue 8), per row.

Rows are added from a picker combo (the dictionary), never typed. The proof document cell shows the
category's proof hint (greyed) until something is typed; date cells are edited with a DateField, the
verifier is picked from the advisors. Entering a proof (document or date) on a row nobody verified yet
makes the signed-in user its verifier, today.
Keyboard: arrows move, F2 or typing edits, Tab inside an editor moves to the next cell, Delete
removes the current row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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

CATEGORY, DOCUMENT, PROOF_DATE, VALID_FROM, VALID_TO, VERIFIED_BY, VERIFIED_ON = range(7)
DATE_COLUMNS = (PROOF_DATE, VALID_FROM, VALID_TO, VERIFIED_ON)
ID_ROLE = Qt.ItemDataRole.UserRole
HINT_ROLE = Qt.ItemDataRole.UserRole + 1
USER_ROLE = Qt.ItemDataRole.UserRole + 2  # the verifier's user id


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


class _VerifierDelegate(QStyledItemDelegate):
    """The verifier from a list of people (the table's ``verifiers``); the first entry clears it."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.addItem("", None)
        table = self.parent()
        for user_id, name in table.verifiers() if isinstance(table, CategoryTable) else []:
            editor.addItem(name, user_id)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            user_id = index.data(USER_ROLE)
            if user_id is not None and editor.findData(user_id) < 0:
                editor.addItem(index.data() or "", user_id)  # e.g. no longer active, but still named
            editor.setCurrentIndex(max(editor.findData(user_id), 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), USER_ROLE)
            model.setData(index, editor.currentText() if editor.currentData() is not None else "")


class CategoryTable(QTableWidget):
    """Edits a tuple of :class:`CategoryAssignment`; emits ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self._dictionary: dict[int, Category] = {}
        self._verifiers: list[tuple[int, str]] = []
        self._me: tuple[int, str] | None = None
        self._today: Callable[[], date] = date.today
        self.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Proof document"), self.tr("Proof date"), self.tr("Valid from"),
            self.tr("Valid to"), self.tr("Verified by"), self.tr("Verified on"),
        ])
        tips = {
            VALID_FROM: self.tr("The day the category holds from (empty: no start known)"),
            VALID_TO: self.tr("The last day the category holds (empty: still holds)"),
            VERIFIED_BY: self.tr("Who checked the proof"), VERIFIED_ON: self.tr("When the proof was checked"),
        }
        for column, tip in tips.items():
            self.horizontalHeaderItem(column).setToolTip(tip)
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
        header.setSectionResizeMode(VERIFIED_BY, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        self.setColumnWidth(CATEGORY, 260)
        self.setColumnWidth(VERIFIED_BY, 140)
        date_width = self.fontMetrics().horizontalAdvance("00.00.00000") + 40
        for column in DATE_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, date_width)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegateForColumn(DOCUMENT, _ProofDocumentDelegate(self))
        for column in DATE_COLUMNS:
            self.setItemDelegateForColumn(column, _ProofDateDelegate(self))
        self.setItemDelegateForColumn(VERIFIED_BY, _VerifierDelegate(self))
        self.itemChanged.connect(self._item_changed)

    # --- wiring --------------------------------------------------------------------------------
    def set_dictionary(self, categories: list[Category]) -> None:
        self._dictionary = {c.id: c for c in categories}

    def set_verifiers(
        self, people: list[tuple[int, str]], me: tuple[int, str] | None, today: Callable[[], date]
    ) -> None:
        """Who can be named as verifier (id, name); ``me`` (the signed-in user) is the default verifier of a
        proof entered, on ``today()``."""
        self._verifiers = list(people)
        if me is not None and me[0] not in {p[0] for p in self._verifiers}:
            self._verifiers.append(me)
        self._me, self._today = me, today

    def verifiers(self) -> list[tuple[int, str]]:
        return list(self._verifiers)

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
            self._append(a)
        self.blockSignals(False)

    def assignments(self) -> tuple[CategoryAssignment, ...]:
        rows = []
        for row in range(self.rowCount()):
            category = self.item(row, CATEGORY)
            verifier = self.item(row, VERIFIED_BY)
            rows.append(
                CategoryAssignment(
                    category_id=int(category.data(ID_ROLE)),
                    proof_document=self.item(row, DOCUMENT).text(),
                    proof_date=parse_date(self.item(row, PROOF_DATE).text()),
                    valid_from=parse_date(self.item(row, VALID_FROM).text()),
                    valid_to=parse_date(self.item(row, VALID_TO).text()),
                    verified_by_id=verifier.data(USER_ROLE),
                    verified_on=parse_date(self.item(row, VERIFIED_ON).text()),
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
            self._append(CategoryAssignment(category_id, category_code=category.code, category_name=category.name))
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
    def _item_changed(self, item: QTableWidgetItem) -> None:
        """A proof entered on a row nobody verified yet: the signed-in user verified it, today."""
        row = item.row()
        if item.column() in (DOCUMENT, PROOF_DATE) and item.text().strip() and self._me is not None:
            verifier, when = self.item(row, VERIFIED_BY), self.item(row, VERIFIED_ON)
            if verifier is not None and when is not None and verifier.data(USER_ROLE) is None:
                self.blockSignals(True)
                verifier.setData(USER_ROLE, self._me[0])
                verifier.setText(self._me[1])
                if not when.text():
                    when.setText(format_date(self._today()))
                self.blockSignals(False)
        self.changed.emit()

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

    def _append(self, a: CategoryAssignment) -> None:
        category_id, document = a.category_id, a.proof_document
        known = self._dictionary.get(category_id)
        code, name = (known.code, known.name) if known else (a.category_code, a.category_name)
        blocked = self.blockSignals(True)  # a row is told as changed once it is whole
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
        when = QTableWidgetItem(format_date(a.proof_date))
        when.setToolTip(self.tr("Date of the proof document, dd.mm.yyyy"))
        verifier = QTableWidgetItem(a.verified_by_name or self._verifier_name(a.verified_by_id))
        verifier.setData(USER_ROLE, a.verified_by_id)
        cells = (
            (CATEGORY, label), (DOCUMENT, proof), (PROOF_DATE, when),
            (VALID_FROM, QTableWidgetItem(format_date(a.valid_from))),
            (VALID_TO, QTableWidgetItem(format_date(a.valid_to))),
            (VERIFIED_BY, verifier), (VERIFIED_ON, QTableWidgetItem(format_date(a.verified_on))),
        )
        for column, item in cells:
            self.setItem(row, column, item)
        self.blockSignals(blocked)

    def _verifier_name(self, user_id: int | None) -> str:
        return next((name for uid, name in self._verifiers if uid == user_id), "") if user_id is not None else ""
