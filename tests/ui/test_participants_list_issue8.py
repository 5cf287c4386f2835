"""The register's list (issue 8): the Project filter (all / each project / "(without project)"), the
"Incomplete for reporting" checkbox naming the SM EFS fields it checks, and the Project column."""

from __future__ import annotations

from datetime import date

import pytest
from gdpr_people import pesel, second_draft
from PySide6.QtCore import Qt

from coopdesk.domain.enums import Answer, Degurba, Isced, LabourStatus, Sex, SupportForm
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import WITHOUT_PROJECT, ParticipationDraft, SupportEntry
from coopdesk.ui.models.participants_model import Column
from coopdesk.ui.pages.participants_page import ParticipantsPage


def _complete(project_id, **more) -> ParticipationDraft:
    values = {"labour_status": LabourStatus.INACTIVE, "education": Isced.ISCED3, "gmina": "Koluszki",
              "degurba": Degurba.RURAL, "supports": (SupportEntry(SupportForm.ADVICE, date(2026, 2, 2)),), **more}
    return ParticipationDraft(project_id=project_id, **values)


@pytest.fixture
def page(qtbot, services):
    a = services.projects.create(ProjectDraft("OWES-A", "Projekt A", date(2024, 1, 1), date(2027, 12, 31))).id
    b = services.projects.create(ProjectDraft("OWES-B", "Projekt B", date(2024, 1, 1), date(2027, 12, 31))).id
    for serial, (last, participation) in enumerate((
        ("Adamska", _complete(a)),
        ("Bednarek", _complete(b, exit_date=date(2026, 5, 1), completed_path=Answer.YES)),  # no exit situation
        ("Cichoń", _complete(None)),
    ), start=1):
        born = date(1980, 1, serial)
        services.participants.create(second_draft(first_name="Ala", last_name=last, pesel=pesel(born, serial, True),
                                                  birth_date=born, sex=Sex.FEMALE, participations=(participation,)))
    widget = ParticipantsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1500, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, a, b


def _shown(page: ParticipantsPage, column: Column = Column.LAST_NAME) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_project_filter_offers_all_each_project_and_without(page):
    widget, a, b = page
    combo = widget.project_filter
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items[0] == ("All projects", None)
    assert items[-1] == ("(without project)", WITHOUT_PROJECT)
    assert [d for _t, d in items[1:-1]] == [a, b] and items[1][0].startswith("OWES-A")
    assert combo.accessibleName() == "Filter by project"
    combo.setCurrentIndex(combo.findData(b))
    assert _shown(widget) == ["Bednarek"] and widget.model.query().project_id == b
    combo.setCurrentIndex(combo.findData(WITHOUT_PROJECT))
    assert _shown(widget) == ["Cichoń"]
    combo.setCurrentIndex(0)
    assert len(_shown(widget)) == 3


def test_the_project_column_shows_the_current_project(page):
    widget, *_ = page
    header = widget.model.headerData(Column.PROJECT, Qt.Orientation.Horizontal)
    assert header == "Project"
    assert dict(zip(_shown(widget), _shown(widget, Column.PROJECT), strict=True)) == {
        "Adamska": "OWES-A", "Bednarek": "OWES-B", "Cichoń": ""}


def test_incomplete_for_reporting_names_its_fields_and_catches_a_missing_exit_situation(page):
    widget, *_ = page
    tip = widget.incomplete_filter.toolTip()
    for field in ("education", "labour-market status", "gmina", "DEGURBA", "participant type", "start date",
                  "situation at exit", "completed the path"):
        assert field in tip, field
    widget.incomplete_filter.setChecked(True)
    assert _shown(widget) == ["Bednarek"]


def test_a_project_deleted_meanwhile_falls_back_to_all(page, services):
    widget, a, _b = page
    widget.project_filter.setCurrentIndex(widget.project_filter.findData(a))
    assert _shown(widget) == ["Adamska"]
    services.projects.delete(a)
    widget.reload_filters()
    assert widget.project_filter.currentData() is None and len(_shown(widget)) == 3


def test_the_project_filter_shows_whole_names_and_still_fits_a_narrow_window(qtbot, page, services):
    widget, *_ = page
    services.projects.create(ProjectDraft("OWES-2026", "Ośrodek Wsparcia Ekonomii Społecznej – subregion "
                                          "łódzki, edycja druga", date(2024, 1, 1), date(2027, 12, 31)))
    widget.reload_filters()
    combo = widget.project_filter
    longest = max((combo.itemText(i) for i in range(combo.count())), key=combo.fontMetrics().horizontalAdvance)
    qtbot.wait(1)
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(longest) + 16  # 1500 px: whole
    assert widget.minimumSizeHint().width() <= 640
    widget.resize(700, 700)
    widget.layout().activate()
    assert combo.geometry().right() <= widget.width()  # squeezed, not pushed out of the window
    assert combo.width() >= combo.fontMetrics().horizontalAdvance("OWES-2026")
