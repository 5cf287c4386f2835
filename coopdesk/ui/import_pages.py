"""The first pages of the import wizard (``ui/import_wizard.py``): the file, the sheet, the header row and
the column mapping. They keep what the user chose on the wizard (``wizard.state``); the reading and the
proposals are the import service's (``services.participant_import``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from coopdesk.domain.formats import format_date, format_local_datetime
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.ui import prompts, runner

PREVIEW_ROWS = 12  # rows shown under the header row
SAMPLES = 3  # sample values per column on the mapping page
MAX_HEADER_ROW = 50

# The coopdesk fields a column can fill, in the order offered (keys of assets/data/import_headers.json).
FIELDS: tuple[tuple[str, str], ...] = (
    ("first_name", QT_TRANSLATE_NOOP("Labels", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("Labels", "Last name")),
    ("pesel", QT_TRANSLATE_NOOP("Labels", "PESEL")),
    ("no_pesel", QT_TRANSLATE_NOOP("Labels", "No PESEL")),
    ("uuid", QT_TRANSLATE_NOOP("Labels", "Technical identifier")),
    ("sex", QT_TRANSLATE_NOOP("Labels", "Sex")),
    ("birth_date", QT_TRANSLATE_NOOP("Labels", "Birth date")),
    ("age_at_entry", QT_TRANSLATE_NOOP("Labels", "Age at entry")),
    ("citizenship", QT_TRANSLATE_NOOP("Labels", "Citizenship")),
    ("participant_type", QT_TRANSLATE_NOOP("Labels", "Participant type")),
    ("institution_name", QT_TRANSLATE_NOOP("Labels", "Institution")),
    ("education", QT_TRANSLATE_NOOP("Labels", "Education")),
    ("country", QT_TRANSLATE_NOOP("Labels", "Country")),
    ("voivodeship", QT_TRANSLATE_NOOP("Labels", "Voivodeship")),
    ("powiat", QT_TRANSLATE_NOOP("Labels", "District (powiat)")),
    ("gmina", QT_TRANSLATE_NOOP("Labels", "Municipality (gmina)")),
    ("town", QT_TRANSLATE_NOOP("Labels", "Town")),
    ("street", QT_TRANSLATE_NOOP("Labels", "Street")),
    ("building_no", QT_TRANSLATE_NOOP("Labels", "Building number")),
    ("flat_no", QT_TRANSLATE_NOOP("Labels", "Flat number")),
    ("postal_code", QT_TRANSLATE_NOOP("Labels", "Postal code")),
    ("degurba", QT_TRANSLATE_NOOP("Labels", "Degree of urbanisation (DEGURBA)")),
    ("phone", QT_TRANSLATE_NOOP("Labels", "Phone")),
    ("email", QT_TRANSLATE_NOOP("Labels", "E-mail")),
    ("start_date", QT_TRANSLATE_NOOP("Labels", "Start date")),
    ("exit_date", QT_TRANSLATE_NOOP("Labels", "Exit date")),
    ("labour_status", QT_TRANSLATE_NOOP("Labels", "Labour-market status")),
    ("labour_detail", QT_TRANSLATE_NOOP("Labels", "Labour-market status detail")),
    ("exit_situation", QT_TRANSLATE_NOOP("Labels", "Situation at exit")),
    ("completed_path", QT_TRANSLATE_NOOP("Labels", "Completed the path as planned")),
    ("support_form", QT_TRANSLATE_NOOP("Labels", "Form of support")),
    ("support_start", QT_TRANSLATE_NOOP("Labels", "Support from")),
    ("support_end", QT_TRANSLATE_NOOP("Labels", "Support until")),
    ("foreign_background", QT_TRANSLATE_NOOP("Labels", "Foreign background")),
    ("minority", QT_TRANSLATE_NOOP("Labels", "Minority")),
    ("homeless", QT_TRANSLATE_NOOP("Labels", "Homeless or excluded from housing")),
    ("disability", QT_TRANSLATE_NOOP("Labels", "Disability")),
    ("project", QT_TRANSLATE_NOOP("Labels", "Project")),
    ("recruitment_date", QT_TRANSLATE_NOOP("Labels", "Recruitment date")),
    ("recruitment_source", QT_TRANSLATE_NOOP("Labels", "Recruitment source")),
)
FIELD_LABELS = dict(FIELDS)

HOW_TEXTS = {
    "exact": QT_TRANSLATE_NOOP("ImportWizard", "exact"),
    "close": QT_TRANSLATE_NOOP("ImportWizard", "close: check it"),
    "combined": QT_TRANSLATE_NOOP("ImportWizard", "two fields: choose one or skip"),
    "duplicate": QT_TRANSLATE_NOOP("ImportWizard", "duplicate: the field is already mapped"),
    "not_imported": QT_TRANSLATE_NOOP("ImportWizard", "known, not imported (computed or free text)"),
    "unknown": QT_TRANSLATE_NOOP("ImportWizard", "unknown"),
    "saved": QT_TRANSLATE_NOOP("ImportWizard", "from the saved mapping"),
    "user": QT_TRANSLATE_NOOP("ImportWizard", "chosen by you"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Labels", label) if label else field


def error_text(exc: BaseException) -> str:
    """A refusal in words (the reader's and the service's errors are coopdesk errors)."""
    return runner.error_text(exc) or QCoreApplication.translate("ImportWizard", "The file could not be read.")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and (value.hour or value.minute):
        return format_local_datetime(value)  # a cell's time is as typed: no time zone
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _error_label(name: str, parent) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _refusal_shown(label: QLabel, step) -> bool:
    """Run ``step``; a refusal in words goes to ``label`` (False: the page stays), anything else is a bug."""
    try:
        step()
    except Exception as exc:
        if runner.error_text(exc) is None:
            raise
        _show(label, error_text(exc))
        return False
    _show(label, "")
    return True


class FilePage(QWizardPage):
    """1. Which file: typed or chosen; read (on the runner) when the user goes on; a refusal said here."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importFilePage")
        self._wizard = wizard
        self.setTitle(self.tr("Spreadsheet file"))
        self.setSubTitle(self.tr("Choose the spreadsheet with the participants: xlsx, xls, ods or csv."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importFilePath")
        self.browse = QPushButton(self.tr("&Choose file…"), self)
        self.browse.setObjectName("importChooseFile")
        self.browse.clicked.connect(self.choose)
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        self.error = _error_label("importFileError", self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.registerField("path*", self.path_edit)
        self.path_edit.textChanged.connect(lambda _t: _show(self.error, ""))

    def choose(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        chosen = prompts.choose_open_file(self, self.tr("Choose the spreadsheet"), start, self.tr(
            "Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"))
        if chosen:
            self.path_edit.setText(chosen)

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        if not path.is_file():
            _show(self.error, self.tr("There is no file %1.").replace("%1", str(path)))
            return False
        try:
            self._wizard.read_file(path)
        except runner.Cancelled:
            return False
        except Exception as exc:  # every refusal of the reader is told here, nothing is written
            if runner.error_text(exc) is None:
                raise
            _show(self.error, error_text(exc))
            return False
        _show(self.error, "")
        return True


class SheetPage(QWizardPage):
    """2. Which sheet: hidden ones marked, the first visible one chosen; a warning when the file is open
    in another program (what is read is the last saved state)."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importSheetPage")
        self._wizard = wizard
        self.setTitle(self.tr("Sheet"))
        self.setSubTitle(self.tr("Which sheet holds the participants?"))
        self.sheets = QListWidget(self)
        self.sheets.setObjectName("importSheetList")
        self.sheets.setSpacing(3)
        label = QLabel(self.tr("&Sheets:"), self)
        label.setBuddy(self.sheets)
        self.warning = QLabel(self)
        self.warning.setObjectName("importOpenElsewhere")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.error = _error_label("importSheetError", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(label)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.error)
        self.sheets.currentRowChanged.connect(lambda _r: self.completeChanged.emit())
        self.sheets.itemDoubleClicked.connect(lambda _i: wizard.next())  # Enter: the default button

    def initializePage(self) -> None:
        self.sheets.clear()
        state = self._wizard.state
        first_visible = None
        for index, sheet in enumerate(state.sheets):
            text = sheet.name
            if sheet.hidden:
                text = self.tr("%1 (hidden)").replace("%1", sheet.name)
            elif first_visible is None:
                first_visible = index
            text += "  —  " + self.tr("%1 rows").replace("%1", str(sheet.rows_total))
            item = QListWidgetItem(text, self.sheets)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
        self.sheets.setCurrentRow(first_visible if first_visible is not None else 0)
        _show(self.warning, self.tr(
            "The file is open in another program: coopdesk reads what was last saved. Save it there "
            "first if you changed it.") if state.open_elsewhere else "")
        self.sheets.setFocus()

    def isComplete(self) -> bool:
        return self.sheets.currentItem() is not None

    def validatePage(self) -> bool:
        return _refusal_shown(self.error, lambda: self._wizard.choose_sheet(
            self.sheets.currentItem().data(Qt.ItemDataRole.UserRole)))


class HeaderPage(QWizardPage):
    """3. Which row holds the headers: detected, changeable; the first rows shown with it highlighted."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importHeaderPage")
        self._wizard = wizard
        self.setTitle(self.tr("Header row"))
        self.spin = QSpinBox(self)
        self.spin.setObjectName("importHeaderRow")
        self.spin.setRange(1, MAX_HEADER_ROW)
        label = QLabel(self.tr("&Headers are in row:"), self)
        label.setBuddy(self.spin)
        self.detected = QLabel(self)
        self.detected.setObjectName("importHeaderDetected")
        self.detected.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("importPreviewTable")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.spin)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        self.error = _error_label("importHeaderError", self)
        layout.addWidget(self.detected)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        self.spin.valueChanged.connect(self._highlight)

    def initializePage(self) -> None:
        state = self._wizard.state
        rows = state.sheet.rows
        detected = state.detected_header_row
        if detected is None:
            self.setSubTitle(self.tr("No row looks like a header row: choose the row with the column names."))
            self.detected.setText("")
        else:
            self.setSubTitle(self.tr("Check the row with the column names; change it if it is wrong."))
            self.detected.setText(self.tr("Detected: row %1.").replace("%1", str(detected + 1)))
        shown = rows[:min(len(rows), MAX_HEADER_ROW, max(PREVIEW_ROWS, (detected or 0) + PREVIEW_ROWS))]
        width = max((len(r) for r in shown), default=0)
        self.preview.clear()
        self.preview.setRowCount(len(shown))
        self.preview.setColumnCount(width)
        for r, values in enumerate(shown):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.preview.setVerticalHeaderLabels([str(r + 1) for r in range(len(shown))])
        self.spin.setMaximum(max(1, min(len(rows), MAX_HEADER_ROW)))
        self.spin.setValue((state.header_row if state.header_row is not None else (detected or 0)) + 1)
        self._highlight(self.spin.value())
        self.spin.setFocus()
        self.spin.selectAll()

    def _highlight(self, value: int) -> None:
        palette = self.palette()
        marked = QBrush(palette.color(QPalette.ColorRole.Highlight))
        marked_text = QBrush(palette.color(QPalette.ColorRole.HighlightedText))
        for r in range(self.preview.rowCount()):
            header = r == value - 1
            for c in range(self.preview.columnCount()):
                item = self.preview.item(r, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.preview.setItem(r, c, item)
                font = QFont(item.font())
                font.setBold(header)
                item.setFont(font)
                item.setBackground(marked if header else QBrush())
                item.setForeground(marked_text if header else QBrush())
        if (row := self.preview.item(value - 1, 0)) is not None:
            self.preview.scrollToItem(row)

    def validatePage(self) -> bool:
        return _refusal_shown(self.error, lambda: self._wizard.choose_header_row(self.spin.value() - 1))


class MappingPage(QWizardPage):
    """4. Which field each column fills: the proposal chosen and its kind shown; a saved mapping loaded or
    this one saved under a partner's name; the project the rows go to."""

    COLUMN, SAMPLES_COL, FIELD, HOW = range(4)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importMappingPage")
        self._wizard = wizard
        self._filling = False
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check which field each column fills; columns set to “— skip —” are not imported."))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("importMappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Sample values"), self.tr("Field"), self.tr("Proposal")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes from one column's field to the next one's
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.SAMPLES_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.HOW, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(self.COLUMN, 200)

        self.saved = QComboBox(self)
        self.saved.setObjectName("importSavedMappings")
        self.load_button = QPushButton(self.tr("&Load"), self)
        self.load_button.setObjectName("importLoadMapping")
        self.load_button.clicked.connect(self.load_saved)
        self.save_button = QPushButton(self.tr("Save mapping &as…"), self)
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.clicked.connect(self.save_as)
        saved_label = QLabel(self.tr("Saved &mapping:"), self)
        saved_label.setBuddy(self.saved)
        self.project = QComboBox(self)
        self.project.setObjectName("importProject")
        project_label = QLabel(self.tr("&Project:"), self)
        project_label.setBuddy(self.project)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("importAdvisor")
        self.advisor_label = QLabel(self.tr("Ad&visor of the new people:"), self)
        self.advisor_label.setBuddy(self.advisor)
        self.error = _error_label("importMappingError", self)

        top = QHBoxLayout()
        top.addWidget(saved_label)
        top.addWidget(self.saved, 1)
        top.addWidget(self.load_button)
        top.addWidget(self.save_button)
        bottom = QHBoxLayout()
        bottom.addWidget(project_label)
        bottom.addWidget(self.project, 2)
        bottom.addSpacing(12)
        bottom.addWidget(self.advisor_label)
        bottom.addWidget(self.advisor, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)

    # -- filling ----------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        state = self._wizard.state
        self._fill_saved()
        self._fill_projects()
        self._fill_advisors()
        self._fill(state.columns)
        if self.table.rowCount():  # once the wizard has shown the page (it gives the focus then)
            QTimer.singleShot(0, self.table.cellWidget(0, self.FIELD).setFocus)

    def _fill_saved(self) -> None:
        names = self._wizard.mapping_names()
        self.saved.clear()
        self.saved.addItems(names)
        chosen = self._wizard.state.mapping_name
        if chosen in names:
            self.saved.setCurrentText(chosen)
        self.saved.setEnabled(bool(names))
        self.load_button.setEnabled(bool(names))

    def _fill_projects(self) -> None:
        current = self.project.currentData()
        self.project.clear()
        self.project.addItem(self.tr("From the file's project column, else none (assign later)"), None)
        for project in self._wizard.projects():
            self.project.addItem(f"{project.code} — {project.name}", project.id)
        index = self.project.findData(current)
        self.project.setCurrentIndex(max(0, index))

    def _fill_advisors(self) -> None:
        """A coordinator chooses whose caseload the new people join; an advisor's go into their own."""
        advisors = self._wizard.advisors()
        for widget in (self.advisor_label, self.advisor):
            widget.setVisible(advisors is not None)
        if advisors is None or self.advisor.count():
            return
        self.advisor.addItem(self.tr("(none)"), None)
        for advisor in advisors:
            self.advisor.addItem(advisor.full_name, advisor.id)

    def _fill(self, columns) -> None:
        self._filling = True
        samples = self._wizard.samples()
        self.table.setRowCount(len(columns))
        for r, column in enumerate(columns):
            header = column.header or self.tr("(column %1, no header)").replace("%1", str(column.column + 1))
            self.table.setItem(r, self.COLUMN, QTableWidgetItem(header))
            self.table.setItem(r, self.SAMPLES_COL, QTableWidgetItem(" · ".join(samples.get(column.column, ()))))
            combo = QComboBox(self.table)
            combo.setObjectName(f"importField{r}")
            combo.setAccessibleName(self.tr("Field for the column %1").replace("%1", header))
            combo.addItem(self.tr("— skip —"), "")
            for field, _label in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(column.field or "")))
            combo.currentIndexChanged.connect(lambda _i, row=r: self._changed(row))
            self.table.setCellWidget(r, self.FIELD, combo)
            how = str(getattr(column.how, "value", column.how) or "unknown")
            text = _t(HOW_TEXTS.get(how, HOW_TEXTS["unknown"]))
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, how)
            self.table.setItem(r, self.HOW, item)
        self._filling = False
        _show(self.error, "")

    def _changed(self, row: int) -> None:
        if not self._filling:
            self.table.item(row, self.HOW).setText(_t(HOW_TEXTS["user"]))
            self.table.item(row, self.HOW).setData(Qt.ItemDataRole.UserRole, "user")
            _show(self.error, "")

    # -- what is chosen ---------------------------------------------------------------------------------
    def chosen_fields(self) -> list[str]:
        """The field chosen for each column ("" to skip), left to right."""
        return [self.combo(r).currentData() or "" for r in range(self.table.rowCount())]

    def combo(self, row: int) -> QComboBox:
        return cast(QComboBox, self.table.cellWidget(row, self.FIELD))

    def how_shown(self, row: int) -> str:
        return self.table.item(row, self.HOW).data(Qt.ItemDataRole.UserRole)

    def set_field(self, row: int, field: str) -> None:
        combo = self.combo(row)
        combo.setCurrentIndex(combo.findData(field))

    def problem(self) -> str:
        fields = [f for f in self.chosen_fields() if f]
        if not fields:
            return self.tr("Choose a field for at least one column.")
        twice = sorted({f for f in fields if fields.count(f) > 1}, key=fields.index)
        if twice:
            return self.tr("These fields are chosen for more than one column: %1. Keep one column for each field "
                      "and skip the others.").replace("%1", ", ".join(field_label(f) for f in twice))
        return ""

    # -- saved mappings ---------------------------------------------------------------------------------
    def load_saved(self) -> None:
        name = self.saved.currentText()
        if not name:
            return
        try:
            columns = self._wizard.load_mapping(name)
        except Exception as exc:
            if runner.error_text(exc) is None:
                raise
            _show(self.error, error_text(exc))
            return
        self._fill(columns)

    def save_as(self) -> None:
        problem = self.problem()
        if problem:
            _show(self.error, problem)
            return
        name = prompts.ask_text(self, self.tr("Save mapping"), self.tr(
            "Save this mapping under a name (e.g. the partner's name and the file's purpose):"))
        if not name or not name.strip():
            return
        try:
            self._wizard.save_mapping(name.strip(), self.chosen_fields())
        except Exception as exc:
            if runner.error_text(exc) is None:
                raise
            _show(self.error, error_text(exc))
            return
        self._fill_saved()
        self.saved.setCurrentText(name.strip())
        self._wizard.say(self.tr("The mapping “%1” was saved.").replace("%1", name.strip()))

    def cleanupPage(self) -> None:
        """Back: the choices are kept, shown again when the user comes back with the same header row."""
        state = self._wizard.state
        if len(state.columns) == self.table.rowCount():
            state.columns = [replace(c, field=f or None, how=self.how_shown(r))
                             for r, (c, f) in enumerate(zip(state.columns, self.chosen_fields(), strict=True))]

    def validatePage(self) -> bool:
        problem = self.problem()
        if problem:
            _show(self.error, problem)
            return False
        try:
            self._wizard.dry_run(self.chosen_fields(), self.project.currentData(),
                                 self.advisor.currentData() if self.advisor.isVisibleTo(self) else None)
        except runner.Cancelled:
            _show(self.error, self.tr("The check was cancelled."))
            return False
        except Exception as exc:
            if runner.error_text(exc) is None:
                raise
            _show(self.error, error_text(exc))
            return False
        return True
