"""Writing .xlsx files (openpyxl, write-only mode): the cell rules every export shares.

openpyxl (and Pillow, which it imports) is loaded when a file is written, not when coopdesk starts: it
costs start-up time and about 15 MB that most sessions never need.

Rules: dates are real dates shown dd.mm.yyyy; identifiers (PESEL, stable ids) are text, never numbers;
text starting with "=" stays text (no formula ever runs in the partner's Excel); control characters that
make openpyxl refuse the whole file are removed; empty values write no cell.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy
from datetime import date, datetime
from typing import Any

DATE_FORMAT = "DD.MM.YYYY"

Sheet = Any  # openpyxl's write-only worksheet (openpyxl has no type hints)
Workbook = Any


def new_workbook() -> Workbook:
    from openpyxl import Workbook as _Workbook

    return _Workbook(write_only=True)


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def set_widths(ws: Sheet, widths: list[float]) -> None:
    """Freeze the header row and set the columns' widths (before the first row is appended)."""
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[column_letter(i)].width = width


def header_cells(ws: Sheet, headers: list[str] | tuple[str, ...], wrap: bool = False) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(cell)
    return cells


def clean(value: object) -> str:
    """The text of ``value`` without the control characters openpyxl refuses (it cuts at 32,767 itself)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value)))


def date_cell(ws: Sheet, value: object) -> Any:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        return None
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def text_cell(ws: Sheet, value: object) -> Any:
    text = clean(value)
    if not text:
        return None  # empty cells are not written at all
    if text.startswith("="):  # text, never a formula run in Excel
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"
        return cell
    return text


def identifier_cell(ws: Sheet, value: object) -> Any:
    text = clean(value)
    if not text:
        return None
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # digits kept as typed: a PESEL is text (leading zeros, no 8.01E+10)
    cell.number_format = "@"
    return cell


def value_cell(ws: Sheet, value: object) -> Any:
    """A date as a date, text by the text rules, anything else (numbers) as it is; "" writes nothing."""
    if isinstance(value, date):
        return date_cell(ws, value)
    if isinstance(value, str):
        return text_cell(ws, value)
    return value


@contextmanager
def discarded_on_error(wb: Workbook) -> Iterator[None]:
    """On any error inside, the workbook's streamed sheet files go at once (see discard_sheet_files)."""
    try:
        yield
    except BaseException:
        discard_sheet_files(wb)
        raise


def discard_sheet_files(wb: Workbook) -> None:
    """A write-only workbook streams its rows (personal data) to temporary files that openpyxl removes
    only when it saves or when the program ends: remove them at once when an export stops half-way."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if writer is not None and isinstance(out, str) and os.path.exists(out):
            rows = getattr(ws, "_rows", None)  # the generator writing the sheet: end it before the file
            try:
                if rows is not None:
                    rows.close()
                writer.close()
            except Exception:  # a half-written sheet may not close cleanly: its file goes anyway
                pass
            finally:
                with contextlib.suppress(OSError, ValueError):
                    writer.cleanup()


def set_autofilter(ws: Sheet, columns: int, rows: int) -> None:
    """Filter buttons on the header of a sheet of ``columns`` columns and ``rows`` rows (header included);
    in write-only mode it is written when the sheet closes, so it may be set after the rows."""
    ws.auto_filter.ref = f"A1:{column_letter(max(columns, 1))}{max(rows, 1)}"


def write_lists(wb: Workbook, lists_ws: Sheet, lists: list[list[str]]) -> list[str]:
    """Each list in its own column of ``lists_ws`` (a hidden sheet of the write-only workbook, filled here in
    one go) and a workbook-level name for its cells; returns the names, in the lists' order. A dropdown's
    inline list is limited to 255 characters and cannot hold a comma: a named range has neither limit."""
    from openpyxl.workbook.defined_name import DefinedName

    names = []
    title = lists_ws.title.replace("'", "''")
    for i, values in enumerate(lists, start=1):
        name = f"Lista_{i}"
        letter = column_letter(i)
        wb.defined_names[name] = DefinedName(
            name, attr_text=f"'{title}'!${letter}$1:${letter}${max(len(values), 1)}")
        names.append(name)
    for r in range(max((len(v) for v in lists), default=0)):
        lists_ws.append([text_cell(lists_ws, v[r]) if r < len(v) else None for v in lists])
    return names


def add_list_validations(ws: Sheet, lists: dict[int, str], last_row: int = 1_048_576) -> None:
    """A dropdown on every data cell of each column (1-based index -> a name from ``write_lists``). A value
    not in the list draws a warning, not a refusal: the layouts' dictionaries are the best known, and a
    partner may need to keep a value the list lacks."""
    from openpyxl.worksheet.datavalidation import DataValidation

    for index, name in lists.items():
        dv = DataValidation(type="list", formula1=f"={name}", allow_blank=True, showDropDown=False,
                            showErrorMessage=True, errorStyle="warning",
                            errorTitle="Wartość spoza słownika", error="Wybierz wartość z listy.")
        letter = column_letter(index)
        dv.add(f"{letter}2:{letter}{last_row}")
        ws.data_validations.append(dv)  # (write-only sheets lack add_data_validation)


class StyledCells:
    """Date and identifier cells for one sheet, their style worked out once: looking a cell's style up costs
    more than writing the cell (an export of 100,000 participations writes about a million of them). The
    cells are the same as ``date_cell`` / ``identifier_cell`` give."""

    def __init__(self, ws: Sheet) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._ws = ws
        self._new = WriteOnlyCell
        self._date_style = date_cell(ws, date(2000, 1, 1))._style
        self._id_style = identifier_cell(ws, "0")._style

    def date(self, value: object) -> Any:
        if isinstance(value, datetime):
            value = value.date()
        if not isinstance(value, date):
            return None
        cell = self._new(self._ws)
        cell._value, cell.data_type, cell._style = value, "d", copy(self._date_style)
        return cell

    def identifier(self, value: object) -> Any:
        text = clean(value)
        if not text:
            return None
        cell = self._new(self._ws)
        cell._value, cell.data_type, cell._style = text[:32767], "s", copy(self._id_style)
        return cell
