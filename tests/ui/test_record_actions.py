"""The main window per role: only pages and menus that work for the signed-in user."""

from __future__ import annotations

from dataclasses import replace

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Role
from coopdesk.domain.records import ParticipantDraft
from coopdesk.platform.paths import AppPaths
from coopdesk.platform.prefs import Prefs
from coopdesk.services import accounts as accounts_module
from coopdesk.ui import prompts
from coopdesk.ui.dialogs import gdpr_dialog, history_dialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.record_actions import install_record_actions


@pytest.fixture
def window_for(services, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    boss = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", "boss password")
    prefs = Prefs(AppPaths(tmp_path / "ui").ensure())

    def make(role: Role) -> MainWindow:
        actor: Actor = boss
        if role is not Role.COORDINATOR:
            services.as_actor(boss).accounts.create_user(role.value, role.value.title(), role, "temporary-123")
            actor = services.accounts.authenticate(role.value, "temporary-123")
        svc = services.as_actor(actor)
        window = MainWindow(svc, prefs)
        qtbot.addWidget(window)
        install_record_actions(window, svc, window.participants_page)
        return window

    return make


def menu_names(window: MainWindow) -> set[str]:
    return {a.menu().objectName() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)}


def menu_action(window: MainWindow, name: str, menu: str = "participantMenu") -> QAction:
    return next(a for a in window.findChild(QMenu, menu).actions() if a.objectName() == name)


def action_names(window: MainWindow, menu: str) -> set[str]:
    found = window.findChild(QMenu, menu)
    return {a.objectName() for a in found.actions() if a.objectName()} if found else set()


@pytest.mark.parametrize("role", [Role.TRAINER, Role.SPECIALIST])
def test_roles_without_the_register_get_a_start_page_not_a_crash(window_for, role):
    window = window_for(role)
    assert window.participants_page is None
    assert window.navigation.count() == 1
    assert window.pages.currentWidget().objectName() == "startPage"
    assert {"participantMenu", "toolsMenu"}.isdisjoint(menu_names(window))


def test_coordinator_sees_every_tool(window_for):
    window = window_for(Role.COORDINATOR)
    assert window.participants_page is not None
    assert action_names(window, "participantMenu") == {
        "newParticipantAction", "editParticipantAction", "assignProjectAction", "historyAction", "dataProtectionAction",
        "shareCaseAction"}
    assert action_names(window, "toolsMenu") == {"backupsAction", "projectsAction", "dictionariesAction",
                                                 "leadPartnerExportAction", "followupExportAction",
                                                 "importParticipantsAction", "importBatchesAction"}


def test_advisor_has_history_and_consents_but_not_retention(window_for):
    window = window_for(Role.ADVISOR)
    assert action_names(window, "participantMenu") == {
        "newParticipantAction", "editParticipantAction", "assignProjectAction", "historyAction", "dataProtectionAction",
        "shareCaseAction"}
    assert action_names(window, "toolsMenu") == {"backupsAction", "importParticipantsAction", "importBatchesAction"}


def test_history_opens_for_the_selected_participant(window_for, services, monkeypatch, qtbot):
    jan = services.participants.create(ParticipantDraft(first_name="Jan", last_name="Nowak", pesel="44051401359"))
    services.participants.update(jan.id, replace(jan.as_draft(), town="Kraków"))
    window = window_for(Role.COORDINATOR)
    window.participants_page.refresh()
    opened = {}

    def fake_exec(dialog):
        opened["title"] = dialog.windowTitle()
        opened["rows"] = dialog.model.rowCount()
        return 0

    monkeypatch.setattr(history_dialog.HistoryDialog, "exec", fake_exec)
    monkeypatch.setattr(prompts, "info", lambda *a: opened.setdefault("info", a[1]))
    history = menu_action(window, "historyAction")
    history.trigger()
    assert "info" in opened and "title" not in opened  # nothing selected yet: told to select
    assert window.participants_page.select_participant(jan.id)
    history.trigger()
    assert "Jan Nowak" in opened["title"] and opened["rows"] >= 2


def test_data_protection_opens_for_the_selected_participant(window_for, services, monkeypatch):
    jan = services.participants.create(ParticipantDraft(first_name="Jan", last_name="Nowak", pesel="44051401359"))
    window = window_for(Role.COORDINATOR)
    window.participants_page.refresh()
    assert window.participants_page.select_participant(jan.id)
    seen = {}
    monkeypatch.setattr(gdpr_dialog.GdprDialog, "exec", lambda d: seen.setdefault("title", d.windowTitle()) and 0)
    menu_action(window, "dataProtectionAction").trigger()
    assert "Jan Nowak" in seen["title"]


# --- issue 7: the Participant menu has New and Edit (the page's own actions) -------------------

@pytest.fixture
def shown(window_for, services, qtbot, monkeypatch):
    """An advisor's window, shown and active, with two of her people; the form records what it opens."""
    def make():
        window = window_for(Role.ADVISOR)
        mine = window.participants_page._services.ctx.actor
        for last, pesel in (("Nowak", "44051401359"), ("Kowalska", "02270803624")):
            services.participants.create(
                ParticipantDraft(first_name="Anna", last_name=last, pesel=pesel, advisor_id=mine.user_id))
        page = window.participants_page
        page.refresh()
        window.opened = []
        monkeypatch.setattr(page, "_open_dialog", lambda participant_id: window.opened.append(participant_id))
        window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return make


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADVISOR])
def test_participant_menu_starts_with_new_and_edit_the_pages_own_actions(window_for, role):
    window = window_for(role)
    page = window.participants_page
    actions = window.findChild(QMenu, "participantMenu").actions()
    assert actions[0] is page.new_action and actions[1] is page.edit_action  # reused, not copies
    assert actions[2].isSeparator()
    assert actions[0].text() == "&New participant…" and actions[1].text() == "&Edit…"
    assert actions[0].shortcut() == QKeySequence("Ctrl+N")
    assert actions[1].shortcut() == QKeySequence(Qt.Key.Key_Return)  # shown in the menu: Enter in the list


def _open_menu_and_pick(qtbot, window, letter) -> None:
    """Alt+P opens the Participant menu; the letter picks an entry, as a user does."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    menu = window.findChild(QMenu, "participantMenu")
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    qtbot.keyClick(menu, letter)
    if menu.isVisible():  # a disabled entry does nothing: the user closes the menu
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)


def test_menu_edit_is_enabled_only_with_a_selection_and_opens_it(shown, qtbot):
    window = shown()
    page = window.participants_page
    edit = menu_action(window, "editParticipantAction")
    assert page.selected_id() is None and not edit.isEnabled()
    _open_menu_and_pick(qtbot, window, Qt.Key.Key_E)  # disabled: nothing opens
    assert window.opened == []
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # into the list: the first person selected
    chosen = page.selected_id()
    assert chosen is not None and edit.isEnabled()
    _open_menu_and_pick(qtbot, window, Qt.Key.Key_E)
    assert window.opened == [chosen]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # the same as Enter in the list
    assert window.opened == [chosen, chosen]


def test_menu_new_and_ctrl_n_open_one_empty_form(shown, qtbot):
    window = shown()
    page = window.participants_page
    _open_menu_and_pick(qtbot, window, Qt.Key.Key_N)
    assert window.opened == [None]
    for where in (page.search, page.table):  # Ctrl+N is not ambiguous: it fires, once
        where.setFocus()
        qtbot.keyClick(where, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.opened == [None, None, None]


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADVISOR])
def test_no_two_window_actions_share_a_shortcut(window_for, role):
    """An ambiguous shortcut fires nothing in Qt: every key is owned by one action of the window."""
    window = window_for(role)
    owners: dict[str, set[int]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # only while its own widget has focus (Enter in the list)
        for key in action.shortcuts():
            owners.setdefault(key.toString(), set()).add(id(action))
    assert {key: len(ids) for key, ids in owners.items() if len(ids) > 1} == {}


def test_enter_in_the_open_menu_picks_the_highlighted_entry_not_edit(shown, qtbot, monkeypatch):
    """Edit's shortcut is Enter in the list; in the open menu Enter still runs the highlighted entry."""
    window = shown()
    page = window.participants_page
    seen = []
    monkeypatch.setattr(history_dialog.HistoryDialog, "exec", lambda d: seen.append(d.windowTitle()) or 0)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # a person selected, the list focused
    assert page.table.hasFocus() and menu_action(window, "editParticipantAction").isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    menu = window.findChild(QMenu, "participantMenu")
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    history = menu_action(window, "historyAction")
    for _ in range(len(menu.actions())):
        if menu.activeAction() is history:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is history
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    assert window.opened == [] and len(seen) == 1
