"""The "Account" menu of the main window: who is signed in, change password, lock, user accounts.

Added from outside (``install_account_actions``) so the main window needs no knowledge of accounts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from coopdesk.domain.permissions import Permission, allowed
from coopdesk.ui.dialogs.change_password_dialog import ChangePasswordDialog
from coopdesk.ui.dialogs.users_dialog import UsersDialog, role_label
from coopdesk.ui.idle_lock import IdleLock


def install_account_actions(window: QMainWindow, services, idle_lock: IdleLock) -> QMenu:
    """Add the Account menu (before Help) and the signed-in user in the status bar; return the menu."""
    actor = services.ctx.actor
    menu = QMenu(QCoreApplication.translate("AccountActions", "&Account"), window)
    menu.setObjectName("accountMenu")
    help_menu = window.menuBar().actions()[-1] if window.menuBar().actions() else None
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu, menu)
    else:
        window.menuBar().addMenu(menu)

    change = QAction(QCoreApplication.translate("AccountActions", "&Change password…"), window)
    change.setObjectName("changePasswordAction")
    change.triggered.connect(lambda: ChangePasswordDialog(services.accounts, parent=window).exec())
    menu.addAction(change)

    lock = QAction(QCoreApplication.translate("AccountActions", "&Lock the screen"), window)
    lock.setObjectName("lockAction")
    lock.setShortcut(QKeySequence("Ctrl+L"))
    lock.triggered.connect(idle_lock.lock_now)
    menu.addAction(lock)

    if allowed(actor, Permission.USERS_MANAGE):
        menu.addSeparator()
        users = QAction(QCoreApplication.translate("AccountActions", "&User accounts…"), window)
        users.setObjectName("usersAction")

        def open_users() -> None:
            UsersDialog(services.accounts, parent=window).exec()
            idle_lock.set_timeout(services.accounts.get_idle_minutes() * 60_000)

        users.triggered.connect(open_users)
        menu.addAction(users)

    who = QLabel(f"{actor.full_name} ({role_label(actor.role)})", window)
    who.setObjectName("signedInLabel")
    window.statusBar().addPermanentWidget(who)
    return menu
