"""Register or edit one participant. The form comes from forms/participant_dialog.ui.

The dialog only moves values between widgets and a ParticipantDraft and shows what the service
reports: every rule (required fields, PESEL, dates, duplicates) lives in the domain and services.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from coopdesk.domain.enums import (
    ANSWER_LABELS,
    CITIZENSHIP_LABELS,
    DISABILITY_DEGREE_LABELS,
    SEX_LABELS,
    STAGE_LABELS,
    VOIVODESHIPS,
    Answer,
    Citizenship,
    DisabilityDegree,
    Sex,
    Stage,
)
from coopdesk.domain.errors import CoopdeskError, FieldIssue, Severity, ValidationFailed
from coopdesk.domain.participation_rules import derived_start, field_name, split_field
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.domain.records import (
    Participant,
    ParticipantDraft,
    ParticipantRow,
    ParticipationDraft,
    current_participation,
)
from coopdesk.domain.validation import TOO_YOUNG, errors_only, is_valid_pesel, pesel_birth_date, pesel_sex
from coopdesk.services.participants import SPECIAL_PARTICIPANT_FIELDS, DuplicateFound
from coopdesk.ui import prompts
from coopdesk.ui._generated.ui_participant_dialog import Ui_ParticipantDialog
from coopdesk.ui.widgets.category_table import CategoryTable
from coopdesk.ui.widgets.choices import fill_choices, fill_enum, select_data, selected_enum
from coopdesk.ui.widgets.date_field import format_date
from coopdesk.ui.widgets.eligibility_panel import EligibilityPanel
from coopdesk.ui.widgets.field_issues import STYLE_SHEET, FieldIssues, repolish
from coopdesk.ui.widgets.participation_editor import FIELD_WIDGETS as PARTICIPATION_WIDGETS
from coopdesk.ui.widgets.participation_editor import ParticipationEditor
from coopdesk.ui.widgets.text_validators import PostalCodeValidator, digits_validator

# Draft attribute -> widget objectName, in the order the form is filled (the first error gets focus).
# The selected participation's fields are "participation.<field>" (the editor's widgets, before the notes);
# "participations" is the list of them (where the issues of a participation not shown are told).
FIELD_WIDGETS: dict[str, str] = {
    "first_name": "firstNameEdit", "last_name": "lastNameEdit", "pesel": "peselEdit",
    "birth_date": "birthDateEdit", "sex": "sexCombo", "citizenship": "citizenshipCombo",
    "phone": "phoneEdit", "email": "emailEdit", "teryt": "terytPicker", "voivodeship": "voivodeshipCombo",
    "powiat": "powiatEdit", "gmina": "gminaEdit", "town": "townEdit", "street": "streetEdit",
    "building_no": "buildingNoEdit", "flat_no": "flatNoEdit", "postal_code": "postalCodeEdit",
    "disability": "disabilityCombo", "disability_degree": "disabilityDegreeCombo",
    "disability_kind": "disabilityKindCombo", "minority": "minorityCombo",
    "foreign_background": "foreignBackgroundCombo", "homeless": "homelessCombo",
    "categories": "categoryTable", "recruitment_date": "recruitmentDateEdit",
    "recruitment_source": "recruitmentSourceCombo", "advisor_id": "advisorCombo", "stage": "stageCombo",
    "stage_date": "stageDateEdit", "participations": "participationsList",
    **{f"participation.{name}": obj for name, obj in PARTICIPATION_WIDGETS.items()},
    "notes": "notesEdit",
}
TEXT_FIELDS = (
    "first_name", "last_name", "phone", "email", "powiat", "gmina", "town", "street", "building_no",
    "flat_no", "postal_code",
)
DATE_FIELDS = ("birth_date", "recruitment_date", "stage_date")
ENUM_FIELDS = {
    "sex": Sex, "citizenship": Citizenship, "disability": Answer, "disability_degree": DisabilityDegree,
    "disability_kind": Answer, "minority": Answer, "foreign_background": Answer, "homeless": Answer,
    "stage": Stage,
}
# a change of these can change the labour-market warnings of every participation
LABOUR_INPUTS = ("categories", "birth_date", "pesel")
LABOUR_FIELDS = ("labour_status", "labour_detail", "pup_registered_on")
LIVE_DELAY_MS = 300


def _error_text(problem: FieldIssue | CoopdeskError) -> str:
    return problem.render(lambda text: QCoreApplication.translate("Errors", text))


class ParticipantDialog(QDialog):
    def __init__(self, services, participant_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE_SHEET)
        self._services = services
        self._participant_id = participant_id
        self._stored_stage: Stage | None = None
        self._stored_stage_date: date | None = None
        self._loading = True
        self._attempted = False  # after the first Save, all problems are shown, not just edited fields
        self._touched: set[str] = set()
        self.saved_id: int | None = None
        self.editor: ParticipationEditor = self.ui.participationEditor
        self._participations: list[ParticipationDraft] = []  # as edited; the selected one lives in the editor
        self._current = -1
        self._widgets = {
            name: getattr(self.editor.ui if name.startswith("participation.") else self.ui, obj)
            for name, obj in FIELD_WIDGETS.items()
        }
        self.issues = FieldIssues(self._widgets, self.ui.summaryLabel, self.ui.tabs, self._shown_at)
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.validate_live)
        self._set_up_buttons()
        self._set_up_inputs()
        self._fill_choices()
        self._set_up_eligibility()
        if participant_id is None:
            self._start_new()
        else:
            self._load(services.participants.get(participant_id))
        self._update_identity_mode()
        self._watch_edits()
        self._hide_special_fields()
        self._refresh_eligibility(new_day=True)
        self._loading = False
        self._fit_screen()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.firstNameEdit.setFocus()

    def _fit_screen(self) -> None:
        """Wide enough for the participation's two columns, never larger than the screen (1366x768 too)."""
        room = self.screen().availableGeometry()
        frame = 40  # the window's title bar and borders
        self.resize(min(max(self.width(), 1240), room.width() - frame), min(max(self.height(), 700), room.height() - frame))

    # --- set-up --------------------------------------------------------------------------------
    def _set_up_buttons(self) -> None:
        box = self.ui.buttonBox
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        # Ctrl+S from any field or tab: the button's own path (the same checks as Save and Enter)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save_button.click)
        keys = self.save_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save the participant ({keys})").format(keys=keys))
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        for index in range(self.ui.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.activated.connect(partial(self._go_to_tab, index))
            tip = self.tr("Alt+{number}; Ctrl+Tab goes to the next tab").format(number=index + 1)
            self.ui.tabs.setTabToolTip(index, tip)

    def _go_to_tab(self, index: int) -> None:
        """Alt+1..7: show the tab and put the cursor in its first field (a tab not shown to the role: nothing)."""
        if not self.ui.tabs.isTabVisible(index):
            return
        self.ui.tabs.setCurrentIndex(index)
        page, widget = self.ui.tabs.widget(index), self.ui.tabs.tabBar().nextInFocusChain()
        while widget is not self.ui.tabs.tabBar():
            if page.isAncestorOf(widget) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _set_up_inputs(self) -> None:
        self.ui.peselEdit.setValidator(digits_validator(11, self.ui.peselEdit))
        self.ui.postalCodeEdit.setValidator(PostalCodeValidator(self.ui.postalCodeEdit))
        self.ui.peselEdit.textChanged.connect(self._pesel_changed)
        self.ui.noPeselCheck.toggled.connect(self._update_identity_mode)
        self.ui.stageCombo.currentIndexChanged.connect(self._stage_changed)
        self.ui.copyIdButton.clicked.connect(self.copy_stable_id)
        self.ui.terytPicker.chosen.connect(self._gmina_chosen)
        self.ui.participationsList.currentRowChanged.connect(self._participation_selected)
        self.ui.newParticipationButton.clicked.connect(self.new_participation)

    def _fill_choices(self) -> None:
        ui, not_set, not_asked = self.ui, "", self.tr("(not asked yet)")
        fill_enum(ui.sexCombo, SEX_LABELS, empty=not_set)
        fill_enum(ui.citizenshipCombo, CITIZENSHIP_LABELS)
        fill_choices(ui.voivodeshipCombo, ((v, v) for v in VOIVODESHIPS), empty=not_set)
        for combo in (ui.disabilityCombo, ui.disabilityKindCombo, ui.minorityCombo, ui.foreignBackgroundCombo,
                      ui.homelessCombo):
            fill_enum(combo, ANSWER_LABELS, empty=not_asked)
        fill_enum(ui.disabilityDegreeCombo, DISABILITY_DEGREE_LABELS, empty=not_asked)
        fill_enum(ui.stageCombo, STAGE_LABELS)
        dictionaries = self._services.dictionaries
        fill_choices(ui.recruitmentSourceCombo, ((s, s) for s in dictionaries.recruitment_sources()))
        ui.recruitmentSourceCombo.setCurrentIndex(-1)
        advisors = dictionaries.advisors()
        fill_choices(ui.advisorCombo, ((a.full_name, a.id) for a in advisors), empty=not_set)
        self.editor.set_up(self._services)
        table: CategoryTable = ui.categoryTable
        table.set_dictionary(dictionaries.categories(include_inactive=True))
        table.attach(ui.categoryPicker, ui.addCategoryButton, ui.removeCategoryButton)
        actor = self._services.ctx.actor
        me = (actor.user_id, actor.full_name) if actor.user_id is not None else None
        table.set_verifiers([(a.id, a.full_name) for a in advisors], me, self._services.ctx.today)

    def _set_up_eligibility(self) -> None:
        """Under the categories: eligibility on a day (the shown participation's start, else today) under the
        two acts and the project's own list, from the categories as they are edited."""
        self.eligibility = EligibilityPanel(self._services.eligibility, self._services.ctx.today, self.ui.categoriesTab)
        self.ui.categoriesLayout.addWidget(self.eligibility)
        self.ui.categoryTable.changed.connect(self._refresh_eligibility)

    def _refresh_eligibility(self, *_args, new_day: bool = False) -> None:
        shown = self.editor.draft() if 0 <= self._current < len(self._participations) else None
        if new_day:
            self.eligibility.set_day((derived_start(shown) if shown else None) or self._services.ctx.today())
        self.eligibility.refresh(self.ui.categoryTable.assignments(), shown.project_id if shown else None)

    def _watch_edits(self) -> None:
        for name, widget in self._widgets.items():
            if name.startswith("participation") or name == "teryt":
                continue  # the editor says what was edited; the TERYT picker fills the address fields
            if isinstance(widget, CategoryTable):
                signals = [widget.changed]
            elif isinstance(widget, QComboBox):
                signals = [widget.currentIndexChanged] + ([widget.editTextChanged] if widget.isEditable() else [])
            else:  # line edits, date fields, the notes
                signals = [widget.textChanged]
            for signal in signals:
                signal.connect(partial(self._edited, name))
        self.ui.noPeselCheck.toggled.connect(partial(self._edited, "pesel"))
        self.editor.edited.connect(self._participation_edited)

    def _hide_special_fields(self) -> None:
        """Who may not read special-category data gets them blank from the service; the form does not offer
        them either (what is stored stays as it is: the service keeps it)."""
        if allowed(self._services.ctx.actor, Permission.SPECIAL_CATEGORY_READ):
            return
        tabs = self.ui.tabs
        for index in range(tabs.count()):  # a tab of special fields only is not shown at all
            fields = [n for n, w in self._widgets.items() if tabs.widget(index).isAncestorOf(w)]
            if fields and set(fields) <= set(SPECIAL_PARTICIPANT_FIELDS):
                tabs.setTabVisible(index, False)
        for name in SPECIAL_PARTICIPANT_FIELDS:
            widget = self._widgets.get(name)
            if widget is None:
                continue
            widget.setEnabled(False)
            widget.setVisible(False)
            label = next((lb for lb in self.findChildren(QLabel) if lb.buddy() is widget), None)
            if label is not None:
                label.setVisible(False)

    # --- loading -------------------------------------------------------------------------------
    def _start_new(self) -> None:
        self.setWindowTitle(self.tr("New participant"))
        today = self._services.ctx.today()
        self.ui.recruitmentDateEdit.setDate(today)
        select_data(self.ui.stageCombo, Stage.RECRUITED)
        self.ui.stageDateEdit.setDate(today)
        select_data(self.ui.advisorCombo, self._services.ctx.actor.user_id)  # an advisor registers their own
        self.ui.copyIdButton.setEnabled(False)  # the stable ID is given at the first save
        self._show_participations((ParticipationDraft(),))  # a new person starts with one participation

    def _load(self, p: Participant) -> None:
        self.setWindowTitle(self.tr("Participant: {name}").format(name=f"{p.first_name} {p.last_name}"))
        ui = self.ui
        for name in TEXT_FIELDS:
            self._widgets[name].setText(getattr(p, name))
        for name in DATE_FIELDS:
            self._widgets[name].setDate(getattr(p, name))
        for name in ENUM_FIELDS:
            select_data(self._widgets[name], getattr(p, name))
        ui.noPeselCheck.setChecked(not p.pesel)
        ui.peselEdit.setText(p.pesel)
        select_data(ui.voivodeshipCombo, p.voivodeship or None)
        ui.recruitmentSourceCombo.setEditText(p.recruitment_source)
        if p.advisor_id is not None and ui.advisorCombo.findData(p.advisor_id) < 0:
            ui.advisorCombo.addItem(p.advisor_name, p.advisor_id)  # no longer active, but still assigned
        select_data(ui.advisorCombo, p.advisor_id)
        ui.terytPicker.set_code(p.teryt)
        ui.stableIdEdit.setText(p.uuid)
        self._show_participations(p.participations or (ParticipationDraft(),))
        ui.categoryTable.set_assignments(p.categories)
        ui.notesEdit.setPlainText(p.notes)
        self._stored_stage, self._stored_stage_date = p.stage, p.stage_date
        ui.stageDateEdit.setEnabled(False)
        for change in p.stage_history:
            label = QCoreApplication.translate("Labels", STAGE_LABELS[change.stage])
            line = f"{format_date(change.changed_on)}  {label}"
            if change.changed_by:
                line += f"  ({change.changed_by})"
            ui.stageHistoryList.addItem(line + (f" - {change.note}" if change.note else ""))

    # --- participations ------------------------------------------------------------------------
    def _show_participations(self, participations: tuple[ParticipationDraft, ...]) -> None:
        """List them and select the current one (the last still open, else the last)."""
        self._participations = list(participations)
        chosen = current_participation(participations)
        index = next(i for i, p in enumerate(participations) if p is chosen)
        lst = self.ui.participationsList
        lst.blockSignals(True)
        lst.clear()
        for p in self._participations:
            lst.addItem(self._participation_text(p))
        lst.blockSignals(False)
        self._current = index
        self.editor.load(self._participations[index])
        lst.setCurrentRow(index)
        self._fit_list()

    def _fit_list(self) -> None:
        lst = self.ui.participationsList
        rows = min(max(lst.count(), 2), 4)
        lst.setFixedHeight(lst.sizeHintForRow(0) * rows + 2 * lst.frameWidth() + 2)

    def _participation_text(self, p: ParticipationDraft) -> str:
        project = p.project_code or self.tr("(without project)")
        start = format_date(p.start_date) or "\u2026"
        if p.exit_date is not None:
            return self.tr("{project}: {start} \u2013 left {exit}").format(
                project=project, start=start, exit=format_date(p.exit_date))
        return self.tr("{project}: from {start}").format(project=project, start=start)

    def _store_current(self) -> None:
        """The editor's values back into the list of participations (and its line of the list)."""
        if 0 <= self._current < len(self._participations):
            p = self.editor.draft()
            self._participations[self._current] = p
            item = self.ui.participationsList.item(self._current)
            if item is not None:
                item.setText(self._participation_text(p))

    def _participation_selected(self, row: int) -> None:
        if row < 0 or row == self._current or row >= len(self._participations):
            return
        if self.editor.format_problems():  # a half-typed date would be lost: finish it first
            lst = self.ui.participationsList
            lst.blockSignals(True)
            lst.setCurrentRow(self._current)
            lst.blockSignals(False)
            self._unfinished_value()
            return
        self._store_current()
        self._current = row
        self.editor.load(self._participations[row])
        self._refresh_eligibility(new_day=True)
        if not self._loading:
            self.validate_live()  # the issues follow the participation shown

    def _unfinished_value(self) -> None:
        """Another participation is not shown while a value of this one is half typed (it would be lost)."""
        for name in self.editor.format_problems():
            self._touched.add(field_name(self._current, name))
        self.validate_live()
        self.issues.focus(f"participation.{self.editor.format_problems()[0]}")

    def select_participation(self, index: int) -> None:
        self.ui.participationsList.setCurrentRow(index)

    def new_participation(self) -> None:
        """A returning person: a new participation (no project yet) selected for editing; the others stay."""
        if self.editor.format_problems():
            self._unfinished_value()
            return
        self._store_current()
        ui = self.ui  # the residence at entry starts at the person's current address
        self._participations.append(ParticipationDraft(
            teryt=ui.terytPicker.code(), voivodeship=ui.voivodeshipCombo.currentData() or "",
            powiat=ui.powiatEdit.text().strip(), gmina=ui.gminaEdit.text().strip(), town=ui.townEdit.text().strip()))
        self.ui.participationsList.addItem(self._participation_text(self._participations[-1]))
        self._fit_list()
        self.select_participation(len(self._participations) - 1)
        self._touched.add("participations")
        self._go_to_tab(self.ui.tabs.indexOf(self.ui.participationsTab))
        self.editor.ui.participationProject.setFocus()

    def _participation_edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(field_name(self._current, name))
        if name in ("project_id", "supports", "exit_date"):  # what the list says of it
            self._store_current()
        if name in ("project_id", "supports"):  # the project and the start decide the eligibility shown
            self._refresh_eligibility(new_day=name == "supports")
        self._live_timer.start()

    def _gmina_chosen(self, code: str) -> None:
        """The current address's gmina from the TERYT dictionary fills voivodeship, powiat and gmina."""
        gmina = self.ui.terytPicker.gmina() if code else None
        if gmina is not None:
            select_data(self.ui.voivodeshipCombo, gmina.voivodeship)
            self.ui.powiatEdit.setText(gmina.powiat)
            self.ui.gminaEdit.setText(gmina.name)
        self._edited("teryt")

    # --- reactions -----------------------------------------------------------------------------
    def copy_stable_id(self) -> None:
        """The stable ID to the clipboard (e.g. to find the person named in an export's withheld sheet)."""
        QGuiApplication.clipboard().setText(self.ui.stableIdEdit.text())

    def _edited(self, name: str, *_args) -> None:
        if not self._loading:
            self._touched.add(name)
            self._live_timer.start()

    def _update_identity_mode(self, *_args) -> None:
        """With "No PESEL" the birth date and sex are typed in; otherwise they are read from the PESEL."""
        no_pesel = self.ui.noPeselCheck.isChecked()
        self.ui.peselEdit.setEnabled(not no_pesel)
        self.ui.birthDateEdit.setEnabled(no_pesel)
        self.ui.sexCombo.setEnabled(no_pesel)
        for label in (self.ui.birthDateLabel, self.ui.sexLabel, self.ui.citizenshipLabel):
            label.setProperty("required", no_pesel)
            repolish(label)
        if not no_pesel:
            self._pesel_changed(self.ui.peselEdit.text())
        elif not self._loading:
            self.ui.birthDateEdit.setFocus()

    def _pesel_changed(self, text: str) -> None:
        if self.ui.noPeselCheck.isChecked():
            return
        valid = is_valid_pesel(text)
        self.ui.birthDateEdit.setDate(pesel_birth_date(text) if valid else None)
        select_data(self.ui.sexCombo, pesel_sex(text) if valid else None)
        if len(text) == 11 and not self._loading:
            self._touched.add("pesel")
            self.validate_live()  # the check digit is reported at once, not after a pause

    def _stage_changed(self, *_args) -> None:
        if self._loading:
            return
        stage = selected_enum(self.ui.stageCombo, Stage)
        back_to_stored = self._stored_stage is not None and stage == self._stored_stage
        self.ui.stageDateEdit.setDate(self._stored_stage_date if back_to_stored else self._services.ctx.today())
        self.ui.stageDateEdit.setEnabled(not back_to_stored)

    # --- draft ---------------------------------------------------------------------------------
    def draft(self) -> ParticipantDraft:
        """The participant as typed; nothing is checked here (the service does that)."""
        values: dict = {name: self._widgets[name].text() for name in TEXT_FIELDS}
        values.update({name: self._widgets[name].date() for name in DATE_FIELDS})
        values.update({name: selected_enum(self._widgets[name], kind) for name, kind in ENUM_FIELDS.items()})
        values["citizenship"] = values["citizenship"] or Citizenship.POLISH
        values["stage"] = values["stage"] or Stage.RECRUITED
        if not self.ui.stageDateEdit.isEnabled():
            values["stage_date"] = self._stored_stage_date
        self._store_current()
        return ParticipantDraft(
            **values,
            pesel="" if self.ui.noPeselCheck.isChecked() else self.ui.peselEdit.text(),
            teryt=self.ui.terytPicker.code(),
            voivodeship=self.ui.voivodeshipCombo.currentData() or "",
            recruitment_source=self.ui.recruitmentSourceCombo.currentText(),
            advisor_id=self.ui.advisorCombo.currentData(),
            categories=self.ui.categoryTable.assignments(),
            participations=tuple(self._participations),
            notes=self.ui.notesEdit.toPlainText(),
        )

    def _format_problems(self) -> list[tuple[str, Severity, str]]:
        """Values not typed whole yet (typing, not rules): these stop a save before the service."""
        as_date = self.tr("Enter the date as dd.mm.yyyy, for example 14.05.1984.")
        problems = [
            (name, Severity.ERROR, as_date)
            for name in DATE_FIELDS
            if self._widgets[name].isEnabled() and not self._widgets[name].has_valid_input()
        ]
        for name in self.editor.format_problems():
            text = as_date if name != "employment_fte" else self.tr("Enter a number such as 0.5 or 1.")
            problems.append((field_name(self._current, name), Severity.ERROR, text))
        return problems

    # --- showing problems ----------------------------------------------------------------------
    def validate_live(self) -> None:
        """Show the service's findings for the fields edited so far (all fields after a Save)."""
        self._live_timer.stop()
        draft = self.draft()
        problems = self._format_problems()
        unparsed = {name for name, _severity, _text in problems}  # "not a date yet" says enough there
        issues = self._services.participants.validate(draft, pesel_expected=self._pesel_expected())
        problems += [(i.field, i.severity, _error_text(i)) for i in issues if i.field not in unparsed]
        if draft.pesel and is_valid_pesel(draft.pesel) and "pesel" in self._touched:
            try:
                same = self._services.participants.check_duplicates(draft, self._participant_id).same_pesel
            except CoopdeskError:  # e.g. no right to search the register: Save will say so
                same = ()
            problems += [("pesel", Severity.ERROR, self._same_pesel_text(same))] if same else []
        if not self._attempted:
            touched = set(self._touched)
            if touched & set(LABOUR_INPUTS):  # the categories held (and the age) decide the status warnings
                touched |= {field_name(i, f) for i, p in enumerate(draft.participations)
                            if p.labour_status is not None for f in LABOUR_FIELDS}
            problems = [p for p in problems if p[0] in touched]
        self._show(problems)

    def _show(self, problems: list[tuple[str, Severity, str]], focus: bool = False, after_save: bool = False) -> None:
        """Show problems at their fields. A participation's issue is shown at its field when that participation
        is the one selected, else at the list naming it; after a save that failed only in another
        participation, that one is selected first."""
        if focus:
            errors = [split_field(name) for name, severity, _ in problems if severity is Severity.ERROR]
            if errors and all(e is not None and e[0] != self._current for e in errors):
                first = errors[0]
                assert first is not None
                self.select_participation(first[0])
        self.issues.show([self._placed(*p) for p in problems], focus=focus, after_save=after_save)

    def _placed(self, name: str, severity: Severity, text: str) -> tuple[str, Severity, str]:
        split = split_field(name)
        if split is None:
            return name, severity, text
        index, field = split
        if index == self._current:
            shown = self.editor.shown_field(field)
            return (f"participation.{shown}" if shown else "participations"), severity, text
        if 0 <= index < len(self._participations):
            text = f"{self._participation_text(self._participations[index])}: {text}"
        return "participations", severity, text

    def _shown_at(self, name: str) -> str | None:
        """Where an issue is shown: fields derived from PESEL report at the PESEL field."""
        if name not in self._widgets:
            return None
        if name in ("birth_date", "sex") and not self._widgets[name].isEnabled():
            return "pesel"
        if name == "stage_date" and not self._widgets[name].isEnabled():
            return "stage"
        return name

    def _same_pesel_text(self, rows: tuple[ParticipantRow, ...]) -> str:
        who = "; ".join(self._describe(r) for r in rows)
        return self.tr("A person with this PESEL is already registered: {who}.").format(who=who)

    def _describe(self, row: ParticipantRow) -> str:
        """Name and birth date; outside the user's caseload the service hides them, the advisor stays."""
        name = f"{row.first_name} {row.last_name}".strip() or self.tr("a person outside your caseload")
        details = [self.tr("born {date}").format(date=format_date(row.birth_date))] if row.birth_date else []
        details += [self.tr("advisor: {name}").format(name=row.advisor_name)] if row.advisor_name else []
        return f"{name} ({', '.join(details)})" if details else name

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        """Save through the service; on any problem show it at its field and save nothing."""
        self._attempted = True
        for edit in self.findChildren(QLineEdit):  # what leaving the field would do (Alt+S keeps focus)
            if edit.validator() and not edit.hasAcceptableInput():
                edit.setText(edit.validator().fixup(edit.text()))
        problems = self._format_problems()
        if problems:
            self._show(problems, focus=True, after_save=True)
            return
        draft = self.draft()
        age_confirmed = self._checked_before_saving(draft)
        if age_confirmed is None:
            return
        confirmed = False
        while True:
            try:
                if self._participant_id is None:
                    saved = self._services.participants.create(
                        draft, confirm_duplicates=confirmed, confirm_age=age_confirmed
                    )
                else:
                    saved = self._services.participants.update(
                        self._participant_id, draft, confirm_duplicates=confirmed, confirm_age=age_confirmed
                    )
            except ValidationFailed as failed:
                issues = failed.issues + failed.warnings
                problems = [(i.field, i.severity, _error_text(i)) for i in issues]
                self._show(problems, focus=True, after_save=True)
                return
            except DuplicateFound as duplicate:
                if duplicate.check.same_pesel or confirmed:
                    text = self._same_pesel_text(duplicate.check.same_pesel)
                    self._show([("pesel", Severity.ERROR, text)], focus=True, after_save=True)
                    return
                if not self._confirm_same_person(duplicate.check.same_name_birth):
                    return
                confirmed = True
                continue
            except CoopdeskError as problem:
                prompts.error(self, self.tr("Participant"), _error_text(problem))
                return
            break
        self.saved_id = saved.id
        self.accept()

    def _pesel_expected(self) -> bool:
        """"No PESEL" not ticked: the person has one, so an empty PESEL is asked for."""
        return not self.ui.noPeselCheck.isChecked()

    def _checked_before_saving(self, draft: ParticipantDraft) -> bool | None:
        """The rules as the form states them (PESEL expected, an age to confirm, warnings to accept).
        None: do not save (the problems are shown); else whether registering someone under 15 was confirmed."""
        age_confirmed = False
        while True:
            issues = self._services.participants.validate(
                draft, pesel_expected=self._pesel_expected(), confirm_age=age_confirmed
            )
            problems = [(i.field, i.severity, _error_text(i)) for i in issues]
            errors = errors_only(issues)
            if errors and all(i.message == TOO_YOUNG for i in errors):
                self._show(problems, focus=True, after_save=True)
                if not self._confirm_young(errors[0]):
                    return None
                age_confirmed = True
                continue
            if errors:
                self._show(problems, focus=True, after_save=True)
                return None
            if issues:
                self._show(problems)
                if not self._accept_warnings(issues):
                    return None
            return age_confirmed

    def _confirm_young(self, issue: FieldIssue) -> bool:
        text = self.tr(
            "The person is {age} years old. The programme is for adults: someone under 15 takes part only "
            "by exception.\n\nRegister this person anyway?"
        ).format(age=issue.params.get("age", "?"))
        return prompts.confirm(self, self.tr("Participant under 15"), text)

    def _accept_warnings(self, issues: list[FieldIssue]) -> bool:
        shown = [self._placed(i.field, i.severity, _error_text(i)) for i in issues]
        lines = "\n".join(
            f"\u2022 {self.issues.title(name) if name in self._widgets else name}: {text}" for name, _, text in shown
        )
        text = self.tr("Please check before saving:\n{warnings}\n\nSave anyway?").format(warnings=lines)
        return prompts.confirm(self, self.tr("Save with warnings"), text)

    def _confirm_same_person(self, rows: tuple[ParticipantRow, ...]) -> bool:
        who = "\n".join(self._describe(r) for r in rows)
        text = self.tr("A person with the same name and birth date already exists:\n{who}\n\nSave anyway?")
        return prompts.confirm(self, self.tr("Possible duplicate"), text.format(who=who))

    def reject(self) -> None:
        """Esc/Cancel; asks first when something was typed, so a stray Esc loses no work."""
        if self._touched and not prompts.confirm(
            self, self.tr("Discard changes"), self.tr("Close the form without saving the changes?")
        ):
            return
        super().reject()
