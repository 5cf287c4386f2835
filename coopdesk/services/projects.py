"""Projects with their retention rule and own eligibility; retention dates, records due, anonymisation
(domain.md §6; the rule: domain.gdpr.person_retention)."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from itertools import groupby

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from coopdesk.db.base import utcnow
from coopdesk.db.engine import Database
from coopdesk.db.repositories import gdpr as repo
from coopdesk.db.repositories.participants import forget_search_terms, refresh_keys
from coopdesk.db.tables import AtRiskCategory
from coopdesk.db.tables import Participant as ParticipantTable
from coopdesk.db.tables_participation import Participation, ProjectCategory
from coopdesk.db.tables_security import Project
from coopdesk.domain.errors import FieldIssue, NotFound, ValidationFailed
from coopdesk.domain.gdpr import (
    DueRecord,
    ParticipationRetention,
    PersonRetention,
    ProjectDraft,
    ProjectRecord,
    ProjectRetention,
    RetentionDefaults,
    person_retention,
    project_issues,
)
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, require
from coopdesk.resources import resource_path
from coopdesk.services.centre import CentreService
from coopdesk.services.consents import ensure_may_read
from coopdesk.services.context import Context


@cache
def retention_defaults() -> RetentionDefaults:
    """The default archiving period, the state-aid period and their legal source (assets/data/retention.json)."""
    data = json.loads(resource_path("data", "retention.json").read_text(encoding="utf-8"))
    return RetentionDefaults(int(data["default_years"]), data.get("_source", ""), int(data["state_aid_years"]))


def retention_rule(code: str, base_date: date | None, years: int | None, state_aid: bool | None,
                   legal_hold: bool | None) -> ProjectRetention:
    """A project's retention rule with the state-aid period of the data file."""
    return ProjectRetention(code, base_date, years or 0, bool(state_aid), bool(legal_hold),
                            retention_defaults().state_aid_years)


def _rule(row: Project) -> ProjectRetention:
    return retention_rule(row.code, row.retention_base_date, row.retention_years, row.state_aid, row.legal_hold)


def _record(row: Project, participants: int = 0, categories: tuple[int, ...] = ()) -> ProjectRecord:
    return ProjectRecord(
        code=row.code, name=row.name, start_date=row.start_date, end_date=row.end_date,
        retention_years=row.retention_years, retention_note=row.retention_note,
        **{name: getattr(row, name) or "" for name in IDENTITY_FIELDS},
        retention_base_date=row.retention_base_date, state_aid=bool(row.state_aid),
        legal_hold=bool(row.legal_hold), legal_hold_reason=row.legal_hold_reason or "",
        eligible_categories=categories,
        id=row.id, uuid=row.uuid, participants=participants, retention_date=_rule(row).keep_until,
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
            eligible: dict[int, builtins.list[int]] = {}
            for project_id, category_id in s.execute(
                    select(ProjectCategory.project_id, ProjectCategory.category_id).order_by(ProjectCategory.category_id)):
                eligible.setdefault(project_id, []).append(category_id)
            rows = s.scalars(select(Project).order_by(Project.start_date.desc(), Project.code))
            return [_record(r, counts.get(r.id, 0), tuple(eligible.get(r.id, ()))) for r in rows]

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
            self._apply_categories(s, row.id, draft)
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
            self._apply_categories(s, project_id, draft)
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
    def retention(self, participant_id: int, today: date | None = None) -> PersonRetention:
        """The person's retention: each participation's project rule, the latest keep-until date (once
        every project has a base date), and whether the person is due - or why not."""
        with self._db.read(self._ctx.actor) as s:
            row = ensure_may_read(self._db, self._ctx, s, participant_id)
            items = [
                ParticipationRetention(_rule(p.project) if p.project is not None else None, p.start_date,
                                       p.exit_date)
                for p in row.participations
            ]
        return person_retention(items, today or self._ctx.today())

    def retention_date(self, participant_id: int) -> date | None:
        """Keep the person's records until this day: the latest of their projects' base date + period;
        None while a participation has no project or a project no base date (nothing is due then)."""
        return self.retention(participant_id).keep_until

    def due_for_anonymisation(self, today: date | None = None) -> builtins.list[DueRecord]:
        """Records past their retention date, on no legal hold and not yet anonymised (oldest first)."""
        require(self._ctx.actor, Permission.GDPR_MANAGE)
        today = today or self._ctx.today()
        due: builtins.list[DueRecord] = []  # (``list`` in this class is the method above)
        with self._db.read(self._ctx.actor) as s:
            for (pid, uuid), rows in groupby(repo.retention_candidates(s), key=lambda r: (r[0], r[1])):
                items = [
                    ParticipationRetention(None if code is None else retention_rule(code, base, years, aid, hold))
                    for _, _, code, base, years, aid, hold in rows
                ]
                result = person_retention(items, today)
                if result.due and result.deciding is not None and result.keep_until is not None:
                    due.append(DueRecord(pid, uuid, result.deciding.code, result.keep_until))
        due.sort(key=lambda d: (d.retention_date, d.participant_id))
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
    def _apply_categories(s: Session, project_id: int, d: ProjectDraft) -> None:
        """The project's own eligibility: exactly the categories of the draft (rows through the ORM: journaled)."""
        wanted = set(d.eligible_categories)
        known = set(s.scalars(select(AtRiskCategory.id).where(AtRiskCategory.id.in_(wanted)))) if wanted else set()
        if known != wanted:
            raise ValidationFailed([FieldIssue("eligible_categories", QT_TRANSLATE_NOOP(
                "Errors", "An at-risk category no longer exists; open the project again."))])
        current = {r.category_id: r for r in s.scalars(select(ProjectCategory).where(ProjectCategory.project_id == project_id))}
        for category_id, link in current.items():
            if category_id not in wanted:
                s.delete(link)
        for category_id in sorted(wanted - set(current)):
            s.add(ProjectCategory(project_id=project_id, category_id=category_id))
        s.flush()

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
        row.retention_base_date = d.retention_base_date
        row.state_aid = d.state_aid
        row.legal_hold = d.legal_hold
        row.legal_hold_reason = d.legal_hold_reason.strip()

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
