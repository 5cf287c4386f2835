"""The participant form (issue 7): the project, the stable ID, and the tab order following the screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.enums import Citizenship, Sex
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantDraft
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.participant_dialog import ParticipantDialog
from coopdesk.ui.widgets.choices import select_data

MALE_PESEL = "44051401359"


@pytest.fixture(autouse=True)
def no_prompts(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: asked.append(text) or True)
    for name in ("error", "warning", "info"):
        monkeypatch.setattr(prompts, name, lambda _p, _t, text: asked.append(text))
    return asked


def open_dialog(qtbot, services, participant_id=None) -> ParticipantDialog:
    dlg = ParticipantDialog(services, participant_id)
    qtbot.addWidget(dlg)
    with qtbot.waitActive(dlg):
        dlg.show()
        dlg.activateWindow()
    return dlg


def person(services, **values):
    base = {"first_name": "Jan", "last_name": "Kowalski", "pesel": MALE_PESEL,
            "education": None, "labour_status": None}
    return services.participants.create(ParticipantDraft(**(base | values)))


# --- 1. the project --------------------------------------------------------------------------------
def test_project_picked_in_the_form_is_saved_and_sets_the_retention_date(qtbot, services):
    old = services.projects.create(ProjectDraft("OLD", "Stary projekt", date(2016, 1, 1), date(2018, 12, 31), 3))
    new = services.projects.create(ProjectDraft("OWES", "OWES Małopolska", date(2024, 1, 1), date(2027, 6, 30), 10))
    p = person(services)
    assert services.projects.retention_date(p.id) is None

    dlg = open_dialog(qtbot, services, p.id)
    combo = dlg.ui.projectCombo
    assert combo.itemText(0) == "\u2014 no project \u2014" and combo.currentData() is None
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "OWES \u2013 OWES Małopolska", "OLD \u2013 Stary projekt"]
    dlg.ui.tabs.setCurrentIndex(4)
    select_data(combo, new.id)
    dlg.save_button.click()
    assert dlg.result() == dlg.DialogCode.Accepted

    assert services.participants.get(p.id).project_id == new.id
    assert services.projects.retention_date(p.id) == date(2037, 12, 31)  # 2027 + 10 years, 31 December
    again = open_dialog(qtbot, services, p.id)
    assert again.ui.projectCombo.currentData() == new.id

    select_data(again.ui.projectCombo, None)  # taken out of the project again
    again.save_button.click()
    assert services.participants.get(p.id).project_id is None
    assert services.projects.retention_date(p.id) is None
    assert old.id != new.id


def test_new_participant_saved_with_a_project(qtbot, services):
    project = services.projects.create(ProjectDraft("P1", "Projekt", date(2024, 1, 1), date(2025, 12, 31), 5))
    dlg = open_dialog(qtbot, services)
    dlg.ui.firstNameEdit.setText("Jan")
    dlg.ui.lastNameEdit.setText("Kowalski")
    dlg.ui.peselEdit.setText(MALE_PESEL)
    select_data(dlg.ui.projectCombo, project.id)
    dlg.save_button.click()
    assert dlg.saved_id is not None
    assert services.participants.get(dlg.saved_id).project_id == project.id
    assert services.projects.retention_date(dlg.saved_id) == date(2030, 12, 31)


def test_service_refuses_an_unknown_project(services):
    from coopdesk.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as failed:
        person(services, project_id=999)
    assert [i.field for i in failed.value.issues] == ["project_id"]


# --- 2. the stable ID ------------------------------------------------------------------------------
def test_stable_id_is_shown_read_only_and_copied(qtbot, services):
    p = person(services)
    dlg = open_dialog(qtbot, services, p.id)
    edit = dlg.ui.stableIdEdit
    assert edit.text() == p.uuid and len(p.uuid) >= 32
    assert edit.isReadOnly() and edit.isEnabled() and edit.focusPolicy() & Qt.FocusPolicy.TabFocus
    QApplication.clipboard().setText("")
    qtbot.mouseClick(dlg.ui.copyIdButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == p.uuid
    edit.setFocus()  # selectable too: Ctrl+A, Ctrl+C in the field
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert edit.selectedText() == p.uuid
    qtbot.keyClicks(edit, "x")
    assert edit.text() == p.uuid  # not editable


def test_new_participant_has_no_stable_id_yet(qtbot, services):
    dlg = open_dialog(qtbot, services)
    assert dlg.ui.stableIdEdit.text() == "" and not dlg.ui.copyIdButton.isEnabled()
    assert dlg.ui.stableIdEdit.placeholderText()


# --- 4. tab order ----------------------------------------------------------------------------------
def _walk(qtbot, dlg, tab: int) -> list[QWidget]:
    """The widgets Tab visits on ``tab``, from its first field up to the dialog's buttons."""
    dlg._go_to_tab(tab)
    page = dlg.ui.tabs.widget(tab)
    seen: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if not page.isAncestorOf(widget):
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def _place(dlg, widget: QWidget) -> tuple[int, int]:
    at = widget.mapTo(dlg, QPoint(0, 0))
    return at.y() + widget.height() // 2, at.x()


PERSONAL = ["firstNameEdit", "lastNameEdit", "peselEdit", "noPeselCheck", "birthDateEdit", "sexCombo",
            "citizenshipCombo", "phoneEdit", "emailEdit", "stableIdEdit", "copyIdButton"]
MAIN_FIELDS = {
    0: PERSONAL,
    1: ["voivodeshipCombo", "powiatEdit", "gminaEdit", "townEdit", "streetEdit", "buildingNoEdit", "flatNoEdit",
        "postalCodeEdit", "degurbaCombo"],
    2: ["educationCombo", "labourStatusCombo", "labourDetailCombo", "disabilityCombo", "minorityCombo",
        "foreignBackgroundCombo", "homelessCombo"],
    4: ["recruitmentDateEdit", "recruitmentSourceCombo", "advisorCombo", "projectCombo", "projectStartEdit",
        "projectEndEdit", "stageCombo"],
}


def test_tab_walks_the_form_top_to_bottom_left_to_right(qtbot, services):
    p = person(services, pesel="", birth_date=date(1980, 1, 1), sex=Sex.MALE, citizenship=Citizenship.EU)
    dlg = open_dialog(qtbot, services, p.id)  # without PESEL: birth date and sex are typed in, so in the walk
    dlg.resize(900, 600)
    for tab, expected in MAIN_FIELDS.items():
        walked = _walk(qtbot, dlg, tab)
        names = [w.objectName() for w in walked]
        expected = [n for n in expected if getattr(dlg.ui, n).isEnabled()]
        assert [n for n in names if n in expected] == expected, (tab, names)
        places = [_place(dlg, w) for w in walked]
        for (before, after), (a, b) in zip(zip(places, places[1:], strict=False),
                                           zip(names, names[1:], strict=False), strict=True):
            same_row = abs(before[0] - after[0]) <= 6
            assert (same_row and after[1] > before[1]) or (not same_row and after[0] > before[0]), (a, b)
        # from the last field on to Save, then Cancel (the buttons below the tabs)
        assert QApplication.focusWidget() is dlg.save_button
