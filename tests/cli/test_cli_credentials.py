"""Every command signs in: from COOPDESK_USER / COOPDESK_PASSWORD, or asked on a terminal."""

from __future__ import annotations

import io
import sqlite3

import pytest

from coopdesk import cli
from coopdesk.app import main
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context


def _demo(tmp_path, capsys, people="12"):
    assert main(["--lang", "en", "demo", "--data-dir", str(tmp_path), "--people", people]) == 0
    return capsys.readouterr().out


def test_demo_on_a_new_database_needs_no_credentials_and_prints_one_account_per_role(
        tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("COOPDESK_USER")
    monkeypatch.delenv("COOPDESK_PASSWORD")
    out = _demo(tmp_path, capsys)
    for user, role in (("koordynator", "Coordinator"), ("doradca", "Advisor"), ("trener", "Trainer"),
                       ("specjalista", "Specialist")):
        line = next(line for line in out.splitlines() if line.split()[:1] == [user])
        assert line.split() == [user, f"demo-{user}-2026", role]
    services = open_services(tmp_path, Context(actor=SYSTEM_ACTOR))
    try:
        for user in ("koordynator", "doradca", "trener", "specjalista"):
            assert services.accounts.authenticate(user, f"demo-{user}-2026").username == user
    finally:
        services.close()


def test_second_demo_is_refused_for_everyone_and_creates_no_more_accounts(tmp_path, capsys, monkeypatch):
    _demo(tmp_path, capsys)
    for user in ("doradca", "koordynator"):
        monkeypatch.setenv("COOPDESK_USER", user)
        monkeypatch.setenv("COOPDESK_PASSWORD", f"demo-{user}-2026")
        assert main(["--lang", "en", "demo", "--data-dir", str(tmp_path), "--people", "3"]) == 2
        out = capsys.readouterr()
        assert "already holds data" in out.err and "demo-" not in out.out
    with sqlite3.connect(database_path(tmp_path)) as conn:
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 12
        assert conn.execute("SELECT count(*) FROM users WHERE username NOT LIKE 'doradca_%'"
                            " AND username NOT LIKE 'doradca__%'").fetchone()[0] == 4


@pytest.mark.parametrize("command", [["check"], ["backup", "--out", "copy.sqlite3"]])
def test_wrong_or_missing_credentials_are_refused(tmp_path, capsys, monkeypatch, command):
    _demo(tmp_path, capsys)
    argv = [command[0], "--data-dir", str(tmp_path), *command[1:]]
    monkeypatch.setenv("COOPDESK_PASSWORD", "wrong password")
    assert main(["--lang", "en", *argv]) == 2
    assert "user name or the password is not correct" in capsys.readouterr().err
    monkeypatch.delenv("COOPDESK_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    assert main(["--lang", "en", *argv]) == 2
    assert "COOPDESK_USER and COOPDESK_PASSWORD" in capsys.readouterr().err
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_trainer_may_check_but_not_back_up_or_restore(tmp_path, capsys, monkeypatch):
    _demo(tmp_path, capsys)
    monkeypatch.setenv("COOPDESK_USER", "trener")
    monkeypatch.setenv("COOPDESK_PASSWORD", "demo-trener-2026")
    assert main(["--lang", "en", "check", "--data-dir", str(tmp_path)]) == 0
    out = tmp_path / "copy.sqlite3"
    assert main(["--lang", "en", "backup", "--data-dir", str(tmp_path), "--out", str(out)]) == 2
    assert not out.exists()
    assert main(["--lang", "en", "restore", "--data-dir", str(tmp_path), str(out)]) == 2
    assert "permission" in capsys.readouterr().err


def test_credentials_are_asked_on_a_terminal(tmp_path, capsys, monkeypatch):
    _demo(tmp_path, capsys)
    monkeypatch.delenv("COOPDESK_USER")
    monkeypatch.delenv("COOPDESK_PASSWORD")

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    asked = []
    monkeypatch.setattr("sys.stdin", Terminal("koordynator\n"))
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: asked.append(prompt) or "demo-koordynator-2026")
    assert main(["--lang", "en", "check", "--data-dir", str(tmp_path)]) == 0
    assert asked == ["Password: "]
    captured = capsys.readouterr()
    assert "User name: " in captured.err and "12" in captured.out


def test_a_database_without_accounts_cannot_be_used_from_the_command_line(tmp_path, capsys):
    open_services(tmp_path, Context(actor=SYSTEM_ACTOR)).close()
    assert main(["--lang", "en", "check", "--data-dir", str(tmp_path)]) == 2
    assert "no accounts yet" in capsys.readouterr().err
