"""The participant form: saving through the service, errors shown at their fields, keyboard use."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from coopdesk.domain.enums import Citizenship, LabourStatus, Sex, Stage
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipantQuery
from coopdesk.ui.dialogs.participant_dialog import FIELD_WIDGETS, LIVE_DELAY_MS
from coopdesk.ui.widgets.choices import select_data
from tests.ui.form_helpers import PromptSpy, open_dialog, spy_on_prompts

TODAY = date(2026, 11, 27)  # tests/conftest.py FIXED_TODAY
MALE_PESEL, MALE_BORN = "44051401359", date(1944, 5, 14)
FEMALE_PESEL, FEMALE_BORN = "02270803624", date(2002, 7, 8)


@pytest.fixture(autouse=True)
def spy(monkeypatch) -> PromptSpy:
    return spy_on_prompts(monkeypatch)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Go to the widget's tab, focus it and type (ASCII only: keyClicks aborts on other text)."""
    tabs = widget.window().ui.tabs
    for index in range(tabs.count()):
        if tabs.widget(index).isAncestorOf(widget):
            tabs.setCurrentIndex(index)
    widget.setFocus()
    assert QApplication.focusWidget() is widget
    qtbot.keyClicks(widget, text)


def pick_school(picker, code: str) -> None:
    picker.setCurrentIndex(picker.findData(code))


def fill_esf(dlg) -> None:
    """Education and labour-market status of the participation: without them a save asks to accept warnings."""
    pick_school(dlg.editor.ui.schoolTypePicker, "BRANZOWA_1")
    select_data(dlg.editor.ui.labourStatusCombo, LabourStatus.EMPLOYED)


def fill_person(qtbot, dlg, first="Jan", last="Kowalski", pesel=MALE_PESEL) -> None:
    type_into(qtbot, dlg.ui.firstNameEdit, first)
    type_into(qtbot, dlg.ui.lastNameEdit, last)
    type_into(qtbot, dlg.ui.peselEdit, pesel)
    fill_esf(dlg)


def count(services) -> int:
    return services.participants.count(ParticipantQuery())


def existing(services, **values):
    base = {"first_name": "Jan", "last_name": "Kowalski", "pesel": MALE_PESEL}
    return services.participants.create(ParticipantDraft(**(base | values)))


def test_object_names_exist(qtbot, services):
    dlg = open_dialog(qtbot, services)
    names = set(FIELD_WIDGETS.values()) | {
        "tabs", "noPeselCheck", "addCategoryButton", "removeCategoryButton", "stageHistoryList",
        "saveButton", "cancelButton", "summaryLabel", "participationsTab", "participationsList",
        "newParticipationButton", "participationProject", "schoolTypePicker", "supportsTable", "terytPicker",
    }
    missing = {n for n in names if dlg.findChild(QWidget, n) is None}
    assert not missing
    assert dlg.objectName() == "participantDialog"
    assert [dlg.ui.tabs.tabText(i) for i in range(dlg.ui.tabs.count())] == [
        "Personal data", "Address", "ESF status", "At-risk categories", "Pathway", "Participations", "Notes",
    ]
    assert dlg.ui.voivodeshipCombo.count() == 17 and not dlg.ui.voivodeshipCombo.isEditable()
    assert dlg.findChild(QPushButton, "saveButton").isDefault()
    # every field has a label with a mnemonic whose buddy is the field
    buddies = {lbl.buddy() for lbl in dlg.findChildren(QLabel) if lbl.buddy() and "&" in lbl.text()}
    assert set(dlg._widgets.values()) - buddies == set()
    assert dlg.windowTitle() == "New participant"


def test_new_person_is_saved(qtbot, services, advisor):
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg)
    assert dlg.ui.birthDateEdit.date() == MALE_BORN  # read from the PESEL as it is typed
    assert dlg.ui.sexCombo.currentData() == Sex.MALE.value
    type_into(qtbot, dlg.ui.emailEdit, "Jan@Example.org")
    type_into(qtbot, dlg.ui.postalCodeEdit, "00950")
    qtbot.keyClick(dlg.ui.postalCodeEdit, Qt.Key.Key_Tab)  # leaving the field completes the code
    assert dlg.ui.postalCodeEdit.text() == "00-950"
    select_data(dlg.ui.advisorCombo, advisor.id)
    dlg.ui.recruitmentSourceCombo.setEditText("Powiatowy urząd pracy")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    assert dlg.ui.summaryLabel.text() == ""
    assert dlg.result() == QDialog.DialogCode.Accepted
    saved = services.participants.get(dlg.saved_id)
    assert (saved.first_name, saved.last_name, saved.pesel) == ("Jan", "Kowalski", MALE_PESEL)
    assert (saved.birth_date, saved.sex, saved.email) == (MALE_BORN, Sex.MALE, "jan@example.org")
    assert saved.postal_code == "00-950"
    assert saved.advisor_id == advisor.id and saved.recruitment_source == "Powiatowy urząd pracy"
    assert saved.recruitment_date == TODAY  # default for a new person
    assert [(h.stage, h.changed_on) for h in saved.stage_history] == [(Stage.RECRUITED, TODAY)]


def test_bad_pesel_is_shown_at_the_field_while_typing_and_refused(qtbot, services):
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg, pesel="44051401358")  # wrong check digit
    assert "check digit" in dlg.issues.message("pesel")  # live, before any Save
    assert dlg.ui.peselEdit.property("issue") == "error"
    assert dlg.ui.birthDateEdit.date() is None

    dlg.ui.tabs.setCurrentIndex(4)
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.saved_id is None
    assert count(services) == 0
    label = dlg.findChild(QLabel, "peselEditIssue")
    assert label is not None and label.isVisible() and "check digit" in label.text()
    assert dlg.ui.tabs.currentIndex() == 0 and QApplication.focusWidget() is dlg.ui.peselEdit
    assert "PESEL" in dlg.ui.summaryLabel.text() and dlg.ui.summaryLabel.isVisible()
    assert dlg.ui.tabs.tabBar().tabTextColor(0).name() == "#b71c1c"  # the tab holding the error
    assert not dlg.ui.tabs.tabBar().tabTextColor(1).isValid()


def test_missing_first_name_is_refused(qtbot, services):
    dlg = open_dialog(qtbot, services)
    type_into(qtbot, dlg.ui.lastNameEdit, "Kowalski")
    type_into(qtbot, dlg.ui.peselEdit, MALE_PESEL)
    fill_esf(dlg)
    assert dlg.issues.message("first_name") == ""  # untouched fields are not nagged about
    dlg.ui.tabs.setCurrentIndex(2)
    dlg.save()
    assert count(services) == 0
    assert dlg.issues.message("first_name") == "This field is required."
    assert QApplication.focusWidget() is dlg.ui.firstNameEdit
    # fixing it clears the message as the user types, then saving works
    type_into(qtbot, dlg.ui.firstNameEdit, "Jan")
    dlg.validate_live()
    assert dlg.issues.message("first_name") == "" and not dlg.ui.summaryLabel.isVisible()
    dlg.save()
    assert count(services) == 1


def test_duplicate_pesel_is_refused_naming_the_person(qtbot, services):
    existing(services, first_name="Piotr", last_name="Zielinski")
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg, first="Adam", last="Nowak")
    dlg.save()
    assert count(services) == 1 and dlg.saved_id is None
    message = dlg.issues.message("pesel")
    assert "already registered" in message and "Piotr Zielinski" in message and "14.05.1944" in message


@pytest.mark.parametrize("answer", [False, True])
def test_same_name_and_birth_date_asks(qtbot, services, spy, answer):
    existing(services, pesel="", birth_date=MALE_BORN, sex=Sex.MALE, citizenship=Citizenship.EU)
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg)  # same name, PESEL gives the same birth date
    spy.confirm_answer = answer
    dlg.save()
    assert len(spy.questions) == 1
    assert "same name and birth date" in spy.questions[0] and "Jan Kowalski" in spy.questions[0]
    assert count(services) == (2 if answer else 1)
    assert (dlg.result() == QDialog.DialogCode.Accepted) is answer


def test_editing_keeps_uuid_and_records_stage_change(qtbot, services):
    person = existing(services, stage_date=date(2026, 10, 1))
    dlg = open_dialog(qtbot, services, person.id)
    assert dlg.windowTitle() == "Participant: Jan Kowalski"
    assert dlg.ui.peselEdit.text() == MALE_PESEL and not dlg.ui.noPeselCheck.isChecked()
    assert dlg.ui.stageDateEdit.date() == date(2026, 10, 1) and not dlg.ui.stageDateEdit.isEnabled()
    assert dlg.ui.stageHistoryList.count() == 1 and "01.10.2026" in dlg.ui.stageHistoryList.item(0).text()

    dlg.ui.stageCombo.setFocus()
    qtbot.keyClick(dlg.ui.stageCombo, Qt.Key.Key_Down)  # Recruited -> Diagnosed
    assert dlg.ui.stageCombo.currentData() == Stage.DIAGNOSED.value
    assert dlg.ui.stageDateEdit.date() == TODAY and dlg.ui.stageDateEdit.isEnabled()
    dlg.ui.townEdit.setText("Radom")
    dlg.save()

    saved = services.participants.get(person.id)
    assert saved.uuid == person.uuid and saved.town == "Radom"
    assert [(h.stage, h.changed_on) for h in saved.stage_history] == [
        (Stage.RECRUITED, date(2026, 10, 1)), (Stage.DIAGNOSED, TODAY),
    ]


def test_stage_back_to_the_stored_one_restores_its_date(qtbot, services):
    person = existing(services, stage_date=date(2026, 10, 1))
    dlg = open_dialog(qtbot, services, person.id)
    select_data(dlg.ui.stageCombo, Stage.IN_TRAINING)
    select_data(dlg.ui.stageCombo, Stage.RECRUITED)
    assert dlg.ui.stageDateEdit.date() == date(2026, 10, 1) and not dlg.ui.stageDateEdit.isEnabled()
    dlg.save()
    assert len(services.participants.get(person.id).stage_history) == 1


def test_escape_cancels(qtbot, services, spy):
    dlg = open_dialog(qtbot, services)
    qtbot.keyClick(dlg.ui.firstNameEdit, Qt.Key.Key_Escape)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.isVisible()
    assert spy.questions == [] and count(services) == 0


def test_escape_after_typing_asks_before_discarding(qtbot, services, spy):
    dlg = open_dialog(qtbot, services)
    type_into(qtbot, dlg.ui.firstNameEdit, "Jan")
    spy.confirm_answer = False
    qtbot.keyClick(dlg.ui.firstNameEdit, Qt.Key.Key_Escape)
    assert dlg.isVisible() and len(spy.questions) == 1
    spy.confirm_answer = True
    qtbot.keyClick(dlg.ui.firstNameEdit, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and count(services) == 0


def test_enter_saves(qtbot, services):
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg)
    qtbot.keyClick(dlg.ui.peselEdit, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted and count(services) == 1


def test_person_without_pesel_needs_birth_date_and_sex(qtbot, services):
    dlg = open_dialog(qtbot, services)
    type_into(qtbot, dlg.ui.firstNameEdit, "Olena")
    type_into(qtbot, dlg.ui.lastNameEdit, "Shevchenko")
    assert not dlg.ui.birthDateEdit.isEnabled() and not dlg.ui.sexCombo.isEnabled()
    qtbot.mouseClick(dlg.ui.noPeselCheck, Qt.MouseButton.LeftButton)
    assert dlg.ui.birthDateEdit.isEnabled() and dlg.ui.sexCombo.isEnabled()
    assert not dlg.ui.peselEdit.isEnabled() and dlg.ui.birthDateLabel.property("required")
    dlg.save()
    assert count(services) == 0
    assert "birth date is required" in dlg.issues.message("birth_date")
    assert "sex is required" in dlg.issues.message("sex")
    assert QApplication.focusWidget() is dlg.ui.birthDateEdit

    type_into(qtbot, dlg.ui.birthDateEdit, "1.3.1990")
    qtbot.keyClick(dlg.ui.birthDateEdit, Qt.Key.Key_Tab)
    assert dlg.ui.birthDateEdit.text() == "01.03.1990"
    select_data(dlg.ui.sexCombo, Sex.FEMALE)
    select_data(dlg.ui.citizenshipCombo, Citizenship.NON_EU)
    dlg.save()
    saved = services.participants.get(dlg.saved_id)
    assert (saved.pesel, saved.birth_date, saved.sex) == ("", date(1990, 3, 1), Sex.FEMALE)
    assert saved.citizenship is Citizenship.NON_EU
    again = open_dialog(qtbot, services, saved.id)
    assert again.ui.noPeselCheck.isChecked() and again.ui.birthDateEdit.isEnabled()
    assert again.ui.birthDateEdit.date() == date(1990, 3, 1) and again.ui.sexCombo.currentData() == "K"


def test_warning_is_shown_but_does_not_block(qtbot, services):
    dlg = open_dialog(qtbot, services)
    type_into(qtbot, dlg.ui.firstNameEdit, "Jan")
    dlg.ui.noPeselCheck.setChecked(True)  # a Polish citizen without PESEL: a warning
    dlg.validate_live()
    assert dlg.issues.severity("pesel").value == "warning"
    assert dlg.issues.message("birth_date") == ""  # not edited yet: no nagging
    type_into(qtbot, dlg.ui.lastNameEdit, "Kowalski")
    dlg.ui.birthDateEdit.setDate(date(1980, 1, 2))
    select_data(dlg.ui.sexCombo, Sex.MALE)
    dlg.validate_live()
    assert "normally has a PESEL" in dlg.issues.message("pesel")
    assert dlg.ui.summaryLabel.property("issue") == "warning"
    dlg.save()
    assert count(services) == 1


def test_a_date_that_is_not_a_date_stops_the_save(qtbot, services):
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg)
    dlg.editor.ui.exitDateEdit.setText("31.02.2026")
    dlg.save()
    assert count(services) == 0
    assert "dd.mm.yyyy" in dlg.issues.message("participation.exit_date")
    assert dlg.ui.tabs.currentIndex() == 5 and QApplication.focusWidget() is dlg.editor.ui.exitDateEdit


def test_categories_with_proof_are_saved_and_loaded_back(qtbot, services):
    categories = services.dictionaries.categories()
    first, second = categories[0], categories[2]
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg)
    dlg.ui.tabs.setCurrentIndex(3)
    table = dlg.ui.categoryTable
    select_data(dlg.ui.categoryPicker, first.id)
    qtbot.mouseClick(dlg.ui.addCategoryButton, Qt.MouseButton.LeftButton)
    # the proof document editor opens at once, showing the category's proof hint
    editor = QApplication.focusWidget()
    assert editor.placeholderText() == first.proof_hint
    qtbot.keyClicks(editor, "PUP 12/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the proof date
    qtbot.keyClicks(QApplication.focusWidget(), "01102026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    table.add_category(second.id)
    table.add_category(first.id)  # already listed: no second row
    assert table.rowCount() == 2
    dlg.save()

    saved = services.participants.get(dlg.saved_id)
    assert [(c.category_id, c.proof_document, c.proof_date) for c in saved.categories] == [
        (first.id, "PUP 12/2026", date(2026, 10, 1)), (second.id, "", None),
    ]
    again = open_dialog(qtbot, services, saved.id)
    assert again.ui.categoryTable.assignments() == (
        CategoryAssignment(first.id, "PUP 12/2026", date(2026, 10, 1)), CategoryAssignment(second.id, "", None),
    )
    assert first.proof_hint in again.ui.categoryTable.item(0, 0).toolTip()
    again.ui.categoryTable.setCurrentCell(1, 0)
    qtbot.mouseClick(again.ui.removeCategoryButton, Qt.MouseButton.LeftButton)
    again.save()
    assert [c.category_id for c in services.participants.get(saved.id).categories] == [first.id]


def test_proof_dated_in_the_future_is_shown_at_the_table(qtbot, services):
    category = services.dictionaries.categories()[0]
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg)
    dlg.ui.categoryTable.set_assignments((CategoryAssignment(category.id, "x", date(2027, 1, 1)),))
    dlg.save()
    assert count(services) == 0
    assert "future" in dlg.issues.message("categories") and dlg.ui.tabs.currentIndex() == 3


def test_keyboard_tabs_and_dates(qtbot, services):
    dlg = open_dialog(qtbot, services)
    qtbot.keyClick(dlg.ui.firstNameEdit, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert dlg.ui.tabs.currentIndex() == 4 and QApplication.focusWidget() is dlg.ui.recruitmentDateEdit
    field = dlg.editor.ui.exitDateEdit
    type_into(qtbot, field, "02012026")
    qtbot.keyClick(field, Qt.Key.Key_Up)  # a day later
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "03.01.2026" and field.date() == date(2026, 1, 3)
    field.clear()  # an optional date is removed by clearing it
    assert field.date() is None and field.has_valid_input()


def test_a_full_disk_is_told_and_the_form_stays_open_with_its_data(qtbot, tmp_path, spy):
    """Issue 6 point 6: 'database or disk is full' while saving is a message, not an uncaught error; the
    form keeps what was typed, and saves once there is room again (a real tiny tmpfs, root only)."""
    import sqlite3

    from storage_mounts import fill, tmpfs

    from coopdesk.services.app_services import database_path, open_services
    from coopdesk.services.context import SYSTEM_ACTOR, Context

    with tmpfs(tmp_path / "disk", "3m") as disk:
        services = open_services(disk / "data", Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
        try:
            dlg = open_dialog(qtbot, services)
            fill_person(qtbot, dlg)
            with sqlite3.connect(database_path(disk / "data")) as conn:  # no free WAL pages left to reuse
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            filler = fill(disk)
            dlg.save()
            assert len(spy.messages) == 1
            assert "disk is full" in spy.messages[0] and str(disk / "data") in spy.messages[0]
            assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
            assert (dlg.ui.firstNameEdit.text(), dlg.ui.peselEdit.text()) == ("Jan", MALE_PESEL)
            filler.unlink()
            assert count(services) == 0
            dlg.save()
            assert dlg.result() == QDialog.DialogCode.Accepted and count(services) == 1
        finally:
            qtbot.wait(LIVE_DELAY_MS * 2)  # the form's pending live check runs while the database is open
            services.close()


# --- issue 7: Ctrl+S saves the form ------------------------------------------------------------

def test_ctrl_s_saves_from_any_field_and_tab(qtbot, services):
    dlg = open_dialog(qtbot, services)
    fill_person(qtbot, dlg)
    qtbot.keyClick(dlg.ui.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # another tab, its first field
    assert dlg.ui.tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dlg.result() == QDialog.DialogCode.Accepted and not dlg.isVisible()
    assert count(services) == 1 and dlg.saved_id is not None
    assert services.participants.get(dlg.saved_id).last_name == "Kowalski"


def test_ctrl_s_validates_like_the_save_button(qtbot, services):
    dlg = open_dialog(qtbot, services)
    type_into(qtbot, dlg.ui.lastNameEdit, "Kowalski")
    type_into(qtbot, dlg.ui.peselEdit, MALE_PESEL)
    qtbot.keyClick(dlg.ui.peselEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted and count(services) == 0
    assert dlg.issues.message("first_name") == "This field is required."
    assert QApplication.focusWidget() is dlg.ui.firstNameEdit
    qtbot.keyClicks(dlg.ui.firstNameEdit, "Jan")
    qtbot.keyClick(dlg.ui.firstNameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dlg.result() == QDialog.DialogCode.Accepted and count(services) == 1


def test_ctrl_s_is_named_on_the_save_button(qtbot, services):
    dlg = open_dialog(qtbot, services)
    assert "Ctrl+S" in dlg.save_button.toolTip()
