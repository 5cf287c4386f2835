"""`coopdesk export participants --layout sl2014|smefs|plain --out FILE` (issue 9; owner: the export helper)."""

from __future__ import annotations

import argparse

HELP = "participations in a monitoring layout (.xlsx): every participant (a legal obligation, not consent)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument("--project", metavar="CODE", help="only the participations in this project (its code)")


def writes(args: argparse.Namespace) -> bool:
    return False


def run(args: argparse.Namespace) -> int:
    from coopdesk.cli import _export_participants

    return _export_participants(args)
