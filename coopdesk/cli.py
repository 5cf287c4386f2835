"""Headless commands: demo data, integrity check. Each is a service call; output in the UI language."""

from __future__ import annotations

import argparse
import sys
import time

from coopdesk.domain.errors import CoopdeskError
from coopdesk.platform.i18n import tr
from coopdesk.platform.paths import resolve_paths
from coopdesk.services.app_services import open_services


def add_commands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--people", type=int, default=300, help="number of participants (default 300)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    check = sub.add_parser("check", help="check the integrity of the database; exit 0 when sound")
    for p in (demo, check):
        p.add_argument("--data-dir", default=argparse.SUPPRESS, help="data folder (default: the user's)")


def run(args: argparse.Namespace) -> int:
    commands = {"demo": _demo, "check": _check}
    try:
        return commands[args.command](args)
    except CoopdeskError as exc:
        print(exc.render(lambda t: tr("Errors", t)), file=sys.stderr)
        return 2


def _demo(args: argparse.Namespace) -> int:
    from coopdesk.services.demo import generate_demo

    paths = resolve_paths(args.data_dir)
    services = open_services(paths.data_dir)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = generate_demo(services, people=args.people, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(tr("Cli", "Created %1 participants in %2 s in %3")
          .replace("%1", str(result.participants))
          .replace("%2", f"{time.perf_counter() - started:.1f}")
          .replace("%3", str(paths.data_dir)))
    services.close()
    return 0


def _check(args: argparse.Namespace) -> int:
    from coopdesk.services.integrity import check_database

    paths = resolve_paths(args.data_dir)
    services = open_services(paths.data_dir)
    report = check_database(services.db)
    services.close()
    if report.ok:
        print(tr("Cli", "Database is sound: %1 participants, schema %2")
              .replace("%1", str(report.participants)).replace("%2", report.revision))
        return 0
    for problem in report.problems:
        print(problem, file=sys.stderr)
    return 1
