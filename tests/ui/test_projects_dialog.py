"""Projects with retention years, and anonymising the records due after a preview and confirmation."""

from __future__ import annotations

import io
from datetime import date

import pytest
from gdpr_people import as_role, full_draft, second_draft
from PIL import Image as PilImage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coopdesk.domain.enums import Role
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.projects_dialog import ProjectsDialog


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("error", "warning", "info"):
        monkeypatch.setattr(prompts, kind, lambda parent, title, text, kind=kind: shown.append((kind, text)))
    return shown


def make(qtbot, services):
    dialog = ProjectsDialog(services)
    qtbot.addWidget(dialog)
    return dialog


def test_a_project_is_created_with_its_retention_rule(qtbot, services, messages):
    dialog = make(qtbot, services)
    assert dialog.years_spin.value() == 5  # the default from resources/data/retention.json
    dialog.code_edit.setText("OWES-2026")
    dialog.name_edit.setText("OWES subregion lodzki")
    dialog.start_edit.setText("01.01.2024")
    dialog.end_edit.setText("30.06.2026")
    dialog.years_spin.setValue(10)
    assert dialog.save_project() is True, messages
    [saved] = services.projects.list()
    assert (saved.code, saved.end_date, saved.retention_years) == ("OWES-2026", date(2026, 6, 30), 10)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 5).text() == "Base date not set"
    dialog.base_date_edit.setText("31.12.2026")
    assert dialog.save_project() is True, messages
    assert dialog.table.item(0, 5).text() == "31.12.2036"
    assert dialog.current_id() == saved.id
    dialog.years_spin.setValue(5)  # editing the selected project
    assert dialog.save_project() is True
    assert services.projects.get(saved.id).retention_date == date(2031, 12, 31)


def test_an_invalid_project_shows_the_reason(qtbot, services, messages):
    dialog = make(qtbot, services)
    dialog.code_edit.setText("X")
    assert dialog.save_project() is False
    assert dialog.issues.message("name") == "Enter the project name."  # at the field, not in a box
    assert dialog.findChild(QLabel, "projectNameEditIssue").text() == "Enter the project name."
    assert "Title" in dialog.issue_summary.text()
    assert services.projects.list() == []


def test_the_projects_identity_is_edited_and_checked_at_the_field(qtbot, services, messages, tmp_path):
    dialog = make(qtbot, services)
    dialog.show()
    dialog.code_edit.setText("OWES-KRK")
    dialog.name_edit.setText("Małopolski OWES – subregion krakowski")
    dialog.number_edit.setText("FEMP 06.12 IP 01")
    assert dialog.save_project() is False
    assert dialog.issues.message("number") == (
        "Enter the project number as in the grant agreement, e.g. FEMP.06.12-IP.01-0001/23.")
    assert dialog.form_tabs.currentIndex() == 1 and dialog.focusWidget() is dialog.number_edit  # the error's tab
    dialog.number_edit.setText("FEMP.06.12-IP.01-0042/23")
    dialog.programme_edit.setText("Fundusze Europejskie dla Małopolski 2021–2027")
    dialog.priority_edit.setText("6")
    dialog.action_edit.setText("6.12 Ekonomia społeczna")
    dialog.lead_partner_edit.setText("Małopolska Fundacja Rozwoju")
    dialog.partners_edit.setPlainText("Spółdzielnia Socjalna Łącznik\nFundacja Ąę")
    dialog.controllers_edit.setPlainText("Zarząd Województwa Małopolskiego")
    gif = tmp_path / "strip.gif"
    gif.write_bytes(b"GIF89a" + b"\0" * 40)
    assert dialog.strip_picker.set_file(gif) is False
    assert dialog.issues.message("logo_strip") == "Choose a PNG or JPEG image."
    strip = tmp_path / "strip.png"
    buffer = io.BytesIO()
    PilImage.new("RGB", (1600, 160), "white").save(buffer, "PNG")
    strip.write_bytes(buffer.getvalue())
    assert dialog.strip_picker.set_file(strip) is True
    preview = dialog.strip_picker.preview_label.pixmap()
    assert (preview.width(), preview.height()) == (420, 42)  # proportions kept
    assert dialog.save_project() is True, messages
    [saved] = services.projects.list()
    assert (saved.number, saved.lead_partner, saved.partners) == (
        "FEMP.06.12-IP.01-0042/23", "Małopolska Fundacja Rozwoju", "Spółdzielnia Socjalna Łącznik\nFundacja Ąę")
    assert services.centre.image(saved.logo_strip) == strip.read_bytes()
    dialog.new_project()
    assert dialog.number_edit.text() == "" and dialog.strip_picker.sha() == ""
    dialog._select(saved.id)
    assert dialog.controllers_edit.toPlainText() == "Zarząd Województwa Małopolskiego"
    assert dialog.strip_picker.sha() == saved.logo_strip


def test_due_records_are_previewed_then_anonymised(qtbot, services, messages, monkeypatch):
    old = services.projects.create(ProjectDraft("OLD", "Stary projekt", date(2016, 1, 1), date(2018, 12, 31), 3,
                                                retention_base_date=date(2018, 12, 31)))
    zaz = services.participants.create(full_draft(services))
    zofia = services.participants.create(second_draft())
    services.projects.assign_project([zaz.id], old.id)  # kept until 31.12.2021: due
    dialog = make(qtbot, services)
    assert dialog.due_table.rowCount() == 1 and dialog.due_table.item(0, 0).text() == zaz.uuid
    assert dialog.anonymise_button.isEnabled()

    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or False)
    assert dialog.anonymise_due() == 0  # said no
    assert zaz.uuid in asked[0] and services.participants.get(zaz.id).first_name == "Zażółć"

    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: True)
    with qtbot.waitSignal(dialog.recordsAnonymised):
        assert dialog.anonymise_due() == 1
    assert services.participants.get(zaz.id).pesel == ""
    assert services.participants.get(zofia.id).first_name == "Zofia"
    assert dialog.due_table.rowCount() == 0 and not dialog.anonymise_button.isEnabled()
    assert messages[-1][0] == "info"


def test_an_advisor_cannot_change_projects_or_anonymise(qtbot, services, messages):
    services.projects.create(ProjectDraft("OLD", "Stary projekt", date(2016, 1, 1), date(2018, 12, 31), 3))
    anna = as_role(services, Role.ADVISOR, "anna")
    dialog = make(qtbot, anna)
    assert dialog.table.rowCount() == 1  # may see which projects exist
    for button in (dialog.save_button, dialog.new_button, dialog.delete_button, dialog.anonymise_button):
        assert not button.isEnabled()


def test_the_dialog_fits_a_laptop_screen(qtbot, services):
    """1366x768 with a title bar and a panel leaves ~700 px: the identity's fields scroll instead."""
    from coopdesk.ui.dialogs.projects_dialog import ProjectsDialog

    dialog = ProjectsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().height() <= 650
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()


def test_the_retention_base_date_state_aid_legal_hold_and_eligibility_are_saved(qtbot, services, messages):
    categories = services.dictionaries.categories()
    dialog = make(qtbot, services)
    dialog.show()
    assert "last payment" in dialog.base_date_hint.text()
    dialog.code_edit.setText("OWES-POM")
    dialog.name_edit.setText("OWES z pomocą publiczną")
    dialog.start_edit.setText("01.01.2024")
    dialog.base_date_edit.setText("31.12.2027")
    dialog.state_aid_check.setChecked(True)
    assert not dialog.legal_hold_reason_edit.isEnabled()
    dialog.legal_hold_check.setChecked(True)
    assert dialog.legal_hold_reason_edit.isEnabled()
    assert dialog.eligible_list.count() == len(categories)
    for row in (0, 2):
        dialog.eligible_list.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.save_project() is False  # a hold needs its reason, shown at the field on its tab
    assert dialog.issues.message("legal_hold_reason") == "Enter the reason for the legal hold."
    assert dialog.form_tabs.tabText(dialog.form_tabs.currentIndex()).startswith("Retention")
    dialog.legal_hold_reason_edit.setText("Kontrola instytucji zarządzającej")
    assert dialog.save_project() is True, messages
    [saved] = services.projects.list()
    assert (saved.retention_base_date, saved.state_aid, saved.legal_hold, saved.legal_hold_reason) == (
        date(2027, 12, 31), True, True, "Kontrola instytucji zarządzającej")
    assert saved.eligible_categories == tuple(sorted((categories[0].id, categories[2].id)))
    assert saved.retention_date == date(2037, 12, 31)  # state aid: 10 years
    assert dialog.table.item(0, 5).text() == "Legal hold"
    dialog.new_project()
    assert dialog.base_date_edit.date() is None and not dialog.state_aid_check.isChecked()
    assert dialog.eligible_categories() == ()
    dialog._select(saved.id)
    assert dialog.base_date_edit.date() == date(2027, 12, 31) and dialog.legal_hold_check.isChecked()
    assert dialog.eligible_categories() == saved.eligible_categories
    dialog.eligible_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.legal_hold_check.setChecked(False)
    assert dialog.save_project() is True, messages
    after = services.projects.get(saved.id)
    assert after.eligible_categories == (categories[2].id,) and not after.legal_hold
