"""The "History of ..." dialog and its lazy model."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.domain.actor import Actor
from coopdesk.domain.audit import AuditAction
from coopdesk.domain.enums import Answer, Role
from coopdesk.domain.records import ParticipantDraft
from coopdesk.services.app_services import Services
from coopdesk.services.context import Context
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.history_dialog import HistoryDialog
from coopdesk.ui.models.history_model import ID_ROLE, Column, HistoryModel
from tests.conftest import FIXED_TODAY, add_user


@pytest.fixture
def person(services):
    p = services.participants.create(
        ParticipantDraft(first_name="Anna", last_name="Kowalska", pesel="02270803624", town="Lublin",
                         disability=Answer.NO)
    )
    p = services.participants.update(p.id, replace(p.as_draft(), town="Radom", disability=Answer.YES))
    return p


def cell(model, row: int, column: Column) -> str:
    return model.data(model.index(row, column))


def find_row(model, action: str, field: str) -> int:
    for row in range(model.rowCount()):
        r = model.record(row)
        if r.action.value == action and r.field == field:
            return row
    raise AssertionError(f"no {action} {field}")


def test_model_passes_the_model_tester_and_pages_lazily(qtmodeltester, services, person):
    for town in ("A", "B", "C", "D", "E"):
        services.participants.update(person.id, replace(services.participants.get(person.id).as_draft(),
                                                        town=town))
    model = HistoryModel(services.audit, "participants", person.id, page_size=3)
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model)
    total = len(services.audit.history("participants", person.id, include_reads=False))
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)  # newest first
    qtmodeltester.check(model)


def test_dialog_shows_readable_history(qtbot, services, person):
    dialog = HistoryDialog(services, table="participants", record_id=person.id, title="Anna Kowalska")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "History of Anna Kowalska"
    table = dialog.findChild(type(dialog.table), "historyTable")
    model = table.model()
    assert model.headerData(Column.OLD, Qt.Orientation.Horizontal) == "Old value"
    town = find_row(model, "update", "town")
    assert (cell(model, town, Column.ACTION), cell(model, town, Column.FIELD)) == ("Changed", "Town")
    assert (cell(model, town, Column.OLD), cell(model, town, Column.NEW)) == ("Lublin", "Radom")
    assert cell(model, town, Column.WHO) == "system"
    disability = find_row(model, "update", "disability")
    assert (cell(model, disability, Column.OLD), cell(model, disability, Column.NEW)) == ("No", "Yes")
    created = find_row(model, "create", "")
    assert cell(model, created, Column.ACTION) == "Created"
    assert "Last name: Kowalska" in cell(model, created, Column.NEW)
    assert cell(model, created, Column.OLD) == ""
    category_free = find_row(model, "create", "stage_history")
    assert cell(model, category_free, Column.ACTION) == "Added"
    assert cell(model, category_free, Column.FIELD) == "Stage history"
    assert "Stage: Recruited" in cell(model, category_free, Column.NEW)
    # reads are hidden until asked for
    assert all(model.record(r).action is not AuditAction.READ for r in range(model.rowCount()))
    dialog.show_reads.setChecked(True)
    assert any(model.record(r).action is AuditAction.READ for r in range(model.rowCount()))


def test_restore_button_follows_the_selected_entry(qtbot, services, person):
    dialog = HistoryDialog(services, table="participants", record_id=person.id, title="Anna")
    qtbot.addWidget(dialog)
    button = dialog.findChild(type(dialog.restore_button), "restoreValueButton")
    dialog.table.selectRow(find_row(dialog.model, "update", "town"))
    assert button.isEnabled()
    dialog.table.selectRow(find_row(dialog.model, "create", ""))
    assert not button.isEnabled()


def test_restore_asks_then_puts_the_value_back(qtbot, services, person, monkeypatch):
    questions = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: questions.append(text) or True)
    dialog = HistoryDialog(services, table="participants", record_id=person.id, title="Anna")
    qtbot.addWidget(dialog)
    dialog.table.selectRow(find_row(dialog.model, "update", "town"))
    with qtbot.waitSignal(dialog.valueRestored) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == [person.id]
    assert "Town" in questions[0] and "Lublin" in questions[0] and "Radom" in questions[0]
    assert services.participants.get(person.id).town == "Lublin"
    top = dialog.model.record(0)
    assert top.action is AuditAction.RESTORE and top.field == "town"
    assert "Lublin" in cell(dialog.model, 0, Column.NEW)


def test_declining_the_confirmation_changes_nothing(qtbot, services, person, monkeypatch):
    monkeypatch.setattr(prompts, "confirm", lambda *_a: False)
    dialog = HistoryDialog(services, table="participants", record_id=person.id, title="Anna")
    qtbot.addWidget(dialog)
    dialog.table.selectRow(find_row(dialog.model, "update", "town"))
    assert dialog.restore_selected() is False
    assert services.participants.get(person.id).town == "Radom"


def test_a_value_that_no_longer_validates_is_explained(qtbot, services, monkeypatch):
    p = services.participants.create(ParticipantDraft(first_name="Anna", last_name="Kowalska",
                                                       pesel="02270803624"))
    with services.db.session() as s:
        s.get(ParticipantTable, p.id).postal_code = "bad"
    services.participants.update(p.id, replace(services.participants.get(p.id).as_draft(), postal_code="20-400"))
    errors = []
    monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: errors.append(text))
    dialog = HistoryDialog(services, table="participants", record_id=p.id, title="Anna")
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.record(r).field == "postal_code" and dialog.model.record(r).new == "20-400")
    dialog.table.selectRow(row)
    assert dialog.restore_selected() is False
    assert errors and "Postal code must look like 00-000." in errors[0]
    assert services.participants.get(p.id).postal_code == "20-400"


def test_a_trainer_sees_a_refusal_not_the_history(qtbot, services, person):
    user = add_user(services, "trener", "Tomasz Trener", Role.TRAINER)
    trainer = Services(services.db, Context(actor=Actor(user.id, "trener", "Tomasz Trener", Role.TRAINER),
                                            today=lambda: FIXED_TODAY))
    dialog = HistoryDialog(trainer, table="participants", record_id=person.id, title="Anna")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.table.isEnabled()
    assert "permission" in dialog.message.text()
    assert not dialog.restore_button.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
