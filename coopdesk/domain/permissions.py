"""Roles and what they may do. Enforced in the services (never only by hiding widgets)."""

from __future__ import annotations

from enum import StrEnum

from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import PermissionDenied


class Permission(StrEnum):
    PARTICIPANTS_READ_ALL = "participants.read_all"  # every participant, not only the caseload
    PARTICIPANTS_READ_OWN = "participants.read_own"  # caseload (advisor_id = me) and cases shared with me
    PARTICIPANTS_WRITE = "participants.write"
    PARTICIPANTS_IMPORT = "participants.import"  # people from a spreadsheet (coordinator; advisor: own caseload)
    SPECIAL_CATEGORY_READ = "special.read"  # health, disability, minority, criminal record, categories
    PARTICIPANT_NAMES_READ = "participants.names"  # names only (trainers: their trainings' enrolled people)
    USERS_MANAGE = "users.manage"
    DICTIONARIES_MANAGE = "dictionaries.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_READ = "audit.read"
    AUDIT_RESTORE = "audit.restore"
    BACKUP = "backup.run"  # manual and automatic backups (a non-coordinator's manual copy is always encrypted)
    BACKUP_READABLE = "backup.readable"  # a manual backup in readable (unencrypted) form: coordinator only
    RESTORE = "backup.restore"
    ENCRYPTION_MANAGE = "encryption.manage"
    GDPR_MANAGE = "gdpr.manage"  # consents, retention, erasure, Article 15 reports
    CONSENTS_EDIT = "consents.edit"
    EXPORT = "export.run"
    SUPPORT_SESSIONS = "support.sessions"  # specialists: their own support sessions


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset(Permission),
    Role.ADVISOR: frozenset({
        Permission.PARTICIPANTS_READ_OWN, Permission.PARTICIPANTS_WRITE, Permission.PARTICIPANTS_IMPORT,
        Permission.SPECIAL_CATEGORY_READ,
        Permission.PARTICIPANT_NAMES_READ, Permission.AUDIT_READ, Permission.AUDIT_RESTORE,
        Permission.CONSENTS_EDIT, Permission.BACKUP,
    }),
    Role.TRAINER: frozenset({Permission.PARTICIPANT_NAMES_READ}),
    Role.SPECIALIST: frozenset({Permission.PARTICIPANT_NAMES_READ, Permission.SUPPORT_SESSIONS}),
}


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied()


# Which fields of a participant are special-category (Art. 9/10) data, shown only with
# SPECIAL_CATEGORY_READ and journaled when read, is declared beside the tables (coopdesk/db/tables.py);
# coopdesk/db/protection.py derives SPECIAL_PARTICIPANT_FIELDS from it.
