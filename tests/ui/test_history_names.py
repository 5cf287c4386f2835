"""Issue 7: the history names every field and value for people (no internal keys such as "Consent: image",
"..., categories", "#3"), every label goes through the translation, and a detail pane shows the selected
entry in full."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from coopdesk.domain.enums import Answer, Isced, LabourStatus, Role, Stage, SupportForm
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, ProjectDraft
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, SupportEntry
from coopdesk.ui.dialogs.history_dialog import HistoryDialog
from coopdesk.ui.models.history_model import Column, HistoryModel
from tests.conftest import add_user, as_user

LONG_NOTE = "Rozmowa wstępna: " + "bardzo długa notatka o planach zawodowych, " * 8 + "koniec."


@pytest.fixture
def world(services):
    coordinator = as_user(services, "koordynator", Role.COORDINATOR)
    anna = add_user(services, "anowak", "Anna Nowak", Role.ADVISOR)
    bartek = add_user(services, "bkowal", "Bartek Kowal", Role.ADVISOR)
    project = coordinator.projects.create(ProjectDraft("OWES-2026", "Ośrodek wsparcia", date(2024, 1, 1),
                                                       date(2027, 1, 1), 5))
    first, second = coordinator.dictionaries.categories()[:2]
    p = coordinator.participants.create(ParticipantDraft(
        first_name="Zofia", last_name="Żak", pesel="02270803624", town="Lublin", disability=Answer.NO,
        advisor_id=anna.id, categories=(CategoryAssignment(first.id, "PUP", date(2026, 1, 1)),)))
    (taking_part,) = p.participations
    p = coordinator.participants.update(p.id, replace(
        p.as_draft(), town="Radom", disability=Answer.YES, stage=Stage.DIAGNOSED, advisor_id=bartek.id,
        notes=LONG_NOTE, categories=(CategoryAssignment(second.id, "Zaświadczenie", date(2026, 2, 1)),),
        participations=(replace(taking_part, education=Isced.ISCED3, labour_status=LabourStatus.EMPLOYED,
                                project_id=project.id,
                                supports=(SupportEntry(SupportForm.TRAINING, date(2026, 3, 2)),)),)))
    coordinator.consents.set(ConsentRecord(p.id, ConsentPurpose.IMAGE, True, date(2026, 1, 1)))
    coordinator.consents.set(ConsentRecord(p.id, ConsentPurpose.IMAGE, False, date(2026, 1, 2)))
    coordinator.accounts.share_case(p.id, anna.id)
    coordinator.participants.get(p.id)  # a read of special data, journaled with the fields shown
    return coordinator, p, (first, second)


def rows(model) -> list[dict[Column, str]]:
    return [{c: model.data(model.index(r, c)) or "" for c in Column} for r in range(model.rowCount())]


def row_for(model, field: str, action: str = "update") -> int:
    return next(r for r in range(model.rowCount())
                if model.record(r).field == field and model.record(r).action.value == action)


RAW = re.compile(r"\b[a-z]+_[a-z_]+\b|#\d|: image\b|(?<!At-risk )\bcategories\b|\bBEZR\b|\bPOSZ\b|\banowak\b|\bkoordynator\b")


def test_no_internal_keys_in_the_history(qtbot, world):
    coordinator, p, (first, second) = world
    model = HistoryModel(coordinator.audit, "participants", p.id, include_reads=True)
    model.reload()
    for row in rows(model):
        for column in (Column.WHO, Column.FIELD, Column.OLD, Column.NEW):
            assert not RAW.search(row[column]), (column.name, row[column])
    at = {(r[Column.ACTION], r[Column.FIELD]): r for r in rows(model)}
    read = next(f for action, f in at if action == "Viewed sensitive data")
    assert read.startswith("Disability, ") and read.endswith(", At-risk categories")
    consent = at[("Changed", "Consent: Use of image (photos, publicity) \u2013 Granted")]
    assert (consent[Column.OLD], consent[Column.NEW]) == ("Yes", "No")
    assert ("Added", "Case shared with Anna Nowak") in at
    assert at[("Added", "Case shared with Anna Nowak")][Column.NEW] == "Shared by: Koordynator"
    assert ("Removed", f"At-risk category {first.name}") in at
    part = "Participation in OWES-2026 \u2013 "  # named by its project (set by this very change)
    assert at[("Changed", part + "Project")][Column.NEW] == "OWES-2026 \u2013 Ośrodek wsparcia"
    assert at[("Changed", part + "Education")][Column.NEW] == "Upper secondary (ISCED 3)"
    assert ("Added", "Form of support: Training") in at
    assert (at[("Changed", "Advisor")][Column.OLD], at[("Changed", "Advisor")][Column.NEW]) == (
        "Anna Nowak", "Bartek Kowal")
    assert "Changed by: Koordynator" in at[("Added", "Stage history")][Column.NEW]
    assert {r[Column.WHO] for r in rows(model)} == {"Koordynator"}


class Marking(QTranslator):
    """Shows which texts went through the translation: every "Labels" text comes back in brackets."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]" if context == "Labels" else None

    def isEmpty(self) -> bool:
        return False


def test_every_field_and_value_label_is_translated(qtbot, world):
    coordinator, p, _categories = world
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        model = HistoryModel(coordinator.audit, "participants", p.id, include_reads=True)
        model.reload()
        at = {(model.record(r).action.value, model.record(r).field): r for r in range(model.rowCount())}
        cell = lambda key, column: model.data(model.index(at[key], column))  # noqa: E731
        read = next(key for key in at if key[0] == "read")
        assert read[1].split(",")[-1] == "categories"
        assert cell(read, Column.FIELD).split(", ") == [f"[{field}]" for field in cell(read, Column.FIELD)[1:-1].split("], [")]
        assert cell(read, Column.FIELD).endswith(", [At-risk categories]")
        assert cell(("update", "consent:image.granted"), Column.FIELD) == (
            "[Consent: [Use of image (photos, publicity)]] \u2013 [Granted]")
        assert cell(("update", "stage"), Column.OLD) == "[Recruited]"
        assert cell(("update", "disability"), Column.NEW) == "[Yes]"
        education = next(key for key in at if key[0] == "update" and key[1].endswith(".education"))
        assert cell(education, Column.NEW) == "[Upper secondary (ISCED 3)]"
        assert cell(education, Column.FIELD).endswith(" \u2013 [Education]")
        assert "[Given on]: 01.01.2026" in cell(("create", "consent:image"), Column.NEW)
        project = next(key for key in at if key[0] == "update" and key[1].endswith(".project_id"))
        assert cell(project, Column.FIELD).endswith(" \u2013 [Project]")
    finally:
        QCoreApplication.removeTranslator(marking)


def test_the_detail_pane_shows_the_selected_entry_in_full(qtbot, world):
    coordinator, p, _categories = world
    dlg = HistoryDialog(coordinator, "participants", p.id, title="Zofia Żak")
    qtbot.addWidget(dlg)
    dlg.show()
    notes = row_for(dlg.model, "notes")
    dlg.table.selectRow(notes)
    text = dlg.detail.toPlainText()
    assert LONG_NOTE in text  # the table cuts it, the pane does not
    assert "Who: Koordynator (koordynator)" in text and "Field: Notes" in text
    assert text.index("Old value:") < text.index("New value:") or "Old value:" not in text
    created = row_for(dlg.model, "", "create")
    dlg.table.selectRow(created)
    lines = dlg.detail.toPlainText().splitlines()
    assert "    First name: Zofia" in lines and "    Advisor: Anna Nowak" in lines and "    Town: Lublin" in lines
    assert dlg.detail.isReadOnly() and dlg.splitter.indexOf(dlg.detail) == 1
    # the pane follows the selection and is empty without one
    dlg.table.clearSelection()
    assert dlg.detail.toPlainText() == ""


class Longer(QTranslator):
    """A translation longer than the English, as Polish often is ("Wyświetlono dane wrażliwe")."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{source} ({source})" if context == "Labels" else None

    def isEmpty(self) -> bool:
        return False


def test_when_who_and_action_are_not_cut(qtbot, world):
    coordinator, p, _categories = world
    longer = Longer()
    QCoreApplication.installTranslator(longer)
    try:
        dlg = HistoryDialog(coordinator, "participants", p.id, title="Zofia Żak")
        qtbot.addWidget(dlg)
        dlg.show_reads.setChecked(True)  # "Viewed sensitive data", the longest action
        dlg.show()
        for column in (Column.WHEN, Column.WHO, Column.ACTION):
            assert dlg.table.columnWidth(column) >= dlg.table.sizeHintForColumn(column), column.name
            assert dlg.table.columnWidth(column) >= dlg.table.horizontalHeader().sectionSizeHint(column), column.name
    finally:
        QCoreApplication.removeTranslator(longer)
