"""Consents per purpose: read, record, and ask whether one is valid on a date (GDPR, domain.md §6)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from coopdesk.db.engine import Database
from coopdesk.db.repositories import gdpr as repo
from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.db.tables_security import Consent
from coopdesk.domain.errors import CoopdeskError, FieldIssue, NotFound, PermissionDenied, ValidationFailed
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, ConsentState, consent_issues, consent_state
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.services.case_access import case_scope, require_case
from coopdesk.services.context import Context


class RecordAnonymised(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "This record has been anonymised; its personal data can no longer be changed.")


def ensure_may_read(db: Database, ctx: Context, s: Session, participant_id: int) -> ParticipantTable:
    """Refuse unless the actor may read this participant; return the row (in session ``s``).

    The same rule as the participant service's ``get`` (coordinator: everyone; advisor: caseload and
    shared cases; others: nobody), checked inside the caller's unit of work. ``get`` itself is not
    called: it journals a special-category read and commits, which a consent or project change must
    not do (and inside a writing unit of work it would wait for that unit's own lock).
    """
    case_scope(ctx.actor)  # PermissionDenied for roles without the register
    row = s.get(ParticipantTable, participant_id)
    if row is None:
        raise NotFound()
    require_case(s, ctx.actor, participant_id)
    return row


class ConsentService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def _require_consents(self) -> None:
        if not (allowed(self._ctx.actor, Permission.CONSENTS_EDIT) or allowed(self._ctx.actor, Permission.GDPR_MANAGE)):
            raise PermissionDenied()

    # --- reading -----------------------------------------------------------------------------
    def consents(self, participant_id: int) -> dict[ConsentPurpose, ConsentRecord]:
        """The recorded consents of a person, by purpose (purposes never recorded are absent)."""
        self._require_consents()
        with self._db.read(self._ctx.actor) as s:
            ensure_may_read(self._db, self._ctx, s, participant_id)
            return {ConsentPurpose(r.purpose): repo.to_consent(r) for r in repo.consents_of(s, participant_id)}

    def get(self, participant_id: int, purpose: ConsentPurpose) -> ConsentRecord | None:
        return self.consents(participant_id).get(purpose)

    def state(self, participant_id: int, purpose: ConsentPurpose, on_date: date | None = None) -> ConsentState:
        return consent_state(self.get(participant_id, purpose), on_date or self._ctx.today())

    def valid_consent(self, participant_id: int, purpose: ConsentPurpose, on_date: date | None = None) -> bool:
        return self.state(participant_id, purpose, on_date) is ConsentState.VALID

    # --- writing -----------------------------------------------------------------------------
    def set(self, consent: ConsentRecord) -> ConsentRecord:
        """Record (or replace) the consent for its purpose."""
        self.set_many(consent.participant_id, [consent])
        return self.get(consent.participant_id, consent.purpose) or consent

    def set_many(self, participant_id: int, consents: list[ConsentRecord]) -> None:
        """Record several purposes of one person in one transaction."""
        require(self._ctx.actor, Permission.CONSENTS_EDIT)
        issues = [
            FieldIssue(c.purpose.value, message) for c in consents for message in consent_issues(c)
        ]
        issues += [
            FieldIssue(c.purpose.value, QT_TRANSLATE_NOOP("Errors", "The consent belongs to another person."))
            for c in consents if c.participant_id != participant_id
        ]
        if issues:
            raise ValidationFailed(issues)
        with self._db.session(self._ctx.actor) as s:
            person = ensure_may_read(self._db, self._ctx, s, participant_id)
            if person.anonymised_at is not None:
                raise RecordAnonymised()
            for c in consents:
                row = repo.consent_row(s, participant_id, c.purpose)
                if row is None:
                    row = Consent(participant_id=participant_id, purpose=c.purpose.value)
                    s.add(row)
                row.granted = c.granted
                row.given_on = c.given_on
                row.expires_on = c.expires_on
                row.withdrawn_on = c.withdrawn_on
                row.note = c.note.strip()

    def withdraw(self, participant_id: int, purpose: ConsentPurpose, on_date: date | None = None) -> None:
        current = self.get(participant_id, purpose)
        if current is None or not current.granted:
            raise NotFound()
        when = on_date or self._ctx.today()
        self.set_many(participant_id, [ConsentRecord(
            participant_id, purpose, True, current.given_on, current.expires_on, when, current.note,
        )])

    def clear(self, participant_id: int, purpose: ConsentPurpose) -> None:
        """Forget a purpose that was recorded by mistake (the journal keeps the trace)."""
        require(self._ctx.actor, Permission.CONSENTS_EDIT)
        with self._db.session(self._ctx.actor) as s:
            ensure_may_read(self._db, self._ctx, s, participant_id)
            row = repo.consent_row(s, participant_id, purpose)
            if row is not None:
                s.delete(row)
