"""Commands that write the database take the program's lock (one per data folder) or are refused;
commands that only read work while the program is open (issue 6, point 2)."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import textwrap

import pytest

from coopdesk import cli
from coopdesk.app import main
from coopdesk.services.app_services import database_path

# A child process that holds the data folder's lock exactly as the program does at start-up.
HOLD_LIKE_THE_PROGRAM = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from coopdesk.platform.paths import AppPaths
    from coopdesk.ui import startup
    lock = startup.acquire_instance_lock(AppPaths(Path(sys.argv[1])))
    print("held" if lock is not None else "refused", flush=True)
    sys.stdin.read()
""")


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data_open_in_program(tmp_path, capsys):
    data = tmp_path / "data"
    copy = tmp_path / "copy.sqlite3"
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "6"]) == 0
    assert main(["--lang", "en", "backup", "--data-dir", str(data), "--out", str(copy)]) == 0
    capsys.readouterr()
    child = subprocess.Popen([sys.executable, "-c", HOLD_LIKE_THE_PROGRAM, str(data)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    try:
        assert child.stdout.readline().strip() == "held"
        yield data, copy, child.pid
    finally:
        child.stdin.close()
        child.wait(timeout=30)


@pytest.mark.parametrize("command", [
    ["restore", "{copy}"], ["demo", "--people", "3"], ["retention", "--apply"],
])
def test_a_writing_command_is_refused_while_the_program_is_open(data_open_in_program, capsys, command):
    data, copy, pid = data_open_in_program
    before = digest(database_path(data))
    argv = ["--lang", "en", *[a.replace("{copy}", str(copy)) for a in command], "--data-dir", str(data)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"in use by another coopdesk (PID {pid} on " in err and str(data) in err
    assert "Traceback" not in err
    assert digest(database_path(data)) == before
    assert not list((data / "backups").glob("*before-restore*"))


def test_reading_commands_work_while_the_program_is_open(data_open_in_program, capsys, tmp_path):
    data, _copy, _pid = data_open_in_program
    assert main(["--lang", "en", "check", "--data-dir", str(data)]) == 0
    assert main(["--lang", "en", "backup", "--data-dir", str(data), "--out", str(tmp_path / "b.sqlite3")]) == 0
    assert main(["--lang", "en", "retention", "--data-dir", str(data)]) == 0
    assert main(["--lang", "en", "export-participants", "--data-dir", str(data),
                 "--out", str(tmp_path / "list.xlsx")]) == 0


def test_the_lock_is_released_after_a_writing_command(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "2"]) == 0
    assert not (data / "coopdesk.lock").exists()
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", "2"]) == 2  # refused: has data
    assert not (data / "coopdesk.lock").exists()


def test_every_command_that_writes_declares_it():
    writes = {name for name, command in cli.COMMANDS.items() if hasattr(command, "writes_database")}
    assert writes == {"demo", "restore", "retention", "import", "export"}
    retention = cli.COMMANDS["retention"].writes_database
    assert retention(type("Args", (), {"apply": True})()) and not retention(type("Args", (), {"apply": False})())
    # an import writes unless it is a dry run; an export only reads
    imports = cli.COMMANDS["import"].writes_database
    assert imports(argparse.Namespace(kind="participants", dry_run=False))
    assert not imports(argparse.Namespace(kind="participants", dry_run=True))
    assert not cli.COMMANDS["export"].writes_database(argparse.Namespace(kind="participants"))
