"""A participation's own rules (issue 8): the start date comes from the supports, exit and employment
checks, the institution, the same project twice, and what SM EFS needs before reporting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coopdesk.domain.enums import (
    Answer,
    Degurba,
    ExitSituation,
    Isced,
    LabourStatus,
    ParticipantType,
    SupportForm,
)
from coopdesk.domain.errors import Severity
from coopdesk.domain.participation_rules import (
    derived_start,
    missing_for_reporting,
    normalise_participation,
    participations_issues,
    split_field,
)
from coopdesk.domain.records import ParticipationDraft, SupportEntry, current_participation

TODAY = date(2026, 11, 27)
READY = ParticipationDraft(
    labour_status=LabourStatus.INACTIVE, education=Isced.ISCED3, gmina="Kielce", degurba=Degurba.CITIES,
    supports=(SupportEntry(SupportForm.TRAINING, date(2026, 3, 9)), SupportEntry(SupportForm.ADVICE, date(2026, 2, 2))),
)


def issues(*participations: ParticipationDraft) -> list[tuple[str, Severity]]:
    normalised = tuple(map(normalise_participation, participations))
    return [(i.field, i.severity) for i in participations_issues(normalised, TODAY)]


def test_the_start_date_is_the_first_support_and_cannot_be_typed_over():
    assert derived_start(READY) == date(2026, 2, 2)
    typed = ParticipationDraft(start_date=date(2020, 1, 1), supports=READY.supports)
    assert normalise_participation(typed).start_date == date(2026, 2, 2)
    # older data without support records keep the start the register had
    assert derived_start(ParticipationDraft(start_date=date(2020, 1, 1))) == date(2020, 1, 1)


def test_a_ready_participation_has_no_issue_and_nothing_missing():
    assert issues(READY) == []
    assert missing_for_reporting(normalise_participation(READY)) == []


def test_what_sm_efs_misses_at_entry_and_at_exit():
    empty = normalise_participation(ParticipationDraft())
    assert missing_for_reporting(empty) == ["labour_status", "education", "gmina", "degurba", "start_date"]
    left = normalise_participation(ParticipationDraft(**{**READY.__dict__, "exit_date": date(2026, 6, 30)}))
    assert missing_for_reporting(left) == ["exit_situation", "completed_path"]
    staff = normalise_participation(ParticipationDraft(**{**READY.__dict__,
                                                          "participant_type": ParticipantType.INSTITUTION}))
    assert missing_for_reporting(staff) == ["institution_name"]


def test_exit_checks():
    left = {**READY.__dict__, "exit_date": date(2026, 2, 1)}  # before the first support
    assert ("participations.0.exit_date", Severity.ERROR) in issues(ParticipationDraft(**left))
    unsaid = {**READY.__dict__, "exit_date": date(2026, 6, 30)}
    assert issues(ParticipationDraft(**unsaid)) == [
        ("participations.0.exit_situation", Severity.WARNING), ("participations.0.completed_path", Severity.WARNING)]
    said = {**unsaid, "exit_situation": ExitSituation.EMPLOYED, "completed_path": Answer.YES}
    assert issues(ParticipationDraft(**said)) == []
    no_date = {**READY.__dict__, "exit_situation": ExitSituation.EMPLOYED}
    assert issues(ParticipationDraft(**no_date)) == [("participations.0.exit_date", Severity.ERROR)]
    future = {**said, "exit_date": date(2026, 11, 28)}
    assert issues(ParticipationDraft(**future)) == [("participations.0.exit_date", Severity.ERROR)]


def test_employment_after_exit_checks():
    left = replace(READY, exit_date=date(2026, 6, 30), exit_situation=ExitSituation.EMPLOYED,
                   completed_path=Answer.YES)
    assert issues(replace(left, employment_fte=1.0, employment_months=3)) == []
    assert issues(replace(left, employment_fte=1.5)) == [("participations.0.employment_fte", Severity.ERROR)]
    assert issues(replace(left, employment_fte=0.0)) == [("participations.0.employment_fte", Severity.ERROR)]
    assert issues(replace(left, employment_months=-1)) == [("participations.0.employment_months", Severity.ERROR)]
    assert issues(replace(left, employment_checked_on=date(2026, 10, 1))) == [
        ("participations.0.employment_proof", Severity.WARNING)]
    before_exit = {**READY.__dict__, "employment_start": date(2026, 7, 1)}
    assert issues(ParticipationDraft(**before_exit)) == [("participations.0.employment_start", Severity.WARNING)]


def test_an_institutions_representative_names_it_with_a_valid_nip():
    staff = replace(READY, participant_type=ParticipantType.INSTITUTION)
    assert issues(staff) == [("participations.0.institution_name", Severity.ERROR)]
    assert issues(replace(staff, institution_name="Spółdzielnia Socjalna Razem", institution_nip="526-025-02-74")) == []
    assert issues(replace(staff, institution_name="Razem", institution_nip="1234567890")) == [
        ("participations.0.institution_nip", Severity.ERROR)]
    # an individual keeps no institution, whatever was typed before the type changed
    assert normalise_participation(ParticipationDraft(institution_name="X")).institution_name == ""


def test_a_project_taken_twice_is_refused_at_the_second():
    first = ParticipationDraft(**{**READY.__dict__, "project_id": 4})
    assert issues(first, ParticipationDraft(**{**READY.__dict__, "project_id": 5})) == []
    assert issues(first, ParticipationDraft(**{**READY.__dict__, "project_id": 4})) == [
        ("participations.1.project_id", Severity.ERROR)]


def test_a_support_needs_its_start_and_ends_after_it():
    bad = {**READY.__dict__, "supports": (SupportEntry(SupportForm.ADVICE, date(2026, 5, 5), date(2026, 5, 4)),)}
    assert issues(ParticipationDraft(**bad)) == [("participations.0.supports", Severity.ERROR)]
    undated = {**READY.__dict__, "supports": (SupportEntry(SupportForm.ADVICE, None),)}
    assert ("participations.0.supports", Severity.ERROR) in issues(ParticipationDraft(**undated))


def test_field_names_and_the_current_participation():
    assert split_field("participations.3.exit_date") == (3, "exit_date")
    assert split_field("labour_status") is None and split_field("participations.x.y") is None
    ended = ParticipationDraft(project_id=1, exit_date=date(2025, 1, 1))
    still = ParticipationDraft(project_id=2)
    assert current_participation((ended, still)) is still
    assert current_participation((still, ended)) is still  # the open one, wherever it is
    later_ended = ParticipationDraft(project_id=3, exit_date=date(2026, 1, 1))
    assert current_participation((ended, later_ended)) is later_ended
    assert current_participation(()) is None
