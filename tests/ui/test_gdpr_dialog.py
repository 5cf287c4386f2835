"""The data protection dialog: consents saved through the service, the Art. 15 PDF, erasure with a typed name."""

from __future__ import annotations

from datetime import date

import pytest
from gdpr_people import as_role, full_draft, project, second_draft

from coopdesk.domain.enums import Role
from coopdesk.domain.errors import NotFound
from coopdesk.domain.gdpr import ConsentPurpose as CP
from coopdesk.domain.gdpr import ConsentRecord
from coopdesk.ui import prompts
from coopdesk.ui.dialogs.gdpr_dialog import GdprDialog


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("error", "warning", "info"):
        monkeypatch.setattr(prompts, kind, lambda parent, title, text, kind=kind: shown.append((kind, text)))
    return shown


@pytest.fixture
def person(services):
    owes = project(services, end=date(2026, 6, 30), years=5, base=date(2026, 12, 31))
    zaz = services.participants.create(full_draft(services))
    services.projects.assign_project([zaz.id], owes.id)
    services.consents.set(ConsentRecord(zaz.id, CP.SHARE_LEAD_PARTNER, True, date(2026, 2, 3), date(2027, 12, 31)))
    return zaz


def make(qtbot, services, person):
    dialog = GdprDialog(services, person.id, "Zażółć Gęślą-Jaźń")
    qtbot.addWidget(dialog)
    return dialog


def test_it_shows_the_recorded_consents_and_the_retention_date(qtbot, services, person, messages):
    dialog = make(qtbot, services, person)
    share = dialog.rows[CP.SHARE_LEAD_PARTNER]
    assert share.granted.isChecked()
    assert share.given.text() == "03.02.2026" and share.expires.text() == "31.12.2027"
    assert share.state.text() == "Valid"
    assert not dialog.rows[CP.IMAGE].granted.isChecked() and dialog.rows[CP.IMAGE].state.text() == "Not recorded"
    assert dialog.retention_label.text().splitlines() == [
        "OWES-2026: kept until 31.12.2031", "Data kept until 31.12.2031; after that the record is anonymised."]
    assert messages == []


def test_retention_is_shown_per_participation_with_why_nothing_is_due(qtbot, services, messages):
    from coopdesk.domain.enums import SupportForm
    from coopdesk.domain.records import ParticipationDraft, SupportEntry

    ended = project(services, code="OWES-2020", base=date(2020, 12, 31))
    unknown = project(services, code="OWES-2026")  # base date not known yet
    parts = tuple(ParticipationDraft(project_id=pid, supports=(SupportEntry(SupportForm.ADVICE, date(2024, 3, 1)),))
                  for pid in (ended.id, unknown.id, None))
    zofia = services.participants.create(second_draft(participations=parts))
    dialog = GdprDialog(services, zofia.id, "Zofia Żak")
    qtbot.addWidget(dialog)
    assert dialog.retention_label.text().splitlines() == [
        "OWES-2020: kept until 31.12.2025", "OWES-2026: retention base date not set",
        "(without project): no retention period",
        "Not due: a participation has no project, so no retention period applies."]
    hold = project(services, code="HOLD", base=date(2020, 12, 31), legal_hold=True, legal_hold_reason="Kontrola")
    services.projects.assign_project([zofia.id], hold.id)  # the participation without project gets it
    dialog.reload()
    assert dialog.retention_label.text().splitlines()[2:] == [
        "HOLD: kept until 31.12.2025, on legal hold", "Not due: a project is on legal hold."]


def test_consents_are_saved_through_the_service(qtbot, services, person, messages):
    dialog = make(qtbot, services, person)
    image = dialog.rows[CP.IMAGE]
    image.granted.setChecked(True)
    image.given.setText("01.03.2026")
    dialog.rows[CP.SHARE_LEAD_PARTNER].withdrawn.setText("15.11.2026")
    with qtbot.waitSignal(dialog.consentsSaved):
        dialog.save_button.click()
    assert messages == []
    stored = services.consents.consents(person.id)
    assert stored[CP.IMAGE].granted and stored[CP.IMAGE].given_on == date(2026, 3, 1)
    assert stored[CP.SHARE_LEAD_PARTNER].withdrawn_on == date(2026, 11, 15)
    assert CP.FOLLOWUP_CONTACT not in stored  # untouched purposes are not recorded
    assert dialog.rows[CP.SHARE_LEAD_PARTNER].state.text() == "Withdrawn"


def test_wrong_dates_are_refused_with_a_message(qtbot, services, person, messages):
    dialog = make(qtbot, services, person)
    dialog.rows[CP.IMAGE].granted.setChecked(True)
    dialog.rows[CP.IMAGE].given.setText("01.05.2026")
    dialog.rows[CP.IMAGE].expires.setText("01.04.2026")
    assert dialog.save_consents() is False
    assert messages and messages[0][0] == "error" and "expires before" in messages[0][1]
    assert CP.IMAGE not in services.consents.consents(person.id)


def test_the_data_report_is_saved_where_the_user_chooses(qtbot, services, person, messages, tmp_path, monkeypatch):
    chosen = tmp_path / "dla osoby" / "raport"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args, **kw: str(chosen))
    dialog = make(qtbot, services, person)
    written = dialog.save_report()
    assert written == chosen.with_name("raport.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert messages[-1][0] == "info"
    monkeypatch.setattr(prompts, "choose_save_file", lambda *args, **kw: None)
    assert dialog.save_report() is None  # cancelled


def test_erasure_needs_the_last_name_typed(qtbot, services, person, messages, monkeypatch):
    dialog = make(qtbot, services, person)
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "Kowalski")
    assert dialog.erase() is False
    assert messages[-1][0] == "warning"
    assert services.participants.get(person.id).first_name == "Zażółć"
    monkeypatch.setattr(prompts, "ask_text", lambda *args: None)
    assert dialog.erase() is False
    monkeypatch.setattr(prompts, "ask_text", lambda *args: " gęślą-jaźń ")
    with qtbot.waitSignal(dialog.personErased):
        assert dialog.erase() is True
    with pytest.raises(NotFound):
        services.participants.get(person.id)


def test_an_advisor_edits_consents_but_cannot_report_or_erase(qtbot, services, messages):
    anna = as_role(services, Role.ADVISOR, "anna")
    mine = services.participants.create(second_draft(advisor_id=anna.ctx.actor.user_id))
    dialog = GdprDialog(anna, mine.id)
    qtbot.addWidget(dialog)
    assert dialog.save_button.isEnabled()
    assert dialog.report_button.isHidden() and dialog.erase_button.isHidden()
    dialog.rows[CP.FOLLOWUP_CONTACT].granted.setChecked(True)
    dialog.rows[CP.FOLLOWUP_CONTACT].given.setText("02.11.2026")
    assert dialog.save_consents() is True
    assert services.consents.valid_consent(mine.id, CP.FOLLOWUP_CONTACT)


def test_a_trainer_sees_nothing(qtbot, services, person, messages):
    tomek = as_role(services, Role.TRAINER, "tomek")
    dialog = GdprDialog(tomek, person.id)
    qtbot.addWidget(dialog)
    assert messages and messages[0][0] == "error"
    assert not dialog.save_button.isEnabled()
    assert not dialog.rows[CP.SHARE_LEAD_PARTNER].granted.isChecked()  # nothing was loaded
    assert not dialog.rows[CP.SHARE_LEAD_PARTNER].granted.isEnabled()
