"""Participant → Share case…: the advisors a case is shared with, share with another, stop sharing."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from coopdesk.domain.enums import Role
from coopdesk.domain.records import ParticipantDraft
from coopdesk.platform.paths import AppPaths
from coopdesk.platform.prefs import Prefs
from coopdesk.services import accounts as accounts_module
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.case_sharing_dialog import CaseSharingDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.record_actions import install_record_actions


@pytest.fixture
def office(services, monkeypatch):
    """A coordinator, three advisors and a trainer (signed in: real actors); Anna's person Jan."""
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    boss = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", "boss password")
    people = {"ewa": boss}
    for name, full, role in (("anna", "Anna Nowak", Role.ADVISOR), ("basia", "Barbara Wójcik", Role.ADVISOR),
                             ("celina", "Celina Dąbrowska", Role.ADVISOR), ("tomek", "Tomasz Trener", Role.TRAINER)):
        services.as_actor(boss).accounts.create_user(name, full, role, "temporary-123")
        people[name] = services.accounts.authenticate(name, "temporary-123")
    jan = services.as_actor(boss).participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel="44051401359", advisor_id=people["anna"].user_id))
    return people, jan


def picker(dialog: CaseSharingDialog) -> list[str]:
    return [dialog.advisor_combo.itemText(i) for i in range(dialog.advisor_combo.count())]


def listed(dialog: CaseSharingDialog) -> list[str]:
    return [dialog.shared_list.item(r).text() for r in range(dialog.shared_list.count())]


@pytest.mark.parametrize("who", ["ewa", "anna"])  # the coordinator and the case's own advisor
def test_share_and_stop_sharing(qtbot, services, office, who):
    people, jan = office
    me = services.as_actor(people[who])
    dialog = CaseSharingDialog(me, jan.id, title="Jan Kowalski")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Share the case of Jan Kowalski"
    assert dialog.owner_label.text() == "Case advisor: Anna Nowak"
    assert dialog.empty_label.isVisible() and not dialog.shared_list.isVisible()
    # advisors only, never the case's own advisor, the coordinator or a trainer; Polish order
    assert sorted(picker(dialog)) == ["Barbara Wójcik", "Celina Dąbrowska"]
    assert not dialog.remove_button.isEnabled()

    dialog.advisor_combo.setCurrentIndex(dialog.advisor_combo.findText("Barbara Wójcik"))
    with qtbot.waitSignal(dialog.sharesChanged):
        dialog.add_button.click()
    assert listed(dialog) == ["Barbara Wójcik (basia)"]
    assert [u.username for u in me.accounts.case_shared_with(jan.id)] == ["basia"]
    assert picker(dialog) == ["Celina Dąbrowska"]  # already shared: not offered twice
    assert dialog.shared_list.isVisible() and not dialog.empty_label.isVisible()
    basia = services.as_actor(people["basia"])
    assert basia.participants.get(jan.id, journal_read=False).last_name == "Kowalski"  # she sees the case now

    dialog.shared_list.setCurrentRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert listed(dialog) == [] and me.accounts.case_shared_with(jan.id) == []
    assert sorted(picker(dialog)) == ["Barbara Wójcik", "Celina Dąbrowska"]
    assert not dialog.message_label.isVisible()


def test_a_refusal_is_said_in_the_dialog(qtbot, services, office):
    people, jan = office
    dialog = CaseSharingDialog(services.as_actor(people["ewa"]), jan.id)
    qtbot.addWidget(dialog)
    dialog.show()
    services.as_actor(people["ewa"]).accounts.set_active(people["celina"].user_id, False)  # meanwhile
    dialog.advisor_combo.setCurrentIndex(dialog.advisor_combo.findText("Celina Dąbrowska"))
    dialog.add_button.click()
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == "Cases can be shared only with active advisors."
    assert listed(dialog) == []


@pytest.fixture
def window_for(services, office, tmp_path, qtbot):
    people, _jan = office
    prefs = Prefs(AppPaths(tmp_path / "ui").ensure())

    def make(name: str) -> MainWindow:
        svc = services.as_actor(people[name])
        window = MainWindow(svc, prefs)
        qtbot.addWidget(window)
        install_record_actions(window, svc, window.participants_page)
        return window

    return make


def share_action(window: MainWindow):
    menu = window.findChild(QMenu, "participantMenu")
    found = [a for a in menu.actions() if a.objectName() == "shareCaseAction"] if menu else []
    return found[0] if found else None


def test_the_menu_opens_it_for_the_selected_person(window_for, office, monkeypatch):
    people, jan = office
    window = window_for("anna")
    seen = {}
    monkeypatch.setattr(CaseSharingDialog, "exec", lambda d: seen.setdefault("title", d.windowTitle()) and 0)
    action = share_action(window)
    assert action is not None and action.text() == "&Share case…"
    window.participants_page.refresh()
    assert window.participants_page.select_participant(jan.id)
    action.trigger()
    assert seen["title"] == "Share the case of Jan Kowalski"


def test_an_advisor_the_case_is_shared_with_cannot_share_it_on(window_for, services, office, monkeypatch):
    people, jan = office
    services.as_actor(people["anna"]).accounts.share_case(jan.id, people["basia"].user_id)
    window = window_for("basia")
    told = []
    monkeypatch.setattr(prompts, "info", lambda _parent, title, text: told.append((title, text)))
    monkeypatch.setattr(CaseSharingDialog, "exec", lambda d: pytest.fail("opened for a shared advisor"))
    window.participants_page.refresh()
    assert window.participants_page.select_participant(jan.id)
    share_action(window).trigger()
    assert told == [("Share case", "You do not have permission to do this.")]


def test_a_trainer_does_not_see_the_action(window_for):
    window = window_for("tomek")
    assert share_action(window) is None
    assert not [a for a in window.findChildren(QAction) if a.objectName() == "shareCaseAction"]
