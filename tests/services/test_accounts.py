from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from coopdesk.db.tables import User
from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.actor import SYSTEM_ACTOR, Actor
from coopdesk.domain.audit import AuditAction
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import CoopdeskError, PermissionDenied, ValidationFailed
from coopdesk.domain.records import ParticipantQuery
from coopdesk.services import accounts as accounts_module
from coopdesk.services.accounts import LoginFailed, SignInLocked, create_demo_accounts, demo_password
from coopdesk.services.app_services import Services
from coopdesk.services.context import Context
from coopdesk.services.demo import generate_demo

PASSWORD = "correct horse battery"


@pytest.fixture
def fast_hash(monkeypatch):
    """Cheap argon2 for the tests that log in many times (the real cost is tested once, below)."""
    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture
def boss(services, fast_hash):
    return services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", PASSWORD)


def test_first_start_needs_a_coordinator_until_one_has_a_password(services, fast_hash, advisor):
    assert services.accounts.needs_first_coordinator()  # an advisor without password does not count
    actor = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", PASSWORD)
    assert actor.role is Role.COORDINATOR and actor.user_id is not None
    assert not services.accounts.needs_first_coordinator()
    with pytest.raises(CoopdeskError):
        services.accounts.create_first_coordinator("adam", "Adam Nowy", PASSWORD)


def test_first_coordinator_password_rule(services, fast_hash):
    with pytest.raises(ValidationFailed) as err:
        services.accounts.create_first_coordinator("ewa", "", "short")
    assert {i.field for i in err.value.issues} == {"full_name", "password"}
    message = next(i for i in err.value.issues if i.field == "password").render()
    assert message == "The password must have at least 10 characters."
    assert services.accounts.needs_first_coordinator()


def test_login_returns_actor_and_records_time(services, boss):
    actor = services.accounts.authenticate("ewa", PASSWORD)
    assert actor == boss
    [user] = services.as_actor(actor).accounts.list_users()
    assert user.last_login_at is not None and user.has_password


@pytest.mark.parametrize("name, password", [("ewa", "wrong password"), ("nobody", PASSWORD), ("", "")])
def test_wrong_credentials_fail_with_one_message(services, boss, name, password):
    with pytest.raises(LoginFailed) as err:
        services.accounts.authenticate(name, password)
    assert err.value.render() == "The user name or the password is not correct."


def test_inactive_and_passwordless_accounts_cannot_log_in(services, boss, advisor):
    user = services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.ADVISOR, "temporary-123")
    services.as_actor(boss).accounts.set_active(user.id, False)
    with pytest.raises(LoginFailed):
        services.accounts.authenticate("jan", "temporary-123")
    with pytest.raises(LoginFailed):
        services.accounts.authenticate(advisor.username, "")


def test_new_user_must_change_the_temporary_password(services, boss):
    user = services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.TRAINER, "temporary-123")
    jan = services.accounts.authenticate("jan", "temporary-123")
    assert jan.role is Role.TRAINER and services.as_actor(jan).accounts.must_change_password()
    with pytest.raises(ValidationFailed) as err:
        services.as_actor(jan).accounts.change_password("temporary-123", "short")
    assert [i.field for i in err.value.issues] == ["new_password"]
    with pytest.raises(ValidationFailed) as err:
        services.as_actor(jan).accounts.change_password("not the old one", "a long new password")
    assert [i.field for i in err.value.issues] == ["old_password"]
    services.as_actor(jan).accounts.change_password("temporary-123", "a long new password")
    assert not services.as_actor(jan).accounts.must_change_password()
    with pytest.raises(LoginFailed):
        services.accounts.authenticate("jan", "temporary-123")
    assert services.accounts.authenticate("jan", "a long new password").user_id == user.id


def test_reset_password_forces_a_change(services, boss):
    user = services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.ADVISOR, "temporary-123")
    jan = services.accounts.authenticate("jan", "temporary-123")
    services.as_actor(jan).accounts.change_password("temporary-123", "my own password")
    services.as_actor(boss).accounts.reset_password(user.id, "another-temporary")
    assert services.as_actor(jan).accounts.must_change_password()
    assert services.accounts.authenticate("jan", "another-temporary") == jan


def test_user_management_is_for_coordinators_only(services, boss):
    services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.ADVISOR, "temporary-123")
    jan = services.accounts.authenticate("jan", "temporary-123")
    for call in (
        lambda: services.as_actor(jan).accounts.list_users(),
        lambda: services.as_actor(jan).accounts.create_user("x", "X Y", Role.COORDINATOR, "temporary-123"),
        lambda: services.as_actor(jan).accounts.set_active(boss.user_id, False),
        lambda: services.as_actor(jan).accounts.reset_password(boss.user_id, "hijacked-password"),
        lambda: services.as_actor(jan).accounts.set_role(jan.user_id, Role.COORDINATOR),
        lambda: services.as_actor(jan).accounts.set_idle_minutes(0),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert [u.username for u in services.as_actor(boss).accounts.list_users()] == ["ewa", "jan"]


def test_duplicate_user_name_is_refused(services, boss):
    with pytest.raises(ValidationFailed) as err:
        services.as_actor(boss).accounts.create_user("ewa", "Ewa Druga", Role.ADVISOR, "temporary-123")
    assert [i.field for i in err.value.issues] == ["username"]


def test_the_last_coordinator_cannot_be_removed(services, boss):
    with pytest.raises(CoopdeskError):
        services.as_actor(boss).accounts.set_active(boss.user_id, False)
    other = services.as_actor(boss).accounts.create_user("adam", "Adam Nowy", Role.COORDINATOR, "temporary-123")
    adam = services.accounts.authenticate("adam", "temporary-123")
    services.as_actor(boss).accounts.set_role(other.id, Role.ADVISOR)  # ewa remains
    services.as_actor(boss).accounts.set_role(other.id, Role.COORDINATOR)
    services.as_actor(adam).accounts.set_active(boss.user_id, False)
    with pytest.raises(CoopdeskError):
        services.as_actor(adam).accounts.set_role(other.id, Role.ADVISOR)


def test_idle_minutes_default_and_setting(services, boss):
    assert services.accounts.get_idle_minutes() == 10
    services.as_actor(boss).accounts.set_idle_minutes(3)
    assert services.accounts.get_idle_minutes() == 3
    with pytest.raises(ValidationFailed):
        services.as_actor(boss).accounts.set_idle_minutes(-1)


def test_password_rehashed_when_parameters_change(services, boss, monkeypatch):
    stronger = PasswordHasher(time_cost=2, memory_cost=128, parallelism=1)
    monkeypatch.setattr(accounts_module, "make_hasher", lambda: stronger)
    services.accounts.authenticate("ewa", PASSWORD)
    with services.db.read() as s:
        stored = s.get(User, boss.user_id).password_hash
    assert "m=128,t=2,p=1" in stored
    assert services.accounts.authenticate("ewa", PASSWORD) == boss


def test_real_argon2_cost_logs_in_under_half_a_second(services):
    services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", PASSWORD)
    with services.db.read() as s:
        stored = s.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$v=19$m=32768,t=4,p=2$")
    timings = []
    for name, password in (("ewa", PASSWORD), ("ewa", "wrong password"), ("nobody", "whatever")):
        best = float("inf")
        for _ in range(3):  # the best of three: other processes on a 2-core machine add noise
            started = time.perf_counter()
            with contextlib.suppress(LoginFailed):
                services.accounts.authenticate(name, password)
            best = min(best, time.perf_counter() - started)
        timings.append(best)
    assert max(timings) < 0.5
    # an unknown user name costs about as much as a wrong password (no user-name oracle)
    assert timings[2] > timings[1] / 3


def test_demo_accounts_one_per_role_and_idempotent(services, fast_hash):
    generate_demo(services, people=60, seed=1)
    created = create_demo_accounts(services)
    assert [(u, r) for u, _, r in created] == [
        ("koordynator", Role.COORDINATOR), ("doradca", Role.ADVISOR),
        ("trener", Role.TRAINER), ("specjalista", Role.SPECIALIST),
    ]
    for username, password, role in created:
        assert password == demo_password(username) == f"demo-{username}-2026"
        assert services.accounts.authenticate(username, password).role is role
    assert create_demo_accounts(services) == []
    doradca = services.accounts.authenticate("doradca", "demo-doradca-2026")
    mine = Services(services.db, Context(actor=doradca)).participants
    assert 0 < mine.count(ParticipantQuery()) < services.participants.count(ParticipantQuery())


# --- sign-in throttling (issue 6 point 14) ---------------------------------------------------------
class Clock:
    """An injected clock (naive UTC, like the database): tests move it instead of sleeping."""

    def __init__(self) -> None:
        self.at = datetime(2026, 11, 27, 9, 0)

    def __call__(self) -> datetime:
        return self.at

    def wait(self, **delta) -> None:
        self.at += timedelta(**delta)


def _local(at: datetime) -> str:
    return at.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def gate(services, clock):
    """The accounts service used before sign-in (system actor), on the test's clock."""
    return Services(services.db, Context(actor=SYSTEM_ACTOR, today=services.ctx.today, now=clock)).accounts


def _failed_sign_ins(services) -> list[tuple]:
    with services.db.read() as s:
        return [tuple(r) for r in s.execute(select(
            AuditEntry.user_id, AuditEntry.record_id, AuditEntry.field, AuditEntry.new_value, AuditEntry.old_value)
            .where(AuditEntry.action == AuditAction.SIGN_IN_FAILED.value).order_by(AuditEntry.id))]


@pytest.mark.parametrize("name", ["ewa", "nobody"])
def test_five_failures_in_a_row_lock_the_name_for_growing_times(services, boss, gate, clock, name):
    """Known and unknown names alike (no enumeration): 5 failures, then 1, 5, 15, 60 minutes."""
    for _ in range(4):
        with pytest.raises(LoginFailed) as err:
            gate.authenticate(name, "wrong password")
        assert not isinstance(err.value, SignInLocked)
    for minutes in (1, 5, 15, 60, 60):
        with pytest.raises(SignInLocked) as err:
            gate.authenticate(name, "wrong password")
        until = clock.at + timedelta(minutes=minutes)
        assert err.value.render() == (
            f"Too many failed sign-ins with this user name. Try again after {_local(until)}, "
            "or ask the coordinator to unlock it.")
        clock.wait(minutes=minutes, seconds=-1)
        with pytest.raises(SignInLocked):  # even the right password, until then
            gate.authenticate(name, PASSWORD)
        clock.wait(seconds=1)
    assert gate.authenticate("ewa", PASSWORD) == boss  # the lock is over: the right password works again
    for _ in range(4):  # and the count starts again
        with pytest.raises(LoginFailed) as err:
            gate.authenticate("ewa", "wrong password")
        assert not isinstance(err.value, SignInLocked)


def test_failed_sign_ins_are_journaled_without_the_password(services, boss, gate, clock):
    jan = services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.ADVISOR, "temporary-123")
    gate.authenticate("jan", "temporary-123")
    for name in ("jan", "ghost", "jan", "jan", "jan", "jan", "jan"):
        with pytest.raises(LoginFailed):
            gate.authenticate(name, "secret-guess-1")
    entries = _failed_sign_ins(services)
    assert [(e[1], e[2], e[3]) for e in entries] == [
        (jan.id, "wrong_password", "jan"), (None, "unknown_user", None),  # an unknown name may be a password
        *[(jan.id, "wrong_password", "jan")] * 4, (jan.id, "locked", "jan")]
    assert all(e[0] is None for e in entries)  # nobody was signed in: the system tried
    assert not any("secret-guess-1" in str(v) for e in entries for v in e)
    # the throttle keeps a hash of each name tried, never the text (it may be a mistyped password)
    from sqlalchemy import select

    from coopdesk.db.tables_security import SignInThrottle

    with services.db.read(boss) as s:
        keys = s.scalars(select(SignInThrottle.name_key)).all()
    assert keys and not any("ghost" in k or "jan" in k for k in keys)


def test_the_lock_survives_a_restart(services, boss, clock, tmp_path):
    from coopdesk.services.app_services import open_services

    ctx = Context(actor=SYSTEM_ACTOR, now=clock)
    first = open_services(tmp_path / "data", ctx)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            first.accounts.authenticate("ewa", "wrong password")
    first.close()
    again = open_services(tmp_path / "data", ctx)
    try:
        with pytest.raises(SignInLocked):
            again.accounts.authenticate("ewa", PASSWORD)
    finally:
        again.close()


def test_the_coordinator_lifts_a_lock(services, boss, gate, clock):
    jan = services.as_actor(boss).accounts.create_user("jan", "Jan Nowak", Role.TRAINER, "temporary-123")
    for _ in range(5):
        with pytest.raises(LoginFailed):
            gate.authenticate("jan", "wrong password")
    coordinator = Services(services.db, Context(actor=boss, now=clock)).accounts
    [listed] = [u for u in coordinator.list_users() if u.username == "jan"]
    assert listed.sign_in_locked_until == clock.at + timedelta(minutes=1)
    trainer = Services(services.db, Context(actor=Actor(jan.id, "jan", "Jan Nowak", Role.TRAINER), now=clock)).accounts
    with pytest.raises(PermissionDenied):
        trainer.unlock_sign_in(jan.id)
    coordinator.unlock_sign_in(jan.id)
    assert gate.authenticate("jan", "temporary-123").user_id == jan.id
    assert [u.sign_in_locked_until for u in coordinator.list_users()] == [None, None]
