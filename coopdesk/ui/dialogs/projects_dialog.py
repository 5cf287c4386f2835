"""Projects, their retention rule (base date, period, state aid, legal hold) and own eligibility (coordinator);
anonymising the records past their retention date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError, Severity, ValidationFailed
from coopdesk.domain.gdpr import DueRecord, ProjectDraft, ProjectRecord
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.ui import prompts
from coopdesk.ui.busy import busy_cursor
from coopdesk.ui.widgets.date_field import DateField, format_date
from coopdesk.ui.widgets.field_issues import STYLE_SHEET, FieldIssues
from coopdesk.ui.widgets.image_picker import ImagePicker

PREVIEW_NAMES = 10  # how many record ids the confirmation names


def _error_text(exc: CoopdeskError) -> str:
    translate = lambda t: QCoreApplication.translate("Errors", t)  # noqa: E731
    if isinstance(exc, ValidationFailed) and exc.issues:
        return "\n".join(i.render(translate) for i in exc.issues)
    return exc.render(translate)


class ProjectsDialog(QDialog):
    recordsAnonymised = Signal(int)  # how many

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectsDialog")
        self.setWindowTitle(self.tr("Projects and data retention"))
        room = self.screen().availableGeometry().size() if self.screen() is not None else QSize(940, 760)
        self.resize(min(940, int(room.width() * 0.95)), min(760, int(room.height() * 0.9)))
        self.setStyleSheet(STYLE_SHEET)
        self._services = services
        self._projects: list[ProjectRecord] = []
        self._due: list[DueRecord] = []
        self._can_manage = allowed(services.ctx.actor, Permission.GDPR_MANAGE)

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("projectsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Title"), self.tr("Start"), self.tr("End"), self.tr("Retention (years)"),
            self.tr("Kept until"), self.tr("Participants"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        form_box = QGroupBox(self.tr("Project"), self)
        self.form_tabs = QTabWidget(form_box)
        self.form_tabs.setObjectName("projectFormTabs")
        project_page = QWidget(self.form_tabs)
        retention_page = QWidget(self.form_tabs)
        identity_page = QWidget(self.form_tabs)
        eligibility_page = QWidget(self.form_tabs)
        self.code_edit = QLineEdit(form_box)
        self.code_edit.setObjectName("projectCodeEdit")
        self.name_edit = QLineEdit(form_box)
        self.name_edit.setObjectName("projectNameEdit")
        self.name_edit.setToolTip(self.tr("The project's title as in the grant agreement; printed on documents"))
        self.start_edit = DateField(form_box)
        self.start_edit.setObjectName("projectStartEdit")
        self.end_edit = DateField(form_box)
        self.end_edit.setObjectName("projectEndEdit")
        self.years_spin = QSpinBox(form_box)
        self.years_spin.setObjectName("retentionYearsSpin")
        self.years_spin.setRange(0, 50)
        self.years_spin.setMaximumWidth(90)
        self.years_spin.setToolTip(self.tr(
            "Data are kept until the base date plus these years (EFS+ 2021-2027: 5); with state aid at least 10."))
        self.note_edit = QLineEdit(form_box)
        self.note_edit.setObjectName("retentionNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Source of the rule, e.g. the grant agreement"))
        form = QFormLayout(project_page)
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Title:"), self.name_edit)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)

        # Retention: from the base date (entered when known), the period, state aid, a legal hold
        self.base_date_edit = DateField(retention_page)
        self.base_date_edit.setObjectName("retentionBaseDateEdit")
        self.base_date_edit.setToolTip(self.tr(
            "31 December of the year of the managing authority's last payment. Until it is entered, "
            "nothing of this project is due for anonymisation."))
        self.base_date_hint = QLabel(self.tr(
            "31 December of the year of the managing authority's last payment; empty until known "
            "(nothing of the project is due meanwhile)."), retention_page)
        self.base_date_hint.setObjectName("retentionBaseDateHint")
        self.base_date_hint.setWordWrap(True)
        self.base_date_hint.setStyleSheet("color: palette(placeholder-text);")
        self.state_aid_check = QCheckBox(self.tr("The project gave &state aid (kept at least 10 years)"),
                                         retention_page)
        self.state_aid_check.setObjectName("stateAidCheck")
        self.legal_hold_check = QCheckBox(self.tr("Le&gal hold: do not anonymise"), retention_page)
        self.legal_hold_check.setObjectName("legalHoldCheck")
        self.legal_hold_check.setToolTip(self.tr(
            "An audit, a proceeding or a claim: nobody of this project is anonymised while the hold lasts."))
        self.legal_hold_reason_edit = QLineEdit(retention_page)
        self.legal_hold_reason_edit.setObjectName("legalHoldReasonEdit")
        self.legal_hold_reason_edit.setPlaceholderText(self.tr("Why, e.g. the managing authority's audit"))
        self.legal_hold_check.toggled.connect(self.legal_hold_reason_edit.setEnabled)
        self.legal_hold_reason_edit.setEnabled(False)
        retention = QFormLayout(retention_page)
        retention.addRow(self.tr("Retention &base date:"), self.base_date_edit)
        retention.addRow("", self.base_date_hint)
        retention.addRow(self.tr("&Retention (years after the base date):"), self.years_spin)
        retention.addRow("", self.state_aid_check)
        retention.addRow(self.tr("Retention n&ote:"), self.note_edit)
        retention.addRow("", self.legal_hold_check)
        retention.addRow(self.tr("Reason for the &hold:"), self.legal_hold_reason_edit)

        # The project's own eligibility: which at-risk categories its rules accept
        self.eligible_list = QListWidget(eligibility_page)
        self.eligible_list.setObjectName("eligibleCategoriesList")
        self.eligible_list.setToolTip(self.tr(
            "The at-risk categories this project's rules accept (besides the acts' catalogues)"))
        eligibility = QVBoxLayout(eligibility_page)
        eligible_title = QLabel(self.tr("At-risk categories the project's rules &accept:"), eligibility_page)
        eligible_title.setBuddy(self.eligible_list)
        eligibility.addWidget(eligible_title)
        eligibility.addWidget(self.eligible_list)

        # The identity printed on every document of the project's participants
        self.number_edit = QLineEdit(identity_page)
        self.number_edit.setObjectName("projectNumberEdit")
        self.number_edit.setPlaceholderText("FEMP.06.12-IP.01-0001/23")
        self.number_edit.setToolTip(self.tr("The project number as in the grant agreement"))
        self.programme_edit = QLineEdit(identity_page)
        self.programme_edit.setObjectName("projectProgrammeEdit")
        self.programme_edit.setPlaceholderText(self.tr("e.g. Fundusze Europejskie dla Małopolski 2021–2027"))
        self.priority_edit = QLineEdit(identity_page)
        self.priority_edit.setObjectName("projectPriorityEdit")
        self.action_edit = QLineEdit(identity_page)
        self.action_edit.setObjectName("projectActionEdit")
        self.action_edit.setPlaceholderText(self.tr("e.g. 6.12 Ekonomia społeczna"))
        self.lead_partner_edit = QLineEdit(identity_page)
        self.lead_partner_edit.setObjectName("projectLeadPartnerEdit")
        self.partners_edit = QPlainTextEdit(identity_page)
        self.partners_edit.setObjectName("projectPartnersEdit")
        self.partners_edit.setTabChangesFocus(True)
        self.partners_edit.setPlaceholderText(self.tr("One partner a line"))
        self.controllers_edit = QPlainTextEdit(identity_page)
        self.controllers_edit.setObjectName("projectControllersEdit")
        self.controllers_edit.setTabChangesFocus(True)
        self.controllers_edit.setToolTip(self.tr(
            "Printed as the data controller on the participants' documents; empty: the centre (Settings)"))
        for box in (self.partners_edit, self.controllers_edit):
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.strip_picker = ImagePicker(services.centre, (420, 48), "projectLogoStrip", identity_page)
        self.strip_picker.setToolTip(self.tr("The strip of the funds' logos (visual identity) printed at the top"))
        self.strip_picker.problem.connect(lambda text: self.issues.show([("logo_strip", Severity.ERROR, text)]))
        identity = QFormLayout(identity_page)
        identity.addRow(self.tr("N&umber:"), self.number_edit)
        identity.addRow(self.tr("Pro&gramme:"), self.programme_edit)
        identity.addRow(self.tr("Pr&iority:"), self.priority_edit)
        identity.addRow(self.tr("&Action:"), self.action_edit)
        identity.addRow(self.tr("&Lead partner:"), self.lead_partner_edit)
        identity.addRow(self.tr("&Partners:"), self.partners_edit)
        identity.addRow(self.tr("Data &controllers:"), self.controllers_edit)
        identity.addRow(self.tr("Logo stri&p:"), self.strip_picker)
        strip_title = identity.labelForField(self.strip_picker)
        if isinstance(strip_title, QLabel):
            strip_title.setBuddy(self.strip_picker.choose_button)
        self.form_tabs.addTab(project_page, self.tr("Project"))
        # the identity's many fields scroll, so the dialog fits a 1366x768 laptop screen
        identity_scroll = QScrollArea(self.form_tabs)
        identity_scroll.setObjectName("projectIdentityScroll")
        identity_scroll.setWidgetResizable(True)
        identity_scroll.setFrameShape(QFrame.Shape.NoFrame)
        identity_scroll.setWidget(identity_page)
        self.form_tabs.addTab(identity_scroll, self.tr("Identity on print-outs"))
        self.form_tabs.addTab(retention_page, self.tr("Retention"))
        self.form_tabs.addTab(eligibility_page, self.tr("Eligibility"))
        self.issue_summary = QLabel(form_box)
        self.issue_summary.setObjectName("projectIssues")
        self.issue_summary.setWordWrap(True)
        box_layout = QVBoxLayout(form_box)
        box_layout.addWidget(self.form_tabs)
        box_layout.addWidget(self.issue_summary)
        self._identity_edits = {
            "number": self.number_edit, "programme": self.programme_edit, "priority": self.priority_edit,
            "action": self.action_edit, "lead_partner": self.lead_partner_edit,
        }
        self.issues: FieldIssues = FieldIssues(
            {"code": self.code_edit, "name": self.name_edit, "start_date": self.start_edit,
             "end_date": self.end_edit, "retention_years": self.years_spin, "retention_note": self.note_edit,
             **self._identity_edits, "partners": self.partners_edit, "controllers": self.controllers_edit,
             "logo_strip": self.strip_picker.choose_button, "retention_base_date": self.base_date_edit,
             "legal_hold_reason": self.legal_hold_reason_edit, "eligible_categories": self.eligible_list},
            self.issue_summary, self.form_tabs,
        )

        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setObjectName("newProjectButton")
        self.new_button.clicked.connect(self.new_project)
        self.save_button = QPushButton(self.tr("&Save project"), self)
        self.save_button.setObjectName("saveProjectButton")
        self.save_button.clicked.connect(self.save_project)
        self.delete_button = QPushButton(self.tr("&Delete project..."), self)
        self.delete_button.setObjectName("deleteProjectButton")
        self.delete_button.clicked.connect(self.delete_project)
        edit_buttons = QHBoxLayout()
        self.strip_picker.choose_button.setEnabled(self._can_manage)
        for button in (self.new_button, self.save_button, self.delete_button):
            edit_buttons.addWidget(button)
            button.setEnabled(self._can_manage)
        edit_buttons.addStretch(1)

        due_box = QGroupBox(self.tr("Records past their retention date"), self)
        self.due_table = QTableWidget(0, 3, due_box)
        self.due_table.setObjectName("dueTable")
        self.due_table.setHorizontalHeaderLabels([self.tr("Record id"), self.tr("Project"), self.tr("Kept until")])
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.due_label = QLabel(due_box)
        self.due_label.setObjectName("dueLabel")
        self.anonymise_button = QPushButton(self.tr("&Anonymise due records..."), due_box)
        self.anonymise_button.setObjectName("anonymiseDueButton")
        self.anonymise_button.setToolTip(self.tr(
            "Remove names, PESEL, contact data, addresses and notes; birth year, sex and gmina stay for statistics"))
        self.anonymise_button.clicked.connect(self.anonymise_due)
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_label)
        due_layout.addWidget(self.due_table)
        due_layout.addWidget(self.anonymise_button, 0, Qt.AlignmentFlag.AlignRight)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(form_box)
        layout.addLayout(edit_buttons)
        layout.addWidget(due_box, 1)
        layout.addWidget(buttons)
        self.reload()
        self.new_project()

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._projects = self._services.projects.list()
        self.table.setRowCount(len(self._projects))
        for row, p in enumerate(self._projects):
            kept = (self.tr("Legal hold") if p.legal_hold else format_date(p.retention_date)
                    if p.retention_date else self.tr("Base date not set"))
            values = (p.code, p.name, format_date(p.start_date), format_date(p.end_date), str(p.retention_years),
                      kept, str(p.participants))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.reload_due()

    def reload_due(self) -> None:
        self._due = self._services.projects.due_for_anonymisation() if self._can_manage else []
        self.due_table.setRowCount(len(self._due))
        for row, d in enumerate(self._due):
            for column, value in enumerate((d.participant_uuid, d.project_code, format_date(d.retention_date))):
                self.due_table.setItem(row, column, QTableWidgetItem(value))
        self.due_label.setText(self.tr("%n record(s) due for anonymisation today.", "", len(self._due)))
        self.anonymise_button.setEnabled(self._can_manage and bool(self._due))

    def current_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected(self) -> None:
        pid = self.current_id()
        project = next((p for p in self._projects if p.id == pid), None)
        if project is None:
            return
        self.code_edit.setText(project.code)
        self.name_edit.setText(project.name)
        self.start_edit.setDate(project.start_date)
        self.end_edit.setDate(project.end_date)
        self.years_spin.setValue(project.retention_years)
        self.note_edit.setText(project.retention_note)
        for name, edit in self._identity_edits.items():
            edit.setText(getattr(project, name))
        self.partners_edit.setPlainText(project.partners)
        self.controllers_edit.setPlainText(project.controllers)
        self.strip_picker.set_sha(project.logo_strip)
        self.base_date_edit.setDate(project.retention_base_date)
        self.state_aid_check.setChecked(project.state_aid)
        self.legal_hold_check.setChecked(project.legal_hold)
        self.legal_hold_reason_edit.setText(project.legal_hold_reason)
        self.legal_hold_reason_edit.setEnabled(project.legal_hold)
        self._fill_categories(project.eligible_categories)
        self.issues.clear()
        self.delete_button.setEnabled(self._can_manage)

    def _fill_categories(self, checked: tuple[int, ...]) -> None:
        """The category checklist: the categories offered today and any other the project accepts."""
        self.eligible_list.clear()
        for category in self._services.dictionaries.categories(include_inactive=True):
            if not category.active and category.id not in checked:
                continue
            item = QListWidgetItem(f"{category.code} – {category.name}", self.eligible_list)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if self._can_manage else flags)
            item.setCheckState(Qt.CheckState.Checked if category.id in checked else Qt.CheckState.Unchecked)

    def eligible_categories(self) -> tuple[int, ...]:
        """The ids of the checked categories."""
        items = (self.eligible_list.item(i) for i in range(self.eligible_list.count()))
        return tuple(sorted(item.data(Qt.ItemDataRole.UserRole) for item in items
                            if item.checkState() == Qt.CheckState.Checked))

    # --- editing -------------------------------------------------------------------------------
    def new_project(self) -> None:
        self.table.clearSelection()
        draft = self._services.projects.new_draft()
        edits: tuple[QLineEdit | QPlainTextEdit, ...] = (
            self.code_edit, self.name_edit, self.note_edit, *self._identity_edits.values(),
            self.partners_edit, self.controllers_edit)
        for edit in edits:
            edit.clear()
        self.strip_picker.set_sha("")
        self.issues.clear()
        self.start_edit.setDate(None)
        self.end_edit.setDate(None)
        self.base_date_edit.setDate(None)
        self.state_aid_check.setChecked(False)
        self.legal_hold_check.setChecked(False)
        self.legal_hold_reason_edit.clear()
        self.legal_hold_reason_edit.setEnabled(False)
        self._fill_categories(())
        self.years_spin.setValue(draft.retention_years)
        self.delete_button.setEnabled(False)
        self.code_edit.setFocus()

    def draft(self) -> ProjectDraft:
        return ProjectDraft(
            self.code_edit.text(), self.name_edit.text(), self.start_edit.date(), self.end_edit.date(),
            self.years_spin.value(), self.note_edit.text(),
            **{name: edit.text() for name, edit in self._identity_edits.items()},
            partners=self.partners_edit.toPlainText(), controllers=self.controllers_edit.toPlainText(),
            logo_strip=self.strip_picker.sha(),
            retention_base_date=self.base_date_edit.date(), state_aid=self.state_aid_check.isChecked(),
            legal_hold=self.legal_hold_check.isChecked(), legal_hold_reason=self.legal_hold_reason_edit.text(),
            eligible_categories=self.eligible_categories(),
        )

    def save_project(self) -> bool:
        if not (self.start_edit.has_valid_input() and self.end_edit.has_valid_input()
                and self.base_date_edit.has_valid_input()):
            prompts.error(self, self.tr("Project"), self.tr("Correct the dates."))
            return False
        pid = self.current_id()
        try:
            saved = (self._services.projects.update(pid, self.draft()) if pid is not None
                     else self._services.projects.create(self.draft()))
        except ValidationFailed as exc:  # shown at the fields, the first one focused
            translate = lambda t: QCoreApplication.translate("Errors", t)  # noqa: E731
            self.issues.show([(i.field, i.severity, i.render(translate)) for i in exc.issues], focus=True,
                             after_save=True)
            return False
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Project"), _error_text(exc))
            return False
        self.issues.clear()
        self.reload()
        self._select(saved.id)
        return True

    def delete_project(self) -> bool:
        pid = self.current_id()
        project = next((p for p in self._projects if p.id == pid), None)
        if project is None:
            return False
        if not prompts.confirm(self, self.tr("Delete project"), self.tr(
                "Delete the project %1? Its %2 participants stay, their participations without a project "
                "and so never due for anonymisation.").replace("%1", project.code).replace("%2", str(project.participants))):
            return False
        try:
            self._services.projects.delete(pid)
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Project"), _error_text(exc))
            return False
        self.reload()
        self.new_project()
        return True

    def anonymise_due(self) -> int:
        """Show the records due (the list in the dialog), ask, then anonymise them in one transaction."""
        self.reload_due()
        if not self._due:
            return 0
        named = "\n".join(d.participant_uuid for d in self._due[:PREVIEW_NAMES])
        more = len(self._due) - PREVIEW_NAMES
        if more > 0:
            named += "\n" + self.tr("... and %1 more").replace("%1", str(more))
        if not prompts.confirm(self, self.tr("Anonymise records"), self.tr(
                "Anonymise %1 records past their retention date? Names, PESEL, contact data, addresses, "
                "notes and proof documents are removed for good; birth year, sex and gmina stay for "
                "statistics.\n\n%2").replace("%1", str(len(self._due))).replace("%2", named)):
            return 0
        try:
            with busy_cursor():
                done = self._services.projects.anonymise(d.participant_id for d in self._due)
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Anonymise records"), _error_text(exc))
            return 0
        self.reload()
        prompts.info(self, self.tr("Anonymise records"), self.tr("%1 records were anonymised.")
                     .replace("%1", str(done)))
        self.recordsAnonymised.emit(done)
        return done

    def _select(self, project_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == project_id:
                self.table.selectRow(row)
                return
