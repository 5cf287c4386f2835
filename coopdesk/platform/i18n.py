"""Installing Qt's and coopdesk's translators (Polish by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coopdesk.resources import resource_path

TRANSLATOR_NAME = "coopdeskTranslator"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language`` ('pl' or 'en'); return them (parented to ``app``)."""
    locale = QLocale(QLocale.Language.Polish, QLocale.Country.Poland) if language == "pl" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom
    )
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):  # a language switch replaces, never stacks
        app.removeTranslator(old)
        old.setParent(None)
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_tr = QTranslator(app)
    qt_tr.setObjectName(TRANSLATOR_NAME)
    if qt_tr.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    app_tr = QTranslator(app)
    app_tr.setObjectName(TRANSLATOR_NAME)
    if app_tr.load(str(resource_path("i18n", f"coopdesk_{language}.qm"))):
        app.installTranslator(app_tr)
        installed.append(app_tr)
    return installed

