"""The participants list: lazy SQL model, search as you type, filters, sorting, shortcuts, open/edit."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from coopdesk.domain.enums import Citizenship, Role, Sex, Stage
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipantQuery, SortKey
from coopdesk.ui.models.participants_model import ID_ROLE, Column, ParticipantsModel
from coopdesk.ui.pages.participants_page import ParticipantsPage

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
    other = services.users.create("bwojcik", "Barbara Wojcik", Role.ADVISOR)
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

def test_model_passes_qtmodeltester(qtmodeltester, services, people):
    model = ParticipantsModel(services.participants, page_size=2)
    qtmodeltester.check(model)  # the tester stays attached and checks every change below
    model.sort(Column.TOWN, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    model.set_query(ParticipantQuery(text="lublin"))
    model.refresh()
    assert model.rowCount() == 2


def test_model_fetches_pages_lazily(services, people):
    model = ParticipantsModel(services.participants, page_size=2)
    assert model.total() == 5
    assert model.rowCount() == 2
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5
    assert not model.canFetchMore()
    ids = {model.index(r, 0).data(ID_ROLE) for r in range(5)}
    assert ids == {p.id for p in people.values()}


def test_model_counts_a_full_first_page_after_the_table_updates(qtbot, services, people):
    model = ParticipantsModel(services.participants, page_size=2)
    with qtbot.waitSignal(model.totalChanged, timeout=2000) as blocker:
        model.set_query(ParticipantQuery(text="i"))  # Kowalski, Zielinska, Wisniewski, ...
        assert model.rowCount() == 2  # the table is already updated; the count follows
    expected = sum(1 for last, first, town, *_ in PEOPLE if "i" in f"{last} {first} {town}".lower())
    assert blocker.args == [expected]
    assert model.total() == expected
    with qtbot.waitSignal(model.totalChanged, timeout=2000) as blocker:
        model.set_query(ParticipantQuery(text="nowak"))  # a short page: counted at once
    assert blocker.args == [1]


def test_model_shows_formatted_values(services, people):
    model = ParticipantsModel(services.participants)
    row = model.row_of(people["Nowak"].id)
    assert model.index(row, Column.FIRST_NAME).data() == "Ewa"
    assert model.index(row, Column.TOWN).data() == "Chelm"
    assert model.index(row, Column.ADVISOR).data() == "Barbara Wojcik"
    assert model.index(row, Column.STAGE).data() == "Diagnosed"
    expected = QLocale().toString(QDate(1975, 6, 12), QLocale.FormatType.ShortFormat)
    assert model.index(row, Column.BIRTH_DATE).data() == expected
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
    for combo in (page.stage_filter, page.category_filter, page.advisor_filter):
        assert combo.itemData(0) is None
        assert combo.itemText(0) == "All"
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
