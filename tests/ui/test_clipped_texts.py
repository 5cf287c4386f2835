"""Texts that were cut off in Polish (issue 7): the users table's headers and the lock dialog after a
wrong password; and the lock dialog's text after a manual lock (it said "after a time without use")."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from coopdesk.domain.enums import Role
from coopdesk.platform.i18n import install_translations
from coopdesk.services import accounts as accounts_module
from coopdesk.ui.idle_lock import IdleLock

PASSWORD = "boss password 1"


@pytest.fixture
def polish():
    install_translations(QApplication.instance(), "pl")  # the conftest takes the translators away after


@pytest.fixture
def boss(services, monkeypatch):
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    return services.accounts.create_first_coordinator("ewa", "Ewa Kowalska-Brzęczyszczykiewicz", PASSWORD)


def unclipped(dialog) -> list[str]:
    """The visible labels whose text does not fit their place (empty when everything shows)."""
    QApplication.processEvents()
    bad = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        hint = label.sizeHint()
        if label.wordWrap():
            fits = label.height() >= label.heightForWidth(label.width())
        else:
            fits = label.width() >= hint.width() and label.height() >= hint.height()
        if not fits:
            bad.append(f"{label.objectName() or label.text()[:30]}: {label.size().toTuple()} < {hint.toTuple()}")
    layout = dialog.layout()
    if layout.hasHeightForWidth() and layout.totalHeightForWidth(dialog.width()) > dialog.height():
        bad.append(f"dialog {dialog.height()} < {layout.totalHeightForWidth(dialog.width())}")
    return bad


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("coopdesk"))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_lock_dialog_grows_for_a_wrong_password_in_polish(polish, qtbot, services, boss, window):
    lock = IdleLock(window, services.as_actor(boss).accounts, boss, 0)
    try:
        lock.lock_now()
        dialog = lock.dialog
        qtbot.waitExposed(dialog)
        assert unclipped(dialog) == []
        dialog.password_edit.setText("wrong")
        dialog.unlock_button.click()
        assert dialog.message_label.text() == "Nazwa użytkownika lub hasło są niepoprawne."
        assert unclipped(dialog) == []
        for _ in range(5):  # the sign-in lock: a longer message on three lines
            dialog.password_edit.setText("wrong")
            dialog.unlock_button.click()
        assert dialog.message_label.text().startswith("Zbyt wiele nieudanych logowań")
        assert unclipped(dialog) == []
    finally:
        lock.stop()


def test_lock_dialog_says_why_it_is_locked(qtbot, services, boss, window):
    lock = IdleLock(window, services.as_actor(boss).accounts, boss, 100)
    try:
        lock.lock_now()  # the Lock action (Ctrl+L)
        text = lock.dialog.findChild(QLabel, "lockedUserLabel").text()
        assert text == "coopdesk is locked. Ewa Kowalska-Brzęczyszczykiewicz, enter your password to continue."
        lock.dialog.password_edit.setText(PASSWORD)
        lock.dialog.unlock_button.click()
        qtbot.waitUntil(lambda: lock.locked, timeout=3000)  # a time without use
        text = lock.dialog.findChild(QLabel, "lockedUserLabel").text()
        assert text.startswith("coopdesk was locked after a time without use. Ewa Kowalska-Brzęczyszczykiewicz,")
    finally:
        lock.stop()


def test_users_table_shows_whole_headers_and_values_in_polish(polish, qtbot, services, boss):
    from coopdesk.services.accounts import LoginFailed
    from coopdesk.ui.dialogs.users_dialog import UsersDialog

    coordinator = services.as_actor(boss).accounts
    coordinator.create_user("jan.kowalczyk", "Jan Kowalczyk", Role.SPECIALIST, "temporary-123")
    services.accounts.authenticate("ewa", PASSWORD)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate("jan.kowalczyk", "wrong password")
    dialog = UsersDialog(coordinator)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table, header = dialog.table, dialog.table.horizontalHeader()
    assert table.horizontalHeaderItem(4).text() == "Ostatnie logowanie"
    short = {}
    for column in range(table.columnCount()):
        need = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        if header.sectionSize(column) < need:
            short[table.horizontalHeaderItem(column).text()] = (header.sectionSize(column), need)
    assert short == {}
    # the dialog is as wide as its columns (up to the screen): all of it in sight without scrolling
    screen = dialog.screen().availableGeometry().width()
    if dialog.width() < screen:
        assert table.horizontalScrollBar().maximum() == 0
    else:
        assert dialog.width() == screen
