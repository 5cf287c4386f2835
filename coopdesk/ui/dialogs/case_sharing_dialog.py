"""Share a participant's case with other advisors (and stop sharing it): Participant → Share case….

The coordinator and the case's own advisor may share it (``AccountService.share_case``; the service
checks). An advisor the case is shared with sees and edits it, but cannot take it over or share it on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import Role
from coopdesk.domain.errors import CoopdeskError
from coopdesk.ui.dialogs.account_messages import error_text, message_label, say

ID_ROLE = Qt.ItemDataRole.UserRole


class CaseSharingDialog(QDialog):
    """The advisors ``participant_id``'s case is shared with. Raises ``CoopdeskError`` (e.g.
    PermissionDenied) when the signed-in user may not share this case: the caller says so."""

    sharesChanged = Signal(int)  # participant id

    def __init__(self, services, participant_id: int, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSharingDialog")
        self.setWindowTitle(self.tr("Share the case of %1").replace("%1", title) if title else self.tr("Share the case"))
        self._services = services
        self._id = participant_id
        shares = services.accounts.case_shared_with(participant_id)  # checks who may share, first
        person = services.participants.get(participant_id, journal_read=False)  # nothing special shown
        self._owner_id = person.advisor_id
        owner_name = person.advisor_name

        self.owner_label = QLabel(self)
        self.owner_label.setObjectName("caseAdvisorLabel")
        self.owner_label.setWordWrap(True)
        self.owner_label.setText(self.tr("Case advisor: %1").replace("%1", owner_name) if owner_name
                                 else self.tr("No advisor is assigned to this person yet."))
        self.shared_list = QListWidget(self)
        self.shared_list.setObjectName("sharedWithList")
        self.shared_list.itemSelectionChanged.connect(self._update_buttons)
        shared_caption = QLabel(self.tr("&Shared with:"), self)
        shared_caption.setBuddy(self.shared_list)
        self.empty_label = QLabel(self.tr("The case is not shared with anyone."), self)
        self.empty_label.setObjectName("notSharedLabel")
        self.empty_label.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Stop sharing with the &selected advisor"), self)
        self.remove_button.setObjectName("unshareButton")
        self.remove_button.clicked.connect(self.unshare_selected)

        self.advisor_combo = QComboBox(self)
        self.advisor_combo.setObjectName("shareWithCombo")
        self.advisor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        add_caption = QLabel(self.tr("Share &with:"), self)
        add_caption.setBuddy(self.advisor_combo)
        self.add_button = QPushButton(self.tr("Sh&are"), self)
        self.add_button.setObjectName("shareButton")
        self.add_button.clicked.connect(self.share_chosen)
        add_row = QHBoxLayout()
        add_row.addWidget(add_caption)
        add_row.addWidget(self.advisor_combo, 1)
        add_row.addWidget(self.add_button)

        note = QLabel(self.tr("An advisor the case is shared with can see and edit the person's record, "
                              "but cannot take the case over or share it further."), self)
        note.setObjectName("sharingNote")
        note.setWordWrap(True)
        self.message_label = message_label(self, "sharingMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.owner_label)
        layout.addWidget(shared_caption)
        layout.addWidget(self.shared_list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.remove_button)
        layout.addLayout(add_row)
        layout.addWidget(note)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._show(shares)

    # --- actions -------------------------------------------------------------------------------
    def share_chosen(self) -> None:
        user_id = self.advisor_combo.currentData()
        if user_id is not None:
            self._run(lambda: self._services.accounts.share_case(self._id, user_id))

    def unshare_selected(self) -> None:
        items = self.shared_list.selectedItems()
        if items:
            user_id = items[0].data(ID_ROLE)
            self._run(lambda: self._services.accounts.unshare_case(self._id, user_id))

    def shared_with(self) -> list[int]:
        """The ids listed, in order (for tests and automation)."""
        return [self.shared_list.item(row).data(ID_ROLE) for row in range(self.shared_list.count())]

    # --- internals -----------------------------------------------------------------------------
    def _run(self, call) -> None:
        try:
            call()
            shares = self._services.accounts.case_shared_with(self._id)
        except CoopdeskError as exc:
            say(self.message_label, error_text(exc))
            return
        say(self.message_label, "")
        self._show(shares)
        self.sharesChanged.emit(self._id)

    def _show(self, shares) -> None:
        self.shared_list.clear()
        for account in shares:
            item = QListWidgetItem(f"{account.full_name} ({account.username})", self.shared_list)
            item.setData(ID_ROLE, account.id)
        shared_ids = {account.id for account in shares}
        self.shared_list.setVisible(bool(shares))
        self.empty_label.setVisible(not shares)
        self.advisor_combo.clear()
        for ref in self._services.dictionaries.advisors():
            # advisors only: a coordinator sees every case anyway; never the case's own advisor
            if ref.role is Role.ADVISOR and ref.id != self._owner_id and ref.id not in shared_ids:
                self.advisor_combo.addItem(ref.full_name, ref.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.shared_list.selectedItems()))
        self.add_button.setEnabled(self.advisor_combo.count() > 0)
        self.advisor_combo.setEnabled(self.advisor_combo.count() > 0)
