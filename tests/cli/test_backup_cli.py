"""coopdesk backup / restore from the command line."""

from __future__ import annotations

import hashlib
import sqlite3

from coopdesk.app import main
from coopdesk.services.accounts import create_demo_accounts
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context


def people(data_dir) -> int:
    with sqlite3.connect(database_path(data_dir)) as conn:
        return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_then_restore(tmp_path, capsys):
    data, out = tmp_path / "data", tmp_path / "usb" / "copy.sqlite3"
    assert main(["demo", "--data-dir", str(data), "--people", "20"]) == 0
    assert main(["backup", "--data-dir", str(data), "--out", str(out)]) == 0
    assert out.exists() and "20" in capsys.readouterr().out
    with sqlite3.connect(database_path(data)) as conn:  # a change after the copy (demo adds only once)
        conn.execute("DELETE FROM participants WHERE id > 15")
    assert people(data) == 15
    assert main(["restore", "--data-dir", str(data), str(out)]) == 0
    assert "20" in capsys.readouterr().out
    assert people(data) == 20
    safety = list((data / "backups").glob("coopdesk-*-before-restore.sqlite3"))
    assert len(safety) == 1


def test_backup_into_a_folder(tmp_path):
    data, usb = tmp_path / "data", tmp_path / "usb"
    usb.mkdir()
    assert main(["demo", "--data-dir", str(data), "--people", "3"]) == 0
    assert main(["backup", "--data-dir", str(data), "--out", str(usb)]) == 0
    assert len(list(usb.glob("coopdesk-*-manual.sqlite3"))) == 1


def test_backup_into_a_new_folder_named_with_a_trailing_slash(tmp_path):
    """`--out /media/stick/copies/`: a folder to make, never a file called "copies"."""
    data, folder = tmp_path / "data", tmp_path / "stick" / "copies"
    assert main(["demo", "--data-dir", str(data), "--people", "3"]) == 0
    assert main(["backup", "--data-dir", str(data), "--out", f"{folder}/"]) == 0
    assert folder.is_dir()
    [copy] = [p for p in folder.iterdir()]
    assert copy.name.startswith("coopdesk-") and copy.name.endswith("-manual.sqlite3")
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM participants").fetchone()[0] == 3


def test_restore_refuses_a_bad_file_and_leaves_the_database(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data), "--people", "7"]) == 0
    open_services(data, Context(actor=SYSTEM_ACTOR)).close()
    before = digest(database_path(data))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a backup" * 500)
    code = main(["restore", "--data-dir", str(data), str(bad)])
    assert code != 0
    assert str(bad) in capsys.readouterr().err  # the message names the refused file (any language)
    assert digest(database_path(data)) == before and people(data) == 7
    assert main(["restore", "--data-dir", str(data), str(tmp_path / "missing.sqlite3")]) != 0
    assert digest(database_path(data)) == before


def test_restore_over_a_damaged_database(tmp_path):
    data, out = tmp_path / "data", tmp_path / "copy.sqlite3"
    assert main(["demo", "--data-dir", str(data), "--people", "4"]) == 0
    assert main(["backup", "--data-dir", str(data), "--out", str(out)]) == 0
    database_path(data).write_bytes(b"\xff" * 3000)
    assert main(["check", "--data-dir", str(data)]) != 0
    assert main(["restore", "--data-dir", str(data), str(out)]) == 0
    assert people(data) == 4
    assert main(["check", "--data-dir", str(data)]) == 0


def test_encrypted_database_backup_uses_the_passphrase_from_the_environment(tmp_path, monkeypatch):
    data, out = tmp_path / "data", tmp_path / "copy.sqlite3"
    s = open_services(data, Context(actor=SYSTEM_ACTOR))
    create_demo_accounts(s)  # commands sign in (tests/cli/conftest.py: the demo coordinator)
    s.encryption.encrypt("correct horse battery")
    s.close()
    monkeypatch.delenv("COOPDESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["backup", "--data-dir", str(data), "--out", str(out)]) != 0  # no passphrase
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "correct horse battery")
    assert main(["backup", "--data-dir", str(data), "--out", str(out)]) == 0
    assert not out.read_bytes().startswith(b"SQLite format 3")
    assert main(["restore", "--data-dir", str(data), str(out)]) == 0


def test_an_advisors_backup_is_encrypted_and_refused_without_a_backup_passphrase(tmp_path, monkeypatch, capsys):
    """Issue 6 point 11: `coopdesk backup` by an advisor never writes the register readable."""
    from coopdesk.domain.actor import SYSTEM_ACTOR
    from coopdesk.services.accounts import demo_password
    from coopdesk.services.backup import verify_backup
    from coopdesk.services.context import Context

    data, usb = tmp_path / "data", tmp_path / "usb"
    usb.mkdir()
    assert main(["demo", "--data-dir", str(data), "--people", "6"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("COOPDESK_USER", "doradca")
    monkeypatch.setenv("COOPDESK_PASSWORD", demo_password("doradca"))
    assert main(["backup", "--data-dir", str(data), "--out", str(usb)]) == 2
    assert "Traceback" not in capsys.readouterr().err and list(usb.iterdir()) == []
    s = open_services(data, Context(actor=SYSTEM_ACTOR))
    s.backups.set_backup_passphrase("backup passphrase 11")
    s.close()
    assert main(["backup", "--data-dir", str(data), "--out", str(usb)]) == 0
    (written,) = list(usb.iterdir())
    assert not written.read_bytes().startswith(b"SQLite format 3")
    assert verify_backup(written, "backup passphrase 11").participants == 6
