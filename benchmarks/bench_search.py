"""Search and sort at 100,000 people: the rows of a page and the exact count, each on its own.

The issue's target: after a keystroke both the first page of rows and the exact count land within one
frame (16 ms). Each figure is timed separately (``list_page(query, 0, 200)`` and ``count(query)``)
next to its floor, plain sqlite3 running the very SQL coopdesk sent.

    .venv/bin/python benchmarks/bench_search.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sqlite3
import time

from common import PEOPLE, Table, Timing, bench_services, captured_sql, data_dir, raw_connection, replay

from coopdesk.domain.records import ParticipantQuery, SortKey

PAGE = 200
FRAME = "<= 16 ms"


def compare(conn: sqlite3.Connection, call, services, repeat: int) -> tuple[Timing, Timing, object]:
    """Time ``call`` and the floor (its captured SQL replayed) alternately."""
    with captured_sql(services) as statements:
        result = call()
    replay(conn, statements)
    ours, floor = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        replay(conn, statements)
        floor.append(time.perf_counter() - started)
    return Timing(ours), Timing(floor), result


def run(repeat: int) -> None:
    folder = data_dir()
    services = bench_services()
    conn = raw_connection(folder)
    people = services.participants
    someone = people.list_page(ParticipantQuery(text="kowal"), 0, 1)[0]
    with_pesel = next(r for r in people.list_page(ParticipantQuery(text="nowak"), 0, PAGE) if r.pesel)
    texts = ["kow", "kowal", "nowak", "tarnó", "kowal an", "ska", "zzzq", "an", with_pesel.pesel[:6],
             someone.uuid[:8], someone.uuid]

    table = Table(f"Search, {PEOPLE:,} people: first {PAGE} rows and exact count, each on its own")
    worst = 0.0
    for text in texts:
        query = ParticipantQuery(text=text)
        rows_t, rows_f, _ = compare(conn, lambda q=query: people.list_page(q, 0, PAGE), services, repeat)
        count_t, count_f, total = compare(conn, lambda q=query: people.count(q), services, repeat)
        label = text if len(text) < 12 else text[:8] + "…"
        table.add(f"{label!r} ({total:,}) rows", rows_t.median, rows_f.median, FRAME)
        table.add(f"{label!r} count", count_t.median, count_f.median, FRAME)
        worst = max(worst, rows_t.median, count_t.median)
    table.add("worst median (rows or count)", worst, None, FRAME)
    table.print()

    table = Table(f"Sorted lists, {PEOPLE:,} people: first {PAGE} rows")
    for sort in (SortKey.NAME, SortKey.TOWN, SortKey.STAGE, SortKey.ADVISOR):
        for descending in (False, True):
            query = ParticipantQuery(sort=sort, descending=descending)
            rows_t, rows_f, _ = compare(conn, lambda q=query: people.list_page(q, 0, PAGE), services, repeat)
            table.add(f"by {sort.value}{' desc' if descending else ''}", rows_t.median, rows_f.median, FRAME)
        query = ParticipantQuery(sort=sort)
        deep_t, deep_f, _ = compare(conn, lambda q=query: people.list_window(q, PEOPLE - PAGE, PAGE), services, repeat)
        table.add(f"by {sort.value}, last page", deep_t.median, deep_f.median)
    table.print()
    conn.close()
    services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per figure (default 7)")
    run(parser.parse_args().repeat)


if __name__ == "__main__":
    main()
