"""Accounts (coordinator): list, add, change role, deactivate, reset password, unlock sign-in; the idle-lock time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import ROLE_LABELS, Role
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.formats import format_datetime
from coopdesk.services.accounts import AccountService, UserAccount, temporary_password
from coopdesk.ui.dialogs.account_messages import error_text, message_label, say

ID_ROLE = Qt.ItemDataRole.UserRole


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Labels", ROLE_LABELS[role])


class UsersDialog(QDialog):
    """User management; ``accounts`` works for the signed-in coordinator."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("User accounts"))
        self._accounts = accounts
        self._users: list[UserAccount] = []

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status"),
            self.tr("Last sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # whole headers and values (Polish ones are long)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # a stretched column is cut when the room runs short
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.role_combo = self._role_combo("roleCombo")
        self.set_role_button = QPushButton(self.tr("Set &role"), self)
        self.set_role_button.setObjectName("setRoleButton")
        self.set_role_button.clicked.connect(self.set_role)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.setObjectName("activeButton")
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("Reset &password"), self)
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("&Unlock sign-in"), self)
        self.unlock_button.setObjectName("unlockSignInButton")
        self.unlock_button.setToolTip(self.tr("Allow signing in again at once after repeated wrong passwords"))
        self.unlock_button.clicked.connect(self.unlock_sign_in)
        selected = QHBoxLayout()
        for w in (self.role_combo, self.set_role_button, self.active_button, self.reset_button, self.unlock_button):
            selected.addWidget(w)
        selected.addStretch(1)

        self.new_user_name = QLineEdit(self)
        self.new_user_name.setObjectName("newUserNameEdit")
        self.new_full_name = QLineEdit(self)
        self.new_full_name.setObjectName("newFullNameEdit")
        self.new_role = self._role_combo("newRoleCombo")
        self.new_role.setCurrentIndex(self.new_role.findData(Role.ADVISOR.value))
        self.add_button = QPushButton(self.tr("&Add the account"), self)
        self.add_button.setObjectName("addUserButton")
        self.add_button.clicked.connect(self.add_user)
        new_box = QGroupBox(self.tr("New account"), self)
        new_form = QFormLayout(new_box)
        new_form.addRow(self.tr("User &name:"), self.new_user_name)
        new_form.addRow(self.tr("&Full name:"), self.new_full_name)
        new_form.addRow(self.tr("R&ole:"), self.new_role)
        new_form.addRow("", self.add_button)

        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleMinutesSpin")
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(accounts.get_idle_minutes())
        self.idle_spin.valueChanged.connect(self.save_idle_minutes)
        idle_row = QFormLayout()
        idle_row.addRow(self.tr("Lock the screen after &idle time:"), self.idle_spin)

        self.password_label = QLabel(self)
        self.password_label.setObjectName("temporaryPasswordLabel")
        self.password_label.setWordWrap(True)
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.hide()
        self.message_label = message_label(self, "usersMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(selected)
        layout.addWidget(new_box)
        layout.addLayout(idle_row)
        layout.addWidget(self.password_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.reload()
        self._fit_width(720, 520)

    # --- actions -------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._users = self._accounts.list_users()
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            last = format_datetime(user.last_login_at)
            status = self.tr("Active") if user.active else self.tr("Inactive")
            if user.active and not user.has_password:
                status = self.tr("No password")
            if user.sign_in_locked_until is not None:
                until = format_datetime(user.sign_in_locked_until)
                status = self.tr("Sign-in locked until %1").replace("%1", until)
            for col, text in enumerate((user.username, user.full_name, role_label(user.role), status, last)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, user.id)
                self.table.setItem(row, col, item)
            if user.id == select_id:
                self.table.selectRow(row)
        self._selection_changed()

    def selected_user(self) -> UserAccount | None:
        items = self.table.selectedItems()
        if not items:
            return None
        user_id = items[0].data(ID_ROLE)
        return next((u for u in self._users if u.id == user_id), None)

    def add_user(self) -> None:
        password = temporary_password()
        role = Role(self.new_role.currentData())
        self._run(lambda: self._accounts.create_user(
            self.new_user_name.text(), self.new_full_name.text(), role, password),
            password_for=password)

    def set_role(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._run(lambda: self._accounts.set_role(user.id, Role(self.role_combo.currentData())))

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._run(lambda: self._accounts.set_active(user.id, not user.active))

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            password = temporary_password()
            self._run(lambda: self._accounts.reset_password(user.id, password), password_for=password)

    def unlock_sign_in(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._run(lambda: self._accounts.unlock_sign_in(user.id))

    def save_idle_minutes(self, minutes: int) -> None:
        try:
            self._accounts.set_idle_minutes(minutes)
        except CoopdeskError as exc:
            say(self.message_label, error_text(exc))

    # --- internals -----------------------------------------------------------------------------
    def _run(self, call, password_for: str | None = None) -> None:
        try:
            account = call()
        except CoopdeskError as exc:
            say(self.message_label, error_text(exc))
            return
        say(self.message_label, "")
        if password_for is not None:
            self.password_label.setText(self.tr(
                "Temporary password for %1: %2\nGive it to the person; they choose their own password "
                "at the first sign-in.").replace("%1", account.username).replace("%2", password_for))
            self.password_label.show()
            self.new_user_name.clear()
            self.new_full_name.clear()
        self.reload(select_id=account.id)

    def _fit_width(self, width: int, height: int) -> None:
        """At least ``width``; wider when the columns need it (no horizontal scrolling), up to the screen."""
        header = self.table.horizontalHeader()
        need = sum(max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
                   for c in range(self.table.columnCount()))
        frame = self.table.frameWidth() * 2 + self.table.verticalScrollBar().sizeHint().width()
        need += frame
        layout = self.layout()
        if layout is not None:
            need += layout.contentsMargins().left() + layout.contentsMargins().right()
        screen = self.screen().availableGeometry().width() if self.screen() is not None else need
        self.resize(max(width, min(need, screen)), height)

    def _selection_changed(self) -> None:
        user = self.selected_user()
        for w in (self.role_combo, self.set_role_button, self.active_button, self.reset_button):
            w.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.sign_in_locked_until is not None)
        if user is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role.value))
            self.active_button.setText(self.tr("&Deactivate") if user.active else self.tr("&Activate"))

    def _role_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for role in Role:
            combo.addItem(role_label(role), role.value)
        return combo
