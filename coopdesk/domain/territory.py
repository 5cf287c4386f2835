"""Polish gminas by TERYT code, for the place of residence and its DEGURBA (issue 8).

The data are ``coopdesk/assets/data/teryt.json``: every gmina of the GUS TERYT TERC register (types 1 urban,
2 rural, 3 urban-rural; the parts 4/5 and the city districts 8/9 are left out) with its 7-digit code
WWPPGGR, its name and its DEGURBA class, the powiat and voivodeship names by code prefix, the codes that
changed since an earlier state (``former_codes``) and a header per part (source, state date, "verified" or
"open"). This module is pure: ``parse_territory`` turns the file's content into frozen records and the
functions answer the picker's and the form's questions about the ``Territory`` they are given. It reads no
file: ``coopdesk.services.reference_data.territory()`` reads the shipped file once, on first use.

How the wiring is meant to use it:
- the residence picker (``coopdesk.ui.widgets.teryt_picker``) completes over ``search_gminas(text, t)``
  ('kiel' finds Kielce; 'bolesławiec, bolesławiecki' or 'nowa wieś, pomorskie' narrows by powiat,
  voivodeship or type after a comma) and emits the chosen code;
- the participation stores ``teryt`` (the code) and copies ``gmina``, ``powiat``, ``voivodeship`` from
  ``lookup(code, t)`` and ``degurba`` from ``degurba_for(code, t)`` unless the advisor overrode it
  (``degurba_manual``);
- a code typed or imported is checked with ``code_issue(code)`` (an English message template in the
  "Errors" context) before it is looked up; ``lookup`` also finds a gmina saved under a former code, or
  whose type digit R changed after the data's state (same WWPPGG: a village became a town).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from coopdesk.domain.education import fold
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP

STATUSES = frozenset({"verified", "open"})
GMINA_KINDS = (1, 2, 3)  # TERC R: 1 gmina miejska, 2 gmina wiejska, 3 gmina miejsko-wiejska
DEGURBA_CLASSES = (1, 2, 3)  # 1 cities, 2 towns and suburbs, 3 rural areas

KIND_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Labels", "urban gmina"),
    2: QT_TRANSLATE_NOOP("Labels", "rural gmina"),
    3: QT_TRANSLATE_NOOP("Labels", "urban-rural gmina"),
}
CITY_RIGHTS_LABEL = QT_TRANSLATE_NOOP("Labels", "city with powiat rights")
DEGURBA_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Labels", "1 - cities"),
    2: QT_TRANSLATE_NOOP("Labels", "2 - towns and suburbs"),
    3: QT_TRANSLATE_NOOP("Labels", "3 - rural areas"),
}
# what a typed qualifier may name besides a powiat or voivodeship ("bolesławiec, wiejska")
_KIND_WORDS: dict[int, tuple[str, ...]] = {
    1: ("miejska", "urban", "miasto"),
    2: ("wiejska", "rural"),
    3: ("miejsko-wiejska", "urban-rural"),
}
_LEADING_WORDS = ("gmina ", "gm. ", "m. ", "miasto ")
_POLISH_PLAIN = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def fold_name(text: str) -> str:
    """``education.fold`` (lower case, no diacritics, spaces collapsed), quicker for Polish names - the
    dictionary folds some 3,000 of them when it is loaded; any other letter goes the general way."""
    plain = text.translate(_POLISH_PLAIN)
    return " ".join(plain.casefold().split()) if plain.isascii() else fold(text)


@dataclass(frozen=True)
class Gmina:
    code: str  # WWPPGGR
    name: str
    kind: int  # R: 1 urban, 2 rural, 3 urban-rural
    powiat: str  # 'kielecki'; for a city with powiat rights the city's name ('Kielce')
    voivodeship: str  # 'świętokrzyskie'
    city_rights: bool  # the gmina's powiat is a city with powiat rights
    degurba: int | None  # 1/2/3; None = not in the DEGURBA list
    key: str = field(default="", compare=False, repr=False)  # folded name, for search
    words: tuple[str, ...] = field(default=(), compare=False, repr=False)  # its words
    place_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)  # folded powiat, voivodeship

    @property
    def label(self) -> str:
        """'Chęciny (kielecki, świętokrzyskie)' - the picker's text without the type."""
        return f"{self.name} ({self.powiat}, {self.voivodeship})"


@dataclass(frozen=True)
class Part:
    status: str  # "verified" | "open"
    source: str
    note: str = ""
    date: str = ""  # the register's state or the classification's edition


@dataclass(frozen=True)
class Territory:
    version: str
    gminas: tuple[Gmina, ...]
    by_code: Mapping[str, Gmina]
    former_codes: Mapping[str, str]
    parts: Mapping[str, Part]
    by_stem: Mapping[str, Gmina] = field(repr=False)  # WWPPGG -> gmina


def code_issue(code: str) -> str | None:
    """An English message template (context "Errors") if ``code`` is not a well-formed TERYT gmina code
    WWPPGGR, else None. Whether the gmina exists is ``lookup``'s question."""
    digits = (code or "").strip()
    if len(digits) != 7 or not (digits.isascii() and digits.isdigit()):
        return QT_TRANSLATE_NOOP("Errors", "A TERYT gmina code has exactly 7 digits.")
    woj = int(digits[:2])
    if woj % 2 or not 2 <= woj <= 32:
        return QT_TRANSLATE_NOOP("Errors", "A TERYT code starts with a voivodeship: an even number from 02 to 32.")
    if digits[2:4] == "00" or digits[4:6] == "00":
        return QT_TRANSLATE_NOOP("Errors", "Digits 3-6 of a TERYT gmina code name a powiat and a gmina (not 00).")
    if int(digits[6]) not in GMINA_KINDS:
        return QT_TRANSLATE_NOOP(
            "Errors", "The last digit of a TERYT gmina code is its type: 1 urban, 2 rural or 3 urban-rural."
        )
    return None


def is_valid_code(code: str) -> bool:
    return code_issue(code) is None


def _text(value: Any, where: str) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValueError(f"{where}: empty")
    return text


def parse_territory(data: Mapping[str, Any]) -> Territory:
    """The gminas of teryt.json's content; ValueError names the entry that is wrong (malformed or
    duplicate code, unknown powiat or voivodeship, DEGURBA not 1-3, a former code that leads nowhere,
    a part without source or with a status other than verified/open)."""
    parts: dict[str, Part] = {}
    for name, raw in dict(data.get("parts", {})).items():
        status = str(raw.get("status", ""))
        if status not in STATUSES:
            raise ValueError(f"part {name}: status {status!r} is not verified/open")
        parts[name] = Part(
            status=status,
            source=_text(raw.get("source"), f"part {name} source"),
            note=str(raw.get("note", "")),
            date=str(raw.get("state_on") or raw.get("edition") or ""),
        )
    for needed in ("terc", "degurba"):
        if needed not in parts:
            raise ValueError(f"part {needed}: missing")
    voivodeships = {str(k): _text(v, f"voivodeship {k}") for k, v in dict(data.get("voivodeships", {})).items()}
    powiats: dict[str, tuple[str, bool]] = {}
    for k, v in dict(data.get("powiats", {})).items():
        powiats[str(k)] = (_text(v[0], f"powiat {k}"), bool(v[1]))
    columns = list(data.get("columns", []))
    if columns != ["code", "name", "degurba"]:
        raise ValueError(f"columns {columns!r} are not ['code', 'name', 'degurba']")
    place_keys = {
        p: (fold_name(name), fold_name(voivodeships[p[:2]])) for p, (name, _) in powiats.items() if p[:2] in voivodeships
    }
    gminas: list[Gmina] = []
    by_code: dict[str, Gmina] = {}
    by_stem: dict[str, Gmina] = {}
    for row in data.get("gminas", []):
        code = str(row[0]).strip()
        where = f"gmina {code or '?'}"
        issue = code_issue(code)
        if issue:
            raise ValueError(f"{where}: {issue}")
        if code in by_code or code[:6] in by_stem:
            raise ValueError(f"{where}: duplicate code")
        if code[:2] not in voivodeships:
            raise ValueError(f"{where}: unknown voivodeship {code[:2]}")
        if code[:4] not in powiats:
            raise ValueError(f"{where}: unknown powiat {code[:4]}")
        degurba = row[2]
        if degurba is not None and degurba not in DEGURBA_CLASSES:
            raise ValueError(f"{where}: DEGURBA {degurba!r} is not 1, 2 or 3")
        name = _text(row[1], where)
        powiat, city_rights = powiats[code[:4]]
        key = fold_name(name)
        gmina = Gmina(
            code=code, name=name, kind=int(code[6]), powiat=powiat, voivodeship=voivodeships[code[:2]],
            city_rights=city_rights, degurba=degurba, key=key, words=tuple(_words(key)), place_keys=place_keys[code[:4]],
        )
        gminas.append(gmina)
        by_code[code] = gmina
        by_stem[code[:6]] = gmina
    if not gminas:
        raise ValueError("no gminas")
    former: dict[str, str] = {}
    for old, new in dict(data.get("former_codes", {})).items():
        if code_issue(old) or old in by_code or new not in by_code:
            raise ValueError(f"former code {old}: must be a well-formed code no longer used, mapped to a current one")
        former[old] = new
    return Territory(
        version=str(data.get("_version", "")),
        gminas=tuple(gminas),
        by_code=MappingProxyType(by_code),
        former_codes=MappingProxyType(former),
        parts=MappingProxyType(parts),
        by_stem=MappingProxyType(by_stem),
    )


def lookup(code: str, territory: Territory) -> Gmina | None:
    """The gmina of ``code``: by the code itself, by a former code, or - when only the type digit R
    changed after the data's state (a village became a town: 2 -> 3) - by its first six digits WWPPGG.
    None for a malformed or unknown code. A result whose ``code`` differs from the one asked for tells the
    caller the stored code is out of date."""
    code = (code or "").strip()
    if code_issue(code):
        return None
    found = territory.by_code.get(code)
    if found is None and code in territory.former_codes:
        found = territory.by_code[territory.former_codes[code]]
    if found is None:
        found = territory.by_stem.get(code[:6])
    return found


def degurba_for(code: str, territory: Territory) -> int | None:
    """The DEGURBA class (1 cities, 2 towns and suburbs, 3 rural areas) of the gmina ``code``; None when the
    code is unknown or the gmina has no class in the data (the advisor then picks it)."""
    gmina = lookup(code, territory)
    return gmina.degurba if gmina else None


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text).split()


def _name_rank(needle: str, gmina: Gmina) -> int | None:
    if gmina.key.startswith(needle):
        return 0
    if any(w.startswith(needle) for w in gmina.words):
        return 1
    if needle in gmina.key:
        return 2
    return None


def _qualifies(qualifier: str, gmina: Gmina) -> bool:
    """A fragment typed after a comma names the powiat, the voivodeship or the type (word-prefix)."""
    if any(word.startswith(qualifier) for word in _KIND_WORDS[gmina.kind]):
        return True  # the whole type word: 'wiejska' is not 'miejsko-wiejska'
    if qualifier.startswith("powiat "):
        qualifier = qualifier[len("powiat "):]
    texts = gmina.place_keys
    # words split at spaces only: 'pomorskie' is not 'kujawsko-pomorskie'
    return any(t.startswith(qualifier) or any(w.startswith(qualifier) for w in t.split()) for t in texts)


def search_gminas(text: str, territory: Territory, limit: int | None = 50) -> list[Gmina]:
    """The gminas matching a typed fragment, for a picker: case and Polish diacritics ignored ('kiel' finds
    Kielce, 'lodz' finds Łódź). Digits match the code's beginning ('2661' finds Kielce). Fragments after a
    comma narrow by powiat, voivodeship or type ('bolesławiec, wiejska'; 'nowa wies, pomorskie').
    A leading 'gmina', 'gm.', 'm.' or 'miasto' is ignored. Order: a name starting with the fragment, then a
    word of the name starting with it, then the fragment anywhere; within each, cities with powiat rights
    first, then by name, powiat and code. At most ``limit`` results (None: all)."""
    pieces = [fold(p) for p in (text or "").split(",")]
    needle, qualifiers = pieces[0], [q for q in pieces[1:] if q]
    for word in _LEADING_WORDS:
        if needle.startswith(word) and len(needle) > len(word):
            needle = needle[len(word):].strip()
    if not needle and not qualifiers:
        return []
    ranked: list[tuple[int, bool, str, str, str, Gmina]] = []
    digits = needle.replace(" ", "")
    for g in territory.gminas:
        if digits.isdigit():
            rank: int | None = 0 if g.code.startswith(digits) else None
        elif needle:
            rank = _name_rank(needle, g)
        else:
            rank = 0
        if rank is None or not all(_qualifies(q, g) for q in qualifiers):
            continue
        ranked.append((rank, not g.city_rights, g.key, g.place_keys[0], g.code, g))
    ranked.sort(key=lambda r: r[:5])
    found = [r[5] for r in ranked]
    return found if limit is None else found[:limit]


def gminas_named(name: str, territory: Territory) -> Sequence[Gmina]:
    """Every gmina whose name is ``name`` (case and diacritics ignored) - more than one means the form
    must ask which (there are 2 Bolesławiec, several Nowa Wieś...)."""
    key = fold(name)
    return [g for g in territory.gminas if g.key == key]
