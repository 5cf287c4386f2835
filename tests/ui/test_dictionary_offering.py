"""An entry deactivated or expired in Tools → Dictionaries is not offered in the participant form, but a
record that has it still shows it (issue 7, "Dictionaries are promised editable")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gdpr_people import full_draft

from coopdesk.domain.dictionaries import DictionaryKind
from coopdesk.domain.records import CategoryAssignment
from coopdesk.ui.dialogs.participant_dialog import ParticipantDialog


def _picker_ids(dialog) -> list:
    picker = dialog.ui.categoryPicker
    return [picker.itemData(i) for i in range(picker.count())]


def test_inactive_and_expired_entries_are_not_offered_but_still_shown(qtbot, coordinator):
    d = coordinator.dictionaries
    bezr, posz = d.entries(DictionaryKind.CATEGORIES)[:2]
    source = d.entries(DictionaryKind.RECRUITMENT_SOURCES)[0]
    person = coordinator.participants.create(replace(
        full_draft(coordinator), recruitment_source=source.name,
        categories=(CategoryAssignment(bezr.id, "Zaświadczenie PUP nr 1/2026", date(2026, 2, 1)),)))
    d.save_entry(replace(bezr, active=False))
    d.save_entry(replace(posz, valid_to=date(2025, 12, 31)))  # expired before 27.11.2026
    d.save_entry(replace(source, active=False))

    new = ParticipantDialog(coordinator, None)
    qtbot.addWidget(new)
    offered = _picker_ids(new)
    assert bezr.id not in offered and posz.id not in offered and offered
    sources = [new.ui.recruitmentSourceCombo.itemText(i) for i in range(new.ui.recruitmentSourceCombo.count())]
    assert source.name not in sources

    old = ParticipantDialog(coordinator, person.id)
    qtbot.addWidget(old)
    assert [a.category_id for a in old.ui.categoryTable.assignments()] == [bezr.id]
    assert old.ui.recruitmentSourceCombo.currentText() == source.name
