"""Eligibility on a day, under the person's categories (issue 8): does the person belong, on the day of entry,
founding or admission, to the social cooperatives act's art. 4 ust. 1, the social economy act's art. 2 pkt 6
and the project's own categories? Read from the categories as they are being edited (services.eligibility)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coopdesk.domain import catalogues as cat
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.formats import format_date
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.records import CategoryAssignment
from coopdesk.services.eligibility import ACTS, EligibilityResult, EligibilityService
from coopdesk.ui.widgets.date_field import DateField

ACT_NAMES = {
    cat.USP_ART4_UST1: QT_TRANSLATE_NOOP(
        "EligibilityPanel", "Social cooperatives act, art. 4 ust. 1 (founding and joining a cooperative)"),
    cat.UES_ART2_PKT6: QT_TRANSLATE_NOOP(
        "EligibilityPanel", "Social economy act, art. 2 pkt 6 (jobs in social enterprises)"),
}
GAPS = {
    cat.Gap.NOT_VALID_ON_DAY: QT_TRANSLATE_NOOP("EligibilityPanel", "not valid on that day"),
    cat.Gap.NOT_IN_CATALOGUE: QT_TRANSLATE_NOOP("EligibilityPanel", "not in this catalogue on that day"),
    cat.Gap.PROOF_MISSING: QT_TRANSLATE_NOOP("EligibilityPanel", "no proof document"),
    cat.Gap.NOT_VERIFIED: QT_TRANSLATE_NOOP("EligibilityPanel", "not verified"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EligibilityPanel", text)


class EligibilityPanel(QGroupBox):
    """``refresh(assignments, project_id)`` after the categories change; the day is the user's (default: the
    current participation's start, else today)."""

    def __init__(self, service: EligibilityService, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eligibilityPanel")
        self.setTitle(self.tr("Eligibility on a day"))
        self._service = service
        self._assignments: tuple[CategoryAssignment, ...] = ()
        self._project_id: int | None = None
        self.day = DateField(self)
        self.day.setObjectName("eligibilityDay")
        self.day.setDate(today())
        self.day.dateChanged.connect(lambda _d: self._show())
        self.result = QLabel(self)
        self.result.setObjectName("eligibilityResult")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        day_label = QLabel(self.tr("On &day:"), self)
        day_label.setBuddy(self.day)
        row = QHBoxLayout()
        row.addWidget(day_label)
        row.addWidget(self.day)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def set_day(self, day: date | None) -> None:
        if day is not None:
            self.day.setDate(day)

    def refresh(self, assignments: tuple[CategoryAssignment, ...], project_id: int | None) -> None:
        self._assignments, self._project_id = assignments, project_id
        self._show()

    def _show(self) -> None:
        day = self.day.date()
        if day is None:
            self.result.setText(self.tr("Enter the day to check."))
            return
        try:
            found = self._service.check(self._assignments, day, self._project_id)
        except CoopdeskError:  # e.g. the project was deleted meanwhile
            found = self._service.check(self._assignments, day, None)
        self.result.setText("\n".join(describe(found)))


def describe(found: EligibilityResult) -> list[str]:
    """One line per catalogue: eligible through which categories, or why not."""
    lines = []
    for code in ACTS:
        result = found.acts[code]
        name = _tr(ACT_NAMES[code])
        if result.eligible:
            through = ", ".join(dict.fromkeys(g.assignment.category for g in result.grounds))
            text = QCoreApplication.translate("EligibilityPanel", "{act}: yes ({categories})").format(
                act=name, categories=through)
            if result.open_basis:
                text += " – " + QCoreApplication.translate("EligibilityPanel", "the act's wording is still to be checked")
            lines.append(text)
        else:
            why = "; ".join(f"{r.assignment.category}: {_tr(GAPS[r.gap])}" for r in result.rejected)
            lines.append(QCoreApplication.translate("EligibilityPanel", "{act}: no").format(act=name)
                         + (f" ({why})" if why else ""))
    project = found.project
    if project is None:
        lines.append(QCoreApplication.translate("EligibilityPanel", "Project: the current participation has no project."))
    elif not project.accepted:
        lines.append(QCoreApplication.translate(
            "EligibilityPanel", "Project {code}: it lists no categories of its own (Tools → Projects).").format(
            code=project.project_code))
    elif project.eligible:
        lines.append(QCoreApplication.translate("EligibilityPanel", "Project {code}: yes ({categories})").format(
            code=project.project_code, categories=", ".join(a.category_code for a in project.grounds)))
    else:
        lines.append(QCoreApplication.translate(
            "EligibilityPanel", "Project {code}: no category it accepts holds on {day}").format(
            code=project.project_code, day=format_date(found.day)))
    return lines
