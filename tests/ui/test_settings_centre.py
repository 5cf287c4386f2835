"""Settings → Centre (coordinator): the centre printed on every document (issue 7)."""

from __future__ import annotations

import io

import pytest
from PIL import Image as PilImage
from PySide6.QtWidgets import QLabel

from coopdesk.domain.enums import Role
from coopdesk.platform.paths import AppPaths
from coopdesk.platform.prefs import Prefs
from coopdesk.ui.dialogs.settings_dialog import SettingsDialog
from tests.conftest import as_user


@pytest.fixture
def prefs(tmp_path):
    return Prefs(AppPaths(tmp_path / "prefs").ensure())


def picture(path, size, fmt="PNG"):
    out = io.BytesIO()
    PilImage.new("RGB", size, "navy").save(out, fmt)
    path.write_bytes(out.getvalue())
    return path


def make(qtbot, prefs, services):
    dialog = SettingsDialog(prefs, services=services)
    qtbot.addWidget(dialog)
    return dialog


def test_the_coordinator_sets_the_centre(qtbot, prefs, services, tmp_path):
    coordinator = as_user(services, "koordynator", Role.COORDINATOR)
    dialog = make(qtbot, prefs, coordinator)
    tab = dialog.centre_tab
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["General", "Centre"]
    tab.name_edit.setText("Stowarzyszenie Żółty Kąt")
    tab.address_edit.setPlainText("ul. Długa 5\n31-147 Kraków")
    tab.dpo_name_edit.setText("Jan Kowalski")
    tab.dpo_email_edit.setText("iod@zoltykat.pl")
    tab.dpo_phone_edit.setText("12 345 67 89")
    assert tab.logo_picker.set_file(picture(tmp_path / "logo.png", (400, 100))) is True
    shown = tab.logo_picker.preview_label.pixmap()
    assert (shown.width(), shown.height()) == (220, 55)  # the preview keeps the proportions
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    info = coordinator.centre.info()
    assert (info.name, info.address, info.dpo_contact) == (
        "Stowarzyszenie Żółty Kąt", "ul. Długa 5\n31-147 Kraków", "Jan Kowalski, iod@zoltykat.pl, 12 345 67 89")
    assert coordinator.centre.image(info.logo) == (tmp_path / "logo.png").read_bytes()
    # opened again: the saved values are shown
    again = make(qtbot, prefs, coordinator)
    assert again.centre_tab.dpo_email_edit.text() == "iod@zoltykat.pl" and again.centre_tab.logo_picker.remove_button.isEnabled()


def test_problems_are_shown_at_their_fields_and_nothing_is_saved(qtbot, prefs, services, tmp_path):
    coordinator = as_user(services, "koordynator", Role.COORDINATOR)
    dialog = make(qtbot, prefs, coordinator)
    tab = dialog.centre_tab
    tab.name_edit.setText("Ośrodek")
    tab.dpo_email_edit.setText("iod(at)example")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted  # stays open
    assert tab.issues.message("dpo_email") == "Enter a valid e-mail address, e.g. iod@example.pl."
    assert tab.findChild(QLabel, "dpoEmailEditIssue").text() == tab.issues.message("dpo_email")
    assert "DPO e-mail" in dialog.summary.text()
    assert coordinator.centre.info().name == ""
    # a file that is no picture: told at the logo, the old logo stays
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a" + b"\0" * 40)
    assert tab.logo_picker.set_file(bad) is False
    assert tab.issues.message("logo") == "Choose a PNG or JPEG image."


def test_others_see_only_the_language(qtbot, prefs, services):
    advisor = as_user(services, "anowak", Role.ADVISOR)
    dialog = make(qtbot, prefs, advisor)
    assert dialog.centre_tab is None and dialog.tabs.count() == 1
    assert make(qtbot, prefs, None).centre_tab is None  # before sign-in / without services
