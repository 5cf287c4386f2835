from __future__ import annotations

import sqlite3

import pytest

from coopdesk import __version__
from coopdesk.app import main
from coopdesk.services.app_services import database_path


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_check(tmp_path, capsys):
    assert main(["demo", "--data-dir", str(tmp_path), "--people", "50"]) == 0
    out = capsys.readouterr()
    assert "50" in out.out and "50/50" in out.err  # result line, progress
    assert main(["check", "--data-dir", str(tmp_path)]) == 0
    assert "50" in capsys.readouterr().out
    with sqlite3.connect(database_path(tmp_path)) as conn:
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 50


def test_demo_twice_adds_nobody_the_second_time(tmp_path):
    assert main(["demo", "--data-dir", str(tmp_path), "--people", "30"]) == 0
    assert main(["demo", "--data-dir", str(tmp_path), "--people", "20"]) == 2  # tests/cli/test_demo_folder.py
    with sqlite3.connect(database_path(tmp_path)) as conn:
        total, pesels, distinct = conn.execute(
            "SELECT count(*), count(pesel), count(DISTINCT pesel) FROM participants"
        ).fetchone()
    assert total == 30 and pesels == distinct


def test_check_fails_on_an_invalid_pesel(tmp_path, capsys):
    assert main(["demo", "--data-dir", str(tmp_path), "--people", "20"]) == 0
    with sqlite3.connect(database_path(tmp_path)) as conn:
        conn.execute(
            "UPDATE participants SET pesel = '44051401358' WHERE id = (SELECT min(id) FROM participants "
            "WHERE pesel IS NOT NULL)"
        )
    capsys.readouterr()
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "invalid PESEL" in capsys.readouterr().err


def test_check_fails_on_a_missing_uuid(tmp_path, capsys):
    assert main(["demo", "--data-dir", str(tmp_path), "--people", "5"]) == 0
    with sqlite3.connect(database_path(tmp_path)) as conn:
        conn.execute("UPDATE participants SET uuid = 'x' WHERE id = 1")
    assert main(["check", "--data-dir", str(tmp_path)]) != 0
