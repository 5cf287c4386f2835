"""The audit journal: (a) opening a record's history in a 1,000,000-entry journal, (b) its cost on imports.

(a) The journal is filled with a fast raw ``sqlite3`` insert (1,000,000 entries over 50,000 records,
    the record under test holding 2,000 of them, spread over the whole id range). The figure is
    ``services.audit.history(...)`` as the history dialog calls it (first page of 200, and a page deep
    in the history); the floor is plain sqlite3 running the very SQL coopdesk sent (its permission
    check included). The query plan of the history SELECT is printed.
(b) 10,000 participants (each with an at-risk category, a stage-history row and a participation) saved through the ORM
    unit of work, once on the journaled session coopdesk uses and once on a plain SQLAlchemy session on
    the same engine (no listener); the ratio is the journal's overhead. The same for the per-person
    service path (``ParticipantService.create``, one transaction each) on fewer people.

    .venv/bin/python benchmarks/bench_audit.py [--entries N] [--import N] [--service N] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import time
from datetime import date, datetime, timedelta

from common import CACHE, TODAY, Table, captured_sql, measure, raw_connection, replay
from sqlalchemy.orm import sessionmaker

from coopdesk.db.engine import Database
from coopdesk.db.tables import Participant, ParticipantCategory, StageHistory
from coopdesk.db.tables_participation import Participation
from coopdesk.domain.enums import Degurba, Isced, LabourStatus, Sex
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.participants import ParticipantService

TARGET_ENTRIES = 2_000
RECORDS = 50_000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _name(i: int) -> str:
    """A distinct, letters-only name for person ``i`` (names may not contain digits)."""
    out = ""
    i += 26 * 27
    while i:
        i, r = divmod(i, 26)
        out = LETTERS[r] + out
    return out.capitalize()


def _fresh(name: str):
    folder = CACHE / name
    shutil.rmtree(folder, ignore_errors=True)
    return folder, open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))


# --- (a) history in a journal of a million entries ------------------------------------------------
def fill_journal(folder, entries: int, target_id: int) -> None:
    """Raw executemany: ``entries`` rows over RECORDS participants; ``target_id`` gets TARGET_ENTRIES."""
    rng = random.Random(2026)
    every = max(entries // TARGET_ENTRIES, 1)
    start = datetime(2024, 1, 1)
    fields = ("town", "phone", "email", "stage", "notes", "street", "postal_code")

    def rows():
        for n in range(entries):
            record = target_id if n % every == 0 else rng.randrange(1, RECORDS)
            table = "users" if n % 10 == 3 else "participants"
            field = fields[n % len(fields)]
            yield (start + timedelta(seconds=n * 30), 1, "koordynator", "update", table, record, "",
                   field, f"old {n}", f"new {n}")

    conn = sqlite3.connect(database_path(folder))
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.executemany(
            "INSERT INTO audit_log (at, user_id, username, action, table_name, record_id, record_uuid, "
            "field, old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((a.isoformat(" "), *rest) for a, *rest in rows()),
        )
    conn.execute("ANALYZE")
    conn.close()


def bench_history(entries: int, repeat: int) -> None:
    folder, services = _fresh("audit-history")
    person = services.participants.create(
        ParticipantDraft(first_name="Anna", last_name="Kowalska", birth_date=date(1990, 1, 1), sex=Sex.FEMALE)
    )
    services.close()
    started = time.perf_counter()
    fill_journal(folder, entries, person.id)
    print(f"filled the journal with {entries:,} entries in {time.perf_counter() - started:.1f} s")
    services = open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    conn = raw_connection(folder)
    total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    mine = conn.execute("SELECT count(*) FROM audit_log WHERE table_name='participants' AND record_id=?",
                        (person.id,)).fetchone()[0]
    table = Table(f"Record history in a journal of {total:,} entries (this record: {mine:,})")
    audit = services.audit
    middle = audit.history("participants", person.id, limit=mine)[mine // 2].id

    for label, kwargs in (
        ("history, first page (200)", {}),
        ("history, a page deep in it", {"before_id": middle}),
        ("history, first page, no reads", {"include_reads": False}),
    ):
        def call(kwargs=kwargs):
            return audit.history("participants", person.id, limit=200, **kwargs)

        assert len(call()) == 200
        with captured_sql(services) as statements:
            call()
        selects = [(sql, params) for sql, params in statements if sql.lstrip().upper().startswith("SELECT")]
        ours = measure(call, repeat=repeat)
        floor = measure(lambda selects=selects: replay(conn, selects), repeat=repeat)
        table.add(label, ours.median, floor.median, "fast (< 50 ms)")
    table.print()
    sql, params = selects[-1]
    print("query plan of the history SELECT:")
    for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params):
        print("   ", row[-1])
    conn.close()
    services.close()
    shutil.rmtree(folder, ignore_errors=True)


# --- (b) the journal's cost on imports ------------------------------------------------------------
def _orm_import(session_factory, people: int, category_id: int, batch: int = 500) -> float:
    started = time.perf_counter()
    with session_factory() as s, s.begin():
        for i in range(people):
            p = Participant(
                first_name=_name(i), last_name="Nowak", birth_date=date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                sex="K" if i % 2 else "M", town="Lublin", gmina="Lublin", phone=f"600{i:06d}",
                stage="recruited", search_key=f"nowak {_name(i).lower()} lublin", name_key=f"nowak {_name(i)}",
            )
            p.categories.append(ParticipantCategory(category_id=category_id, proof_document=f"Doc {i}"))
            p.stage_history.append(StageHistory(stage="recruited", changed_on=TODAY))
            p.participations.append(Participation(  # what an import brings since issue 8: the entry data
                labour_status=LabourStatus.UNEMPLOYED_REGISTERED.value, school_type="LO_MATURA",
                education=Isced.ISCED3.value, teryt="0663011", voivodeship="lubelskie", powiat="Lublin",
                gmina="Lublin", town="Lublin", degurba=Degurba.CITIES.value))
            s.add(p)
            if (i + 1) % batch == 0:
                s.flush()
    return time.perf_counter() - started


def _journal_rows(folder) -> int:
    with sqlite3.connect(database_path(folder)) as conn:
        return conn.execute("SELECT count(*) FROM audit_log WHERE table_name='participants'").fetchone()[0]


def bench_orm_import(people: int, repeat: int) -> tuple[float, float]:
    journaled, plain = [], []
    for _ in range(repeat):  # alternate, each on a fresh database
        for kind, out in (("journal", journaled), ("plain", plain)):
            folder, services = _fresh(f"audit-import-{kind}")
            category = services.dictionaries.categories()[0].id
            db: Database = services.db
            factory = db._sessions if kind == "journal" else sessionmaker(db.engine, expire_on_commit=False)
            out.append(_orm_import(factory, people, category))
            rows = _journal_rows(folder)
            assert rows == (4 * people if kind == "journal" else 0), rows  # person, category, history, participation
            services.close()
            shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(journaled), statistics.median(plain)


def _service_import(service: ParticipantService, people: int, category_id: int) -> float:
    started = time.perf_counter()
    for i in range(people):
        service.create(ParticipantDraft(
            first_name=_name(i), last_name="Nowak", birth_date=date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
            sex=Sex.FEMALE if i % 2 else Sex.MALE, town="Lublin", phone=f"600{i:06d}",
            categories=(CategoryAssignment(category_id, f"Doc {i}"),),
        ))
    return time.perf_counter() - started


def bench_service_import(people: int, repeat: int) -> tuple[float, float]:
    journaled, plain = [], []
    for _ in range(repeat):
        for kind, out in (("journal", journaled), ("plain", plain)):
            folder, services = _fresh(f"audit-service-{kind}")
            category = services.dictionaries.categories()[0].id
            db = services.db
            if kind == "plain":  # the same Database, its sessions made without the journal listener
                db = Database(services.db.engine, services.db.path)
                db._sessions = sessionmaker(db.engine, expire_on_commit=False)
            out.append(_service_import(ParticipantService(db, services.ctx), people, category))
            assert _journal_rows(folder) == (4 * people if kind == "journal" else 0)  # and the participation
            services.close()
            shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(journaled), statistics.median(plain)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--import", dest="people", type=int, default=10_000)
    parser.add_argument("--service", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    bench_history(args.entries, repeat=max(args.repeat, 7))

    table = Table("The journal's cost on imports (journaled session vs plain session, same engine)")
    with_journal, without = bench_orm_import(args.people, args.repeat)
    table.add(f"ORM import of {args.people:,} people", with_journal, without, "<= 1.20x", unit="s")
    if args.service:
        with_journal, without = bench_service_import(args.service, args.repeat)
        table.add(f"service create x {args.service:,} (1 tx each)", with_journal, without, "<= 1.20x", unit="s")
    table.print()
    print("(floor = the same ORM work on a plain session: the ratio is the journal's overhead)")


if __name__ == "__main__":
    main()
