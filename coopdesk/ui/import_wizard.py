"""File -> Import participants… (Ctrl+I): a wizard over the import service (``services.participant_import``).

file -> sheet -> header row -> columns (``ui/import_pages.py``) -> the dry run's problems -> duplicates (only
when there are some) -> how to commit -> summary. Reading a large file, the dry run and the commit run on the
runner (``ui/runner.py``) with progress and Cancel; a cancelled commit writes nothing (the service's promise).
The wizard keeps what the user chose in ``state``; it never touches the database itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.services.participant_import import NoHeaderRow
from coopdesk.ui import prompts, runner
from coopdesk.ui.busy import busy_cursor
from coopdesk.ui.import_pages import (
    SAMPLES,
    FilePage,
    HeaderPage,
    MappingPage,
    SheetPage,
    _error_label,
    _show,
    _t,
    cell_text,
    error_text,
    field_label,
)

PAGE_FILE, PAGE_SHEET, PAGE_HEADER, PAGE_MAPPING, PAGE_PROBLEMS, PAGE_DUPLICATES, PAGE_COMMIT, PAGE_SUMMARY = range(8)
ERROR_COLOUR = QColor("#b00020")
READ_ON_RUNNER_BYTES = 256 * 1024  # a smaller file is read at once (no progress dialog to flash)

KIND_TEXTS = {
    "pesel": QT_TRANSLATE_NOOP("ImportWizard", "same PESEL"),
    "name_birth": QT_TRANSLATE_NOOP("ImportWizard", "similar name, same birth date"),
    "in_file": QT_TRANSLATE_NOOP("ImportWizard", "twice in the file"),
    "uuid": QT_TRANSLATE_NOOP("ImportWizard", "same technical identifier"),
}
ACTION_TEXTS = {
    "create": QT_TRANSLATE_NOOP("ImportWizard", "Create a new person"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "Update the registered person"),
    "skip": QT_TRANSLATE_NOOP("ImportWizard", "Skip the row"),
}
SEVERITY_TEXTS = {
    "error": QT_TRANSLATE_NOOP("ImportWizard", "error"),
    "warning": QT_TRANSLATE_NOOP("ImportWizard", "warning"),
}


def _value(thing: Any) -> str:
    return str(getattr(thing, "value", thing))


@dataclass
class WizardState:
    path: Path | None = None
    source: Any = None  # the service's SourceFile
    sheets: list[Any] = field(default_factory=list)
    open_elsewhere: bool = False
    sheet: Any = None
    detected_header_row: int | None = None
    header_row: int | None = None
    mapping: Any = None  # the service's ColumnMapping as proposed (or loaded)
    columns: list[Any] = field(default_factory=list)
    mapping_name: str = ""
    plan: Any = None
    outcome: Any = None


class ImportWizard(QWizard):
    imported = Signal(object)  # the service's ImportOutcome, once committed

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import participants"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.services = services
        self.importer = _importer(services)
        self.state = WizardState()
        self.messages: list[str] = []  # what was said in the status line (tests read it too)
        room = self.screen().availableGeometry().size() if self.screen() is not None else QSize(1100, 720)
        self.resize(min(1100, int(room.width() * 0.95)), min(720, int(room.height() * 0.92)))
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.header_page = HeaderPage(self)
        self.mapping_page = MappingPage(self)
        self.problems_page = ProblemsPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.commit_page = CommitPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate((self.file_page, self.sheet_page, self.header_page, self.mapping_page,
                                        self.problems_page, self.duplicates_page, self.commit_page,
                                        self.summary_page)):
            self.setPage(page_id, page)

    # -- steps the pages take ---------------------------------------------------------------------------
    def read_file(self, path: Path) -> None:
        if path.stat().st_size > READ_ON_RUNNER_BYTES:
            source = runner.run_modal(self, self.tr("Reading the file..."), lambda _progress: self.importer.read(path),
                                      cancellable=False)  # the reader reports no progress to stop at
        else:
            with busy_cursor():
                source = self.importer.read(path)
        sheets = list(source.sheets)
        self.state = WizardState(path=path, source=source, sheets=sheets,
                                 open_elsewhere=any(getattr(s, "open_elsewhere", False) for s in sheets))

    def choose_sheet(self, name: str) -> None:
        state = self.state
        state.sheet = next(s for s in state.sheets if s.name == name)
        with busy_cursor():
            try:
                mapping = self.importer.propose(state.source, name, None, state.mapping_name)
                state.detected_header_row = mapping.header_row
            except NoHeaderRow:  # the user points at it on the next page
                mapping = self.importer.propose(state.source, name, 0, state.mapping_name)
                state.detected_header_row = None
        state.header_row = None
        self._take(mapping)

    def choose_header_row(self, row: int) -> None:
        state = self.state
        if row != state.mapping.header_row:
            with busy_cursor():
                self._take(self.importer.propose(state.source, state.sheet.name, row, state.mapping_name))
        state.header_row = row

    def _take(self, mapping) -> None:
        self.state.mapping = mapping
        self.state.columns = list(mapping.columns)

    def samples(self) -> dict[int, list[str]]:
        """Up to SAMPLES non-empty values of each column under the header row."""
        found: dict[int, list[str]] = {}
        start = (self.state.mapping.header_row or 0) + 1
        for values in self.state.sheet.rows[start:start + 200]:
            for c, value in enumerate(values):
                text = cell_text(value).strip()
                if text and len(found.setdefault(c, [])) < SAMPLES:
                    found[c].append(text)
        return found

    def mapping_names(self) -> list[str]:
        return list(self.importer.mappings())

    def projects(self) -> list[Any]:
        with busy_cursor():
            return list(self.services.projects.list())

    def load_mapping(self, name: str) -> list[Any]:
        state = self.state
        with busy_cursor():
            mapping = self.importer.propose(state.source, state.sheet.name, None, name)
        state.mapping_name = name
        state.header_row = mapping.header_row
        self._take(mapping)
        return state.columns

    def chosen_mapping(self, fields: list[str]):
        """The proposal with the user's choices: ColumnMapping's columns with the fields as chosen."""
        from dataclasses import replace

        mapping = self.state.mapping
        columns = tuple(replace(c, field=f or None) for c, f in zip(mapping.columns, fields, strict=True))
        return replace(mapping, columns=columns)

    def save_mapping(self, name: str, fields: list[str]) -> None:
        with busy_cursor():
            self.importer.save_mapping(name, self.chosen_mapping(fields))
        self.state.mapping_name = name

    def advisors(self) -> list[Any] | None:
        """Whom a coordinator may give the new people to; None for an advisor (their own caseload)."""
        if not allowed(self.services.ctx.actor, Permission.PARTICIPANTS_READ_ALL):
            return None
        with busy_cursor():
            return list(self.services.dictionaries.advisors())

    def dry_run(self, fields: list[str], project_id: int | None, advisor_id: int | None = None) -> None:
        state = self.state
        mapping = self.chosen_mapping(fields)
        state.plan = runner.run_modal(self, self.tr("Checking the rows..."), lambda progress: self.importer.dry_run(
            state.source, state.sheet.name, mapping, project_id=project_id, progress=progress,
            advisor_id=advisor_id))

    def commit(self, decisions, valid_only: bool, rejects: Path | None) -> None:
        plan = self.state.plan
        self.state.outcome = runner.run_modal(
            self, self.tr("Importing the participants..."), lambda progress: self.importer.commit(
                plan, decisions, valid_only=valid_only, rejects=rejects, progress=progress,
                translate=QCoreApplication.translate))
        self.imported.emit(self.state.outcome)

    def say(self, text: str) -> None:
        self.messages.append(text)
        page = self.currentPage()
        if page is not None:
            page.setSubTitle(text)


def _importer(services):
    return services.participant_import


class ProblemsModel(QAbstractTableModel):
    """The dry run's problems, one line each (row, column, field, message, suggestion, severity): texts made
    once, so that a long list scrolls and sorts (through the page's proxy, by ``SORT_ROLE``) without
    rendering again."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._errors: list[bool] = []

    def set_problems(self, problems) -> None:
        translate = lambda text: QCoreApplication.translate("Errors", text)  # noqa: E731
        severities = {key: _t(text) for key, text in SEVERITY_TEXTS.items()}
        labels: dict[str, str] = {}
        self.beginResetModel()
        self._texts, self._keys, self._errors = [], [], []
        for p in problems:
            severity = _value(p.severity)
            if p.field not in labels:
                labels[p.field] = field_label(p.field) if p.field else ""
            message = p.render(translate)
            self._texts.append((str(p.row), p.column, labels[p.field], message, p.suggestion,
                                severities.get(severity, severity)))
            self._keys.append((p.row, p.column, labels[p.field], message, p.suggestion, severity))
            self._errors.append(severity == "error")
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == self.SORT_ROLE:
            return self._keys[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self._errors[index.row()]:
            return ERROR_COLOUR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted in Python by the kept keys (a proxy comparing through data() takes seconds per 10,000 lines);
        equal keys keep the file's order."""
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        order_of = sorted(range(len(self._keys)), key=lambda i: self._keys[i][column],
                          reverse=order == Qt.SortOrder.DescendingOrder)
        moved_to = [0] * len(order_of)
        for new, old in enumerate(order_of):
            moved_to[old] = new
        self._texts = [self._texts[i] for i in order_of]
        self._keys = [self._keys[i] for i in order_of]
        self._errors = [self._errors[i] for i in order_of]
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [self.index(moved_to[i.row()], i.column()) for i in kept])
        self.layoutChanged.emit()


class SortingInSource(QSortFilterProxyModel):
    """The problems' proxy (for filtering): sorting is handed to the source model, which sorts fast."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class ProblemsPage(QWizardPage):
    """5. What the dry run found: counts, and every problem with row, column, field, message, suggestion and
    severity, sortable, exportable to xlsx."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Row"), QT_TRANSLATE_NOOP("ImportWizard", "Column"),
               QT_TRANSLATE_NOOP("ImportWizard", "Field"), QT_TRANSLATE_NOOP("ImportWizard", "Problem"),
               QT_TRANSLATE_NOOP("ImportWizard", "Suggestion"), QT_TRANSLATE_NOOP("ImportWizard", "Severity"))

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importProblemsPage")
        self._wizard = wizard
        self.setTitle(self.tr("Check"))
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.model = ProblemsModel([_t(h) for h in self.HEADERS], self)
        self.proxy = SortingInSource(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("importProblemsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table_label = QLabel(self.tr("&Problems found:"), self)
        table_label.setBuddy(self.table)
        self.export_button = QPushButton(self.tr("&Export problems…"), self)
        self.export_button.setObjectName("importExportProblems")
        self.export_button.clicked.connect(self.export)
        self.error = _error_label("importProblemsError", self)
        row = QHBoxLayout()
        row.addWidget(table_label)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        plan = self._wizard.state.plan
        counts = plan.counts
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.counts.setText(self.tr("Rows: %1. Ready to import: %2. With errors: %3. Duplicates: %4. Problems "
                               "listed: %5.").replace("%1", str(counts.rows)).replace("%2", str(counts.valid))
                            .replace("%3", str(counts.with_errors)).replace("%4", str(counts.duplicates))
                            .replace("%5", str(len(plan.problems))))
        self.model.set_problems(plan.problems)
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(blocked)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(5)
        self.export_button.setEnabled(bool(plan.problems))
        _show(self.error, "")

    def rows_shown(self) -> list[tuple[str, ...]]:
        """The table as the user sees it, in the order shown (tests read it)."""
        return [tuple(self.proxy.index(r, c).data() or "" for c in range(self.proxy.columnCount()))
                for r in range(self.proxy.rowCount())]

    def export(self) -> None:
        state = self._wizard.state
        start = state.path.with_name(self.tr("%1-problems.xlsx").replace("%1", state.path.stem))
        chosen = prompts.choose_save_file(self, self.tr("Export problems"), str(start), self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        headers = [_t(h) for h in self.HEADERS]
        rows = self.rows_shown()
        try:
            runner.run_modal(self, self.tr("Writing the problems..."), lambda progress: (
                self._wizard.services.participant_import.export_problems(
                    path, self.tr("Problems"), headers, rows, progress)))
        except runner.Cancelled:
            return
        except Exception as exc:
            if runner.error_text(exc) is None:
                raise
            _show(self.error, error_text(exc))
            return
        self._wizard.say(self.tr("The problems were written to %1.").replace("%1", str(path)))

    def nextId(self) -> int:
        plan = self._wizard.state.plan
        return PAGE_DUPLICATES if plan is not None and plan.duplicates else PAGE_COMMIT


class ActionDelegate(QStyledItemDelegate):
    """The duplicates' "What to do" cell edited with a combo of the choices that row may take (one editor at
    a time: thousands of duplicates cost no widget each)."""

    def __init__(self, page: DuplicatesPage) -> None:
        super().__init__(page)
        self._page = page

    def createEditor(self, parent: QWidget, option, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("importActionEditor")
        for action in self._page.allowed(index.row()):
            combo.addItem(_t(ACTION_TEXTS[action]), action)
        combo.activated.connect(lambda _i: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def paint(self, painter, option, index: QModelIndex | QPersistentModelIndex) -> None:
        """Drawn as a combo box (it is one when edited), over the row's selection colour."""
        super().paint(painter, option, QModelIndex())  # the background and the selection only
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.currentText = str(index.data() or "")
        box.palette = option.palette
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        combo = cast(QComboBox, editor)
        combo.setCurrentIndex(max(0, combo.findData(index.data(Qt.ItemDataRole.UserRole))))
        QTimer.singleShot(0, combo.showPopup)

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        self._page.set_action(index.row(), cast(QComboBox, editor).currentData())


class DuplicatesPage(QWizardPage):
    """5b. Each duplicate (in the file or in the register): create, update or skip; what an update changes,
    field by field; one choice applied to all duplicates of the same kind."""

    ROW, KIND, EXISTING, ACTION = range(4)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importDuplicatesPage")
        self._wizard = wizard
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(self.tr("These rows look like people already registered or rows repeated in the file."))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("importDuplicatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Match"), self.tr("Registered as"), self.tr("What to do")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegateForColumn(self.ACTION, ActionDelegate(self))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 4)
        self.table.horizontalHeader().setSectionResizeMode(self.EXISTING, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_changes(row))
        label = QLabel(self.tr("&Duplicate rows:"), self)
        label.setBuddy(self.table)
        self.changes = QTableWidget(0, 3, self)
        self.changes.setObjectName("importChangesTable")
        self.changes.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Now"), self.tr("After the update")])
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.verticalHeader().hide()
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        changes_label = QLabel(self.tr("&Changes an update makes:"), self)
        changes_label.setBuddy(self.changes)
        self.apply_all = QPushButton(self.tr("Apply to all &alike"), self)
        self.apply_all.setObjectName("importApplyToAlike")
        self.apply_all.setToolTip(self.tr("Give every duplicate of the same kind the choice of the selected row."))
        self.apply_all.clicked.connect(self.apply_to_alike)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch(1)
        row.addWidget(self.apply_all)
        top_layout.addLayout(row)
        top_layout.addWidget(self.table)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(changes_label)
        bottom_layout.addWidget(self.changes)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._duplicates: list[Any] = []

    def initializePage(self) -> None:
        self._duplicates = list(self._wizard.state.plan.duplicates)
        self.table.setRowCount(len(self._duplicates))
        for r, dup in enumerate(self._duplicates):
            kind = _value(dup.kind)
            self.table.setItem(r, self.ROW, QTableWidgetItem(str(dup.row)))
            self.table.setItem(r, self.KIND, QTableWidgetItem(_t(KIND_TEXTS.get(kind, kind))))
            if kind == "in_file":
                existing = self.tr("row %1 of the file").replace("%1", str(dup.other_row))
            elif getattr(dup, "hidden", False):
                existing = self.tr("someone outside your caseload")
            else:
                existing = dup.existing_label
            self.table.setItem(r, self.EXISTING, QTableWidgetItem(existing))
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(self.tr("Double-click, F2 or Space: choose what to do with row %1")
                            .replace("%1", str(dup.row)))
            self.table.setItem(r, self.ACTION, item)
            self._set(r, _value(dup.proposed))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(self.ACTION, max(self.table.columnWidth(self.ACTION), 260))
        self.table.horizontalHeader().setSectionResizeMode(self.EXISTING, QHeaderView.ResizeMode.Stretch)
        if self._duplicates:
            self.table.setCurrentCell(0, self.ACTION)  # arrows move along the choices; F2 / Space opens one
            self._show_changes(0)
        QTimer.singleShot(0, self.table.setFocus)

    def allowed(self, row: int) -> list[str]:
        """The choices row ``row`` may take: no update without a registered person, only a skip for a
        person outside the actor's caseload."""
        dup = self._duplicates[row]
        if getattr(dup, "hidden", False):
            return ["skip"]
        return [a for a in ACTION_TEXTS if a != "update" or dup.existing_id is not None]

    def _show_changes(self, row: int) -> None:
        changes = list(self._duplicates[row].changes) if 0 <= row < len(self._duplicates) else []
        self.changes.setRowCount(len(changes))
        for r, change in enumerate(changes):
            label = change.label or field_label(change.field)
            for c, text in enumerate((QCoreApplication.translate("Labels", label), change.old, change.new)):
                self.changes.setItem(r, c, QTableWidgetItem(cell_text(text)))

    def action_of(self, row: int) -> str:
        return str(self.table.item(row, self.ACTION).data(Qt.ItemDataRole.UserRole))

    def _set(self, row: int, action: str) -> bool:
        if action not in self.allowed(row):
            return False
        item = self.table.item(row, self.ACTION)
        item.setData(Qt.ItemDataRole.UserRole, action)
        item.setText(_t(ACTION_TEXTS[action]))
        return True

    def set_action(self, row: int, action: str) -> None:
        self._set(row, action)

    def apply_to_alike(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        action, kind = self.action_of(row), _value(self._duplicates[row].kind)
        count = sum(1 for r, dup in enumerate(self._duplicates) if _value(dup.kind) == kind and self._set(r, action))
        self._wizard.say(self.tr("The same choice was given to %1 duplicates of this kind.").replace("%1", str(count)))

    def decisions(self) -> dict[int, Any]:
        from coopdesk.services.participant_import import Action

        return {dup.row: Action(self.action_of(r)) for r, dup in enumerate(self._duplicates)}


class CommitPage(QWizardPage):
    """6. All or nothing (default), or the valid rows only with the rejected ones written to an xlsx; the
    commit runs on the runner; a cancel writes nothing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importCommitPage")
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.all_or_nothing = QRadioButton(self.tr("&All or nothing: import only if no row has an error"), self)
        self.all_or_nothing.setObjectName("importAllOrNothing")
        self.valid_only = QRadioButton(self.tr("Import the &valid rows only and write the rejected rows to a file"),
                                       self)
        self.valid_only.setObjectName("importValidOnly")
        group = QButtonGroup(self)
        group.addButton(self.all_or_nothing)
        group.addButton(self.valid_only)
        self.all_or_nothing.setChecked(True)
        self.rejects = QLineEdit(self)
        self.rejects.setObjectName("importRejectsPath")
        self.rejects_label = QLabel(self.tr("&Rejected rows to:"), self)
        self.rejects_label.setBuddy(self.rejects)
        self.browse = QPushButton(self.tr("C&hoose…"), self)
        self.browse.setObjectName("importChooseRejects")
        self.browse.clicked.connect(self.choose_rejects)
        self.plan_text = QLabel(self)
        self.plan_text.setObjectName("importPlanText")
        self.plan_text.setWordWrap(True)
        self.error = _error_label("importCommitError", self)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.rejects_label)
        row.addWidget(self.rejects, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_text)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.valid_only)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.valid_only.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.rejects_label, self.rejects, self.browse):
            widget.setEnabled(on)
        _show(self.error, "")

    def initializePage(self) -> None:
        state = self._wizard.state
        counts = state.plan.counts
        self.setSubTitle(self.tr("Choose how to import, then press Import."))
        self.plan_text.setText(self.tr("%1 of %2 rows are ready to import; %3 have errors.")
                               .replace("%1", str(counts.valid)).replace("%2", str(counts.rows))
                               .replace("%3", str(counts.with_errors)))
        if not self.rejects.text():
            self.rejects.setText(str(state.path.with_name(self.tr("%1-rejected.xlsx").replace("%1", state.path.stem))))
        (self.valid_only if self.valid_only.isChecked() else self.all_or_nothing).setFocus()

    def choose_rejects(self) -> None:
        chosen = prompts.choose_save_file(self, self.tr("Rejected rows"), self.rejects.text(),
                                          self.tr("Excel workbooks (*.xlsx)"))
        if chosen:
            self.rejects.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def validatePage(self) -> bool:
        valid_only = self.valid_only.isChecked()
        rejects = Path(self.rejects.text().strip()) if valid_only and self.rejects.text().strip() else None
        decisions = self._wizard.duplicates_page.decisions() if self._wizard.state.plan.duplicates else {}
        try:
            self._wizard.commit(decisions, valid_only, rejects)
        except runner.Cancelled:
            _show(self.error, self.tr("The import was cancelled; nothing was written."))
            return False
        except Exception as exc:
            if runner.error_text(exc) is None:
                raise
            _show(self.error, error_text(exc))
            return False
        return True


class SummaryPage(QWizardPage):
    """7. What the import did, and where the rejected rows went."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("importSummaryPage")
        self._wizard = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel(self)
        self.text.setObjectName("importSummary")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        outcome = self._wizard.state.outcome
        lines = [
            self.tr("New people: %1.").replace("%1", str(outcome.created_people)),
            self.tr("New participations: %1.").replace("%1", str(outcome.created_participations)),
            self.tr("Updated people: %1.").replace("%1", str(outcome.updated_people)),
            self.tr("Already registered as in the file (nothing to change): %1.").replace("%1", str(outcome.unchanged)),
            self.tr("Skipped rows: %1.").replace("%1", str(outcome.skipped)),
            self.tr("Rejected rows: %1.").replace("%1", str(outcome.rejected)),
        ]
        if outcome.rejects_path:
            lines.append(self.tr("The rejected rows, with the reasons, are in %1.").replace("%1", str(outcome.rejects_path)))
        lines.append(self.tr("The import can be undone in Tools → Import batches… while its records are unchanged."))
        self.text.setText("\n".join(lines))


def open_import_wizard(parent: QWidget | None, services, on_imported=None) -> None:
    """Show the wizard (modal); ``on_imported(outcome)`` once something was imported (refresh the list)."""
    wizard = ImportWizard(services, parent)
    if on_imported is not None:
        wizard.imported.connect(on_imported)
    wizard.exec()
    wizard.deleteLater()
