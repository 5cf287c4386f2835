"""The participants list with 100,000 people: first page, search keystrokes, filters.

Each figure is ``services.participants.count(query)`` + ``list_page(query, 0, 200)``, i.e. what the
table needs after a keystroke; its floor is plain sqlite3 running the very SQL coopdesk sent.

    .venv/bin/python benchmarks/bench_participants.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time

from common import (
    PEOPLE,
    Table,
    Timing,
    bench_services,
    captured_sql,
    data_dir,
    raw_connection,
    replay,
)

from coopdesk.domain.enums import Stage
from coopdesk.domain.records import ParticipantQuery

PAGE = 200


def keystroke(services, query: ParticipantQuery) -> tuple[int, int]:
    """What the table does after a keystroke: the count and the first page."""
    total = services.participants.count(query)
    rows = services.participants.list_page(query, 0, PAGE)
    return total, len(rows)


def compare(services, conn: sqlite3.Connection, query: ParticipantQuery, repeat: int) -> tuple[Timing, Timing, int]:
    """Time coopdesk and the floor alternately (the machine's load hits both alike)."""
    with captured_sql(services) as statements:
        total, _ = keystroke(services, query)
    replay(conn, statements)  # warm both
    ours, floor = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        keystroke(services, query)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        replay(conn, statements)
        floor.append(time.perf_counter() - started)
    return Timing(ours), Timing(floor), total


def sequences(services) -> dict[str, list[str]]:
    """Typing a last name, a PESEL (of a real person) and a town, one keystroke at a time."""
    with_pesel = next(
        r for r in services.participants.list_page(ParticipantQuery(text="kowal"), 0, PAGE) if r.pesel
    )
    return {
        "last name": ["k", "ko", "kow", "kowa", "kowal"],
        "PESEL": [with_pesel.pesel[:n] for n in (2, 4, 6, 8, 11)],
        "town": ["t", "ta", "tar", "tarn", "tarnó"],
        "name + first name": ["kowal", "kowal a", "kowal an", "kowal ann"],
    }


def run(folder, repeat: int) -> None:
    services = bench_services()
    conn = raw_connection(folder)

    table = Table(f"Participants list, {PEOPLE:,} people: count + first {PAGE} rows")
    ours, floor, _ = compare(services, conn, ParticipantQuery(), repeat)
    table.add("default list (by name), median", ours.median, floor.median, "<= 500 ms, <= 2x floor")
    table.add("default list (by name), p95", ours.p95, floor.p95)
    table.print()

    table = Table("Search keystrokes (count + first page)")
    all_ours, all_floor = [], []
    for name, texts in sequences(services).items():
        for text in texts:
            ours, floor, total = compare(services, conn, ParticipantQuery(text=text), repeat)
            all_ours.append(ours.median)
            all_floor.append(floor.median)
            table.add(f"{name}: {text!r} ({total:,} found) median", ours.median, floor.median, "<= 50 ms")
            table.add(f"{name}: {text!r} p95", ours.p95, floor.p95)
    table.add("ALL keystrokes: median of medians", statistics.median(all_ours), statistics.median(all_floor),
              "<= 50 ms, <= 2x floor")
    table.add("ALL keystrokes: worst median", max(all_ours), max(all_floor))
    table.print()

    category = services.dictionaries.categories()[0]
    advisor = services.dictionaries.advisors()[0]
    project = services.projects.list()[0]
    table = Table("Filters (count + first page)")
    for name, query in (
        ("stage = in training", ParticipantQuery(stage=Stage.IN_TRAINING)),
        (f"category = {category.code}", ParticipantQuery(category_id=category.id)),
        (f"advisor = {advisor.username}", ParticipantQuery(advisor_id=advisor.id)),
        ("stage + text 'kowal'", ParticipantQuery(stage=Stage.IN_TRAINING, text="kowal")),
        (f"category {category.code} + advisor", ParticipantQuery(category_id=category.id, advisor_id=advisor.id)),
        (f"project = {project.code}", ParticipantQuery(project_id=project.id)),  # issue 8: a participation in it
        ("incomplete for reporting", ParticipantQuery(incomplete=True)),
        ("incomplete + advisor", ParticipantQuery(incomplete=True, advisor_id=advisor.id)),
    ):
        ours, floor, total = compare(services, conn, query, repeat)
        table.add(f"{name} ({total:,}) median", ours.median, floor.median, "<= 50 ms, <= 2x floor")
    table.print()
    conn.close()
    services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per figure (default 9)")
    args = parser.parse_args()
    run(data_dir(), args.repeat)


if __name__ == "__main__":
    main()
