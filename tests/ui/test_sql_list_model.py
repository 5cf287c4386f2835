"""The generic SQL-backed list model (ui/models/sql_list_model.py) on a fake source and on the register."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.enums import Stage
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.records import ParticipantQuery, SortKey
from coopdesk.services.lists import Align, Kind, ListColumn, ListFilter, ListSource, ListState
from coopdesk.services.participant_list import ParticipantListSource, to_query, to_state
from coopdesk.ui.models.participants_model import Column, ParticipantsModel
from coopdesk.ui.models.sql_list_model import ID_ROLE, SqlListModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    city: str
    born: date | None
    kind: str
    amount: int


COLOURS = {"a": QT_TRANSLATE_NOOP("Tests", "Apple"), "b": QT_TRANSLATE_NOOP("Tests", "Banana")}


class FakeSource:
    """A list held in memory: search in the name, a ``city`` filter, two sort keys; calls recorded."""

    name = "items"
    title = "Items"
    columns = (
        ListColumn("name", "Name", "Tests", sort="name"),
        ListColumn("city", "City", "Tests", sort="city"),
        ListColumn("born", "Born", "Tests", Kind.DATE),
        ListColumn("kind", "Kind", "Tests", Kind.LABEL, labels=COLOURS, labels_context="Tests"),
        ListColumn("amount", "Amount", "Tests", Kind.NUMBER, Align.RIGHT, sort="amount"),
    )
    filters = (ListFilter("city", "City", "Tests"),)
    default_sort = "name"
    people = False

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.calls: list[tuple] = []

    def _rows(self, state: ListState) -> list[Item]:
        rows = [i for i in self.items if state.text.lower() in i.name.lower()]
        if "city" in state.filters:
            rows = [i for i in rows if i.city == state.filters["city"]]
        key = {"name": lambda i: (i.name, i.id), "city": lambda i: (i.city, i.id),
               "amount": lambda i: (i.amount, i.id)}[state.sort or "name"]
        return sorted(rows, key=key, reverse=state.descending)

    def window(self, state, offset, limit):
        self.calls.append(("window", offset))
        return self._rows(state)[offset:offset + limit]

    def count(self, state):
        self.calls.append(("count",))
        return len(self._rows(state))

    def position(self, state, row_id):
        self.calls.append(("position",))
        ids = [i.id for i in self._rows(state)]
        return ids.index(row_id) if row_id in ids else None


def items(n: int = 57) -> list[Item]:
    cities = ["Lublin", "Radom", "Kielce"]
    return [Item(i, f"Name {i:03d}", cities[i % 3], date(1980, 1, 1 + i % 28) if i % 5 else None,
                 "ab"[i % 2], i * 10) for i in range(1, n + 1)]


def shown(model: SqlListModel, column: int = 0) -> list:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_fake_source_is_a_list_source():
    assert isinstance(FakeSource([]), ListSource)
    assert isinstance(ParticipantListSource(object()), ListSource)


def test_generic_model_passes_qtmodeltester_through_every_change(qtbot, qtmodeltester):
    source = FakeSource(items())
    model = SqlListModel(source, page_size=10, cached_pages=2)
    qtmodeltester.check(model)  # stays attached: the resets, the insertion after the count, the sort below
    assert model.rowCount() == 57  # built: counted at once
    model.set_state(ListState("name"))
    assert model.rowCount() == 10 and model.counting()  # a full first page, the count follows
    qtbot.waitUntil(lambda: not model.counting(), timeout=2000)
    assert model.rowCount() == 57
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.state().sort == "amount" and model.state().descending
    model.set_state(ListState("name 00", {"city": "Radom"}, "city"))
    model.refresh()
    model.set_state(ListState("nobody"))
    assert model.rowCount() == 0
    model.set_state(ListState())
    model.finish_count()
    qtmodeltester.check(model)  # and once more over all 57 rows, pages read and evicted
    assert model.rowCount() == 57


def test_generic_model_shows_the_declared_columns(qtbot):
    source = FakeSource(items(7))
    model = SqlListModel(source)
    assert model.columnCount() == 5
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name", "City", "Born", "Kind", "Amount"]
    first = model.index(0, 0)
    assert first.data(ID_ROLE) == 1
    assert [model.index(0, c).data() for c in range(5)] == ["Name 001", "Radom", "02.01.1980", "Banana", "10"]
    assert model.index(4, 2).data() == ""  # no date
    assert model.index(1, 3).data() == "Apple"
    assert model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None  # left: the view's default
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Radom"


def test_generic_model_sorts_by_the_declared_keys_only(qtbot):
    source = FakeSource(items(30))
    model = SqlListModel(source, page_size=100)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # city
    assert shown(model, 1) == sorted(shown(model, 1))
    assert model.sort_column() == 1
    source.calls.clear()
    model.sort(2, Qt.SortOrder.DescendingOrder)  # born: declared without a sort key - nothing happens
    assert source.calls == [] and model.state().sort == "city"
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(30)] == list(range(30, 0, -1))


def test_generic_model_filters_searches_and_finds_positions(qtbot):
    source = FakeSource(items(200))
    model = SqlListModel(source, page_size=20, cached_pages=2)
    model.set_state(ListState("name 1", {"city": "Kielce"}, "amount", True))
    expected = source._rows(model.state())
    assert model.total() == len(expected) > 20
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [i.id for i in expected]
    source.calls.clear()
    deep = expected[-1].id
    assert model.row_of(deep) == len(expected) - 1
    assert model.row_id(len(expected) - 1) == deep
    assert model.row_of(2) is None  # Radom: not in this list
    assert ("position",) in source.calls


def test_generic_model_defers_the_count_and_a_newer_state_cancels_it(qtbot):
    source = FakeSource(items(120))
    model = SqlListModel(source, page_size=10)
    totals = []
    model.totalChanged.connect(totals.append)
    source.calls.clear()
    model.set_state(ListState("name"))
    model.set_state(ListState("name 0"))  # 99 rows: full first page again, the first count dropped
    assert source.calls == [("window", 0), ("window", 0)]
    qtbot.waitUntil(lambda: not model.counting(), timeout=2000)
    qtbot.wait(20)
    assert source.calls.count(("count",)) == 1 and totals == [99] == [model.rowCount()]


def test_list_state_compares_by_value_and_drops_filters_not_in_force():
    assert ListState("a", {"x": 1, "y": None, "z": False}) == ListState("a", {"x": 1})
    assert ListState("a", {"x": 1}) != ListState("a", {"x": 2})
    assert hash(ListState("a", {"x": 1})) == hash(ListState("a", {"x": 1}))
    with pytest.raises(TypeError):
        ListState(filters={"x": 1}).filters["x"] = 2  # frozen


def test_a_participant_query_round_trips_through_the_list_state(services):
    query = ParticipantQuery(text="kow", stage=Stage.DIAGNOSED, advisor_id=3, sort=SortKey.TOWN, descending=True)
    assert to_query(to_state(query)) == query
    assert to_state(ParticipantQuery()).filters == {}
    assert to_query(ListState()) == ParticipantQuery()


# --- the participants register on it, with real data ---------------------------------------------

@pytest.fixture
def crowd(services):
    from coopdesk.services.demo import generate_demo

    generate_demo(services, people=120, seed=3)
    return services


def test_participants_model_is_the_generic_model_and_passes_qtmodeltester(qtbot, qtmodeltester, crowd):
    model = ParticipantsModel(crowd.participants, page_size=25, cached_pages=2)
    assert isinstance(model, SqlListModel)
    qtmodeltester.check(model)
    assert model.rowCount() == 120
    model.sort(Column.STAGE, Qt.SortOrder.DescendingOrder)
    model.set_query(replace(model.query(), text="a", stage=Stage.RECRUITED))
    qtbot.waitUntil(lambda: not model.counting(), timeout=2000)
    model.refresh()
    expected = crowd.participants.list_page(model.query(), 0, 1000)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [p.id for p in expected]
    assert model.query().sort is SortKey.STAGE and model.query().descending
