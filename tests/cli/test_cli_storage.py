"""The commands on full and read-only storage (issue 6 point 6): a clear message naming the place and
what is wrong, exit code 2, no traceback, the data untouched. Real mounts (root only)."""

from __future__ import annotations

import hashlib

from storage_mounts import fill, read_only, tmpfs

from coopdesk.app import main
from coopdesk.services.app_services import database_path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo(data, capsys, people="8") -> None:
    assert main(["--lang", "en", "demo", "--data-dir", str(data), "--people", people]) == 0
    capsys.readouterr()


def test_backup_to_a_full_stick_says_disk_full(tmp_path, capsys):
    data = tmp_path / "data"
    demo(data, capsys)
    with tmpfs(tmp_path / "usb", "256k") as usb:
        fill(usb)
        assert main(["--lang", "en", "backup", "--data-dir", str(data), "--out", str(usb)]) == 2
        err = capsys.readouterr().err
        assert "The disk is full" in err and str(usb) in err and "Traceback" not in err
        assert [p.name for p in usb.iterdir()] == ["filler.bin"]  # no partial copy left behind


def test_backup_to_a_read_only_stick_says_read_only(tmp_path, capsys):
    data, usb = tmp_path / "data", tmp_path / "usb"
    demo(data, capsys)
    usb.mkdir()
    with read_only(usb):
        assert main(["--lang", "en", "backup", "--data-dir", str(data), "--out", str(usb)]) == 2
        err = capsys.readouterr().err
        assert "is read-only" in err and str(usb) in err and "Traceback" not in err


def test_commands_on_a_read_only_data_folder_say_read_only_not_damaged(tmp_path, capsys):
    data = tmp_path / "data"
    demo(data, capsys)
    copy = tmp_path / "copy.sqlite3"
    assert main(["--lang", "en", "backup", "--data-dir", str(data), "--out", str(copy)]) == 0
    before = digest(database_path(data))
    with read_only(data):
        for argv in (["check"], ["backup", "--out", str(tmp_path / "b2.sqlite3")], ["restore", str(copy)],
                     ["demo", "--people", "3"]):
            capsys.readouterr()
            assert main(["--lang", "en", *argv, "--data-dir", str(data)]) == 2, argv
            err = capsys.readouterr().err
            assert "is read-only" in err and str(data) in err, (argv, err)
            assert "damaged" not in err and "Traceback" not in err
    assert digest(database_path(data)) == before


def test_restore_and_demo_on_a_full_data_disk_say_disk_full_and_change_nothing(tmp_path, capsys):
    with tmpfs(tmp_path / "disk", "4m") as disk:
        data = disk / "data"
        demo(data, capsys, people="20")
        copy = tmp_path / "copy.sqlite3"
        assert main(["--lang", "en", "backup", "--data-dir", str(data), "--out", str(copy)]) == 0
        before = digest(database_path(data))
        filler = fill(disk)
        for argv in (["restore", str(copy)], ["demo", "--people", "500"]):
            capsys.readouterr()
            assert main(["--lang", "en", *argv, "--data-dir", str(data)]) == 2, argv
            err = capsys.readouterr().err
            assert "The disk is full" in err and str(data) in err and "Traceback" not in err, (argv, err)
        filler.unlink()
        assert digest(database_path(data)) == before
        assert main(["--lang", "en", "check", "--data-dir", str(data)]) == 0


def test_a_data_folder_that_cannot_be_made_on_a_read_only_disk_says_read_only(tmp_path, capsys):
    disk = tmp_path / "disk"
    disk.mkdir()
    with read_only(disk):
        assert main(["--lang", "en", "check", "--data-dir", str(disk / "data")]) == 2
        err = capsys.readouterr().err
        assert "is read-only" in err and str(disk / "data") in err and "Traceback" not in err
