"""Importing participants from a partner's spreadsheet (issue 9): read, propose a column mapping, dry run
(every problem of every row, duplicates within the file and against the register), commit all or nothing (or
the valid rows only, the rejected ones written to an xlsx to fix), batches that can be undone.

The rows are converted by ``domain.import_rows.convert_row`` (pure); this module orchestrates: the sheet
(services.sheet_reader), the header row and the proposal (domain.header_match), the saved mappings, the
projects named in the file, the duplicates (index lookups in chunks; rapidfuzz only among people sharing a
birth date) and, in ``services.import_commit``, the writing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.db.engine import Database
from coopdesk.db.repositories import import_batches as repo
from coopdesk.db.tables_exchange import ImportMapping
from coopdesk.domain.errors import CoopdeskError, Severity
from coopdesk.domain.header_match import find_header_row, header_key, match_headers
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.domain.search import fold
from coopdesk.services import reference_data
from coopdesk.services.context import Context
from coopdesk.services.sheet_reader import (
    EmptySheet,
    Sheet,
    SheetNotFound,
    UnreadableSheet,
    _unreadable,
    check_data_rows,
    read_sheets,
)

Progress = Callable[[int, int], None]
NAME_SIMILARITY = 90  # rapidfuzz fuzz.ratio of the folded "last first", 0-100
PROGRESS_EVERY = 500


class Action(StrEnum):
    CREATE = "create"  # register a new person (even if alike)
    UPDATE = "update"  # the person already registered: their changed fields; a new participation if another project
    SKIP = "skip"  # leave this row out


class ImportHasProblems(CoopdeskError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "{count} rows of the file have errors: nothing was imported. Correct them, or import the "
                  "valid rows only.")


class MappingProblem(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "Columns {columns} both fill the same field: choose one.")


class NoHeaderRow(UnreadableSheet):
    message = QT_TRANSLATE_NOOP("Errors", "No row of the sheet looks like a row of column headers: point at it.")


class NoSuchMapping(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "There is no saved column mapping named \"{name}\".")


class DecisionRefused(CoopdeskError):
    """A decision the commit cannot carry out (raised before anything is written)."""

    message = QT_TRANSLATE_NOOP("Errors", "Row {row}: this choice is not possible.")


IN_FILE_PESEL = QT_TRANSLATE_NOOP("Errors", "Row {row} repeats the PESEL of row {other}: it can only be skipped.")
PESEL_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "Row {row}: a person with this PESEL is already registered: update them or skip the row.")
NOT_YOUR_CASE = QT_TRANSLATE_NOOP(
    "Errors", "Row {row}: the person already registered is not in your caseload: the row can only be skipped.")
UNKNOWN_PROJECT = QT_TRANSLATE_NOOP("Errors", "No project has the code \"{code}\".")


# --- what the caller gets -----------------------------------------------------------------------
@dataclass(frozen=True)
class SourceFile:
    path: Path
    file_name: str
    sha256: str
    sheets: tuple[Sheet, ...]

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def sheet(self, name: str) -> Sheet:
        for s in self.sheets:
            if s.name == name:
                return s
        raise SheetNotFound()


@dataclass(frozen=True)
class MappedColumn:
    column: int  # 0-based
    header: str
    field: str | None
    how: str  # header_match.How's value, or "saved" / "user"


@dataclass(frozen=True)
class ColumnMapping:
    sheet: str
    header_row: int  # 0-based index into the sheet's rows
    columns: tuple[MappedColumn, ...]
    name: str = ""  # the saved mapping it came from

    def fields(self) -> dict[str, MappedColumn]:
        return {c.field: c for c in self.columns if c.field}

    def with_field(self, column: int, field_name: str | None) -> ColumnMapping:
        cols = tuple(replace(c, field=field_name or None, how="user") if c.column == column else c
                     for c in self.columns)
        return replace(self, columns=cols)


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str  # English, context "Labels"
    old: str
    new: str


@dataclass(frozen=True)
class DuplicateMatch:
    row: int
    kind: str  # "pesel" | "name_birth" | "in_file" | "uuid"
    existing_id: int | None
    existing_label: str  # the name as the actor may see it ("" outside their caseload)
    other_row: int | None
    changes: tuple[FieldChange, ...]
    proposed: Action
    hidden: bool = False  # outside the actor's caseload: only that it exists
    new_participation: bool = False  # an update adds a participation (another project)
    # data at entry the file gives otherwise than the participation it continues: kept (never overwritten)
    kept: tuple[FieldChange, ...] = ()
    settled: frozenset[str] = frozenset()  # fields a layout's dictionary left open, the register answers


@dataclass(frozen=True)
class ImportCounts:
    rows: int
    valid: int
    with_errors: int
    duplicates: int


@dataclass
class ImportPlan:
    rows: list[Any]  # domain.import_rows.RowResult, in file order (the project resolved into the draft)
    problems: list[Any]  # domain.import_rows.Problem, row order
    duplicates: list[DuplicateMatch]
    file_name: str
    file_sha256: str
    sheet: str
    mapping: ColumnMapping
    project_id: int | None
    advisor_id: int | None = None
    headers: list[object] = field(default_factory=list)
    source_rows: dict[int, list[object]] = field(default_factory=dict, repr=False)  # row number -> cells

    @property
    def counts(self) -> ImportCounts:
        valid = sum(1 for r in self.rows if r.ok)
        return ImportCounts(len(self.rows), valid, len(self.rows) - valid, len(self.duplicates))

    def duplicate(self, row: int) -> DuplicateMatch | None:
        return _duplicates_by_row(self).get(row)


def with_row_problems(plan: ImportPlan, refused: Mapping[int, tuple[str, dict[str, str]]]) -> ImportPlan:
    """The plan with an ERROR problem added to each row of ``refused`` (row -> (message, params)): a caller's
    own reasons to leave rows out (the command line refuses a duplicate it cannot decide alone). Those rows
    then stop an all-or-nothing commit and go to the rejects file like any row with an error."""
    if not refused:
        return plan
    rows = []
    for r in plan.rows:
        if r.row in refused:
            message, params = refused[r.row]
            r = replace(r, problems=(*r.problems, problem(r.row, "", "", message, **params)))
        rows.append(r)
    problems = sorted((p for r in rows for p in r.problems), key=lambda p: p.row)
    return replace(plan, rows=rows, problems=problems)


def _duplicates_by_row(plan: ImportPlan) -> dict[int, DuplicateMatch]:
    return {d.row: d for d in plan.duplicates}


@dataclass(frozen=True)
class ImportOutcome:
    batch_id: int
    created_people: int
    created_participations: int
    updated_people: int
    skipped: int
    rejected: int
    rejects_path: Path | None
    unchanged: int = 0  # rows matching a registered person whose data were already the same


@dataclass(frozen=True)
class BatchRow:
    id: int
    uuid: str
    file_name: str
    sheet: str
    created_at: datetime
    user_name: str
    project_code: str
    rows_total: int
    created_people: int
    created_participations: int
    updated_people: int
    skipped: int
    rejected: int
    valid_only: bool
    undone_at: datetime | None
    undone_by: str


def require_import(ctx: Context) -> None:
    require(ctx.actor, Permission.PARTICIPANTS_WRITE)
    require(ctx.actor, Permission.PARTICIPANTS_IMPORT)


def convert(row_no: int, cells: Sequence[tuple[str, str, object]], today: date) -> Any:
    from coopdesk.domain.import_rows import convert_row

    return convert_row(row_no, cells, reference_data.import_values(), today)


def problem(row: int, column: str, field_name: str, message: str, **params: str) -> Any:
    from coopdesk.domain.import_rows import Problem

    return Problem(row, column, field_name, message, params, Severity.ERROR)


# --- the service --------------------------------------------------------------------------------
class ParticipantImportService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def read(self, path: Path, sheet: str | None = None) -> SourceFile:
        """Every sheet of the file (or only ``sheet``), and the file's SHA-256 (journaled with the import)."""
        require_import(self._ctx)
        digest = hashlib.sha256()
        try:
            with path.open("rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
        except OSError as exc:
            raise _unreadable(exc) from exc
        return SourceFile(path, path.name, digest.hexdigest(), tuple(read_sheets(path, only=sheet)))

    def propose(self, source: SourceFile, sheet: str, header_row: int | None = None,
                mapping_name: str = "") -> ColumnMapping:
        """The header row (``header_row``, else the saved mapping's, else detected) and a field for each
        column: the saved mapping's where it knows the header, else the tolerant header match."""
        require_import(self._ctx)
        rows = source.sheet(sheet).rows
        if not rows:
            raise EmptySheet()
        saved: dict[str, str] = {}
        if mapping_name:
            with self._db.read(self._ctx.actor) as s:
                found = repo.mapping(s, mapping_name)
                if found is None:
                    raise NoSuchMapping(name=mapping_name)
                saved = json.loads(found.columns or "{}")
                if header_row is None:
                    header_row = found.header_row
        synonyms = reference_data.header_synonyms()
        if header_row is None:
            header_row = _exact_header_row(rows, synonyms)
        if header_row is None:
            header_row = find_header_row(rows, synonyms)
            if header_row is None:
                raise NoHeaderRow()
        header_row = max(0, min(header_row, len(rows) - 1))
        columns = []
        for m in match_headers(rows[header_row], synonyms):
            key = header_key(m.header)
            if key and key in saved:
                columns.append(MappedColumn(m.column, m.header, saved[key] or None, "saved"))
            else:
                columns.append(MappedColumn(m.column, m.header, m.field if m.how != "duplicate" else None,
                                            str(m.how)))
        return ColumnMapping(sheet, header_row, tuple(columns), mapping_name)

    def mappings(self) -> list[str]:
        require_import(self._ctx)
        with self._db.read(self._ctx.actor) as s:
            return repo.mapping_names(s)

    def save_mapping(self, name: str, mapping: ColumnMapping) -> None:
        """Save (or replace) the mapping under ``name`` (a partner, a template)."""
        require_import(self._ctx)
        name = name.strip()[:120]
        if not name:
            raise CoopdeskError(QT_TRANSLATE_NOOP("Errors", "Give the mapping a name."))
        columns = {header_key(c.header): c.field or "" for c in mapping.columns if header_key(c.header)}
        with self._db.session(self._ctx.actor) as s:
            row = repo.mapping(s, name)
            if row is None:
                row = ImportMapping(name=name)
                s.add(row)
            row.columns = json.dumps(columns, ensure_ascii=False, sort_keys=True)
            row.header_row = mapping.header_row
            row.updated_by_id = self._ctx.actor.user_id

    # --- dry run ---------------------------------------------------------------------------------
    def dry_run(self, source: SourceFile, sheet: str, mapping: ColumnMapping, project_id: int | None = None,
                progress: Progress | None = None, advisor_id: int | None = None) -> ImportPlan:
        """Convert every row past the header (fully empty rows skipped) and list every problem and every
        duplicate; nothing is written. ``project_id``: every participation goes there, else a mapped
        project column decides (its code), else none. ``advisor_id``: a coordinator's choice of the
        advisor the new people go to (an advisor's imports go into their own caseload)."""
        require_import(self._ctx)
        if not allowed(self._ctx.actor, Permission.PARTICIPANTS_READ_ALL):
            advisor_id = self._ctx.actor.user_id
        rows = source.sheet(sheet).rows
        check_data_rows(source.sheet(sheet), mapping.header_row)
        mapped = [(c.column, c.field, c.header) for c in mapping.columns if c.field]
        _refuse_doubled(mapping)
        today = self._ctx.today()
        first = mapping.header_row + 1
        total = max(0, len(rows) - first)
        results = []
        source_rows: dict[int, list[object]] = {}
        for index in range(first, len(rows)):
            raw = rows[index]
            if _empty(raw):
                continue
            row_no = index + 1  # sheet_reader: rows[i] is the spreadsheet's row i + 1
            width = len(raw)
            cells = [(f, h, raw[c] if c < width else None) for c, f, h in mapped]
            results.append(convert(row_no, cells, today))
            source_rows[row_no] = raw
            done = index - first + 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
        with self._db.read(self._ctx.actor) as s:
            results = self._projects(s, results, mapping, project_id)
            from coopdesk.services.import_duplicates import find_duplicates, kept_warnings, without_settled

            duplicates = find_duplicates(s, self._ctx, results, mapping)
            results = without_settled(results, duplicates)
        problems = sorted([*(p for r in results for p in r.problems), *kept_warnings(duplicates, mapping)],
                          key=lambda p: p.row)
        if progress is not None:
            progress(total, total)
        return ImportPlan(results, problems, duplicates, source.file_name, source.sha256, sheet, mapping,
                          project_id, advisor_id, list(rows[mapping.header_row]), source_rows)

    def _projects(self, s: Session, results: list[Any], mapping: ColumnMapping, project_id: int | None) -> list[Any]:
        """Every row's participation in ``project_id``, else in the project its column names (an unknown
        code is an error of that row), else in none."""
        codes = repo.projects_by_code(s) if project_id is None else {}
        folded = {fold(c).strip(): pid for c, pid in codes.items()}
        column = mapping.fields().get("project")
        out = []
        for r in results:
            target = project_id
            if target is None and r.project_code:
                target = codes.get(r.project_code.strip(), folded.get(fold(r.project_code).strip()))
                if target is None:
                    r = replace(r, problems=(*r.problems, problem(
                        r.row, column.header if column else "", "project", UNKNOWN_PROJECT, code=r.project_code)))
            if target is not None and r.draft.participations:
                first, *rest = r.draft.participations
                r = replace(r, draft=replace(r.draft, participations=(replace(first, project_id=target), *rest)))
            out.append(r)
        return out

    # --- commit, batches, undo (services/import_commit.py) ---------------------------------------
    def commit(self, plan: ImportPlan, decisions: Mapping[int, Action] | None = None, valid_only: bool = False,
               rejects: Path | None = None, progress: Progress | None = None,
               translate: Callable[[str, str], str] | None = None) -> ImportOutcome:
        """Write the plan in one unit of work. All or nothing by default (any row with an error:
        ImportHasProblems, nothing written); ``valid_only``: the valid rows, the rejected ones written to
        ``rejects`` (xlsx: their cells and a "Problems" column). ``decisions``: row -> Action for the
        duplicates (their proposal otherwise). An exception from ``progress`` (cancel) writes nothing.
        ``translate(context, text)``: the language of the rejects file's problems (QCoreApplication.translate)."""
        from coopdesk.services.import_commit import commit

        require_import(self._ctx)
        return commit(self._db, self._ctx, plan, decisions or {}, valid_only, rejects, progress, translate)

    def export_problems(self, out: Path, sheet: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                        progress: Progress | None = None) -> None:
        """The check's problems as shown (``rows`` of texts in the screen's order and words) to ``out`` (.xlsx),
        journaled; ``progress`` may raise to cancel (no file then)."""
        from coopdesk.services.import_commit import write_problems

        require_import(self._ctx)
        write_problems(self._db, self._ctx, out, sheet, headers, rows, progress)

    def batches(self) -> list[BatchRow]:
        require_import(self._ctx)
        with self._db.read(self._ctx.actor) as s:
            rows = repo.batch_rows(s)
            out = []
            for b, who, undoer, code in rows:
                out.append(BatchRow(
                    b.id, b.uuid, b.file_name, b.sheet, b.created_at, who or "", code or "", b.rows_total,
                    b.created_people, b.created_participations, b.updated_people, b.skipped, b.rejected,
                    b.valid_only, b.undone_at, undoer or ""))
            return out

    def undo(self, batch_id: int) -> None:
        """Remove the people and participations the batch created and put back the fields it changed, in
        one unit of work, journaled; refused (UndoRefused, with the reason) once undone or once any of its
        records was changed after the import."""
        from coopdesk.services.import_commit import undo

        require_import(self._ctx)
        undo(self._db, self._ctx, batch_id)


def _refuse_doubled(mapping: ColumnMapping) -> None:
    seen: dict[str, MappedColumn] = {}
    for c in mapping.columns:
        if not c.field:
            continue
        if c.field in seen:
            raise MappingProblem(columns=f"\"{seen[c.field].header}\", \"{c.header}\"")
        seen[c.field] = c


def _exact_header_row(rows: Sequence[Sequence[object]], synonyms: Any, limit: int = 20) -> int | None:
    """The row among the first ``limit`` with the most headers known exactly (at least two): what
    ``find_header_row`` finds for a file with plain headers, without comparing every data cell of the
    first rows with every known header (a second for a wide sheet)."""
    best, best_count = None, 1
    for index, row in enumerate(rows[:limit]):
        count = sum(1 for cell in row if cell is not None and header_key(cell) in synonyms.by_key)
        if count > best_count:
            best, best_count = index, count
    return best


def _empty(raw: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in raw)
