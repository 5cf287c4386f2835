"""A list the screens show as a paged, sorted, filtered table, declared once (no Qt, no SQL here).

A list *declares* its columns (which row attribute, the header as a translatable source string, the
alignment, how a value is formatted, the sort key it orders by), its filters and its default order, and
*answers* three questions about a ``ListState`` (search text, filters, order): a window of rows, how many
rows there are, and where a row stands. ``coopdesk.ui.models.sql_list_model.SqlListModel`` shows any such
list (pages cached, the exact count deferred), and ``coopdesk.services.list_export`` writes it to .xlsx
as shown. The participants register is the first (``coopdesk.services.participant_list``).

Rows are any objects with an ``id`` and the declared columns' attributes (``ListColumn.key``); a list of
people (``people=True``) also gives each row's ``uuid``, which an export journals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Protocol, runtime_checkable


class Kind(StrEnum):
    """How a column's value is shown (and written to a spreadsheet)."""

    TEXT = "text"
    IDENTIFIER = "identifier"  # digits that are not a number (PESEL): always text, never 8.01E+10
    DATE = "date"  # dd.mm.rrrr on screen, a date cell in a spreadsheet
    LABEL = "label"  # a stored code shown through ``ListColumn.labels`` (translated)
    NUMBER = "number"


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


@dataclass(frozen=True)
class ListColumn:
    """One column of a list. ``header`` is an English source string marked with
    ``QT_TRANSLATE_NOOP(context, ...)``; the screen translates it in ``context``."""

    key: str  # the row attribute shown
    header: str
    context: str = "Lists"
    kind: Kind = Kind.TEXT
    align: Align = Align.LEFT
    sort: str | None = None  # the sort key this column orders by (None: the column does not sort)
    labels: Mapping[Any, str] | None = None  # Kind.LABEL: stored value -> source string
    labels_context: str = "Labels"
    width: int = 14  # initial width in average characters (screen and spreadsheet)
    special: bool = False  # GDPR Art. 9/10 data: never exported without SPECIAL_CATEGORY_READ


@dataclass(frozen=True)
class ListFilter:
    """A filter a list understands: ``ListState.filters[key]``. ``label``, when the list's screen builds its
    filter controls from the declaration: a source string as ``ListColumn.header``."""

    key: str
    label: str = ""
    context: str = "Lists"


def _frozen(values: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType({k: v for k, v in values.items() if v is not None and v is not False})


@dataclass(frozen=True)
class ListState:
    """What a list shows: the search text, the filters in force (key -> value; a filter not in force is
    absent), the sort key and the direction."""

    text: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "filters", _frozen(self.filters))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ListState):
            return NotImplemented
        return (self.text, dict(self.filters), self.sort, self.descending) == (
            other.text, dict(other.filters), other.sort, other.descending)

    def __hash__(self) -> int:
        return hash((self.text, tuple(sorted(self.filters.items(), key=lambda kv: kv[0])), self.sort,
                     self.descending))

    def with_sort(self, sort: str, descending: bool) -> ListState:
        return ListState(self.text, self.filters, sort, descending)


@runtime_checkable
class ListSource(Protocol):
    """What a list declares and answers. Each call reads in its own read-only unit of work, within the
    actor's rights (the source's service checks them)."""

    name: str  # a short stable name ("participants"): journal entries and file names
    title: str  # source string (context ``Lists``): the sheet's title
    columns: Sequence[ListColumn]
    filters: Sequence[ListFilter]
    default_sort: str
    people: bool  # rows are people: each row has ``uuid`` (journaled when the list leaves the database)

    def window(self, state: ListState, offset: int, limit: int) -> Sequence[Any]:
        """Rows ``offset`` .. ``offset + limit - 1`` of the list, in order (fast at any offset)."""
        ...

    def count(self, state: ListState) -> int:
        """How many rows the list has."""
        ...

    def position(self, state: ListState, row_id: int) -> int | None:
        """The 0-based row of ``row_id`` in the list, None when the list does not hold it."""
        ...


def column_index(columns: Sequence[ListColumn], key: str) -> int:
    for i, column in enumerate(columns):
        if column.key == key:
            return i
    raise KeyError(key)
