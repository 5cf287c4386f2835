"""Which coopdesk field a spreadsheet column fills, from its header (issue 9 groundwork, not wired yet).

Partners' files name the same column many ways: "Imię", "IMIE", "imię uczestnika", the SL2014 and SM EFS
layouts' long headers. The synonyms are data (``coopdesk/assets/data/import_headers.json``, read by
``services.reference_data``); this module is pure: ``header_key`` folds a header (case, Polish letters,
punctuation, spacing), ``match_headers`` proposes a field per column - exact after folding, else the closest
known header above a similarity cutoff (difflib), a header naming two fields ("Imię i nazwisko") marked for the
user, a field claimed twice left to the first column - and ``find_header_row`` picks the row of a sheet that
looks most like a header row (a title block above it is common).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

_LETTERS = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})


def header_key(text: object) -> str:
    """'Data rozpoczęcia  udziału (DEGURBA)!' -> 'data rozpoczecia udzialu degurba'."""
    plain = unicodedata.normalize("NFKD", str(text if text is not None else "").translate(_LETTERS))
    letters = "".join(c if c.isalnum() else " " for c in plain if not unicodedata.combining(c))
    return " ".join(letters.casefold().split())


@dataclass(frozen=True)
class HeaderSynonyms:
    version: str
    by_key: Mapping[str, str]  # folded header -> field
    combined: frozenset[str]  # folded headers that name two fields
    not_imported: frozenset[str] = frozenset()  # folded headers of exports that hold no stored field


def parse_header_synonyms(data: Mapping[str, Any]) -> HeaderSynonyms:
    """The data file's content; ValueError when one folded header would name two fields."""
    by_key: dict[str, str] = {}
    for field, headers in data["fields"].items():
        for header in headers:
            key = header_key(header)
            if not key:
                raise ValueError(f"an empty header for {field!r}")
            if by_key.setdefault(key, field) != field:
                raise ValueError(f"header {header!r} names both {by_key[key]!r} and {field!r}")
    combined = frozenset(header_key(h) for h in data.get("combined", ()))
    not_imported = frozenset(header_key(h) for h in data.get("not_imported", ()))
    return HeaderSynonyms(str(data.get("version", "")), by_key, combined, not_imported - set(by_key))


class How(StrEnum):
    EXACT = "exact"  # the folded header is a known one
    CLOSE = "close"  # the closest known header, above the cutoff (a typo, a word more)
    COMBINED = "combined"  # names two fields: the user splits or maps it
    DUPLICATE = "duplicate"  # its field is already filled by a column to the left
    NOT_IMPORTED = "not_imported"  # a known export column that holds nothing coopdesk stores (computed, blank)
    UNKNOWN = "unknown"  # nothing alike (or an empty header)


@dataclass(frozen=True)
class ColumnMatch:
    column: int  # 0-based
    header: str
    field: str | None
    how: How
    score: float = 0.0  # 1.0 for exact; the similarity for a close match


CUTOFF = 0.85


def _closest(key: str, synonyms: HeaderSynonyms) -> tuple[str | None, float]:
    best, score = None, 0.0
    for known, field in synonyms.by_key.items():
        ratio = SequenceMatcher(None, key, known, autojunk=False).ratio()
        if ratio > score:
            best, score = field, ratio
    return best, score


def match_headers(headers: Sequence[object], synonyms: HeaderSynonyms, cutoff: float = CUTOFF) -> list[ColumnMatch]:
    """A proposed field for each column, left to right."""
    taken: set[str] = set()
    found: list[ColumnMatch] = []
    for column, raw in enumerate(headers):
        header = "" if raw is None else str(raw).strip()
        key = header_key(header)
        if not key:
            found.append(ColumnMatch(column, header, None, How.UNKNOWN))
            continue
        if key in synonyms.combined:
            found.append(ColumnMatch(column, header, None, How.COMBINED))
            continue
        if key in synonyms.not_imported:
            found.append(ColumnMatch(column, header, None, How.NOT_IMPORTED))
            continue
        field, how, score = synonyms.by_key.get(key), How.EXACT, 1.0
        if field is None:
            field, score = _closest(key, synonyms)
            how = How.CLOSE if field is not None and score >= cutoff else How.UNKNOWN
            field = field if how is How.CLOSE else None
        if field is not None and field in taken:
            found.append(ColumnMatch(column, header, field, How.DUPLICATE, score))
            continue
        if field is not None:
            taken.add(field)
        found.append(ColumnMatch(column, header, field, how, score if field is not None else 0.0))
    return found


def find_header_row(rows: Sequence[Sequence[object]], synonyms: HeaderSynonyms, limit: int = 20) -> int | None:
    """The 0-based row among the first ``limit`` whose cells match the most known headers (at least two);
    None when no row does (the user then points at it)."""
    best, best_count = None, 1
    for index, row in enumerate(rows[:limit]):
        count = sum(1 for m in match_headers(row, synonyms) if m.how in (How.EXACT, How.CLOSE))
        if count > best_count:
            best, best_count = index, count
    return best
