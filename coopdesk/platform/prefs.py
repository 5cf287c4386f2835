"""User-interface preferences (language, window geometry) in a QSettings INI file in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from coopdesk.platform.paths import AppPaths

LANGUAGES = ("pl", "en")
DEFAULT_LANGUAGE = "pl"


class Prefs:
    def __init__(self, paths: AppPaths) -> None:
        self._s = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else DEFAULT_LANGUAGE)
        self._s.sync()

    def value(self, key: str, default=None):
        return self._s.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
