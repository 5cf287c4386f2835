"""Text folding for search: case- and diacritics-insensitive, the same in Python and in the database."""

from __future__ import annotations

import unicodedata

_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "ß": "ss"})


def fold(text: str) -> str:
    """'Łódź Żółć' -> 'lodz zolc'. Used to build and to query the stored search key."""
    text = text.translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def search_key(*parts: str | None) -> str:
    return " ".join(fold(p) for p in parts if p)


def search_terms(query: str) -> list[str]:
    return [t for t in fold(query).split() if t]
