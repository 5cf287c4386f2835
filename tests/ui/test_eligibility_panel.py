"""The eligibility panel under the person's categories (issue 8): on the chosen day, eligible under each act
through which categories, or why not; and the project's own list."""

from __future__ import annotations

from datetime import date

from coopdesk.domain.enums import Role, SupportForm
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipationDraft, SupportEntry
from coopdesk.ui.dialogs.participant_dialog import ParticipantDialog
from coopdesk.ui.widgets.eligibility_panel import EligibilityPanel
from tests.conftest import add_user

DAY = date(2026, 3, 2)


def _bezr(services, **changes) -> CategoryAssignment:
    cats = {c.code: c.id for c in services.dictionaries.categories()}
    values = {"category_id": cats["BEZR"], "proof_document": "Zaświadczenie PUP 12/2026",
              "proof_date": date(2026, 2, 20), "valid_from": date(2026, 2, 20), "verified_by_id": None,
              "verified_on": date(2026, 2, 21), "verified_by_name": "Anna Nowak"} | changes
    return CategoryAssignment(**values)


def test_eligible_through_a_verified_category_on_the_day_and_not_before_it(qtbot, services):
    panel = EligibilityPanel(services.eligibility, lambda: DAY)
    qtbot.addWidget(panel)
    panel.refresh((_bezr(services),), None)
    lines = panel.result.text().splitlines()
    assert lines[0].startswith("Social cooperatives act, art. 4 ust. 1") and ": yes (BEZR)" in lines[0]
    assert lines[-1] == "Project: the current participation has no project."
    panel.day.setDate(date(2026, 2, 1))  # before the category holds
    panel.day.dateChanged.emit(date(2026, 2, 1))
    assert panel.result.text().splitlines()[0].endswith(": no (BEZR: not valid on that day)")


def test_an_unverified_or_unproven_category_does_not_count(qtbot, services):
    panel = EligibilityPanel(services.eligibility, lambda: DAY)
    qtbot.addWidget(panel)
    panel.refresh((_bezr(services, verified_on=None, verified_by_name=""),), None)
    assert panel.result.text().splitlines()[0].endswith(": no (BEZR: not verified)")
    panel.refresh((_bezr(services, proof_document=""),), None)
    assert panel.result.text().splitlines()[0].endswith(": no (BEZR: no proof document)")


def test_the_form_shows_eligibility_under_the_categories_and_follows_them(qtbot, services):
    checker = add_user(services, "sprawdza", "Anna Nowak", Role.ADVISOR)
    entry = ParticipationDraft(supports=(SupportEntry(SupportForm.ADVICE, DAY),))
    person = services.participants.create(ParticipantDraft(
        first_name="Marta", last_name="Wrona", pesel="02270803624",
        categories=(_bezr(services, verified_by_id=checker.id),),
        participations=(entry,)))
    dialog = ParticipantDialog(services, person.id)
    qtbot.addWidget(dialog)
    panel = dialog.eligibility
    assert panel.day.date() == DAY  # the shown participation's start
    assert ": yes (BEZR)" in panel.result.text().splitlines()[0]
    dialog.ui.categoryTable.set_assignments(())
    dialog.ui.categoryTable.changed.emit()
    assert panel.result.text().splitlines()[0].endswith(": no")
