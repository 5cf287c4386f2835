"""File -> Import participants…: the first pages of the wizard - the file (a refusal said on the page), the
sheet (hidden ones marked, the first visible one chosen), the header row (detected under a title block,
changeable, highlighted in the preview) and the columns (the proposal chosen, its kind shown, a field chosen
twice refused)."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QLabel

from coopdesk.ui.import_wizard import PAGE_HEADER, PAGE_MAPPING, PAGE_SHEET, ImportWizard


def recruitment_book(path, *, title_rows: int = 2, hidden_first: bool = True):
    """A partner's recruitment sheet: a title block, then headers (one with a typo, one unknown, one naming
    two fields), then people."""
    wb = Workbook()
    first = wb.active
    if hidden_first:
        first.title = "Słowniki"
        first.sheet_state = "hidden"
        first.append(["kobieta", "mężczyzna"])
        ws = wb.create_sheet("Rekrutacja")
    else:
        ws = first
        ws.title = "Rekrutacja"
    for n in range(title_rows):
        ws.append([f"Lista uczestników — część {n + 1}"])
    ws.append(["Nazwisko", "Imię", "PESEL", "Data urodzenia", "Miejscowsc", "Ulubiony kolor", "Imię i nazwisko"])
    ws.append(["Nowak", "Anna", "02270803628", datetime(2002, 7, 8), "Gdańsk", "zielony", "Anna Nowak"])
    ws.append(["Kowalski", "Jan", "85010112345", datetime(1985, 1, 1), "Sopot", "", "Jan Kowalski"])
    wb.create_sheet("Inne").append(["a", "b"])
    wb.save(path)
    return path


@pytest.fixture
def wizard(qtbot, coordinator) -> ImportWizard:
    w = ImportWizard(coordinator)
    qtbot.addWidget(w)
    w.show()
    return w


def go_to_sheet(wizard, path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == PAGE_SHEET, wizard.file_page.error.text()


def test_an_unreadable_file_is_told_on_the_first_page(wizard, tmp_path):
    fake = tmp_path / "rekrutacja.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)  # a picture renamed
    wizard.file_page.path_edit.setText(str(fake))
    wizard.next()
    assert wizard.currentId() == 0
    error = wizard.findChild(QLabel, "importFileError")
    assert error.isVisible() and "not a spreadsheet" in error.text()
    wizard.file_page.path_edit.setText(str(tmp_path / "brak.xlsx"))
    wizard.next()
    assert wizard.currentId() == 0 and "There is no file" in error.text() and "brak.xlsx" in error.text()


def test_hidden_sheets_are_marked_and_the_first_visible_one_is_chosen(wizard, tmp_path):
    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx"))
    sheets = wizard.sheet_page.sheets
    texts = [sheets.item(i).text() for i in range(sheets.count())]
    assert texts[0].startswith("Słowniki (hidden)")
    assert texts[1].startswith("Rekrutacja") and "(hidden)" not in texts[1]
    assert sheets.currentRow() == 1
    assert not wizard.sheet_page.warning.isVisible()


def test_the_header_row_is_detected_under_a_title_block_and_can_be_changed(wizard, tmp_path):
    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx", title_rows=2))
    wizard.next()
    page = wizard.header_page
    assert wizard.currentId() == PAGE_HEADER
    assert page.spin.value() == 3 and "row 3" in page.detected.text()
    assert page.preview.item(2, 0).text() == "Nazwisko" and page.preview.item(2, 0).font().bold()
    assert not page.preview.item(0, 0).font().bold()
    assert page.preview.item(3, 3).text() == "08.07.2002"  # dates as the user writes them
    page.spin.setValue(4)
    assert page.preview.item(3, 0).font().bold() and not page.preview.item(2, 0).font().bold()
    page.spin.setValue(3)
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING


def test_the_mapping_page_shows_the_proposal_and_its_kind(wizard, tmp_path):
    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx"))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    table = page.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Nazwisko", "Imię", "PESEL", "Data urodzenia", "Miejscowsc", "Ulubiony kolor", "Imię i nazwisko"]
    assert page.chosen_fields() == ["last_name", "first_name", "pesel", "birth_date", "town", "", ""]
    assert table.cellWidget(0, page.FIELD).currentText() == "Last name"
    assert table.cellWidget(5, page.FIELD).currentText() == "— skip —"
    hows = [table.item(r, page.HOW).text() for r in range(table.rowCount())]
    assert hows[0] == "exact" and hows[4] == "close: check it" and hows[5] == "unknown"
    assert hows[6].startswith("two fields")
    assert table.item(0, page.SAMPLES_COL).text() == "Nowak · Kowalski"
    assert table.item(3, page.SAMPLES_COL).text() == "08.07.2002 · 01.01.1985"


def test_a_field_chosen_for_two_columns_is_refused_on_the_page(wizard, tmp_path):
    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx"))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    page.set_field(6, "last_name")
    assert page.table.item(6, page.HOW).text() == "chosen by you"
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert page.error.isVisible() and "more than one column: Last name" in page.error.text()


def test_a_file_open_in_another_program_is_warned_about(wizard, tmp_path):
    path = recruitment_book(tmp_path / "rekrutacja.xlsx")
    (tmp_path / ".~lock.rekrutacja.xlsx#").write_text("x")  # LibreOffice has it open
    go_to_sheet(wizard, path)
    warning = wizard.findChild(QLabel, "importOpenElsewhere")
    assert warning.isVisible() and "open in another program" in warning.text()


def test_a_large_file_is_read_on_the_runner(wizard, tmp_path, monkeypatch):
    from coopdesk.ui import import_wizard, runner

    ran = []
    real = runner.run_modal
    monkeypatch.setattr(import_wizard, "READ_ON_RUNNER_BYTES", 0)
    monkeypatch.setattr(runner, "run_modal", lambda *a, **k: ran.append(a[1]) or real(*a, **k))
    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx"))
    assert ran == ["Reading the file..."]


def test_without_a_header_row_found_the_user_points_at_it(wizard, tmp_path):
    wb = Workbook()
    wb.active.append(["x", "y"])
    wb.active.append(["1", "2"])
    wb.save(tmp_path / "dziwny.xlsx")
    go_to_sheet(wizard, tmp_path / "dziwny.xlsx")
    wizard.next()
    page = wizard.header_page
    assert "No row looks like a header row" in page.subTitle() and page.spin.value() == 1
    assert page.preview.item(0, 0).font().bold()


def test_a_mapping_is_saved_under_a_partners_name_and_loaded_again(wizard, tmp_path, monkeypatch, qtbot, coordinator):
    from coopdesk.ui import prompts

    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx"))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert not page.saved.isEnabled()  # nothing saved yet
    page.set_field(5, "email")  # "Ulubiony kolor" is, for this partner, the e-mail column
    monkeypatch.setattr(prompts, "ask_text", lambda *_a: "PUP Gdańsk rekrutacja")
    page.save_button.click()
    assert page.saved.currentText() == "PUP Gdańsk rekrutacja" and page.saved.isEnabled()

    again = ImportWizard(coordinator)
    qtbot.addWidget(again)
    again.show()
    go_to_sheet(again, tmp_path / "rekrutacja.xlsx")
    again.next()
    again.next()
    other = again.mapping_page
    assert other.chosen_fields()[5] == ""  # the plain proposal
    other.saved.setCurrentText("PUP Gdańsk rekrutacja")
    other.load_button.click()
    assert other.chosen_fields()[5] == "email"
    assert other.table.item(5, other.HOW).text() == "from the saved mapping"


def test_the_pages_work_from_the_keyboard(wizard, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx"))
    qtbot.keyClick(wizard.sheet_page.sheets, Qt.Key.Key_Return)  # Enter on the chosen sheet goes on
    assert wizard.currentId() == PAGE_HEADER
    assert QApplication.focusWidget() is wizard.header_page.spin
    qtbot.keyClick(wizard.header_page.spin, Qt.Key.Key_Return)  # the default button: Next
    assert wizard.currentId() == PAGE_MAPPING
    page = wizard.mapping_page
    first, second = page.table.cellWidget(0, page.FIELD), page.table.cellWidget(1, page.FIELD)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second  # Tab walks the columns' fields
    labels = [w for w in page.findChildren(QLabel) if w.buddy() is not None]
    assert {w.buddy() for w in labels} >= {page.saved, page.project}  # Alt+letter reaches them


def test_the_choices_are_kept_when_going_back_and_on_again(wizard, tmp_path):
    go_to_sheet(wizard, recruitment_book(tmp_path / "rekrutacja.xlsx"))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    page.set_field(5, "email")
    wizard.back()
    assert wizard.currentId() == PAGE_HEADER
    wizard.next()
    assert page.chosen_fields()[5] == "email" and page.table.item(5, page.HOW).text() == "chosen by you"
    wizard.back()
    wizard.header_page.spin.setValue(4)  # another header row: a new proposal
    wizard.next()
    assert page.table.item(0, 0).text() == "Nowak"


@pytest.mark.parametrize("builder", ["password_protected", "cut_off_xlsx", "renamed_picture", "garbled_xlsx"])
def test_a_bad_file_is_refused_in_the_readers_words(wizard, tmp_path, builder):
    from coopdesk.services.sheet_reader import UnreadableSheet, read_sheets
    from tests.fixtures import bad_sheets

    path = getattr(bad_sheets, builder)(tmp_path / "rekrutacja.xlsx")
    with pytest.raises(UnreadableSheet) as refused:
        read_sheets(path)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == 0
    assert wizard.file_page.error.text() == refused.value.render()


@pytest.mark.parametrize("builder, page, said", [
    ("empty_workbook", 0, "The sheet is empty."),  # every sheet empty: refused at once
    ("header_only", PAGE_MAPPING, "The sheet has a header but no rows."),  # told by the check
])
def test_a_sheet_without_people_is_told_not_crashed(wizard, tmp_path, builder, page, said):
    from tests.fixtures import bad_sheets

    path = getattr(bad_sheets, builder)(tmp_path / "rekrutacja.xlsx")
    wizard.file_page.path_edit.setText(str(path))
    for _ in range(4):
        wizard.next()
    shown = [w.text() for w in wizard.findChildren(QLabel) if w.objectName().endswith("Error") and w.isVisible()]
    assert (wizard.currentId(), shown) == (page, [said])


def test_a_second_column_for_the_same_field_is_shown_as_a_duplicate(wizard, tmp_path):
    wb = Workbook()
    wb.active.append(["Nazwisko", "Imię", "NAZWISKO ", "PESEL"])
    wb.active.append(["Nowak", "Anna", "Nowak", "02270803624"])
    wb.save(tmp_path / "dwa.xlsx")
    go_to_sheet(wizard, tmp_path / "dwa.xlsx")
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    assert page.chosen_fields() == ["last_name", "first_name", "", "pesel"]
    assert page.table.item(2, page.HOW).text() == "duplicate: the field is already mapped"
