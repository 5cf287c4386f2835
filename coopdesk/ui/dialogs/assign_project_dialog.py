"""Assign to project…: pick the project the selected participants take part in (issue 8: a participation in it;
a person leaves a project by the exit of that participation, so there is no "no project" here)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coopdesk.domain.formats import format_date
from coopdesk.domain.gdpr import ProjectRecord


class AssignProjectDialog(QDialog):
    """``project_id()`` after ``exec()``: the chosen project's id (None only when there is no project)."""

    def __init__(self, projects: list[ProjectRecord], people: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignProjectDialog")
        self.setWindowTitle(self.tr("Assign to project"))
        text = self.tr("Put the %n selected participant(s) into the project:", "", people)
        if "(s)" in text:  # the untranslated English source: pick the form here
            text = text.replace("(s)", "" if people == 1 else "s")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        how = QLabel(self.tr(
            "Someone already in the project is left as is; a current participation without a project gets it; "
            "anyone else gets a new participation in it, and earlier participations stay as they are."), self)
        how.setWordWrap(True)
        self.project = QComboBox(self)
        self.project.setObjectName("projectChoice")
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for p in projects:
            span = f"{format_date(p.start_date)} – {format_date(p.end_date)}" if p.start_date else ""
            label = f"{p.code} — {p.name}" + (f" ({span})" if span else "")
            self.project.addItem(label, p.id)
        if projects:
            self.project.setCurrentIndex(0)
        form = QFormLayout()
        form.addRow(self.tr("&Project:"), self.project)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(projects))
        if not projects:
            ok.setToolTip(self.tr("No project yet: add one in Tools → Projects and data retention."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(how)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def project_id(self) -> int | None:
        return self.project.currentData()
