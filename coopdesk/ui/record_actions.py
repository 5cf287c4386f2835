"""The "Participant" and "Tools" menus: history, data protection, backups, projects and retention.

Installed from outside (``install_record_actions``) like the Account menu, so the main window and the
participants page stay free of audit, GDPR and backup knowledge. Each action is shown only to roles
whose services allow it; the services check again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from coopdesk.domain.permissions import Permission, allowed
from coopdesk.ui import prompts


def _menu(window: QMainWindow, title: str, name: str) -> QMenu:
    menu = QMenu(title, window)
    menu.setObjectName(name)
    actions = window.menuBar().actions()
    help_menu = actions[-1] if actions else None
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu, menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


def _action(window: QMainWindow, menu: QMenu, text: str, name: str, slot, shortcut: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def install_record_actions(window: QMainWindow, services, page) -> list[QMenu]:
    """``page`` is the participants page (or None for roles without the register)."""
    actor = services.ctx.actor
    menus: list[QMenu] = []

    def selected() -> tuple[int, str] | None:
        participant_id = page.selected_id() if page is not None else None
        if participant_id is None:
            prompts.info(window, QCoreApplication.translate("RecordActions", "No participant selected"),
                         QCoreApplication.translate("RecordActions", "Select a participant in the list first."))
            return None
        names = services.participants.participant_names([participant_id])
        title = f"{names[0][1]} {names[0][2]}" if names else ""
        return participant_id, title

    def refresh() -> None:
        if page is not None:
            page.refresh()

    def open_history() -> None:
        from coopdesk.ui.dialogs.history_dialog import HistoryDialog

        chosen = selected()
        if chosen:
            dialog = HistoryDialog(services, "participants", chosen[0], title=chosen[1], parent=window)
            dialog.valueRestored.connect(lambda _id: refresh())
            dialog.exec()
            dialog.deleteLater()

    def open_data_protection() -> None:
        from coopdesk.ui.dialogs.gdpr_dialog import GdprDialog

        chosen = selected()
        if chosen:
            dialog = GdprDialog(services, chosen[0], title=chosen[1], parent=window)
            dialog.personErased.connect(lambda _id: refresh())
            dialog.exec()
            dialog.deleteLater()

    def open_case_sharing() -> None:
        from coopdesk.domain.errors import CoopdeskError
        from coopdesk.ui.dialogs.account_messages import error_text
        from coopdesk.ui.dialogs.case_sharing_dialog import CaseSharingDialog

        chosen = selected()
        if chosen:
            try:
                dialog = CaseSharingDialog(services, chosen[0], title=chosen[1], parent=window)
            except CoopdeskError as exc:  # e.g. an advisor the case is only shared with
                prompts.info(window, QCoreApplication.translate("RecordActions", "Share case"), error_text(exc))
                return
            dialog.exec()
            dialog.deleteLater()

    if page is not None:
        menu = _menu(window, QCoreApplication.translate("RecordActions", "&Participant"), "participantMenu")
        menus.append(menu)
        # the page's own actions, not copies: one owner per shortcut (Ctrl+N; Enter in the list), and
        # Edit is enabled by the page only while a participant is selected
        menu.addAction(page.new_action)
        menu.addAction(page.edit_action)
        if allowed(actor, Permission.AUDIT_READ) or allowed(actor, Permission.CONSENTS_EDIT):
            menu.addSeparator()
        if page.assign_action.isVisible():  # roles that edit participants; enabled while rows are selected
            menu.addAction(page.assign_action)
        if allowed(actor, Permission.AUDIT_READ):
            _action(window, menu, QCoreApplication.translate("RecordActions", "&History of changes…"), "historyAction", open_history, "Ctrl+H")
        if allowed(actor, Permission.CONSENTS_EDIT) or allowed(actor, Permission.GDPR_MANAGE):
            _action(window, menu, QCoreApplication.translate("RecordActions", "&Data protection (consents, report, erasure)…"), "dataProtectionAction",
                    open_data_protection, "Ctrl+D")
        if allowed(actor, Permission.PARTICIPANTS_WRITE):  # the coordinator and the case's own advisor
            _action(window, menu, QCoreApplication.translate("RecordActions", "&Share case…"), "shareCaseAction", open_case_sharing)

    def open_backups() -> None:
        from coopdesk.ui.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(services, window)
        dialog.restored.connect(refresh)
        dialog.exec()
        dialog.deleteLater()

    def open_projects() -> None:
        from coopdesk.ui.dialogs.projects_dialog import ProjectsDialog

        dialog = ProjectsDialog(services, window)
        dialog.recordsAnonymised.connect(lambda _n: refresh())
        dialog.exec()
        dialog.deleteLater()

    def open_dictionaries() -> None:
        from coopdesk.ui.dialogs.dictionaries_dialog import DictionariesDialog

        dialog = DictionariesDialog(services, window)
        dialog.exec()
        dialog.deleteLater()

    def export_lead_partner() -> None:
        from coopdesk.ui.lead_partner_export import export_for_lead_partner

        export_for_lead_partner(window, services)

    def export_followup() -> None:
        from coopdesk.ui.followup_export import export_followup_contacts

        export_followup_contacts(window, services)

    def import_participants() -> None:
        from coopdesk.ui.import_wizard import open_import_wizard

        open_import_wizard(window, services, lambda _outcome: refresh())

    def open_import_batches() -> None:
        from coopdesk.ui.import_batches import open_import_batches as open_batches

        open_batches(window, services, refresh)

    may_import = allowed(actor, Permission.PARTICIPANTS_WRITE) and allowed(actor, Permission.PARTICIPANTS_IMPORT)
    if allowed(actor, Permission.BACKUP) or allowed(actor, Permission.GDPR_MANAGE) or allowed(actor, Permission.EXPORT) \
            or may_import:
        menu = _menu(window, QCoreApplication.translate("RecordActions", "&Tools"), "toolsMenu")
        menus.append(menu)
        if allowed(actor, Permission.BACKUP):
            _action(window, menu, QCoreApplication.translate("RecordActions", "&Backups and encryption…"), "backupsAction", open_backups)
        if allowed(actor, Permission.GDPR_MANAGE):
            _action(window, menu, QCoreApplication.translate("RecordActions", "&Projects and data retention…"), "projectsAction", open_projects)
        if allowed(actor, Permission.DICTIONARIES_MANAGE):
            _action(window, menu, QCoreApplication.translate("RecordActions", "&Dictionaries…"), "dictionariesAction",
                    open_dictionaries)
        if allowed(actor, Permission.EXPORT):
            _action(window, menu, QCoreApplication.translate("RecordActions", "&Export for the lead partner…"),
                    "leadPartnerExportAction", export_lead_partner)
            _action(window, menu, QCoreApplication.translate(
                "RecordActions", "Export &contacts for follow-up after the project…"), "followupExportAction",
                export_followup)
        if may_import:  # the coordinator and advisors (into their own caseload); the service checks again
            _action(window, menu, QCoreApplication.translate("RecordActions", "&Import participants…"),
                    "importParticipantsAction", import_participants, "Ctrl+I")
            _action(window, menu, QCoreApplication.translate("RecordActions", "Import b&atches…"),
                    "importBatchesAction", open_import_batches)
    return menus
