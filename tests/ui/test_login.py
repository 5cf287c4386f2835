"""Sign-in, first start, password change, user accounts and the idle lock, driven like a user would."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow, QPushButton

from coopdesk.domain.enums import Role
from coopdesk.services import accounts as accounts_module
from coopdesk.services.app_services import Services
from coopdesk.services.context import Context
from coopdesk.ui import prompts
from coopdesk.ui.account_actions import install_account_actions
from coopdesk.ui.dialogs.change_password_dialog import ChangePasswordDialog
from coopdesk.ui.dialogs.first_run_dialog import FirstRunDialog
from coopdesk.ui.dialogs.login_dialog import LoginDialog
from coopdesk.ui.dialogs.users_dialog import UsersDialog
from coopdesk.ui.idle_lock import IdleLock
from coopdesk.ui.sign_in import sign_in

PASSWORD = "coordinator pass"


@pytest.fixture(autouse=True)
def fast_hash_and_no_boxes(monkeypatch):
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    for name in ("error", "warning", "info"):
        monkeypatch.setattr(prompts, name, lambda *a, **k: pytest.fail("no message box expected"))


@pytest.fixture
def boss(services):
    return services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", PASSWORD)


def test_login_dialog_names_for_automation(qtbot, services, boss):
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "loginDialog"
    user = dialog.findChild(QLineEdit, "userNameEdit")
    password = dialog.findChild(QLineEdit, "passwordEdit")
    button = dialog.findChild(QPushButton, "loginButton")
    assert user and password and button and button.isDefault()
    assert password.echoMode() is QLineEdit.EchoMode.Password


def test_wrong_password_is_said_in_the_dialog_then_enter_logs_in(qtbot, services, boss):
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user_name_edit, "ewa")
    qtbot.keyClicks(dialog.password_edit, "not my password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "loginMessage")
    assert dialog.isVisible() and message.isVisible()
    assert message.text() == "The user name or the password is not correct."
    assert dialog.password_edit.text() == "" and dialog.actor is None
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor == boss


def test_escape_quits_the_login(qtbot, services, boss):
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.user_name_edit, Qt.Key.Key_Escape)
    assert dialog.actor is None


def test_first_run_creates_the_coordinator(qtbot, services):
    dialog = FirstRunDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.user_name_edit.setText("ewa")
    dialog.full_name_edit.setText("Ewa Kowalska")
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD + "x")
    dialog.create_button.click()
    assert dialog.message_label.text() == "The two passwords are not the same."
    assert services.accounts.needs_first_coordinator()
    dialog.repeat_edit.setText("short")
    dialog.password_edit.setText("short")
    dialog.create_button.click()
    assert "at least 10 characters" in dialog.message_label.text()
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.create_button.click()
    assert dialog.actor.role is Role.COORDINATOR
    assert services.accounts.authenticate("ewa", PASSWORD) == dialog.actor


def _answer_next_dialog(qtbot, fill):
    """Fill the modal dialog that the code under test is about to exec()."""
    def step():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        fill(dialog)
    QTimer.singleShot(0, step)


def test_sign_in_forces_a_temporary_password_to_be_changed(qtbot, services, boss):
    services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.ADVISOR, "temporary-123")

    def login(dialog):
        assert dialog.objectName() == "loginDialog"
        dialog.user_name_edit.setText("jan")
        dialog.password_edit.setText("temporary-123")
        _answer_next_dialog(qtbot, change)
        dialog.login_button.click()

    def change(dialog):
        assert dialog.objectName() == "changePasswordDialog"
        assert dialog.findChild(QLabel, "forcedNote") is not None
        dialog.old_edit.setText("temporary-123")
        dialog.new_edit.setText("jan's own password")
        dialog.repeat_edit.setText("jan's own password")
        dialog.change()

    _answer_next_dialog(qtbot, login)
    actor = sign_in(services)
    assert actor.username == "jan" and not services.as_actor(actor).accounts.must_change_password()
    assert services.accounts.authenticate("jan", "jan's own password") == actor


def test_sign_in_on_a_new_database_asks_for_the_coordinator(qtbot, services):
    def first(dialog):
        assert dialog.objectName() == "firstRunDialog"
        dialog.reject()

    _answer_next_dialog(qtbot, first)
    assert sign_in(services) is None


def test_change_password_dialog_reports_a_wrong_current_password(qtbot, services, boss):
    dialog = ChangePasswordDialog(services.as_actor(boss).accounts)
    qtbot.addWidget(dialog)
    dialog.old_edit.setText("wrong one")
    dialog.new_edit.setText("a brand new password")
    dialog.repeat_edit.setText("a brand new password")
    dialog.change()
    assert dialog.message_label.text() == "The current password is not correct."
    dialog.old_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.change()
    assert services.accounts.authenticate("ewa", "a brand new password") == boss


def test_users_dialog_adds_resets_and_deactivates(qtbot, services, boss):
    dialog = UsersDialog(services.as_actor(boss).accounts)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.new_user_name.setText("jan")
    dialog.new_full_name.setText("Jan Nowak")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(Role.TRAINER.value))
    dialog.add_button.click()
    assert dialog.table.rowCount() == 2
    temporary = dialog.password_label.text().split(": ", 1)[1].split("\n")[0]
    jan = services.accounts.authenticate("jan", temporary)
    assert jan.role is Role.TRAINER and services.as_actor(jan).accounts.must_change_password()

    assert dialog.selected_user().username == "jan"
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.ADVISOR.value))
    dialog.set_role_button.click()
    dialog.reset_button.click()
    again = dialog.password_label.text().split(": ", 1)[1].split("\n")[0]
    assert again != temporary
    assert services.accounts.authenticate("jan", again).role is Role.ADVISOR
    dialog.active_button.click()
    assert [u.active for u in services.as_actor(boss).accounts.list_users() if u.username == "jan"] == [False]

    dialog.idle_spin.setValue(5)
    assert services.accounts.get_idle_minutes() == 5


def test_users_dialog_reports_a_taken_name_in_the_dialog(qtbot, services, boss):
    dialog = UsersDialog(services.as_actor(boss).accounts)
    qtbot.addWidget(dialog)
    dialog.new_user_name.setText("ewa")
    dialog.new_full_name.setText("Ewa Druga")
    dialog.add_button.click()
    assert dialog.message_label.text() == "This user name is already taken."
    assert dialog.table.rowCount() == 1


def _window(qtbot, services, actor, timeout_ms):
    window = QMainWindow()
    window.setCentralWidget(QLabel("Jan Łukasik, PESEL 44051401359"))
    window.menuBar().addMenu("&Help")
    qtbot.addWidget(window)
    window.show()
    bound = Services(services.db, Context(actor=actor))
    lock = IdleLock(window, bound.accounts, actor, timeout_ms)
    return window, bound, lock


def test_idle_lock_covers_everything_until_the_same_password(qtbot, services, boss):
    window, _, lock = _window(qtbot, services, boss, timeout_ms=150)
    other = QDialog(window)
    other.show()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    curtains = [w for w in (window, other) if any(
        c.objectName() == "lockCurtain" and c.isVisible() for c in w.children() if hasattr(c, "isVisible"))]
    assert curtains == [window, other] and other.isVisible()
    dialog = lock.dialog
    assert dialog.objectName() == "lockDialog" and dialog.isVisible()
    assert QApplication.activeModalWidget() is dialog

    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)  # Esc does not unlock
    assert lock.locked
    dialog.password_edit.setText("not the password")
    dialog.unlock_button.click()
    assert lock.locked and dialog.message_label.isVisible()
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(lock.locked_changed) as changed:
        dialog.unlock_button.click()
    assert changed.args == [False] and not lock.locked
    qtbot.waitUntil(lambda: not any(c.objectName() == "lockCurtain" for c in window.children()))
    lock.stop()


def test_another_users_password_does_not_unlock(qtbot, services, boss):
    services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.COORDINATOR, "temporary-123")
    window, _, lock = _window(qtbot, services, boss, timeout_ms=0)
    lock.lock_now()
    lock.dialog.password_edit.setText("temporary-123")
    lock.dialog.unlock_button.click()
    assert lock.locked
    lock.stop()


def test_activity_postpones_the_lock(qtbot, services, boss):
    window, _, lock = _window(qtbot, services, boss, timeout_ms=400)
    for _ in range(8):
        qtbot.wait(100)
        qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Shift)
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    lock.stop()


@pytest.mark.parametrize("role, has_users", [(Role.COORDINATOR, True), (Role.ADVISOR, False)])
def test_account_menu(qtbot, services, boss, role, has_users):
    if role is Role.COORDINATOR:
        actor = boss
    else:
        services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", role, "temporary-123")
        actor = services.accounts.authenticate("jan", "temporary-123")
    window, bound, lock = _window(qtbot, services, actor, timeout_ms=0)
    menu = install_account_actions(window, bound, lock)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names[:2] == ["changePasswordAction", "lockAction"]
    assert ("usersAction" in names) is has_users
    assert [a.text() for a in window.menuBar().actions()] == ["&Account", "&Help"]
    next(a for a in menu.actions() if a.objectName() == "lockAction").trigger()
    assert lock.locked
    lock.stop()


def test_a_locked_sign_in_is_said_in_the_dialog_and_the_coordinator_unlocks_it(qtbot, services, boss):
    """Issue 6 point 14 as the user sees it: the login says until when; the users dialog lifts the lock."""
    coordinator = services.as_actor(boss).accounts
    jan = coordinator.create_user("jan", "Jan Nowak", Role.ADVISOR, "temporary-123")
    login = LoginDialog(services.accounts)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    for _ in range(5):
        login.user_name_edit.setText("jan")
        login.password_edit.setText("wrong password")
        login.login_button.click()
    assert login.message_label.text().startswith("Too many failed sign-ins with this user name. Try again after ")
    # the shown dialog grew for the wrapped message: nothing squeezed or cut off
    assert login.layout().totalHeightForWidth(login.width()) <= login.height()
    assert login.message_label.height() >= login.message_label.heightForWidth(login.message_label.width())
    login.password_edit.setText("temporary-123")
    login.login_button.click()
    assert login.actor is None and "Too many failed sign-ins" in login.message_label.text()

    dialog = UsersDialog(coordinator)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "jan")
    assert dialog.table.item(row, 3).text().startswith("Sign-in locked until ")
    dialog.table.selectRow(row)
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    assert not dialog.unlock_button.isEnabled() and dialog.table.item(row, 3).text() == "Active"
    login.password_edit.setText("temporary-123")
    with qtbot.waitSignal(login.accepted):
        login.login_button.click()
    assert login.actor.user_id == jan.id


def test_a_database_with_people_but_no_account_is_explained_not_offered(qtbot, services, monkeypatch):
    """An older version's interrupted demo: people, no account. Nobody may create the coordinator, and
    the user is told why no sign-in can work (instead of a sign-in dialog where every attempt fails)."""
    from coopdesk.domain.records import ParticipantDraft

    services.participants.create(ParticipantDraft(first_name="Anna", last_name="Nowak", pesel="44051401359"))
    shown = []
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: shown.append((title, text)))
    assert not services.accounts.needs_first_coordinator()
    assert sign_in(services) is None  # no dialog is opened: _answer_next_dialog is not armed
    assert len(shown) == 1 and "coopdesk demo" in shown[0][1] and "restore" in shown[0][1]
