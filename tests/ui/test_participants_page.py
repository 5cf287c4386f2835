"""The participants list: virtual SQL model, search as you type, filters, sorting, shortcuts, open/edit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from coopdesk.domain.collation import polish_key
from coopdesk.domain.enums import Citizenship, Role, Sex, Stage
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipantQuery, SortKey
from coopdesk.ui.models.participants_model import ID_ROLE, Column, ParticipantsModel
from coopdesk.ui.pages.participants_page import ParticipantsPage
from tests.conftest import add_user

PEOPLE = [
    # last, first, town, birth, stage
    ("Kowalski", "Jan", "Lublin", date(1980, 3, 1), Stage.RECRUITED),
    ("Nowak", "Ewa", "Chelm", date(1975, 6, 12), Stage.DIAGNOSED),
    ("Zielinska", "Maria", "Lublin", date(1990, 1, 20), Stage.IN_TRAINING),
    ("Adamczyk", "Piotr", "Zamosc", date(1965, 11, 5), Stage.RECRUITED),
    ("Wisniewski", "Tomasz", "Pulawy", date(2001, 9, 30), Stage.LEFT),
]


def draft(last: str, first: str, town: str, born: date, stage: Stage = Stage.RECRUITED, **extra) -> ParticipantDraft:
    return ParticipantDraft(
        first_name=first, last_name=last, town=town, birth_date=born, sex=Sex.FEMALE,
        citizenship=Citizenship.EU, recruitment_date=date(2026, 1, 15), stage=stage, **extra,
    )


@pytest.fixture
def people(services, advisor):
    """Five people; Kowalski and Zielinska belong to the fixture advisor, Nowak to another one."""
    other = add_user(services, "bwojcik", "Barbara Wojcik", Role.ADVISOR)
    categories = services.dictionaries.categories()
    created = {}
    for last, first, town, born, stage in PEOPLE:
        extra = {}
        if last in ("Kowalski", "Zielinska"):
            extra["advisor_id"] = advisor.id
        if last == "Nowak":
            extra["advisor_id"] = other.id
            extra["categories"] = (CategoryAssignment(categories[0].id, "PUP 1/2026", date(2026, 1, 10)),)
        created[last] = services.participants.create(draft(last, first, town, born, stage, **extra))
    return created


@pytest.fixture
def page(qtbot, services, people):
    widget = ParticipantsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_last_names(page: ParticipantsPage) -> list[str]:
    model = page.table.model()
    return [model.index(r, Column.LAST_NAME).data() for r in range(model.rowCount())]


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index > 0, f"{data!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


# --- the model ---------------------------------------------------------------------------------

class Spy:
    """The participant service, counting the queries the model sends."""

    def __init__(self, service) -> None:
        self._service = service
        self.calls: list[tuple] = []

    def list_window(self, query, offset, limit):
        self.calls.append(("page", offset))
        return self._service.list_window(query, offset, limit)

    def count(self, query):
        self.calls.append(("count",))
        return self._service.count(query)

    def position(self, query, participant_id):
        self.calls.append(("position",))
        return self._service.position(query, participant_id)


@pytest.fixture
def crowd(services):
    """A few hundred demo participants (spread over several advisors and stages)."""
    from coopdesk.services.demo import generate_demo

    generate_demo(services, people=340, seed=7)
    return services


def column(model, col: Column) -> list:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, services, people):
    model = ParticipantsModel(services.participants, page_size=2, cached_pages=2)
    qtmodeltester.check(model)  # the tester stays attached and checks every change below
    model.sort(Column.TOWN, Qt.SortOrder.DescendingOrder)
    model.set_query(ParticipantQuery(text="lublin"))
    model.refresh()
    assert model.rowCount() == 2


def test_model_passes_qtmodeltester_on_hundreds_of_rows(qtmodeltester, crowd):
    model = ParticipantsModel(crowd.participants, page_size=50, cached_pages=3)
    qtmodeltester.check(model)  # walks every row: pages are read and evicted as it goes
    assert model.rowCount() == 340
    model.sort(Column.BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    model.set_query(replace(model.query(), text="a"))
    model.refresh()
    assert model.rowCount() == crowd.participants.count(model.query()) > 50


def test_row_count_is_the_exact_count(qtbot, crowd):
    model = ParticipantsModel(crowd.participants, page_size=50)
    assert model.rowCount() == model.total() == 340
    advisor_id = crowd.dictionaries.advisors()[0].id
    for query in (ParticipantQuery(text="a"), ParticipantQuery(advisor_id=advisor_id),
                  ParticipantQuery(stage=Stage.RECRUITED), ParticipantQuery(text="zzzq")):
        expected = crowd.participants.count(query)
        model.set_query(query)
        # a full first page is shown at once with a provisional count; the exact one follows
        assert model.rowCount() == min(expected, 50)
        assert model.counting() == (expected >= 50)
        qtbot.waitUntil(lambda: not model.counting(), timeout=2000)
        assert model.rowCount() == expected


def test_the_count_grows_the_model_with_inserted_rows(qtbot, qtmodeltester, crowd):
    model = ParticipantsModel(crowd.participants, page_size=50)
    qtmodeltester.check(model)  # stays attached: checks the reset and the insertion below
    started, inserted, totals = [], [], []
    model.countingStarted.connect(lambda: started.append(model.rowCount()))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.totalChanged.connect(totals.append)
    model.set_query(ParticipantQuery(text="a"))
    assert started == [50] and inserted == [] and totals == []
    expected = crowd.participants.count(model.query())
    with qtbot.waitSignal(model.totalChanged, timeout=2000):
        pass
    assert inserted == [(50, expected - 1)] and totals == [expected]
    assert model.index(expected - 1, 0).data(ID_ROLE) == crowd.participants.list_page(
        model.query(), expected - 1, 1)[0].id


def test_a_newer_query_cancels_a_pending_count(qtbot, crowd):
    spy = Spy(crowd.participants)
    model = ParticipantsModel(spy, page_size=50)
    totals = []
    model.totalChanged.connect(totals.append)
    spy.calls.clear()
    model.set_query(ParticipantQuery(text="a"))  # full: its count is due
    model.set_query(ParticipantQuery(text="e"))  # full too: the count of "a" is dropped
    assert spy.calls == [("page", 0), ("page", 0)]
    qtbot.waitUntil(lambda: not model.counting(), timeout=2000)
    qtbot.wait(20)  # the dropped count's turn has passed too
    assert spy.calls == [("page", 0), ("page", 0), ("count",)]
    assert totals == [crowd.participants.count(ParticipantQuery(text="e"))] == [model.rowCount()]
    spy.calls.clear()
    model.set_query(ParticipantQuery(text="a"))
    model.set_query(ParticipantQuery(text="zzzq"))  # a short page: the answer, nothing left to count
    qtbot.wait(20)
    assert spy.calls == [("page", 0), ("page", 0)]
    assert not model.counting() and model.rowCount() == 0 and totals[-1] == 0


def test_row_of_and_total_count_at_once_when_the_count_is_pending(crowd):
    model = ParticipantsModel(crowd.participants, page_size=50)
    query = ParticipantQuery(text="a")
    expected = crowd.participants.list_page(query, 0, 1000)
    model.set_query(query)
    assert model.counting()
    assert model.row_of(expected[-1].id) == len(expected) - 1  # beyond the provisional rows
    assert not model.counting() and model.rowCount() == len(expected)
    model.set_query(ParticipantQuery(text="e"))
    assert model.total() == crowd.participants.count(ParticipantQuery(text="e")) == model.rowCount()


def test_jumping_to_the_last_row_shows_the_last_person(crowd):
    spy = Spy(crowd.participants)
    model = ParticipantsModel(spy, page_size=50)
    expected = crowd.participants.list_page(model.query(), 0, 1000)
    assert len(expected) == 340
    spy.calls.clear()
    last = model.rowCount() - 1
    assert model.index(last, Column.LAST_NAME).data() == expected[-1].last_name
    assert model.index(last, Column.FIRST_NAME).data() == expected[-1].first_name
    assert model.index(last, 0).data(ID_ROLE) == expected[-1].id
    assert spy.calls == [("page", 300)]  # one page query, at the end
    assert model.index(170, 0).data(ID_ROLE) == expected[170].id
    assert model.index(last - 1, 0).data(ID_ROLE) == expected[-2].id  # the end page is cached
    assert spy.calls == [("page", 300), ("page", 150)]
    assert [model.index(r, 0).data(ID_ROLE) for r in range(340)] == [p.id for p in expected]


def test_pages_are_cached_least_recently_used(crowd):
    spy = Spy(crowd.participants)
    model = ParticipantsModel(spy, page_size=50, cached_pages=2)
    spy.calls.clear()
    for row in (60, 120, 70, 0, 65):  # pages 1, 2, 1, 0 (evicts 2), 1 (cached)
        model.index(row, 0).data()
    assert spy.calls == [("page", 50), ("page", 100), ("page", 0)]


def test_model_sorts_descending_in_sql(crowd):
    model = ParticipantsModel(crowd.participants, page_size=50)
    model.sort(Column.LAST_NAME, Qt.SortOrder.DescendingOrder)
    assert model.query().sort is SortKey.NAME and model.query().descending
    expected = crowd.participants.list_page(ParticipantQuery(descending=True), 0, 1000)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [p.id for p in expected]
    ascending = crowd.participants.list_page(ParticipantQuery(), 0, 1000)
    assert [p.id for p in expected] == [p.id for p in reversed(ascending)]
    model.sort(Column.TOWN, Qt.SortOrder.DescendingOrder)
    towns = [t or "" for t in column(model, Column.TOWN)]
    assert towns == sorted(towns, key=polish_key, reverse=True) and model.rowCount() == 340  # Polish order


def test_a_keystroke_sends_one_page_query_and_one_count(qtbot, crowd):
    spy = Spy(crowd.participants)
    model = ParticipantsModel(spy, page_size=50)
    resets, totals = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.totalChanged.connect(totals.append)
    spy.calls.clear()
    model.set_query(ParticipantQuery(text="a"))  # a full first page: counted, after the page is shown
    assert spy.calls == [("page", 0)]
    assert resets == [1] and totals == [] and model.rowCount() == 50
    qtbot.waitUntil(lambda: totals != [], timeout=2000)
    assert spy.calls == [("page", 0), ("count",)]
    assert resets == [1] and totals == [model.rowCount()]
    spy.calls.clear()
    model.set_query(ParticipantQuery(text="zzzq"))  # a short first page is the whole answer
    assert spy.calls == [("page", 0)]
    assert totals[-1] == 0 and model.rowCount() == 0
    spy.calls.clear()
    model.set_query(ParticipantQuery(text="a"))
    qtbot.waitUntil(lambda: not model.counting(), timeout=2000)
    model.sort(Column.PESEL, Qt.SortOrder.AscendingOrder)  # another order: same count, not counted
    assert spy.calls == [("page", 0), ("count",), ("page", 0)]
    spy.calls.clear()
    model.set_query(ParticipantQuery(text="e"))
    model.sort(Column.TOWN, Qt.SortOrder.AscendingOrder)  # sorted while counting: the count still comes
    qtbot.waitUntil(lambda: not model.counting(), timeout=2000)
    assert spy.calls == [("page", 0), ("page", 0), ("count",)]
    assert model.rowCount() == crowd.participants.count(ParticipantQuery(text="e"))


def test_row_of_finds_a_person_beyond_the_loaded_pages(crowd):
    model = ParticipantsModel(crowd.participants, page_size=50)
    expected = crowd.participants.list_page(model.query(), 0, 1000)
    assert model.row_of(expected[3].id) == 3
    assert model.row_of(expected[333].id) == 333  # not loaded: asked of the database
    assert model.participant_id(333) == expected[333].id
    model.set_query(ParticipantQuery(text=expected[0].last_name.lower()))
    assert model.row_of(expected[333].id) is None or expected[333].last_name == expected[0].last_name


def test_model_counts_at_once_and_announces_it(qtbot, services, people):
    model = ParticipantsModel(services.participants, page_size=2)
    with qtbot.waitSignal(model.totalChanged, timeout=1000) as blocker:
        model.set_query(ParticipantQuery(text="i"))  # Kowalski, Zielinska, Wisniewski, ...
    expected = sum(1 for last, first, town, *_ in PEOPLE if "i" in f"{last} {first} {town}".lower())
    assert blocker.args == [expected]
    assert model.rowCount() == model.total() == expected
    with qtbot.waitSignal(model.totalChanged, timeout=1000) as blocker:
        model.set_query(ParticipantQuery(text="nowak"))
    assert blocker.args == [1]


def test_model_shows_formatted_values(services, people):
    model = ParticipantsModel(services.participants)
    row = model.row_of(people["Nowak"].id)
    assert model.index(row, Column.FIRST_NAME).data() == "Ewa"
    assert model.index(row, Column.TOWN).data() == "Chelm"
    assert model.index(row, Column.ADVISOR).data() == "Barbara Wojcik"
    assert model.index(row, Column.STAGE).data() == "Diagnosed"
    assert model.index(row, Column.BIRTH_DATE).data() == "12.06.1975"  # the one format, any locale
    assert model.index(row, Column.LAST_NAME).data(ID_ROLE) == people["Nowak"].id


def test_model_sort_goes_to_sql(services, people):
    model = ParticipantsModel(services.participants)
    model.sort(Column.BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    assert model.query().sort is SortKey.BIRTH_DATE and model.query().descending
    assert model.index(0, Column.LAST_NAME).data() == "Wisniewski"
    model.set_query(ParticipantQuery(text="lublin", sort=SortKey.NAME))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Kowalski", "Zielinska"]


# --- the page ----------------------------------------------------------------------------------

def test_default_order_is_by_name_and_nothing_is_opened(page, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "_open_dialog", lambda pid: opened.append(pid))
    assert shown_last_names(page) == ["Adamczyk", "Kowalski", "Nowak", "Wisniewski", "Zielinska"]
    assert not page.table.currentIndex().isValid()
    assert not page.edit_button.isEnabled()
    assert opened == []


def test_search_as_you_type_finds_a_person(qtbot, page):
    qtbot.keyClicks(page.search, "ziel")
    assert shown_last_names(page) == ["Zielinska"]
    page.search.clear()
    assert len(shown_last_names(page)) == 5
    qtbot.keyClicks(page.search, "chelm ewa")
    assert shown_last_names(page) == ["Nowak"]
    qtbot.keyClicks(page.search, "x")
    assert shown_last_names(page) == []
    assert page.count_label.text() == "0 participants"


def test_search_ignores_case_and_polish_letters(qtbot, page, services):
    services.participants.create(draft("Łukaszewicz", "Zofia", "Łódź", date(1970, 2, 2)))
    page.model.refresh()
    qtbot.keyClicks(page.search, "LUKASZ")
    assert shown_last_names(page) == ["Łukaszewicz"]


def test_stage_filter_narrows_the_list(page):
    choose(page.stage_filter, Stage.RECRUITED)
    assert shown_last_names(page) == ["Adamczyk", "Kowalski"]
    page.stage_filter.setCurrentIndex(0)  # "All"
    assert len(shown_last_names(page)) == 5


def test_category_filter_narrows_the_list(page, services):
    choose(page.category_filter, services.dictionaries.categories()[0].id)
    assert shown_last_names(page) == ["Nowak"]


def test_a_category_no_longer_offered_still_filters_old_records(page, services):
    """A deactivated category is not offered for new people, but the list can still be filtered by it."""
    from dataclasses import replace

    from coopdesk.domain.dictionaries import DictionaryKind

    used = services.dictionaries.categories()[0]
    entry = next(e for e in services.dictionaries.entries(DictionaryKind.CATEGORIES) if e.id == used.id)
    services.dictionaries.save_entry(replace(entry, active=False))
    assert used.id not in [c.id for c in services.dictionaries.categories()]
    page.reload_filters()
    index = page.category_filter.findData(used.id)
    assert index > 0 and page.category_filter.itemText(index) == f"{used.name} (not offered)"
    choose(page.category_filter, used.id)
    assert shown_last_names(page) == ["Nowak"]


def test_advisor_filter_narrows_the_list(page, advisor):
    choose(page.advisor_filter, advisor.id)
    assert shown_last_names(page) == ["Kowalski", "Zielinska"]
    assert page.count_label.text() == "2 participants"


def test_filters_and_search_combine(qtbot, page, advisor):
    choose(page.advisor_filter, advisor.id)
    qtbot.keyClicks(page.search, "maria")
    assert shown_last_names(page) == ["Zielinska"]
    assert page.count_label.text() == "1 participant"


def test_filter_combos_offer_all_first(page):
    # one source string each: Polish says "Wszystkie" (stages, categories) but "Wszyscy" (advisors)
    for combo, text in ((page.stage_filter, "All stages"), (page.category_filter, "All categories"),
                        (page.advisor_filter, "All advisors")):
        assert combo.itemData(0) is None
        assert combo.itemText(0) == text
    assert page.stage_filter.count() == 1 + len(Stage)


def test_header_click_sorts(qtbot, page):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.TOWN) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    towns = [page.model.index(r, Column.TOWN).data() for r in range(page.model.rowCount())]
    assert towns == sorted(towns) and towns[0] == "Chelm"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    towns = [page.model.index(r, Column.TOWN).data() for r in range(page.model.rowCount())]
    assert towns[:3] == ["Zamosc", "Pulawy", "Lublin"]
    assert page.model.query().sort is SortKey.TOWN and page.model.query().descending


def test_count_label(page):
    assert page.count_label.text() == "5 participants"


SHORTENED = "Only the first 8 words and 100 characters are searched."
CLEANED = "Control and invisible characters were left out of the search."


def test_a_long_or_odd_search_is_shortened_and_the_user_is_told(qtbot, page):
    notice = page.findChild(QLabel, "searchNotice")
    assert notice is not None and notice.isHidden()
    # before: SQLite's "Expression tree is too large" - no rows and no message
    page.search.setText(" ".join(["kowalski"] * 1200))
    assert shown_last_names(page) == ["Kowalski"]
    assert (notice.isVisible(), notice.text()) == (True, SHORTENED)
    assert page.model.query().text == " ".join(["kowalski"] * 8)

    page.search.setText("ziel")
    assert shown_last_names(page) == ["Zielinska"] and notice.isHidden()

    page.search.setText("z" * 100_000)  # before: "LIKE or GLOB pattern too complex"
    assert shown_last_names(page) == [] and notice.text() == SHORTENED

    page.search.setText("\x00zzz")  # before: the NUL ended the pattern and everyone matched
    assert shown_last_names(page) == []
    assert (notice.isVisible(), notice.text()) == (True, CLEANED)
    page.search.setText("kow\u200balski\x07 " + "jan " * 20)
    assert shown_last_names(page) == ["Kowalski"]
    assert notice.text() == f"{SHORTENED} {CLEANED}"

    page.search.clear()
    assert len(shown_last_names(page)) == 5 and notice.isHidden()


def test_ctrl_f_focuses_and_selects_search(qtbot, page):
    page.search.setText("abc")
    page.table.setFocus()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    assert page.search.selectedText() == "abc"


def test_ctrl_n_opens_an_empty_form_and_selects_the_new_person(qtbot, page, services, monkeypatch):
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    calls = []

    def fake_dialog(participant_id):
        calls.append(participant_id)
        return services.participants.create(draft("Bak", "Adam", "Lublin", date(1988, 4, 4))).id

    monkeypatch.setattr(page, "_open_dialog", fake_dialog)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == [None]
    assert page.count_label.text() == "6 participants"
    assert page.table.currentIndex().data() == "Bak"
    assert page.selected_id() == page.model.participant_id(page.table.currentIndex().row())


def test_new_button_cancelled_changes_nothing(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "_open_dialog", lambda pid: None)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.count_label.text() == "5 participants"
    assert not page.table.currentIndex().isValid()


def test_enter_and_double_click_open_the_selected_person(qtbot, page, people, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "_open_dialog", lambda pid: opened.append(pid))
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    assert page.select_participant(people["Nowak"].id)
    assert page.edit_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [people["Nowak"].id]

    row = page.model.row_of(people["Adamczyk"].id)
    rect = page.table.visualRect(page.model.index(row, Column.TOWN))
    # QTest sends no press before its double-click event; a real double click starts with one
    qtbot.mousePress(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [people["Nowak"].id, people["Adamczyk"].id]


def test_down_in_search_moves_into_the_table(qtbot, page):
    qtbot.keyClicks(page.search, "lublin")
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    assert page.selected_id() is not None


def test_edit_refreshes_the_row(qtbot, page, services, people, monkeypatch):
    nowak = people["Nowak"]

    def fake_dialog(participant_id):
        services.participants.update(participant_id, draft("Nowak", "Ewa", "Krasnik", nowak.birth_date,
                                                           Stage.DIAGNOSED, advisor_id=nowak.advisor_id))
        return participant_id

    monkeypatch.setattr(page, "_open_dialog", fake_dialog)
    page.select_participant(nowak.id)
    page.edit_selected()
    row = page.model.row_of(nowak.id)
    assert page.model.index(row, Column.TOWN).data() == "Krasnik"
    assert page.table.currentIndex().row() == row


def test_a_saved_person_far_down_the_list_is_selected_and_shown(qtbot, crowd, monkeypatch):
    page = ParticipantsPage(crowd)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)

    def fake_dialog(participant_id):
        return crowd.participants.create(draft("Żyżyński", "Adam", "Lublin", date(1988, 4, 4))).id

    monkeypatch.setattr(page, "_open_dialog", fake_dialog)
    page.new_participant()
    assert page.model.rowCount() == 341
    assert page.table.currentIndex().row() == 340
    assert page.table.currentIndex().data() == "Żyżyński"  # last in Polish order
    assert page.table.rowAt(page.table.viewport().height() // 2) > 300  # scrolled down to it
    assert page.count_label.text() == "341 participants"


def test_a_keystroke_paints_the_first_page_then_counts(qtbot, crowd, monkeypatch):
    page = ParticipantsPage(crowd)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    events = []
    real_count = crowd.participants.count

    def count(query):
        events.append(("count", page.count_label.text()))
        return real_count(query)

    def paint(event, original=page.table.paintEvent):
        original(event)
        events.append(("paint", page.model.rowCount()))

    monkeypatch.setattr(crowd.participants, "count", count)
    page.table.paintEvent = paint  # the viewport's paint, as the view's virtual
    page.search.setText("a")  # 333 of the 340 match: a full first page of 200
    assert page.model.counting() and page.model.rowCount() == 200
    assert page.count_label.text() == "counting…"
    qtbot.waitUntil(lambda: not page.model.counting(), timeout=3000)
    assert events[:2] == [("paint", 200), ("count", "counting…")]  # painted first, then counted
    expected = real_count(page.model.query())
    assert page.model.rowCount() == expected
    assert page.count_label.text() == f"{expected} participants"


def test_scrollbar_spans_all_rows_and_the_end_shows_the_last_person(qtbot, crowd):
    page = ParticipantsPage(crowd)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.table.scrollToBottom()
    qtbot.wait(10)
    last = crowd.participants.list_page(page.model.query(), 339, 1)[0]
    assert page.table.rowAt(page.table.viewport().height() - 2) == 339  # the last row at the bottom
    assert page.table.rowAt(page.table.viewport().height() // 2) > 300
    assert page.model.index(339, Column.LAST_NAME).data() == last.last_name
    assert page.table.verticalScrollBar().maximum() > 0


def test_refresh_rereads_and_keeps_the_selection(qtbot, page, services, people):
    assert page.select_participant(people["Wisniewski"].id)
    services.participants.create(draft("Abacki", "Jan", "Lublin", date(1970, 1, 1)))
    page.refresh()
    assert shown_last_names(page)[0] == "Abacki"
    assert page.count_label.text() == "6 participants"
    assert page.selected_id() == people["Wisniewski"].id
    assert page.table.currentIndex().row() == 4


# --- issue 7: after a filter or search change the list returns to the top ----------------------

def _far_down(qtbot, crowd) -> ParticipantsPage:
    """The page with row 300 current and shown (the top rows scrolled out of sight)."""
    page = ParticipantsPage(crowd)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, Column.LAST_NAME))
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last row
    for _ in range(39):
        qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.table.currentIndex().row() == 300
    assert page.table.rowAt(0) > 200
    return page


def _at_the_top(page: ParticipantsPage) -> None:
    assert page.model.rowCount() > 0
    assert page.table.verticalScrollBar().value() == 0
    assert page.table.rowAt(0) == 0  # the first row is the one seen at the top
    assert page.table.currentIndex().row() == 0
    assert page.selected_id() == page.model.participant_id(0)
    assert page.table.selectionModel().isRowSelected(0)


def test_typing_a_search_returns_the_list_to_the_top(qtbot, crowd):
    page = _far_down(qtbot, crowd)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "a")
    qtbot.waitUntil(lambda: not page.model.counting(), timeout=3000)
    _at_the_top(page)
    assert page.search.hasFocus()  # the user keeps typing
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)  # back to every one: still the top
    _at_the_top(page)


@pytest.mark.parametrize("combo", ["stage_filter", "category_filter", "advisor_filter"])
def test_a_filter_change_returns_the_list_to_the_top(qtbot, crowd, combo):
    page = _far_down(qtbot, crowd)
    widget = getattr(page, combo)
    widget.setFocus()
    for _ in range(widget.count()):  # the first choice that leaves people to show
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        if page.model.rowCount() > 0:
            break
    assert widget.currentIndex() > 0
    qtbot.waitUntil(lambda: not page.model.counting(), timeout=3000)
    _at_the_top(page)
    qtbot.keyClick(widget, Qt.Key.Key_Home)  # "All …" again
    assert widget.currentIndex() == 0
    _at_the_top(page)


def test_a_filter_with_nobody_to_show_selects_nothing(qtbot, page):
    page.search.setFocus()
    qtbot.keyClicks(page.search, "Nobodyhere")
    assert page.model.rowCount() == 0
    assert page.selected_id() is None and not page.edit_button.isEnabled()


def test_a_refresh_after_saving_keeps_the_selection_and_the_place(qtbot, crowd, monkeypatch):
    page = _far_down(qtbot, crowd)
    chosen = page.selected_id()
    monkeypatch.setattr(page, "_open_dialog", lambda participant_id: participant_id)  # "saved" unchanged
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.selected_id() == chosen and page.table.currentIndex().row() == 300
    assert page.table.rowAt(0) > 200
    page.refresh()
    assert page.selected_id() == chosen and page.table.currentIndex().row() == 300
    assert page.table.rowAt(0) > 200
