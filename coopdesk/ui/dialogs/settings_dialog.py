"""Settings: the interface language (saved in the preferences, used from the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from coopdesk.platform.prefs import Prefs

# Each language is named in itself, so a user can find theirs whatever the current language.
LANGUAGE_NAMES = (("pl", "Polski"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
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

        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    @property
    def language_changed(self) -> bool:
        return self._prefs.language != self._initial_language

    def accept(self) -> None:
        self._prefs.language = self.language_combo.currentData()
        super().accept()
