"""Is the person eligible on a given day? For the social cooperatives act art. 4 ust. 1, the social economy act
art. 2 pkt 6 (the dated catalogues of domain/catalogues.py, data: category_catalogues.json) and the project's
own eligibility (its categories, project_categories) - from the person's category assignments valid on that
day (issue 8: a status checked on the day of entry, founding or admission).

``eligibility(participant_id, day)`` reads the saved record (the categories are special-category data: the
actor needs SPECIAL_CATEGORY_READ and the read is journaled); ``check(assignments, day, project_id)`` decides
for assignments the caller holds, e.g. those being edited in the form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from coopdesk.db.engine import Database
from coopdesk.db.tables import AtRiskCategory
from coopdesk.db.tables_participation import ProjectCategory
from coopdesk.db.tables_security import Project
from coopdesk.domain import catalogues as cat
from coopdesk.domain.errors import NotFound
from coopdesk.domain.permissions import Permission, require
from coopdesk.domain.records import CategoryAssignment, current_participation
from coopdesk.services import reference_data
from coopdesk.services.context import Context

ACTS = (cat.USP_ART4_UST1, cat.UES_ART2_PKT6)


@dataclass(frozen=True)
class ProjectEligibility:
    """The project's own eligibility on a day: the assignments that hold that day and are among the
    categories the project accepts (``grounds``); ``accepted``: how many categories it accepts (0: the
    project has set none, so nobody qualifies through it)."""

    project_id: int
    project_code: str
    day: date
    grounds: tuple[CategoryAssignment, ...]
    not_valid_on_day: tuple[CategoryAssignment, ...]  # accepted categories that do not hold on the day
    accepted: int

    @property
    def eligible(self) -> bool:
        return bool(self.grounds)


@dataclass(frozen=True)
class EligibilityResult:
    """Eligibility on ``day`` in each catalogue: the two acts (by catalogue code) and the project's own
    (None without a project)."""

    day: date
    acts: dict[str, cat.Eligibility]
    project: ProjectEligibility | None


def as_catalogue_assignment(a: CategoryAssignment) -> cat.CategoryAssignment:
    """The register's assignment as the catalogues' rules read it (the category by its code)."""
    verified_by = a.verified_by_name or (str(a.verified_by_id) if a.verified_by_id is not None else "")
    return cat.CategoryAssignment(
        category=a.category_code, valid_from=a.valid_from, valid_to=a.valid_to, proof=a.proof_document,
        proof_date=a.proof_date, verified_by=verified_by, verified_on=a.verified_on)


def project_eligibility(assignments: Iterable[CategoryAssignment], day: date, project_id: int, project_code: str,
                        accepted: Iterable[int]) -> ProjectEligibility:
    """Pure: which assignments qualify for the project (category accepted, holds on ``day``)."""
    accepted_ids = set(accepted)
    mine = [a for a in assignments if a.category_id in accepted_ids]
    return ProjectEligibility(
        project_id, project_code, day,
        grounds=tuple(a for a in mine if a.holds_on(day)),
        not_valid_on_day=tuple(a for a in mine if not a.holds_on(day)),
        accepted=len(accepted_ids),
    )


class EligibilityService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def eligibility(self, participant_id: int, day: date, project_id: int | None = None) -> EligibilityResult:
        """The saved person's eligibility on ``day``; the project: ``project_id``, else the project of the
        current participation (records.current_participation)."""
        from coopdesk.services.participants import ParticipantService

        require(self._ctx.actor, Permission.SPECIAL_CATEGORY_READ)  # the categories are special data
        person = ParticipantService(self._db, self._ctx).get(participant_id)  # (the read is journaled)
        if project_id is None:
            current = current_participation(person.participations)
            project_id = current.project_id if current is not None else None
        return self.check(person.categories, day, project_id)

    def check(self, assignments: Iterable[CategoryAssignment], day: date,
              project_id: int | None = None) -> EligibilityResult:
        """Eligibility on ``day`` of these assignments (each needs its ``category_code`` for the acts)."""
        items = tuple(assignments)
        if any(not a.category_code for a in items):  # e.g. rows of the form: their codes from the dictionary
            with self._db.read(self._ctx.actor) as s:
                codes = dict(s.execute(select(AtRiskCategory.id, AtRiskCategory.code)).all())
            items = tuple(a if a.category_code else replace(a, category_code=codes.get(a.category_id, ""))
                          for a in items)
        catalogues = reference_data.catalogues()
        converted = [as_catalogue_assignment(a) for a in items]
        acts = {code: cat.eligible_on(converted, code, day, catalogues) for code in ACTS}
        project = None
        if project_id is not None:
            with self._db.read(self._ctx.actor) as s:
                row = s.get(Project, project_id)
                if row is None:
                    raise NotFound()
                accepted = list(s.scalars(
                    select(ProjectCategory.category_id).where(ProjectCategory.project_id == project_id)))
                code = row.code
            project = project_eligibility(items, day, project_id, code, accepted)
        return EligibilityResult(day, acts, project)
