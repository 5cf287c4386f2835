"""Dates in the one Polish form (dd.mm.rrrr, dd.mm.rrrr gg:mm in local time) on every screen, also in
English mode, where Qt's locale formats gave "01/03/1980" in the list beside "01.03.1980" in the form."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from coopdesk.domain.enums import Citizenship, Role, Sex, Stage
from coopdesk.domain.records import ParticipantDraft
from coopdesk.platform.i18n import install_translations
from coopdesk.ui.models.history_model import Column as HistoryColumn
from coopdesk.ui.models.history_model import HistoryModel
from coopdesk.ui.models.participants_model import Column, ParticipantsModel


@pytest.fixture
def english():
    install_translations(QApplication.instance(), "en")  # the conftest restores the locale afterwards


@pytest.fixture
def warsaw(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_participants_list_in_english_mode(english, services):
    services.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", town="Lublin", birth_date=date(1980, 3, 1), sex=Sex.MALE,
        citizenship=Citizenship.EU, recruitment_date=date(2026, 1, 15), stage=Stage.RECRUITED,
    ))
    model = ParticipantsModel(services.participants)
    assert model.index(0, Column.BIRTH_DATE).data() == "01.03.1980"
    assert model.index(0, Column.RECRUITMENT_DATE).data() == "15.01.2026"


def _local_text(at_utc) -> str:
    """The expected text, computed independently of the code under test."""
    local = at_utc.replace(tzinfo=UTC).astimezone()
    return f"{local.day:02}.{local.month:02}.{local.year} {local.hour:02}:{local.minute:02}"


def test_history_in_english_mode(english, warsaw, services):
    person = services.participants.create(ParticipantDraft(
        first_name="Anna", last_name="Kowalska", town="Lublin", birth_date=date(1980, 3, 1), sex=Sex.FEMALE,
    ))
    services.participants.update(person.id, replace(person.as_draft(), birth_date=date(1981, 4, 2)))
    model = HistoryModel(services.audit, "participants", person.id)
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.record(r).field == "birth_date")
    assert model.index(row, HistoryColumn.OLD).data() == "01.03.1980"
    assert model.index(row, HistoryColumn.NEW).data() == "02.04.1981"
    assert model.index(row, HistoryColumn.WHEN).data() == _local_text(model.record(row).at)


def test_users_last_sign_in_and_lock_in_local_time(english, warsaw, qtbot, services):
    from coopdesk.services.accounts import LoginFailed
    from coopdesk.ui.dialogs.users_dialog import UsersDialog

    boss = services.accounts.create_first_coordinator("ewa", "Ewa Kowalska", "correct horse battery")
    services.accounts.authenticate("ewa", "correct horse battery")
    coordinator = services.as_actor(boss).accounts
    coordinator.create_user("jan", "Jan Nowak", Role.TRAINER, "temporary-123")
    for _ in range(5):
        with pytest.raises(LoginFailed):
            services.accounts.authenticate("jan", "wrong password")
    users = {u.username: u for u in coordinator.list_users()}
    dialog = UsersDialog(coordinator)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(rows["ewa"], 4).text() == _local_text(users["ewa"].last_login_at)
    assert dialog.table.item(rows["jan"], 3).text() == (
        "Sign-in locked until " + _local_text(users["jan"].sign_in_locked_until))


def test_startup_repair_names_the_backup_in_the_one_format(english, qtbot, tmp_path):
    from coopdesk.services.backup import BackupInfo
    from coopdesk.services.startup_health import StartupHealth
    from coopdesk.ui.dialogs.startup_repair_dialog import StartupRepairDialog

    backup = BackupInfo(tmp_path / "coopdesk-20260514-090530-exit.sqlite3", datetime(2026, 5, 14, 9, 5, 30), "exit",
                        4096, False)
    dialog = StartupRepairDialog(StartupHealth(tmp_path / "coopdesk.sqlite3", last_good=backup))
    qtbot.addWidget(dialog)
    assert "from 14.05.2026 09:05 (coopdesk-20260514-090530-exit.sqlite3)" in dialog.offer.text()


def test_backups_list_in_english_mode(english, qtbot, services):
    from coopdesk.ui.dialogs.backup_dialog import BackupDialog

    services.backups.auto_backup("exit")
    [info] = services.backups.list_backups()
    c = info.created  # local time, from the file name
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text().startswith(
        f"{c.day:02}.{c.month:02}.{c.year} {c.hour:02}:{c.minute:02}:{c.second:02}  ·  ")


def test_participant_form_in_english_mode(english, qtbot, services):
    from coopdesk.ui.dialogs.participant_dialog import ParticipantDialog

    person = services.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel="44051401359", town="Lublin",
        recruitment_date=date(2026, 1, 15), stage=Stage.RECRUITED, stage_date=date(2026, 1, 15),
    ))
    dialog = ParticipantDialog(services, person.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.birthDateEdit.text() == "14.05.1944"  # from the PESEL
    assert dialog.ui.recruitmentDateEdit.text() == "15.01.2026"
    assert dialog.ui.stageHistoryList.item(0).text().startswith("15.01.2026  ")
