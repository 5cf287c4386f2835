"""Data protection of one participant: consents per purpose, the Article 15 report, erasure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError, ValidationFailed
from coopdesk.domain.gdpr import (
    CONSENT_PURPOSE_LABELS,
    CONSENT_STATE_LABELS,
    PENDING_LABELS,
    ConsentPurpose,
    ConsentRecord,
    Pending,
    PersonRetention,
    consent_state,
)
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.ui import prompts, runner
from coopdesk.ui.widgets.date_field import DateField, format_date


def _label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _error_text(exc: CoopdeskError) -> str:
    if isinstance(exc, ValidationFailed) and exc.issues:
        purposes = {p.value: _label(CONSENT_PURPOSE_LABELS[p]) for p in ConsentPurpose}
        return "\n".join(
            f"{purposes.get(i.field, i.field)}: {i.render(lambda t: QCoreApplication.translate('Errors', t))}"
            for i in exc.issues
        )
    return exc.render(lambda t: QCoreApplication.translate("Errors", t))


class _ConsentRow:
    """The widgets of one purpose: granted, given on, expires on, withdrawn on, current state."""

    def __init__(self, parent: QWidget, purpose: ConsentPurpose) -> None:
        self.purpose = purpose
        self.label = QLabel(_label(CONSENT_PURPOSE_LABELS[purpose]), parent)
        self.granted = QCheckBox(QCoreApplication.translate("GdprDialog", "Granted"), parent)
        self.given = DateField(parent)
        self.expires = DateField(parent)
        self.withdrawn = DateField(parent)
        self.state = QLabel(parent)
        for widget, part in ((self.granted, "Granted"), (self.given, "Given"), (self.expires, "Expires"),
                             (self.withdrawn, "Withdrawn"), (self.state, "State")):
            widget.setObjectName(f"consent_{purpose.value}_{part}")
        self.label.setBuddy(self.granted)
        self.recorded: ConsentRecord | None = None

    def load(self, consent: ConsentRecord | None, today) -> None:
        self.recorded = consent
        self.granted.setChecked(bool(consent and consent.granted))
        self.given.setDate(consent.given_on if consent else None)
        self.expires.setDate(consent.expires_on if consent else None)
        self.withdrawn.setDate(consent.withdrawn_on if consent else None)
        self.state.setText(_label(CONSENT_STATE_LABELS[consent_state(consent, today)]))

    def invalid_dates(self) -> bool:
        return not all(f.has_valid_input() for f in (self.given, self.expires, self.withdrawn))

    def wanted(self, participant_id: int) -> ConsentRecord | None:
        """What to save: None for a purpose never recorded and left empty."""
        dates = (self.given.date(), self.expires.date(), self.withdrawn.date())
        if self.recorded is None and not self.granted.isChecked() and not any(dates):
            return None
        note = self.recorded.note if self.recorded else ""
        return ConsentRecord(participant_id, self.purpose, self.granted.isChecked(), *dates, note)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.granted, self.given, self.expires, self.withdrawn):
            widget.setEnabled(enabled)


class GdprDialog(QDialog):
    """``GdprDialog(services, participant_id, title="Anna Kowalska")``."""

    consentsSaved = Signal(int)  # the participant id
    personErased = Signal(int)

    def __init__(self, services, participant_id: int, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gdprDialog")
        self.setWindowTitle(self.tr("Data protection: %1").replace("%1", title) if title
                            else self.tr("Data protection"))
        self._services = services
        self._id = participant_id
        actor = services.ctx.actor
        self._can_edit = allowed(actor, Permission.CONSENTS_EDIT)
        self._can_manage = allowed(actor, Permission.GDPR_MANAGE)

        self.retention_label = QLabel(self)
        self.retention_label.setObjectName("retentionLabel")
        self.retention_label.setWordWrap(True)
        self.retention_label.setTextFormat(Qt.TextFormat.PlainText)

        box = QGroupBox(self.tr("Consents"), self)
        grid = QGridLayout(box)
        for column, text in enumerate((self.tr("Purpose"), "", self.tr("Given on"), self.tr("Expires on"),
                                       self.tr("Withdrawn on"), self.tr("Status today"))):
            header = QLabel(f"<b>{text}</b>" if text else "", box)
            grid.addWidget(header, 0, column)
        self.rows: dict[ConsentPurpose, _ConsentRow] = {}
        for line, purpose in enumerate(ConsentPurpose, start=1):
            row = _ConsentRow(box, purpose)
            for column, widget in enumerate((row.label, row.granted, row.given, row.expires, row.withdrawn,
                                             row.state)):
                grid.addWidget(widget, line, column)
            self.rows[purpose] = row
        note = QLabel(self.tr(
            "Monitoring and reporting, including the list for the lead partner, rest on the law (the implementing "
            "act and the ESF+ regulation), not on these consents: withdrawing one removes nobody from them. "
            "A consent here allows only its optional purpose."), box)
        note.setObjectName("consentBasisNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(note, len(self.rows) + 1, 0, 1, 6)
        grid.setColumnStretch(0, 1)

        self.save_button = QPushButton(self.tr("&Save consents"), self)
        self.save_button.setObjectName("saveConsentsButton")
        self.save_button.clicked.connect(self.save_consents)
        self.report_button = QPushButton(self.tr("Data &report (Art. 15)..."), self)
        self.report_button.setObjectName("dataReportButton")
        self.report_button.setToolTip(self.tr("Save everything held about this person as a PDF for them"))
        self.report_button.clicked.connect(self.save_report)
        self.erase_button = QPushButton(self.tr("&Erase this person..."), self)
        self.erase_button.setObjectName("erasePersonButton")
        self.erase_button.setToolTip(self.tr("Delete the person and everything linked to them, for good"))
        self.erase_button.clicked.connect(self.erase)
        self.report_button.setVisible(self._can_manage)
        self.erase_button.setVisible(self._can_manage)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.report_button)
        actions.addWidget(self.erase_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.setObjectName("gdprButtons")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.retention_label)
        layout.addWidget(box)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.reload()

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        today = self._services.ctx.today()
        try:
            consents = self._services.consents.consents(self._id)
            retention: PersonRetention | None = self._services.projects.retention(self._id)
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Data protection"), _error_text(exc))
            consents, retention = {}, None
            self._can_edit = False
        for purpose, row in self.rows.items():
            row.load(consents.get(purpose), today)
            row.set_enabled(self._can_edit)
        self.save_button.setEnabled(self._can_edit)
        self.retention_label.setText(self.retention_text(retention) if retention is not None else "")

    def retention_text(self, retention: PersonRetention) -> str:
        """One line per participation (its project's keep-until date, or why there is none), then whether
        the person is due - or why not yet."""
        lines = []
        for item in retention.participations:
            project = item.project
            if project is None:
                lines.append(self.tr("(without project): no retention period"))
            elif project.keep_until is None:
                lines.append(self.tr("%1: retention base date not set").replace("%1", project.code))
            elif project.legal_hold:
                lines.append(self.tr("%1: kept until %2, on legal hold").replace("%1", project.code)
                             .replace("%2", format_date(project.keep_until)))
            else:
                lines.append(self.tr("%1: kept until %2").replace("%1", project.code)
                             .replace("%2", format_date(project.keep_until)))
        if retention.pending is None:
            lines.append(self.tr("Past its retention date: due for anonymisation."))
        elif retention.pending is Pending.NOT_YET and retention.keep_until is not None:
            lines.append(self.tr("Data kept until %1; after that the record is anonymised.")
                         .replace("%1", format_date(retention.keep_until)))
        else:
            lines.append(_label(PENDING_LABELS[retention.pending]))
        return "\n".join(lines)

    # --- actions -------------------------------------------------------------------------------
    def save_consents(self) -> bool:
        bad = [r for r in self.rows.values() if r.invalid_dates()]
        if bad:
            prompts.error(self, self.tr("Consents"), self.tr("Correct the dates of: %1")
                          .replace("%1", ", ".join(r.label.text() for r in bad)))
            return False
        wanted = [c for c in (r.wanted(self._id) for r in self.rows.values()) if c is not None]
        try:
            self._services.consents.set_many(self._id, wanted)
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Consents"), _error_text(exc))
            return False
        self.reload()
        self.consentsSaved.emit(self._id)
        return True

    def save_report(self) -> Path | None:
        default_name = f"art15_{self._id}_{self._services.ctx.today():%Y-%m-%d}.pdf"
        target = prompts.choose_save_file(
            self, self.tr("Save the data report"), default_name, self.tr("PDF documents (*.pdf)"))
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            written = runner.run_modal(self, self.tr("Writing the data report..."), lambda progress: self._services
                                       .gdpr.data_report(self._id, path, progress=progress))
        except runner.Cancelled:
            return None
        except (CoopdeskError, OSError) as exc:
            text = runner.error_text(exc) or type(exc).__name__
            prompts.error(self, self.tr("Data report"), text)
            return None
        prompts.info(self, self.tr("Data report"), self.tr("The report was saved to %1").replace("%1", str(written)))
        return written

    def erase(self) -> bool:
        last_name = self._last_name()
        typed = prompts.ask_text(
            self, self.tr("Erase this person"),
            self.tr("This deletes the person, their categories, history and consents for good, and removes "
                    "their data from the journal. It cannot be undone.\n\nType the last name (%1) to confirm:")
            .replace("%1", last_name),
        )
        if typed is None:
            return False
        if typed.strip().casefold() != last_name.strip().casefold():
            prompts.warning(self, self.tr("Erase this person"),
                            self.tr("The name does not match; nothing was erased."))
            return False
        try:
            self._services.gdpr.erase_person(self._id)
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Erase this person"), _error_text(exc))
            return False
        self.personErased.emit(self._id)
        self.accept()
        return True

    # --- helpers -------------------------------------------------------------------------------
    def _last_name(self) -> str:
        names = self._services.participants.participant_names([self._id])
        return names[0][2] if names else ""
