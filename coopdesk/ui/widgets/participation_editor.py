"""The editor of one participation (person x project): entry data, residence at entry, support, exit and
employment after exit (issue 8). The form is forms/participation_editor.ui.

Like the participant form it only moves values between widgets and a ParticipationDraft: the rules (what is
required, dates, the labour-market cross-checks) are the service's. It knows the shipped reference data it
shows (school types, the gmina dictionary) and what follows from them on screen: the ISCED level of the
school picked, the residence names and the DEGURBA of the gmina picked (unless set by hand), and the start
date, which is the first support's start.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QWidget

from coopdesk.domain.enums import (
    ANSWER_LABELS,
    CONTRACT_FORM_LABELS,
    DEGURBA_LABELS,
    EXIT_REASON_LABELS,
    EXIT_SITUATION_LABELS,
    LABOUR_DETAIL_LABELS,
    LABOUR_STATUS_LABELS,
    PARTICIPANT_TYPE_LABELS,
    VOIVODESHIPS,
    Answer,
    ContractForm,
    Degurba,
    ExitReason,
    ExitSituation,
    LabourDetail,
    LabourStatus,
    ParticipantType,
)
from coopdesk.domain.participation_rules import derived_start
from coopdesk.domain.records import ParticipationDraft
from coopdesk.services import reference_data
from coopdesk.ui._generated.ui_participation_editor import Ui_ParticipationEditor
from coopdesk.ui.widgets.choices import fill_choices, fill_enum, select_data, selected_enum
from coopdesk.ui.widgets.date_field import DateField, format_date
from coopdesk.ui.widgets.school_type_picker import SchoolTypePicker
from coopdesk.ui.widgets.supports_table import SupportsTable
from coopdesk.ui.widgets.teryt_picker import TerytPicker
from coopdesk.ui.widgets.text_validators import digits_validator

# ParticipationDraft attribute -> widget objectName, in the order of the form (the first error gets focus).
FIELD_WIDGETS: dict[str, str] = {
    "project_id": "participationProject", "participant_type": "participantTypeCombo",
    "institution_name": "institutionNameEdit", "institution_nip": "institutionNipEdit",
    "start_date": "startDateEdit", "info_clause_on": "infoClauseEdit",
    "labour_status": "labourStatusCombo", "labour_detail": "labourDetailCombo",
    "pup_registered_on": "pupRegisteredEdit", "unemployed_since": "unemployedSinceEdit",
    "school_type": "schoolTypePicker", "teryt": "residenceTerytPicker", "voivodeship": "residenceVoivodeshipCombo",
    "powiat": "residencePowiatEdit", "gmina": "residenceGminaEdit", "town": "residenceTownEdit",
    "degurba": "degurbaCombo", "supports": "supportsTable", "exit_date": "exitDateEdit",
    "exit_reason": "exitReasonCombo", "completed_path": "completedPathCombo", "exit_situation": "exitSituationCombo",
    "employment_start": "employmentStartEdit", "employment_contract": "employmentContractCombo",
    "employment_fte": "employmentFteEdit", "employment_months": "employmentMonthsEdit",
    "employment_proof": "employmentProofEdit", "employment_checked_on": "employmentCheckedEdit",
}
# fields a rule names that are shown at another field's widget
SHOWN_AT = {"education": "school_type", "degurba_manual": "degurba"}
TEXT_FIELDS = ("institution_name", "institution_nip", "powiat", "gmina", "town", "employment_proof")
DATE_FIELDS = ("info_clause_on", "pup_registered_on", "unemployed_since", "exit_date", "employment_start",
               "employment_checked_on")
ENUM_FIELDS = {
    "labour_status": LabourStatus, "degurba": Degurba, "exit_reason": ExitReason, "completed_path": Answer,
    "exit_situation": ExitSituation, "employment_contract": ContractForm,
}


class ParticipationEditor(QWidget):
    """``load(draft)`` shows a participation, ``draft()`` returns it as edited; ``edited(field)`` after
    every change the user makes."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipationEditor()
        self.ui.setupUi(self)
        self._loaded = ParticipationDraft()
        self._loading = False
        self._project_codes: dict[int, str] = {}
        self.widgets: dict[str, Any] = {name: getattr(self.ui, obj) for name, obj in FIELD_WIDGETS.items()}
        ui = self.ui
        ui.employmentFteEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d?([.,]\d{0,3})?"), ui.employmentFteEdit))
        ui.employmentMonthsEdit.setValidator(digits_validator(3, ui.employmentMonthsEdit))
        ui.institutionNipEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 -]{0,13}"), ui.institutionNipEdit))
        for edit in (ui.employmentFteEdit, ui.employmentMonthsEdit):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000") + 24)
        ui.startDateEdit.setMaximumWidth(DateField().sizeHint().width())
        ui.startDateEdit.setPlaceholderText(self.tr("no support yet"))
        ui.labourStatusCombo.setMinimumContentsLength(28)
        ui.participantTypeCombo.currentIndexChanged.connect(self._type_changed)
        ui.residenceTerytPicker.chosen.connect(self._gmina_chosen)
        ui.degurbaManualCheck.toggled.connect(self._degurba_manual_toggled)
        ui.supportsTable.changed.connect(self._show_start)

    # --- set-up --------------------------------------------------------------------------------
    def set_up(self, services) -> None:
        """Fill the lists (projects, the enums' labels, the school types) and wire the support buttons."""
        ui, not_set = self.ui, ""
        projects = services.projects.list()
        self._project_codes = {p.id: p.code for p in projects}
        fill_choices(ui.participationProject, ((f"{p.code} \u2013 {p.name}", p.id) for p in projects),
                     empty=self.tr("\u2014 without project \u2014"))
        fill_enum(ui.participantTypeCombo, PARTICIPANT_TYPE_LABELS)
        fill_enum(ui.labourStatusCombo, LABOUR_STATUS_LABELS, empty=not_set)
        fill_enum(ui.labourDetailCombo, LABOUR_DETAIL_LABELS)
        fill_choices(ui.residenceVoivodeshipCombo, ((v, v) for v in VOIVODESHIPS), empty=not_set)
        fill_enum(ui.degurbaCombo, DEGURBA_LABELS, empty=not_set)
        fill_enum(ui.exitReasonCombo, EXIT_REASON_LABELS, empty=not_set)
        fill_enum(ui.completedPathCombo, {a: t for a, t in ANSWER_LABELS.items() if a is not Answer.REFUSED},
                  empty=not_set)
        fill_enum(ui.exitSituationCombo, EXIT_SITUATION_LABELS, empty=not_set)
        fill_enum(ui.employmentContractCombo, CONTRACT_FORM_LABELS, empty=not_set)
        ui.schoolTypePicker.set_types(reference_data.school_types())
        ui.supportsTable.attach(ui.addSupportButton, ui.removeSupportButton, services.ctx.today)
        for combo in self.findChildren(QComboBox):  # long labels (the project's title, the ESF+ results) elide,
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)  # instead of widening the editor past a 1366x768 screen
            for i in range(combo.count()):
                combo.setItemData(i, combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
        self._watch_edits()

    def project_code(self, project_id: int | None) -> str:
        return self._project_codes.get(project_id, "") if project_id is not None else ""

    def _watch_edits(self) -> None:
        for name, widget in self.widgets.items():
            if isinstance(widget, (SupportsTable, SchoolTypePicker)):
                signals = [widget.changed]
            elif isinstance(widget, TerytPicker):
                signals = [widget.chosen]
            elif isinstance(widget, QComboBox):
                signals = [widget.currentIndexChanged]
            else:
                signals = [widget.textChanged]
            for signal in signals:
                signal.connect(partial(self._changed, name))
        self.ui.degurbaManualCheck.toggled.connect(partial(self._changed, "degurba"))

    def _changed(self, name: str, *_args) -> None:
        if not self._loading:
            self.edited.emit(name)

    # --- values --------------------------------------------------------------------------------
    def load(self, p: ParticipationDraft) -> None:
        self._loading = True
        ui, w = self.ui, self.widgets
        self._loaded = p
        select_data(ui.participationProject, p.project_id)
        if p.project_id is not None and ui.participationProject.findData(p.project_id) < 0:
            ui.participationProject.addItem(f"{p.project_code} \u2013 {p.project_name}", p.project_id)
            select_data(ui.participationProject, p.project_id)
        select_data(ui.participantTypeCombo, p.participant_type)
        for name in TEXT_FIELDS:
            w[name].setText(getattr(p, name))
        for name in DATE_FIELDS:
            w[name].setDate(getattr(p, name))
        for name in ENUM_FIELDS:
            select_data(w[name], getattr(p, name))
        select_data(ui.labourDetailCombo, p.labour_detail)
        ui.schoolTypePicker.set_value(p.school_type, p.education)
        ui.residenceTerytPicker.set_code(p.teryt)
        select_data(ui.residenceVoivodeshipCombo, p.voivodeship or None)
        ui.degurbaManualCheck.setChecked(p.degurba_manual)
        ui.supportsTable.set_supports(p.supports)
        ui.employmentFteEdit.setText(f"{p.employment_fte:g}" if p.employment_fte is not None else "")
        ui.employmentMonthsEdit.setText(str(p.employment_months) if p.employment_months is not None else "")
        self._type_changed()
        self._degurba_manual_toggled(p.degurba_manual, follow=False)
        self._show_start()
        self._loading = False

    def draft(self) -> ParticipationDraft:
        """The participation as shown (the read-only parts - id, uuid, project name - as loaded)."""
        ui, w = self.ui, self.widgets
        values: dict = {name: w[name].text() for name in TEXT_FIELDS}
        values.update({name: w[name].date() for name in DATE_FIELDS})
        values.update({name: selected_enum(w[name], kind) for name, kind in ENUM_FIELDS.items()})
        project_id = ui.participationProject.currentData()
        return replace(
            self._loaded, **values,
            project_id=project_id,
            project_code=self.project_code(project_id) or (self._loaded.project_code if project_id else ""),
            participant_type=selected_enum(ui.participantTypeCombo, ParticipantType) or ParticipantType.INDIVIDUAL,
            labour_detail=selected_enum(ui.labourDetailCombo, LabourDetail) or LabourDetail.NONE,
            school_type=ui.schoolTypePicker.code(),
            education=ui.schoolTypePicker.education(),
            teryt=ui.residenceTerytPicker.code(),
            voivodeship=ui.residenceVoivodeshipCombo.currentData() or "",
            degurba_manual=ui.degurbaManualCheck.isChecked(),
            supports=ui.supportsTable.supports(),
            start_date=derived_start(replace(self._loaded, supports=ui.supportsTable.supports())),
            employment_fte=_number(ui.employmentFteEdit.text(), float),
            employment_months=_number(ui.employmentMonthsEdit.text(), int),
        )

    def format_problems(self) -> list[str]:
        """Fields whose text is not a value yet (a date half typed, a working time like '0,'): not rules."""
        bad = [name for name in DATE_FIELDS if self.widgets[name].isEnabled() and not self.widgets[name].has_valid_input()]
        text = self.ui.employmentFteEdit.text().strip()
        if text and _number(text, float) is None:
            bad.append("employment_fte")
        return bad

    def shown_field(self, field: str) -> str | None:
        """The field whose widget shows an issue named ``field`` (None: the editor has no place for it)."""
        name = SHOWN_AT.get(field, field)
        return name if name in self.widgets else None

    # --- reactions -----------------------------------------------------------------------------
    def _type_changed(self, *_args) -> None:
        institution = selected_enum(self.ui.participantTypeCombo, ParticipantType) is ParticipantType.INSTITUTION
        for widget in (self.ui.institutionNameEdit, self.ui.institutionNipEdit):
            widget.setEnabled(institution)

    def _gmina_chosen(self, code: str) -> None:
        """The gmina picked fills the residence names and, unless set by hand, the DEGURBA."""
        gmina = self.ui.residenceTerytPicker.gmina() if code else None
        if gmina is not None:
            select_data(self.ui.residenceVoivodeshipCombo, gmina.voivodeship)
            self.ui.residencePowiatEdit.setText(gmina.powiat)
            self.ui.residenceGminaEdit.setText(gmina.name)
        self._degurba_manual_toggled(self.ui.degurbaManualCheck.isChecked())

    def _degurba_manual_toggled(self, manual: bool, follow: bool = True) -> None:
        """By hand: the combo is the user's; otherwise it shows the gmina's DEGURBA (or is free without one)."""
        gmina = self.ui.residenceTerytPicker.gmina()
        self.ui.degurbaCombo.setEnabled(manual or gmina is None)
        if not manual and follow and gmina is not None:
            select_data(self.ui.degurbaCombo, str(gmina.degurba) if gmina.degurba else None)

    def _show_start(self) -> None:
        start = derived_start(replace(self._loaded, supports=self.ui.supportsTable.supports()))
        self.ui.startDateEdit.setText(format_date(start))


def _number(text: str, kind):
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        return None
