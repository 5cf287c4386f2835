"""The start-up sign-in: create the first coordinator, or log in; then a forced password change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from coopdesk.domain.actor import Actor
from coopdesk.services.app_services import Services
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.change_password_dialog import ChangePasswordDialog
from coopdesk.ui.dialogs.first_run_dialog import FirstRunDialog
from coopdesk.ui.dialogs.login_dialog import LoginDialog


def sign_in(opened: Services, parent: QWidget | None = None, username: str = "") -> Actor | None:
    """The signed-in actor, or None when the user gave up (coopdesk then quits).

    ``opened``: the services of the database opened before sign-in (system actor); the forced password
    change runs as the user who signed in (their own context), never as the system.
    """
    accounts = opened.accounts
    if accounts.needs_first_coordinator():
        first = FirstRunDialog(accounts, parent)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    if accounts.nobody_can_sign_in():
        prompts.error(parent, QCoreApplication.translate("SignIn", "Nobody can sign in"), QCoreApplication.translate(
            "SignIn", "This database holds participants but no account that can sign in (for example a demo "
            "interrupted by an older version of coopdesk). For demo data run \"coopdesk demo\" on this data "
            "folder to finish it; otherwise restore a backup (coopdesk restore)."))
        return None
    login = LoginDialog(accounts, parent, username)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    actor = login.actor
    own = opened.as_actor(actor).accounts
    if own.must_change_password():
        change = ChangePasswordDialog(own, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor
