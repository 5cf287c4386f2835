"""The monitoring export's choices (issue 9): which layout (SM EFS by default), which project, optionally the
payment claim's period and the partner the file goes to; and the precheck's list of participations not
ready to report, with what each lacks, to continue or cancel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.participation_rules import MISSING_LABELS

LAYOUT_TITLES = (  # (layout name, title), in services.layouts.LAYOUT_NAMES' order
    ("smefs", "SM EFS (CST2021)"),
    ("sl2014", "SL2014 PEFS (2014–2020)"),
    ("plain", "coopdesk"),
)


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


@dataclass(frozen=True)
class ExportOptions:
    layout: str
    project_id: int | None
    period: tuple[date | None, date | None] | None
    partner: str


class MonitoringExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, projects: list, partners: list[str], today: date) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringExportDialog")
        self.setWindowTitle(QCoreApplication.translate("MonitoringExport", "Export for the lead partner"))
        self._projects = projects
        form = QFormLayout()
        self.layout_combo = _named(QComboBox(), "exportLayoutCombo")
        for name, title in LAYOUT_TITLES:
            label = title if name != "plain" else QCoreApplication.translate("MonitoringExport", "coopdesk's full list")
            self.layout_combo.addItem(label, name)
        form.addRow(QCoreApplication.translate("MonitoringExport", "&Layout:"), self.layout_combo)
        self.project_combo = _named(QComboBox(), "exportProjectCombo")
        self.project_combo.addItem(QCoreApplication.translate("MonitoringExport", "All projects"), None)
        for p in projects:
            self.project_combo.addItem(f"{p.code} — {p.name}", p.id)
        form.addRow(QCoreApplication.translate("MonitoringExport", "&Project:"), self.project_combo)
        self.period_box = _named(QGroupBox(QCoreApplication.translate(
            "MonitoringExport", "Only the payment claim's &period")), "exportPeriodBox")
        self.period_box.setCheckable(True)
        self.period_box.setChecked(False)
        row = QHBoxLayout(self.period_box)
        self.period_from = _named(QDateEdit(), "exportPeriodFrom")
        self.period_to = _named(QDateEdit(), "exportPeriodTo")
        first = QDate(today.year, 1, 1) if today.month > 6 else QDate(today.year - 1, 7, 1)
        self.period_from.setDate(first)
        self.period_to.setDate(QDate(today.year, today.month, today.day))
        for edit in (self.period_from, self.period_to):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        row.addWidget(QLabel(QCoreApplication.translate("MonitoringExport", "from")))
        row.addWidget(self.period_from)
        row.addWidget(QLabel(QCoreApplication.translate("MonitoringExport", "to")))
        row.addWidget(self.period_to)
        self.partner_edit = _named(QLineEdit(), "exportPartnerEdit")
        self.partner_edit.setPlaceholderText(QCoreApplication.translate(
            "MonitoringExport", "optional: adds the changes since the last file to this partner"))
        self.partner_edit.setMaxLength(120)
        completer = QCompleter(partners, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.partner_edit.setCompleter(completer)
        form.addRow(QCoreApplication.translate("MonitoringExport", "P&artner:"), self.partner_edit)
        note = QLabel(QCoreApplication.translate(
            "MonitoringExport", "Every participant is written whatever their consents: monitoring rests on the "
            "implementing act and the ESF+ regulation."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("MonitoringExport", "&Check and export..."))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.problem = _named(QLabel(), "exportProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.period_box)
        box.addWidget(note)
        box.addWidget(self.problem)
        box.addWidget(buttons)

    def _accept(self) -> None:
        if self.period_box.isChecked() and self.period_from.date() > self.period_to.date():
            self.problem.setText(QCoreApplication.translate("MonitoringExport", "The period ends before it starts."))
            self.problem.show()
            self.period_to.setFocus()
            return
        self.accept()

    def options(self) -> ExportOptions:
        period: tuple[date | None, date | None] | None = None
        if self.period_box.isChecked():
            start, end = self.period_from.date(), self.period_to.date()
            period = (date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day()))
        return ExportOptions(self.layout_combo.currentData(), self.project_combo.currentData(), period,
                             self.partner_edit.text().strip())


class NotReadyDialog(QDialog):
    """The participations not ready to report, and what each lacks: Continue (the file is written all the
    same) or Cancel."""

    def __init__(self, parent: QWidget | None, items: list) -> None:
        super().__init__(parent)
        self.setObjectName("notReadyDialog")
        self.setWindowTitle(QCoreApplication.translate("MonitoringExport", "Not ready to report"))
        text = QLabel(QCoreApplication.translate(
            "MonitoringExport", "%1 participations lack data the monitoring system needs (entry or exit data). "
            "They are written all the same; complete them before the file is sent, or cancel.")
            .replace("%1", str(len(items))))
        text.setWordWrap(True)
        self.table = _named(QTableWidget(len(items), 3), "notReadyTable")
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("MonitoringExport", "Participant"),
            QCoreApplication.translate("MonitoringExport", "Project"),
            QCoreApplication.translate("MonitoringExport", "Missing")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for r, item in enumerate(items):
            missing = ", ".join(QCoreApplication.translate("Labels", MISSING_LABELS.get(m, m)) for m in item.missing)
            for c, value in enumerate((item.name or item.participant_uuid, item.project_code or "—", missing)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.setSortingEnabled(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("MonitoringExport", "C&ontinue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(self.table)
        box.addWidget(buttons)
        self.resize(720, 420)
