"""Citizenship groups as ESF+ monitoring counts them: Polish, other EU, non-EU (third country), stateless (issue 8).

The data are ``coopdesk/assets/data/citizenship.json``: the EU member states (with the date the list holds
from), the EEA/Swiss states, the ICAO codes for travel documents without a country, the SM EFS dictionary
value per group, and the definitions of a "third-country national" - the ESF+ indicator's and the
migration-law one differ on EEA/Swiss citizens, which domain.md says must be checked per indicator, so
each definition is data with its own source and "verified"/"open" status. This module is pure:
``parse_citizenship`` turns the file's content into a frozen ``CitizenshipTable`` and the functions
answer with it; ``coopdesk.services.reference_data.citizenship_table()`` reads the file once.

How the wiring is meant to use it: where a country is known (a foreigner's document, an import), the
form or service sets the participant's ``Citizenship`` to ``citizenship_group(country, table)``; the
SM EFS export writes ``table.sm_efs[group]``; the "third-country nationals" count asks
``is_third_country_national(country, table, definition)`` with the definition the indicator uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from coopdesk.domain.enums import Citizenship

STATUSES = frozenset({"verified", "open"})


@dataclass(frozen=True)
class Definition:
    key: str
    label: str
    eea_ch_group: Citizenship  # EU or NON_EU
    stateless_is_third_country: bool
    status: str
    source: str
    note: str = ""


@dataclass(frozen=True)
class CitizenshipTable:
    version: str
    eu: frozenset[str]
    eu_valid_from: date
    eea_ch: frozenset[str]
    stateless_codes: frozenset[str]
    non_eu_special_codes: frozenset[str]
    sm_efs: Mapping[Citizenship, str]
    definitions: Mapping[str, Definition]
    default_definition: str


def _status(value: Any, where: str) -> str:
    status = str(value or "")
    if status not in STATUSES:
        raise ValueError(f"{where}: status {status!r} is not verified/open")
    return status


def _codes(values: Any, where: str, length: int) -> frozenset[str]:
    codes = [str(v) for v in values or []]
    for code in codes:
        if len(code) != length or not (code.isascii() and code.isalpha() and code.isupper()):
            raise ValueError(f"{where}: {code!r} is not a {length}-letter upper-case code")
    if len(set(codes)) != len(codes):
        raise ValueError(f"{where}: duplicate code")
    return frozenset(codes)


def parse_citizenship(data: Mapping[str, Any]) -> CitizenshipTable:
    """The table of citizenship.json's content; ValueError names the entry that is wrong."""
    eu_raw = data["eu_member_states"]
    _status(eu_raw.get("status"), "eu_member_states")
    eu = _codes(eu_raw.get("codes"), "eu_member_states", 2)
    if "PL" not in eu:
        raise ValueError("eu_member_states: PL missing")
    eea_raw = data["eea_ch"]
    _status(eea_raw.get("status"), "eea_ch")
    eea = _codes(eea_raw.get("codes"), "eea_ch", 2)
    if eea & eu:
        raise ValueError(f"eea_ch: {sorted(eea & eu)} are EU member states")
    sm_efs: dict[Citizenship, str] = {}
    for group in Citizenship:
        raw = data["groups"].get(group.value)
        if not raw or not str(raw.get("sm_efs", "")).strip() or not str(raw.get("source", "")).strip():
            raise ValueError(f"group {group.value}: missing, or without SM EFS value or source")
        _status(raw.get("status"), f"group {group.value}")
        sm_efs[group] = str(raw["sm_efs"])
    definitions: dict[str, Definition] = {}
    for key, raw in dict(data.get("definitions", {})).items():
        where = f"definition {key}"
        group = Citizenship(str(raw.get("eea_ch_group")))
        if group not in (Citizenship.EU, Citizenship.NON_EU):
            raise ValueError(f"{where}: eea_ch_group must be EU or NON_EU")
        source = str(raw.get("source", "")).strip()
        if not source:
            raise ValueError(f"{where}: no source")
        definitions[key] = Definition(
            key=key, label=str(raw.get("label", key)), eea_ch_group=group,
            stateless_is_third_country=bool(raw.get("stateless_is_third_country")),
            status=_status(raw.get("status"), where), source=source, note=str(raw.get("note", "")),
        )
    default = str(data.get("default_definition", ""))
    if default not in definitions:
        raise ValueError(f"default_definition {default!r} is not a definition")
    return CitizenshipTable(
        version=str(data.get("_version", "")),
        eu=eu,
        eu_valid_from=date.fromisoformat(str(eu_raw["valid_from"])),
        eea_ch=eea,
        stateless_codes=_codes(data.get("stateless_codes"), "stateless_codes", 3),
        non_eu_special_codes=_codes(data.get("non_eu_special_codes"), "non_eu_special_codes", 3),
        sm_efs=MappingProxyType(sm_efs),
        definitions=MappingProxyType(definitions),
        default_definition=default,
    )


def citizenship_group(
    citizenship_code: str, table: CitizenshipTable, definition: str | None = None
) -> Citizenship:
    """The group of a citizenship given as an ISO 3166-1 alpha-2 country code ('de', 'UA'; case and spaces
    ignored; 'EL' as Eurostat writes Greece) or an ICAO code for a document without a country (XXA stateless,
    XXB/XXC/XXX non-EU): PL -> POLISH, another EU member state -> EU, an EEA state or Switzerland -> as the
    ``definition`` says (default: the table's, the ESF+ indicator's), any other country -> NON_EU.
    ValueError for anything that is not such a code."""
    code = (citizenship_code or "").strip().upper()
    if code == "EL":
        code = "GR"
    if code in table.stateless_codes:
        return Citizenship.STATELESS
    if code in table.non_eu_special_codes:
        return Citizenship.NON_EU
    if len(code) != 2 or not (code.isascii() and code.isalpha()):
        raise ValueError(f"{citizenship_code!r} is not a country code")
    if code == "PL":
        return Citizenship.POLISH
    if code in table.eu:
        return Citizenship.EU
    if code in table.eea_ch:
        return table.definitions[definition or table.default_definition].eea_ch_group
    return Citizenship.NON_EU


def is_third_country_national(
    citizenship_code: str, table: CitizenshipTable, definition: str | None = None
) -> bool:
    """Whether the person counts as a third-country national under ``definition`` (default: the ESF+
    indicator's): a non-EU citizen, and a stateless person when the definition includes them."""
    group = citizenship_group(citizenship_code, table, definition)
    if group is Citizenship.STATELESS:
        return table.definitions[definition or table.default_definition].stateless_is_third_country
    return group is Citizenship.NON_EU
