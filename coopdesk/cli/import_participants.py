"""`coopdesk import participants FILE` (issue 9; owner: the import-service helper)."""

from __future__ import annotations

import argparse

HELP = "participants from a spreadsheet (xlsx, xls, ods, csv): checked first, all or nothing"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the spreadsheet to import")
    parser.add_argument("--dry-run", action="store_true", help="check the file and list its problems; write nothing")


def writes(args: argparse.Namespace) -> bool:
    return not args.dry_run


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("coopdesk import participants: being built (issue 9)")
