"""The main window per role: only pages and menus that work for the signed-in user."""

from __future__ import annotations

from dataclasses import replace

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QMenu

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
    assert action_names(window, "participantMenu") == {"historyAction", "dataProtectionAction"}
    assert action_names(window, "toolsMenu") == {"backupsAction", "projectsAction"}


def test_advisor_has_history_and_consents_but_not_retention(window_for):
    window = window_for(Role.ADVISOR)
    assert action_names(window, "participantMenu") == {"historyAction", "dataProtectionAction"}
    assert action_names(window, "toolsMenu") == {"backupsAction"}


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
    history = window.findChild(QMenu, "participantMenu").actions()[0]
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
    window.findChild(QMenu, "participantMenu").actions()[1].trigger()
    assert "Jan Nowak" in seen["title"]
