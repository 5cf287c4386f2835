"""The participant register: search as you type, filters, a sortable table, new/edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import Stage
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.domain.records import WITHOUT_PROJECT, ParticipantQuery
from coopdesk.domain.search import MAX_QUERY_CHARS, MAX_QUERY_WORDS, SearchText, clean_search
from coopdesk.services.app_services import Services
from coopdesk.ui.busy import busy_cursor
from coopdesk.ui.list_export_action import install_export_action
from coopdesk.ui.models.participants_model import ID_ROLE, Column, ParticipantsModel, stage_label
from coopdesk.ui.runner import report_error

# The exact count after a keystroke runs after the table's next paint; if no paint comes (the table is
# hidden or not exposed) it runs after this many milliseconds anyway.
_COUNT_FALLBACK_MS = 100


class ParticipantsPage(QWidget):
    """The list of participants. Emits ``message`` for the status bar."""

    message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPage")
        self._services = services
        self.model = ParticipantsModel(services.participants, parent=self)
        self._count_after_paint: Callable[[], None] | None = None
        self.model.schedule_count = self._schedule_count
        self._build()
        self._build_actions()
        self.reload_filters()
        self.model.totalChanged.connect(self._show_total)
        self.model.countingStarted.connect(self._show_counting)
        self._show_total(self.model.total())
        self._update_actions()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Search by name, PESEL, town or stable ID (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.textChanged.connect(self._apply_filters)
        self.search.installEventFilter(self)

        self.new_button = QPushButton(self.tr("&New participant"), self)
        self.new_button.setObjectName("newParticipantButton")
        self.new_button.setToolTip(self.tr("Register a new participant (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_participant)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.edit_button.setObjectName("editParticipantButton")
        self.edit_button.setToolTip(self.tr("Open the selected participant (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)


        self.stage_filter = self._combo("stageFilter", self.tr("Filter by stage"))
        self.category_filter = self._combo("categoryFilter", self.tr("Filter by at-risk category"))
        self.advisor_filter = self._combo("advisorFilter", self.tr("Filter by advisor"))
        self.project_filter = self._combo("projectFilter", self.tr("Filter by project"))
        self.incomplete_filter = QCheckBox(self.tr("&Incomplete for reporting"), self)
        self.incomplete_filter.setObjectName("incompleteFilter")
        self.incomplete_filter.setToolTip(self.tr(
            "Only people with a participation that SM EFS monitoring cannot report yet: it lacks the education, "
            "the labour-market status, the gmina of residence, DEGURBA, the participant type (for an "
            "institution's employee: the institution) or the start date (the first form of support); or, "
            "once the exit date is entered, the situation at exit or whether the person completed the path "
            "as planned."))
        self.incomplete_filter.toggled.connect(self._apply_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # says when the search is not exactly what was typed (shortened, invisible characters left out)
        self.search_notice = QLabel(self)
        self.search_notice.setObjectName("searchNotice")
        self.search_notice.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        top.addSpacing(8)
        top.addWidget(self.edit_button)
        top.addWidget(self.new_button)

        # Two rows, so that every filter shows its longest item at the window's usual size and the window
        # still fits a small screen: stage and category (the long legal names: the only one that may be
        # squeezed in a narrow window), then advisor, project and "incomplete". Tab order follows the rows.
        labels = []
        rows = (QHBoxLayout(), QHBoxLayout())
        for row, text, combo in (
            (0, self.tr("&Stage:"), self.stage_filter),
            (0, self.tr("&Category:"), self.category_filter),
            (1, self.tr("&Advisor:"), self.advisor_filter),
            (1, self.tr("Pro&ject:"), self.project_filter),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            if combo in (self.stage_filter, self.advisor_filter):
                labels.append(label)
            rows[row].addWidget(label)
            rows[row].addWidget(combo)
            rows[row].addSpacing(12)
        rows[0].addStretch(1)
        rows[1].addWidget(self.incomplete_filter)
        rows[1].addStretch(1)
        rows[1].addWidget(self.search_notice)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:  # the stage and advisor combos one under the other
            label.setMinimumWidth(width)
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addLayout(rows[0])
        filters.addLayout(rows[1])

        self.table = QTableView(self)
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.model)
        self.table.viewport().installEventFilter(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Assign to project…
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        char = self.table.fontMetrics().averageCharWidth()
        for column, declared in enumerate(self.model.columns()):  # initial widths, in average characters
            self.table.setColumnWidth(column, declared.width * char + 16)
        header.setSortIndicator(Column.LAST_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the longest item, unclipped
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _build_actions(self) -> None:
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setObjectName("findParticipantAction")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.new_action = QAction(self.tr("&New participant…"), self)
        self.new_action.setObjectName("newParticipantAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_participant)
        self.addActions([self.find_action, self.new_action])

        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.setObjectName("editParticipantAction")
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.new_action)
        # "Assign to project…" for the selected rows: for roles that edit participants (the service checks)
        self.assign_action = QAction(self.tr("Assign to &project…"), self)
        self.assign_action.setObjectName("assignProjectAction")
        self.assign_action.triggered.connect(self.assign_selected_to_project)
        if allowed(self._services.ctx.actor, Permission.PARTICIPANTS_WRITE):
            self.table.addAction(self.assign_action)
        else:
            self.assign_action.setVisible(False)
        self.export_action = install_export_action(self.table, self.model, self._services)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    # --- filters --------------------------------------------------------------------------------
    def reload_filters(self) -> None:
        """(Re)fill the filter combos from the dictionaries, keeping what is chosen."""
        # one source string per combo: Polish needs "Wszystkie" (stages, categories) but "Wszyscy" (advisors)
        self._fill(self.stage_filter, self.tr("All stages"), [(stage_label(s), s.value) for s in Stage])
        self._fill(
            self.category_filter, self.tr("All categories"),
            # every category, also those no longer offered: old records still carry them
            [(c.name if c.active else self.tr("%1 (not offered)").replace("%1", c.name), c.id)
             for c in self._services.dictionaries.categories(include_inactive=True)],
        )
        self._fill(
            self.advisor_filter, self.tr("All advisors"),
            [(a.full_name, a.id) for a in self._services.dictionaries.advisors()],
        )
        projects: list[tuple[str, object]] = [(f"{p.code} — {p.name}", p.id) for p in self._services.projects.list()]
        self._fill(self.project_filter, self.tr("All projects"),
                   [*projects, (self.tr("(without project)"), WITHOUT_PROJECT)])

    def _fill(self, combo: QComboBox, all_text: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, value in items:
            combo.addItem(text, value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        # as wide as the longest item (AdjustToContents); only the categories' long legal names and the projects'
        # names may be squeezed in a narrow window (to about 8 letters, a project to its code; the open list
        # always shows them whole)
        needed = combo.sizeHint().width()
        if combo is self.category_filter:
            needed = min(needed, combo.fontMetrics().averageCharWidth() * 8 + 40)
        elif combo is self.project_filter:
            needed = min(needed, combo.fontMetrics().averageCharWidth() * 14 + 40)
        combo.setMinimumWidth(needed)
        if chosen is not None and found < 0:
            self._apply_filters()

    def current_query(self, searched: SearchText | None = None) -> ParticipantQuery:
        """The query the filters show; ``searched``: the search box's text already cleaned."""
        old = self.model.query()
        stage = self.stage_filter.currentData()
        return ParticipantQuery(
            text=(searched or clean_search(self.search.text())).text,
            stage=Stage(stage) if stage else None,
            category_id=self.category_filter.currentData(),
            advisor_id=self.advisor_filter.currentData(),
            project_id=self.project_filter.currentData(),
            incomplete=self.incomplete_filter.isChecked(),
            sort=old.sort,
            descending=old.descending,
        )

    def _apply_filters(self) -> None:
        searched = clean_search(self.search.text())
        self._show_search_notice(searched)
        query = self.current_query(searched)
        if query != self.model.query():
            self.model.set_query(query)
            self._go_to_top()

    def _go_to_top(self) -> None:
        """After a new search or filter: the first row current and in sight (focus stays where it is)."""
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, Column.LAST_NAME))
        self.table.scrollToTop()

    def _show_search_notice(self, searched: SearchText) -> None:
        parts = []
        if searched.shortened:
            parts.append(self.tr("Only the first {words} words and {chars} characters are searched.").format(
                words=MAX_QUERY_WORDS, chars=MAX_QUERY_CHARS))
        if searched.cleaned:
            parts.append(self.tr("Control and invisible characters were left out of the search."))
        self.search_notice.setText(" ".join(parts))
        self.search_notice.setVisible(bool(parts))

    def _show_total(self, total: int) -> None:
        text = self.tr("%Ln participant(s)", "", total)
        if "(s)" in text:  # the untranslated English source: pick the form here
            text = text.replace("(s)", "" if total == 1 else "s")
        self.count_label.setText(text)

    def _show_counting(self) -> None:
        self.count_label.setText(self.tr("counting…"))

    def _schedule_count(self, run: Callable[[], None]) -> None:
        """Run the model's deferred count after the table has painted the new first page."""
        if self.table.viewport().isVisible():
            self._count_after_paint = run  # see eventFilter
            # in case no paint comes: a second call is harmless (the model drops a count already done)
            QTimer.singleShot(_COUNT_FALLBACK_MS, self, run)
        else:
            QTimer.singleShot(0, self, run)

    # --- actions --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The participants of the selected rows, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.participant_id(row) for row in rows]

    def assign_selected_to_project(self) -> None:
        """Assign to project…: put the selected participants into a project (or take them out)."""
        ids = self.selected_ids()
        if not ids:
            return
        with busy_cursor():
            projects = self._services.projects.list()
        chosen = self._choose_project(projects, len(ids))
        if chosen is None:
            return
        title = self.tr("Assign to project")
        try:
            with busy_cursor():
                changed = self._services.projects.assign_project(ids, chosen[0])
        except CoopdeskError as exc:  # e.g. the project was deleted meanwhile: told in words
            report_error(self, title, exc)
            return
        self.refresh()
        text = self.tr("Project changed for %n participant(s).", "", changed)
        if "(s)" in text:  # the untranslated English source: pick the form here
            text = text.replace("(s)", "" if changed == 1 else "s")
        self.message.emit(text)

    def _choose_project(self, projects, people: int) -> tuple[int | None] | None:
        """The dialog: (project id or None for no project), or None when cancelled."""
        from coopdesk.ui.dialogs.assign_project_dialog import AssignProjectDialog

        dialog = AssignProjectDialog(projects, people, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return (dialog.project_id(),)
            return None
        finally:
            dialog.deleteLater()

    def new_participant(self) -> None:
        self._run_dialog(None)

    def edit_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is not None:
            self._run_dialog(participant_id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._run_dialog(index.data(ID_ROLE))

    def _open_dialog(self, participant_id: int | None) -> int | None:
        """Show the participant form; return the id saved, or None when cancelled (tests replace this)."""
        from coopdesk.ui.dialogs.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self._services, participant_id, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_id
            return None
        finally:
            dialog.deleteLater()

    def _run_dialog(self, participant_id: int | None) -> None:
        saved_id = self._open_dialog(participant_id)
        if saved_id is None:
            return
        self.reload_filters()
        self.model.refresh()
        self.select_participant(saved_id)
        self.message.emit(self.tr("Participant saved."))

    def refresh(self) -> None:
        """Re-read the list after a change made elsewhere, keeping the selected participant selected."""
        selected = self.selected_id()
        self.reload_filters()
        self.model.refresh()
        if selected is not None:
            self._select(selected, focus=False)

    def select_participant(self, participant_id: int) -> bool:
        """Select and show a participant wherever it is in the list; False if the list does not hold it."""
        return self._select(participant_id, focus=True)

    def _select(self, participant_id: int, focus: bool) -> bool:
        row = self.model.row_of(participant_id)
        if row is None:
            return False
        index = self.model.index(row, Column.LAST_NAME)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        if focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _update_actions(self) -> None:
        has_row = self.table.currentIndex().isValid()
        self.edit_button.setEnabled(has_row)
        self.edit_action.setEnabled(has_row)
        self.assign_action.setEnabled(self.table.selectionModel().hasSelection())

    # --- keyboard: Down/Enter in the search box moves into the table ---------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            if event.type() == QEvent.Type.Paint and self._count_after_paint is not None:
                # posted now, run once this paint is done: the count never delays the new rows' paint
                QTimer.singleShot(0, self, self._count_after_paint)
                self._count_after_paint = None
            return False
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.model.rowCount() > 0
        ):
            self._enter_table()
            return True
        return super().eventFilter(watched, event)

    def _enter_table(self) -> None:
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, Column.LAST_NAME))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
