"""Consents per purpose: recording, validity on a date, and who may read or change them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from gdpr_people import as_role, full_draft, second_draft

from coopdesk.domain.enums import Role
from coopdesk.domain.errors import PermissionDenied, ValidationFailed
from coopdesk.domain.gdpr import ConsentPurpose as CP
from coopdesk.domain.gdpr import ConsentRecord, ConsentState
from coopdesk.services.consents import RecordAnonymised


@pytest.fixture
def person(services):
    return services.participants.create(full_draft(services))


def test_consents_are_recorded_per_purpose(services, person):
    consents = services.consents
    assert consents.consents(person.id) == {}
    consents.set(ConsentRecord(person.id, CP.SHARE_LEAD_PARTNER, True, date(2026, 2, 3), date(2027, 2, 2),
                               None, "formularz z 3.02"))
    consents.set(ConsentRecord(person.id, CP.IMAGE, False, date(2026, 2, 3)))
    stored = consents.consents(person.id)
    assert set(stored) == {CP.SHARE_LEAD_PARTNER, CP.IMAGE}
    assert stored[CP.SHARE_LEAD_PARTNER].expires_on == date(2027, 2, 2)
    assert stored[CP.SHARE_LEAD_PARTNER].note == "formularz z 3.02"
    assert stored[CP.IMAGE].granted is False
    # recording a purpose again replaces it (one consent per purpose)
    consents.set(ConsentRecord(person.id, CP.IMAGE, True, date(2026, 3, 1)))
    assert consents.get(person.id, CP.IMAGE).granted is True
    assert len(consents.consents(person.id)) == 2


def test_valid_consent_depends_on_the_date(services, person):
    consents = services.consents
    consents.set(ConsentRecord(person.id, CP.SHARE_LEAD_PARTNER, True, date(2026, 2, 3), date(2026, 12, 31)))
    assert not consents.valid_consent(person.id, CP.SHARE_LEAD_PARTNER, date(2026, 2, 2))  # not yet given
    assert consents.state(person.id, CP.SHARE_LEAD_PARTNER, date(2026, 2, 2)) is ConsentState.NOT_YET
    assert consents.valid_consent(person.id, CP.SHARE_LEAD_PARTNER, date(2026, 2, 3))
    assert consents.valid_consent(person.id, CP.SHARE_LEAD_PARTNER, date(2026, 12, 31))  # last day holds
    assert consents.state(person.id, CP.SHARE_LEAD_PARTNER, date(2027, 1, 1)) is ConsentState.EXPIRED
    assert consents.valid_consent(person.id, CP.SHARE_LEAD_PARTNER)  # today (27.11.2026)
    assert consents.state(person.id, CP.IMAGE) is ConsentState.MISSING
    assert not consents.valid_consent(person.id, CP.IMAGE)


def test_withdrawal_ends_the_consent_from_that_day(services, person):
    consents = services.consents
    consents.set(ConsentRecord(person.id, CP.FOLLOWUP_CONTACT, True, date(2026, 2, 3)))
    consents.withdraw(person.id, CP.FOLLOWUP_CONTACT, date(2026, 6, 1))
    assert consents.valid_consent(person.id, CP.FOLLOWUP_CONTACT, date(2026, 5, 31))
    assert consents.state(person.id, CP.FOLLOWUP_CONTACT, date(2026, 6, 1)) is ConsentState.WITHDRAWN
    assert consents.get(person.id, CP.FOLLOWUP_CONTACT).given_on == date(2026, 2, 3)


def test_contradicting_dates_are_refused(services, person):
    with pytest.raises(ValidationFailed) as failed:
        services.consents.set(ConsentRecord(person.id, CP.IMAGE, True, date(2026, 5, 1), date(2026, 4, 1)))
    assert failed.value.issues[0].field == CP.IMAGE.value
    with pytest.raises(ValidationFailed):
        services.consents.set(ConsentRecord(person.id, CP.IMAGE, False, None, None, date(2026, 4, 1)))
    assert services.consents.consents(person.id) == {}


def test_set_many_is_one_transaction(services, person):
    good = ConsentRecord(person.id, CP.IMAGE, True, date(2026, 2, 3))
    bad = ConsentRecord(person.id, CP.SHARE_LEAD_PARTNER, True, date(2026, 5, 1), date(2026, 4, 1))
    with pytest.raises(ValidationFailed):
        services.consents.set_many(person.id, [good, bad])
    assert services.consents.consents(person.id) == {}


def test_an_advisor_edits_consents_of_their_caseload_only(services, person):
    anna = as_role(services, Role.ADVISOR, "anna")
    piotr = as_role(services, Role.ADVISOR, "piotr")
    mine = services.participants.create(second_draft(advisor_id=anna.ctx.actor.user_id))
    consent = ConsentRecord(mine.id, CP.IMAGE, True, date(2026, 2, 3))
    anna.consents.set(consent)
    assert anna.consents.valid_consent(mine.id, CP.IMAGE)
    with pytest.raises(PermissionDenied):
        piotr.consents.consents(mine.id)
    with pytest.raises(PermissionDenied):
        piotr.consents.set(replace(consent, granted=False))
    with pytest.raises(PermissionDenied):
        anna.consents.set(ConsentRecord(person.id, CP.IMAGE, True, date(2026, 2, 3)))  # nobody's case
    assert services.consents.get(mine.id, CP.IMAGE).granted is True


@pytest.mark.parametrize("role", [Role.TRAINER, Role.SPECIALIST])
def test_trainers_and_specialists_cannot_read_or_change_consents(services, person, role):
    other = as_role(services, role, "someone")
    services.consents.set(ConsentRecord(person.id, CP.IMAGE, True, date(2026, 2, 3)))
    for call in (
        lambda: other.consents.consents(person.id),
        lambda: other.consents.valid_consent(person.id, CP.IMAGE),
        lambda: other.consents.set(ConsentRecord(person.id, CP.IMAGE, False)),
        lambda: other.consents.clear(person.id, CP.IMAGE),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert services.consents.get(person.id, CP.IMAGE).granted is True


def test_consents_of_an_anonymised_record_cannot_change(services, person):
    services.consents.set(ConsentRecord(person.id, CP.IMAGE, True, date(2026, 2, 3)))
    services.projects.anonymise([person.id])
    with pytest.raises(RecordAnonymised):
        services.consents.set(ConsentRecord(person.id, CP.IMAGE, False))


def test_clear_forgets_a_purpose(services, person):
    services.consents.set(ConsentRecord(person.id, CP.IMAGE, True, date(2026, 2, 3)))
    services.consents.clear(person.id, CP.IMAGE)
    assert services.consents.get(person.id, CP.IMAGE) is None


def test_a_consent_without_the_date_it_was_given_is_not_valid(services, person):
    """Issue 6 point 15: consent gates optional purposes; an undated 'yes' proves nothing."""
    from coopdesk.db.tables_security import Consent
    from coopdesk.domain.gdpr import WithheldReason, withheld_reason

    with pytest.raises(ValidationFailed) as failed:
        services.consents.set(ConsentRecord(person.id, CP.IMAGE, True, None, date(2027, 1, 1)))
    assert [(i.field, i.render()) for i in failed.value.issues] == [
        (CP.IMAGE.value, "Enter the date the consent was given.")]
    assert services.consents.consents(person.id) == {}
    # a row recorded before this rule (or written by another tool) is read as not valid, on every date
    with services.db.session(services.ctx.actor) as s:
        s.add(Consent(participant_id=person.id, purpose=CP.SHARE_LEAD_PARTNER.value, granted=True, given_on=None))
    undated = services.consents.get(person.id, CP.SHARE_LEAD_PARTNER)
    for day in (date(2000, 1, 1), date(2026, 11, 27), date(2099, 1, 1)):
        assert services.consents.state(person.id, CP.SHARE_LEAD_PARTNER, day) is ConsentState.UNDATED
        assert not services.consents.valid_consent(person.id, CP.SHARE_LEAD_PARTNER, day)
        assert withheld_reason(undated, False, day) is WithheldReason.NO_CONSENT
    # a refusal needs no date
    services.consents.set(ConsentRecord(person.id, CP.IMAGE, False))
    assert services.consents.state(person.id, CP.IMAGE) is ConsentState.REFUSED
