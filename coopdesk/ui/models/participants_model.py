"""The participants table: a virtual, SQL-backed model over ``ParticipantService``.

``rowCount()`` is the exact number of matches (counted once per query), so the scrollbar shows the
real size of the list. Rows are read on demand in ``data()``, a page at a time, and the last
``cached_pages`` pages are kept (least recently used first out): jumping anywhere costs one page
query (``list_window``: the offset runs over the sort index, a few ms even at row 99,800).

Search, filters and order are all done in SQL by the service. Sorting re-queries the database: do
not put a QSortFilterProxyModel in front of this model.

A new query (a keystroke) reads the first page only and resets the model showing it. A short first
page is the whole answer (``rowCount`` = its length, ``totalChanged`` at once). A full one is shown
with a provisional row count (the page length, ``counting()`` is True, ``countingStarted`` is
emitted) and the exact count runs from the event loop afterwards, through ``schedule_count``: by
default ``QTimer.singleShot(0)``; the participants page runs it after the table's next paint. Same
thread: a SQLite session must not cross threads. The model then grows
with ``beginInsertRows``/``endInsertRows`` and emits ``totalChanged``. A newer query cancels a
pending count (generation counter); anything that needs the exact figure (``row_of``, ``total``)
counts at once. Display strings are built once per row, when its page is loaded, so painting a cell
is a tuple lookup.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from coopdesk.domain.enums import STAGE_LABELS, Stage
from coopdesk.domain.records import ParticipantQuery, ParticipantRow, SortKey
from coopdesk.services.participants import ParticipantService

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
CACHED_PAGES = 32

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

_Index = QModelIndex | QPersistentModelIndex
# A loaded row: the display strings of the eight columns, then the participant's id (index 8).
_Line = tuple
_ID_AT = 8


class Column(IntEnum):
    LAST_NAME = 0
    FIRST_NAME = 1
    PESEL = 2
    BIRTH_DATE = 3
    TOWN = 4
    STAGE = 5
    ADVISOR = 6
    RECRUITMENT_DATE = 7


# The service sorts by "last name, first name" as one key; both name columns use it.
SORT_KEYS: dict[Column, SortKey] = {
    Column.LAST_NAME: SortKey.NAME,
    Column.FIRST_NAME: SortKey.NAME,
    Column.PESEL: SortKey.PESEL,
    Column.BIRTH_DATE: SortKey.BIRTH_DATE,
    Column.TOWN: SortKey.TOWN,
    Column.STAGE: SortKey.STAGE,
    Column.ADVISOR: SortKey.ADVISOR,
    Column.RECRUITMENT_DATE: SortKey.RECRUITMENT_DATE,
}


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Labels", STAGE_LABELS[stage])


class ParticipantsModel(QAbstractTableModel):
    """Participants matching a ``ParticipantQuery``: all rows counted, pages read when shown."""

    # the exact number of participants matching the query, once it is known (after every new query)
    totalChanged = Signal(int)  # noqa: N815 - Qt signal naming
    # a full first page is shown and the exact count will follow (``totalChanged``)
    countingStarted = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        participants: ParticipantService,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = participants
        self._page_size = max(1, page_size)
        self._cached_pages = max(2, cached_pages)
        self._query = ParticipantQuery()
        self._total = 0
        self._counting = False  # _total is provisional (the first page's length); the count is due
        self._generation = 0  # bumped by every new query: a pending count of an older one is dropped
        # how the deferred count is run: called with a function to call soon, on this thread. The
        # default is the next turn of the event loop; a view can run it after its next paint instead
        # (a zero timer fires before the view's delayed layout and repaint).
        self.schedule_count: Callable[[Callable[[], None]], None] = self._next_turn
        self._pages: OrderedDict[int, list[_Line]] = OrderedDict()
        self._hot_number = -1  # the page data() used last, outside the LRU bookkeeping
        self._hot: list[_Line] = []
        self._stage_labels = {stage: stage_label(stage) for stage in Stage}
        self._locale = QLocale()
        self._date_format = self._locale.dateFormat(QLocale.FormatType.ShortFormat)
        self._dates: dict[date, str] = {}
        self._headers = (
            self.tr("Last name"),
            self.tr("First name"),
            self.tr("PESEL"),
            self.tr("Birth date"),
            self.tr("Town"),
            self.tr("Stage"),
            self.tr("Advisor"),
            self.tr("Recruitment date"),
        )
        self._load()

    # --- what the view shows ---------------------------------------------------------------
    def query(self) -> ParticipantQuery:
        return self._query

    def set_query(self, query: ParticipantQuery) -> None:
        """Show the participants matching ``query``: the first page now, the exact count just after."""
        self._query = query
        self._reset(count=True, defer=True)

    def refresh(self) -> None:
        """Re-read the current query (data may have changed): count again, forget loaded pages."""
        self._reset(count=True, defer=False)

    def total(self) -> int:
        """How many participants match the query (counted now if the count is still pending)."""
        self.finish_count()
        return self._total

    def counting(self) -> bool:
        """True while the row count is provisional (a full first page shown, the count still due)."""
        return self._counting

    def finish_count(self) -> None:
        """Run a pending count now (the scheduled one then does nothing) and grow the model to it."""
        if self._counting:
            self._generation += 1
            self._apply_count(self._service.count(self._query))

    def participant_id(self, row: int) -> int:
        line = self._line(row)
        if line is None:
            raise IndexError(row)
        return line[_ID_AT]

    def row_of(self, participant_id: int) -> int | None:
        """The row of a participant in the whole list (loaded or not), or None if it is not in it."""
        for number, lines in self._pages.items():
            for offset, line in enumerate(lines):
                if line[_ID_AT] == participant_id:
                    return number * self._page_size + offset
        self.finish_count()
        row = self._service.position(self._query, participant_id)
        return row if row is not None and row < self._total else None

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = _DISPLAY):
        # A painted cell asks 7 roles (display, decoration, font, alignment, colours, check state): the
        # ones not served return before anything else. (Overriding multiData() instead would be one
        # call per cell, but in PySide6 6.12 QModelRoleData.setData()/clearData() decrement None's
        # reference count on every call and crash the interpreter after a few thousand cells.)
        if role != _DISPLAY and role != _ID and role != _TOOLTIP:
            return None
        row = index.row()
        number = row // self._page_size
        lines = self._hot if number == self._hot_number else self._page(number)
        offset = row - number * self._page_size
        if row < 0 or offset >= len(lines):
            return None
        line = lines[offset]
        if role == _ID:
            return line[_ID_AT]
        column = index.column()
        return line[column] if 0 <= column < _ID_AT else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # asked once per painted cell: a constant (combining the flags each time cost ~3 ms a keystroke)
        return _FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS[Column(column)]
        if key == self._query.sort and descending == self._query.descending:
            return
        self._query = replace(self._query, sort=key, descending=descending)
        # the same people in another order: the count stands (a pending one still comes, same filter)
        self._reset(count=False)

    # --- internals ---------------------------------------------------------------------------
    def _reset(self, count: bool = True, defer: bool = False) -> None:
        if count:
            self._generation += 1  # cancels a pending count of the previous query
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
            return  # the same query in another order: the row count (or the pending count) stands
        if len(first) < self._page_size:
            self._total, self._counting = len(first), False
        elif defer:
            self._total, self._counting = len(first), True
        else:
            self._total, self._counting = self._service.count(self._query), False

    def _next_turn(self, run: Callable[[], None]) -> None:
        QTimer.singleShot(0, self, run)

    def _count_later(self, generation: int) -> None:
        if generation == self._generation and self._counting:
            self._apply_count(self._service.count(self._query))

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
        rows = self._service.list_window(self._query, number * self._page_size, self._page_size)
        return [self._display_line(item) for item in rows]

    def _display_line(self, item: ParticipantRow) -> _Line:
        return (
            item.last_name,
            item.first_name,
            item.pesel,
            self._date(item.birth_date),
            item.town,
            self._stage_labels[item.stage],
            item.advisor_name,
            self._date(item.recruitment_date),
            item.id,
        )

    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:
            text = self._locale.toString(QDate(value.year, value.month, value.day), self._date_format)
            self._dates[value] = text
        return text
