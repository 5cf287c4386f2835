"""Local accounts: argon2 passwords, login, password change, user management, idle lock, case sharing."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.audit import log_event
from coopdesk.db.base import utcnow
from coopdesk.db.engine import Database
from coopdesk.db.tables import Participant, Setting, User
from coopdesk.db.tables_security import CaseShare, SignInThrottle
from coopdesk.domain.actor import Actor
from coopdesk.domain.audit import AuditAction
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import CoopdeskError, FieldIssue, NotFound, PermissionDenied, ValidationFailed
from coopdesk.domain.formats import format_time_or_datetime
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.services.context import Context

if TYPE_CHECKING:
    from coopdesk.services.app_services import Services

# Argon2id cost, chosen on purpose (measured with benchmarks/bench_accounts.py on the 2-core reference
# machine while other work was running, load ~1.8):
#   t=3, m=64 MiB, p=4 (RFC 9106 "second recommended", argon2-cffi default): 180-340 ms, and a login
#       measured 0.77 s once under load: 4 lanes on 2 cores wait for each other, too close to 0.5 s;
#   t=2, m=19 MiB, p=1 (OWASP minimum): ~30 ms, cheap for an attacker;
#   t=4, m=32 MiB, p=2 (chosen): 110-140 ms per verification, a login ~0.15 s, three times under the
#       0.5 s budget on a busy laptop, while each guess costs 128 MiB-passes of memory-hard work, about
#       3.4x the OWASP minimum, which keeps GPU/ASIC guessing of a stolen database expensive.
# Hashes record their own parameters: when these constants change, the next successful login re-hashes
# the password with the new ones (see ``authenticate``).
ARGON2_TIME_COST = 4
ARGON2_MEMORY_KIB = 32 * 1024
ARGON2_PARALLELISM = 2
MIN_PASSWORD_LENGTH = 10
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_KEY = "security.idle_lock_minutes"
# Sign-in throttling per user name (known or not, so that it tells nothing about which names exist):
# after LOCK_AFTER_FAILURES failures in a row, every further attempt is refused for the next lock's
# minutes, even with the right password; each failure after a lock ends locks for longer. Failures
# older than FAILURES_FORGOTTEN_AFTER no longer count; a successful sign-in or the coordinator's unlock
# resets the count.
LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = (1, 5, 15, 60)
FAILURES_FORGOTTEN_AFTER = timedelta(hours=24)


def make_hasher() -> PasswordHasher:
    return PasswordHasher(
        time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM
    )


class LoginFailed(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "The user name or the password is not correct.")


class SignInLocked(LoginFailed):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Too many failed sign-ins with this user name. Try again after {until}, or ask the coordinator to unlock it.",
    )


class NoAccountsYet(CoopdeskError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This database has no accounts yet. Start coopdesk to create the coordinator's account."
    )


class CredentialsMissing(CoopdeskError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Sign in first: run the command in a terminal, or set COOPDESK_USER and COOPDESK_PASSWORD.",
    )


@dataclass(frozen=True)
class UserAccount:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    has_password: bool
    must_change_password: bool
    last_login_at: datetime | None
    sign_in_locked_until: datetime | None = None  # naive UTC; None when sign-in is not refused


def _account(u: User, locked_until: datetime | None = None) -> UserAccount:
    return UserAccount(
        u.id, u.username, u.full_name, Role(u.role), bool(u.active), bool(u.password_hash),
        bool(u.must_change_password), u.last_login_at, locked_until,
    )


def name_key(username: str) -> str:
    """The throttle's key of a user name as typed (trimmed, case-folded): its SHA-256, so a password
    typed into the name box is never stored readable (64 hex characters)."""
    return hashlib.sha256(username.strip().casefold().encode("utf-8")).hexdigest()


def local_time(at_utc: datetime, now_utc: datetime) -> str:
    """``at_utc`` (naive UTC) as the local time of day, with the date when it is not today."""
    return format_time_or_datetime(at_utc, now_utc)


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.full_name, Role(u.role))


_TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (l/1, o/0, i)


def temporary_password() -> str:
    """A random password to hand over (e.g. "k7mp-x2qa-9rtn", ~59 bits); it must be changed at sign-in."""
    return "-".join("".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(4)) for _ in range(3))


def password_issues(password: str, username: str = "", field: str = "new_password") -> list[FieldIssue]:
    """The password rule: at least MIN_PASSWORD_LENGTH characters and not the user name."""
    issues = []
    if len(password) < MIN_PASSWORD_LENGTH:
        issues.append(FieldIssue(field, QT_TRANSLATE_NOOP("Errors", "The password must have at least {min} characters."),
                                 {"min": str(MIN_PASSWORD_LENGTH)}))
    elif username and password.strip().casefold() == username.strip().casefold():
        issues.append(FieldIssue(field, QT_TRANSLATE_NOOP("Errors", "The password must not be the user name.")))
    return issues


class AccountService:
    def __init__(self, db: Database, ctx: Context, hasher: PasswordHasher | None = None) -> None:
        self._db = db
        self._ctx = ctx
        self._given_hasher = hasher

    @property
    def _hasher(self) -> PasswordHasher:
        return self._given_hasher or make_hasher()

    # --- first start and login ---------------------------------------------------------------
    def needs_first_coordinator(self) -> bool:
        """True for a new database: no account can log in (no user has a password) and nobody is
        registered. A file with participants but no account is never handed to whoever starts coopdesk
        (an older version's interrupted demo: ``coopdesk demo`` finishes it; else restore a backup)."""
        with self._db.read(self._ctx.actor) as s:
            stmt = select(func.count()).select_from(User).where(User.password_hash.is_not(None))
            if s.execute(stmt).scalar_one() > 0:
                return False
            return s.execute(select(Participant.id).limit(1)).first() is None

    def nobody_can_sign_in(self) -> bool:
        """True when no active account has a password while people are registered: such a file is not
        handed to whoever starts coopdesk (needs_first_coordinator is False), and no sign-in can work."""
        with self._db.read(self._ctx.actor) as s:
            stmt = select(func.count()).select_from(User).where(User.password_hash.is_not(None), User.active)
            if s.execute(stmt).scalar_one() > 0:
                return False
            return s.execute(select(Participant.id).limit(1)).first() is not None

    def create_first_coordinator(self, username: str, full_name: str, password: str) -> Actor:
        if not self.needs_first_coordinator():
            raise CoopdeskError(QT_TRANSLATE_NOOP("Errors", "The first coordinator account already exists."))
        self._check_new_user(username, full_name, password)
        with self._db.session(self._ctx.actor) as s:
            user = s.scalars(select(User).where(User.username == username.strip())).first()
            if user is None:
                user = User(username=username.strip())
                s.add(user)
            user.full_name, user.role, user.active = full_name.strip(), Role.COORDINATOR.value, True
            user.password_hash = self._hasher.hash(password)
            user.must_change_password = False
            s.flush()
            return _actor(user)

    def authenticate(self, username: str, password: str) -> Actor:
        """The actor for a correct user name and password of an active account; else LoginFailed, or
        SignInLocked (saying until when) while the name is locked after repeated failures.

        Unknown names cost the same argon2 verification as wrong passwords and are locked the same way
        (no user-name oracle). Every failure is journaled (the reason and the name tried, never the
        password); the count and the lock are committed even though the call fails.
        """
        now = self._ctx.now()
        key = name_key(username)
        with self._db.session(self._ctx.actor) as s:
            user = s.scalars(select(User).where(User.username == username.strip())).first()
            user_id = user.id if user is not None else None
            throttle = s.get(SignInThrottle, key)
            if throttle is not None and throttle.locked_until is not None and throttle.locked_until > now:
                refused: LoginFailed = SignInLocked(until=local_time(throttle.locked_until, now))
                reason = "locked"
            else:
                stored = user.password_hash if user is not None and user.active else None
                if self._verify(stored, password) and user is not None:
                    if stored is not None and self._hasher.check_needs_rehash(stored):
                        user.password_hash = self._hasher.hash(password)
                    user.last_login_at = utcnow()
                    if throttle is not None:
                        s.delete(throttle)
                    return _actor(user)
                refused = self._count_failure(s, throttle, key, now)
                reason = "unknown_user" if user is None else "wrong_password"
            # The name tried is kept only when it is an account's: an unknown "name" may be a password
            # typed into the wrong box, and the journal must never hold one.
            tried = user.username if user is not None else None
            log_event(s, self._ctx.actor, AuditAction.SIGN_IN_FAILED, "users", user_id, reason, tried)
        raise refused

    def unlock_sign_in(self, user_id: int) -> UserAccount:
        """Lift the sign-in lock of an account (and forget its failures): coordinator only."""
        require(self._ctx.actor, Permission.USERS_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            user = self._user(s, user_id)
            throttle = s.get(SignInThrottle, name_key(user.username))
            if throttle is not None:
                s.delete(throttle)
                log_event(s, self._ctx.actor, AuditAction.UPDATE, "users", user.id, "sign_in_lock", "lifted")
            return _account(user)

    # Every method below works for this service's actor (self._ctx.actor): it checks that actor's
    # permissions and the journal names it; no method takes another actor (architecture rule 13).
    def must_change_password(self) -> bool:
        """True when the signed-in user's password was set by the coordinator and must be changed."""
        actor = self._ctx.actor
        with self._db.read(actor) as s:
            user = s.get(User, actor.user_id) if actor.user_id is not None else None
            return bool(user and user.must_change_password)

    def change_password(self, old: str, new: str) -> None:
        """Change the signed-in user's own password (``old`` must be right)."""
        actor = self._ctx.actor
        issues = password_issues(new, actor.username)
        if hmac.compare_digest(old.encode(), new.encode()):
            issues.append(FieldIssue("new_password", QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one.")))
        with self._db.session(self._ctx.actor) as s:
            user = s.get(User, actor.user_id) if actor.user_id is not None else None
            if user is None or not self._verify(user.password_hash, old):
                raise ValidationFailed([FieldIssue("old_password", QT_TRANSLATE_NOOP("Errors", "The current password is not correct."))])
            if issues:
                raise ValidationFailed(issues)
            user.password_hash = self._hasher.hash(new)
            user.must_change_password = False

    # --- user management (coordinator) -------------------------------------------------------
    def list_users(self) -> list[UserAccount]:
        require(self._ctx.actor, Permission.USERS_MANAGE)
        now = self._ctx.now()
        with self._db.read(self._ctx.actor) as s:
            locks = {t.name_key: t.locked_until for t in s.scalars(
                select(SignInThrottle).where(SignInThrottle.locked_until > now))}
            return [_account(u, locks.get(name_key(u.username)))
                    for u in s.scalars(select(User).order_by(User.full_name, User.username))]

    def create_user(self, username: str, full_name: str, role: Role, password: str) -> UserAccount:
        """A new account that must choose its own password at the first login."""
        require(self._ctx.actor, Permission.USERS_MANAGE)
        self._check_new_user(username, full_name, password, field="password")
        with self._db.session(self._ctx.actor) as s:
            if s.scalars(select(User.id).where(User.username == username.strip())).first() is not None:
                raise ValidationFailed([FieldIssue("username", QT_TRANSLATE_NOOP("Errors", "This user name is already taken."))])
            user = User(username=username.strip(), full_name=full_name.strip(), role=Role(role).value,
                        password_hash=self._hasher.hash(password), must_change_password=True, active=True)
            s.add(user)
            s.flush()
            return _account(user)

    def set_role(self, user_id: int, role: Role) -> UserAccount:
        require(self._ctx.actor, Permission.USERS_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            user = self._user(s, user_id)
            if Role(user.role) is Role.COORDINATOR and role is not Role.COORDINATOR:
                self._keep_a_coordinator(s, user_id)
            user.role = Role(role).value
            return _account(user)

    def set_active(self, user_id: int, active: bool) -> UserAccount:
        require(self._ctx.actor, Permission.USERS_MANAGE)
        if not active and user_id == self._ctx.actor.user_id:
            raise CoopdeskError(QT_TRANSLATE_NOOP("Errors", "You cannot deactivate your own account."))
        with self._db.session(self._ctx.actor) as s:
            user = self._user(s, user_id)
            if not active and Role(user.role) is Role.COORDINATOR:
                self._keep_a_coordinator(s, user_id)
            user.active = active
            return _account(user)

    def reset_password(self, user_id: int, new_password: str) -> UserAccount:
        """Set a temporary password; the user must change it at the next login."""
        require(self._ctx.actor, Permission.USERS_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            user = self._user(s, user_id)
            issues = password_issues(new_password, user.username, field="password")
            if issues:
                raise ValidationFailed(issues)
            user.password_hash = self._hasher.hash(new_password)
            user.must_change_password = True
            return _account(user)

    # --- settings ----------------------------------------------------------------------------
    def get_idle_minutes(self) -> int:
        """Minutes without input before the screen locks (0 = never)."""
        with self._db.read(self._ctx.actor) as s:
            setting = s.get(Setting, IDLE_MINUTES_KEY)
            raw = setting.value if setting is not None else None
        try:
            return max(0, int(raw)) if raw is not None else DEFAULT_IDLE_MINUTES
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        require(self._ctx.actor, Permission.SETTINGS_MANAGE)
        if not 0 <= minutes <= 240:
            raise ValidationFailed([FieldIssue("idle_minutes", QT_TRANSLATE_NOOP("Errors", "Enter a number of minutes from 0 to 240."))])
        with self._db.session(self._ctx.actor) as s:
            setting = s.get(Setting, IDLE_MINUTES_KEY) or Setting(key=IDLE_MINUTES_KEY)
            setting.value = str(minutes)
            s.add(setting)

    # --- case sharing ------------------------------------------------------------------------
    def share_case(self, participant_id: int, user_id: int) -> None:
        """Let another advisor see and edit a case (coordinator, or the case's own advisor)."""
        actor = self._ctx.actor
        with self._db.session(actor) as s:
            self._may_share(s, actor, participant_id)
            target = self._user(s, user_id)
            if not target.active or not allowed(_actor(target), Permission.PARTICIPANTS_READ_OWN):
                raise ValidationFailed([FieldIssue("user_id", QT_TRANSLATE_NOOP("Errors", "Cases can be shared only with active advisors."))])
            exists = s.scalars(select(CaseShare.id).where(
                CaseShare.participant_id == participant_id, CaseShare.user_id == user_id)).first()
            if exists is None:
                s.add(CaseShare(participant_id=participant_id, user_id=user_id, shared_by_id=actor.user_id))

    def unshare_case(self, participant_id: int, user_id: int) -> None:
        actor = self._ctx.actor
        with self._db.session(actor) as s:
            self._may_share(s, actor, participant_id)
            for share in s.scalars(select(CaseShare).where(
                    CaseShare.participant_id == participant_id, CaseShare.user_id == user_id)):
                s.delete(share)

    def case_shared_with(self, participant_id: int) -> list[UserAccount]:
        actor = self._ctx.actor
        with self._db.read(actor) as s:
            self._may_share(s, actor, participant_id)
            stmt = (select(User).join(CaseShare, CaseShare.user_id == User.id)
                    .where(CaseShare.participant_id == participant_id).order_by(User.full_name))
            return [_account(u) for u in s.scalars(stmt)]

    # --- internals ---------------------------------------------------------------------------
    @staticmethod
    def _count_failure(s: Session, throttle: SignInThrottle | None, key: str, now: datetime) -> LoginFailed:
        """One more failure in a row for ``key``; the error to raise (SignInLocked once it locks)."""
        if throttle is None:
            throttle = SignInThrottle(name_key=key, failures=0)
            s.add(throttle)
        if throttle.last_failed_at is not None and now - throttle.last_failed_at > FAILURES_FORGOTTEN_AFTER:
            throttle.failures = 0
        throttle.failures = (throttle.failures or 0) + 1
        throttle.last_failed_at = now
        if throttle.failures < LOCK_AFTER_FAILURES:
            return LoginFailed()
        step = min(throttle.failures - LOCK_AFTER_FAILURES, len(LOCK_MINUTES) - 1)
        throttle.locked_until = now + timedelta(minutes=LOCK_MINUTES[step])
        return SignInLocked(until=local_time(throttle.locked_until, now))

    def _verify(self, stored: str | None, password: str) -> bool:
        """Check ``password``; with no stored hash, spend the same argon2 work (hashing it) and fail."""
        if stored is None:
            self._hasher.hash(password)
            return False
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def _check_new_user(self, username: str, full_name: str, password: str, field: str = "password") -> None:
        issues = []
        name = username.strip()
        if not name or len(name) > 64 or any(c.isspace() for c in name):
            issues.append(FieldIssue("username", QT_TRANSLATE_NOOP("Errors", "Enter a user name without spaces (up to 64 characters).")))
        if not full_name.strip():
            issues.append(FieldIssue("full_name", QT_TRANSLATE_NOOP("Errors", "Enter the person's full name.")))
        issues += password_issues(password, name, field=field)
        if issues:
            raise ValidationFailed(issues)

    @staticmethod
    def _user(s: Session, user_id: int) -> User:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound()
        return user

    @staticmethod
    def _keep_a_coordinator(s: Session, user_id: int) -> None:
        others = s.execute(select(func.count()).select_from(User).where(
            User.role == Role.COORDINATOR.value, User.active.is_(True), User.id != user_id,
            User.password_hash.is_not(None))).scalar_one()
        if others == 0:
            raise CoopdeskError(QT_TRANSLATE_NOOP("Errors", "At least one active coordinator must remain."))

    @staticmethod
    def _may_share(s: Session, actor: Actor, participant_id: int) -> None:
        participant = s.get(Participant, participant_id)
        if participant is None:
            raise NotFound()
        if allowed(actor, Permission.PARTICIPANTS_READ_ALL):
            return
        if not allowed(actor, Permission.PARTICIPANTS_WRITE) or participant.advisor_id != actor.user_id:
            raise PermissionDenied()


# --- demo accounts -----------------------------------------------------------------------------
DEMO_ACCOUNTS: tuple[tuple[str, str, Role], ...] = (
    ("koordynator", "Koordynator Demo", Role.COORDINATOR),
    ("doradca", "Doradca Demo", Role.ADVISOR),
    ("trener", "Trener Demo", Role.TRAINER),
    ("specjalista", "Specjalista Demo", Role.SPECIALIST),
)
DEMO_YEAR = 2026


def demo_password(username: str) -> str:
    return f"demo-{username}-{DEMO_YEAR}"


def create_demo_accounts(services: Services) -> list[tuple[str, str, Role]]:
    """One account per role with a published password (for trying coopdesk; never for real data).

    Returns (user name, password, role) of the accounts created now; existing names are left alone.
    The demo advisor takes over every other person of the first demo advisor's caseload and gets three
    cases shared by another advisor, so that logging in as ``doradca`` shows a caseload and sharing.
    """
    with services.db.session(services.ctx.actor) as s:
        return add_demo_accounts(s)


def add_demo_accounts(s: Session) -> list[tuple[str, str, Role]]:
    """``create_demo_accounts`` inside the caller's unit of work ``s`` (the demo data and its accounts
    are one transaction: all or nothing)."""
    created = []
    hasher = make_hasher()
    taken = set(s.scalars(select(User.username)))
    for username, full_name, role in DEMO_ACCOUNTS:
        if username in taken:
            continue
        password = demo_password(username)
        s.add(User(username=username, full_name=full_name, role=role.value,
                   password_hash=hasher.hash(password), active=True))
        created.append((username, password, role))
    s.flush()
    if any(role is Role.ADVISOR for _, _, role in created):
        _demo_caseload(s)
    return created


def _demo_caseload(s: Session) -> None:
    me = s.scalars(select(User).where(User.username == "doradca")).one()
    others = list(s.scalars(select(User.id).where(
        User.role == Role.ADVISOR.value, User.id != me.id).order_by(User.username)))
    if not others:
        return
    mine = s.scalars(select(Participant).where(Participant.advisor_id == others[0]).order_by(Participant.id))
    for n, participant in enumerate(mine):
        if n % 2 == 0:
            participant.advisor_id = me.id
    if len(others) > 1:
        shared = s.scalars(select(Participant.id).where(Participant.advisor_id == others[1])
                           .order_by(Participant.id).limit(3))
        for pid in shared:
            s.add(CaseShare(participant_id=pid, user_id=me.id, shared_by_id=None))
