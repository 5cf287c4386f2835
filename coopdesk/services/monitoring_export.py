"""Participations in a monitoring system's layout (.xlsx): SM EFS (CST2021), SL2014 PEFS, or coopdesk's own
full list (issue 9; the layouts are data: services/layouts.py).

One row per participation of every participant the actor may read: the legal basis is the law, not consent
(``ExportPolicy.reporting``); only anonymised records stay out. Optional purposes stay consent-gated in
their own exports (``services.followup_export``). Filters: one project, and the payment-claim period (the
participations active in it). ``precheck`` lists the participations not ready to report and why
(``domain.participation_rules.gaps_of``), before anything is written.

The file is friendly: a bold, frozen header with filter buttons, the layout's widths, a dropdown of the
layout's strings on every dictionary column (the lists on a hidden sheet), dates as dates, PESEL and other
identifiers as text, the participant's technical identifier so a partner's edited file can come back
through the import. With a partner named, a sheet lists what changed since the last file sent to that
partner; the file's hashes (never its values) are stored in the transaction that journals the export.
Written under a temporary name (``services.export_file``): a cancel or an error leaves no file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.sql import ColumnElement

from coopdesk.db.engine import Database
from coopdesk.db.tables import AtRiskCategory, ParticipantCategory
from coopdesk.db.tables import Participant as P
from coopdesk.db.tables_participation import Participation as PT
from coopdesk.db.tables_participation import ParticipationSupport as PS
from coopdesk.db.tables_security import Project
from coopdesk.domain.enums import Answer, Citizenship, ContractForm, SupportForm
from coopdesk.domain.formats import format_date
from coopdesk.domain.participation_rules import GAP_FIELDS, gaps_of
from coopdesk.domain.permissions import Permission, require
from coopdesk.domain.validation import age_on
from coopdesk.services import exchange_diff
from coopdesk.services import pl_terms as pl
from coopdesk.services.context import Context
from coopdesk.services.export_file import publish_export, temporary_export
from coopdesk.services.export_policy import ExportPolicy
from coopdesk.services.layouts import Layout, LayoutColumn, SheetLayout, load_layout
from coopdesk.services.xlsx import (
    StyledCells,
    add_list_validations,
    discarded_on_error,
    header_cells,
    identifier_cell,
    new_workbook,
    set_autofilter,
    set_widths,
    text_cell,
    write_lists,
)

CHANGES_SHEET = "Zmiany od ostatniej wymiany"
LISTS_SHEET = "Słowniki"
CHANGE_HEADERS = ("Zmiana", "Nazwisko", "Imię", "Techniczny identyfikator uczestnika",
                  "Identyfikator udziału w projekcie", "Zmienione kolumny")
CHANGE_WORDS = {exchange_diff.ChangeKind.CREATED: "Nowy", exchange_diff.ChangeKind.UPDATED: "Zmieniony",
                exchange_diff.ChangeKind.REMOVED: "Usunięty"}
PROGRESS_EVERY = 1000
THIRD_COUNTRY = {Citizenship.NON_EU.value, Citizenship.STATELESS.value}

Period = tuple[date | None, date | None]  # the payment claim's period: from, to (either may be open)

# what the query selects: the source name -> the column (person's address as home_*)
_FIELDS: dict[str, Any] = {
    "person_id": P.id, "uuid": P.uuid, "first_name": P.first_name, "last_name": P.last_name, "pesel": P.pesel,
    "birth_date": P.birth_date, "sex": P.sex, "citizenship": P.citizenship, "phone": P.phone, "email": P.email,
    "home_voivodeship": P.voivodeship, "home_powiat": P.powiat, "home_gmina": P.gmina, "home_town": P.town,
    "home_teryt": P.teryt,
    "street": P.street, "building_no": P.building_no, "flat_no": P.flat_no, "postal_code": P.postal_code,
    "disability": P.disability, "disability_degree": P.disability_degree, "disability_kind": P.disability_kind,
    "minority": P.minority, "foreign_background": P.foreign_background, "homeless": P.homeless,
    "recruitment_date": P.recruitment_date, "stage": P.stage,
    "participation_id": PT.id, "participation_uuid": PT.uuid, "project": Project.code,
    **{name: getattr(PT, name) for name in (
        "participant_type", "institution_name", "institution_nip", "labour_status", "labour_detail",
        "pup_registered_on", "unemployed_since", "education", "teryt", "voivodeship", "powiat", "gmina", "town",
        "degurba", "info_clause_on", "start_date", "exit_date", "exit_reason", "completed_path", "exit_situation",
        "employment_start", "employment_contract", "employment_fte", "employment_months", "employment_proof",
        "employment_checked_on")},
}
_NAMES = tuple(_FIELDS)
_AT = {name: i for i, name in enumerate(_NAMES)}

Row = tuple[Any, ...]  # one participation with its person (values in _NAMES order)
SupportRow = tuple[str, date, date | None]  # form, start, end


@dataclass(frozen=True)
class NotReady:
    """A participation the monitoring system would not take yet, and what it lacks."""

    participant_uuid: str
    participation_uuid: str
    project_code: str
    name: str  # "Last First", for the list shown to the user (never logged or printed)
    missing: tuple[str, ...]  # field names: domain.participation_rules.MISSING_LABELS


@dataclass(frozen=True)
class MonitoringExportResult:
    path: Path
    layout: str
    rows: int  # participations written (and people without any, in the unfiltered plain list)
    people: int
    supports: int  # rows of the support forms' sheet
    anonymised: int  # people left out: their records are anonymised
    special_columns: bool  # Art. 9/10 columns were filled (else written empty)
    not_ready: int  # rows the precheck lists as not ready to report (written all the same)
    changes: exchange_diff.Changes | None  # with a partner: what changed since the last file sent to them


class _Cells:
    """Turns a row into the sheet's cells (and into the plain values the exchange's hashes are made of)."""

    def __init__(self, layout: Layout, sheet: SheetLayout, special: bool, today: date,
                 supports: dict[int, list[SupportRow]], categories: dict[int, list[str]]) -> None:
        self.layout = layout
        self.columns = sheet.columns
        self._supports = supports
        self._categories = categories
        self._values = [self._getter(c, special, today) for c in sheet.columns]
        self._kinds = ["number" if c.kind == "int" else c.kind for c in sheet.columns]
        self._styled: dict[int, StyledCells] = {}

    # the plain value of every column: a label, a date, a number or None
    def values(self, row: Row, support: SupportRow | None = None) -> list[object]:
        return [get(row, support) for get in self._values]

    def cells(self, ws: Any, values: list[object]) -> list[Any]:
        styled = self._styled.get(id(ws))
        if styled is None:
            styled = self._styled[id(ws)] = StyledCells(ws)
        out: list[Any] = []
        for kind, value in zip(self._kinds, values, strict=True):
            if value is None or value == "":
                out.append(None)
            elif kind == "date":
                out.append(styled.date(value))
            elif kind == "id":
                out.append(styled.identifier(value))
            elif kind == "number" and isinstance(value, (int, float)):
                out.append(value)
            else:
                out.append(text_cell(ws, value))
        return out

    def _getter(self, column: LayoutColumn, special: bool, today: date) -> Callable[[Row, SupportRow | None], object]:
        if column.special and not special:
            return lambda _row, _support: None  # the column stays, empty: the role may not read Art. 9 data
        raw = self._raw(column.source, today)
        if column.dictionary is None:
            return raw
        table = self.layout.dictionaries[column.dictionary]

        def label(row: Row, support: SupportRow | None) -> object:
            code = raw(row, support)
            return None if code is None or code == "" else table.get(str(code), str(code))

        return label

    def _raw(self, source: str, today: date) -> Callable[[Row, SupportRow | None], object]:
        if source in _AT:
            at = _AT[source]
            return lambda row, _s: row[at]
        computed = {
            "age_at_entry": self._age,
            "no_pesel": lambda row, _s: Answer.NO.value if row[_AT["pesel"]] else Answer.YES.value,
            "country": lambda _row, _s: "Polska",
            "third_country": lambda row, _s: (Answer.YES.value if row[_AT["citizenship"]] in THIRD_COUNTRY
                                              else Answer.NO.value),
            "minority_or_migrant": self._minority_or_migrant,
            "business_start": lambda row, _s: (row[_AT["employment_start"]]
                                               if row[_AT["employment_contract"]] == ContractForm.SELF_EMPLOYMENT
                                               else None),
            "supports_text": self._supports_text,
            "first_support_form": lambda row, _s: self._first(row, 0),
            "first_support_start": lambda row, _s: self._first(row, 1),
            "first_support_end": lambda row, _s: self._first(row, 2),
            "categories": lambda row, _s: ", ".join(self._categories.get(row[_AT["person_id"]], ())),
            "blank": lambda _row, _s: None,
            "support_form": lambda _row, s: s[0] if s else None,
            "support_start": lambda _row, s: s[1] if s else None,
            "support_end": lambda _row, s: s[2] if s else None,
        }
        return computed[source]

    @staticmethod
    def _age(row: Row, _support: SupportRow | None) -> int | None:
        born, start = row[_AT["birth_date"]], row[_AT["start_date"]]
        return age_on(born, start) if born is not None and start is not None else None

    @staticmethod
    def _minority_or_migrant(row: Row, _support: SupportRow | None) -> str | None:
        answers = {row[_AT["minority"]], row[_AT["foreign_background"]]}
        for answer in (Answer.YES.value, Answer.REFUSED.value, Answer.NO.value):
            if answer in answers:
                return answer
        return None

    def _first(self, row: Row, index: int) -> object:
        found = self._supports.get(row[_AT["participation_id"]])
        return found[0][index] if found else None

    def _supports_text(self, row: Row, _support: SupportRow | None) -> str:
        parts = []
        for form, start, end in self._supports.get(row[_AT["participation_id"]], ()):
            text = f"{pl.term(pl.SUPPORT_FORM, SupportForm(form))} od {format_date(start)}"
            if end is not None:
                text += f" do {format_date(end)}"
            parts.append(text)
        return "; ".join(parts)


class MonitoringExportService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    # --- what is in scope -----------------------------------------------------------------------
    def _scope(self, layout: Layout, project_id: int | None, period: Period | None
               ) -> tuple[Any, list[ColumnElement[bool]], bool]:
        """(the FROM clause, the conditions, whether people without a participation are included)."""
        whole = layout.people_without_participation and project_id is None and period is None
        joined = (P.__table__.outerjoin(PT, PT.participant_id == P.id) if whole
                  else P.__table__.join(PT, PT.participant_id == P.id))
        joined = joined.outerjoin(Project, Project.id == PT.project_id)
        conditions: list[ColumnElement[bool]] = [P.anonymised_at.is_(None)]
        if project_id is not None:
            conditions.append(PT.project_id == project_id)
        if period is not None:
            start, end = period
            if end is not None:
                conditions.append(PT.start_date <= end)
            else:
                conditions.append(PT.start_date.is_not(None))
            if start is not None:
                conditions.append(or_(PT.exit_date.is_(None), PT.exit_date >= start))
        return joined, conditions, whole

    def precheck(self, layout: str = "smefs", project_id: int | None = None,
                 period: Period | None = None) -> list[NotReady]:
        """The participations in scope that the monitoring system would not take yet, and why (missing
        entry or exit data), in the export's order. Checks the export permission."""
        chosen = load_layout(layout)
        allowed_ids = set(ExportPolicy(self._db, self._ctx).reporting(None, project_id).included_ids)
        joined, conditions, _whole = self._scope(chosen, project_id, period)
        gap_columns = [getattr(PT, name) for name in GAP_FIELDS]
        stmt = (select(P.id, P.uuid, P.last_name, P.first_name, PT.uuid, Project.code, *gap_columns)
                .select_from(joined).where(and_(*conditions), PT.reporting_gaps != "")
                .order_by(Project.code, P.name_key, P.id, PT.id))
        found: list[NotReady] = []
        with self._db.read(self._ctx.actor) as s:
            for pid, uuid, last, first, part_uuid, code, *values in s.execute(stmt):
                if pid not in allowed_ids:
                    continue
                missing = gaps_of(dict(zip(GAP_FIELDS, values, strict=True)))
                if missing:
                    found.append(NotReady(uuid, part_uuid, code or "", f"{last} {first}".strip(), tuple(missing)))
        return found

    def partners(self) -> list[str]:
        """The partners files were already sent to (for choosing one again): for those who may export."""
        require(self._ctx.actor, Permission.EXPORT)
        with self._db.read(self._ctx.actor) as s:
            return exchange_diff.partners(s)

    # --- the file -------------------------------------------------------------------------------
    def export(self, out: Path, layout: str = "smefs", project_id: int | None = None,
               period: Period | None = None, partner: str = "",
               progress: Callable[[int, int], None] | None = None) -> MonitoringExportResult:
        """Write ``out`` (.xlsx) in ``layout``; ``progress(done, total)`` as rows are written: an exception it
        raises (a cancel) leaves no file, no temporary file, no journal entry and no exchange stored."""
        chosen = load_layout(layout)
        decision = ExportPolicy(self._db, self._ctx).reporting(None, project_id)
        allowed_ids = set(decision.included_ids)
        special = decision.special_columns
        partner = partner.strip()
        out = Path(out)
        today = self._ctx.today()
        not_ready = len(self.precheck(layout, project_id, period))
        wb = new_workbook()
        with temporary_export(self._db, out) as tmp, discarded_on_error(wb):
            main_ws = wb.create_sheet(chosen.sheet.name)
            support_ws = wb.create_sheet(chosen.supports.name) if chosen.supports else None
            changes_ws = wb.create_sheet(CHANGES_SHEET) if partner else None
            lists_ws = wb.create_sheet(LISTS_SHEET)
            lists_ws.sheet_state = "hidden"
            with self._db.read(self._ctx.actor) as s:
                supports = self._supports(s, chosen, project_id, period)
                categories = self._categories(s) if special and _uses(chosen, "categories") else {}
                main = _Cells(chosen, chosen.sheet, special, today, supports, categories)
                support_cells = (_Cells(chosen, chosen.supports, special, today, supports, categories)
                                 if chosen.supports else None)
                snapshot = exchange_diff.Snapshot(tuple(c.header for c in chosen.sheet.columns)) if partner else None
                _start(main_ws, chosen.sheet)
                if support_ws is not None and chosen.supports is not None:
                    _start(support_ws, chosen.supports)
                written: dict[str, None] = {}
                names: dict[str, tuple[str, str]] = {}  # the changes sheet names who is in this file
                rows = support_rows = 0
                joined, conditions, _whole = self._scope(chosen, project_id, period)
                total = s.scalar(select(func.count()).select_from(joined).where(and_(*conditions))) or 0
                stmt = (select(*_FIELDS.values()).select_from(joined).where(and_(*conditions))
                        .order_by(Project.code, P.name_key, P.id, PT.id).execution_options(yield_per=2000))
                for seen, row in enumerate(s.execute(stmt), start=1):
                    if row[0] in allowed_ids:
                        values = main.values(row)
                        main_ws.append(main.cells(main_ws, values))
                        rows += 1
                        written[row[_AT["uuid"]]] = None
                        if snapshot is not None:
                            names[row[_AT["uuid"]]] = (row[_AT["last_name"]], row[_AT["first_name"]])
                            snapshot.add(exchange_diff.record_key(row[_AT["uuid"]], row[_AT["participation_uuid"]]),
                                         values)
                        if support_ws is not None and support_cells is not None:
                            for support in supports.get(row[_AT["participation_id"]], ()):
                                support_ws.append(support_cells.cells(support_ws, support_cells.values(row, support)))
                                support_rows += 1
                    if progress and seen % PROGRESS_EVERY == 0:
                        progress(seen, total)
            changes = None
            if snapshot is not None and changes_ws is not None:
                with self._db.read(self._ctx.actor) as s:
                    changes = exchange_diff.changes_since(s, partner, chosen.name, snapshot)
                _changes_sheet(changes_ws, changes, names)
            _finish(wb, lists_ws, chosen, [(main_ws, chosen.sheet, rows)]
                    + ([(support_ws, chosen.supports, support_rows)] if support_ws and chosen.supports else []))
            wb.save(tmp)
            if progress:
                progress(total, total)  # the last moment a cancel is heard
            columns = [c.header for c in chosen.sheet.columns if special or not c.special]
            with self._db.unit_of_work(self._ctx.actor) as s:
                if snapshot is not None:
                    exchange_diff.record_exchange(s, self._ctx.actor, partner, chosen.name, str(out), snapshot,
                                                  self._ctx.now())
                publish_export(self._db, self._ctx.actor, tmp, out, f"export:monitoring:{chosen.name}",
                               len(written), columns, list(written))
        return MonitoringExportResult(out, chosen.name, rows, len(written), support_rows, len(decision.withheld),
                                      special, not_ready, changes)

    def _supports(self, s: Any, layout: Layout, project_id: int | None, period: Period | None
                  ) -> dict[int, list[SupportRow]]:
        """The forms of support of the participations in scope, by participation, in date order."""
        if not any(_uses(layout, name) for name in (
                "supports_text", "first_support_form", "first_support_start", "first_support_end")) \
                and layout.supports is None:
            return {}
        joined, conditions, _whole = self._scope(layout, project_id, period)
        scope = select(PT.id).select_from(joined).where(and_(*conditions))
        found: dict[int, list[SupportRow]] = defaultdict(list)
        stmt = (select(PS.participation_id, PS.form, PS.support_start, PS.support_end)
                .where(PS.participation_id.in_(scope)).order_by(PS.participation_id, PS.support_start, PS.id))
        for pid, form, start, end in s.execute(stmt):
            found[pid].append((form, start, end))
        return dict(found)

    @staticmethod
    def _categories(s: Any) -> dict[int, list[str]]:
        found: dict[int, list[str]] = defaultdict(list)
        stmt = (select(ParticipantCategory.participant_id, AtRiskCategory.code)
                .join(AtRiskCategory, AtRiskCategory.id == ParticipantCategory.category_id)
                .order_by(ParticipantCategory.participant_id, ParticipantCategory.id))
        for pid, code in s.execute(stmt):
            found[pid].append(code)
        return dict(found)


def _uses(layout: Layout, source: str) -> bool:
    sheets = [layout.sheet, *([layout.supports] if layout.supports else [])]
    return any(c.source == source for sheet in sheets for c in sheet.columns)


def _start(ws: Any, sheet: SheetLayout) -> None:
    set_widths(ws, [c.width for c in sheet.columns])
    ws.append(header_cells(ws, [c.header for c in sheet.columns], wrap=True))


def _finish(wb: Any, lists_ws: Any, layout: Layout, sheets: list[tuple[Any, SheetLayout, int]]) -> None:
    """Filter buttons on each sheet, and a dropdown of the layout's strings on every dictionary column (the
    lists on the hidden sheet, one per dictionary)."""
    used = list(dict.fromkeys(c.dictionary for _ws, sheet, _rows in sheets for c in sheet.columns if c.dictionary))
    names = dict(zip(used, write_lists(wb, lists_ws, [_choices(layout, d) for d in used]), strict=True))
    if not used:
        lists_ws.append(["-"])  # a sheet needs a cell
    for ws, sheet, rows in sheets:
        set_autofilter(ws, len(sheet.columns), rows + 1)
        add_list_validations(ws, {i: names[c.dictionary] for i, c in enumerate(sheet.columns, start=1)
                                  if c.dictionary})


def _choices(layout: Layout, dictionary: str) -> list[str]:
    seen: dict[str, None] = {}
    for text in layout.dictionaries[dictionary].values():
        if text:
            seen[text] = None
    return list(seen)


def _changes_sheet(ws: Any, changes: exchange_diff.Changes, names: Mapping[str, tuple[str, str]]) -> None:
    """What changed since the last file, with the names of those in this file (a removed record is named by
    its identifiers only: it is not in this file, and may be anonymised)."""
    set_widths(ws, [12, 20, 16, 38, 38, 80])
    ws.append(header_cells(ws, list(CHANGE_HEADERS)))
    for change in changes.items:
        last, first = names.get(change.participant_uuid, ("", "")) if change.kind is not \
            exchange_diff.ChangeKind.REMOVED else ("", "")
        ws.append([CHANGE_WORDS[change.kind], text_cell(ws, last), text_cell(ws, first),
                   identifier_cell(ws, change.participant_uuid),
                   identifier_cell(ws, change.participation_uuid), text_cell(ws, "; ".join(change.columns))])
    set_autofilter(ws, len(CHANGE_HEADERS), len(changes.items) + 1)


def iter_not_ready_lines(items: list[NotReady], translate: Callable[[str], str]) -> Iterator[str]:
    """One line per participation not ready, without personal data: its stable id, project, what is missing."""
    from coopdesk.domain.participation_rules import MISSING_LABELS

    for item in items:
        missing = ", ".join(translate(MISSING_LABELS.get(m, m)) for m in item.missing)
        yield f"{item.participant_uuid} {item.project_code or '-'}: {missing}"


