"""The participant list for the lead partner (.xlsx), honouring the ``share_lead_partner`` consent.

Only people with a valid consent on the export day are written; a second sheet lists who was withheld
and why, by stable id (never by name). Art. 9/10 columns only for roles with SPECIAL_CATEGORY_READ.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from coopdesk.db.engine import Database
from coopdesk.db.tables import Participant as P
from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    Degurba,
    Isced,
    LabourDetail,
    LabourStatus,
    Sex,
    Stage,
)
from coopdesk.domain.gdpr import ConsentPurpose
from coopdesk.services import pl_terms as pl
from coopdesk.services.context import Context
from coopdesk.services.export_file import publish_export, temporary_export
from coopdesk.services.export_policy import ExportDecision, ExportPolicy
from coopdesk.services.xlsx import Workbook as XlsxWorkbook
from coopdesk.services.xlsx import discarded_on_error, header_cells, new_workbook, set_widths, value_cell

PARTICIPANTS_SHEET = "Uczestnicy"
WITHHELD_SHEET = "Pominięci - Withheld"  # Excel forbids "/" in sheet names
CHUNK = 500


def _enum(table: Mapping[Any, str], enum: Callable[[str], object]) -> Callable[[object], str]:
    return lambda raw: pl.term(table, enum(str(raw))) if raw not in (None, "") else ""


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[P], object]
    width: float = 14
    special: bool = False  # GDPR Art. 9/10 (or otherwise sensitive) data


def _attr(name: str, convert: Callable[[object], object] | None = None) -> Callable[[P], object]:
    if convert is None:
        return lambda row: getattr(row, name)
    return lambda row: convert(getattr(row, name))


COLUMNS: tuple[Column, ...] = (
    Column("Identyfikator", _attr("uuid"), 38),
    Column("Nazwisko", _attr("last_name"), 20),
    Column("Imię", _attr("first_name"), 16),
    Column("PESEL", lambda r: r.pesel or "", 13),
    Column("Data urodzenia", _attr("birth_date"), 12),
    Column("Płeć", _attr("sex", _enum(pl.SEX, Sex)), 11),
    Column("Obywatelstwo", _attr("citizenship", _enum(pl.CITIZENSHIP, Citizenship)), 22),
    Column("Województwo", _attr("voivodeship"), 18),
    Column("Powiat", _attr("powiat"), 16),
    Column("Gmina", _attr("gmina"), 16),
    Column("Miejscowość", _attr("town"), 16),
    Column("Ulica", _attr("street"), 18),
    Column("Nr budynku", _attr("building_no"), 9),
    Column("Nr lokalu", _attr("flat_no"), 8),
    Column("Kod pocztowy", _attr("postal_code"), 10),
    Column("Obszar wg DEGURBA", _attr("degurba", _enum(pl.DEGURBA, Degurba)), 18),
    Column("Telefon", _attr("phone"), 14),
    Column("E-mail", _attr("email"), 24),
    Column("Wykształcenie", _attr("education", _enum(pl.EDUCATION, Isced)), 24),
    Column("Status na rynku pracy", _attr("labour_status", _enum(pl.LABOUR_STATUS, LabourStatus)), 30),
    Column("W tym", _attr("labour_detail", _enum(pl.LABOUR_DETAIL, LabourDetail)), 24),
    Column("Osoba z niepełnosprawnościami", _attr("disability", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Osoba należąca do mniejszości narodowej lub etnicznej",
           _attr("minority", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Osoba obcego pochodzenia", _attr("foreign_background", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Osoba w kryzysie bezdomności", _attr("homeless", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Kategorie zagrożenia wykluczeniem",
           lambda r: ", ".join(c.category.code for c in r.categories), 18, True),
    Column("Data rekrutacji", _attr("recruitment_date"), 12),
    Column("Data rozpoczęcia udziału", _attr("project_start"), 12),
    Column("Data zakończenia udziału", _attr("project_end"), 12),
    Column("Etap", _attr("stage", _enum(pl.STAGE, Stage)), 22),
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    exported: int
    withheld: int
    special_columns: bool


def columns_for(special: bool) -> list[Column]:
    return [c for c in COLUMNS if special or not c.special]


class ParticipantExportService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def export_lead_partner(
        self, out: Path, on_date: date | None = None, progress: Callable[[int, int], None] | None = None
    ) -> ExportResult:
        """Write the lead partner's participant list to ``out`` (.xlsx).

        ``progress(done, total)`` after each chunk of people; an exception it raises (a cancel) leaves no
        file at ``out``, no temporary file and no journal entry. The file is written under a temporary name
        and takes its own only once it is complete and journaled."""
        decision = ExportPolicy(self._db, self._ctx).decide(ConsentPurpose.SHARE_LEAD_PARTNER, on_date)
        columns = columns_for(decision.special_columns)
        wb = new_workbook()
        ids = decision.included_ids
        out = Path(out)
        with temporary_export(self._db, out) as tmp, discarded_on_error(wb):
            written = self._participants_sheet(wb, columns, ids, progress)  # uuids, for the journal
            _withheld_sheet(wb, decision)
            wb.save(tmp)
            if progress:
                progress(len(ids), len(ids))  # the last moment a cancel is heard
            publish_export(self._db, self._ctx.actor, tmp, out, "export:lead_partner", len(written),
                           [c.header for c in columns], written)
        return ExportResult(out, len(ids), len(decision.withheld), decision.special_columns)


    def _participants_sheet(self, wb: XlsxWorkbook, columns: list[Column], ids: tuple[int, ...],
                            progress: Callable[[int, int], None] | None) -> list[str]:
        ws = wb.create_sheet(PARTICIPANTS_SHEET)
        set_widths(ws, [c.width for c in columns])
        ws.append(header_cells(ws, [c.header for c in columns], wrap=True))
        written: list[str] = []
        with self._db.read(self._ctx.actor) as s:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                stmt = select(P).where(P.id.in_(chunk)).order_by(P.name_key, P.id).options(selectinload(P.categories))
                for row in s.scalars(stmt):
                    ws.append([value_cell(ws, c.get(row)) for c in columns])
                    written.append(row.uuid)
                s.expunge_all()
                if progress:
                    progress(min(start + CHUNK, len(ids)), len(ids))
        return written










def _withheld_sheet(wb: XlsxWorkbook, decision: ExportDecision) -> None:
    ws = wb.create_sheet(WITHHELD_SHEET)
    set_widths(ws, [38, 28, 20])
    ws.append(header_cells(ws, ["Identyfikator", "Powód pominięcia", "Kod powodu"], wrap=True))
    for item in decision.withheld:
        ws.append([item.participant_uuid, pl.term(pl.WITHHELD, item.reason), item.reason.value])
