"""User accounts (the advisor list now; passwords, roles and login come with accounts)."""

from __future__ import annotations

from sqlalchemy import select

from coopdesk.db.engine import Database
from coopdesk.db.tables import User
from coopdesk.domain.enums import Role
from coopdesk.domain.permissions import Permission, require
from coopdesk.domain.records import UserRef
from coopdesk.services.context import Context


class UserService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def create(self, username: str, full_name: str, role: Role) -> UserRef:
        """An account without a password (it cannot log in until the coordinator sets one)."""
        require(self._ctx.actor, Permission.USERS_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            user = User(username=username.strip(), full_name=full_name.strip(), role=role.value)
            s.add(user)
            s.flush()
            return UserRef(user.id, user.username, user.full_name, role)

    def list(self) -> list[UserRef]:
        """Every account (user management). The advisor picker uses ``DictionaryService.advisors()``."""
        require(self._ctx.actor, Permission.USERS_MANAGE)
        with self._db.read(self._ctx.actor) as s:
            return [
                UserRef(u.id, u.username, u.full_name, Role(u.role))
                for u in s.scalars(select(User).order_by(User.full_name))
            ]
