"""Demo data only into a new folder: a folder that already holds data is refused (exit 2, nothing added),
and the demo marks its database so that the main window says DEMO."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coopdesk.app import main
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.demo_folder import is_demo


def _people(data) -> int:
    with sqlite3.connect(database_path(data)) as conn:
        return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


def test_demo_again_on_the_same_folder_is_refused_and_adds_nobody(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "30"]) == 0
    capsys.readouterr()
    # The demo coordinator's credentials are set (tests/cli/conftest.py): still refused.
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "20"]) == 2
    out = capsys.readouterr()
    assert "already holds data" in out.err and str(data) in out.err and "--data-dir" in out.err
    assert "demo-" not in out.out + out.err  # no demo password printed
    assert _people(data) == 30


def _open(data):
    return open_services(data, Context(actor=SYSTEM_ACTOR))


def test_demo_refuses_a_folder_with_a_real_account(tmp_path, capsys):
    data = tmp_path / "data"
    services = _open(data)
    try:
        services.accounts.create_first_coordinator("szefowa", "Anna Szef", "a-long-secret-passphrase-1")
    finally:
        services.close()
    capsys.readouterr()
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "5"]) == 2
    err = capsys.readouterr().err
    assert "already holds data" in err and str(data) in err
    assert _people(data) == 0
    services = _open(data)
    try:
        assert [u.username for u in services.accounts.list_users()] == ["szefowa"]
        assert not is_demo(services)
    finally:
        services.close()


def test_the_demo_marks_its_database(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "3"]) == 0
    services = _open(data)
    try:
        assert is_demo(services)
    finally:
        services.close()
    assert "koordynator" in capsys.readouterr().out  # the demo made its accounts (printed)


def test_demo_without_a_data_folder_fills_a_new_demo_folder_never_the_users(tmp_path, capsys, monkeypatch):
    share = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    folders = []
    for _ in range(2):
        assert main(["--lang", "en", "demo", "--people", "3"]) == 0
        out = capsys.readouterr().out
        [folder] = [line.split(" in ", 2)[2] for line in out.splitlines() if line.startswith("Created 3 participants")]
        folders.append(Path(folder))
    assert folders == [share / "coopdesk-demo" / "demo-1", share / "coopdesk-demo" / "demo-2"]
    assert sorted(p.parent for p in share.rglob("coopdesk.sqlite3")) == folders  # nothing in the user's folder
    assert all(_people(folder) == 3 for folder in folders)
