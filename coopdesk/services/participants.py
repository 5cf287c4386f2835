"""The participant register: list, read, create, update; validation and duplicate checks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.audit import log_read
from coopdesk.db.engine import Database
from coopdesk.db.protection import (
    SPECIAL_PARTICIPANT_FIELDS as SPECIAL_PARTICIPANT_FIELDS,  # the form hides them too
)
from coopdesk.db.protection import special_fields_shown
from coopdesk.db.repositories import participants as repo
from coopdesk.db.tables import AtRiskCategory, ParticipantCategory, StageHistory, User
from coopdesk.db.tables import Participant as ParticipantRow_
from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    DisabilityDegree,
    Role,
    Sex,
    Stage,
)
from coopdesk.domain.errors import CoopdeskError, FieldIssue, NotFound, PermissionDenied, ValidationFailed
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.labour import LabourFacts, labour_issues
from coopdesk.domain.participation_rules import derived_start, field_name
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.domain.records import (
    CategoryAssignment,
    DuplicateCheck,
    Participant,
    ParticipantDraft,
    ParticipantQuery,
    ParticipantRow,
    ParticipationDraft,
    StageChange,
)
from coopdesk.domain.territory import lookup
from coopdesk.domain.validation import errors_only, normalise, validate_participant
from coopdesk.services import reference_data
from coopdesk.services.case_access import case_scope, names_scope, require_case
from coopdesk.services.context import Context
from coopdesk.services.participant_list import ParticipantListSource
from coopdesk.services.participations import apply_participations, to_participations

# Columns copied 1:1 between the draft and the table; the rest are converted explicitly below.
_PLAIN = (
    "first_name", "last_name", "birth_date", "phone", "email", "voivodeship", "powiat", "gmina", "teryt",
    "town", "street", "building_no", "flat_no", "postal_code", "recruitment_date", "recruitment_source",
    "advisor_id", "notes",
)
_ENUMS = {
    "sex": Sex, "citizenship": Citizenship, "disability": Answer, "disability_degree": DisabilityDegree,
    "disability_kind": Answer, "minority": Answer, "foreign_background": Answer, "homeless": Answer,
    "stage": Stage,
}


# domain.labour's field names -> the participation's
_LABOUR_FIELDS = {"registered_on": "pup_registered_on"}


class DuplicateFound(CoopdeskError):
    """Saving would create a duplicate: a blocking PESEL clash, or a name + birth date to confirm."""

    message = QT_TRANSLATE_NOOP("Errors", "A person with the same data is already registered.")

    def __init__(self, check: DuplicateCheck) -> None:
        super().__init__()
        self.check = check


class ParticipantService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    # --- reading -----------------------------------------------------------------------------
    def list_page(self, query: ParticipantQuery, offset: int = 0, limit: int = 200) -> list[ParticipantRow]:
        restrict = self._scope(query)
        with self._db.read(self._ctx.actor) as s:
            return repo.list_rows(s, query, offset, limit, restrict)

    def list_window(self, query: ParticipantQuery, offset: int, limit: int = 200) -> list[ParticipantRow]:
        """The same rows as ``list_page``, fast at any offset (a virtual table jumping to its end)."""
        restrict = self._scope(query)
        with self._db.read(self._ctx.actor) as s:
            return repo.window_rows(s, query, offset, limit, restrict)

    def list_source(self) -> ParticipantListSource:
        """The register as a declared list (columns, filters, sort keys) for list screens and exports."""
        return ParticipantListSource(self)

    def position(self, query: ParticipantQuery, participant_id: int) -> int | None:
        """The 0-based row of a participant in the list of ``query``; None if it is not in it."""
        restrict = self._scope(query)
        with self._db.read(self._ctx.actor) as s:
            return repo.position(s, query, participant_id, restrict)

    def count(self, query: ParticipantQuery) -> int:
        restrict = self._scope(query)
        with self._db.read(self._ctx.actor) as s:
            return repo.count_rows(s, query, restrict)

    def get(self, participant_id: int, journal_read: bool = True) -> Participant:
        """The record, if the actor may read it. ``journal_read=False`` for a caller that shows no
        special-category data from it (or journals its own read, like the history view). Without
        SPECIAL_CATEGORY_READ the special-category fields come blank (and nothing is journaled)."""
        # Read in a read-only unit of work; only showing special-category data writes a short "read"
        # journal entry afterwards (so opening a record never holds the write lock while it reads).
        with self._db.read(self._ctx.actor) as s:
            row = repo.load(s, participant_id)
            if row is None:
                raise NotFound()
            self._require_case(s, participant_id)
            record = self._visible(_to_record(row))
        if journal_read:
            journal_special_read(self._db, self._ctx, record)
        return record

    def check_duplicates(self, draft: ParticipantDraft, exclude_id: int | None = None) -> DuplicateCheck:
        self._scope()
        draft = normalise(draft)
        with self._db.read(self._ctx.actor) as s:
            return self._redacted(s, self._duplicates(s, draft, exclude_id))

    def participant_names(self, ids: Iterable[int]) -> list[tuple[int, str, str]]:
        """(id, first name, last name) only, of the people the actor works with (``names_scope``)."""
        restrict = names_scope(self._ctx.actor)
        with self._db.read(self._ctx.actor) as s:
            return repo.names(s, ids, restrict)

    # --- writing -----------------------------------------------------------------------------
    def validate(
        self, draft: ParticipantDraft, pesel_expected: bool = False, confirm_age: bool = False
    ) -> list[FieldIssue]:
        """Errors and warnings (``domain.validation.validate_participant``), e.g. for a form as it is typed."""
        draft = normalise(_with_participation(draft))
        issues = validate_participant(draft, self._ctx.today(), pesel_expected=pesel_expected,
                                      age_confirmed=confirm_age)
        return issues + self._labour_warnings(draft)

    def _labour_warnings(self, draft: ParticipantDraft) -> list[FieldIssue]:
        """The labour-market status of each participation against the categories the person holds on its
        start day (today before the first support): domain.labour, with the shipped catalogues as data."""
        if not draft.participations:
            return []
        with self._db.read(self._ctx.actor) as s:
            dictionary = s.execute(select(AtRiskCategory.id, AtRiskCategory.code, AtRiskCategory.name)).all()
        codes = {i: code for i, code, _name in dictionary}
        names = {code: name for _i, code, name in dictionary}
        issues: list[FieldIssue] = []
        for index, p in enumerate(draft.participations):
            day = derived_start(p) or self._ctx.today()
            held = [codes[a.category_id] for a in draft.categories if a.category_id in codes and a.holds_on(day)]
            facts = LabourFacts(p.labour_status, p.labour_detail, p.pup_registered_on, p.unemployed_since)
            for issue in labour_issues(facts, held, birth_date=draft.birth_date, day=day,
                                       catalogues=reference_data.catalogues(), rules=reference_data.long_term_rules(),
                                       names=names):
                field = _LABOUR_FIELDS.get(issue.field, issue.field)
                issues.append(replace(issue, field=field_name(index, field)))
        return issues

    def create(
        self, draft: ParticipantDraft, confirm_duplicates: bool = False, confirm_age: bool = False
    ) -> Participant:
        """``confirm_age``: the user confirmed registering someone under 15 (refused otherwise)."""
        require(self._ctx.actor, Permission.PARTICIPANTS_WRITE)
        draft = self._checked(_with_participation(draft), confirm_age)
        if not self._special_allowed():  # who cannot read special-category data does not write it either
            draft = replace(draft, **_blank_special())
        with self._db.session(self._ctx.actor) as s:
            draft = self._own_advisor(s, draft, None, new=True)
            self._refuse_duplicates(s, draft, None, confirm_duplicates)
            row = ParticipantRow_()
            self._apply(s, row, draft, previous_stage=None)
            s.add(row)
            s.flush()
            new_id = row.id
        return self._saved(new_id)

    def update(
        self, participant_id: int, draft: ParticipantDraft, confirm_duplicates: bool = False,
        confirm_age: bool = False,
    ) -> Participant:
        require(self._ctx.actor, Permission.PARTICIPANTS_WRITE)
        draft = self._checked(draft, confirm_age)
        with self._db.session(self._ctx.actor) as s:
            row = repo.load(s, participant_id)
            if row is None:
                raise NotFound()
            self._require_case(s, participant_id)
            draft = self._own_advisor(s, draft, row.advisor_id, new=False)
            if not self._special_allowed():
                # They were shown blanks: keep what is stored rather than wipe it with those blanks.
                stored = _to_record(row)
                draft = self._checked(
                    replace(draft, **{f: getattr(stored, f) for f in SPECIAL_PARTICIPANT_FIELDS}), confirm_age)
            self._refuse_duplicates(s, draft, participant_id, confirm_duplicates)
            self._apply(s, row, draft, previous_stage=Stage(row.stage))
        return self._saved(participant_id)  # also after the advisor handed the case over

    # --- permissions (coordinator: everyone; advisor: caseload + shared; others: none) --------
    def _scope(self, query: ParticipantQuery | None = None) -> repo.Caseload | None:
        scope = case_scope(self._ctx.actor)
        if query is not None and query.category_id is not None and not self._special_allowed():
            raise PermissionDenied()  # a list filtered by at-risk category tells who is in that category
        return scope

    def _special_allowed(self) -> bool:
        return allowed(self._ctx.actor, Permission.SPECIAL_CATEGORY_READ)

    def _visible(self, record: Participant) -> Participant:
        """The record as this actor may see it: special-category fields blank without SPECIAL_CATEGORY_READ."""
        return record if self._special_allowed() else replace(record, **_blank_special())

    def _require_case(self, s: Session, participant_id: int) -> None:
        require_case(s, self._ctx.actor, participant_id)

    def _redacted(self, s: Session, check: DuplicateCheck) -> DuplicateCheck:
        """Outside the caseload, a duplicate shows only that it exists and whose case it is."""
        if self._scope() is None:
            return check

        def hide(row: ParticipantRow) -> ParticipantRow:
            if repo.in_caseload(s, row.id, self._ctx.actor.user_id):
                return row
            return replace(row, last_name="", first_name="", pesel="", birth_date=None, town="",
                           recruitment_date=None)

        return DuplicateCheck(tuple(map(hide, check.same_pesel)), tuple(map(hide, check.same_name_birth)))

    def _own_advisor(
        self, s: Session, draft: ParticipantDraft, current_advisor: int | None, new: bool
    ) -> ParticipantDraft:
        """Who holds the case. The coordinator assigns anyone. An advisor registers people into their own
        caseload; only a case's current advisor hands it over (to another active advisor), so an advisor a
        case was shared with can edit it but never take it over (issue 6 point 12)."""
        actor = self._ctx.actor
        require(actor, Permission.PARTICIPANTS_WRITE)
        if allowed(actor, Permission.PARTICIPANTS_READ_ALL):
            return draft
        if new:
            if draft.advisor_id not in (None, actor.user_id):
                raise ValidationFailed([FieldIssue("advisor_id", QT_TRANSLATE_NOOP(
                    "Errors", "Only a coordinator can assign a person to another advisor."))])
            return replace(draft, advisor_id=actor.user_id)
        if draft.advisor_id == current_advisor:
            return draft
        if current_advisor != actor.user_id:
            raise ValidationFailed([FieldIssue("advisor_id", QT_TRANSLATE_NOOP(
                "Errors", "Only the coordinator or the person's current advisor can hand the case to another advisor."))])
        target = s.get(User, draft.advisor_id) if draft.advisor_id is not None else None
        if target is None or not target.active or not allowed(
                Actor(target.id, target.username, target.full_name, Role(target.role)), Permission.PARTICIPANTS_READ_OWN):
            raise ValidationFailed([FieldIssue("advisor_id", QT_TRANSLATE_NOOP(
                "Errors", "A case can be handed over only to an active advisor."))])
        return draft

    # --- internals ---------------------------------------------------------------------------
    def _saved(self, participant_id: int) -> Participant:
        """The record just saved, as stored: the saver's own data (not a read, nothing journaled), returned
        even when the save handed the case to another advisor."""
        with self._db.read(self._ctx.actor) as s:
            row = repo.load(s, participant_id)
            if row is None:
                raise NotFound()
            return self._visible(_to_record(row))

    def _checked(self, draft: ParticipantDraft, confirm_age: bool = False) -> ParticipantDraft:
        draft = normalise(draft)
        issues = validate_participant(draft, self._ctx.today(), age_confirmed=confirm_age)
        if errors_only(issues):
            raise ValidationFailed(issues)
        return draft

    def _duplicates(self, s: Session, draft: ParticipantDraft, exclude_id: int | None) -> DuplicateCheck:
        same_pesel = repo.rows_by_pesel(s, draft.pesel, exclude_id) if draft.pesel else []
        same_name = []
        if draft.birth_date and draft.first_name and draft.last_name:
            same_name = repo.rows_by_name_and_birth(
                s, draft.first_name, draft.last_name, draft.birth_date, exclude_id
            )
            same_name = [r for r in same_name if r.id not in {p.id for p in same_pesel}]
        return DuplicateCheck(tuple(same_pesel), tuple(same_name))

    def _refuse_duplicates(
        self, s: Session, draft: ParticipantDraft, exclude_id: int | None, confirmed: bool
    ) -> None:
        check = self._duplicates(s, draft, exclude_id)
        if check.same_pesel or (check.same_name_birth and not confirmed):
            raise DuplicateFound(self._redacted(s, check))

    def _apply(self, s: Session, row: ParticipantRow_, d: ParticipantDraft, previous_stage: Stage | None) -> None:
        for name in _PLAIN:
            setattr(row, name, getattr(d, name))
        for name in _ENUMS:
            value = getattr(d, name)
            setattr(row, name, value.value if value is not None else None)
        row.pesel = d.pesel or None
        if d.advisor_id is not None and s.get(User, d.advisor_id) is None:
            raise ValidationFailed([FieldIssue("advisor_id", QT_TRANSLATE_NOOP("Errors", "This advisor does not exist."))])
        if d.teryt:
            place = lookup(d.teryt, reference_data.territory())
            if place is None:
                raise ValidationFailed([FieldIssue("teryt", QT_TRANSLATE_NOOP("Errors", "No gmina has this TERYT code."))])
            row.teryt, row.voivodeship, row.powiat, row.gmina = place.code, place.voivodeship, place.powiat, place.name
        repo.refresh_keys(row)
        self._apply_categories(s, row, d.categories)
        # a new person without a participation gets one (without a project, to be assigned)
        # a new participation starts where the person lives (the residence at entry), unless given
        apply_participations(s, row, [
            replace(p, teryt=row.teryt, voivodeship=row.voivodeship, powiat=row.powiat, gmina=row.gmina,
                    town=row.town) if p.id is None and not (p.teryt or p.gmina) else p
            for p in d.participations
        ])
        if previous_stage != d.stage:
            row.stage_history.append(
                StageHistory(
                    stage=d.stage.value,
                    changed_on=d.stage_date or self._ctx.today(),
                    changed_by_id=self._ctx.actor.user_id,
                )
            )

    def _apply_categories(self, s: Session, row: ParticipantRow_, wanted: tuple[CategoryAssignment, ...]) -> None:
        existing = {c.category_id: c for c in row.categories}
        keep = set()
        for a in wanted:
            if s.get(AtRiskCategory, a.category_id) is None:
                raise ValidationFailed([FieldIssue("categories", QT_TRANSLATE_NOOP("Errors", "Unknown at-risk category."))])
            link = existing.get(a.category_id)
            if link is None:
                link = ParticipantCategory(category_id=a.category_id)
                row.categories.append(link)
            link.proof_document = a.proof_document.strip()
            link.proof_date = a.proof_date
            link.valid_from, link.valid_to = a.valid_from, a.valid_to
            if a.verified_by_id is not None and s.get(User, a.verified_by_id) is None:
                raise ValidationFailed([FieldIssue("categories", QT_TRANSLATE_NOOP(
                    "Errors", "This advisor does not exist."))])
            link.verified_by_id, link.verified_on = a.verified_by_id, a.verified_on
            keep.add(a.category_id)
        for category_id, link in existing.items():
            if category_id not in keep:
                row.categories.remove(link)


def _with_participation(draft: ParticipantDraft) -> ParticipantDraft:
    """A new person's draft without a participation gets one (without a project, to be assigned)."""
    return draft if draft.participations else replace(draft, participations=(ParticipationDraft(),))


def journal_special_read(db: Database, ctx: Context, record: Participant) -> None:
    """Journal that ``ctx.actor`` was shown the special-category fields ``record`` carries (none: nothing).

    A short write of its own, after the reading (which stays read-only and takes no write lock)."""
    if shown := special_fields_shown(record):
        with db.session(ctx.actor) as s:
            log_read(s, ctx.actor, "participants", record.id, record.uuid, shown)


def _blank_special() -> dict[str, Any]:  # each field's own type (the dataclass's default)
    """The special-category fields at their empty defaults."""
    return {f: ParticipantDraft.__dataclass_fields__[f].default for f in SPECIAL_PARTICIPANT_FIELDS}


def _to_record(row: ParticipantRow_) -> Participant:
    values = {name: getattr(row, name) for name in _PLAIN}
    for name, enum in _ENUMS.items():
        raw = getattr(row, name)
        values[name] = enum(raw) if raw is not None else None
    values["citizenship"] = values["citizenship"] or Citizenship.POLISH
    history = tuple(
        StageChange(Stage(h.stage), h.changed_on, h.changed_by.full_name if h.changed_by else "", h.note)
        for h in row.stage_history
    )
    record = Participant(
        **values,
        pesel=row.pesel or "",
        categories=tuple(
            CategoryAssignment(
                c.category_id, c.proof_document, c.proof_date, c.category.code, c.category.name,
                c.valid_from, c.valid_to, c.verified_by_id, c.verified_on,
                c.verified_by.full_name if c.verified_by is not None else "",
            )
            for c in row.categories
        ),
        participations=to_participations(row),
        stage_date=history[-1].changed_on if history else None,
        id=row.id,
        uuid=row.uuid,
        advisor_name=row.advisor.full_name if row.advisor else "",
        created_at=row.created_at,
        updated_at=row.updated_at,
        stage_history=history,
    )
    return record
