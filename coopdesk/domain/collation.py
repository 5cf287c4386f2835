"""Polish alphabetical order as a stored sort key: plain byte order of the key is Polish order.

The database sorts text by bytes (SQLite's BINARY; on PostgreSQL the key columns want COLLATE "C"),
which puts "Łapanów" after "Żabno". The key spells a letter with a Polish diacritic as its base letter
followed by "~" (the highest character the key uses): "Dąbrowa" -> "da~browa". So a < ą < b, ł comes
between l and m, and ź ("z~") before ż ("z~~"), both after z:
Dąbrowa < Dobczyce, Kęty < Kraków, Lipnica < Łapanów < Maków, Żabno last. Case is ignored; other
accents (é, ü, ö) sort as their base letter; a hyphen sorts as a space; other punctuation is left out.
"""

from __future__ import annotations

import unicodedata

from coopdesk.domain.enums import Stage

_POLISH = {
    "ą": "a~", "ć": "c~", "ę": "e~", "ł": "l~", "ń": "n~", "ó": "o~", "ś": "s~", "ź": "z~", "ż": "z~~",
}
_EXTRA = {"ß": "ss", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"}
_SPACES = frozenset("-‐‑‒–—/_")


def _base(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def polish_key(text: str | None) -> str:
    """'Łapanów' -> 'l~apano~w'; byte order of keys is Polish alphabetical order, case-insensitive."""
    out: list[str] = []
    for ch in (text or "").lower():
        if ch in _POLISH:
            out.append(_POLISH[ch])
        elif ch.isspace() or ch in _SPACES:
            if out and out[-1] != " ":
                out.append(" ")
        else:
            for c in _base(ch):
                if c.isalnum():
                    out.append(c)
    return "".join(out).strip()


def name_sort_key(last_name: str | None, first_name: str | None) -> str:
    """The list's name order: last name, then first name, each in Polish order."""
    return polish_key(f"{last_name or ''} {first_name or ''}")


STAGE_ORDER = {stage.value: i for i, stage in enumerate(Stage)}


def stage_order(stage: str | Stage) -> int:
    """A stage's place on the pathway: recruited 0 ... left last (unknown values after all)."""
    return STAGE_ORDER.get(str(stage), len(STAGE_ORDER))
