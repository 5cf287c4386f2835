"""Settings: the interface language (saved in the preferences, used from the next start) and, for the
coordinator, the centre printed on every document (name, address, data-protection contact, logo)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.centre import CentreInfo
from coopdesk.domain.errors import CoopdeskError, Severity, ValidationFailed
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.platform.prefs import Prefs
from coopdesk.ui import prompts
from coopdesk.ui.widgets.field_issues import STYLE_SHEET, FieldIssues
from coopdesk.ui.widgets.image_picker import ImagePicker

# Each language is named in itself, so a user can find theirs whatever the current language.
LANGUAGE_NAMES = (("pl", "Polski"), ("en", "English"))
LOGO_PREVIEW = (220, 80)  # the largest preview of the logo, in pixels (its proportions are kept)


def _errors():
    return lambda text: QCoreApplication.translate("Errors", text)


class CentreTab(QWidget):
    """The centre's data; saved by ``save()`` (the dialog's OK)."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centreTab")
        self._services = services
        self._initial = services.centre.info()

        self.name_edit = QLineEdit(self._initial.name, self)
        self.name_edit.setObjectName("centreNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Stowarzyszenie … – Ośrodek Wsparcia Ekonomii Społecznej"))
        self.address_edit = QPlainTextEdit(self._initial.address, self)
        self.address_edit.setObjectName("centreAddressEdit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.dpo_name_edit = QLineEdit(self._initial.dpo_name, self)
        self.dpo_name_edit.setObjectName("dpoNameEdit")
        self.dpo_email_edit = QLineEdit(self._initial.dpo_email, self)
        self.dpo_email_edit.setObjectName("dpoEmailEdit")
        self.dpo_phone_edit = QLineEdit(self._initial.dpo_phone, self)
        self.dpo_phone_edit.setObjectName("dpoPhoneEdit")

        self.logo_picker = ImagePicker(services.centre, LOGO_PREVIEW, "centreLogo", self)
        self.logo_picker.set_sha(self._initial.logo)
        self.logo_picker.problem.connect(lambda text: self.issues.show([("logo", Severity.ERROR, text)]))
        self.logo_picker.changed.connect(lambda: self.issues.clear())

        form = QFormLayout(self)
        form.addRow(self.tr("Centre &name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("Data protection &officer:"), self.dpo_name_edit)
        form.addRow(self.tr("DPO &e-mail:"), self.dpo_email_edit)
        form.addRow(self.tr("DPO &phone:"), self.dpo_phone_edit)
        form.addRow(self.tr("&Logo:"), self.logo_picker)
        logo_title = form.labelForField(self.logo_picker)
        if isinstance(logo_title, QLabel):
            logo_title.setBuddy(self.logo_picker.choose_button)
        note = QLabel(self.tr("Printed in the header of every document (e.g. the Art. 15 report); the data "
                              "controller is the project's, else the centre."), self)
        note.setObjectName("centreNote")
        note.setWordWrap(True)
        form.addRow(note)

    def bind_issues(self, summary: QLabel, tabs: QTabWidget) -> None:
        self.issues = FieldIssues(
            {"name": self.name_edit, "address": self.address_edit, "dpo_name": self.dpo_name_edit,
             "dpo_email": self.dpo_email_edit, "dpo_phone": self.dpo_phone_edit, "logo": self.logo_picker.choose_button},
            summary, tabs,
        )

    def info(self) -> CentreInfo:
        return CentreInfo(self.name_edit.text(), self.address_edit.toPlainText(), self.dpo_name_edit.text(),
                          self.dpo_email_edit.text(), self.dpo_phone_edit.text(), self.logo_picker.sha())

    @property
    def changed(self) -> bool:
        now = self.info()
        return any(getattr(now, f).strip() != getattr(self._initial, f).strip()
                   for f in ("name", "address", "dpo_name", "dpo_email", "dpo_phone", "logo"))

    def save(self) -> bool:
        """Save when something changed; problems are shown at their fields (False: the dialog stays)."""
        if not self.changed:
            return True
        try:
            saved = self._services.centre.save(self.info())
        except ValidationFailed as exc:
            self.issues.show([(i.field, i.severity, i.render(_errors())) for i in exc.issues], focus=True,
                             after_save=True)
            return False
        except CoopdeskError as exc:
            prompts.error(self, self.tr("Centre"), exc.render(_errors()))
            return False
        self._initial = replace(saved)
        self.issues.clear()
        return True


class SettingsDialog(QDialog):
    def __init__(self, prefs: Prefs, parent: QWidget | None = None, services=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(STYLE_SHEET)
        self._prefs = prefs
        self._initial_language = prefs.language

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(prefs.language), 0))

        note = QLabel(self.tr("A new language applies after coopdesk is restarted."), self)
        note.setObjectName("restartNote")
        note.setWordWrap(True)

        general = QWidget(self)
        general.setObjectName("generalTab")
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(note)
        general_layout.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, self.tr("General"))
        self.summary = QLabel(self)
        self.summary.setObjectName("settingsSummary")
        self.summary.setWordWrap(True)
        # The centre: the coordinator's (the service checks it too)
        self.centre_tab: CentreTab | None = None
        if services is not None and allowed(services.ctx.actor, Permission.SETTINGS_MANAGE):
            self.centre_tab = CentreTab(services, self)
            self.tabs.addTab(self.centre_tab, self.tr("Centre"))
            self.centre_tab.bind_issues(self.summary, self.tabs)
        else:
            self.summary.setVisible(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.setMinimumWidth(640 if self.centre_tab else 380)

    @property
    def language_changed(self) -> bool:
        return self._prefs.language != self._initial_language

    def accept(self) -> None:
        if self.centre_tab is not None and not self.centre_tab.save():
            return
        self._prefs.language = self.language_combo.currentData()
        super().accept()
