"""Reading a partner's spreadsheet (issue 9 groundwork): the kind from the bytes, not the name; CSV in UTF-8
with or without BOM or in Windows-1250, with ; , or tab; every refusal said in words, nothing written."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from coopdesk.services.sheet_reader import (
    OLE_MAGIC,
    DamagedSheet,
    EmptySheet,
    NotASpreadsheet,
    PasswordProtected,
    read_sheets,
)
from tests.fixtures.bad_sheets import convert_with_libreoffice, write_ods

ROWS = "Nazwisko;Imię;Miejscowość\r\nŻak;Zofia;Łódź\r\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (b"\xef\xbb\xbf" + ROWS.encode("utf-8"), "utf-8-sig"),
    (ROWS.encode("utf-8"), "utf-8"),
    (ROWS.encode("cp1250"), "cp1250"),  # Polish Excel's "CSV (rozdzielany średnikami)"
    (ROWS.encode("utf-16"), "utf-16"),  # Excel's "Tekst Unicode": UTF-16 with its BOM (tab-separated there)
    (ROWS.replace(";", "\t").encode("utf-16"), "utf-16"),
])
def test_csv_in_each_encoding_reads_the_same(tmp_path, data, encoding):
    path = tmp_path / "lista.csv"
    path.write_bytes(data)
    (sheet,) = read_sheets(path)
    assert sheet.encoding == encoding
    assert sheet.rows == [["Nazwisko", "Imię", "Miejscowość"], ["Żak", "Zofia", "Łódź"]]


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_the_delimiter_is_sniffed(tmp_path, delimiter):
    path = tmp_path / "lista.txt"
    path.write_text(delimiter.join(["Nazwisko", "Imię"]) + "\n" + delimiter.join(["Nowak", "Anna"]) + "\n\n",
                    encoding="utf-8")
    (sheet,) = read_sheets(path)
    assert sheet.rows == [["Nazwisko", "Imię"], ["Nowak", "Anna"]]  # the trailing empty line left out


def test_an_xlsx_is_read_sheet_by_sheet_with_dates_as_dates(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Uczestnicy"
    ws.append(["Nazwisko", "Data urodzenia", "PESEL"])
    ws.append([None, None, None])
    ws.append(["Nowak", datetime(1980, 5, 1, 10, 30), 2270803624])  # a PESEL stored as a number lost its 0
    ws.append(["Ćwik", date(1990, 1, 2), 12.5])
    hidden = wb.create_sheet("Słowniki")
    hidden.sheet_state = "hidden"
    hidden.append(["kobieta"])
    path = tmp_path / "rekrutacja.xlsx"
    wb.save(path)
    first, second = read_sheets(path)
    # rows[i] is the spreadsheet's row i + 1: the empty row is kept, so row numbers are the ones Excel shows
    assert first.name == "Uczestnicy" and first.rows == [
        ["Nazwisko", "Data urodzenia", "PESEL"], [None, None, None],
        ["Nowak", datetime(1980, 5, 1, 10, 30), 2270803624], ["Ćwik", date(1990, 1, 2), 12.5]]
    assert type(first.rows[2][2]) is int  # 2270803624.0 from the file, an int here: PESEL checks see digits
    assert (first.hidden, first.rows_total, first.open_elsewhere) == (False, 2, False)
    assert (second.name, second.rows, second.hidden, second.rows_total) == ("Słowniki", [["kobieta"]], True, 0)


def test_an_ods_is_read(tmp_path):
    path = write_ods(tmp_path / "arkusz.ods", {"Lista": [["Nazwisko", "PESEL", "Data"],
                                                         ["Żak", 2270803624, date(1980, 5, 1)]]})
    (sheet,) = read_sheets(path)
    assert sheet.rows == [["Nazwisko", "PESEL", "Data"], ["Żak", 2270803624, date(1980, 5, 1)]]
    assert (sheet.name, sheet.hidden, sheet.rows_total) == ("Lista", False, 1)


def test_an_old_xls_is_read(tmp_path):
    xlsx = tmp_path / "lista.xlsx"
    wb = Workbook()
    wb.active.append(["Nazwisko", "PESEL"])
    wb.active.append(["Żak", 2270803624])
    wb.create_sheet("Ukryty").sheet_state = "hidden"
    wb.save(xlsx)
    xls = convert_with_libreoffice(xlsx, "xls", tmp_path)
    visible, hidden = read_sheets(xls)
    assert visible.rows == [["Nazwisko", "PESEL"], ["Żak", 2270803624]]
    assert (visible.hidden, hidden.hidden, hidden.name) == (False, True, "Ukryty")


def test_only_the_named_sheet_is_read(tmp_path):
    wb = Workbook()
    wb.active.title = "Pierwszy"
    wb.create_sheet("Drugi").append(["x"])
    path = tmp_path / "dwa.xlsx"
    wb.save(path)
    assert [(s.name, s.rows) for s in read_sheets(path, only="Drugi")] == [("Drugi", [["x"]])]


def test_a_csv_keeps_its_row_numbers_and_counts_its_rows(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Nazwisko;PESEL\n\nNowak;02270803624\n", encoding="utf-8")
    (sheet,) = read_sheets(path)
    assert sheet.rows == [["Nazwisko", "PESEL"], [], ["Nowak", "02270803624"]]  # csv cells stay text
    assert (sheet.hidden, sheet.rows_total) == (False, 1)


def test_a_renamed_picture_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "lista.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    with pytest.raises(NotASpreadsheet, match="not a spreadsheet"):
        read_sheets(path)


def test_a_zip_that_is_no_workbook_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "lista.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(NotASpreadsheet):
        read_sheets(path)


def test_a_cut_off_xlsx_is_damaged(tmp_path):
    wb = Workbook()
    wb.active.append(["Nazwisko"] * 50)
    path = tmp_path / "lista.xlsx"
    wb.save(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(DamagedSheet, match="damaged or incomplete"):
        read_sheets(path)


def test_a_password_protected_workbook_says_so(tmp_path):
    # Excel keeps a protected xlsx in an OLE compound file whose stream is named "EncryptedPackage"
    path = tmp_path / "chroniony.xlsx"
    path.write_bytes(OLE_MAGIC + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(64))
    with pytest.raises(PasswordProtected, match="password"):
        read_sheets(path)


def test_an_empty_file_is_an_empty_sheet(tmp_path):
    path = tmp_path / "pusty.csv"
    path.write_bytes(b"\xef\xbb\xbf \r\n")
    with pytest.raises(EmptySheet):
        read_sheets(path)
