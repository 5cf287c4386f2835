"""The participants list (issue 7): export as shown, assign to project, unclipped filters, "incomplete" filter."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from coopdesk.domain.enums import Role, Stage
from coopdesk.domain.formats import format_date
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import ParticipantQuery
from coopdesk.ui import list_export_action, prompts
from coopdesk.ui.models.participants_model import Column
from coopdesk.ui.pages.participants_page import ParticipantsPage
from tests.conftest import as_user


@pytest.fixture
def crowd(services):
    from coopdesk.services.demo import generate_demo

    generate_demo(services, people=120, seed=5)
    return services


@pytest.fixture
def told(monkeypatch):
    seen: dict[str, list[str]] = {"info": [], "error": []}
    monkeypatch.setattr(prompts, "info", lambda _p, _t, text: seen["info"].append(text))
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: seen["error"].append(text))
    return seen


def make_page(qtbot, services) -> ParticipantsPage:
    page = ParticipantsPage(services)
    qtbot.addWidget(page)
    page.resize(1500, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def action(page: ParticipantsPage, name: str):
    """An action of the list's context menu (ActionsContextMenu: the table's actions are the menu)."""
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    found = [a for a in page.table.actions() if a.objectName() == name and a.isVisible()]
    return found[0] if found else None


# --- export this list to Excel ---------------------------------------------------------------------

def test_the_list_is_exported_as_shown_from_its_context_menu(qtbot, crowd, coordinator, tmp_path, monkeypatch,
                                                             told):
    page = make_page(qtbot, coordinator)
    qtbot.keyClicks(page.search, "a")
    page.stage_filter.setCurrentIndex(page.stage_filter.findData(Stage.RECRUITED.value))
    page.table.sortByColumn(Column.BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(Column.TOWN), 0)  # the user dragged Town to the front
    page.table.hideColumn(Column.ADVISOR)
    model = page.model
    model.finish_count()
    assert 3 < model.rowCount() < 120

    out = tmp_path / "shown.xlsx"
    monkeypatch.setattr(list_export_action, "ask_path", lambda parent, title: out)
    export = action(page, "exportListAction")
    assert export is not None and export.text() == "Export this list to &Excel…"
    export.trigger()
    qtbot.waitUntil(lambda: told["info"] != [], timeout=10_000)
    assert told["info"] == [f"{model.rowCount()} rows written to {out}."]

    visible = [header.logicalIndex(v) for v in range(header.count())
               if not header.isSectionHidden(header.logicalIndex(v))]
    assert visible[0] == Column.TOWN and Column.ADVISOR not in visible
    ws = load_workbook(out).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == [model.headerData(c, Qt.Orientation.Horizontal) for c in visible]

    def as_shown(value) -> str:
        if value is None:
            return ""
        return format_date(value.date()) if hasattr(value, "date") else str(value)

    view_rows = [[model.index(r, c).data() for c in visible] for r in range(model.rowCount())]
    file_rows = [[as_shown(v) for v in row] for row in rows[1:]]
    assert file_rows == view_rows  # the same rows, in the same order, the same columns


def test_a_role_that_may_not_export_gets_no_menu_item(qtbot, crowd):
    advisor = as_user(crowd, "lista_doradca", Role.ADVISOR)
    page = make_page(qtbot, advisor)
    assert page.export_action is None and action(page, "exportListAction") is None
    coordinator = as_user(crowd, "lista_szefowa", Role.COORDINATOR)
    assert action(make_page(qtbot, coordinator), "exportListAction") is not None


def test_a_cancelled_file_dialog_writes_nothing(qtbot, crowd, coordinator, tmp_path, monkeypatch, told):
    page = make_page(qtbot, coordinator)
    monkeypatch.setattr(list_export_action, "ask_path", lambda parent, title: None)
    action(page, "exportListAction").trigger()
    assert told == {"info": [], "error": []} and list(tmp_path.glob("*.xlsx")) == []


# --- assign to project ------------------------------------------------------------------------------

def select_rows(page: ParticipantsPage, rows: list[int]) -> None:
    selection = QItemSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), page.model.index(row, page.model.columnCount() - 1))
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.table.setCurrentIndex(page.model.index(rows[0], 0))
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)


def answer_dialog(qtbot, choose_text: str | None, seen: list) -> None:
    """When the dialog comes up: pick the item whose text starts with ``choose_text`` (None: cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog else None)
        if dialog is None:
            return
        combo = dialog.findChild(QComboBox, "projectChoice")
        seen.append([combo.itemText(i) for i in range(combo.count())])
        if choose_text is None:
            dialog.reject()
            return
        index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(choose_text))
        combo.setCurrentIndex(index)
        dialog.accept()

    QTimer.singleShot(50, act)


def project_of(services, people) -> dict[int, int | None]:
    # the service's own view: each project's head-count; and per person through the retention date rule
    return {p.code: p.participants for p in services.projects.list()}


def test_assign_to_project_for_a_selection_from_the_context_menu(qtbot, crowd, coordinator, told):
    projects = coordinator.projects
    before = {p.code: p.participants for p in projects.list()}
    projects.create(ProjectDraft(code="NEW-1", name="Spółdzielnia Nowa", start_date=date(2026, 1, 1),
                                 end_date=date(2027, 12, 31)))
    page = make_page(qtbot, coordinator)
    assign = action(page, "assignProjectAction")
    assert assign is not None and not assign.isEnabled()  # nothing selected yet
    select_rows(page, [1, 3, 4])
    assert assign.isEnabled()
    chosen = page.selected_ids()
    assert chosen == [page.model.participant_id(r) for r in (1, 3, 4)]

    seen: list = []
    messages: list[str] = []
    page.message.connect(messages.append)
    answer_dialog(qtbot, "NEW-1", seen)
    assign.trigger()
    assert seen[0] == "assignProjectDialog"
    assert not any(t.startswith("No project") for t in seen[1])  # a participation leaves by its exit (issue 8)
    assert any(t.startswith("NEW-1 — ") for t in seen[1])
    after = {p.code: p.participants for p in projects.list()}
    assert after["NEW-1"] == 3
    assert sum(after.values()) <= sum(before.values()) + 3
    assert messages[-1:] == ["Project changed for 3 participants."]
    assert page.selected_id() == chosen[0]  # the list was refreshed, the person still selected

    # again: those already in it are left as they are
    select_rows(page, [page.model.row_of(i) for i in chosen])
    answer_dialog(qtbot, "NEW-1", seen := [])
    assign.trigger()
    assert messages[-1:] == ["Project changed for 0 participants."]
    assert {p.code: p.participants for p in projects.list()}["NEW-1"] == 3

    # cancelled: nothing changes
    select_rows(page, [0])
    answer_dialog(qtbot, None, seen := [])
    assign.trigger()
    assert seen[0] == "assignProjectDialog"
    assert {p.code: p.participants for p in projects.list()}["NEW-1"] == 3
    assert told["error"] == []


def test_assign_to_project_is_in_the_participant_menu_for_those_who_edit(qtbot, crowd):
    from coopdesk.ui.main_window import MainWindow  # noqa: F401 - the real menus are tested in test_record_actions

    advisor = as_user(crowd, "lista_doradca2", Role.ADVISOR)
    page = make_page(qtbot, advisor)
    assert action(page, "assignProjectAction") is not None  # an advisor assigns their own caseload


# --- filters ---------------------------------------------------------------------------------------

def test_the_filter_combos_show_their_longest_item_unclipped(qtbot, crowd, coordinator):
    page = make_page(qtbot, coordinator)
    for combo in (page.stage_filter, page.category_filter, page.advisor_filter):
        longest = max((combo.itemText(i) for i in range(combo.count())), key=combo.fontMetrics().horizontalAdvance)
        needed = combo.fontMetrics().horizontalAdvance(longest)
        for i in range(combo.count()):
            combo.setCurrentIndex(i)  # whichever is chosen, the combo is as wide as the longest
        qtbot.wait(1)
        assert combo.width() >= needed + 16, (combo.objectName(), longest, combo.width(), needed)
    # a narrow window: the page still fits (a main window of 800 px); only the categories' long legal names
    # may be cut there
    assert page.minimumSizeHint().width() <= 640
    page.resize(700, 700)
    page.layout().activate()
    for combo in (page.stage_filter, page.advisor_filter):
        longest = max((combo.itemText(i) for i in range(combo.count())), key=combo.fontMetrics().horizontalAdvance)
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(longest) + 16, combo.objectName()
    assert page.category_filter.width() >= page.category_filter.fontMetrics().horizontalAdvance("All categories")
    assert page.category_filter.geometry().right() <= page.width()  # squeezed, not pushed out of the window


def test_the_incomplete_for_reporting_filter(qtbot, crowd, coordinator):
    page = make_page(qtbot, coordinator)
    box = page.incomplete_filter
    assert box.text() == "&Incomplete for reporting" and not box.isChecked()
    expected = crowd.participants.list_page(ParticipantQuery(incomplete=True), 0, 1000)
    everyone = page.model.total()
    box.setChecked(True)
    assert page.model.query().incomplete
    assert page.model.total() == len(expected) < everyone
    assert [page.model.participant_id(r) for r in range(page.model.rowCount())] == [p.id for p in expected]
    if expected:
        assert page.table.currentIndex().row() == 0  # back to the top
    box.setChecked(False)
    assert page.model.total() == everyone


def test_an_advisor_assigns_her_people_through_the_participant_menu(qtbot, crowd, tmp_path, monkeypatch):
    """Alt+P, then P: "Assign to project…" of the main window's Participant menu, as a user does."""
    from argon2 import PasswordHasher

    from coopdesk.platform.paths import AppPaths
    from coopdesk.platform.prefs import Prefs
    from coopdesk.services import accounts as accounts_module
    from coopdesk.ui.main_window import MainWindow
    from coopdesk.ui.record_actions import install_record_actions

    monkeypatch.setattr(accounts_module, "make_hasher",
                        lambda: PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    coordinator = as_user(crowd, "lista_koord", Role.COORDINATOR)
    coordinator.accounts.create_user("lista_adv", "Lista Doradczyni", Role.ADVISOR, "temporary-123")
    advisor = crowd.as_actor(crowd.accounts.authenticate("lista_adv", "temporary-123"))
    project = coordinator.projects.create(ProjectDraft(code="MENU-1", name="Projekt z menu",
                                                       start_date=date(2026, 1, 1), end_date=date(2027, 6, 30)))
    for last in ("Abacka", "Babacka"):
        advisor.participants.create(ParticipantDraft_(last))
    window = MainWindow(advisor, Prefs(AppPaths(tmp_path / "ui").ensure()))
    qtbot.addWidget(window)
    install_record_actions(window, advisor, window.participants_page)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.participants_page
    assert page.model.total() == 2  # her caseload
    page.table.setFocus()
    page.table.selectAll()
    seen: list = []
    answer_dialog(qtbot, "MENU-1", seen)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "participantMenu")
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    qtbot.keyClick(menu, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=3000)
    assert seen[0] == "assignProjectDialog"
    qtbot.waitUntil(lambda: coordinator.projects.get(project.id).participants == 2, timeout=3000)


def ParticipantDraft_(last: str):  # a tiny factory
    from coopdesk.domain.enums import Citizenship, Sex
    from coopdesk.domain.records import ParticipantDraft

    return ParticipantDraft(first_name="Anna", last_name=last, town="Lublin", birth_date=date(1990, 1, 1),
                            sex=Sex.FEMALE, citizenship=Citizenship.EU, recruitment_date=date(2026, 1, 15))
