"""The shipped reference tables the pure domain decides with, read once (issue 8).

Services load, domain decides: ``coopdesk.domain`` reads no file, so its functions take these tables as a
parameter. This module reads the package data (``coopdesk/assets/data``, via ``resource_path``), hands the
JSON to the domain's pure ``parse_*`` functions and caches the result for the life of the process (the
files are read-only; a corrected table ships as a new file version).

How the wiring is meant to use it (not yet): the service or form controller that needs a check calls
these and passes the result on, e.g. ``education.isced_for(code, school_types())``,
``education.esf_group(isced, esf_groups())``, ``catalogues.eligible_on(assignments, USP_ART4_UST1, day,
catalogues())`` and ``labour.labour_issues(facts, codes, birth_date=..., day=...,
catalogues=catalogues(), rules=long_term_rules())``. Tests use the same functions to get the shipped data.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from typing import Any

from coopdesk.domain.catalogues import Catalogues, parse_catalogues
from coopdesk.domain.citizenship import CitizenshipTable, parse_citizenship
from coopdesk.domain.education import EsfGroup, SchoolType, parse_esf_groups, parse_school_types
from coopdesk.domain.header_match import HeaderSynonyms, parse_header_synonyms
from coopdesk.domain.import_values import ImportValues, parse_import_values
from coopdesk.domain.labour import LongTermRules, parse_long_term_rules
from coopdesk.domain.territory import Territory, parse_territory
from coopdesk.resources import resource_path


def _read(name: str) -> Any:
    return json.loads(resource_path("data", name).read_text(encoding="utf-8"))


@cache
def _education() -> Any:
    return _read("education.json")


@cache
def school_types() -> tuple[SchoolType, ...]:
    """The school types of education.json, in the data's order (the picker's order when nothing is typed)."""
    return tuple(parse_school_types(_education()))


@cache
def esf_groups() -> tuple[EsfGroup, ...]:
    """The ESF+ indicator groups of education.json (ISCED 0-2, 3-4, 5-8)."""
    return tuple(parse_esf_groups(_education()))


@cache
def catalogues() -> Catalogues:
    """The at-risk catalogues of category_catalogues.json."""
    return parse_catalogues(_read("category_catalogues.json"))


@cache
def long_term_rules() -> LongTermRules:
    """The ESF+ long-term unemployment thresholds of labour_market.json."""
    return parse_long_term_rules(_read("labour_market.json")["long_term_unemployment"])


@cache
def territory() -> Territory:
    """The gminas of teryt.json (TERYT TERC codes, names, powiat/voivodeship, DEGURBA), read on first use
    - not at start-up - and kept: about 2,500 rows, some milliseconds."""
    return parse_territory(_read("teryt.json"))


@cache
def citizenship_table() -> CitizenshipTable:
    """The citizenship groups and third-country-national definitions of citizenship.json."""
    return parse_citizenship(_read("citizenship.json"))


@cache
def header_synonyms() -> HeaderSynonyms:
    """The column headers of participant spreadsheets by the field they fill (import_headers.json; issue 9)."""
    return parse_header_synonyms(_read("import_headers.json"))


@cache
def import_values() -> ImportValues:
    """The cell values of participant spreadsheets accepted for each coded field (import_values.json; issue 9),
    with the gminas a TERYT code must name."""
    return replace(parse_import_values(_read("import_values.json")), territory=territory())
