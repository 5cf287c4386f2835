"""Any declared list (``services.lists.ListSource``) written to .xlsx as shown: the same search, filters
and order, the columns shown in the order shown, their headers; dates as dates, identifiers (PESEL) as
text, a bold frozen header row with an autofilter, the declared widths.

Only roles that may export participant data (``Permission.EXPORT``) export a list; special-category
columns are left out without ``SPECIAL_CATEGORY_READ``. The file is written under a temporary name and
given its name only once it is complete and the export is journaled (who, which people by stable id,
which columns, where); a failure or a cancel (``progress`` raising) leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopdesk.db.engine import Database
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.services.context import Context
from coopdesk.services.export_file import publish_export, temporary_export
from coopdesk.services.lists import Kind, ListColumn, ListSource, ListState
from coopdesk.services.xlsx import (
    column_letter,
    date_cell,
    discarded_on_error,
    header_cells,
    identifier_cell,
    new_workbook,
    set_widths,
    text_cell,
)

CHUNK = 1000
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})

Translate = Callable[[str, str], str]  # (context, source text) -> the text shown (QCoreApplication.translate)


def _untranslated(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class ListExportResult:
    path: Path
    rows: int
    headers: tuple[str, ...]  # the columns written, as headed in the file
    left_out: tuple[str, ...]  # columns asked for but not written (special-category data without the right)


class ListExportService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def may_export(self) -> bool:
        """Whether the actor may export lists at all (the screens offer the action only then)."""
        return allowed(self._ctx.actor, Permission.EXPORT)

    def export(
        self,
        source: ListSource,
        state: ListState,
        out: Path,
        columns: Sequence[str] | None = None,
        translate: Translate | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ListExportResult:
        """Write the rows of ``source`` in ``state`` to ``out`` (.xlsx). ``columns``: the keys of the columns
        shown, in the order shown (None: all declared); ``translate`` turns the declared headers and labels
        into the screen's language; ``progress(done, total)`` may raise to cancel."""
        require(self._ctx.actor, Permission.EXPORT)
        translate = translate or _untranslated
        declared = {c.key: c for c in source.columns}
        wanted = [declared[k] for k in columns] if columns is not None else list(source.columns)
        special = allowed(self._ctx.actor, Permission.SPECIAL_CATEGORY_READ)
        chosen = [c for c in wanted if special or not c.special]
        left_out = tuple(translate(c.context, c.header) for c in wanted if c not in chosen)
        headers = tuple(translate(c.context, c.header) for c in chosen)
        formats = [_formatter(c, translate) for c in chosen]

        out = Path(out)
        wb = new_workbook()
        ws = wb.create_sheet(_sheet_title(translate("Lists", source.title)))
        with temporary_export(self._db, out) as tmp, discarded_on_error(wb):
            set_widths(ws, [column.width + 2 for column in chosen])
            ws.append(header_cells(ws, headers))
            uuids: list[str] = []
            written = 0
            # every page from one consistent state of the database (rows saved meanwhile neither
            # repeat nor go missing between pages); read-only, no write lock
            with self._db.snapshot(self._ctx.actor):
                total = source.count(state)
                if progress:
                    progress(0, total)
                while True:
                    rows = source.window(state, written, CHUNK)
                    for row in rows:
                        ws.append([fmt(ws, getattr(row, c.key)) for c, fmt in zip(chosen, formats, strict=True)])
                        if source.people:
                            uuids.append(row.uuid)
                    written += len(rows)
                    if progress:
                        progress(written, max(total, written))
                    if len(rows) < CHUNK:
                        break
            if chosen:
                ws.auto_filter.ref = f"A1:{column_letter(len(chosen))}{written + 1}"
            wb.save(tmp)
            publish_export(self._db, self._ctx.actor, tmp, out, f"export:list:{source.name}", written, headers,
                           uuids if source.people else None)
        return ListExportResult(out, written, headers, left_out)




def _sheet_title(title: str) -> str:
    return (title.translate(_SHEET_FORBIDDEN).strip() or "List")[:31]


def _formatter(column: ListColumn, translate: Translate) -> Callable[[Any, Any], Any]:
    if column.kind is Kind.DATE:
        return date_cell
    if column.kind is Kind.LABEL:
        labels = {v: translate(column.labels_context, t) for v, t in (column.labels or {}).items()}
        return lambda ws, value: text_cell(ws, labels.get(value, "" if value is None else str(value)))
    if column.kind is Kind.NUMBER:
        return lambda ws, value: value
    if column.kind is Kind.IDENTIFIER:
        return identifier_cell
    return text_cell
