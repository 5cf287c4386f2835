"""The participants table: the participants register (``services.participant_list``) on the generic
``SqlListModel`` (pages, deferred exact count, position, sort in SQL — see ``sql_list_model``).

Kept for its callers: ``Column`` (the column order), ``ParticipantQuery`` in and out (``query()``,
``set_query()``) and ``participant_id()``; the service it is given only needs ``list_window``, ``count``
and ``position``.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject

from coopdesk.domain.enums import STAGE_LABELS, Stage
from coopdesk.domain.records import ParticipantQuery, SortKey
from coopdesk.services.participant_list import (
    PARTICIPANT_COLUMNS,
    ParticipantListSource,
    ParticipantQueries,
    to_query,
    to_state,
)
from coopdesk.ui.models.sql_list_model import CACHED_PAGES, ID_ROLE, PAGE_SIZE, SqlListModel

__all__ = ["CACHED_PAGES", "ID_ROLE", "PAGE_SIZE", "SORT_KEYS", "Column", "ParticipantsModel", "stage_label"]


class Column(IntEnum):
    LAST_NAME = 0
    FIRST_NAME = 1
    PESEL = 2
    BIRTH_DATE = 3
    TOWN = 4
    STAGE = 5
    ADVISOR = 6
    RECRUITMENT_DATE = 7
    PROJECT = 8  # the current participation's project code (does not sort)


# The sort key of each column, as the register declares it (both name columns sort by "last, first").
SORT_KEYS: dict[Column, SortKey] = {
    column: SortKey(sort) for column in Column if (sort := PARTICIPANT_COLUMNS[column].sort)
}


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Labels", STAGE_LABELS[stage])


class ParticipantsModel(SqlListModel):
    """Participants matching a ``ParticipantQuery``: all rows counted, pages read when shown."""

    def __init__(
        self,
        participants: ParticipantQueries,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(ParticipantListSource(participants), page_size, cached_pages, parent,
                         state=to_state(ParticipantQuery()))

    def query(self) -> ParticipantQuery:
        return to_query(self.state())

    def set_query(self, query: ParticipantQuery) -> None:
        """Show the participants matching ``query``: the first page now, the exact count just after."""
        self.set_state(to_state(query))

    def participant_id(self, row: int) -> int:
        return self.row_id(row)
