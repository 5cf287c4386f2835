"""Contacts for follow-up after the project (.xlsx): an optional purpose, so it rests on consent.

Only people with a valid ``followup_contact`` consent on the export day are written (name, phone, e-mail,
the project of their current participation); a second sheet lists who was withheld and why, by stable id
(never by name). Monitoring is not this: ``services.monitoring_export`` rests on the law (issue 8).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from coopdesk.db.engine import Database
from coopdesk.db.tables import Participant as P
from coopdesk.db.tables_participation import Participation
from coopdesk.domain.gdpr import ConsentPurpose
from coopdesk.domain.records import current_participation
from coopdesk.services import pl_terms as pl
from coopdesk.services.context import Context
from coopdesk.services.export_file import publish_export, temporary_export
from coopdesk.services.export_policy import ExportDecision, ExportPolicy
from coopdesk.services.participations import to_participations
from coopdesk.services.xlsx import Workbook as XlsxWorkbook
from coopdesk.services.xlsx import discarded_on_error, header_cells, new_workbook, set_widths, value_cell

CONTACTS_SHEET = "Kontakt po projekcie"
WITHHELD_SHEET = "Pominięci - Withheld"  # who was withheld and why, by stable id ("/" is not allowed)
CHUNK = 500  # people per query
PURPOSE = ConsentPurpose.FOLLOWUP_CONTACT
HEADERS = ("Identyfikator", "Nazwisko", "Imię", "Telefon", "E-mail", "Projekt")
WIDTHS = (38, 20, 16, 14, 28, 16)


@dataclass(frozen=True)
class ConsentExportResult:
    path: Path
    exported: int
    withheld: int  # listed by stable id, with the reason, on the withheld sheet


class FollowupExportService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def export_contacts(
        self, out: Path, on_date: date | None = None, progress: Callable[[int, int], None] | None = None,
        project_id: int | None = None,
    ) -> ConsentExportResult:
        """Write the contacts of the people (of ``project_id``, when given) who consented to follow-up
        contact; the others on the withheld sheet. Written, cancelled and journaled as every export
        (``services.export_file``)."""
        decision = ExportPolicy(self._db, self._ctx).decide(PURPOSE, on_date, project_id)
        wb = new_workbook()
        ids = decision.included_ids
        out = Path(out)
        with temporary_export(self._db, out) as tmp, discarded_on_error(wb):
            written = self._contacts_sheet(wb, ids, progress)
            withheld_sheet(wb, decision)
            wb.save(tmp)
            if progress:
                progress(len(ids), len(ids))  # the last moment a cancel is heard
            publish_export(self._db, self._ctx.actor, tmp, out, "export:followup_contact", len(written),
                           HEADERS, written)
        return ConsentExportResult(out, len(written), len(decision.withheld))

    def _contacts_sheet(self, wb: XlsxWorkbook, ids: tuple[int, ...],
                        progress: Callable[[int, int], None] | None) -> list[str]:
        ws = wb.create_sheet(CONTACTS_SHEET)
        set_widths(ws, list(WIDTHS))
        ws.append(header_cells(ws, list(HEADERS), wrap=True))
        written: list[str] = []
        with self._db.read(self._ctx.actor) as s:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start:start + CHUNK]
                stmt = (select(P).where(P.id.in_(chunk)).order_by(P.name_key, P.id)
                        .options(selectinload(P.participations).selectinload(Participation.supports)))
                for person in s.scalars(stmt):
                    current = current_participation(to_participations(person))
                    values = (person.uuid, person.last_name, person.first_name, person.phone, person.email,
                              current.project_code if current is not None else "")
                    ws.append([value_cell(ws, v) for v in values])
                    written.append(person.uuid)
                s.expunge_all()
                if progress:
                    progress(min(start + CHUNK, len(ids)), len(ids))
        return written


def withheld_sheet(wb: XlsxWorkbook, decision: ExportDecision) -> None:
    """Who a consent-based export left out and why: the stable id, the reason in Polish, its code."""
    ws = wb.create_sheet(WITHHELD_SHEET)
    set_widths(ws, [38, 28, 20])
    ws.append(header_cells(ws, ["Identyfikator", "Powód pominięcia", "Kod powodu"], wrap=True))
    for item in decision.withheld:
        ws.append([item.participant_uuid, pl.term(pl.WITHHELD, item.reason), item.reason.value])
