"""Tools → Dictionaries (issue 7): entries with dates and legal basis; in use → deactivated, never deleted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from gdpr_people import full_draft

from coopdesk.domain.dictionaries import DictionaryKind
from coopdesk.domain.records import CategoryAssignment
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.dictionaries_dialog import NAME, STATE, DictionariesDialog


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("error", "warning", "info"):
        monkeypatch.setattr(prompts, kind, lambda parent, title, text, kind=kind: shown.append((kind, text)))
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: True)
    return shown


def make(qtbot, services):
    dialog = DictionariesDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def row_of(dialog, name: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == name)


def test_a_category_with_dates_and_legal_basis_is_added(qtbot, coordinator, messages):
    dialog = make(qtbot, coordinator)
    assert dialog.kind() is DictionaryKind.CATEGORIES and dialog.table.rowCount() == len(
        coordinator.dictionaries.entries(DictionaryKind.CATEGORIES))
    dialog.new_entry()
    dialog.code_edit.setText("piecza")
    dialog.name_edit.setText("Osoba opuszczająca pieczę zastępczą")
    dialog.proof_edit.setText("Zaświadczenie PCPR")
    dialog.from_edit.setText("01.01.2027")
    dialog.basis_edit.setPlainText("Ustawa z 2025 r. (przykład)")
    assert dialog.save_entry() is True, messages
    saved = next(e for e in coordinator.dictionaries.entries(DictionaryKind.CATEGORIES) if e.code == "PIECZA")
    assert (saved.valid_from, saved.legal_basis, saved.active) == (date(2027, 1, 1), "Ustawa z 2025 r. (przykład)", True)
    row = row_of(dialog, "Osoba opuszczająca pieczę zastępczą")
    assert dialog.table.item(row, STATE).text() == "Not yet in force"
    assert "PIECZA" not in {c.code for c in coordinator.dictionaries.categories()}  # not offered before 2027


def test_problems_are_shown_at_the_fields(qtbot, coordinator, messages):
    dialog = make(qtbot, coordinator)
    dialog.new_entry()
    dialog.code_edit.setText("BEZR")
    dialog.from_edit.setText("01.01.2026")
    dialog.to_edit.setText("01.01.2025")
    assert dialog.save_entry() is False
    assert dialog.issues.message("name") == "Enter the name."
    assert dialog.issues.message("valid_to") == "The entry ends before it starts."
    dialog.to_edit.setText("31.02.2026")
    assert dialog.save_entry() is False and dialog.issues.message("valid_to") == "Type the date as dd.mm.yyyy."


def test_an_entry_in_use_can_only_be_deactivated(qtbot, coordinator, messages):
    source = coordinator.dictionaries.entries(DictionaryKind.RECRUITMENT_SOURCES)[0]
    category = coordinator.dictionaries.entries(DictionaryKind.CATEGORIES)[0]
    coordinator.participants.create(replace(full_draft(coordinator), recruitment_source=source.name, categories=(
        CategoryAssignment(category.id, "Zaświadczenie", date(2026, 2, 1)),)))
    dialog = make(qtbot, coordinator)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DictionaryKind.RECRUITMENT_SOURCES))
    assert dialog.table.isColumnHidden(0) and not dialog.code_edit.isVisibleTo(dialog)
    dialog.table.selectRow(row_of(dialog, source.name))
    assert not dialog.delete_button.isEnabled() and "deactivate" in dialog.delete_button.toolTip()
    assert dialog.name_edit.isReadOnly()  # participants hold the text
    dialog.active_check.setChecked(False)
    assert dialog.save_entry() is True, messages
    assert dialog.table.item(row_of(dialog, source.name), STATE).text() == "Inactive"
    assert source.name not in coordinator.dictionaries.recruitment_sources()
    # an unused entry can be deleted
    dialog.new_entry()
    dialog.name_edit.setText("Ulotka w przychodni")
    assert dialog.save_entry() is True
    assert dialog.delete_button.isEnabled()
    assert dialog.delete_entry() is True
    assert "Ulotka w przychodni" not in [e.name for e in coordinator.dictionaries.entries(DictionaryKind.RECRUITMENT_SOURCES)]
