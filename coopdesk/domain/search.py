"""Text folding for search: case- and diacritics-insensitive, the same in Python and in the database."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# A query is at most this long: longer ones made SQLite fail ("Expression tree is too large" at
# ~1,000 words, "LIKE or GLOB pattern too complex" at 50,000 bytes), and no one types more to find a person.
MAX_QUERY_WORDS = 8
MAX_QUERY_CHARS = 100

_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "ß": "ss"})


def fold(text: str) -> str:
    """'Łódź Żółć' -> 'lodz zolc'. Used to build and to query the stored search key."""
    text = text.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def search_key(*parts: str | None) -> str:
    return " ".join(fold(p) for p in parts if p)


@dataclass(frozen=True)
class SearchText:
    """What is searched for a typed query, and whether that differs from what was typed."""

    text: str
    shortened: bool = False  # words or characters past the limits were left out
    cleaned: bool = False  # control or invisible characters (NUL, BEL, zero-width space...) were dropped


def clean_search(query: str) -> SearchText:
    """The query as searched: its first 100 characters and 8 words, line breaks and tabs as spaces,
    invisible characters dropped (a NUL cut the SQL pattern short, so that "\\x00" matched everyone)."""
    kept: list[str] = []
    cleaned = False
    rest = ""
    for i, ch in enumerate(query):
        if len(kept) >= MAX_QUERY_CHARS:
            rest = query[i:]  # not even looked at: a pasted page costs no more than a name
            break
        if ch.isspace():
            if kept and kept[-1] != " ":
                kept.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            cleaned = True
        else:
            kept.append(ch)
    words = "".join(kept).split()
    shortened = len(words) > MAX_QUERY_WORDS or bool(rest.strip())
    return SearchText(" ".join(words[:MAX_QUERY_WORDS]), shortened, cleaned)


def search_terms(query: str) -> list[str]:
    """The folded words of a query, cleaned and limited (``clean_search``) whoever calls."""
    terms: list[str] = []
    room = MAX_QUERY_CHARS
    for term in fold(clean_search(query).text).split():
        if room <= 0:
            break
        terms.append(term[:room])  # folding may lengthen a word (U+FDFA: 18 letters)
        room -= len(terms[-1])
    return terms
