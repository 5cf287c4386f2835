"""Projects with their retention rule; retention dates, records due, anonymisation (domain.md §6)."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from coopdesk.db.base import utcnow
from coopdesk.db.engine import Database
from coopdesk.db.repositories import gdpr as repo
from coopdesk.db.repositories.participants import forget_search_terms, refresh_keys
from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.db.tables_participation import Participation
from coopdesk.db.tables_security import Project
from coopdesk.domain.errors import FieldIssue, NotFound, ValidationFailed
from coopdesk.domain.gdpr import (
    DueRecord,
    ProjectDraft,
    ProjectRecord,
    RetentionDefaults,
    is_due,
    project_issues,
    retention_date,
)
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, require
from coopdesk.resources import resource_path
from coopdesk.services.centre import CentreService
from coopdesk.services.consents import ensure_may_read
from coopdesk.services.context import Context


def retention_defaults() -> RetentionDefaults:
    """The default archiving period and its legal source (resources/data/retention.json)."""
    data = json.loads(resource_path("data", "retention.json").read_text(encoding="utf-8"))
    return RetentionDefaults(int(data["default_years"]), data.get("_source", ""))


def _record(row: Project, participants: int = 0) -> ProjectRecord:
    return ProjectRecord(
        code=row.code, name=row.name, start_date=row.start_date, end_date=row.end_date,
        retention_years=row.retention_years, retention_note=row.retention_note,
        **{name: getattr(row, name) or "" for name in IDENTITY_FIELDS},
        id=row.id, uuid=row.uuid, participants=participants,
    )


# The project's identity printed on documents (schema 0008), stored as given (trimmed)
IDENTITY_FIELDS = ("number", "programme", "priority", "action", "lead_partner", "partners", "controllers",
                   "logo_strip")


class ProjectService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    # --- projects ----------------------------------------------------------------------------
    def list(self) -> list[ProjectRecord]:
        """Every project (any signed-in user may see which projects exist, e.g. to pick one)."""
        with self._db.read(self._ctx.actor) as s:
            counts = dict(
                s.execute(
                    select(Participation.project_id, func.count(func.distinct(Participation.participant_id)))
                    .where(Participation.project_id.is_not(None))
                    .group_by(Participation.project_id)
                ).all()
            )
            rows = s.scalars(select(Project).order_by(Project.start_date.desc(), Project.code))
            return [_record(r, counts.get(r.id, 0)) for r in rows]

    def get(self, project_id: int) -> ProjectRecord:
        for p in self.list():
            if p.id == project_id:
                return p
        raise NotFound()

    def new_draft(self) -> ProjectDraft:
        return ProjectDraft(retention_years=retention_defaults().years)

    def create(self, draft: ProjectDraft) -> ProjectRecord:
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        self._check(draft)
        with self._db.session(self._ctx.actor) as s:
            row = Project()
            self._apply(row, draft)
            s.add(row)
            self._flush(s)
            new_id = row.id
        return self.get(new_id)

    def update(self, project_id: int, draft: ProjectDraft) -> ProjectRecord:
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        self._check(draft)
        with self._db.session(self._ctx.actor) as s:
            row = s.get(Project, project_id)
            if row is None:
                raise NotFound()
            self._apply(row, draft)
            self._flush(s)
        return self.get(project_id)

    def delete(self, project_id: int) -> None:
        """Delete a project; its participations stay, without a project (and so without a retention date)."""
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        with self._db.session(self._ctx.actor) as s:
            row = s.get(Project, project_id)
            if row is None:
                raise NotFound()
            for taking_part in s.scalars(select(Participation).where(Participation.project_id == project_id)):
                taking_part.project_id = None  # through the ORM: journaled
            s.delete(row)

    def assign_project(self, participant_ids: Iterable[int], project_id: int | None) -> int:
        """Put participants in a project; return how many were changed. A person's open participation
        without a project gets the project; someone already in it is left alone; anyone else gets a new
        participation in it (nothing of an earlier participation changes). Anonymised records are left
        as they are. A participation leaves a project by its exit, so ``None`` is refused (NotFound)."""
        require(self._ctx.actor, Permission.PARTICIPANTS_WRITE)
        ids = sorted(set(participant_ids))
        with self._db.session(self._ctx.actor) as s:
            if project_id is None or s.get(Project, project_id) is None:
                raise NotFound()
            changed = 0
            for pid in ids:
                row = ensure_may_read(self._db, self._ctx, s, pid)
                if row.anonymised_at is not None or any(p.project_id == project_id for p in row.participations):
                    continue
                without = [p for p in row.participations if p.project_id is None and p.exit_date is None]
                if without:
                    without[-1].project_id = project_id
                else:
                    row.participations.append(Participation(project_id=project_id))
                changed += 1
            return changed

    # --- retention ---------------------------------------------------------------------------
    def retention_date(self, participant_id: int) -> date | None:
        """31 December of (project end year + the project's years); None without a project end."""
        with self._db.read(self._ctx.actor) as s:
            row = ensure_may_read(self._db, self._ctx, s, participant_id)
            # TEMPORARY (issue 8, retention rework in progress): the latest participation's project
            projects = [p.project for p in row.participations if p.project is not None]
            if not projects:
                return None
            return retention_date(projects[-1].end_date, projects[-1].retention_years)

    def due_for_anonymisation(self, today: date | None = None) -> builtins.list[DueRecord]:
        """Records past their retention date and not yet anonymised (oldest first)."""
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        today = today or self._ctx.today()
        due: builtins.list[DueRecord] = []  # (``list`` in this class is the method above)
        with self._db.read(self._ctx.actor) as s:
            for pid, uuid, code, end, years in repo.retention_candidates(s):
                keep_until = retention_date(end, years)
                if keep_until is not None and is_due(keep_until, today):
                    due.append(DueRecord(pid, uuid, code, keep_until))
        return due

    def anonymise(self, participant_ids: Iterable[int]) -> int:
        """Remove the identifying data of these people in one transaction; return how many changed.

        The record stays for statistics (birth year, sex, gmina, indicators, stages, category codes);
        proofs, notes and the journal's values about the person are removed.
        """
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        ids = sorted(set(participant_ids))
        done = 0
        with self._db.session(self._ctx.actor) as s:
            rows: dict[int, ParticipantTable] = {}
            for start in range(0, len(ids), 500):
                stmt = (
                    select(ParticipantTable)
                    .where(ParticipantTable.id.in_(ids[start:start + 500]))
                    .options(selectinload(ParticipantTable.categories), selectinload(ParticipantTable.stage_history))
                )
                rows.update((r.id, r) for r in s.scalars(stmt))
            if len(rows) != len(ids):
                raise NotFound()
            changed = [pid for pid in ids if rows[pid].anonymised_at is None]
            with s.no_autoflush:
                for pid in changed:
                    _anonymise_row(rows[pid])
            repo.anonymise_owned_rows(s, changed)  # proofs, stage notes, consent notes: as declared
            done = len(changed)
            # after the journal has recorded the changes (scrub_journal flushes first)
            repo.scrub_journal(s, repo.journal_targets(s, changed))
            forget_search_terms(s)  # the search index's copies of the old names
        self._db.checkpoint()  # and the write-ahead log's copies of the pages they were on
        return done

    # --- internals ---------------------------------------------------------------------------
    def _check(self, draft: ProjectDraft) -> None:
        issues = [FieldIssue(f, m) for f, m in project_issues(draft)]
        if draft.logo_strip and CentreService(self._db, self._ctx).image(draft.logo_strip) is None:
            issues.append(FieldIssue("logo_strip", QT_TRANSLATE_NOOP("Errors", "The image file is damaged or cannot be read.")))
        if issues:
            raise ValidationFailed(issues)

    @staticmethod
    def _apply(row: Project, d: ProjectDraft) -> None:
        row.code = d.code.strip()
        row.name = d.name.strip()
        row.start_date = d.start_date
        row.end_date = d.end_date
        row.retention_years = d.retention_years
        row.retention_note = d.retention_note.strip()
        for name in IDENTITY_FIELDS:
            setattr(row, name, getattr(d, name).strip())

    @staticmethod
    def _flush(s: Session) -> None:
        try:
            s.flush()
        except IntegrityError as exc:
            raise ValidationFailed([FieldIssue("code", QT_TRANSLATE_NOOP("Errors", "Another project has this code."))]) from exc


def _anonymise_row(row: ParticipantTable) -> None:
    repo.anonymise_record(row)  # each column as the participants table declares it
    row.anonymised_at = utcnow()
    refresh_keys(row)
