"""`coopdesk export participants --layout sl2014|smefs|plain --out FILE` (issue 9): participations in a
monitoring system's layout, every participant (a legal obligation, not consent). The participations not
ready to report are listed on stderr as warnings (stable ids, never names); the file is written all the
same. `coopdesk export-participants` is the same command with the plain layout."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP

HELP = "participations in a monitoring layout (.xlsx): every participant (a legal obligation, not consent)"
LAYOUTS = ("smefs", "sl2014", "plain")  # services.layouts.LAYOUT_NAMES (not imported: the CLI starts light)
SHOWN_NOT_READY = 20


def _day(text: str) -> date:
    """argparse type of a date: 2025-03-31 or 31.03.2025."""
    for form in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(
        QCoreApplication.translate("Cli", "%1 is not a date: write it as 2025-03-31 or 31.03.2025")
        .replace("%1", repr(text)))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--layout", choices=LAYOUTS, default="smefs",
                        help="smefs: SM EFS (CST2021, default); sl2014: SL2014 PEFS (2014-2020 projects); "
                             "plain: coopdesk's full list")
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument("--project", metavar="CODE", help="only the participations in this project (its code)")
    parser.add_argument("--period-from", metavar="DATE", type=_day,
                        help="payment claim period: participations active on or after this day")
    parser.add_argument("--period-to", metavar="DATE", type=_day,
                        help="payment claim period: participations that started on or before this day")
    parser.add_argument("--partner", metavar="NAME", default="",
                        help="the partner the file goes to: adds the sheet of changes since the last file sent to them")


def writes(args: argparse.Namespace) -> bool:
    return False  # reads; the journal entry (and a partner's exchange hashes) are written like every export's


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coopdesk.cli import _open_with_passphrase, sign_in
    from coopdesk.domain.permissions import Permission
    from coopdesk.platform.paths import resolve_paths
    from coopdesk.services.monitoring_export import MonitoringExportService, iter_not_ready_lines

    layout = getattr(args, "layout", "smefs")
    start, end = getattr(args, "period_from", None), getattr(args, "period_to", None)
    if start is not None and end is not None and start > end:
        raise CoopdeskError(QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
                            start=start.isoformat(), end=end.isoformat())
    period = (start, end) if start is not None or end is not None else None
    services = sign_in(_open_with_passphrase(resolve_paths(args.data_dir).data_dir), Permission.EXPORT)
    try:
        project_id = None
        if args.project:
            project_id = next((p.id for p in services.projects.list() if p.code == args.project.strip()), None)
            if project_id is None:
                raise CoopdeskError(QT_TRANSLATE_NOOP("Errors", "No project has the code {code}."),
                                    code=args.project.strip())
        exporter = MonitoringExportService(services.db, services.ctx)
        not_ready = exporter.precheck(layout, project_id, period)
        if not_ready:
            _warn_not_ready(not_ready, iter_not_ready_lines)
        result = exporter.export(Path(args.out).expanduser(), layout, project_id, period,
                                 getattr(args, "partner", "") or "")
    finally:
        services.close()
    print(QCoreApplication.translate("Cli", "Exported %1 participations of %2 participants to %3 (anonymised records "
                                     "left out: %4)")
          .replace("%1", str(result.rows)).replace("%2", str(result.people)).replace("%3", str(result.path))
          .replace("%4", str(result.anonymised)))
    if result.changes is not None:
        from coopdesk.services.exchange_diff import ChangeKind

        print(QCoreApplication.translate("Cli", "Changes since the last file to this partner: %1 new, %2 changed, "
                                         "%3 removed")
              .replace("%1", str(result.changes.count(ChangeKind.CREATED)))
              .replace("%2", str(result.changes.count(ChangeKind.UPDATED)))
              .replace("%3", str(result.changes.count(ChangeKind.REMOVED))))
    return 0


def _warn_not_ready(items, lines) -> None:
    print(QCoreApplication.translate("Cli", "Warning: %1 participations are not ready to report (missing entry or "
                                     "exit data); the file is written all the same:").replace("%1", str(len(items))),
          file=sys.stderr)
    for line in lines(items[:SHOWN_NOT_READY], lambda text: QCoreApplication.translate("Labels", text)):
        print(f"  {line}", file=sys.stderr)
    if len(items) > SHOWN_NOT_READY:
        print("  " + QCoreApplication.translate("Cli", "... and %1 more").replace(
            "%1", str(len(items) - SHOWN_NOT_READY)), file=sys.stderr)
