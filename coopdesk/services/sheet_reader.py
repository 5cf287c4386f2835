"""Reading a spreadsheet a partner sent, whatever it is (issue 9).

The kind is decided from the file's first bytes, never from its name: a zip (xlsx, xlsm, xlsb, ods), an OLE
compound file (xls, or an xlsx protected by a password: Excel wraps those in OLE), else text read as CSV -
UTF-8 with or without a BOM, else Windows-1250 (Polish Excel's "CSV" export), with the delimiter sniffed (; , or
tab). Workbooks are read with python-calamine (10-20 times faster than openpyxl); openpyxl (read-only) reads
an xlsx/xlsm that calamine refuses but which is a valid workbook all the same - calamine looks for some parts
at their usual names, where openpyxl follows the package's relationships (e.g. shared strings stored at
xl/strings/shared.xml by another program). ods, xlsb and xls have no such second reader.

Cells come as read: text, int (a number with no fractional part: a PESEL typed as a number stays digits),
float, date/datetime (time/timedelta for a time of day or a duration), bool, None for an empty cell. ``rows[i]`` is the spreadsheet's row ``i + 1``: empty rows
are kept (only those after the last filled row are dropped), so a problem's row number is the one the user
sees in Excel. Formulas give their last computed value (None when the file never stored one, e.g. one written
by a script; None for an error value such as #N/A); a merged cell's value sits in its first cell, the others
are None.

Every refusal is a ``CoopdeskError`` saying in words what is wrong with the file; nothing is written. A sheet
over ``MAX_ROWS`` rows is refused before it is loaded: the rows of an xlsx/ods are counted in the sheet's XML
as it is decompressed, those of a csv as it is parsed. A header with no rows under it is not refused here
(``rows_total`` is 0; ``check_data_rows`` says it in words, with the header row the user chose).
"""

from __future__ import annotations

import codecs
import csv
import errno
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SNIFF_BYTES = 64 * 1024
CHUNK = 1 << 20
MAX_ROWS = 100_000  # data rows per sheet (rows under the first filled row)
PRECHECK_SLACK = 1_000  # rows counted in the XML that may hold no value (formatted cells, a repeated empty row)
IN_USE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY}


class UnreadableSheet(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "The file cannot be read as a spreadsheet.")


class NotASpreadsheet(UnreadableSheet):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This file is not a spreadsheet (xlsx, ods, xls or csv), whatever its name says.")


class PasswordProtected(UnreadableSheet):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The workbook is protected by a password: open it in Excel, remove the password and save it again.")


class DamagedSheet(UnreadableSheet):
    message = QT_TRANSLATE_NOOP("Errors", "The file is damaged or incomplete: save it again from the program it came from.")


class EmptySheet(UnreadableSheet):
    message = QT_TRANSLATE_NOOP("Errors", "The sheet is empty.")


class NoDataRows(UnreadableSheet):
    message = QT_TRANSLATE_NOOP("Errors", "The sheet has a header but no rows.")


class UnsupportedSheet(UnreadableSheet):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This kind of spreadsheet cannot be read: save it as xlsx or csv.")


class FileInUse(UnreadableSheet):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The file is open in another program or cannot be read: close it and try again.")


class TooManyRows(UnreadableSheet):
    message = QT_TRANSLATE_NOOP("Errors", "The sheet has more than 100,000 rows: split it into smaller files.")

    def __init__(self, sheet: str = "") -> None:
        super().__init__()
        self.sheet = sheet  # not in the message: a sheet's name may be a person's


class SheetNotFound(UnreadableSheet):
    message = QT_TRANSLATE_NOOP("Errors", "The file has no sheet of that name.")


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[object]]  # rows[i] is spreadsheet row i + 1; cell values as read, None for an empty cell
    encoding: str = ""  # csv only: utf-8-sig, utf-8, cp1250 or utf-16
    hidden: bool = False  # hidden (or "very hidden") in the workbook: the wizard marks it, never picks it first
    open_elsewhere: bool = False  # a lock file of Excel/LibreOffice lies beside it: unsaved changes are not in it

    @cached_property
    def rows_total(self) -> int:
        """Filled rows under the first filled one (the header when there is no title block above it)."""
        return max(0, sum(1 for row in self.rows if _filled(row)) - 1)


def _filled(row: Iterable[object]) -> bool:
    return any(v is not None for v in row)


def default_sheet(sheets: list[Sheet]) -> Sheet:
    """The sheet to offer first: the first visible one (the first at all when every sheet is hidden)."""
    return next((s for s in sheets if not s.hidden), sheets[0])


def check_data_rows(sheet: Sheet, header_row: int | None = None) -> None:
    """EmptySheet when nothing is filled, NoDataRows when nothing is filled under the header row (0-based;
    None: the first filled row)."""
    filled = [i for i, row in enumerate(sheet.rows) if _filled(row)]
    if not filled:
        raise EmptySheet()
    header = filled[0] if header_row is None else header_row
    if not any(i > header for i in filled):
        raise NoDataRows()


def open_elsewhere(path: Path) -> bool:
    """Whether Excel (``~$name``) or LibreOffice (``.~lock.name#``) keeps a lock file beside ``path``."""
    name = path.name
    candidates = {f"~${name}", f"~${name[2:]}", f".~lock.{name}#"}  # Word-style "~$" drops 2 letters of a long name
    try:
        return any((path.parent / c).exists() for c in candidates)
    except OSError:
        return False


def kind_of(head: bytes) -> str:
    """'zip', 'ole' or 'text' from the file's first bytes."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    return "text"


def _text_encoding(f: IO[bytes]) -> str:
    """utf-16, utf-8-sig, utf-8 or cp1250 for the binary file ``f``, checked chunk by chunk (never held whole)."""
    head = f.read(SNIFF_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text (*.txt)", tab-separated
    if b"\x00" in head:
        raise NotASpreadsheet()
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        chunk = head
        while chunk:
            decoder.decode(chunk)
            chunk = f.read(CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "cp1250"
    return "utf-8"


def _trimmed(rows: list[list[object]]) -> list[list[object]]:
    while rows and not _filled(rows[-1]):
        rows.pop()
    return rows


def _csv_rows(lines: Iterable[str], delimiter: str, name: str) -> list[list[object]]:
    rows: list[list[object]] = []
    filled = 0
    for record in csv.reader(lines, delimiter=delimiter):
        row: list[object] = [cell if cell and not cell.isspace() else None for cell in record]
        if _filled(row):
            filled += 1
            if filled > MAX_ROWS + 1:
                raise TooManyRows(name)
        rows.append(row)
    return _trimmed(rows)


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        return ";"  # Polish Excel's default


def read_csv_file(path: Path) -> Sheet:
    """A csv (UTF-8 with or without a BOM, else Windows-1250; Excel's "Unicode text": UTF-16 with its BOM)
    read as it is parsed: a million-row file is refused after MAX_ROWS rows, never held whole."""
    with path.open("rb") as raw:
        encoding = _text_encoding(raw)
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        delimiter = _delimiter(f.read(SNIFF_BYTES))
        f.seek(0)
        rows = _csv_rows(f, delimiter, path.stem)
    if not rows:
        raise EmptySheet()
    return Sheet(path.stem, rows, encoding)


# --- counting rows in the XML before anything is loaded ----------------------------------------------------

_XLSX_ROOT = re.compile(rb"<([\w.-]+:)?worksheet[\s>]")  # its prefix, if any, is the rows' too
_ODS_TABLE = re.compile(rb"<table:table\s[^<>]*>")  # a sheet's start (not -row, -cell, -column ...)
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_ROW_END = b"</table:table-row>"


def _ods_rows(stream: IO[bytes]) -> Iterator[tuple[str, int]]:
    """(sheet name, rows with cells so far in it) as content.xml is read chunk by chunk: the sheets' starts
    found by a regular expression, the rows' closing tags between them counted with bytes.count."""
    name, count, rest = "", 0, b""
    while True:
        chunk = stream.read(CHUNK)
        data = rest + chunk
        cut = data.rfind(b"<") if chunk else len(data)  # no tag is cut in two: the rest waits for the next
        if cut < 0:
            cut = len(data)
        start = 0
        for table in _ODS_TABLE.finditer(data, 0, cut):
            count += data.count(_ODS_ROW_END, start, table.start())
            yield name, count
            found = _ODS_NAME.search(table.group(0))
            name = unescape(found.group(1).decode("utf-8", "replace"), {"&quot;": '"'}) if found else ""
            count, start = 0, table.end()
        count += data.count(_ODS_ROW_END, start, cut)
        yield name, count
        if not chunk:
            return
        rest = data[cut:]


def _xlsx_sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member holding its XML (from xl/workbook.xml and its relationships)."""
    ns_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.tag.endswith("Relationship")}
    parts = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet") or sheet.tag == "sheet":
            target = targets.get(sheet.get(f"{{{ns_rel}}}id"), "")
            member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            parts[sheet.get("name", "")] = member
    return parts


def _xlsx_rows_over(stream: IO[bytes], limit: int) -> bool:
    """Whether the sheet XML in ``stream`` has more than ``limit`` rows with cells: its closing </row> tags
    (an empty <row/> has none) counted chunk by chunk with bytes.count, stopping once over the limit."""
    chunk = stream.read(max(CHUNK, SNIFF_BYTES))  # the root element is at the start
    root = _XLSX_ROOT.search(chunk)
    closing = b"</" + (root.group(1) or b"" if root else b"") + b"row>"
    count, rest = 0, b""
    while chunk:
        data = rest + chunk
        count += data.count(closing)  # a tag cut by the chunk's end is whole in the next data, never twice
        if count > limit:
            return True
        rest = data[-(len(closing) - 1):]
        chunk = stream.read(CHUNK)
    return False


def _check_xlsx_rows(archive: zipfile.ZipFile, only: str | None) -> None:
    for name, member in _xlsx_sheet_parts(archive).items():
        if only is not None and name != only:
            continue
        try:
            with archive.open(member) as stream:
                if _xlsx_rows_over(stream, MAX_ROWS + 1 + PRECHECK_SLACK):
                    raise TooManyRows(name)
        except KeyError:
            continue  # a sheet part missing: calamine says the file is damaged


def _check_ods_rows(archive: zipfile.ZipFile, only: str | None) -> None:
    with archive.open("content.xml") as stream:
        for name, count in _ods_rows(stream):
            # a row repeated (number-rows-repeated) counts once here; the exact count follows the reading
            if count > MAX_ROWS + 1 + PRECHECK_SLACK and (only is None or name == only):
                raise TooManyRows(name)


# --- workbooks ---------------------------------------------------------------------------------------------


def _cells(row: Iterable[object]) -> list[object]:
    return [None if v == "" or v is None else (int(v) if v.__class__ is float and v.is_integer() else v)
            for v in row]


def _finish(name: str, rows: list[list[object]], hidden: bool) -> Sheet:
    sheet = Sheet(name, _trimmed(rows), hidden=hidden)
    if sheet.rows_total > MAX_ROWS:
        raise TooManyRows(name)
    return sheet


def _is_panic(exc: BaseException) -> bool:
    return type(exc).__name__ == "PanicException"  # pyo3's, a BaseException: a calamine bug on a strange file


def _read_with_calamine(source: Path, only: str | None) -> list[Sheet]:
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum  # first use only

    # from a file object: calamine's from_path picks its reader by the file's extension, not its content
    with source.open("rb") as stream, CalamineWorkbook.from_filelike(stream) as book:
        sheets = []
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet or (only is not None and meta.name != only):
                continue  # a chart or macro sheet has no cells
            data: list[list[Any]] = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)  # from A1
            for i, row in enumerate(data):
                data[i] = _cells(row)  # row by row: the rows as read are freed as they go
            sheets.append(_finish(meta.name, data, meta.visible != SheetVisibleEnum.Visible))
        return sheets


def _read_with_openpyxl(source: Path, only: str | None) -> list[Sheet]:
    from openpyxl import load_workbook  # first use only

    stream = source.open("rb")  # a file object: openpyxl judges a path by its name and refuses "lista.xls"
    try:
        wb = load_workbook(stream, read_only=True, data_only=True)  # formulas: their last computed values
    except BaseException:
        stream.close()
        raise
    try:
        sheets = []
        for ws in wb.worksheets:
            if only is not None and ws.title != only:
                continue
            rows, filled = [], 0
            for row in ws.iter_rows(values_only=True):
                cells = _cells(row)
                while cells and cells[-1] is None:
                    cells.pop()  # openpyxl pads every row to the sheet's declared width, however wide
                filled += _filled(cells)
                if filled > MAX_ROWS + 1:
                    raise TooManyRows(ws.title)
                rows.append(cells)
            sheets.append(_finish(ws.title, rows, ws.sheet_state != "visible"))
        return sheets
    finally:
        wb.close()
        stream.close()


def _calamine_or(source: Path, only: str | None, fallback: type[UnreadableSheet] | None) -> list[Sheet]:
    """calamine's reading; on its refusal openpyxl's when ``fallback`` is None, else that error."""
    from python_calamine import CalamineError, PasswordError

    try:
        return _read_with_calamine(source, only)
    except (UnreadableSheet, OSError):
        raise
    except PasswordError as exc:
        raise PasswordProtected() from exc
    except BaseException as exc:
        if not isinstance(exc, CalamineError | ValueError | TypeError | OverflowError) and not _is_panic(exc):
            raise
        if fallback is not None:
            raise fallback() from exc
    try:
        return _read_with_openpyxl(source, only)
    except (UnreadableSheet, OSError):
        raise
    except Exception as exc:  # openpyxl raises many kinds for a broken part
        raise DamagedSheet() from exc


def _read_zip(path: Path, only: str | None) -> list[Sheet]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())  # a damaged member shows when read (CRC): not all tested first
            if "content.xml" in names and "mimetype" in names:
                if not archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
                    raise NotASpreadsheet()  # a text document (odt) or a presentation
                if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
                    raise PasswordProtected()  # LibreOffice's password: the manifest says how parts are encrypted
                _check_ods_rows(archive, only)
                kind = "ods"
            elif "xl/workbook.xml" in names:
                _check_xlsx_rows(archive, only)
                kind = "xlsx"
            elif "xl/workbook.bin" in names:
                kind = "xlsb"  # binary parts: not counted before reading
            else:
                raise NotASpreadsheet()
    except zipfile.BadZipFile as exc:
        raise DamagedSheet() from exc
    except (zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise DamagedSheet() from exc
    # openpyxl reads only xlsx/xlsm: for ods and xlsb calamine's refusal is the file's
    return _calamine_or(path, only, None if kind == "xlsx" else DamagedSheet)


def _ole_cut_off(whole: bytes) -> bool:
    """Whether the OLE file ends before its directory (where the streams' names are): a cut-off file."""
    shift = int.from_bytes(whole[0x1E:0x20], "little")
    sector = 1 << shift if 9 <= shift <= 12 else 512
    first_directory_sector = int.from_bytes(whole[0x30:0x34], "little")
    return len(whole) < 512 or (first_directory_sector + 1) * sector + 128 > len(whole)


def _ole_stream(name: str) -> re.Pattern[bytes]:
    """A directory entry's name as stored (UTF-16), in any case: some writers spell "WORKBOOK"."""
    return re.compile(re.escape(name.encode("utf-16-le")), re.IGNORECASE)


_OLE_ENCRYPTED, _OLE_WORKBOOK, _OLE_BOOK = (_ole_stream(n) for n in ("EncryptedPackage", "Workbook", "Book"))


def _read_ole(path: Path, only: str | None) -> list[Sheet]:
    whole = path.read_bytes()
    if _OLE_ENCRYPTED.search(whole):
        raise PasswordProtected()  # an xlsx with a password: Excel's encrypted wrapper
    if _ole_cut_off(whole):
        raise DamagedSheet()
    if _OLE_WORKBOOK.search(whole):  # Excel 97 and later (BIFF8)
        return _calamine_or(path, only, DamagedSheet)
    if _OLE_BOOK.search(whole):  # Excel 5 / 95 (BIFF5): calamine reads some of them
        return _calamine_or(path, only, UnsupportedSheet)
    raise NotASpreadsheet()  # a Word document or another OLE file


def _unreadable(exc: OSError) -> UnreadableSheet:
    if isinstance(exc, PermissionError) or exc.errno in IN_USE_ERRNOS:
        return FileInUse()
    return UnreadableSheet()


def read_sheets(path: Path, only: str | None = None) -> list[Sheet]:
    """Every worksheet of the file at ``path`` in the workbook's order (a csv is one sheet), or only the sheet
    named ``only``. EmptySheet when nothing in it is filled; TooManyRows when a sheet read has more than
    MAX_ROWS rows; FileInUse when the system refuses to open it (Windows: open in Excel)."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
        kind = kind_of(head)
        if kind == "ole":
            sheets = _read_ole(path, only)
        elif kind == "zip":
            sheets = _read_zip(path, only)
        else:
            sheets = [read_csv_file(path)]
    except OSError as exc:
        raise _unreadable(exc) from exc
    if only is not None and not any(s.name == only for s in sheets):
        raise SheetNotFound()
    if not any(s.rows for s in sheets):
        raise EmptySheet()
    if open_elsewhere(path):
        sheets = [replace(s, open_elsewhere=True) for s in sheets]
    return sheets
