"""The forms of support one participation received: form, from, until (issue 8).

The first support's start is the participation's start date (derived, never typed). Rows are added with a
button (the form is then chosen from a list, the start date defaults to today) and removed with another
button or Delete. Keyboard: arrows move, F2 or typing edits, Tab leaves the table like any other field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coopdesk.domain.enums import SUPPORT_FORM_LABELS, SupportForm
from coopdesk.domain.records import SupportEntry
from coopdesk.ui.widgets.date_field import DateField, format_date, parse_date

FORM, START, END = range(3)
FORM_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _form_label(form: SupportForm) -> str:
    return QCoreApplication.translate("Labels", SUPPORT_FORM_LABELS[form])


class _FormDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for form in SupportForm:
            editor.addItem(_form_label(form), form.value)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(FORM_ROLE)), 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), FORM_ROLE)
            model.setData(index, editor.currentText())


class _DateDelegate(QStyledItemDelegate):
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
        if isinstance(editor, DateField) and editor.has_valid_input():  # a half-typed date keeps the old value
            model.setData(index, format_date(editor.date()))


class SupportsTable(QTableWidget):
    """Edits a tuple of :class:`SupportEntry`; emits ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._today = date.today
        self.setHorizontalHeaderLabels([self.tr("Form of support"), self.tr("From"), self.tr("Until")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(FORM, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("00.00.00000") + 40
        for column in (START, END):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, width)
        self.setItemDelegateForColumn(FORM, _FormDelegate(self))
        self.setItemDelegateForColumn(START, _DateDelegate(self))
        self.setItemDelegateForColumn(END, _DateDelegate(self))
        self.setMinimumHeight(100)
        self.setMaximumHeight(150)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    # --- wiring --------------------------------------------------------------------------------
    def attach(self, add_button: QPushButton, remove_button: QPushButton, today) -> None:
        """``today``: the services' clock (the default start date of a new support)."""
        self._today = today
        add_button.clicked.connect(self.add_support)
        remove_button.clicked.connect(self.remove_current)
        self.itemSelectionChanged.connect(lambda: remove_button.setEnabled(self.currentRow() >= 0))
        remove_button.setEnabled(False)

    # --- values --------------------------------------------------------------------------------
    def set_supports(self, supports: tuple[SupportEntry, ...]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for s in supports:
            self._append(s)
        self.blockSignals(False)

    def supports(self) -> tuple[SupportEntry, ...]:
        rows = []
        for row in range(self.rowCount()):
            form = self.item(row, FORM)
            rows.append(SupportEntry(
                form=SupportForm(form.data(FORM_ROLE)),
                start_date=parse_date(self.item(row, START).text()),
                end_date=parse_date(self.item(row, END).text()),
                id=form.data(ID_ROLE),
            ))
        return tuple(rows)

    def add_support(self) -> None:
        """A new row (advice from today), its form's list opened for choosing."""
        self._append(SupportEntry(SupportForm.ADVICE, self._today()))
        row = self.rowCount() - 1
        self.changed.emit()
        self.setFocus()
        self.setCurrentCell(row, FORM)
        item = self.item(row, FORM)
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

    def _append(self, s: SupportEntry) -> None:
        blocked = self.blockSignals(True)  # a row is told as changed once it is whole
        row = self.rowCount()
        self.insertRow(row)
        form = QTableWidgetItem(_form_label(s.form))
        form.setData(FORM_ROLE, s.form.value)
        form.setData(ID_ROLE, s.id)
        start = QTableWidgetItem(format_date(s.start_date))
        start.setToolTip(self.tr("The day this support began, dd.mm.yyyy"))
        end = QTableWidgetItem(format_date(s.end_date))
        end.setToolTip(self.tr("The day it ended; empty while it goes on"))
        for column, item in ((FORM, form), (START, start), (END, end)):
            self.setItem(row, column, item)
        self.blockSignals(blocked)
