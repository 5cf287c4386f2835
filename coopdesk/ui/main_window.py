"""The main window: navigation on the left, the pages on the right, menus and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coopdesk import __version__
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.platform.prefs import Prefs
from coopdesk.services.app_services import Services
from coopdesk.services.demo_folder import is_demo
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.settings_dialog import SettingsDialog
from coopdesk.ui.pages.participants_page import ParticipantsPage
from coopdesk.ui.pages.start_page import StartPage

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"


class MainWindow(QMainWindow):
    def __init__(self, services: Services, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # A database the demo made (published passwords) says so in the title.
        self.setWindowTitle(self.tr("coopdesk — DEMO") if is_demo(services) else "coopdesk")
        self._services = services
        self._prefs = prefs

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setFixedWidth(170)
        self.navigation.setSpacing(2)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        # Only pages that work for this role: the register needs the right to read participants.
        actor = services.ctx.actor
        self.participants_page: ParticipantsPage | None = None
        if allowed(actor, Permission.PARTICIPANTS_READ_ALL) or allowed(actor, Permission.PARTICIPANTS_READ_OWN):
            self.participants_page = ParticipantsPage(services, self)
            self.add_page(self.tr("Participants"), self.participants_page)
            self.participants_page.message.connect(self.show_message)
        else:
            self.add_page(self.tr("Start"), StartPage(actor, self))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.statusBar().setObjectName("statusBar")
        self._restore()
        if (first := self.pages.currentWidget()) is not None:
            first.setFocus()  # keyboard first: start in the search box

    def add_page(self, title: str, page: QWidget) -> None:
        """Add a working page: a navigation entry and its widget in the stack."""
        item = QListWidgetItem(title, self.navigation)
        item.setSizeHint(QSize(0, self.navigation.fontMetrics().height() + 16))
        self.pages.addWidget(page)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    # --- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self.tr("&About coopdesk"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self._prefs, self, services=self._services)
        if dialog.exec() and dialog.language_changed:
            self.show_message(self.tr("The language will change when coopdesk is restarted."))
        dialog.deleteLater()

    def show_about(self) -> None:
        prompts.info(
            self,
            self.tr("About coopdesk"),
            self.tr("coopdesk %1\n\nParticipants, trainings and social cooperatives for social economy "
                    "support centres. Works offline; your data stays on this computer.").replace("%1", __version__),
        )

    # --- window state ---------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self._prefs.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            state = self._prefs.value(STATE_KEY)
            if isinstance(state, QByteArray | bytes):
                self.restoreState(QByteArray(state))
        else:
            self.resize(self._default_size())
        try:
            page = int(self._prefs.value(PAGE_KEY, 0))
        except (TypeError, ValueError):
            page = 0
        self.navigation.setCurrentRow(page if 0 <= page < self.navigation.count() else 0)

    def _default_size(self) -> QSize:
        wanted = QSize(1200, 760)
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.9
        return wanted.boundedTo(room)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._prefs.set_value(GEOMETRY_KEY, self.saveGeometry())
        self._prefs.set_value(STATE_KEY, self.saveState())
        self._prefs.set_value(PAGE_KEY, self.navigation.currentRow())
        self._prefs.sync()
        super().closeEvent(event)
