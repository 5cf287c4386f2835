"""Monitoring export of 100,000 participants (issue 9): coopdesk's SM EFS file vs the floor.

coopdesk: ``MonitoringExportService.export`` in the SM EFS layout, every participation (the cached demo data
set: 100,000 people, about 103,000 participations and their forms of support on a second sheet), with
everything it does: the permission and scope check, the precheck, the query, dictionaries, dates as dates,
PESEL as text, dropdowns, filter, widths, the temporary name and the journal entry.
Floor: the very same cells (read back from coopdesk's file with python-calamine, not timed) written with
openpyxl in write-only mode, plain values, no styling logic.

Each run is a fresh process, so its peak memory (``resource.getrusage``: ru_maxrss) is its own; coopdesk and
the floor alternate, so a busy machine slows both alike. Target: <= 1.5x the floor; memory <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import PEOPLE, TODAY, Table, data_dir

ROOT = Path(__file__).resolve().parent.parent


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_coopdesk(out: Path, partner: str) -> dict:
    from coopdesk.services.app_services import open_services
    from coopdesk.services.context import SYSTEM_ACTOR, Context
    from coopdesk.services.monitoring_export import MonitoringExportService

    services = open_services(data_dir(), Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    try:
        import openpyxl  # noqa: F401  (imported by the export at first use: not what is measured)

        started = time.perf_counter()
        result = MonitoringExportService(services.db, services.ctx).export(out, "smefs", partner=partner)
        seconds = time.perf_counter() - started
    finally:
        services.close()
    return {"seconds": seconds, "peak_mb": _peak_mb(), "rows": result.rows, "supports": result.supports,
            "not_ready": result.not_ready}


def run_floor(source: Path, out: Path) -> dict:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(source))
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names[:2]]
    del book
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append([None if v == "" else v for v in row])
    wb.save(out)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": _peak_mb(), "cells": sum(len(r) for _n, rows in sheets for r in rows)}


def child(kind: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", kind, *args], check=True, capture_output=True,
                          text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each (default 2)")
    parser.add_argument("--partner", action="store_true", help="also time one export with a partner named "
                                                               "(the changes sheet and the stored hashes)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = run_coopdesk(Path(rest[0]), rest[1] if len(rest) > 1 else "") if kind == "coopdesk" \
            else run_floor(Path(rest[0]), Path(rest[1]))
        print(json.dumps(result))
        return
    data_dir()  # built (once) before anything is timed
    with tempfile.TemporaryDirectory() as tmp:
        ours_file, floor_file = Path(tmp) / "smefs.xlsx", Path(tmp) / "floor.xlsx"
        ours, floor = [], []
        for _ in range(args.repeat):
            ours.append(child("coopdesk", str(ours_file)))
            floor.append(child("floor", str(ours_file), str(floor_file)))
        partner = child("coopdesk", str(Path(tmp) / "partner.xlsx"), "PUP") if args.partner else None
        sizes = (os.path.getsize(ours_file) / 2**20, os.path.getsize(floor_file) / 2**20)
    first = ours[0]
    table = Table(f"Monitoring export, SM EFS layout, {PEOPLE:,} people: {first['rows']:,} participations + "
                  f"{first['supports']:,} support rows ({floor[0]['cells']:,} cells)")
    mine = statistics.median(r["seconds"] for r in ours)
    base = statistics.median(r["seconds"] for r in floor)
    table.add("export, median of runs", mine, base, "<= 1.5x floor", unit="s")
    for i, (o, f) in enumerate(zip(ours, floor, strict=True), start=1):
        table.add(f"  run {i}", o["seconds"], f["seconds"], unit="s")
    if partner:
        table.add("export with a partner (changes sheet + hashes)", partner["seconds"], base, unit="s")
    table.add("peak memory (ru_maxrss)", max(r["peak_mb"] for r in ours), max(r["peak_mb"] for r in floor),
              "<= 500 MB", unit="MB")
    table.print()
    print(f"files: coopdesk {sizes[0]:.1f} MB, floor {sizes[1]:.1f} MB; not ready to report: {first['not_ready']:,}")


if __name__ == "__main__":
    main()
