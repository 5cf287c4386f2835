"""Integrity check of a database: SQLite structure, foreign keys, schema revision, record rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from coopdesk.db.engine import Database
from coopdesk.db.migrate import head_revision
from coopdesk.db.tables import Participant
from coopdesk.domain.validation import is_valid_pesel


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    participants: int = 0
    revision: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> IntegrityReport:
    report = IntegrityReport()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                report.problems += [f"integrity_check: {r}" for r in result[:20]]
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:20]:
                report.problems.append(f"foreign key: table {row[0]} rowid {row[1]} -> {row[2]}")
        report.revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
    if report.revision != head_revision():
        report.problems.append(f"schema revision {report.revision!r}, expected {head_revision()!r}")
    with db.read() as s:
        report.participants = s.execute(select(func.count()).select_from(Participant)).scalar_one()
        bad = 0
        for (pesel,) in s.execute(select(Participant.pesel).where(Participant.pesel.is_not(None))):
            if pesel is None or not is_valid_pesel(pesel):
                bad += 1
        if bad:
            report.problems.append(f"{bad} participant(s) with an invalid PESEL")
        missing_uuid = s.execute(
            select(func.count()).select_from(Participant).where(
                (Participant.uuid.is_(None)) | (func.length(Participant.uuid) != 36)
            )
        ).scalar_one()
        if missing_uuid:
            report.problems.append(f"{missing_uuid} participant(s) without a stable UUID")
    return report
