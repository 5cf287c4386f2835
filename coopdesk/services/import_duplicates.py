"""Who a spreadsheet's rows already are (issue 9): duplicates within the file and in the register (technical id,
PESEL, a close name with the same birth date), what an update would change field by field, and what it keeps
(a participation's data at entry are never overwritten). Used by the dry run (``services.participant_import``)
and the commit (``services.import_commit``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.db.protection import CODED_FIELDS
from coopdesk.db.repositories import import_batches as repo
from coopdesk.db.tables import PARTICIPANTS_PROTECTION
from coopdesk.db.tables_participation import PARTICIPATIONS_PROTECTION
from coopdesk.domain.errors import Severity
from coopdesk.domain.formats import format_date
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.domain.search import fold
from coopdesk.services import pl_terms as pl
from coopdesk.services.context import Context
from coopdesk.services.layouts import written_alike
from coopdesk.services.participant_import import (
    NAME_SIMILARITY,
    Action,
    ColumnMapping,
    DuplicateMatch,
    FieldChange,
)

_PERSON_FIELDS = (
    "first_name", "last_name", "pesel", "birth_date", "sex", "citizenship", "phone", "email", "voivodeship",
    "powiat", "gmina", "teryt", "town", "street", "building_no", "flat_no", "postal_code", "disability",
    "disability_degree", "disability_kind", "minority", "foreign_background", "homeless", "recruitment_date",
    "recruitment_source",
)
_LABELS = {n: c.label for n, c in PARTICIPANTS_PROTECTION.columns.items()}


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def alike(name: str, new: str, old: str) -> bool:
    """The same value, or two a shipped layout writes alike (``layouts.written_alike``): a file in that layout
    saying "Osoba bezrobotna" does not contradict a registered unemployed person's record."""
    return new == old or any(new in group and old in group for group in written_alike().get(name, ()))


def shown(name: str, text: str) -> str:
    """A value as the user reads it: a coded one by its Polish word (the documents' wording)."""
    enum = CODED_FIELDS.get(name)
    terms = pl.by_enum().get(enum) if enum is not None else None
    if not text or terms is None or enum is None:
        return text
    try:
        return pl.term(terms, enum(text))
    except ValueError:
        return text


def _change(name: str, label: str, old: str, new: str, prefix: str = "") -> FieldChange:
    return FieldChange(prefix + name, label, shown(name, old), shown(name, new))


def person_changes(draft: Any, existing: Any, filled: frozenset[str]) -> tuple[FieldChange, ...]:
    """The register's fields the row would change: filled in the row (``RowResult.filled``: an empty cell leaves
    the stored value), different."""
    changes = []
    for name in _PERSON_FIELDS:
        if name not in filled:
            continue
        new = as_text(getattr(draft, name))
        old = as_text(getattr(existing, name))
        if new and not alike(name, new, old):
            changes.append(_change(name, _LABELS.get(name, name), old, new))
    return tuple(changes)


# A row for a person already in the row's project continues that participation: its exit and results come
# from the file (a partner's returned file fills them in); its data at entry are only filled where empty - an
# entry status once recorded is never overwritten (issue 9) - and a form of support not yet recorded is added.
RESULT_FIELDS = (
    "exit_date", "exit_reason", "completed_path", "exit_situation", "employment_start", "employment_contract",
    "employment_fte", "employment_months", "employment_proof", "employment_checked_on",
)
ENTRY_FIELDS = (
    "institution_name", "institution_nip", "labour_status", "labour_detail", "pup_registered_on", "unemployed_since",
    "school_type", "education", "degurba", "info_clause_on",
)
SUPPORTS = "supports"
_PARTICIPATION_LABELS = {n: c.label for n, c in PARTICIPATIONS_PROTECTION.columns.items()}
_SUPPORT_LABEL = QT_TRANSLATE_NOOP("Labels", "Form of support")
PARTICIPATION_PREFIX = "participation."


def continued(participations: Sequence[Any], project_id: int | None) -> Any | None:
    """The participation a row in ``project_id`` continues: the person's last one in that project."""
    same = [p for p in participations if p.project_id == project_id]
    return same[-1] if same else None


def new_supports(wanted: Any, existing: Any) -> list[Any]:
    """The row's forms of support the participation does not hold yet (same form from the same day)."""
    held = {(s.form, s.support_start) for s in existing.supports}
    return [e for e in wanted.supports if (e.form.value, e.start_date) not in held]


def participation_changes(wanted: Any, existing: Any, filled: frozenset[str]) -> tuple[FieldChange, ...]:
    """What a row would change in the participation it continues (fields "participation.<name>"); ``filled``:
    ``RowResult.filled``."""
    changes = []
    for name in RESULT_FIELDS + ENTRY_FIELDS:
        if PARTICIPATION_PREFIX + name not in filled:
            continue
        new = as_text(getattr(wanted, name))
        old = as_text(getattr(existing, name))
        if new and not alike(name, new, old) and (name in RESULT_FIELDS or not old):
            changes.append(_change(name, _PARTICIPATION_LABELS.get(name, name), old, new, PARTICIPATION_PREFIX))
    for entry in new_supports(wanted, existing):
        changes.append(FieldChange(PARTICIPATION_PREFIX + SUPPORTS, _SUPPORT_LABEL, "",
                                   f"{entry.form.value} {format_date(entry.start_date)}"))
    return tuple(changes)


def kept_entry(wanted: Any, existing: Any, filled: frozenset[str]) -> tuple[FieldChange, ...]:
    """The participation's data at entry that the row gives otherwise: kept as recorded (``participation_changes``
    fills only empty ones), each said as a warning of the dry run."""
    kept = []
    for name in ENTRY_FIELDS:
        new = as_text(getattr(wanted, name)) if PARTICIPATION_PREFIX + name in filled else ""
        old = as_text(getattr(existing, name))
        if new and old and not alike(name, new, old):
            kept.append(_change(name, _PARTICIPATION_LABELS.get(name, name), old, new, PARTICIPATION_PREFIX))
    return tuple(kept)


def settled(draft: Any, wanted: Any, person: Any, same: Any | None) -> frozenset[str]:
    """The fields whose file value is the stored one or one a layout writes alike ("Osoba bezrobotna" for a
    registered unemployed person): the register settles what the file could not say, so the dry run's "does
    not say exactly" warning goes for them."""
    found = {name for name in _PERSON_FIELDS
             if (new := as_text(getattr(draft, name))) and (old := as_text(getattr(person, name)))
             and alike(name, new, old)}
    if same is not None and wanted is not None:
        found |= {name for name in RESULT_FIELDS + ENTRY_FIELDS
                  if (new := as_text(getattr(wanted, name))) and (old := as_text(getattr(same, name)))
                  and alike(name, new, old)}
    return frozenset(found)


ENTRY_KEPT = QT_TRANSLATE_NOOP(
    "Errors", "The participation in this project recorded \"{stored}\" at entry: data at entry are never "
              "overwritten by an import, so \"{value}\" is not taken. Correct it in the participant's form if "
              "it was recorded wrongly.")


def without_settled(results: list[Any], duplicates: Sequence[DuplicateMatch]) -> list[Any]:
    """The rows without their "does not say exactly" warnings the register settles (``settled``)."""
    from coopdesk.domain.import_values import ASSUMED

    settled_in = {d.row: d.settled for d in duplicates if d.settled}
    return [replace(r, problems=tuple(p for p in r.problems if not (p.message == ASSUMED and p.field in done)))
            if (done := settled_in.get(r.row)) else r for r in results]


def kept_warnings(duplicates: Sequence[DuplicateMatch], mapping: ColumnMapping) -> list[Any]:
    headers = {c.field: c.header for c in mapping.columns if c.field}
    from coopdesk.domain.import_rows import Problem

    return [Problem(d.row, headers.get(name, ""), name, ENTRY_KEPT, {"stored": k.old, "value": k.new},
                    Severity.WARNING)
            for d in duplicates for k in d.kept for name in (k.field.removeprefix(PARTICIPATION_PREFIX),)]


def find_duplicates(s: Session, ctx: Context, results: list[Any], mapping: ColumnMapping) -> list[DuplicateMatch]:
    """Duplicates of each row: within the file (an earlier row with the same PESEL, or a close name and the
    same birth date) and in the register (the row's technical id, the same PESEL, a close name and the same
    birth date). At most one per row, in that order of precedence: uuid, in the file, PESEL, name."""
    from rapidfuzz import fuzz

    filled = {r.row: r.filled for r in results}
    drafts = [(r.row, r.draft, r.uuid) for r in results]
    by_uuid = repo.ids_by_uuid(s, [u for _, _, u in drafts if u])
    by_pesel = repo.ids_by_pesel(s, [d.pesel for _, d, _ in drafts if d.pesel])
    born = [d.birth_date for _, d, _ in drafts if d.birth_date and d.first_name and d.last_name]
    register_by_day: dict[date, list[tuple[int, str]]] = {}
    for pid, day, last, first in repo.names_by_birth(s, born):
        if day is not None:
            register_by_day.setdefault(day, []).append((pid, fold(f"{last} {first}")))
    found: list[tuple[int, str, int | None, int | None, Any]] = []  # row, kind, existing id, other row, draft
    file_pesel: dict[str, int] = {}
    file_day: dict[date, list[tuple[int, str]]] = {}
    for row, d, uuid in drafts:
        name = fold(f"{d.last_name} {d.first_name}") if d.first_name and d.last_name else ""
        match: tuple[str, int | None, int | None] | None = None
        if uuid and uuid in by_uuid:
            match = ("uuid", by_uuid[uuid], None)
        elif d.pesel and d.pesel in file_pesel:
            match = ("in_file", None, file_pesel[d.pesel])
        elif d.birth_date and name and (other := _close(name, file_day.get(d.birth_date, ()), fuzz)) is not None:
            match = ("in_file", None, other)
        elif d.pesel and d.pesel in by_pesel:
            match = ("pesel", by_pesel[d.pesel], None)
        elif d.birth_date and name and (same := _close(name, register_by_day.get(d.birth_date, ()), fuzz)):
            match = ("name_birth", same, None)
        if d.pesel:
            file_pesel.setdefault(d.pesel, row)
        if d.birth_date and name:
            file_day.setdefault(d.birth_date, []).append((row, name))
        if match is not None:
            found.append((row, match[0], match[1], match[2], d))
    ids = {f[2] for f in found if f[2] is not None}
    existing = repo.people(s, ids)
    visible = ids if allowed(ctx.actor, Permission.PARTICIPANTS_READ_ALL) else repo.in_caseload(
        s, ids, ctx.actor.user_id)
    held = repo.participations(s, ids)
    out = []
    for row, kind, pid_or_none, other, d in found:
        if pid_or_none is None:
            out.append(DuplicateMatch(row, kind, None, "", other, (), Action.SKIP))
            continue
        pid = pid_or_none
        if pid not in visible:  # outside the caseload: only that it exists (ParticipantService._redacted)
            out.append(DuplicateMatch(row, kind, pid, "", None, (), Action.SKIP, hidden=True))
            continue
        person = existing[pid]
        wanted = d.participations[0] if d.participations else None
        target = wanted.project_id if wanted is not None else None
        same = continued(held.get(pid, ()), target)
        changes = person_changes(d, person, filled[row])
        kept: tuple[FieldChange, ...] = ()
        if same is not None and wanted is not None:
            changes += participation_changes(wanted, same, filled[row])
            kept = kept_entry(wanted, same, filled[row])
        out.append(DuplicateMatch(
            row, kind, pid, f"{person.last_name} {person.first_name}", None, changes,
            Action.UPDATE, new_participation=same is None, kept=kept, settled=settled(d, wanted, person, same)))
    return out


def _close(name: str, candidates: Sequence[tuple[int, str]], fuzz: Any) -> int | None:
    """The first candidate (id or row) whose folded name is at least NAME_SIMILARITY alike."""
    for ident, other in candidates:
        if other == name or fuzz.ratio(name, other) >= NAME_SIMILARITY:
            return int(ident)
    return None
