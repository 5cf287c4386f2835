"""The participant form's participations (issue 8): one person in several projects, each participation
edited on its own; issues at the participation's field; the person's special fields; category validity."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from coopdesk.domain.enums import (
    Answer,
    ContractForm,
    Degurba,
    DisabilityDegree,
    ExitReason,
    ExitSituation,
    Isced,
    LabourStatus,
    ParticipantType,
    Role,
    SupportForm,
)
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipationDraft, SupportEntry
from coopdesk.ui.widgets.choices import select_data
from tests.conftest import as_user
from tests.ui.form_helpers import PromptSpy, open_dialog, spy_on_prompts

MALE_PESEL = "44051401359"
TODAY = date(2026, 11, 27)
TAB = 5  # Participations


@pytest.fixture(autouse=True)
def asked(monkeypatch) -> PromptSpy:
    return spy_on_prompts(monkeypatch, messages_into_questions=True)


@pytest.fixture
def projects(services):
    first = services.projects.create(ProjectDraft("OWES-A", "OWES pierwszy", date(2023, 1, 1), date(2025, 12, 31), 5))
    second = services.projects.create(ProjectDraft("OWES-B", "OWES drugi", date(2026, 1, 1), date(2028, 12, 31), 5))
    return first, second


def returning_person(services, projects):
    """In project A (left in 2025, with employment afterwards), now in project B."""
    first, second = projects
    a = ParticipationDraft(
        project_id=first.id, labour_status=LabourStatus.UNEMPLOYED_UNREGISTERED, school_type="GIMNAZJUM",
        supports=(SupportEntry(SupportForm.TRAINING, date(2025, 2, 1), date(2025, 5, 31)),),
        exit_date=date(2025, 6, 30), exit_reason=ExitReason.COMPLETED, completed_path=Answer.YES,
        exit_situation=ExitSituation.EMPLOYED, employment_start=date(2025, 7, 1),
        employment_contract=ContractForm.COOPERATIVE_CONTRACT, employment_fte=0.5, employment_months=6,
        employment_proof="umowa 7/2025", employment_checked_on=date(2025, 8, 1),
    )
    b = ParticipationDraft(project_id=second.id, labour_status=LabourStatus.EMPLOYED, school_type="GIMNAZJUM",
                           supports=(SupportEntry(SupportForm.ADVICE, date(2026, 3, 2)),))
    return services.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel=MALE_PESEL, participations=(a, b)))


def list_texts(dlg) -> list[str]:
    lst = dlg.ui.participationsList
    return [lst.item(i).text() for i in range(lst.count())]


def test_a_new_person_starts_with_one_participation(qtbot, services, projects):
    dlg = open_dialog(qtbot, services)
    assert list_texts(dlg) == ["(without project): from \u2026"]
    assert dlg.ui.participationsList.currentRow() == 0
    ed = dlg.editor.ui
    assert ed.participationProject.currentData() is None and ed.startDateEdit.isReadOnly()
    assert not ed.institutionNameEdit.isEnabled()  # an individual
    select_data(ed.participantTypeCombo, ParticipantType.INSTITUTION)
    assert ed.institutionNameEdit.isEnabled() and ed.institutionNipEdit.isEnabled()


def test_two_participations_edit_the_second_the_first_stays(qtbot, services, projects):
    person = returning_person(services, projects)
    before = services.participants.get(person.id).participations
    dlg = open_dialog(qtbot, services, person.id)
    assert list_texts(dlg) == ["OWES-A: 01.02.2025 \u2013 left 30.06.2025", "OWES-B: from 02.03.2026"]
    assert dlg.ui.participationsList.currentRow() == 1  # the current (open) one is shown
    ed = dlg.editor.ui
    assert ed.participationProject.currentData() == projects[1].id and ed.startDateEdit.text() == "02.03.2026"

    dlg.select_participation(0)  # the first one is shown as stored, then back to the second
    assert ed.exitDateEdit.date() == date(2025, 6, 30) and ed.employmentFteEdit.text() == "0.5"
    assert ed.employmentContractCombo.currentData() == ContractForm.COOPERATIVE_CONTRACT.value
    dlg.select_participation(1)
    select_data(ed.labourStatusCombo, LabourStatus.INACTIVE)
    ed.supportsTable.setFocus()
    qtbot.mouseClick(ed.addSupportButton, Qt.MouseButton.LeftButton)  # a second support, from today
    QApplication.focusWidget().clearFocus()
    dlg.save_button.click()
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.ui.summaryLabel.text()

    after = services.participants.get(person.id).participations
    assert after[0] == before[0]  # the first participation is untouched
    assert after[1].labour_status is LabourStatus.INACTIVE
    assert [(s.form, s.start_date) for s in after[1].supports] == [
        (SupportForm.ADVICE, date(2026, 3, 2)), (SupportForm.ADVICE, TODAY)]
    assert after[1].start_date == date(2026, 3, 2) and after[1].id == before[1].id


def test_new_participation_for_a_returning_person(qtbot, services, projects):
    first, second = projects
    person = services.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel=MALE_PESEL,
        participations=(ParticipationDraft(project_id=first.id, labour_status=LabourStatus.EMPLOYED,
                                           school_type="GIMNAZJUM",
                                           supports=(SupportEntry(SupportForm.ADVICE, date(2025, 1, 10)),),
                                           exit_date=date(2025, 3, 1), completed_path=Answer.YES,
                                           exit_situation=ExitSituation.NONE),)))
    dlg = open_dialog(qtbot, services, person.id)
    assert not dlg.findChildren(type(dlg.ui.newParticipationButton), "removeParticipationButton")
    qtbot.mouseClick(dlg.ui.newParticipationButton, Qt.MouseButton.LeftButton)
    ed = dlg.editor.ui
    assert dlg.ui.tabs.currentIndex() == TAB and QApplication.focusWidget() is ed.participationProject
    assert dlg.ui.participationsList.currentRow() == 1 and ed.exitDateEdit.date() is None
    select_data(ed.participationProject, second.id)
    assert list_texts(dlg)[1] == "OWES-B: from \u2026"  # the list follows the project picked
    ed.schoolTypePicker.setCurrentIndex(ed.schoolTypePicker.findData("LO_MATURA"))
    select_data(ed.labourStatusCombo, LabourStatus.UNEMPLOYED_UNREGISTERED)
    dlg.save_button.click()
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.ui.summaryLabel.text()

    saved = services.participants.get(person.id).participations
    assert [(p.project_id, p.exit_date) for p in saved] == [(first.id, date(2025, 3, 1)), (second.id, None)]
    assert saved[1].school_type == "LO_MATURA" and saved[1].education is Isced.ISCED3
    assert saved[0].labour_status is LabourStatus.EMPLOYED  # the earlier one keeps its data


def test_an_issue_of_another_participation_is_shown_at_its_field(qtbot, services, projects):
    person = returning_person(services, projects)
    dlg = open_dialog(qtbot, services, person.id)
    dlg.select_participation(0)
    dlg.editor.ui.exitDateEdit.setDate(date(2025, 1, 15))  # before its first support (1 February)
    dlg.select_participation(1)  # the user goes on with the current one
    assert dlg.editor.ui.exitDateEdit.date() is None
    dlg.save_button.click()

    assert dlg.result() != dlg.DialogCode.Accepted
    assert dlg.ui.participationsList.currentRow() == 0  # the participation with the error is selected
    assert dlg.editor.ui.exitDateEdit.date() == date(2025, 1, 15)
    message = dlg.issues.message("participation.exit_date")
    assert "exit date is before the start date" in message
    label = dlg.findChild(QLabel, "exitDateEditIssue")
    assert label is not None and label.isVisible() and QApplication.focusWidget() is dlg.editor.ui.exitDateEdit
    assert dlg.ui.tabs.currentIndex() == TAB and "Exit date" in dlg.ui.summaryLabel.text()
    assert services.participants.get(person.id).participations[0].exit_date == date(2025, 6, 30)


def test_the_issue_named_participations_1_exit_date_goes_to_that_field(qtbot, services, projects):
    """A problem reported as "participations.1.exit_date" while the first one is shown: told at the list
    with the participation's name, and at the exit date once the second is selected."""
    from coopdesk.domain.errors import Severity

    person = returning_person(services, projects)
    dlg = open_dialog(qtbot, services, person.id)
    dlg.select_participation(0)
    dlg._show([("participations.1.exit_date", Severity.ERROR, "Wrong exit date.")])
    assert dlg.issues.message("participations") == "OWES-B: from 02.03.2026: Wrong exit date."
    dlg._show([("participations.1.exit_date", Severity.ERROR, "Wrong exit date.")], focus=True, after_save=True)
    assert dlg.ui.participationsList.currentRow() == 1
    assert dlg.issues.message("participation.exit_date") == "Wrong exit date."
    assert dlg.issues.message("participations") == ""


def test_labour_status_warning_as_the_user_types(qtbot, services):
    """A 'registered unemployed' category with a status that is not: a warning at the status field."""
    bezr = next(c for c in services.dictionaries.categories() if c.code == "BEZR")
    dlg = open_dialog(qtbot, services)
    dlg.ui.categoryTable.add_category(bezr.id)
    ed = dlg.editor.ui
    select_data(ed.labourStatusCombo, LabourStatus.EMPLOYED)
    qtbot.waitUntil(lambda: "participation.labour_status" in dlg.issues._shown, timeout=2000)
    assert dlg.issues.severity("participation.labour_status") is not None
    assert dlg.issues.severity("participation.labour_status").value == "warning"
    assert dlg.ui.summaryLabel.property("issue") == "warning"
    select_data(ed.labourStatusCombo, LabourStatus.UNEMPLOYED_REGISTERED)
    ed.pupRegisteredEdit.setDate(date(2026, 9, 1))
    qtbot.waitUntil(lambda: not dlg.issues.message("participation.labour_status"), timeout=2000)


def test_school_picker_searches_both_names_and_keeps_a_bare_isced(qtbot, services):
    person = services.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel=MALE_PESEL,
        participations=(ParticipationDraft(education=Isced.ISCED2),)))
    dlg = open_dialog(qtbot, services, person.id)
    picker = dlg.editor.ui.schoolTypePicker
    assert "ISCED 2" in picker.currentText() and "not picked" in picker.currentText()
    assert picker.code() == "" and picker.education() is Isced.ISCED2
    dlg.ui.tabs.setCurrentIndex(TAB)
    picker.lineEdit().setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "zasadnicza")  # the pre-2017 name
    assert picker.matches() and picker.matches()[0].startswith("Branżowa szkoła I stopnia")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.code() == "BRANZOWA_1" and picker.education() is Isced.ISCED3
    assert "ISCED 3" in picker.currentText()
    dlg.save_button.click()
    saved = services.participants.get(person.id).participations[0]
    assert (saved.school_type, saved.education) == ("BRANZOWA_1", Isced.ISCED3)


def test_residence_gmina_sets_degurba_unless_set_by_hand(qtbot, services):
    from coopdesk.domain.territory import search_gminas
    from coopdesk.services import reference_data

    kielce = search_gminas("Kielce", reference_data.territory())[0]
    dlg = open_dialog(qtbot, services)
    ed = dlg.editor.ui
    ed.residenceTerytPicker.set_code(kielce.code)
    ed.residenceTerytPicker._choose(kielce.code)  # as picking it from the list does
    assert ed.residenceGminaEdit.text() == kielce.name and ed.residencePowiatEdit.text() == kielce.powiat
    assert ed.degurbaCombo.currentData() == str(kielce.degurba) and not ed.degurbaCombo.isEnabled()
    ed.degurbaManualCheck.setChecked(True)
    assert ed.degurbaCombo.isEnabled()
    other = next(d for d in Degurba if d.value != str(kielce.degurba))
    select_data(ed.degurbaCombo, other)
    draft = dlg.draft().participations[0]
    assert (draft.teryt, draft.degurba, draft.degurba_manual) == (kielce.code, other, True)
    ed.degurbaManualCheck.setChecked(False)  # back to the gmina's
    assert ed.degurbaCombo.currentData() == str(kielce.degurba)


@pytest.fixture
def without_special(services, monkeypatch):
    """A role made like the coordinator but without SPECIAL_CATEGORY_READ (the trainer's slot)."""
    from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission

    monkeypatch.setitem(ROLE_PERMISSIONS, Role.TRAINER, frozenset(Permission) - {Permission.SPECIAL_CATEGORY_READ})
    return as_user(services, "tomek", Role.TRAINER)


def test_special_fields_are_not_offered_without_the_right(qtbot, services, without_special):
    person = services.participants.create(ParticipantDraft(
        first_name="Jan", last_name="Kowalski", pesel=MALE_PESEL, disability=Answer.YES,
        disability_degree=DisabilityDegree.MODERATE, disability_kind=Answer.NO, notes="tajne"))
    dlg = open_dialog(qtbot, without_special, person.id)
    ui = dlg.ui
    for widget in (ui.disabilityCombo, ui.disabilityDegreeCombo, ui.disabilityKindCombo, ui.minorityCombo,
                   ui.foreignBackgroundCombo, ui.homelessCombo):
        assert widget.isHidden() and widget.currentData() is None
    assert ui.disabilityDegreeLabel.isHidden() and ui.disabilityKindLabel.isHidden()
    tabs = [ui.tabs.tabText(i) for i in range(ui.tabs.count()) if ui.tabs.isTabVisible(i)]
    assert tabs == ["Personal data", "Address", "Pathway", "Participations"]  # no tab of special data
    ui.townEdit.setText("Radom")
    dlg.save_button.click()
    assert dlg.result() == dlg.DialogCode.Accepted
    stored = services.participants.get(person.id)  # kept, not wiped by the blanks
    assert (stored.disability_degree, stored.disability_kind, stored.town) == (
        DisabilityDegree.MODERATE, Answer.NO, "Radom")

    allowed = open_dialog(qtbot, services, person.id)  # with the right: shown
    assert not allowed.ui.disabilityDegreeCombo.isHidden()
    assert allowed.ui.disabilityDegreeCombo.currentData() == DisabilityDegree.MODERATE.value
    assert allowed.ui.disabilityKindCombo.currentData() == Answer.NO.value


def test_disability_degree_and_kind_are_saved(qtbot, services):
    dlg = open_dialog(qtbot, services)
    dlg.ui.firstNameEdit.setText("Jan")
    dlg.ui.lastNameEdit.setText("Kowalski")
    dlg.ui.peselEdit.setText(MALE_PESEL)
    select_data(dlg.ui.disabilityCombo, Answer.YES)
    select_data(dlg.ui.disabilityDegreeCombo, DisabilityDegree.SIGNIFICANT)
    select_data(dlg.ui.disabilityKindCombo, Answer.REFUSED)
    dlg.save_button.click()
    saved = services.participants.get(dlg.saved_id)
    assert (saved.disability_degree, saved.disability_kind) == (DisabilityDegree.SIGNIFICANT, Answer.REFUSED)
    assert dlg.ui.disabilityDegreeCombo.itemText(0) == "(not asked yet)"


def test_category_validity_and_verification_are_saved(qtbot, services):
    anna = as_user(services, "anna", Role.ADVISOR)
    category = services.dictionaries.categories()[0]
    dlg = open_dialog(qtbot, anna)
    dlg.ui.firstNameEdit.setText("Jan")
    dlg.ui.lastNameEdit.setText("Kowalski")
    dlg.ui.peselEdit.setText(MALE_PESEL)
    table = dlg.ui.categoryTable
    assert [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())] == [
        "Category", "Proof document", "Proof date", "Valid from", "Valid to", "Verified by", "Verified on"]
    dlg.ui.tabs.setCurrentIndex(3)
    table.add_category(category.id)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "PUP 1/2026")  # a proof entered: the signed-in user verified it, today
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert table.item(0, 5).text() == "Anna" and table.item(0, 6).text() == "27.11.2026"
    table.item(0, 3).setText("01.09.2026")
    table.item(0, 4).setText("31.12.2026")
    dlg.save_button.click()
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.ui.summaryLabel.text()

    saved = services.participants.get(dlg.saved_id).categories[0]
    assert (saved.valid_from, saved.valid_to, saved.verified_on) == (date(2026, 9, 1), date(2026, 12, 31), TODAY)
    assert saved.verified_by_id == anna.ctx.actor.user_id and saved.verified_by_name == "Anna"
    again = open_dialog(qtbot, anna, dlg.saved_id)
    assert again.ui.categoryTable.assignments() == (CategoryAssignment(
        category.id, "PUP 1/2026", None, valid_from=date(2026, 9, 1), valid_to=date(2026, 12, 31),
        verified_by_id=anna.ctx.actor.user_id, verified_on=TODAY),)
    assert again.ui.categoryTable.item(0, 5).text() == "Anna"


def test_the_form_fits_a_1366x768_screen(qtbot, services, projects):
    person = returning_person(services, projects)
    dlg = open_dialog(qtbot, services, person.id)
    assert dlg.minimumSizeHint().width() <= 1366 and dlg.minimumSizeHint().height() <= 700
    dlg.resize(1340, 700)
    dlg.ui.tabs.setCurrentIndex(TAB)
    qtbot.wait(50)
    assert dlg.ui.participationScroll.widget() is dlg.editor
    assert dlg.editor.ui.participationProject.width() > 150
    dlg.ui.tabs.setCurrentIndex(3)
    table = dlg.ui.categoryTable
    assert table.horizontalHeader().length() <= table.viewport().width() + 1  # all seven columns visible


PARTICIPATION_WALK = [
    "participationsList", "newParticipationButton", "participationProject", "participantTypeCombo", "startDateEdit",
    "infoClauseEdit", "labourStatusCombo", "labourDetailCombo", "pupRegisteredEdit", "unemployedSinceEdit",
    "schoolTypePicker", "terytEdit", "residenceVoivodeshipCombo", "residencePowiatEdit", "residenceGminaEdit",
    "residenceTownEdit", "degurbaCombo", "degurbaManualCheck", "supportsTable", "addSupportButton", "exitDateEdit",
    "exitReasonCombo", "completedPathCombo", "exitSituationCombo", "employmentStartEdit", "employmentContractCombo",
    "employmentFteEdit", "employmentMonthsEdit", "employmentProofEdit", "employmentCheckedEdit",
]


def test_tab_walks_the_participation_column_by_column_and_keeps_the_field_in_view(qtbot, services):
    dlg = open_dialog(qtbot, services)
    dlg.resize(1300, 480)  # a small window: the editor scrolls
    dlg._go_to_tab(TAB)
    scroll = dlg.ui.participationScroll
    seen = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget is dlg.save_button:
            break
        seen.append(widget.objectName())
        if scroll.widget().isAncestorOf(widget):  # Tab scrolls the editor to the field
            top_left = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
            middle = top_left.y() + widget.height() // 2
            assert 0 <= middle <= scroll.viewport().height(), widget.objectName()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == PARTICIPATION_WALK  # the institution fields are skipped for an individual
    assert QApplication.focusWidget() is dlg.save_button


def test_a_half_typed_date_keeps_its_participation_shown(qtbot, services, projects):
    person = returning_person(services, projects)
    dlg = open_dialog(qtbot, services, person.id)
    dlg.ui.tabs.setCurrentIndex(TAB)
    ed = dlg.editor.ui
    ed.exitDateEdit.setText("31.02.2026")  # not a date
    dlg.select_participation(0)
    assert dlg.ui.participationsList.currentRow() == 1 and ed.exitDateEdit.text() == "31.02.2026"
    assert "dd.mm.yyyy" in dlg.issues.message("participation.exit_date")
    assert QApplication.focusWidget() is ed.exitDateEdit
    qtbot.mouseClick(dlg.ui.newParticipationButton, Qt.MouseButton.LeftButton)
    assert dlg.ui.participationsList.count() == 2
    ed.exitDateEdit.clear()
    dlg.ui.townEdit.setText("Radom")  # the person's address: a new participation starts there
    qtbot.mouseClick(dlg.ui.newParticipationButton, Qt.MouseButton.LeftButton)
    assert dlg.ui.participationsList.count() == 3 and ed.residenceTownEdit.text() == "Radom"


def test_the_current_address_gmina_from_the_teryt_picker(qtbot, services):
    from coopdesk.domain.territory import search_gminas
    from coopdesk.services import reference_data

    kielce = search_gminas("Kielce", reference_data.territory())[0]
    dlg = open_dialog(qtbot, services)
    dlg.ui.firstNameEdit.setText("Jan")
    dlg.ui.lastNameEdit.setText("Kowalski")
    dlg.ui.peselEdit.setText(MALE_PESEL)
    dlg._go_to_tab(1)
    assert QApplication.focusWidget() is dlg.ui.terytPicker.edit
    dlg.ui.terytPicker._choose(kielce.code)  # as picking it from the list does
    assert (dlg.ui.voivodeshipCombo.currentData(), dlg.ui.powiatEdit.text(), dlg.ui.gminaEdit.text()) == (
        kielce.voivodeship, kielce.powiat, kielce.name)
    dlg.save_button.click()
    saved = services.participants.get(dlg.saved_id)
    assert (saved.teryt, saved.gmina) == (kielce.code, kielce.name)
    again = open_dialog(qtbot, services, saved.id)
    assert again.ui.terytPicker.code() == kielce.code and kielce.name in again.ui.terytPicker.edit.text()


def test_alt_number_skips_a_tab_the_role_does_not_see(qtbot, services, without_special):
    dlg = open_dialog(qtbot, without_special)
    qtbot.keyClick(dlg.ui.firstNameEdit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # ESF status: hidden
    assert dlg.ui.tabs.currentIndex() == 0 and QApplication.focusWidget() is dlg.ui.firstNameEdit
