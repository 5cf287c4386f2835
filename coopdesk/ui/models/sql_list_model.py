"""Any declared list (``coopdesk.services.lists.ListSource``) as a virtual, SQL-backed table model.

``rowCount()`` is the exact number of rows (counted once per state), so the scrollbar shows the real
size of the list. Rows are read on demand in ``data()``, a page at a time, and the last
``cached_pages`` pages are kept (least recently used first out): jumping anywhere costs one page query
(``ListSource.window``).

Search, filters and order are all done in SQL by the source. Sorting (``sort()``: by the column's
declared sort key) re-queries the database: do not put a QSortFilterProxyModel in front of this model.

A new state (a keystroke) reads the first page only and resets the model showing it. A short first
page is the whole answer (``rowCount`` = its length, ``totalChanged`` at once). A full one is shown
with a provisional row count (the page length, ``counting()`` is True, ``countingStarted`` is
emitted) and the exact count runs from the event loop afterwards, through ``schedule_count``: by
default ``QTimer.singleShot(0)``; a page can run it after the table's next paint. Same thread: a
SQLite session must not cross threads. The model then grows with ``beginInsertRows``/``endInsertRows``
and emits ``totalChanged``. A newer state cancels a pending count (generation counter); anything that
needs the exact figure (``row_of``, ``total``) counts at once. Display strings are built once per row,
when its page is loaded (one function built from the declaration: attribute reads, dates and labels
dictionary hits), so painting a cell is a tuple lookup.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from coopdesk.domain.formats import format_date
from coopdesk.services.lists import Align, Kind, ListColumn, ListSource, ListState

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
CACHED_PAGES = 32

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ID_ROLE)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ALIGNMENTS = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    Align.CENTER: Qt.AlignmentFlag.AlignCenter,
}

_Index = QModelIndex | QPersistentModelIndex
# A loaded row: the display strings of the columns, then the row's id (at ``self._id_at``).
_Line = tuple


def header_text(column: ListColumn) -> str:
    return QCoreApplication.translate(column.context, column.header)


def label_table(column: ListColumn) -> dict[Any, str]:
    """A label column's stored values and their translated labels."""
    return {value: QCoreApplication.translate(column.labels_context, text)
            for value, text in (column.labels or {}).items()}


class SqlListModel(QAbstractTableModel):
    """The rows of a ``ListSource`` in a ``ListState``: all rows counted, pages read when shown."""

    # the exact number of rows in the state, once it is known (after every new state)
    totalChanged = Signal(int)
    # a full first page is shown and the exact count will follow (``totalChanged``)
    countingStarted = Signal()

    def __init__(
        self,
        source: ListSource,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent: QObject | None = None,
        state: ListState | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns: tuple[ListColumn, ...] = tuple(source.columns)
        self._page_size = max(1, page_size)
        self._cached_pages = max(2, cached_pages)
        self._state = state if state is not None else ListState(sort=source.default_sort)
        self._total = 0
        self._counting = False  # _total is provisional (the first page's length); the count is due
        self._generation = 0  # bumped by every new state: a pending count of an older one is dropped
        # how the deferred count is run: called with a function to call soon, on this thread. The
        # default is the next turn of the event loop; a view can run it after its next paint instead
        # (a zero timer fires before the view's delayed layout and repaint).
        self.schedule_count: Callable[[Callable[[], None]], None] = self._next_turn
        self._pages: OrderedDict[int, list[_Line]] = OrderedDict()
        self._hot_number = -1  # the page data() used last, outside the LRU bookkeeping
        self._hot: list[_Line] = []
        self._dates: dict[date | None, str] = _Memo(format_date)
        self._headers = tuple(header_text(c) for c in self._columns)
        self._id_at = len(self._columns)
        self._line_of = self._line_builder()
        self._aligns = tuple(
            None if c.align is Align.LEFT else _ALIGNMENTS[c.align] for c in self._columns)
        self._aligned = any(a is not None for a in self._aligns)
        self._load()

    # --- what the view shows ---------------------------------------------------------------
    def source(self) -> ListSource:
        return self._source

    def columns(self) -> tuple[ListColumn, ...]:
        return self._columns

    def state(self) -> ListState:
        return self._state

    def set_state(self, state: ListState) -> None:
        """Show the rows of ``state``: the first page now, the exact count just after."""
        self._state = state
        self._reset(count=True, defer=True)

    def refresh(self) -> None:
        """Re-read the current state (data may have changed): count again, forget loaded pages."""
        self._reset(count=True, defer=False)

    def total(self) -> int:
        """How many rows the state has (counted now if the count is still pending)."""
        self.finish_count()
        return self._total

    def counting(self) -> bool:
        """True while the row count is provisional (a full first page shown, the count still due)."""
        return self._counting

    def finish_count(self) -> None:
        """Run a pending count now (the scheduled one then does nothing) and grow the model to it."""
        if self._counting:
            self._generation += 1
            self._apply_count(self._source.count(self._state))

    def row_id(self, row: int) -> int:
        line = self._line(row)
        if line is None:
            raise IndexError(row)
        return line[self._id_at]

    def row_of(self, row_id: int) -> int | None:
        """The row of ``row_id`` in the whole list (loaded or not), or None if it is not in it."""
        at = self._id_at
        for number, lines in self._pages.items():
            for offset, line in enumerate(lines):
                if line[at] == row_id:
                    return number * self._page_size + offset
        self.finish_count()
        row = self._source.position(self._state, row_id)
        return row if row is not None and row < self._total else None

    def sort_column(self) -> int:
        """The first column that orders by the state's sort key (-1: none)."""
        for i, c in enumerate(self._columns):
            if c.sort == self._state.sort:
                return i
        return -1

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._id_at

    def data(self, index: _Index, role: int = _DISPLAY):
        # A painted cell asks 7 roles (display, decoration, font, alignment, colours, check state): the
        # ones not served return before anything else. (Overriding multiData() instead would be one
        # call per cell, but in PySide6 6.12 QModelRoleData.setData()/clearData() decrement None's
        # reference count on every call and crash the interpreter after a few thousand cells.)
        if role != _DISPLAY and role != _ID and role != _TOOLTIP:
            if role == _ALIGN and self._aligned and index.isValid() and 0 <= index.column() < self._id_at:
                return self._aligns[index.column()]
            return None
        row = index.row()
        number = row // self._page_size
        lines = self._hot if number == self._hot_number else self._page(number)
        offset = row - number * self._page_size
        if row < 0 or offset >= len(lines):
            return None
        line = lines[offset]
        if role == _ID:
            return line[self._id_at]
        column = index.column()
        return line[column] if 0 <= column < self._id_at else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # asked once per painted cell: a constant (combining the flags each time cost ~3 ms a keystroke)
        return _FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self._id_at:
            return
        key = self._columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._state.sort and descending == self._state.descending:
            return
        self._state = self._state.with_sort(key, descending)
        # the same rows in another order: the count stands (a pending one still comes, same filter)
        self._reset(count=False)

    # --- internals ---------------------------------------------------------------------------
    def _formatter(self, column: ListColumn) -> Callable[[Any], Any] | None:
        if column.kind is Kind.DATE:
            return self._dates.__getitem__  # each date formatted once
        if column.kind is Kind.LABEL:
            labels = _Memo(_as_text)
            labels.update(label_table(column))
            return labels.__getitem__
        if column.kind is Kind.NUMBER:
            return _as_text
        return None  # text is shown as it comes

    def _line_builder(self) -> Callable[[Any], _Line]:
        """One function turning a row into its display line, built once from the declaration: the same
        per-row work as a hand-written tuple (attribute reads; dates and labels are dictionary hits)."""
        names: dict[str, Any] = {}
        parts = []
        for i, column in enumerate(self._columns):
            if not column.key.isidentifier():
                raise ValueError(f"not an attribute name: {column.key!r}")
            fmt = self._formatter(column)
            if fmt is None:
                parts.append(f"row.{column.key}")
            else:
                names[f"f{i}"] = fmt
                parts.append(f"f{i}(row.{column.key})")
        return eval(f"lambda row: ({', '.join(parts)}, row.id)", names)  # declared names only

    def _reset(self, count: bool = True, defer: bool = False) -> None:
        if count:
            self._generation += 1  # cancels a pending count of the previous state
        self.beginResetModel()
        self._load(count, defer)
        self.endResetModel()
        if self._counting:
            if count:
                self.countingStarted.emit()
                generation = self._generation
                self.schedule_count(lambda: self._count_later(generation))
        elif count:
            self.totalChanged.emit(self._total)

    def _load(self, count: bool = True, defer: bool = False) -> None:
        """The first page and, unless it is short (then it is the whole answer), the count (or its due)."""
        self._pages.clear()
        self._hot_number, self._hot = -1, []
        first = self._fetch(0)
        self._pages[0] = first
        if not count:
            return  # the same state in another order: the row count (or the pending count) stands
        if len(first) < self._page_size:
            self._total, self._counting = len(first), False
        elif defer:
            self._total, self._counting = len(first), True
        else:
            self._total, self._counting = self._source.count(self._state), False

    def _next_turn(self, run: Callable[[], None]) -> None:
        QTimer.singleShot(0, self, run)

    def _count_later(self, generation: int) -> None:
        if generation == self._generation and self._counting:
            self._apply_count(self._source.count(self._state))

    def _apply_count(self, exact: int) -> None:
        """Grow (or, if rows went meanwhile, shrink) the model from the provisional count to ``exact``."""
        self._counting = False
        shown = self._total
        if exact > shown:
            self.beginInsertRows(QModelIndex(), shown, exact - 1)
            self._total = exact
            self.endInsertRows()
        elif exact < shown:
            self.beginRemoveRows(QModelIndex(), exact, shown - 1)
            self._total = exact
            for number in [n for n in self._pages if n * self._page_size >= exact]:
                del self._pages[number]
            self._pages.get(0, [])[exact:] = []
            self._hot_number, self._hot = -1, []
            self.endRemoveRows()
        self.totalChanged.emit(self._total)

    def _page(self, number: int) -> list[_Line]:
        lines = self._pages.get(number)
        if lines is None:
            if number < 0 or number * self._page_size >= self._total:
                return []
            lines = self._fetch(number)
            self._pages[number] = lines
            while len(self._pages) > self._cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        self._hot_number, self._hot = number, lines
        return lines

    def _line(self, row: int) -> _Line | None:
        number, offset = divmod(row, self._page_size)
        lines = self._page(number) if row >= 0 else []
        return lines[offset] if offset < len(lines) else None

    def _fetch(self, number: int) -> list[_Line]:
        rows = self._source.window(self._state, number * self._page_size, self._page_size)
        return list(map(self._line_of, rows))


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


class _Memo(dict[Any, Any]):
    """A dictionary that computes (once) a value it does not hold yet: a hit is a C lookup."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self._make(key)
        return value
