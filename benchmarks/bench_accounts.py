"""Accounts: the cost of a login (argon2) and of the permission check on the 100,000-person list.

    .venv/bin/python benchmarks/bench_accounts.py [--repeat N]

Login: ``services.accounts.authenticate`` (argon2id verification + one unit of work recording the
login), floor = the bare argon2 verification of the same hash. Target: <= 0.5 s.

Permission check: what the participants table does after a keystroke (count + first 200 rows) for
the demo advisor ``doradca`` (their caseload: own people + cases shared with them, restricted in SQL)
against the SAME query run by the coordinator, who has no restriction (floor). Target: <= 1.10x.
A second comparison takes as floor the coordinator filtering by ``advisor = doradca`` (nearly the same
rows, no share lookup). Runs on a copy of the cached benchmark database with the demo accounts.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sqlite3
import time

from argon2.exceptions import VerificationError
from common import TODAY, Table, Timing, captured_sql, data_dir, raw_connection, replay

from coopdesk.domain.enums import Stage
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.records import ParticipantQuery, SortKey
from coopdesk.services.accounts import create_demo_accounts, demo_password, make_hasher
from coopdesk.services.app_services import Services, database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context

PAGE = 200
SHARED = 50  # cases another advisor shares with the demo advisor


def prepared_folder():
    """A copy of the cached 100k database with the demo accounts and some shared cases."""
    source = data_dir()
    folder = source.parent / f"{source.name}-accounts"
    stamp = (source / "bench.json").read_text()
    marker = folder / "accounts.json"
    if marker.exists() and json.loads(marker.read_text()).get("source") == stamp:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(database_path(source), database_path(folder))
    services = open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    create_demo_accounts(services)
    boss = services.accounts.authenticate("koordynator", demo_password("koordynator"))
    me = services.accounts.authenticate("doradca", demo_password("doradca"))
    others = [a for a in services.dictionaries.advisors() if a.id != me.user_id and a.username != "koordynator"]
    rows = services.participants.list_page(ParticipantQuery(advisor_id=others[-1].id), 0, SHARED)
    for row in rows:
        services.as_actor(boss).accounts.share_case(row.id, me.user_id)
    services.close()
    marker.write_text(json.dumps({"source": stamp}))
    return folder


def keystroke(services: Services, query: ParticipantQuery) -> None:
    services.participants.count(query)
    services.participants.list_page(query, 0, PAGE)


def alternate(a, b, repeat: int) -> tuple[Timing, Timing]:
    """Time two callables alternately (the machine's load hits both alike)."""
    a(), b()
    ta, tb = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        a()
        ta.append(time.perf_counter() - started)
        started = time.perf_counter()
        b()
        tb.append(time.perf_counter() - started)
    return Timing(ta), Timing(tb)


def login_table(services: Services, repeat: int) -> None:
    hasher = make_hasher()
    stored = hasher.hash(demo_password("koordynator"))
    table = Table(f"Login (argon2id t={hasher.time_cost}, m={hasher.memory_cost // 1024} MiB, "
                  f"p={hasher.parallelism})")
    for name, user, password in (
        ("correct password", "koordynator", demo_password("koordynator")),
        ("wrong password", "koordynator", "not the password"),
        ("unknown user name", "nikt", "not the password"),
    ):
        def login(user=user, password=password):
            with contextlib.suppress(CoopdeskError):  # a failed login is timed too
                services.accounts.authenticate(user, password)

        def bare(password=password):
            with contextlib.suppress(VerificationError):
                hasher.verify(stored, password)

        ours, floor = alternate(login, bare, repeat)
        table.add(f"{name}, median", ours.median, floor.median, "<= 500 ms")
        table.add(f"{name}, p95", ours.p95, floor.p95, "<= 500 ms")
    table.print()


def listing_table(folder, boss: Services, advisor: Services, repeat: int) -> None:
    me = advisor.ctx.actor.user_id
    caseload = advisor.participants.count(ParticipantQuery())
    table = Table(f"Permission check: advisor's caseload ({caseload:,} of 100,000) vs the coordinator's "
                  f"same query (count + first {PAGE} rows)")
    conn = raw_connection(folder)
    ratios = []
    for name, query in (
        ("default list (by name)", ParticipantQuery()),
        ("search 'kow'", ParticipantQuery(text="kow")),
        ("search 'kowal an'", ParticipantQuery(text="kowal an")),
        ("stage = in training", ParticipantQuery(stage=Stage.IN_TRAINING)),
        ("sorted by town", ParticipantQuery(sort=SortKey.TOWN)),
    ):
        ours, floor = alternate(lambda q=query: keystroke(advisor, q), lambda q=query: keystroke(boss, q), repeat)
        ratios.append(ours.median / floor.median)
        table.add(f"{name}: advisor vs coordinator", ours.median, floor.median, "<= 1.10x")
        own = ParticipantQuery(text=query.text, stage=query.stage, sort=query.sort, advisor_id=me)
        ours2, floor2 = alternate(lambda q=query: keystroke(advisor, q), lambda q=own: keystroke(boss, q), repeat)
        table.add(f"{name}: advisor vs coordinator's advisor filter", ours2.median, floor2.median)
        with captured_sql(advisor) as statements:
            keystroke(advisor, query)
        ours3, raw = alternate(lambda q=query: keystroke(advisor, q), lambda s=statements: replay(conn, s), repeat)
        table.add(f"{name}: advisor vs raw sqlite3 (same SQL)", ours3.median, raw.median)
    table.add("worst ratio advisor / coordinator", max(ratios), 1.0, "<= 1.10x", unit="x")
    table.print()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per figure (default 9)")
    parser.add_argument("--no-analyze", dest="analyze", action="store_false",
                        help="drop SQLite's planner statistics first (coopdesk keeps them: ANALYZE after demo "
                             "data, PRAGMA optimize on close); shows what a database without them costs")
    args = parser.parse_args()
    folder = prepared_folder()
    with sqlite3.connect(database_path(folder)) as conn:
        conn.execute("ANALYZE" if args.analyze else "DROP TABLE IF EXISTS sqlite_stat1")
    system = open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    login_table(system, args.repeat)
    boss_actor = system.accounts.authenticate("koordynator", demo_password("koordynator"))
    advisor_actor = system.accounts.authenticate("doradca", demo_password("doradca"))
    boss = Services(system.db, Context(actor=boss_actor, today=lambda: TODAY))
    advisor = Services(system.db, Context(actor=advisor_actor, today=lambda: TODAY))
    listing_table(folder, boss, advisor, args.repeat)
    system.close()


if __name__ == "__main__":
    main()
