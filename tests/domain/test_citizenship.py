"""Citizenship groups as ESF+ counts them (coopdesk/assets/data/citizenship.json, coopdesk/domain/citizenship.py)."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest

from coopdesk.domain.citizenship import citizenship_group, is_third_country_national, parse_citizenship
from coopdesk.domain.enums import Citizenship
from coopdesk.resources import resource_path
from coopdesk.services.reference_data import citizenship_table

TABLE = citizenship_table()


def _raw() -> dict[str, Any]:
    return json.loads(resource_path("data", "citizenship.json").read_text(encoding="utf-8"))


def test_the_eu_has_27_member_states_without_the_united_kingdom() -> None:
    assert len(TABLE.eu) == 27
    assert "GB" not in TABLE.eu and "HR" in TABLE.eu and "PL" in TABLE.eu
    assert TABLE.eu_valid_from == date(2020, 2, 1)
    assert TABLE.eea_ch == {"IS", "LI", "NO", "CH"}


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("PL", Citizenship.POLISH),
        ("pl", Citizenship.POLISH),
        (" de ", Citizenship.EU),
        ("GR", Citizenship.EU),
        ("EL", Citizenship.EU),  # Greece as Eurostat writes it
        ("HR", Citizenship.EU),
        ("UA", Citizenship.NON_EU),
        ("BY", Citizenship.NON_EU),
        ("GB", Citizenship.NON_EU),  # left on 1 February 2020
        ("US", Citizenship.NON_EU),
        ("XXA", Citizenship.STATELESS),
        ("xxa", Citizenship.STATELESS),
        ("XXB", Citizenship.NON_EU),  # refugee document without a country
        ("XXX", Citizenship.NON_EU),
    ],
)
def test_citizenship_group(code: str, group: Citizenship) -> None:
    assert citizenship_group(code, TABLE) is group


def test_eea_and_swiss_citizens_depend_on_the_definition() -> None:
    # the ESF+ indicator's definition (default, open): not an EU citizen -> third-country national
    assert TABLE.default_definition == "esf_plus"
    for code in ("NO", "IS", "LI", "CH"):
        assert citizenship_group(code, TABLE) is Citizenship.NON_EU
        assert is_third_country_national(code, TABLE)
        # the migration-law meaning: they enjoy free movement, so they are not
        assert citizenship_group(code, TABLE, "free_movement") is Citizenship.EU
        assert not is_third_country_national(code, TABLE, "free_movement")


def test_third_country_nationals_include_the_stateless_but_not_eu_citizens() -> None:
    assert is_third_country_national("UA", TABLE)
    assert is_third_country_national("XXA", TABLE)
    assert not is_third_country_national("PL", TABLE)
    assert not is_third_country_national("FR", TABLE)


@pytest.mark.parametrize("code", ["", "P", "POL", "12", "Ü1", "XXZ"])
def test_not_a_country_code(code: str) -> None:
    with pytest.raises(ValueError, match="not a country code"):
        citizenship_group(code, TABLE)


def test_every_part_is_marked_with_source_and_status() -> None:
    raw = _raw()
    for key in ("eu_member_states", "eea_ch"):
        assert raw[key]["status"] in {"verified", "open"} and raw[key]["source"].strip()
    for group in Citizenship:
        entry = raw["groups"][group.value]
        assert entry["status"] in {"verified", "open"} and entry["source"].strip() and entry["sm_efs"].strip()
    for definition in TABLE.definitions.values():
        assert definition.status in {"verified", "open"} and definition.source
    # the ESF+ reading of EEA/CH is not verified: it must say so
    assert TABLE.definitions["esf_plus"].status == "open"
    # SM EFS has one value for non-EU citizens and stateless persons
    assert TABLE.sm_efs[Citizenship.NON_EU] == TABLE.sm_efs[Citizenship.STATELESS]


def test_parse_refuses_broken_data() -> None:
    raw = _raw()

    def broken(change: Any) -> dict[str, Any]:
        data = copy.deepcopy(raw)
        change(data)
        return data

    cases = [
        (lambda d: d["eu_member_states"]["codes"].append("de"), "upper-case"),
        (lambda d: d["eu_member_states"]["codes"].append("DE"), "duplicate"),
        (lambda d: d["eu_member_states"]["codes"].remove("PL"), "PL missing"),
        (lambda d: d["eea_ch"]["codes"].append("AT"), "EU member states"),
        (lambda d: d["groups"].pop("EU"), "group EU"),
        (lambda d: d["groups"]["PL"].__setitem__("status", "sure"), "verified/open"),
        (lambda d: d["definitions"]["esf_plus"].__setitem__("eea_ch_group", "STATELESS"), "EU or NON_EU"),
        (lambda d: d["definitions"]["esf_plus"].__setitem__("source", " "), "no source"),
        (lambda d: d.__setitem__("default_definition", "other"), "default_definition"),
    ]
    for change, message in cases:
        with pytest.raises(ValueError, match=message):
            parse_citizenship(broken(change))
