"""Queries for consents, retention, anonymisation and erasure (GDPR), including the person's journal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from coopdesk.db.audit import scrub_record
from coopdesk.db.protection import declarations, mapped_class, owned_tables, owner_column
from coopdesk.db.tables import Participant
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import AuditEntry, CaseShare, Consent, Project
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord
from coopdesk.domain.protection import Erasure

CHUNK = 500


def in_caseload(session: Session, participant_id: int, user_id: int | None) -> bool:
    """The participant is assigned to the user or shared with them."""
    if user_id is None:
        return False
    own = select(Participant.id).where(Participant.id == participant_id, Participant.advisor_id == user_id)
    shared = select(CaseShare.id).where(CaseShare.participant_id == participant_id, CaseShare.user_id == user_id)
    return session.execute(own).first() is not None or session.execute(shared).first() is not None


# --- consents ---------------------------------------------------------------------------------------


def to_consent(row: Consent) -> ConsentRecord:
    return ConsentRecord(
        row.participant_id, ConsentPurpose(row.purpose), row.granted, row.given_on, row.expires_on,
        row.withdrawn_on, row.note,
    )


def consents_of(session: Session, participant_id: int) -> list[Consent]:
    stmt = select(Consent).where(Consent.participant_id == participant_id).order_by(Consent.purpose)
    return list(session.scalars(stmt))


def consent_row(session: Session, participant_id: int, purpose: ConsentPurpose) -> Consent | None:
    stmt = select(Consent).where(Consent.participant_id == participant_id, Consent.purpose == purpose.value)
    return session.scalars(stmt).one_or_none()


def consents_for_purpose(session: Session, purpose: ConsentPurpose) -> dict[int, ConsentRecord]:
    """Every participant's consent for one purpose, by participant id (one query, for exports)."""
    stmt = select(Consent).where(Consent.purpose == purpose.value)
    return {row.participant_id: to_consent(row) for row in session.scalars(stmt)}


# --- retention --------------------------------------------------------------------------------------


# (participant id, uuid, project code, base date, years, state aid, legal hold); the project's None without one
RetentionRow = tuple[int, str, str | None, date | None, int | None, bool | None, bool | None]


def retention_candidates(session: Session) -> Iterator[RetentionRow]:
    """Every participation of the records not yet anonymised, by person: (participant id, uuid, project
    code, retention base date, retention years, state aid, legal hold) - the project's values None for a
    participation without a project. Whether the person is due is domain.gdpr.person_retention's call."""
    stmt = (
        select(Participant.id, Participant.uuid, Project.code, Project.retention_base_date,
               Project.retention_years, Project.state_aid, Project.legal_hold)
        .join(Participation, Participation.participant_id == Participant.id)
        .outerjoin(Project, Project.id == Participation.project_id)
        .where(Participant.anonymised_at.is_(None))
        .order_by(Participant.id, Participation.id)
    )
    yield from ((pid, uuid, code, base, years, aid, hold)
                for pid, uuid, code, base, years, aid, hold in session.execute(stmt))


# --- erasure and anonymisation, as each table declares them -----------------------------------------


def _owned_declarations():
    return {name: declarations()[name] for name in owned_tables()}


def delete_person(session: Session, row: Participant) -> None:
    """Erasure: delete the person's rows of every table declared ``erasure=DELETE``, then the person.

    Through the ORM, so each delete is journaled (and then scrubbed by the caller, see scrub_journal).
    """
    for name, decl in _owned_declarations().items():
        if decl.erasure is Erasure.DELETE:
            mapped = mapped_class(name)
            for linked in session.scalars(select(mapped).where(owner_column(name) == row.id)):
                session.delete(linked)
    session.delete(row)


def anonymise_record(row: Participant) -> None:
    """Apply the participants' declaration (clear / generalise / replace per column) to one record.
    The caller stamps ``anonymised_at`` and refreshes the derived keys."""
    for name, rule in declarations()[Participant.__tablename__].cleared().items():
        setattr(row, name, rule.anonymised(getattr(row, name), row.uuid))


def anonymise_owned_rows(session: Session, participant_ids: list[int]) -> None:
    """Apply each owned table's declaration to these people's rows (proofs, notes...), through the ORM."""
    for name, decl in _owned_declarations().items():
        cleared = decl.cleared()
        if not cleared:
            continue
        mapped = mapped_class(name)
        for start in range(0, len(participant_ids), CHUNK):
            chunk = participant_ids[start:start + CHUNK]
            for obj in session.scalars(select(mapped).where(owner_column(name).in_(chunk))):
                for column, rule in cleared.items():
                    setattr(obj, column, rule.anonymised(getattr(obj, column), getattr(obj, "uuid", "")))


# --- the person's journal ---------------------------------------------------------------------------
# The journal (coopdesk/db/audit.py) writes the rows that belong to a participant (every table declared
# with an owner column: categories, stage history, consents, shares...) under the participant: table
# "participants", record_id = the participant. Entries under the child tables' own names are matched
# too, should a writer ever produce them.


def journal_filter(session: Session, participant_id: int):
    """A condition selecting every journal entry about the person and their linked rows."""
    conditions = [and_(AuditEntry.table_name == Participant.__tablename__, AuditEntry.record_id == participant_id)]
    for name, table in owned_tables().items():
        ids = sorted(session.scalars(select(table.c.id).where(owner_column(name) == participant_id)))
        if ids:
            conditions.append(and_(AuditEntry.table_name == name, AuditEntry.record_id.in_(ids)))
    return or_(*conditions)


def journal_of(session: Session, participant_id: int) -> list[AuditEntry]:
    stmt = select(AuditEntry).where(journal_filter(session, participant_id)).order_by(AuditEntry.id)
    return list(session.scalars(stmt))


def journal_targets(session: Session, participant_ids: Iterable[int]) -> list[tuple[str, int]]:
    """(table, record id) of every journaled record that belongs to these people (call before deleting)."""
    ids = sorted(set(participant_ids))
    targets = {(Participant.__tablename__, pid) for pid in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for name, table in owned_tables().items():
            children = select(table.c.id).where(owner_column(name).in_(chunk))
            stmt = (
                select(AuditEntry.table_name, AuditEntry.record_id)
                .where(AuditEntry.table_name == name, AuditEntry.record_id.in_(children))
                .distinct()
            )
            targets |= {(t, r) for t, r in session.execute(stmt) if r is not None}  # (in_ children: never None)
    return sorted(targets)


def scrub_journal(session: Session, targets: Iterable[tuple[str, int]]) -> int:
    """Blank the old/new values of the journal entries of these records (who/when/which field stay).

    Flushes first, so the entries of the anonymisation or erasure itself are scrubbed too.
    """
    session.flush()
    count = 0
    for table_name, record_id in targets:
        count += scrub_record(session, table_name, record_id)
    return count
