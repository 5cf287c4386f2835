"""Backups dialog, passphrase dialog, start-up repair and single-instance refusal (offscreen)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Role
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery
from coopdesk.platform.paths import AppPaths
from coopdesk.services.app_services import Services, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.ui import prompts, startup
from coopdesk.ui.dialogs import passphrase_dialog, startup_repair_dialog
from coopdesk.ui.dialogs.backup_dialog import BackupDialog
from coopdesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from tests.conftest import as_user

JAN = ParticipantDraft(first_name="Jan", last_name="Kowalski", pesel="44051401359")
ZOFIA = ParticipantDraft(first_name="Zofia", last_name="Nowak", pesel="02270803624")


@pytest.fixture
def calls(monkeypatch):
    seen: dict[str, list] = {"info": [], "error": [], "confirm": []}
    monkeypatch.setattr(prompts, "info", lambda _p, title, text: seen["info"].append(text))
    monkeypatch.setattr(prompts, "error", lambda _p, title, text: seen["error"].append(text))
    monkeypatch.setattr(prompts, "warning", lambda _p, title, text: seen["error"].append(text))

    def confirm(_p, title, text):
        seen["confirm"].append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    return seen


def count(services) -> int:
    return services.participants.count(ParticipantQuery())


def test_manual_backup_to_a_chosen_folder(qtbot, services, tmp_path, monkeypatch, calls):
    services.participants.create(JAN)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "choose_directory", lambda *_a, **_k: str(usb))
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.backup_now.click()
    written = list(usb.glob("coopdesk-*.sqlite3"))
    assert len(written) == 1 and str(written[0]) in calls["info"][0]
    assert not calls["error"]


def test_automatic_backups_are_listed_and_restorable(qtbot, services, calls):
    services.participants.create(JAN)
    services.backups.auto_backup("exit")
    services.participants.create(ZOFIA)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and not dialog.restore_selected.isEnabled()
    dialog.list.setCurrentRow(0)
    assert dialog.restore_selected.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        dialog.restore_selected.click()
    assert count(services) == 1 and "1" in calls["info"][-1]
    assert dialog.list.count() == 2  # plus the safety copy of what was replaced


def test_restore_of_a_bad_file_is_refused_and_nothing_changes(qtbot, services, tmp_path, monkeypatch, calls):
    services.participants.create(JAN)
    services.db.engine.dispose()
    before = hashlib.sha256(Path(services.db.path).read_bytes()).hexdigest()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\0" * 4096)
    monkeypatch.setattr(prompts, "choose_open_file", lambda *_a, **_k: str(bad))
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.restore_file.click()
    assert calls["error"] and "Nothing has been replaced" in calls["error"][0]
    assert hashlib.sha256(Path(services.db.path).read_bytes()).hexdigest() == before
    assert count(services) == 1


def test_an_advisor_can_back_up_but_not_restore_or_encrypt(qtbot, services):
    advisor = Services(services.db, Context(actor=Actor(5, "a", "A", Role.ADVISOR)))
    services.backups.auto_backup("exit")
    dialog = BackupDialog(advisor)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    assert dialog.backup_now.isEnabled()
    assert not dialog.restore_selected.isEnabled() and not dialog.restore_file.isEnabled()
    assert dialog.encrypt.isHidden()
    trainer = BackupDialog(Services(services.db, Context(actor=Actor(6, "t", "T", Role.TRAINER))))
    qtbot.addWidget(trainer)
    assert not trainer.backup_now.isEnabled()


def test_encrypt_from_the_dialog_and_wipe_old_plain_copies(qtbot, services, monkeypatch, calls):
    services.participants.create(JAN)
    old = services.backups.auto_backup("exit").path
    monkeypatch.setattr(passphrase_dialog, "new_passphrase", lambda _p: "a long passphrase")
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.encrypted):
        dialog.encrypt.click()
    assert services.db.encrypted and not dialog.encrypt.isEnabled()
    assert str(old) in calls["confirm"][-1] and not old.exists()
    assert count(services) == 1


def test_passphrase_dialog_needs_the_same_passphrase_twice(qtbot):
    dialog = PassphraseDialog(confirm=True)
    qtbot.addWidget(dialog)
    dialog.edit.setText("long enough 1")
    dialog.repeat.setText("long enough 2")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error.isVisibleTo(dialog)
    dialog.edit.setText("short")
    dialog.repeat.setText("short")
    assert "at least" in dialog.problem()
    dialog.repeat.setText("long enough 1")
    dialog.edit.setText("long enough 1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == "long enough 1"


def test_start_asks_the_passphrase_of_an_encrypted_database(qtbot, tmp_path, monkeypatch, calls):
    paths = AppPaths(tmp_path / "data").ensure()
    s = open_services(paths.data_dir, Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    s.encryption.encrypt("the right passphrase")
    s.close()
    answers = iter(["wrong one", "the right passphrase"])
    errors = []

    def ask(_parent, error="", offer_repair=False):
        errors.append(error)
        assert not offer_repair  # coopdesk encrypted it (the marker names it): no "damaged" way out
        return next(answers)

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", ask)
    opened = startup.open_database_interactively(paths)
    assert opened is not None and opened.db.encrypted and count(opened) == 1
    assert errors[0] == "" and errors[1]  # the second question says the first answer was wrong
    opened.close()
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a, **_k: None)
    assert startup.open_database_interactively(paths) is None  # cancelled


def test_start_offers_the_last_good_backup_for_a_damaged_database(qtbot, tmp_path, monkeypatch, calls):
    paths = AppPaths(tmp_path / "data").ensure()
    s = open_services(paths.data_dir, Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    good = s.backups.auto_backup("exit")
    s.close()
    db_path = paths.data_dir / "coopdesk.sqlite3"
    db_path.write_bytes(b"\xff" * 3000)
    offered = []

    def choose(_parent, health):
        offered.append(health.last_good.path)
        return health.last_good.path

    monkeypatch.setattr(startup_repair_dialog, "choose_repair", choose)
    opened = startup.open_database_interactively(paths)
    assert offered == [good.path]
    assert opened is not None and count(opened) == 1
    opened.close()
    kept = [b for b in opened.backups.list_backups() if b.reason == "before-restore"]
    assert kept and kept[0].path.read_bytes() == b"\xff" * 3000  # the damaged file is kept


def test_repair_dialog_buttons(qtbot, tmp_path):
    from coopdesk.services.startup_health import startup_check

    paths = AppPaths(tmp_path / "data").ensure()
    s = open_services(paths.data_dir, Context(actor=SYSTEM_ACTOR))
    s.backups.auto_backup("exit")
    s.close()
    (paths.data_dir / "coopdesk.sqlite3").write_bytes(b"\xff" * 3000)
    health = startup_check(paths.data_dir)
    dialog = startup_repair_dialog.StartupRepairDialog(health)
    qtbot.addWidget(dialog)
    assert dialog.restore_last.isEnabled()
    dialog.restore_last.click()
    assert dialog.chosen == health.last_good.path and dialog.result() == QDialog.DialogCode.Accepted


def test_second_instance_is_refused_with_a_message(qtbot, tmp_path, calls):
    paths = AppPaths(tmp_path / "data").ensure()
    first = startup.acquire_instance_lock(paths)
    assert first is not None
    # a second lock object in the same process stands for a second coopdesk here;
    # tests/db/test_reliability.py does it with two processes
    assert startup.acquire_instance_lock(paths) is None
    assert calls["error"] and "already open" in calls["error"][0]
    first.release()
    again = startup.acquire_instance_lock(paths)
    assert again is not None
    again.release()


def test_exit_backup_and_daily_backup(services):
    assert startup.daily_backup(services) is not None
    assert startup.daily_backup(services) is None  # once a day
    info = startup.on_exit(services)
    assert info is not None and info.reason == "exit" and info.path.exists()


# --- issue 6 point 3: zeros, random bytes, too many wrong passphrases -------------------------------
PASS = "the right passphrase"


def _encrypted_with_backup(tmp_path):
    paths = AppPaths(tmp_path / "data").ensure()
    s = open_services(paths.data_dir, Context(actor=SYSTEM_ACTOR))
    s.participants.create(JAN)
    s.encryption.encrypt(PASS)
    good = s.backups.auto_backup("exit")
    s.close()
    return paths, paths.data_dir / "coopdesk.sqlite3", good


def test_a_file_of_zeros_gets_the_repair_dialog_not_the_passphrase(qtbot, tmp_path, monkeypatch, calls):
    paths, db_path, good = _encrypted_with_backup(tmp_path)
    db_path.write_bytes(b"\0" * db_path.stat().st_size)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda _p, error="", offer_repair=False:
                        PASS if "backup" in error else pytest.fail("asked the passphrase of a file of zeros"))
    offered = []
    monkeypatch.setattr(startup_repair_dialog, "choose_repair",
                        lambda _p, health: offered.append(health) or health.backups[0].path)
    opened = startup.open_database_interactively(paths)
    assert len(offered) == 1 and offered[0].problem.params["detail"] == "zeros"
    assert opened is not None and count(opened) == 1 and opened.db.encrypted
    opened.close()


def test_random_bytes_without_a_marker_offer_a_way_out_of_the_passphrase(qtbot, tmp_path, monkeypatch, calls):
    import os

    paths, db_path, good = _encrypted_with_backup(tmp_path)
    db_path.write_bytes(os.urandom(db_path.stat().st_size))
    db_path.with_name(db_path.name + ".cipher").unlink()  # like a file an older version encrypted
    asked = []

    def ask(_parent, error="", offer_repair=False):
        asked.append(offer_repair)
        if len(asked) == 1:
            return passphrase_dialog.REPAIR  # "The file is damaged - restore a backup..."
        return PASS  # the backup's passphrase

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", ask)
    offered = []

    def choose(_p, health):
        offered.append(health)
        return health.backups[0].path

    monkeypatch.setattr(startup_repair_dialog, "choose_repair", choose)
    opened = startup.open_database_interactively(paths)
    assert asked[0] is True and len(offered) == 1
    assert type(offered[0].problem).__name__ == "DatabaseDamaged"
    assert opened is not None and count(opened) == 1
    opened.close()


def test_after_too_many_wrong_passphrases_the_gui_says_why_and_offers_the_backups(qtbot, tmp_path, monkeypatch,
                                                                                 calls):
    paths, db_path, good = _encrypted_with_backup(tmp_path)
    asked = []
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase",
                        lambda _p, error="", offer_repair=False: asked.append(error) or "wrong passphrase")
    offered = []
    monkeypatch.setattr(startup_repair_dialog, "choose_repair", lambda _p, health: offered.append(health))
    assert startup.open_database_interactively(paths) is None  # the user closed the repair dialog
    assert len(asked) == startup.MAX_ATTEMPTS
    assert len(calls["error"]) == 1 and str(startup.MAX_ATTEMPTS) in calls["error"][0]
    assert len(offered) == 1 and offered[0].last_good is None  # the backup is encrypted: wrong key


def test_passphrase_dialog_offers_the_repair_way_out_only_when_asked(qtbot):
    plain = PassphraseDialog()
    qtbot.addWidget(plain)
    assert plain.repair.isHidden()
    dialog = PassphraseDialog(offer_repair=True)
    qtbot.addWidget(dialog)
    assert not dialog.repair.isHidden()
    dialog.repair.click()
    assert dialog.result() == passphrase_dialog.REPAIR_CODE


# --- issue 6 points 4 and 11: the list shows each file's real state; backups by role ---------------
BACKUP_PASS = "backup passphrase 11"


def test_the_list_shows_what_each_backup_really_is(qtbot, services, calls):
    services.participants.create(JAN)
    whole = services.backups.auto_backup("exit").path
    partial = services.backups.auto_backup("exit").path
    partial.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])  # a cut-off copy
    junk = services.backups.auto_backup("daily").path
    junk.write_bytes(b"\0" * 8192)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    texts = {Path(dialog.list.item(i).data(Qt.ItemDataRole.UserRole)): dialog.list.item(i).text()
             for i in range(dialog.list.count())}
    assert "readable" in texts[whole] and "damaged" in texts[partial] and "damaged" in texts[junk]
    assert "encrypted" not in texts[partial] + texts[junk]


def test_the_coordinator_sets_the_backup_passphrase_and_an_advisor_backs_up_encrypted(
        qtbot, services, tmp_path, monkeypatch, calls):
    services.participants.create(JAN)
    advisor = as_user(services, "doradca", Role.ADVISOR)
    boss = as_user(services, "szefowa", Role.COORDINATOR)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(prompts, "choose_directory", lambda *_a, **_k: str(usb))

    mine = BackupDialog(advisor)
    qtbot.addWidget(mine)
    assert mine.encrypt_copy.isHidden() and mine.set_backup_pass.isHidden()
    assert "ask the coordinator" in mine.copy_note.text()
    mine.backup_now.click()
    assert list(usb.iterdir()) == [] and "ask the coordinator" in calls["error"][-1]

    theirs = BackupDialog(boss)
    qtbot.addWidget(theirs)
    assert not theirs.encrypt_copy.isHidden() and not theirs.set_backup_pass.isHidden()
    monkeypatch.setattr(passphrase_dialog, "new_passphrase", lambda *_a, **_k: BACKUP_PASS)
    theirs.set_backup_pass.click()
    assert boss.backups.has_backup_passphrase()

    mine.refresh()
    assert "encrypted" in mine.copy_note.text()
    mine.backup_now.click()
    written = list(usb.iterdir())
    assert len(written) == 1 and not written[0].read_bytes().startswith(b"SQLite format 3")

    # the coordinator restores it after changing the backup passphrase: its passphrase is asked
    boss.backups.set_backup_passphrase("another backup passphrase")
    services.participants.create(ZOFIA)
    asked = []
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase",
                        lambda _p, error="", offer_repair=False: asked.append(error) or BACKUP_PASS)
    assert theirs.restore_from(written[0])
    assert len(asked) == 1 and written[0].name in asked[0] and count(boss) == 1
    assert not boss.db.encrypted
