"""`coopdesk import participants FILE` (issue 9): participants from a spreadsheet, checked first, all or nothing.

Exit codes: 0 imported (or, with --dry-run, a file without problems), 1 the file has problems (each printed as
"row N, column X: message"; nothing written), 2 the file cannot be read (the reason) or another refusal.
Duplicates, with nobody to ask: a person already registered with the same PESEL or the row's technical id is
updated (a new participation when the row's project is another one; an existing participation is never
overwritten); a close name with the same birth date is a problem of that row unless --create-similar; a row
repeating an earlier row of the file is a problem of that row.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.errors import CoopdeskError, Severity
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP

HELP = "participants from a spreadsheet (xlsx, xls, ods, csv): checked first, all or nothing"
EPILOG = (
    "Exit codes: 0 imported; 1 the file has problems (each printed as row, column, message; nothing written); "
    "2 the file cannot be read (with the reason). Duplicates: a person already registered with the same PESEL "
    "or the same technical id (Techniczny identyfikator) is updated - a new participation when the row's "
    "project is another one, an existing participation is never overwritten; a close name with the same birth "
    "date is reported as a problem of the row unless --create-similar (then a new person is registered); a row "
    "repeating an earlier row of the file is a problem of that row."
)
SIMILAR = QT_TRANSLATE_NOOP(
    "Errors", "A person with a similar name and the same birth date is already registered: check the row, or run "
              "again with --create-similar to register a new person.")
HIDDEN = QT_TRANSLATE_NOOP(
    "Errors", "This person is already registered in another advisor's caseload: the row cannot be imported by you.")
REPEATED = QT_TRANSLATE_NOOP("Errors", "The row repeats row {other} of the file (the same person).")
UNKNOWN_PROJECT = QT_TRANSLATE_NOOP("Errors", "No project has the code {code}.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = HELP
    parser.epilog = EPILOG
    parser.add_argument("file", help="the spreadsheet to import")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to import (default: the first visible one)")
    parser.add_argument("--mapping", metavar="NAME", help="a column mapping saved in the import wizard (a partner's)")
    parser.add_argument("--project", metavar="CODE",
                        help="every participation in this project (default: a project column of the file, "
                             "else without a project, to be assigned later)")
    parser.add_argument("--dry-run", action="store_true", help="check the file and list its problems; write nothing")
    parser.add_argument("--valid-only", action="store_true",
                        help="import the valid rows and leave out the others (default: all or nothing)")
    parser.add_argument("--rejects", metavar="OUT.xlsx",
                        help="with --valid-only: write the rows left out, with their problems, to this file")
    parser.add_argument("--create-similar", action="store_true",
                        help="register a new person when someone with a close name and the same birth date "
                             "is already registered (default: a problem of the row)")


def writes(args: argparse.Namespace) -> bool:
    return not args.dry_run


def _tr(context: str, text: str) -> str:  # for texts marked elsewhere (QT_TRANSLATE_NOOP); literals below
    # call QCoreApplication.translate themselves, which is what lupdate finds
    return QCoreApplication.translate(context, text)


def located(p) -> str:
    """'row 12, column PESEL: message' in the interface language."""
    text = p.render(lambda t: _tr("Errors", t))
    if p.column:
        line = QCoreApplication.translate("Cli", "row %1, column %2: %3").replace("%1", str(p.row)).replace("%2", p.column).replace("%3", text)
    else:
        line = QCoreApplication.translate("Cli", "row %1: %2").replace("%1", str(p.row)).replace("%2", text)
    if p.severity is not Severity.ERROR:
        line = QCoreApplication.translate("Cli", "warning: %1").replace("%1", line)
    return line


def decisions_of(plan, create_similar: bool):
    """(row -> Action, row -> the problem refusing it) for the duplicates, decided without asking."""
    from coopdesk.services.participant_import import Action

    decisions, refused = {}, {}
    pesel = {r.row: r.draft.pesel.strip() for r in plan.rows}
    for d in plan.duplicates:
        if d.kind == "in_file" and create_similar and (not pesel[d.row] or pesel[d.row] != pesel.get(d.other_row)):
            decisions[d.row] = Action.CREATE  # only alike: another person, as asked
        elif d.kind == "in_file":
            refused[d.row] = (REPEATED, {"other": str(d.other_row)})
        elif d.hidden and d.kind != "name_birth":
            refused[d.row] = (HIDDEN, {})
        elif d.kind == "name_birth":
            if create_similar:
                decisions[d.row] = Action.CREATE
            else:
                refused[d.row] = (SIMILAR, {})
        else:
            decisions[d.row] = Action.UPDATE
    return decisions, refused


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coopdesk.cli import _open_with_passphrase, sign_in
    from coopdesk.domain.permissions import Permission
    from coopdesk.platform.paths import resolve_paths
    from coopdesk.services.participant_import import with_row_problems
    from coopdesk.services.sheet_reader import default_sheet

    if args.rejects and not args.valid_only:
        raise CoopdeskError(QT_TRANSLATE_NOOP("Errors", "--rejects needs --valid-only (all or nothing rejects no row)."))
    services = sign_in(_open_with_passphrase(resolve_paths(args.data_dir).data_dir), Permission.PARTICIPANTS_IMPORT)
    try:
        importer = services.participant_import
        project_id = None
        if args.project:
            project_id = next((p.id for p in services.projects.list() if p.code == args.project.strip()), None)
            if project_id is None:
                raise CoopdeskError(UNKNOWN_PROJECT, code=args.project.strip())
        source = importer.read(Path(args.file).expanduser(), sheet=args.sheet or None)
        sheet = args.sheet or default_sheet(list(source.sheets)).name
        mapping = importer.propose(source, sheet, mapping_name=args.mapping or "")
        plan = importer.dry_run(source, sheet, mapping, project_id=project_id)
        decisions, refused = decisions_of(plan, args.create_similar)
        plan = with_row_problems(plan, refused)
        for p in plan.problems:
            print(located(p), file=sys.stderr)
        errors = plan.counts.with_errors
        if args.dry_run:
            print(QCoreApplication.translate(
                "Cli", "Rows checked: %1 (valid: %2, with errors: %3, duplicates: %4); nothing was written")
                  .replace("%1", str(plan.counts.rows)).replace("%2", str(plan.counts.valid))
                  .replace("%3", str(errors)).replace("%4", str(plan.counts.duplicates)))
            return 1 if errors else 0
        if errors and not args.valid_only:
            print(QCoreApplication.translate(
                "Cli", "Rows with errors: %1 - nothing was imported (correct them, or run with --valid-only)")
                  .replace("%1", str(errors)), file=sys.stderr)
            return 1
        rejects = Path(args.rejects).expanduser() if args.rejects else None
        outcome = importer.commit(plan, decisions, valid_only=args.valid_only, rejects=rejects, translate=_tr)
    finally:
        services.close()
    print(QCoreApplication.translate(
        "Cli", "Imported from %1 - new people: %2, new participations: %3, people updated: %4, already as in the "
               "file: %5, rows skipped: %6, rows rejected: %7")
          .replace("%1", source.file_name).replace("%2", str(outcome.created_people))
          .replace("%3", str(outcome.created_participations)).replace("%4", str(outcome.updated_people))
          .replace("%5", str(outcome.unchanged)).replace("%6", str(outcome.skipped))
          .replace("%7", str(outcome.rejected)))
    if outcome.rejects_path is not None:
        print(QCoreApplication.translate("Cli", "The rejected rows, with their problems, are in %1").replace("%1", str(outcome.rejects_path)))
    return 0
