"""Data-subject requests: the Article 15 data report (PDF) and erasure of a person (GDPR, domain.md §6)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from coopdesk.db.engine import Database
from coopdesk.db.protection import SPECIAL_PARTICIPANT_FIELDS, person_references
from coopdesk.db.repositories import gdpr as repo
from coopdesk.db.repositories.participants import forget_search_terms
from coopdesk.db.tables import AtRiskCategory, Setting, User
from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.db.tables_security import CaseShare, Project
from coopdesk.domain.errors import NotFound
from coopdesk.domain.gdpr import ConsentPurpose, ConsentRecord, PersonRetention
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.domain.records import Participant, ParticipantDraft
from coopdesk.services import reference_data
from coopdesk.services.audit import special_journal_field
from coopdesk.services.context import Context
from coopdesk.services.export_file import publish_export, temporary_export
from coopdesk.services.participants import ParticipantService, journal_special_read
from coopdesk.services.projects import ProjectService

# What an Article 15 report holds besides the person's own fields (named in the export journal entry).
REPORT_SECTIONS = ("participations", "retention", "consents", "case_shares", "journal")

CENTRE_NAME_KEY = "centre.name"  # settings: the data controller's name printed on documents


@dataclass(frozen=True)
class JournalLine:
    at: datetime  # UTC
    username: str
    action: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class PersonReport:
    """Everything held about one person, as the Article 15 report shows it."""

    person: Participant
    generated_on: date
    generated_at: datetime
    generated_by: str
    centre_name: str = ""
    anonymised_at: datetime | None = None
    # The person's retention: each participation's project rule, the latest keep-until date, due or why not
    retention: PersonRetention | None = None
    retention_notes: dict[str, str] = field(default_factory=dict)  # project code -> the rule's legal source
    consents: dict[ConsentPurpose, ConsentRecord] = field(default_factory=dict)
    shared_with: tuple[str, ...] = ()
    journal: tuple[JournalLine, ...] = ()
    # Names of records the journal refers to by id: {"project_id": {"3": "OWES-2026"}, ...}
    lookups: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ErasureResult:
    participant_uuid: str
    journal_entries_scrubbed: int


class GdprService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def report_data(self, participant_id: int) -> PersonReport:
        """Collect what the Article 15 report shows (coordinator: GDPR_MANAGE)."""
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        hide_special = not self._special_allowed()
        # One consistent read (a snapshot: the record, consents, shares and journal as of one moment);
        # the special-category read is journaled after it, in a short write of its own.
        with self._db.snapshot(self._ctx.actor) as s:
            person = ParticipantService(self._db, self._ctx).get(participant_id, journal_read=False)
            row = s.get(ParticipantTable, participant_id)
            if row is None:
                raise NotFound()
            retention = ProjectService(self._db, self._ctx).retention(participant_id)
            codes = {p.project_code for p in person.participations if p.project_code}
            notes = {code: note for code, note in s.execute(
                select(Project.code, Project.retention_note).where(Project.code.in_(codes)))}
            consents = {ConsentPurpose(c.purpose): repo.to_consent(c) for c in repo.consents_of(s, participant_id)}
            shared = tuple(s.scalars(
                select(User.full_name).join(CaseShare, CaseShare.user_id == User.id)
                .where(CaseShare.participant_id == participant_id).order_by(User.full_name)
            ))
            journal = tuple(
                JournalLine(e.at, e.username, e.action, e.field, None, None)
                if hide_special and special_journal_field(e.field)
                else JournalLine(e.at, e.username, e.action, e.field, e.old_value, e.new_value)
                for e in repo.journal_of(s, participant_id)
            )
            centre = s.get(Setting, CENTRE_NAME_KEY)
            users = {str(i): n for i, n in s.execute(select(User.id, User.full_name))}
            named = {
                Project.__tablename__: {
                    str(i): f"{c} – {n}" for i, c, n in s.execute(select(Project.id, Project.code, Project.name))},
                AtRiskCategory.__tablename__: {str(i): f"{c} – {n}" for i, c, n in s.execute(
                    select(AtRiskCategory.id, AtRiskCategory.code, AtRiskCategory.name))},
                User.__tablename__: users,
            }
            # every column of the person's tables that refers to a user, a project or a category
            lookups = {col: named[table] for col, table in person_references().items() if table in named}
            lookups["school_type"] = {t.code: t.name for t in reference_data.school_types()}
            lookups["participation_id"] = {  # as the report's section 3 numbers them
                str(p.id): f"Udział {n}: {p.project_code or 'bez projektu'}"
                for n, p in enumerate(person.participations, 1)}
            report = PersonReport(
                person=person,
                generated_on=self._ctx.today(),
                generated_at=datetime.now(),
                generated_by=self._ctx.actor.full_name or self._ctx.actor.username,
                centre_name=centre.value if centre else "",
                anonymised_at=row.anonymised_at,
                retention=retention,
                retention_notes={c: n for c, n in notes.items() if n},
                consents=consents,
                shared_with=shared,
                journal=journal,
                lookups=lookups,
            )
        journal_special_read(self._db, self._ctx, person)
        return report

    def data_report(self, participant_id: int, out: Path,
                    progress: Callable[[int, int], None] | None = None) -> Path:
        """Write the person's Article 15 report to ``out`` (PDF, A4, in Polish); journaled as an export.
        ``progress``: see gdpr_report.write_report (a cancel leaves no file and no journal entry)."""
        from coopdesk.services.gdpr_report import write_report
        from coopdesk.services.printout import page_header

        report = self.report_data(participant_id)
        columns = [f.name for f in fields(ParticipantDraft)
                   if self._special_allowed() or f.name not in SPECIAL_PARTICIPANT_FIELDS]
        out = Path(out)
        with temporary_export(self._db, out) as tmp:
            write_report(report, tmp, page_header(self._db, self._ctx, participant_id), progress)
            publish_export(self._db, self._ctx.actor, tmp, out, "export:art15_report", 1,
                           [*columns, *REPORT_SECTIONS], [report.person.uuid])
        return out

    def _special_allowed(self) -> bool:
        return allowed(self._ctx.actor, Permission.SPECIAL_CATEGORY_READ)

    def erase_person(self, participant_id: int) -> ErasureResult:
        """Delete the person and everything linked to them; scrub their values from the journal.

        The journal keeps who erased which record (by uuid) and when, without any of the person's data.
        Statistics survive only through records anonymised earlier and aggregates already reported.
        """
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            row = s.get(ParticipantTable, participant_id)
            if row is None:
                raise NotFound()
            uuid = row.uuid
            targets = repo.journal_targets(s, [participant_id])
            repo.delete_person(s, row)  # the rows of every table declared erasure=DELETE, then the person
            scrubbed = repo.scrub_journal(s, targets)
            forget_search_terms(s)  # the search index's copies of the old name, PESEL and town
        self._db.checkpoint()  # and the write-ahead log's copies of the pages they were on
        return ErasureResult(uuid, scrubbed)
