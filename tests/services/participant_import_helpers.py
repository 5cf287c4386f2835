"""Shared builders of the participant-import tests: spreadsheets, plans, journal and table reads."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from coopdesk.db.tables import Participant
from coopdesk.db.tables_security import AuditEntry

HEADERS = ["Imię", "Nazwisko", "PESEL", "Płeć", "Data urodzenia", "Miejscowość", "Telefon", "Projekt"]
# valid PESELs (services.demo.pesel_for): men end in an odd digit before the check digit
JAN = ["Jan", "Kowalski", "80030500031", "M", date(1980, 3, 5), "Gdańsk", "600100200", ""]
ANNA = ["Anna", "Nowak", "92071400047", "K", date(1992, 7, 14), "Sopot", "", ""]
PIOTR = ["Piotr", "Wiśniewski", "75013000075", "M", date(1975, 1, 30), "Gdynia", "", ""]
EWA = ["Ewa", "Zielińska", "01310200087", "K", date(2001, 11, 2), "Rumia", "", ""]
BAD = ["Xawery", "", "123", "", None, "", "", ""]  # no last name, a PESEL too short


def xlsx(path: Path, rows: list[list[object]], headers: list[str] = HEADERS, title: str | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Rekrutacja"
    if title:
        ws.append([title])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def plan_of(services, path: Path, project_id: int | None = None, mapping_name: str = "", advisor_id=None):
    imp = services.participant_import
    source = imp.read(path)
    sheet = source.sheet_names[0]
    mapping = imp.propose(source, sheet, mapping_name=mapping_name)
    return imp.dry_run(source, sheet, mapping, project_id=project_id, advisor_id=advisor_id)


def import_file(services, path: Path, **kw):
    return services.participant_import.commit(plan_of(services, path), **kw)


def journal(services, participant_id: int | None = None) -> list:
    """The journal's entries (rows with the columns' names), oldest first."""
    with services.db.read(services.ctx.actor) as s:
        stmt = select(*AuditEntry.__table__.columns).order_by(AuditEntry.id)
        if participant_id is not None:
            stmt = stmt.where(AuditEntry.table_name == "participants", AuditEntry.record_id == participant_id)
        return list(s.execute(stmt))


def comparable(entries: list) -> list[tuple[str, str, dict]]:
    """(action, field with ids masked, values without ids) of a person's journal, in a stable order."""
    out = []
    for e in entries:
        values = json.loads(e.new_value) if e.new_value and e.new_value.startswith("{") else {"": e.new_value}
        values.pop("participation_id", None)  # an id
        out.append((e.action, e.field, values))
    return sorted(out, key=lambda t: (t[0], t[1], json.dumps(t[2], sort_keys=True)))


def person_id(services, pesel: str) -> int:
    with services.db.read(services.ctx.actor) as s:
        return s.execute(select(Participant.id).where(Participant.pesel == pesel)).scalar_one()


def count_people(services) -> int:
    with services.db.read(services.ctx.actor) as s:
        return s.execute(select(func.count()).select_from(Participant)).scalar_one()


def database_state(services) -> dict[str, list]:
    """Every row of the tables an import writes (for a before/after compare)."""
    from coopdesk.db.base import Base

    names = ["participants", "participations", "participation_supports", "stage_history", "audit_log",
             "import_batches", "import_batch_items"]
    with services.db.read(services.ctx.actor) as s:
        return {n: [tuple(r) for r in s.execute(Base.metadata.tables[n].select())] for n in names}
