"""The participant form (issue 7): the project, the stable ID, and the tab order following the screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProxyStyle, QStyle, QStyleFactory, QWidget

from coopdesk.domain.enums import Citizenship, LabourStatus, Sex
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantDraft, ParticipantQuery
from coopdesk.ui.dialogs.participant_dialog import ParticipantDialog
from coopdesk.ui.widgets.choices import select_data
from tests.ui.form_helpers import PromptSpy, open_dialog, spy_on_prompts

MALE_PESEL = "44051401359"


@pytest.fixture(autouse=True)
def asked(monkeypatch) -> PromptSpy:
    return spy_on_prompts(monkeypatch, messages_into_questions=True)


def person(services, **values):
    base = {"first_name": "Jan", "last_name": "Kowalski", "pesel": MALE_PESEL}
    return services.participants.create(ParticipantDraft(**(base | values)))


# --- 1. the project --------------------------------------------------------------------------------
def test_project_picked_in_the_form_is_saved_and_sets_the_retention_date(qtbot, services):
    old = services.projects.create(ProjectDraft("OLD", "Stary projekt", date(2016, 1, 1), date(2018, 12, 31), 3))
    new = services.projects.create(ProjectDraft("OWES", "OWES Małopolska", date(2024, 1, 1), date(2027, 6, 30), 10))
    p = person(services)
    assert services.projects.retention_date(p.id) is None

    dlg = open_dialog(qtbot, services, p.id)
    combo = dlg.editor.ui.participationProject
    assert combo.itemText(0) == "\u2014 without project \u2014" and combo.currentData() is None
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "OWES \u2013 OWES Małopolska", "OLD \u2013 Stary projekt"]
    dlg.ui.tabs.setCurrentIndex(5)
    select_data(combo, new.id)
    dlg.save_button.click()
    assert dlg.result() == dlg.DialogCode.Accepted

    assert [x.project_id for x in services.participants.get(p.id).participations] == [new.id]
    again = open_dialog(qtbot, services, p.id)
    assert again.editor.ui.participationProject.currentData() == new.id
    assert again.ui.participationsList.item(0).text().startswith("OWES")

    select_data(again.editor.ui.participationProject, None)  # taken out of the project again
    again.save_button.click()
    assert [x.project_id for x in services.participants.get(p.id).participations] == [None]
    assert old.id != new.id


def test_new_participant_saved_with_a_project(qtbot, services):
    project = services.projects.create(ProjectDraft("P1", "Projekt", date(2024, 1, 1), date(2025, 12, 31), 5))
    dlg = open_dialog(qtbot, services)
    dlg.ui.firstNameEdit.setText("Jan")
    dlg.ui.lastNameEdit.setText("Kowalski")
    dlg.ui.peselEdit.setText(MALE_PESEL)
    select_data(dlg.editor.ui.participationProject, project.id)
    dlg.save_button.click()
    assert dlg.saved_id is not None
    assert [x.project_id for x in services.participants.get(dlg.saved_id).participations] == [project.id]


def test_service_refuses_an_unknown_project(services):
    from coopdesk.domain.errors import ValidationFailed
    from coopdesk.domain.records import ParticipationDraft

    with pytest.raises(ValidationFailed) as failed:
        person(services, participations=(ParticipationDraft(project_id=999),))
    assert [i.field for i in failed.value.issues] == ["participations.0.project_id"]


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
    1: ["terytEdit", "voivodeshipCombo", "powiatEdit", "gminaEdit", "townEdit", "streetEdit", "buildingNoEdit",
        "flatNoEdit", "postalCodeEdit"],
    2: ["disabilityCombo", "disabilityDegreeCombo", "disabilityKindCombo", "minorityCombo",
        "foreignBackgroundCombo", "homelessCombo"],
    4: ["recruitmentDateEdit", "recruitmentSourceCombo", "advisorCombo", "stageCombo"],
}


def test_tab_walks_the_form_top_to_bottom_left_to_right(qtbot, services):
    p = person(services, pesel="", birth_date=date(1980, 1, 1), sex=Sex.MALE, citizenship=Citizenship.EU)
    dlg = open_dialog(qtbot, services, p.id)  # without PESEL: birth date and sex are typed in, so in the walk
    dlg.resize(900, 600)
    for tab, expected in MAIN_FIELDS.items():
        walked = _walk(qtbot, dlg, tab)
        names = [w.objectName() for w in walked]
        expected = [n for n in expected if dlg.findChild(QWidget, n).isEnabled()]
        assert [n for n in names if n in expected] == expected, (tab, names)
        places = [_place(dlg, w) for w in walked]
        for (before, after), (a, b) in zip(zip(places, places[1:], strict=False),
                                           zip(names, names[1:], strict=False), strict=True):
            same_row = abs(before[0] - after[0]) <= 6
            assert (same_row and after[1] > before[1]) or (not same_row and after[0] > before[0]), (a, b)
        # from the last field on to Save, then Cancel (the buttons below the tabs)
        assert QApplication.focusWidget() is dlg.save_button


# --- 3. warnings and refusals at save --------------------------------------------------------------
def new_person(qtbot, services, born: date | None, esf: bool = True) -> ParticipantDialog:
    dlg = open_dialog(qtbot, services)
    dlg.ui.firstNameEdit.setText("Ola")
    dlg.ui.lastNameEdit.setText("Nowak")
    dlg.ui.noPeselCheck.setChecked(True)
    select_data(dlg.ui.citizenshipCombo, Citizenship.NON_EU)
    dlg.ui.birthDateEdit.setDate(born)
    select_data(dlg.ui.sexCombo, Sex.FEMALE)
    if esf:
        picker = dlg.editor.ui.schoolTypePicker
        picker.setCurrentIndex(picker.findData("PRIMARY_6"))
        select_data(dlg.editor.ui.labourStatusCombo, LabourStatus.INACTIVE)
    return dlg


def saved_count(services) -> int:
    return services.participants.count(ParticipantQuery())


def test_a_child_of_4_is_saved_only_after_confirming(qtbot, services, asked):
    dlg = new_person(qtbot, services, date(2022, 3, 1))
    asked.answers = [False]
    dlg.save_button.click()
    assert saved_count(services) == 0 and dlg.result() != dlg.DialogCode.Accepted
    assert "4 years old" in asked.questions[0] and "under 15" in asked.questions[0]
    assert "under 15 can be registered only when you confirm it" in dlg.issues.message("birth_date")

    asked.answers = [True, True]  # the age, then the remaining warning (a minor)
    dlg.save_button.click()
    assert saved_count(services) == 1 and dlg.result() == dlg.DialogCode.Accepted
    assert "adults (18 and over)" in asked.questions[-1]


def test_a_17_year_old_is_a_warning_the_user_accepts_or_not(qtbot, services, asked):
    dlg = new_person(qtbot, services, date(2009, 6, 1))
    asked.answers = [False]
    dlg.save_button.click()
    assert saved_count(services) == 0
    assert len(asked.questions) == 1 and "17 years old: the programme is for adults" in asked.questions[0]
    assert "adults" in dlg.issues.message("birth_date") and dlg.issues.severity("birth_date").value == "warning"
    assert dlg.isVisible()
    dlg.save_button.click()  # this time yes
    assert saved_count(services) == 1


def test_missing_education_and_labour_status_warn_at_save(qtbot, services, asked):
    dlg = new_person(qtbot, services, date(1980, 1, 1), esf=False)
    asked.answers = [False]
    dlg.save_button.click()
    assert saved_count(services) == 0
    question = asked.questions[0]
    assert "School completed: Enter the education level: ESF reporting needs it." in question
    assert "Labour-market status: Enter the labour-market status" in question
    assert "ESF" in dlg.issues.message("participation.school_type")
    assert "ESF" in dlg.issues.message("participation.labour_status")
    dlg.save_button.click()
    assert saved_count(services) == 1
    assert services.participants.get(dlg.saved_id).participations[0].education is None


def test_complete_adult_saves_without_a_question(qtbot, services, asked):
    dlg = new_person(qtbot, services, date(1980, 1, 1))
    dlg.save_button.click()
    assert saved_count(services) == 1 and asked.questions == []


def test_an_empty_pesel_asks_for_a_pesel_not_the_no_pesel_fields(qtbot, services, asked):
    dlg = open_dialog(qtbot, services)
    dlg.ui.firstNameEdit.setText("Jan")
    dlg.ui.lastNameEdit.setText("Kowalski")
    picker = dlg.editor.ui.schoolTypePicker
    picker.setCurrentIndex(picker.findData("LO_MATURA"))
    select_data(dlg.editor.ui.labourStatusCombo, LabourStatus.EMPLOYED)
    dlg.save_button.click()
    assert saved_count(services) == 0
    assert dlg.issues.message("pesel") == "Enter a PESEL or tick 'No PESEL'."
    assert "Without PESEL" not in dlg.ui.summaryLabel.text() + dlg.issues.message("pesel")
    assert not dlg.issues.message("birth_date") and not dlg.issues.message("sex")
    assert QApplication.focusWidget() is dlg.ui.peselEdit and asked.questions == []
    dlg.ui.noPeselCheck.setChecked(True)  # ticked: now the fields of a person without PESEL are asked for
    dlg.validate_live()
    assert "Without PESEL, the birth date is required." in dlg.issues.message("birth_date")
    assert "Enter a PESEL" not in dlg.issues.message("pesel")


class GnomeButtons(QProxyStyle):
    """The desktop's button order as on GNOME: Cancel to the left of Save."""

    def styleHint(self, hint, option=None, widget=None, return_data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonLayout:
            return QDialogButtonBox.ButtonLayout.GnomeLayout.value
        return super().styleHint(hint, option, widget, return_data)


@pytest.fixture
def gnome_style():
    app = QApplication.instance()
    before = app.style().name()
    app.setStyle(GnomeButtons(QStyleFactory.create(before)))
    yield
    app.setStyle(QStyleFactory.create(before))


def test_tab_reaches_the_buttons_in_the_order_they_are_shown(qtbot, services, gnome_style):
    dlg = open_dialog(qtbot, services)
    dlg._go_to_tab(6)  # the notes, the last field
    assert QApplication.focusWidget() is dlg.ui.notesEdit
    cancel, save = dlg.cancel_button, dlg.save_button
    assert cancel.mapTo(dlg, QPoint(0, 0)).x() < save.mapTo(dlg, QPoint(0, 0)).x()  # as GNOME lays them out
    qtbot.keyClick(dlg.ui.notesEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is cancel
    qtbot.keyClick(cancel, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is save


def test_problem_texts_are_shown_as_plain_text_never_as_markup(qtbot, services):
    """'...markup such as <b>.' must show the <b>, not turn the rest bold (and a stored name with markup,
    quoted in a duplicate message, must not be rendered as HTML)."""
    from PySide6.QtWidgets import QLabel

    dlg = open_dialog(qtbot, services)
    dlg.ui.firstNameEdit.setText("Jan")
    dlg.ui.lastNameEdit.setText("Kowalski<b>")
    dlg.ui.noPeselCheck.setChecked(True)
    dlg.save()
    label = dlg.issues.label("last_name")
    assert label is not None and label.isVisible() and "<b>" in label.text()
    shown = [w for w in dlg.findChildren(QLabel) if w.property("issue") and w.isVisible()]
    assert label in shown and len(shown) >= 2  # the field's message and the summary under the tabs
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in shown)
