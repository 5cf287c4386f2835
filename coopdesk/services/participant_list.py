"""The participants register as a ``ListSource``: its columns, filters and sort keys, over the
participant service's list queries (``list_window``, ``count``, ``position``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any, Protocol

from coopdesk.domain.enums import STAGE_LABELS
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.records import ParticipantQuery, ParticipantRow, SortKey
from coopdesk.services.lists import Kind, ListColumn, ListFilter, ListState

# The headers keep the context the participants table has always used (their translations stand).
_CTX = "ParticipantsModel"

# The order of the participants table's columns (ui.models.participants_model.Column follows it).
PARTICIPANT_COLUMNS: tuple[ListColumn, ...] = (
    # The service sorts by "last name, first name" as one key; both name columns use it.
    ListColumn("last_name", QT_TRANSLATE_NOOP("ParticipantsModel", "Last name"), _CTX, sort=SortKey.NAME, width=18),
    ListColumn("first_name", QT_TRANSLATE_NOOP("ParticipantsModel", "First name"), _CTX, sort=SortKey.NAME, width=14),
    ListColumn("pesel", QT_TRANSLATE_NOOP("ParticipantsModel", "PESEL"), _CTX, Kind.IDENTIFIER, sort=SortKey.PESEL,
               width=13),
    ListColumn("birth_date", QT_TRANSLATE_NOOP("ParticipantsModel", "Birth date"), _CTX, Kind.DATE,
               sort=SortKey.BIRTH_DATE, width=11),
    ListColumn("town", QT_TRANSLATE_NOOP("ParticipantsModel", "Town"), _CTX, sort=SortKey.TOWN, width=16),
    ListColumn("stage", QT_TRANSLATE_NOOP("ParticipantsModel", "Stage"), _CTX, Kind.LABEL, sort=SortKey.STAGE,
               labels=STAGE_LABELS, width=26),
    ListColumn("advisor_name", QT_TRANSLATE_NOOP("ParticipantsModel", "Advisor"), _CTX, sort=SortKey.ADVISOR,
               width=18),
    ListColumn("recruitment_date", QT_TRANSLATE_NOOP("ParticipantsModel", "Recruitment date"), _CTX, Kind.DATE,
               sort=SortKey.RECRUITMENT_DATE, width=12),
    # the current participation's project (issue 8): read for the shown page only, so it does not sort
    ListColumn("project_code", QT_TRANSLATE_NOOP("ParticipantsModel", "Project"), _CTX, width=12),
)

# Every field of ParticipantQuery but the text and the order is a filter (stage, category, advisor, ...).
_NOT_FILTERS = {"text", "sort", "descending"}
FILTER_KEYS: tuple[str, ...] = tuple(f.name for f in fields(ParticipantQuery) if f.name not in _NOT_FILTERS)

# (the participants page builds its own filter controls: stage, category, advisor, project, incomplete;
# project_id WITHOUT_PROJECT stands for "(without project)")
PARTICIPANT_FILTERS: tuple[ListFilter, ...] = tuple(ListFilter(key) for key in FILTER_KEYS)


class ParticipantQueries(Protocol):
    def list_window(self, query: ParticipantQuery, offset: int, limit: int = 200) -> list[ParticipantRow]: ...

    def count(self, query: ParticipantQuery) -> int: ...

    def position(self, query: ParticipantQuery, participant_id: int) -> int | None: ...


def to_query(state: ListState) -> ParticipantQuery:
    """The participant query a list state stands for."""
    chosen = {key: state.filters[key] for key in FILTER_KEYS if key in state.filters}
    return ParticipantQuery(text=state.text, sort=SortKey(state.sort or SortKey.NAME),
                            descending=state.descending, **chosen)


def to_state(query: ParticipantQuery) -> ListState:
    """The list state of a participant query (the filters left at their defaults are not in force)."""
    defaults = ParticipantQuery()
    chosen: dict[str, Any] = {}
    for key in FILTER_KEYS:
        value = getattr(query, key)
        if value != getattr(defaults, key):
            chosen[key] = value
    return ListState(query.text, chosen, query.sort.value, query.descending)


class ParticipantListSource:
    """The participants the actor may see, as a list (the service checks the rights on every call)."""

    name: str = "participants"
    title: str = QT_TRANSLATE_NOOP("Lists", "Participants")
    columns: Sequence[ListColumn] = PARTICIPANT_COLUMNS
    filters: Sequence[ListFilter] = PARTICIPANT_FILTERS
    default_sort: str = SortKey.NAME.value
    people: bool = True

    def __init__(self, participants: ParticipantQueries) -> None:
        self.participants = participants

    def window(self, state: ListState, offset: int, limit: int) -> list[ParticipantRow]:
        return self.participants.list_window(to_query(state), offset, limit)

    def count(self, state: ListState) -> int:
        return self.participants.count(to_query(state))

    def position(self, state: ListState, row_id: int) -> int | None:
        return self.participants.position(to_query(state), row_id)
