"""Education by Polish school type: a picker's list that maps to the ISCED code coopdesk stores (issue 8).

The advisor picks the school the person COMPLETED last (today's name or the pre-2017 one — "zasadnicza
szkoła zawodowa" finds "Branżowa szkoła I stopnia"), instead of translating it to an ISCED code. The list
is data, ``coopdesk/assets/data/education.json``: per school type a stable ``code``, its names, everyday
aliases, the ISCED 2011 level (0-8), the ``Isced`` member it is stored as, when the type existed
(``valid_from``/``valid_to``), the source of the mapping and whether it is "verified" or "open". This
module is pure: it parses the file's content (``parse_school_types``, ``parse_esf_groups``) and answers
the picker's questions about the school types it is given. It reads no file: services load, domain
decides - ``coopdesk.services.reference_data`` reads the shipped file once (``school_types()``,
``esf_groups()``) and the caller passes what it returns to the functions here.

How the wiring is meant to use it (not done here):
- a service or the form's controller gets ``types = reference_data.school_types()`` and
  ``groups = reference_data.esf_groups()`` and passes them to every call below;
- the participation stores the school type's ``code`` (so the form shows what the advisor chose) and
  the ``Isced`` value from ``isced_for(code, types)`` (what reports and the SM EFS export read; layouts
  turn it into their own dictionary string, and ``esf_group(isced, groups)`` gives the ESF+ indicator
  group 0-2 / 3-4 / 5-8);
- the form's picker is a completer over ``search_school_types(typed_text, types)`` (diacritics- and
  case-insensitive, either name or an alias; names starting with the text first) showing ``name`` and,
  where it differs, ``name_pre_2017``;
- an old record that has only an ISCED code (before this picker) shows "ISCED 2: Gimnazjum, Szkoła
  podstawowa (8-letnia, od 2017), …" from ``school_types_for(isced, types)``, and the advisor may
  refine it;
- the data are not edited in the program: a corrected mapping ships as a new file version. The picker
  offers every school type whatever its dates, since adults finished schools that no longer exist.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from coopdesk.domain.enums import Isced

STATUSES = frozenset({"verified", "open"})


@dataclass(frozen=True)
class SchoolType:
    code: str
    name: str
    name_pre_2017: str | None
    aliases: tuple[str, ...]
    isced_level: int  # ISCED 2011 level 0-8
    isced: Isced  # what coopdesk stores
    valid_from: date | None
    valid_to: date | None
    source: str
    status: str  # "verified" | "open"
    note: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The current name and, where it differs, the pre-2017 one."""
        return (self.name,) if not self.name_pre_2017 else (self.name, self.name_pre_2017)


@dataclass(frozen=True)
class EsfGroup:
    label: str  # "ISCED 0-2"
    isced: frozenset[Isced]
    source: str


def isced_of_level(level: int) -> Isced:
    """The stored code of an ISCED 2011 level: 0-4 each their own, 5-8 one code (ESF+ counts them together)."""
    if level in (0, 1, 2, 3, 4):
        return Isced(str(level))
    if level in (5, 6, 7, 8):
        return Isced.ISCED5_8
    raise ValueError(f"ISCED level {level!r} is not 0-8")


_LETTERS = {"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"}


def fold(text: str) -> str:
    """Lower case without diacritics, whitespace collapsed: 'Zasadnicza szkoła' -> 'zasadnicza szkola'."""
    text = "".join(_LETTERS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def _day(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc


def parse_school_types(data: Mapping[str, Any]) -> list[SchoolType]:
    """The school types of education.json's content; ValueError names the entry that is wrong (unknown
    or disagreeing ISCED, duplicate code or name, missing source, bad status or dates)."""
    out: list[SchoolType] = []
    codes: set[str] = set()
    names: dict[str, str] = {}
    for item in data.get("school_types", []):
        code = str(item.get("code", "")).strip()
        where = f"school type {code or '?'}"
        if not code or code in codes:
            raise ValueError(f"{where}: missing or duplicate code")
        codes.add(code)
        try:
            level = int(item["isced_level"])
            isced = isced_of_level(level)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{where}: {exc}") from exc
        if str(item.get("isced")) != isced.value:
            raise ValueError(f"{where}: isced {item.get('isced')!r} disagrees with level {level} ({isced.value})")
        name = str(item.get("name", "")).strip()
        pre = (item.get("name_pre_2017") or "").strip() or None
        for n in (name, pre):
            if n is None:
                continue
            key = fold(n)
            if not key or key in names:
                raise ValueError(f"{where}: empty or duplicate name {n!r} (also {names.get(key)})")
            names[key] = code
        source = str(item.get("source", "")).strip()
        if not source:
            raise ValueError(f"{where}: no source")
        status = str(item.get("status", ""))
        if status not in STATUSES:
            raise ValueError(f"{where}: status {status!r} is not one of {sorted(STATUSES)}")
        valid_from, valid_to = _day(item.get("valid_from"), where), _day(item.get("valid_to"), where)
        if valid_from and valid_to and valid_to < valid_from:
            raise ValueError(f"{where}: valid_to before valid_from")
        out.append(SchoolType(
            code=code, name=name, name_pre_2017=pre, aliases=tuple(str(a) for a in item.get("aliases", [])),
            isced_level=level, isced=isced, valid_from=valid_from, valid_to=valid_to, source=source,
            status=status, note=str(item.get("note") or ""),
        ))
    return out


def parse_esf_groups(data: Mapping[str, Any]) -> list[EsfGroup]:
    """The ESF+ groups of education.json; every Isced member in exactly one group (ValueError otherwise)."""
    groups = [EsfGroup(label=str(g["label"]), isced=frozenset(Isced(v) for v in g["isced"]),
                       source=str(g.get("source", ""))) for g in data.get("esf_groups", [])]
    seen = [m for g in groups for m in g.isced]
    if sorted(seen) != sorted(Isced):
        raise ValueError("esf_groups must put every Isced member in exactly one group")
    return groups


def _by_code(types: Sequence[SchoolType]) -> dict[str, SchoolType]:
    return {t.code: t for t in types}


def isced_for(code: str, types: Sequence[SchoolType]) -> Isced:
    """The Isced member the school type ``code`` of ``types`` is stored as; LookupError for an unknown code."""
    try:
        return _by_code(types)[code].isced
    except KeyError:
        raise LookupError(f"unknown school type {code!r}") from None


def school_types_for(isced: Isced | str, types: Sequence[SchoolType]) -> list[SchoolType]:
    """The reverse: which of ``types`` give this ISCED code (to show an old record that has only the code)."""
    wanted = Isced(isced)
    return [t for t in types if t.isced is wanted]


def esf_group(isced: Isced | str, groups: Sequence[EsfGroup]) -> str:
    """The ESF+ indicator group (of ``groups``) of a stored code: 'ISCED 0-2', 'ISCED 3-4' or 'ISCED 5-8';
    LookupError when no group has it."""
    wanted = Isced(isced)
    for group in groups:
        if wanted in group.isced:
            return group.label
    raise LookupError(f"no ESF+ group has {wanted.value!r}")


def search_school_types(fragment: str, types: Sequence[SchoolType]) -> list[SchoolType]:
    """The school types of ``types`` matching a typed fragment, for a picker: case and Polish diacritics
    ignored ('zawodowka' finds 'zawodówka'), matched against the current name, the pre-2017 name and the aliases.
    Order: a name starting with the fragment, then a word of a name or alias starting with it, then the
    fragment anywhere; the data's order within each. An empty fragment gives every type."""
    pool = list(types)
    needle = fold(fragment)
    if not needle:
        return pool
    ranked: list[tuple[int, int, SchoolType]] = []
    for i, t in enumerate(pool):
        names = [fold(n) for n in t.names]
        texts = names + [fold(a) for a in t.aliases]
        if any(n.startswith(needle) for n in names):
            rank = 0
        elif any(w.startswith(needle) for text in texts for w in _words(text)):
            rank = 1
        elif any(needle in text for text in texts):
            rank = 2
        else:
            continue
        ranked.append((rank, i, t))
    return [t for _, _, t in sorted(ranked, key=lambda r: (r[0], r[1]))]


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text).split()
