"""The issue's "bad input" list at the reader: each file gets its own clear message (the error's class and its
English text, translated in the UI) or is read as it stands, nothing is written beside it, and a million-row
file is refused before it is loaded (time and memory measured in a child process)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopdesk.services import sheet_reader
from coopdesk.services.sheet_reader import (
    MAX_ROWS,
    DamagedSheet,
    EmptySheet,
    FileInUse,
    NoDataRows,
    NotASpreadsheet,
    PasswordProtected,
    TooManyRows,
    check_data_rows,
    default_sheet,
    read_sheets,
)
from tests.fixtures import bad_sheets

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("build", "error", "words"), [
    (bad_sheets.renamed_picture, NotASpreadsheet,
     "This file is not a spreadsheet (xlsx, ods, xls or csv), whatever its name says."),
    (bad_sheets.password_protected, PasswordProtected,
     "The workbook is protected by a password: open it in Excel, remove the password and save it again."),
    (bad_sheets.password_protected_ods, PasswordProtected,
     "The workbook is protected by a password: open it in Excel, remove the password and save it again."),
    (bad_sheets.cut_off_xlsx, DamagedSheet,
     "The file is damaged or incomplete: save it again from the program it came from."),
    (bad_sheets.garbled_xlsx, DamagedSheet,
     "The file is damaged or incomplete: save it again from the program it came from."),
    (bad_sheets.corrupted_part, DamagedSheet,
     "The file is damaged or incomplete: save it again from the program it came from."),
    (bad_sheets.empty_workbook, EmptySheet, "The sheet is empty."),
])
def test_a_bad_file_is_refused_in_words_and_nothing_is_written(tmp_path, build, error, words):
    path = build(tmp_path / "rekrutacja.xlsx")
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(error) as caught:
        read_sheets(path)
    assert type(caught.value) is error and caught.value.render() == words
    assert sorted(os.listdir(tmp_path)) == before


def test_a_header_only_is_read_and_the_missing_rows_said_in_words(tmp_path):
    # decision: the reader does not refuse it (the header row may be another one, chosen in the wizard);
    # rows_total is 0 and check_data_rows, called with the chosen header row, says what is missing
    (sheet,) = read_sheets(bad_sheets.header_only(tmp_path / "naglowek.xlsx"))
    assert (sheet.rows, sheet.rows_total) == ([["Nazwisko", "Imię", "PESEL"]], 0)
    with pytest.raises(NoDataRows) as caught:
        check_data_rows(sheet, header_row=0)
    assert caught.value.render() == "The sheet has a header but no rows."


def test_an_empty_sheet_beside_a_filled_one_is_read_and_said_empty_when_chosen(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Pusty"
    wb.create_sheet("Lista").append(["Nazwisko"])
    wb["Lista"].append(["Nowak"])
    path = tmp_path / "dwa.xlsx"
    wb.save(path)
    empty, filled = read_sheets(path)
    assert (empty.rows, empty.rows_total, filled.rows_total) == ([], 0, 1)
    with pytest.raises(EmptySheet):
        check_data_rows(empty)
    check_data_rows(filled)  # nothing to say


def test_merged_header_cells_give_their_value_once(tmp_path):
    (sheet,) = read_sheets(bad_sheets.merged_header(tmp_path / "scalone.xlsx"))
    assert sheet.rows == [["Nazwisko", "Adres", None, None],
                          [None, "Ulica", "Kod pocztowy", "Miejscowość"],
                          ["Nowak", "Długa 1", "80-001", "Gdańsk"]]
    assert sheet.rows_total == 2


def test_formulas_give_values_never_their_text(tmp_path):
    path = bad_sheets.with_formulas(tmp_path / "formuly.xlsx")
    (sheet,) = read_sheets(path)
    # written by a script (openpyxl): no value was ever computed, so the cells are empty, not "=A2&..."
    assert sheet.rows == [["Imię", "Nazwisko", "Pełne imię", "Wiek"], ["Anna", "Nowak", None, None]]
    # saved by a spreadsheet program, the computed values are read
    saved = bad_sheets.convert_with_libreoffice(path, "xlsx", tmp_path)
    (sheet,) = read_sheets(saved)
    assert sheet.rows[1] == ["Anna", "Nowak", "Anna Nowak", 44]


def test_hidden_sheets_are_marked_and_the_first_visible_is_the_default(tmp_path):
    sheets = read_sheets(bad_sheets.with_hidden_sheets(tmp_path / "ukryte.xlsx"))
    assert [(s.name, s.hidden) for s in sheets] == [("Słowniki", True), ("Uczestnicy", False),
                                                    ("Techniczny", True)]  # very hidden too
    assert default_sheet(sheets).name == "Uczestnicy"


@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_hidden_sheets_and_merged_cells_of_ods_and_xls_as_libreoffice_writes_them(tmp_path, kind):
    source = bad_sheets.with_hidden_sheets(tmp_path / "ukryte.xlsx", merged=True)
    sheets = read_sheets(bad_sheets.convert_with_libreoffice(source, kind, tmp_path))
    assert [(s.name, s.hidden) for s in sheets] == [("Słowniki", True), ("Uczestnicy", False),
                                                    ("Techniczny", True)]
    assert default_sheet(sheets).rows == [["Nazwisko", "PESEL", "Adres", None],
                                          ["Nowak", "02270803624", "Długa 1", "Gdańsk"]]


def test_a_damaged_xls_is_said_damaged(tmp_path):
    xls = bad_sheets.convert_with_libreoffice(bad_sheets.simple_workbook(tmp_path / "stary.xlsx"), "xls", tmp_path)
    data = xls.read_bytes()
    cut_off = tmp_path / "urwany.xls"
    cut_off.write_bytes(data[: len(data) // 2])  # the directory of streams is at the end: gone
    overwritten = tmp_path / "nadpisany.xls"
    overwritten.write_bytes(data[:3000] + bytes(400) + data[3400:])  # records of the workbook stream
    for path in (cut_off, overwritten):
        with pytest.raises(DamagedSheet):
            read_sheets(path)


@pytest.mark.parametrize("stream", ["Workbook", "WORKBOOK"])
def test_an_ole_file_with_a_workbook_stream_calamine_cannot_read_is_damaged(tmp_path, stream):
    # the stream's name in any case (some writers spell it in capitals): an xls, not "not a spreadsheet"
    with pytest.raises(DamagedSheet):
        read_sheets(bad_sheets.ole_file(tmp_path / "lista.xls", stream))


def test_extra_and_duplicated_columns_are_read_as_they_are(tmp_path):
    (sheet,) = read_sheets(bad_sheets.extra_and_duplicated_columns(tmp_path / "kolumny.xlsx"))
    assert sheet.rows == [["Nazwisko", "PESEL", "Nazwisko", "Uwagi rekrutera", None, "Kolor oczu"],
                          ["Nowak", "02270803624", "Nowakowa", "dzwonić po 16", None, "zielone"]]


@pytest.mark.parametrize("name", ["inny_program.xlsx", "inny_program.xls"])  # named as the sender pleased
def test_a_valid_xlsx_calamine_refuses_is_read_by_openpyxl(tmp_path, name):
    path = bad_sheets.shared_strings_elsewhere(tmp_path / name)
    from python_calamine import CalamineError, CalamineWorkbook

    with pytest.raises(CalamineError), CalamineWorkbook.from_path(str(path)) as book:
        book.get_sheet_by_name("Lista").to_python()  # the reason for the fallback, as of python-calamine 0.9
    (sheet,) = read_sheets(path)
    assert (sheet.name, sheet.rows, sheet.hidden) == ("Lista", [["Nazwisko", "PESEL"], ["Żak", 2270803624]], False)


def test_a_workbook_under_another_kind_of_name_is_read_for_what_it_is(tmp_path):
    xlsx = bad_sheets.simple_workbook(tmp_path / "lista.xlsx", [["Nazwisko"], ["Żak"]])
    sources = {"xlsx": xlsx, "ods": bad_sheets.write_ods(tmp_path / "lista.ods", {"Lista": [["Nazwisko"], ["Żak"]]}),
               "xls": bad_sheets.convert_with_libreoffice(xlsx, "xls", tmp_path)}
    for kind, name in [("xls", "lista.xlsx"), ("xlsx", "lista.xls"), ("ods", "lista.xlsx"), ("xlsx", "lista"),
                       ("xlsx", "lista.csv")]:
        renamed = tmp_path / "renamed" / kind / name
        renamed.parent.mkdir(parents=True, exist_ok=True)
        renamed.write_bytes(sources[kind].read_bytes())
        (sheet,) = read_sheets(renamed)
        assert (sheet.name, sheet.rows) == ("Lista", [["Nazwisko"], ["Żak"]]), (kind, name)


def test_other_documents_under_a_spreadsheet_name_are_not_spreadsheets(tmp_path):
    import zipfile

    odt = tmp_path / "pismo.ods"
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    doc = bad_sheets.ole_file(tmp_path / "pismo.xls", "WordDocument")  # OLE, but no workbook stream in it
    for path in (odt, doc):
        with pytest.raises(NotASpreadsheet):
            read_sheets(path)


# --- a file locked by another program -------------------------------------------------------------------


@pytest.mark.parametrize("code", [errno.EACCES, errno.EBUSY, errno.ETXTBSY])
def test_a_file_the_system_will_not_open_is_said_to_be_in_use(tmp_path, monkeypatch, code):
    path = bad_sheets.simple_workbook(tmp_path / "otwarty.xlsx")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise (PermissionError if code == errno.EACCES else OSError)(code, os.strerror(code), str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)  # Windows refuses a file Excel holds open: EACCES
    with pytest.raises(FileInUse) as caught:
        read_sheets(path)
    assert caught.value.render() == (
        "The file is open in another program or cannot be read: close it and try again.")


def test_a_file_vanishing_under_calamine_is_in_use_too(tmp_path, monkeypatch):
    path = bad_sheets.simple_workbook(tmp_path / "otwarty.xlsx")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(sheet_reader, "_read_with_calamine", refuse)
    with pytest.raises(FileInUse):
        read_sheets(path)


@pytest.mark.parametrize("lock", ["~$otwarty.xlsx", ".~lock.otwarty.xlsx#"])
def test_a_lock_file_beside_it_is_read_with_a_warning(tmp_path, lock):
    path = bad_sheets.simple_workbook(tmp_path / "otwarty.xlsx")
    assert [s.open_elsewhere for s in read_sheets(path)] == [False]
    (tmp_path / lock).write_bytes(b"\x05jan   ")  # Excel's ~$ file holds the user's name
    (sheet,) = read_sheets(path)
    assert sheet.open_elsewhere and sheet.rows_total == 1


# --- a million rows ---------------------------------------------------------------------------------------

MEASURE = """
import json, sys, time
from pathlib import Path
from coopdesk.services.sheet_reader import TooManyRows, read_sheets
start = time.perf_counter()
try:
    read_sheets(Path(sys.argv[1]))
    outcome = "read"
except TooManyRows as exc:
    outcome = exc.render()
# VmHWM, the peak of this process's own memory: ru_maxrss keeps the forking parent's (pytest's) size on Linux
hwm_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - start, "max_rss_mb": hwm_kb / 1024}))
"""


def refusal_measured(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True,
                          cwd=REPO, check=True, timeout=120)
    return json.loads(done.stdout)


def test_a_million_row_xlsx_is_refused_before_it_is_loaded(tmp_path, monkeypatch):
    path = bad_sheets.write_repeated_xlsx(tmp_path / "milion.xlsx", ["Nazwisko", "Imię", "PESEL", "Miasto"],
                                          ["Nowak", "Anna", 2270803624, "Gdańsk"], 1_000_000)
    measured = refusal_measured(path)
    # loading it takes over 500 MB and ~15 s (calamine alone); counting its rows in the XML stops at the limit
    assert measured["outcome"] == "The sheet has more than 100,000 rows: split it into smaller files."
    assert measured["max_rss_mb"] < 200 and measured["seconds"] < 10, measured

    monkeypatch.setattr(sheet_reader, "_read_with_calamine", lambda *a: pytest.fail("loaded"))
    with pytest.raises(TooManyRows) as caught:
        read_sheets(path)
    assert caught.value.sheet == "Lista"


def test_a_million_row_csv_is_refused_while_it_is_parsed(tmp_path):
    path = bad_sheets.write_big_csv(tmp_path / "milion.csv", 1_000_000)
    measured = refusal_measured(path)
    assert measured["outcome"] == "The sheet has more than 100,000 rows: split it into smaller files."
    assert measured["max_rss_mb"] < 250 and measured["seconds"] < 10, measured


def test_the_limit_is_on_data_rows_under_the_header(tmp_path):
    at_limit = bad_sheets.write_big_csv(tmp_path / "limit.csv", MAX_ROWS, columns=2)
    (sheet,) = read_sheets(at_limit)
    assert sheet.rows_total == MAX_ROWS
    with at_limit.open("a", encoding="utf-8") as f:
        f.write("jeden;więcej\r\n")
    with pytest.raises(TooManyRows):
        read_sheets(at_limit)
    xlsx = bad_sheets.write_repeated_xlsx(tmp_path / "limit.xlsx", ["Nazwisko"], ["Nowak"], MAX_ROWS)
    started = time.perf_counter()
    (sheet,) = read_sheets(xlsx)
    assert sheet.rows_total == MAX_ROWS and sheet.rows[-1] == ["Nowak"], time.perf_counter() - started
    xlsx = bad_sheets.write_repeated_xlsx(tmp_path / "ponad.xlsx", ["Nazwisko"], ["Nowak"], MAX_ROWS + 1)
    with pytest.raises(TooManyRows):
        read_sheets(xlsx)


@pytest.mark.parametrize("prefix", ["", "x:"])
def test_rows_are_counted_by_their_cells_whatever_the_namespace_prefix(tmp_path, monkeypatch, prefix):
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", 3)
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    def sheet(filled: int) -> str:
        p = prefix
        rows = "".join(f'<{p}row r="{n}"><{p}c r="A{n}" t="inlineStr"><{p}is><{p}t>w{n}</{p}t></{p}is></{p}c>'
                       f"</{p}row>" for n in range(1, filled + 1))
        empty = "".join(f'<{p}row r="{n}" s="1" customFormat="1"/>' for n in range(filled + 1, filled + 50))
        xmlns = f'xmlns:{p[:-1]}="{ns}"' if p else f'xmlns="{ns}"'
        return f"<{p}worksheet {xmlns}><{p}sheetData>{rows}{empty}</{p}sheetData></{p}worksheet>"

    monkeypatch.setattr(sheet_reader, "PRECHECK_SLACK", 2)
    # a header and 3 rows, then formatted empty rows: read; a header and 4 or 5 rows: refused once read
    # (within the slack left for rows with no value); a header and 6 rows: refused before loading
    (read,) = read_sheets(bad_sheets.write_sheet_xml(tmp_path / "trzy.xlsx", sheet(4)))
    assert read.rows_total == 3 and read.rows[-1] == ["w4"]
    for filled in (5, 6):
        with pytest.raises(TooManyRows):
            read_sheets(bad_sheets.write_sheet_xml(tmp_path / f"{filled}.xlsx", sheet(filled)))
    monkeypatch.setattr(sheet_reader, "_read_with_calamine", lambda *a: pytest.fail("loaded"))
    with pytest.raises(TooManyRows):
        read_sheets(bad_sheets.write_sheet_xml(tmp_path / "siedem.xlsx", sheet(7)))


def test_an_ods_over_the_limit_is_refused_before_it_is_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", 5)
    monkeypatch.setattr(sheet_reader, "PRECHECK_SLACK", 2)
    path = bad_sheets.write_ods(tmp_path / "duzy.ods", {"Pierwszy": [["Nazwisko"]] * 20,  # read alone: fine
                                                        "Lista & co": [["Nazwisko"]] + [["Nowak"]] * 8})
    with pytest.raises(TooManyRows) as caught:
        read_sheets(path, only="Lista & co")  # 9 rows > 5 + 1 + 2
    assert caught.value.sheet == "Lista & co"
    with pytest.raises(TooManyRows) as caught:
        read_sheets(path)
    assert caught.value.sheet == "Pierwszy"
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", 19)
    (sheet,) = read_sheets(path, only="Pierwszy")
    assert sheet.rows_total == 19
