"""The participants table: a lazy, SQL-backed model over ``ParticipantService``.

Rows are fetched in pages (``canFetchMore``/``fetchMore``); search, filters and order are all done
in SQL by the service, so the model never holds more than the pages the user has scrolled through.
Sorting re-queries the database: do not put a QSortFilterProxyModel in front of this model.

A reset runs one query (the first page). When that page is full, the number of matches is counted
right after, from the event loop, so typing in the search box updates the table first; several
resets in a row (fast typing) are counted once. ``total()`` always answers, counting if it must.
"""

from __future__ import annotations

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

_Index = QModelIndex | QPersistentModelIndex


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
    """Participants matching a ``ParticipantQuery``, loaded page by page."""

    #: the number of participants matching the query (after a reset, possibly a moment later)
    totalChanged = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(
        self, participants: ParticipantService, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = participants
        self._page_size = page_size
        self._query = ParticipantQuery()
        self._rows: list[ParticipantRow] = []
        self._total: int | None = 0  # None: not counted yet
        self._more = False  # the last page fetched was full: there may be more rows
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._announce_total)
        # True from begin* to end* of a reset or an insert: listeners reacting to those signals
        # must not start another insert inside it (Qt's model tester and views would see them nested).
        self._changing = False
        self._stage_labels = {stage: stage_label(stage) for stage in Stage}
        self._headers = {
            Column.LAST_NAME: self.tr("Last name"),
            Column.FIRST_NAME: self.tr("First name"),
            Column.PESEL: self.tr("PESEL"),
            Column.BIRTH_DATE: self.tr("Birth date"),
            Column.TOWN: self.tr("Town"),
            Column.STAGE: self.tr("Stage"),
            Column.ADVISOR: self.tr("Advisor"),
            Column.RECRUITMENT_DATE: self.tr("Recruitment date"),
        }
        self._load(self._page_size)
        self.total()

    # --- what the view shows ---------------------------------------------------------------
    def query(self) -> ParticipantQuery:
        return self._query

    def set_query(self, query: ParticipantQuery) -> None:
        """Show the participants matching ``query`` from its first page on."""
        self._query = query
        self._reset(self._page_size)

    def refresh(self) -> None:
        """Re-read the current query, keeping as many rows loaded as before (data may have changed)."""
        self._reset(max(self._page_size, len(self._rows)))

    def total(self) -> int:
        """How many participants match the query (loaded or not)."""
        if self._total is None:
            self._total = self._service.count(self._query)
        return self._total

    def participant_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, participant_id: int) -> int | None:
        """The row of a participant among the rows loaded so far, or None."""
        for row, item in enumerate(self._rows):
            if item.id == participant_id:
                return row
        return None

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._display(item, Column(index.column()))
        if role == ID_ROLE:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[Column(section)] if 0 <= section < len(Column) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._changing and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._changing:
            return
        page = self._service.list_page(self._query, len(self._rows), self._page_size)
        self._more = len(page) >= self._page_size
        if not page:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._changing = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS[Column(column)]
        if key == self._query.sort and descending == self._query.descending:
            return
        known = self._total
        self._query = replace(self._query, sort=key, descending=descending)
        self._reset(self._page_size, known_total=known)

    # --- internals ---------------------------------------------------------------------------
    def _reset(self, limit: int, known_total: int | None = None) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self._load(limit)
            self.endResetModel()
        finally:
            self._changing = False
        if self._total is None and known_total is not None:
            self._total = known_total
        if self._total is None:
            self._count_timer.start()  # count once the table has been updated
        else:
            self._count_timer.stop()
            self.totalChanged.emit(self._total)

    def _announce_total(self) -> None:
        self.totalChanged.emit(self.total())

    def _load(self, limit: int) -> None:
        self._rows = self._service.list_page(self._query, 0, limit)
        self._more = len(self._rows) >= limit
        # A short first page is the whole answer: no need to count it in SQL.
        self._total = None if self._more else len(self._rows)

    def _display(self, item: ParticipantRow, column: Column) -> str:
        match column:
            case Column.LAST_NAME:
                return item.last_name
            case Column.FIRST_NAME:
                return item.first_name
            case Column.PESEL:
                return item.pesel
            case Column.BIRTH_DATE:
                return format_date(item.birth_date)
            case Column.TOWN:
                return item.town
            case Column.STAGE:
                return self._stage_labels[item.stage]
            case Column.ADVISOR:
                return item.advisor_name
            case Column.RECRUITMENT_DATE:
                return format_date(item.recruitment_date)
        return ""
