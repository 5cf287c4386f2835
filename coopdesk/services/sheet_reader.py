"""Reading a spreadsheet a partner sent, whatever it is (issue 9 groundwork, not wired yet).

The kind is decided from the file's first bytes, never from its name: a zip (xlsx, ods), an OLE compound file
(xls, or an xlsx protected by a password: Excel wraps those in OLE), else text read as CSV - UTF-8 with or
without a BOM, else Windows-1250 (Polish Excel's "CSV" export), with the delimiter sniffed (; , or tab).
Every refusal is a ``CoopdeskError`` saying in words what is wrong with the file; nothing is written.
xlsx is read with openpyxl in read-only mode for now (python-calamine is the faster reader the issue names).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SNIFF_BYTES = 64 * 1024


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


class UnsupportedSheet(UnreadableSheet):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This kind of spreadsheet (xls, ods) cannot be read yet: save it as xlsx or csv.")


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[object]]  # cell values as read (text, numbers, dates); None for an empty cell
    encoding: str = ""  # csv only: utf-8-sig, utf-8 or cp1250


def kind_of(head: bytes) -> str:
    """'zip', 'ole' or 'text' from the file's first bytes."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    return "text"


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): a UTF-8 BOM, else strict UTF-8, else Windows-1250; NotASpreadsheet for binary data."""
    if b"\x00" in data[:SNIFF_BYTES]:
        raise NotASpreadsheet()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1250", errors="replace"), "cp1250"


def read_csv(data: bytes, name: str = "csv") -> Sheet:
    text, encoding = decode_text(data)
    if not text.strip():
        raise EmptySheet()
    try:
        dialect = csv.Sniffer().sniff(text[:SNIFF_BYTES], delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";"  # Polish Excel's default
    rows: list[list[object]] = [[cell if cell != "" else None for cell in row]
                                for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return Sheet(name, [r for r in rows if any(c is not None for c in r)], encoding)


def read_xlsx(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook  # first use only (start-up stays light)

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if archive.testzip() is not None:
                raise DamagedSheet()
    except zipfile.BadZipFile as exc:
        raise DamagedSheet() from exc
    if "mimetype" in names and "content.xml" in names:
        raise UnsupportedSheet()  # an OpenDocument spreadsheet (ods)
    if "xl/workbook.xml" not in names:
        raise NotASpreadsheet()
    try:
        wb = load_workbook(path, read_only=True, data_only=True)  # formulas: their last computed values
    except Exception as exc:  # openpyxl raises many kinds for a broken part
        raise DamagedSheet() from exc
    try:
        return [Sheet(ws.title, [list(row) for row in ws.iter_rows(values_only=True)
                                 if any(v is not None for v in row)]) for ws in wb.worksheets]
    finally:
        wb.close()


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the file at ``path`` (a csv is one sheet)."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise UnreadableSheet() from exc
    kind = kind_of(head)
    if kind == "ole":
        with path.open("rb") as f:
            whole = f.read()
        if "EncryptedPackage".encode("utf-16-le") in whole:
            raise PasswordProtected()
        raise UnsupportedSheet()  # an old xls
    if kind == "zip":
        return read_xlsx(path)
    return [read_csv(path.read_bytes(), path.stem)]
