"""Demo generation for 100,000 participants vs a raw sqlite3 executemany floor of the same rows.

Both runs build the very same rows (same seed, fresh database): people, categories, stage history, consents,
participations and their supports; only the insert differs: coopdesk uses SQLAlchemy Core ``insert()``
executemany (ids come back through RETURNING), the floor plain ``sqlite3.executemany`` with ids counted in
Python; both in one transaction (all or nothing).

    .venv/bin/python benchmarks/bench_demo.py [PEOPLE]
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from datetime import date, datetime

from common import CACHE, PEOPLE, SEED, TODAY, Table

from coopdesk.services import demo
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context

sqlite3.register_adapter(date, date.isoformat)
sqlite3.register_adapter(datetime, lambda d: d.isoformat(" ", "microseconds"))


def _fresh(name: str):
    folder = CACHE / name
    shutil.rmtree(folder, ignore_errors=True)
    return folder, open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))


def _run(name: str, insert_batch) -> tuple[float, float]:
    """(total seconds, seconds spent inserting) of generate_demo with the given batch inserter."""
    folder, services = _fresh(name)
    spent = [0.0]

    def timed(conn, batch):
        started = time.perf_counter()
        insert_batch(conn, batch)
        spent[0] += time.perf_counter() - started

    original = demo._insert_batch
    demo._insert_batch = timed
    try:
        started = time.perf_counter()
        result = demo.generate_demo(services, people=PEOPLE_NOW, seed=SEED)
        total = time.perf_counter() - started
    finally:
        demo._insert_batch = original
        services.close()
    assert result.participants == PEOPLE_NOW
    with sqlite3.connect(database_path(folder)) as conn:
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == PEOPLE_NOW
    shutil.rmtree(folder, ignore_errors=True)
    return total, spent[0]


class RawInserter:
    """The floor: plain sqlite3 ``executemany`` of the same rows on the same DB-API connection, in the
    same single transaction as coopdesk's (demo data are all or nothing), ids counted in Python."""

    def __init__(self) -> None:
        self.next_id: int | None = None
        self.next_participation: int | None = None

    def __call__(self, conn, batch) -> None:
        raw = conn.connection.dbapi_connection  # the sqlite3 connection under the session's transaction
        if self.next_id is None:
            self.next_id = (raw.execute("SELECT max(id) FROM participants").fetchone()[0] or 0) + 1
            self.next_participation = (raw.execute("SELECT max(id) FROM participations").fetchone()[0] or 0) + 1
        rows = [p.row for p in batch]
        links, history, consents, joined, supports = [], [], [], [], []
        for person in batch:
            person.row["id"] = self.next_id
            for item in (*person.categories, *person.history, *person.consents):
                item["participant_id"] = self.next_id
            for taking_part in person.participations:
                taking_part.row.update(id=self.next_participation, participant_id=self.next_id)
                for support in taking_part.supports:
                    support.update(participation_id=self.next_participation, participant_id=self.next_id)
                joined.append(taking_part.row)
                supports += taking_part.supports
                self.next_participation += 1
            links += person.categories
            history += person.history
            consents += person.consents
            self.next_id += 1
        for table, items in (("participants", rows), ("participant_categories", links), ("stage_history", history),
                             ("consents", consents), ("participations", joined),
                             ("participation_supports", supports)):
            if items:
                cols = list(items[0])
                sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
                raw.executemany(sql, items)


def main() -> None:
    coop_total, coop_insert = _run("bench-demo-coopdesk", demo._insert_batch)
    raw = RawInserter()
    floor_total, floor_insert = _run("bench-demo-floor", raw)
    table = Table(f"Demo generation, {PEOPLE_NOW:,} participants (2 cores; seconds)")
    table.add("rows built in Python", coop_total - coop_insert, floor_total - floor_insert, "", unit="s")
    table.add("insert (Core executemany)", coop_insert, floor_insert, "<= 2x floor", unit="s")
    table.add("generate_demo total", coop_total, floor_total, "well under 60 s", unit="s")
    table.print()


PEOPLE_NOW = int(sys.argv[1]) if len(sys.argv) > 1 else PEOPLE

if __name__ == "__main__":
    main()
