"""The lead partner's monitoring list (.xlsx): one row per participation (person x project).

Its legal basis is the law — the implementing act (ustawa wdrożeniowa 2021-2027) and the ESF+ regulation
(2021/1057), art. 6(1)(c) and (e) GDPR — not consent (issue 8; domain.md §6): every participant the actor
may read is written, whatever their consents; only anonymised records are left out, as they identify
nobody. Consent gates the optional exports only (``services.followup_export``). Art. 9/10 columns only
for roles with SPECIAL_CATEGORY_READ. Optionally one project's participations only.
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
from coopdesk.db.tables_participation import Participation
from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    ContractForm,
    Degurba,
    DisabilityDegree,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    Sex,
    Stage,
    SupportForm,
)
from coopdesk.domain.formats import format_date
from coopdesk.services import pl_terms as pl
from coopdesk.services.context import Context
from coopdesk.services.export_file import publish_export, temporary_export
from coopdesk.services.export_policy import ExportPolicy
from coopdesk.services.xlsx import Workbook as XlsxWorkbook
from coopdesk.services.xlsx import discarded_on_error, header_cells, new_workbook, set_widths, value_cell

PARTICIPANTS_SHEET = "Uczestnicy"
WITHHELD_SHEET = "Pominięci - Withheld"  # the optional, consent-based exports' second sheet ("/" is not allowed)
CHUNK = 500

Row = tuple[P, Participation | None]  # a person and one of their participations (None: they have none)


def _enum(table: Mapping[Any, str], enum: Callable[[str], object]) -> Callable[[object], str]:
    return lambda raw: pl.term(table, enum(str(raw))) if raw not in (None, "") else ""


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Row], object]
    width: float = 14
    special: bool = False  # GDPR Art. 9/10 (or otherwise sensitive) data


def _person(name: str, convert: Callable[[object], object] | None = None) -> Callable[[Row], object]:
    if convert is None:
        return lambda row: getattr(row[0], name)
    return lambda row: convert(getattr(row[0], name))


def _part(name: str, convert: Callable[[object], object] | None = None) -> Callable[[Row], object]:
    def get(row: Row) -> object:
        if row[1] is None:
            return None
        value = getattr(row[1], name)
        return convert(value) if convert is not None else value
    return get


def _project_code(row: Row) -> object:
    return row[1].project.code if row[1] is not None and row[1].project is not None else None


def _supports(row: Row) -> str:
    """The forms of support as text: "Doradztwo indywidualne od 10.02.2025 do 30.06.2025; Szkolenie od ..."."""
    if row[1] is None:
        return ""
    parts = []
    for support in row[1].supports:
        text = f"{pl.term(pl.SUPPORT_FORM, SupportForm(support.form))} od {format_date(support.support_start)}"
        if support.support_end is not None:
            text += f" do {format_date(support.support_end)}"
        parts.append(text)
    return "; ".join(parts)


COLUMNS: tuple[Column, ...] = (
    # the person
    Column("Identyfikator", _person("uuid"), 38),
    Column("Nazwisko", _person("last_name"), 20),
    Column("Imię", _person("first_name"), 16),
    Column("PESEL", lambda r: r[0].pesel or "", 13),
    Column("Data urodzenia", _person("birth_date"), 12),
    Column("Płeć", _person("sex", _enum(pl.SEX, Sex)), 11),
    Column("Obywatelstwo", _person("citizenship", _enum(pl.CITIZENSHIP, Citizenship)), 22),
    Column("Telefon", _person("phone"), 14),
    Column("E-mail", _person("email"), 24),
    Column("Adres – województwo", _person("voivodeship"), 18),
    Column("Adres – powiat", _person("powiat"), 16),
    Column("Adres – gmina", _person("gmina"), 16),
    Column("Adres – miejscowość", _person("town"), 16),
    Column("Ulica", _person("street"), 18),
    Column("Nr budynku", _person("building_no"), 9),
    Column("Nr lokalu", _person("flat_no"), 8),
    Column("Kod pocztowy", _person("postal_code"), 10),
    Column("Osoba z niepełnosprawnościami", _person("disability", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Stopień niepełnosprawności",
           _person("disability_degree", _enum(pl.DISABILITY_DEGREE, DisabilityDegree)), 18, True),
    Column("Niepełnosprawność intelektualna, psychiczna lub sprzężona",
           _person("disability_kind", _enum(pl.ANSWER, Answer)), 18, True),
    Column("Osoba należąca do mniejszości narodowej lub etnicznej",
           _person("minority", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Osoba obcego pochodzenia", _person("foreign_background", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Osoba w kryzysie bezdomności", _person("homeless", _enum(pl.ANSWER, Answer)), 16, True),
    Column("Kategorie zagrożenia wykluczeniem",
           lambda r: ", ".join(c.category.code for c in r[0].categories), 18, True),
    Column("Data rekrutacji", _person("recruitment_date"), 12),
    Column("Etap", _person("stage", _enum(pl.STAGE, Stage)), 22),
    # the participation: at entry
    Column("Kod projektu", _project_code, 16),
    Column("Rodzaj uczestnika", _part("participant_type", _enum(pl.PARTICIPANT_TYPE, ParticipantType)), 20),
    Column("Nazwa instytucji", _part("institution_name"), 24),
    Column("NIP instytucji", _part("institution_nip"), 12),
    Column("Status na rynku pracy", _part("labour_status", _enum(pl.LABOUR_STATUS, LabourStatus)), 30),
    Column("W tym", _part("labour_detail", _enum(pl.LABOUR_DETAIL, LabourDetail)), 24),
    Column("Data rejestracji w urzędzie pracy", _part("pup_registered_on"), 12),
    Column("Bezrobotna od", _part("unemployed_since"), 12),
    Column("Wykształcenie", _part("education", _enum(pl.EDUCATION, Isced)), 24),
    Column("Kod TERYT gminy", _part("teryt"), 10),
    Column("Województwo", _part("voivodeship"), 18),
    Column("Powiat", _part("powiat"), 16),
    Column("Gmina", _part("gmina"), 16),
    Column("Miejscowość", _part("town"), 16),
    Column("Obszar wg DEGURBA", _part("degurba", _enum(pl.DEGURBA, Degurba)), 18),
    Column("Data zapoznania się z klauzulą informacyjną", _part("info_clause_on"), 12),
    Column("Data rozpoczęcia udziału w projekcie", _part("start_date"), 12),
    Column("Formy wsparcia", _supports, 40),
    # the exit and the results
    Column("Data zakończenia udziału w projekcie", _part("exit_date"), 12),
    Column("Przyczyna zakończenia udziału", _part("exit_reason", _enum(pl.EXIT_REASON, ExitReason)), 22),
    Column("Zakończenie udziału zgodnie ze ścieżką", _part("completed_path", _enum(pl.ANSWER, Answer)), 12),
    Column("Sytuacja w momencie zakończenia udziału",
           _part("exit_situation", _enum(pl.EXIT_SITUATION, ExitSituation)), 28),
    Column("Data podjęcia zatrudnienia", _part("employment_start"), 12),
    Column("Forma zatrudnienia", _part("employment_contract", _enum(pl.CONTRACT_FORM, ContractForm)), 22),
    Column("Wymiar etatu", _part("employment_fte"), 8),
    Column("Okres zatrudnienia (miesiące)", _part("employment_months"), 10),
    Column("Dokument potwierdzający zatrudnienie", _part("employment_proof"), 24),
    Column("Data weryfikacji zatrudnienia", _part("employment_checked_on"), 12),
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # participations written (a person without any: one row)
    people: int
    anonymised: int  # people left out: their records are anonymised
    special_columns: bool


def columns_for(special: bool) -> list[Column]:
    return [c for c in COLUMNS if special or not c.special]


class ParticipantExportService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def export_lead_partner(
        self, out: Path, on_date: date | None = None, progress: Callable[[int, int], None] | None = None,
        project_id: int | None = None,
    ) -> ExportResult:
        """Write the lead partner's monitoring list to ``out`` (.xlsx): every participation of the people
        the actor may read (of ``project_id`` only, when given), whatever their consents.

        ``progress(done, total)`` after each chunk of people; an exception it raises (a cancel) leaves no
        file at ``out``, no temporary file and no journal entry. The file is written under a temporary name
        and takes its own only once it is complete and journaled (who, which people, which columns)."""
        decision = ExportPolicy(self._db, self._ctx).reporting(on_date, project_id)
        columns = columns_for(decision.special_columns)
        wb = new_workbook()
        ids = decision.included_ids
        out = Path(out)
        with temporary_export(self._db, out) as tmp, discarded_on_error(wb):
            written, rows = self._participants_sheet(wb, columns, ids, project_id, progress)
            wb.save(tmp)
            if progress:
                progress(len(ids), len(ids))  # the last moment a cancel is heard
            publish_export(self._db, self._ctx.actor, tmp, out, "export:lead_partner", len(written),
                           [c.header for c in columns], written)
        return ExportResult(out, rows, len(written), len(decision.withheld), decision.special_columns)

    def _participants_sheet(self, wb: XlsxWorkbook, columns: list[Column], ids: tuple[int, ...],
                            project_id: int | None,
                            progress: Callable[[int, int], None] | None) -> tuple[list[str], int]:
        """(the people's uuids, for the journal; how many rows)."""
        ws = wb.create_sheet(PARTICIPANTS_SHEET)
        set_widths(ws, [c.width for c in columns])
        ws.append(header_cells(ws, [c.header for c in columns], wrap=True))
        written: list[str] = []
        rows = 0
        with self._db.read(self._ctx.actor) as s:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                stmt = (select(P).where(P.id.in_(chunk)).order_by(P.name_key, P.id)
                        .options(selectinload(P.categories),
                                 selectinload(P.participations).selectinload(Participation.supports)))
                for person in s.scalars(stmt):
                    parts: list[Participation | None] = [
                        p for p in person.participations if project_id is None or p.project_id == project_id]
                    if not parts and project_id is None:
                        parts = [None]  # nobody leaves the list for want of a participation
                    for part in parts:
                        ws.append([value_cell(ws, c.get((person, part))) for c in columns])
                        rows += 1
                    written.append(person.uuid)
                s.expunge_all()
                if progress:
                    progress(min(start + CHUNK, len(ids)), len(ids))
        return written, rows
