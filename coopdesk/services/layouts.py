"""The monitoring systems' participant layouts as data (issue 9; domain.md §2.2-2.4).

Each layout is a file ``coopdesk/assets/data/layout_<name>.json``: the columns in order (the header exactly as
the system has it, what fills it — a coopdesk field or a computed value named in ``SOURCES`` —, the
dictionary that turns coopdesk's codes into the system's strings, the kind and the width), the
dictionaries, and the sheet of support forms (one row per form) where the layout has one. A changed
template is an edit of the file; ``load_layout`` checks it and names the file and the column of anything
it does not know, so a mistake shows at the first export, never as a wrong column in a partner's file.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    ContractForm,
    Degurba,
    DisabilityDegree,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    Sex,
    Stage,
    SupportForm,
)
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.resources import resource_path

LAYOUT_NAMES = ("smefs", "sl2014", "plain")  # SM EFS (CST2021) first: the default
KINDS = ("text", "id", "date", "int", "number")
FORBIDDEN_IN_SHEET_NAMES = set("[]:*?/\\")


class YesNo(StrEnum):
    """A computed yes or no (no PESEL, a third-country national): the codes of ``Answer`` without a refusal."""

    YES = "yes"
    NO = "no"


@dataclass(frozen=True)
class Source:
    """What can fill a column: a field of the person or of the participation, or a computed value."""

    codes: type[StrEnum] | None = None  # the coded values it yields (a dictionary must name each)
    special: bool = False  # GDPR Art. 9/10 data: written only for roles allowed to read them
    support: bool = False  # a form of support's own value: only on the support sheet


_PERSON = ("uuid", "first_name", "last_name", "pesel", "birth_date", "phone", "email", "street", "building_no",
           "flat_no", "postal_code", "recruitment_date", "home_voivodeship", "home_powiat", "home_gmina",
           "home_town", "home_teryt")
_PARTICIPATION = ("participation_uuid", "institution_name", "institution_nip", "pup_registered_on",
                  "unemployed_since", "teryt", "voivodeship", "powiat", "gmina", "town", "info_clause_on",
                  "start_date", "exit_date", "employment_start", "employment_fte", "employment_months",
                  "employment_proof", "employment_checked_on")
_COMPUTED = ("project", "age_at_entry", "country", "business_start", "supports_text", "first_support_start",
             "first_support_end", "blank")

SOURCES: dict[str, Source] = {
    **{name: Source() for name in (*_PERSON, *_PARTICIPATION, *_COMPUTED)},
    "sex": Source(Sex), "citizenship": Source(Citizenship), "stage": Source(Stage),
    "participant_type": Source(ParticipantType), "labour_status": Source(LabourStatus),
    "labour_detail": Source(LabourDetail), "education": Source(Isced), "degurba": Source(Degurba),
    "exit_reason": Source(ExitReason), "completed_path": Source(Answer), "exit_situation": Source(ExitSituation),
    "employment_contract": Source(ContractForm),
    "no_pesel": Source(YesNo), "third_country": Source(YesNo), "first_support_form": Source(SupportForm),
    # Art. 9 data (health, ethnic origin) and what reveals it
    "disability": Source(Answer, special=True), "disability_degree": Source(DisabilityDegree, special=True),
    "disability_kind": Source(Answer, special=True), "minority": Source(Answer, special=True),
    "foreign_background": Source(Answer, special=True), "homeless": Source(Answer, special=True),
    "minority_or_migrant": Source(Answer, special=True), "categories": Source(special=True),
    # one form of support (the support sheet's rows)
    "support_form": Source(SupportForm, support=True), "support_start": Source(support=True),
    "support_end": Source(support=True),
}


class LayoutInvalid(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "The export layout {file} cannot be used: {reason}")


UNKNOWN_SOURCE = QT_TRANSLATE_NOOP(
    "Errors", "The export layout {file}, column {column} ({header}): nothing called {source} can fill a column.")
UNKNOWN_DICTIONARY = QT_TRANSLATE_NOOP(
    "Errors", "The export layout {file}, column {column} ({header}): the file has no dictionary {dictionary}.")
MISSING_CODES = QT_TRANSLATE_NOOP(
    "Errors", "The export layout {file}, column {column} ({header}): the dictionary {dictionary} has no text for "
              "{codes}.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Errors", "The export layout {file}, column {column} ({header}): the kind {kind} is not one of date, text, "
              "int, number, id.")
SUPPORT_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "The export layout {file}, column {column} ({header}): {source} belongs on the support forms' sheet.")
BAD_SHEET = QT_TRANSLATE_NOOP(
    "Errors", "The export layout {file}: {sheet} cannot name a sheet (at most 31 characters, none of [ ] : * ? / \\).")
UNKNOWN_LAYOUT = QT_TRANSLATE_NOOP("Errors", "There is no export layout {name}; the layouts are {names}.")


@dataclass(frozen=True)
class LayoutColumn:
    header: str
    source: str
    dictionary: str | None
    kind: str
    width: float

    @property
    def special(self) -> bool:
        return SOURCES[self.source].special


@dataclass(frozen=True)
class SheetLayout:
    name: str
    columns: tuple[LayoutColumn, ...]


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    version: str
    file: str
    sheet: SheetLayout
    supports: SheetLayout | None  # one row per form of support, when the layout has such a sheet
    dictionaries: Mapping[str, Mapping[str, str]]
    people_without_participation: bool  # a person without any participation gets a row (unfiltered lists)

    def label(self, column: LayoutColumn, code: object) -> str:
        """The layout's text for a coded value ('' for none)."""
        if code is None or code == "":
            return ""
        if column.dictionary is None:
            return str(code)
        return self.dictionaries[column.dictionary].get(str(code), str(code))


def _invalid(file: str, template: str, **params: object) -> LayoutInvalid:
    return LayoutInvalid(template, file=file, **{k: str(v) for k, v in params.items()})


def _sheet_name(file: str, name: object) -> str:
    text = str(name or "").strip()
    if not text or len(text) > 31 or set(text) & FORBIDDEN_IN_SHEET_NAMES:
        raise _invalid(file, BAD_SHEET, sheet=repr(text))
    return text


def _columns(file: str, raw: Any, dictionaries: Mapping[str, Mapping[str, str]], support: bool
             ) -> tuple[LayoutColumn, ...]:
    if not isinstance(raw, list) or not raw:
        raise LayoutInvalid(file=file, reason="'columns' must be a non-empty list")
    columns = []
    for number, item in enumerate(raw, start=1):
        header = str(item.get("header", "")).strip()
        source = str(item.get("source", ""))
        where = {"column": number, "header": repr(header)}
        if source not in SOURCES:
            raise _invalid(file, UNKNOWN_SOURCE, source=repr(source), **where)
        if SOURCES[source].support and not support:
            raise _invalid(file, SUPPORT_ONLY, source=source, **where)
        kind = str(item.get("kind", "text"))
        if kind not in KINDS:
            raise _invalid(file, UNKNOWN_KIND, kind=repr(kind), **where)
        dictionary = item.get("dictionary")
        if dictionary is not None:
            if dictionary not in dictionaries:
                raise _invalid(file, UNKNOWN_DICTIONARY, dictionary=repr(dictionary), **where)
            codes = SOURCES[source].codes
            missing = [c.value for c in codes if c.value and c.value not in dictionaries[dictionary]] if codes else []
            if missing:
                raise _invalid(file, MISSING_CODES, dictionary=dictionary, codes=", ".join(missing), **where)
        columns.append(LayoutColumn(header, source, dictionary, kind, float(item.get("width", 14))))
    return tuple(columns)


def parse_layout(data: Mapping[str, Any], file: str) -> Layout:
    """A layout from the JSON of ``file``; LayoutInvalid naming the file and the column of a problem."""
    try:
        dictionaries = {str(name): {str(k): str(v) for k, v in table.items()}
                        for name, table in dict(data.get("dictionaries", {})).items()}
        main = SheetLayout(_sheet_name(file, data.get("sheet")), _columns(file, data["columns"], dictionaries, False))
        supports = None
        if data.get("support_sheet"):
            raw = data["support_sheet"]
            supports = SheetLayout(_sheet_name(file, raw.get("sheet")),
                                   _columns(file, raw["columns"], dictionaries, True))
        return Layout(str(data["name"]), str(data.get("title", data["name"])), str(data.get("version", "")), file,
                      main, supports, dictionaries, bool(data.get("people_without_participation", False)))
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        if isinstance(exc, CoopdeskError):
            raise
        raise LayoutInvalid(file=file, reason=f"{type(exc).__name__}: {exc}") from exc


def layout_file(name: str) -> str:
    return f"layout_{name}.json"


@cache
def load_layout(name: str) -> Layout:
    """The shipped layout ``name`` (one of LAYOUT_NAMES), checked."""
    if name not in LAYOUT_NAMES:
        raise CoopdeskError(UNKNOWN_LAYOUT, name=name, names=", ".join(LAYOUT_NAMES))
    file = layout_file(name)
    try:
        data = json.loads(resource_path("data", file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LayoutInvalid(file=file, reason=f"{type(exc).__name__}: {exc}") from exc
    return parse_layout(data, file)


@functools.cache
def written_alike() -> dict[str, tuple[frozenset[str], ...]]:
    """For each source field, the groups of codes some shipped layout writes with one string (SM EFS writes
    "Osoba bezrobotna" for registered and unregistered alike, ISCED 3 and 4 as one range): a file in that
    layout cannot tell them apart, so an import reading one of them does not contradict the other."""
    groups: dict[str, set[frozenset[str]]] = {}
    for name in LAYOUT_NAMES:
        layout = load_layout(name)
        for sheet in (layout.sheet, layout.supports):
            for column in sheet.columns if sheet is not None else ():
                if column.dictionary is None:
                    continue
                by_text: dict[str, set[str]] = {}
                for code, text in layout.dictionaries[column.dictionary].items():
                    by_text.setdefault(text, set()).add(code)
                for codes in by_text.values():
                    if len(codes) > 1:
                        groups.setdefault(column.source, set()).add(frozenset(codes))
    return {source: tuple(found) for source, found in groups.items()}

