"""Tools → Dictionaries (coordinator): at-risk categories and recruitment sources, each entry with its
valid-from/to days and the legal basis it follows. An entry in use is deactivated, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.dictionaries import DICTIONARY_LABELS, DictionaryEntry, DictionaryKind
from coopdesk.domain.errors import CoopdeskError, Severity, ValidationFailed
from coopdesk.ui import prompts
from coopdesk.ui.widgets.date_field import DateField, format_date
from coopdesk.ui.widgets.field_issues import STYLE_SHEET, FieldIssues

CODE, NAME, VALID_FROM, VALID_TO, STATE, IN_USE = range(6)


def _translate(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class DictionariesDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dictionariesDialog")
        self.setWindowTitle(self.tr("Dictionaries"))
        self.setStyleSheet(STYLE_SHEET)
        self.resize(940, 700)
        self._services = services
        self._entries: list[DictionaryEntry] = []
        self._current: DictionaryEntry | None = None

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("dictionaryCombo")
        for kind in DictionaryKind:
            self.kind_combo.addItem(QCoreApplication.translate("Labels", DICTIONARY_LABELS[kind]), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        kind_label = QLabel(self.tr("&Dictionary:"), self)
        kind_label.setBuddy(self.kind_combo)
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addStretch(1)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("dictionaryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Valid from"),
                                              self.tr("Valid to"), self.tr("State"), self.tr("Participants")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selected)

        self.form_tabs = QTabWidget(self)
        self.form_tabs.setObjectName("entryTabs")
        page = QWidget(self.form_tabs)
        self.code_edit = QLineEdit(page)
        self.code_edit.setObjectName("entryCodeEdit")
        self.code_edit.setMaxLength(20)
        self.name_edit = QLineEdit(page)
        self.name_edit.setObjectName("entryNameEdit")
        self.proof_edit = QLineEdit(page)
        self.proof_edit.setObjectName("entryProofHintEdit")
        self.proof_edit.setPlaceholderText(self.tr("e.g. Zaświadczenie PUP"))
        self.special_check = QCheckBox(self.tr("Special-category data (GDPR Art. 9/10: health, disability, criminal record)"), page)
        self.special_check.setObjectName("entrySpecialCheck")
        self.active_check = QCheckBox(self.tr("Acti&ve (offered for new participants)"), page)
        self.active_check.setObjectName("entryActiveCheck")
        self.from_edit = DateField(page)
        self.from_edit.setObjectName("entryValidFromEdit")
        self.to_edit = DateField(page)
        self.to_edit.setObjectName("entryValidToEdit")
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        self.to_label = QLabel(self.tr("&to:"), page)
        self.to_label.setBuddy(self.to_edit)
        dates.addWidget(self.to_label)
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        self.basis_edit = QPlainTextEdit(page)
        self.basis_edit.setObjectName("entryLegalBasisEdit")
        self.basis_edit.setTabChangesFocus(True)
        self.basis_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.basis_edit.setPlaceholderText(self.tr("The act and provision the entry follows, e.g. Dz.U. 2022 poz. 1812"))
        self.form = QFormLayout(page)
        self.form.addRow(self.tr("&Code:"), self.code_edit)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Proof document:"), self.proof_edit)
        self.form.addRow("", self.special_check)
        self.form.addRow("", self.active_check)
        from_label = QLabel(self.tr("Valid &from:"), page)
        from_label.setBuddy(self.from_edit)
        self.form.addRow(from_label, dates)
        self.form.addRow(self.tr("&Legal basis:"), self.basis_edit)
        self.form_tabs.addTab(page, self.tr("Entry"))
        self.summary = QLabel(self)
        self.summary.setObjectName("entryIssues")
        self.summary.setWordWrap(True)
        self.issues = FieldIssues(
            {"code": self.code_edit, "name": self.name_edit, "proof_hint": self.proof_edit,
             "active": self.active_check, "valid_from": self.from_edit, "valid_to": self.to_edit,
             "legal_basis": self.basis_edit},
            self.summary, self.form_tabs,
        )

        self.new_button = QPushButton(self.tr("&New entry"), self)
        self.new_button.setObjectName("newEntryButton")
        self.new_button.clicked.connect(self.new_entry)
        self.save_button = QPushButton(self.tr("&Save entry"), self)
        self.save_button.setObjectName("saveEntryButton")
        self.save_button.clicked.connect(self.save_entry)
        self.delete_button = QPushButton(self.tr("De&lete entry…"), self)
        self.delete_button.setObjectName("deleteEntryButton")
        self.delete_button.clicked.connect(self.delete_entry)
        buttons_row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_tabs)
        layout.addWidget(self.summary)
        layout.addLayout(buttons_row)
        layout.addWidget(close)
        self.reload()

    # --- loading -------------------------------------------------------------------------------
    def kind(self) -> DictionaryKind:
        return DictionaryKind(self.kind_combo.currentData())  # Qt hands the enum back as its str value

    def reload(self, select_id: int | None = None) -> None:
        kind = self.kind()
        categories = kind is DictionaryKind.CATEGORIES
        for widget in (self.code_edit, self.proof_edit, self.special_check):
            widget.setVisible(categories)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(categories)
        self.table.setColumnHidden(CODE, not categories)
        self._entries = self._services.dictionaries.entries(kind)
        today = self._services.ctx.today()
        self.table.setRowCount(len(self._entries))
        for row, e in enumerate(self._entries):
            values = (e.code, e.name, format_date(e.valid_from), format_date(e.valid_to), self._state(e, today),
                      str(e.in_use))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                if not e.offered_on(today):
                    item.setForeground(Qt.GlobalColor.gray)
                if column == NAME and e.legal_basis:
                    item.setToolTip(e.legal_basis)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        if select_id is not None:
            self.select(select_id)
        else:
            self.new_entry()

    def _state(self, e: DictionaryEntry, today) -> str:
        if not e.active:
            return self.tr("Inactive")
        if e.valid_from and today < e.valid_from:
            return self.tr("Not yet in force")
        if e.valid_to and e.valid_to < today:
            return self.tr("Expired")
        return self.tr("Offered")

    def select(self, entry_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).data(Qt.ItemDataRole.UserRole) == entry_id:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        items = self.table.selectedItems()
        entry_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        entry = next((e for e in self._entries if e.id == entry_id), None)
        if entry is not None:
            self._show(entry)

    def _show(self, e: DictionaryEntry) -> None:
        self._current = e if e.id else None
        self.code_edit.setText(e.code)
        self.name_edit.setText(e.name)
        self.proof_edit.setText(e.proof_hint)
        self.special_check.setChecked(e.special)
        self.active_check.setChecked(e.active)
        self.from_edit.setDate(e.valid_from)
        self.to_edit.setDate(e.valid_to)
        self.basis_edit.setPlainText(e.legal_basis)
        in_use = e.in_use > 0
        # what participants hold stays: a category's code, a source's name (its text is stored with them)
        self.code_edit.setReadOnly(in_use)
        self.name_edit.setReadOnly(in_use and self.kind() is DictionaryKind.RECRUITMENT_SOURCES)
        self.delete_button.setEnabled(bool(e.id) and not in_use)
        self.delete_button.setToolTip(
            self.tr("Used by %n participant(s): deactivate the entry instead.", "", e.in_use) if in_use else "")
        self.issues.clear()

    # --- editing -------------------------------------------------------------------------------
    def new_entry(self) -> None:
        self.table.clearSelection()
        self._show(DictionaryEntry(self.kind()))
        (self.code_edit if self.kind() is DictionaryKind.CATEGORIES else self.name_edit).setFocus()

    def entry(self) -> DictionaryEntry:
        base = self._current or DictionaryEntry(self.kind())
        return DictionaryEntry(
            self.kind(), self.name_edit.text(), self.code_edit.text().strip().upper(), self.proof_edit.text(),
            self.special_check.isChecked(), self.active_check.isChecked(), self.from_edit.date(),
            self.to_edit.date(), self.basis_edit.toPlainText(), base.id, base.in_use,
        )

    def save_entry(self) -> bool:
        bad_dates = [(f, Severity.ERROR, self.tr("Type the date as dd.mm.yyyy."))
                     for f, edit in (("valid_from", self.from_edit), ("valid_to", self.to_edit))
                     if not edit.has_valid_input()]
        if bad_dates:
            self.issues.show(bad_dates, focus=True, after_save=True)
            return False
        try:
            saved = self._services.dictionaries.save_entry(self.entry())
        except ValidationFailed as exc:
            self.issues.show([(i.field, i.severity, i.render(_translate)) for i in exc.issues], focus=True,
                             after_save=True)
            return False
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Dictionaries"), exc.render(_translate))
            return False
        self.reload(select_id=saved.id)
        return True

    def delete_entry(self) -> bool:
        e = self._current
        if e is None:
            return False
        if not prompts.confirm(self, self.tr("Delete entry"),
                               self.tr("Delete the entry “%1”? Nobody uses it.").replace("%1", e.name)):
            return False
        try:
            self._services.dictionaries.delete_entry(e.kind, e.id)
        except ValidationFailed as exc:
            self.issues.show([(i.field, i.severity, i.render(_translate)) for i in exc.issues])
            return False
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Dictionaries"), exc.render(_translate))
            return False
        self.reload()
        return True
