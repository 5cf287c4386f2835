"""Demo data are all or nothing, an unfinished demo can be finished, and no output shows personal data
(issue 6, point 7)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from coopdesk.app import main
from coopdesk.domain.enums import Role
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.demo import generate_demo, unfinished_demo
from tests.conftest import add_user

# kill -9 the demo command right after its third batch of people went into the database.
KILLED_AFTER_THREE_BATCHES = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("COOPDESK_USER", None); os.environ.pop("COOPDESK_PASSWORD", None)
    from coopdesk.services import demo
    demo.BATCH = 25
    original, batches = demo._insert_batch, []
    def insert_then_die(*args, **kwargs):
        original(*args, **kwargs)
        batches.append(1)
        if len(batches) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
    demo._insert_batch = insert_then_die
    from coopdesk.app import main
    sys.exit(main(["--lang", "en", "demo", "--data-dir", sys.argv[1], "--people", "200"]))
""")


def counts(data) -> tuple[int, int]:
    """(participants, accounts that can sign in)."""
    with sqlite3.connect(database_path(data)) as conn:
        people = conn.execute("SELECT count(*) FROM participants").fetchone()[0]
        accounts = conn.execute("SELECT count(*) FROM users WHERE password_hash IS NOT NULL").fetchone()[0]
    return people, accounts


def taking_part(data) -> tuple[int, int, int]:
    """(participations, their supports, people without a participation)."""
    with sqlite3.connect(database_path(data)) as conn:
        joined = conn.execute("SELECT count(*) FROM participations").fetchone()[0]
        supports = conn.execute("SELECT count(*) FROM participation_supports").fetchone()[0]
        without = conn.execute("SELECT count(*) FROM participants p WHERE NOT EXISTS "
                               "(SELECT 1 FROM participations j WHERE j.participant_id = p.id)").fetchone()[0]
    return joined, supports, without


def test_a_killed_demo_leaves_nothing_and_a_rerun_finishes(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_THREE_BATCHES, str(data)],
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9
    people, accounts = counts(data)
    assert people == 0 and accounts == 0  # nothing of the killed run: no people without accounts
    assert taking_part(data) == (0, 0, 0)  # nor participations of the batches inserted before the kill
    services = open_services(data, Context(actor=SYSTEM_ACTOR))
    try:
        assert services.accounts.needs_first_coordinator()  # still a new, empty database
    finally:
        services.close()
    monkeypatch.delenv("COOPDESK_USER")
    monkeypatch.delenv("COOPDESK_PASSWORD")
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "40"]) == 0
    assert "koordynator" in capsys.readouterr().out
    assert counts(data) == (40, 4)
    joined, supports, without = taking_part(data)
    assert joined >= 40 and supports >= joined * 0.8 and without == 0  # everyone takes part (issue 8)


def test_people_without_accounts_are_not_a_new_database_and_demo_finishes_them(tmp_path, capsys, monkeypatch):
    """What an older version's interrupted demo left: people and demo advisors, nobody who can sign in."""
    data = tmp_path / "data"
    services = open_services(data, Context(actor=SYSTEM_ACTOR))
    try:
        generate_demo(services, people=30, seed=5)  # no accounts
        assert unfinished_demo(services)
        assert not services.accounts.needs_first_coordinator()  # nobody may claim these people
    finally:
        services.close()
    monkeypatch.delenv("COOPDESK_USER")
    monkeypatch.delenv("COOPDESK_PASSWORD")
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "5"]) == 0
    assert "koordynator" in capsys.readouterr().out
    assert counts(data) == (35, 4)


def test_people_without_accounts_who_are_not_a_demo_are_not_finished_by_demo(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    services = open_services(data, Context(actor=SYSTEM_ACTOR))
    try:
        generate_demo(services, people=10, seed=5)
        add_user(services, "ewa", "Ewa Kowalska", Role.ADVISOR)
        assert not unfinished_demo(services) and not services.accounts.needs_first_coordinator()
    finally:
        services.close()
    monkeypatch.delenv("COOPDESK_USER")
    monkeypatch.delenv("COOPDESK_PASSWORD")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "5"]) == 2
    assert counts(data) == (10, 0)


def test_two_demos_at_once_print_no_personal_data(tmp_path):
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COOPDESK_")}
    argv = [sys.executable, "-m", "coopdesk", "--lang", "en", "demo", "--data-dir", str(data), "--people", "3000"]
    runs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
            for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    codes = sorted(run.returncode for run in runs)
    assert codes in ([0, 0], [0, 2]), outputs
    with sqlite3.connect(database_path(data)) as conn:
        pesels = {r[0] for r in conn.execute("SELECT pesel FROM participants WHERE pesel IS NOT NULL")}
        names = {r[0] for r in conn.execute("SELECT last_name FROM participants") if len(r[0]) > 3}
    for output in outputs:
        assert "Traceback" not in output
        assert not set(re.findall(r"\d{11}", output)) & pesels
        assert not [n for n in names if re.search(rf"\b{re.escape(n)}\b", output)]
    if codes == [0, 2]:
        refused = outputs[[run.returncode for run in runs].index(2)]
        assert "in use by another coopdesk" in refused


def test_a_database_error_in_a_command_prints_a_clean_message_without_the_row(tmp_path, capsys, monkeypatch):
    """Whatever a database error quotes (here a row's name and PESEL in its parameters), the command
    prints a clean message and exits with 2."""
    import sqlite3 as sqlite

    from sqlalchemy.exc import IntegrityError

    from coopdesk.services import demo

    def clash(*_args, **_kwargs):
        raise IntegrityError("INSERT INTO participants ...", {"last_name": "Sekretna", "pesel": "02270803624"},
                             sqlite.IntegrityError("UNIQUE constraint failed: participants.pesel"))

    monkeypatch.setattr(demo, "generate_demo", clash)
    monkeypatch.delenv("COOPDESK_USER")
    monkeypatch.delenv("COOPDESK_PASSWORD")
    assert main(["--lang", "en", "demo", "--data-dir", str(tmp_path), "--people", "5"]) == 2
    out = capsys.readouterr()
    assert "The database reported an error (IntegrityError)" in out.err
    assert "Sekretna" not in out.out + out.err and "02270803624" not in out.out + out.err


def test_a_demo_killed_by_strace_in_the_middle_of_writing_leaves_nothing(tmp_path, capsys, monkeypatch):
    """The same without any hook in the code: strace kills `coopdesk demo` at its 20,000th write to the
    database's WAL file, in the middle of the people (12,000 people take some 42,000 such writes)."""
    import shutil

    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    if subprocess.run([strace, "-f", "-o", "/dev/null", "true"], capture_output=True).returncode != 0:
        pytest.skip("strace cannot trace here (no ptrace)")
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COOPDESK_")} | {"QT_QPA_PLATFORM": "offscreen"}
    killed = subprocess.run(
        [strace, "-f", "-o", "/dev/null", "-P", f"{database_path(data)}-wal",
         "-e", "trace=pwrite64,write", "-e", "inject=pwrite64:signal=KILL:when=20000",
         sys.executable, "-m", "coopdesk", "--lang", "en", "demo", "--data-dir", str(data), "--people", "12000"],
        capture_output=True, text=True, env=env, timeout=300)
    assert killed.returncode in (-9, 128 + 9), killed.stderr[-2000:]
    assert "Created" not in killed.stdout
    assert counts(data) == (0, 0)
    monkeypatch.delenv("COOPDESK_USER")
    monkeypatch.delenv("COOPDESK_PASSWORD")
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "30"]) == 0
    assert counts(data) == (30, 4)
