"""Shared set-up for the benchmarks: a cached 100,000-participant database, timing and a result table.

Every figure is printed next to its FLOOR: the same work done the simplest fast way (plain ``sqlite3``
running the very SQL coopdesk sent, captured from the engine), and the ratio between the two.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from coopdesk.services.app_services import Services, database_path, open_services  # noqa: E402
from coopdesk.services.context import SYSTEM_ACTOR, Context  # noqa: E402

CACHE = ROOT / "bench-data"
PEOPLE = int(os.environ.get("COOPDESK_BENCH_PEOPLE", "100000"))
SEED = 2026
TODAY = date(2026, 11, 27)  # fixed, so the cached data set does not depend on the day it was built


def _fingerprint() -> str:
    """Rebuild the cached database when the generator, the reference data it draws from or the schema
    (tables, migrations) changes."""
    sources = sorted((ROOT / "coopdesk" / "services").glob("demo*.py"))
    sources += sorted((ROOT / "coopdesk" / "db").glob("tables*.py"))
    sources += [ROOT / "coopdesk" / "assets" / "data" / name for name in ("teryt.json", "education.json",
                                                                          "labour_market.json")]
    sources += sorted((ROOT / "coopdesk" / "db" / "migrations" / "versions").glob("*.py"))
    digest = hashlib.sha1()
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def data_dir(people: int = PEOPLE) -> Path:
    """The folder of a cached demo database with ``people`` participants (built on first use).

    Several benchmark processes may ask at once: a lock file lets one build while the others wait,
    and the new database is built aside and moved into place, so nobody reads a half-built file.
    """
    folder = CACHE / f"people-{people}"
    marker = folder / "bench.json"
    CACHE.mkdir(exist_ok=True)
    with (CACHE / f".people-{people}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists() and json.loads(marker.read_text()).get("demo") == _fingerprint():
            return folder
        building = CACHE / f".people-{people}.building-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        print(f"building the benchmark database with {people:,} participants in {folder} ...", file=sys.stderr)
        started = time.perf_counter()
        services = open_services(building, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
        from coopdesk.services.demo import generate_demo

        generate_demo(services, people=people, seed=SEED)
        services.close()
        (building / "bench.json").write_text(
            json.dumps({"demo": _fingerprint(), "seconds": time.perf_counter() - started})
        )
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(building, folder)
    return folder


def bench_services(people: int = PEOPLE) -> Services:
    return open_services(data_dir(people), Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))


def raw_connection(folder: Path) -> sqlite3.Connection:
    """The floor's connection: plain sqlite3 on the same file, the same journal mode."""
    conn = sqlite3.connect(database_path(folder))
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


# --- capturing the SQL coopdesk runs -------------------------------------------------------------
@contextmanager
def captured_sql(services: Services):
    """Collect (sql, parameters) of every statement the engine executes inside the block."""
    seen: list[tuple[str, tuple]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, tuple(parameters) if parameters else ()))

    event.listen(services.db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(services.db.engine, "before_cursor_execute", before)


def replay(conn: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> None:
    """The floor: run the same statements with plain sqlite3 and fetch every row."""
    for sql, params in statements:
        conn.execute(sql, params).fetchall()


# --- timing and printing -------------------------------------------------------------------------
@dataclass
class Timing:
    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> Timing:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return Timing(samples)


class Table:
    """A small fixed-width result table: measure | coopdesk | floor | ratio | target."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, name: str, value: float, floor: float | None, target: str = "", unit: str = "ms") -> None:
        scale = 1000 if unit == "ms" else 1
        fmt = (lambda v: f"{v * scale:10.1f} {unit}") if unit in ("ms", "s") else (lambda v: f"{v:10.1f} {unit}")
        ratio = f"{value / floor:5.2f}x" if floor else "   -  "
        self.rows.append((name, fmt(value), fmt(floor) if floor is not None else "", ratio, target))

    def print(self) -> None:
        head = ("measure", "coopdesk", "floor", "ratio", "target")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        line = "  ".join("-" * w for w in widths)
        print(f"\n{self.title}\n{line}")
        print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
        print(line)
        for row in self.rows:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        print(line)
