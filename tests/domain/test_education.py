"""The education picker's data (coopdesk/assets/data/education.json) and functions (coopdesk/domain/education.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from coopdesk.domain import education
from coopdesk.domain.education import (
    esf_group,
    isced_for,
    parse_school_types,
    school_types_for,
    search_school_types,
)
from coopdesk.domain.enums import Isced
from coopdesk.resources import resource_path
from coopdesk.services.reference_data import esf_groups, school_types

TYPES = school_types()
GROUPS = esf_groups()


def _codes(types: list[education.SchoolType]) -> list[str]:
    return [t.code for t in types]


def test_every_entry_maps_to_an_existing_isced_member() -> None:
    raw = json.loads(resource_path("data", "education.json").read_text(encoding="utf-8"))
    members = {m.value for m in Isced}
    assert raw["school_types"]
    for item in raw["school_types"]:
        assert item["isced"] in members, item["code"]
        # the ISCED 2011 level (0-8) and the code coopdesk stores agree
        assert education.isced_of_level(item["isced_level"]) is Isced(item["isced"]), item["code"]
        assert item["source"].strip(), item["code"]
        assert item["status"] in {"verified", "open"}, item["code"]


def test_codes_and_names_are_unique_across_current_and_pre_2017_names() -> None:
    types = TYPES
    assert len({t.code for t in types}) == len(types)
    names = [education.fold(n) for t in types for n in t.names]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_every_isced_member_is_given_by_some_school_type() -> None:
    for member in Isced:
        assert school_types_for(member, TYPES), member


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("NONE", Isced.ISCED0),
        ("PRIMARY_6", Isced.ISCED1),
        ("GIMNAZJUM", Isced.ISCED2),
        ("PRIMARY_8", Isced.ISCED2),
        ("BRANZOWA_1", Isced.ISCED3),
        ("TECHNIKUM_MATURA", Isced.ISCED3),
        ("TECHNIKUM_NO_MATURA", Isced.ISCED3),
        ("LO_MATURA", Isced.ISCED3),
        ("POLICEALNA", Isced.ISCED4),
        ("STUDIA_1", Isced.ISCED5_8),
        ("STUDIA_2", Isced.ISCED5_8),
        ("DOKTORAT", Isced.ISCED5_8),
    ],
)
def test_real_mappings(code: str, expected: Isced) -> None:
    assert isced_for(code, TYPES) is expected


def test_esf_plus_groups_0_2_3_4_5_8() -> None:
    # Reg. (EU) 2021/1057 Annex I: participants with ISCED 0-2, with ISCED 3-4, with ISCED 5-8
    assert esf_group(isced_for("GIMNAZJUM", TYPES), GROUPS) == esf_group(Isced.ISCED0, GROUPS) == "ISCED 0-2"
    assert (esf_group(isced_for("TECHNIKUM_MATURA", TYPES), GROUPS)
            == esf_group(isced_for("POLICEALNA", TYPES), GROUPS) == "ISCED 3-4")
    assert esf_group(isced_for("DOKTORAT", TYPES), GROUPS) == "ISCED 5-8"


def test_unknown_code_is_refused() -> None:
    with pytest.raises(LookupError):
        isced_for("NO_SUCH_SCHOOL", TYPES)


def test_zasadnicza_is_the_pre_2017_name_of_branzowa_i_stopnia() -> None:
    (branzowa,) = [t for t in TYPES if t.code == "BRANZOWA_1"]
    assert branzowa.name == "Branżowa szkoła I stopnia"
    assert branzowa.name_pre_2017 == "Zasadnicza szkoła zawodowa"
    assert branzowa.valid_from == date(2017, 9, 1)


def test_search_ignores_diacritics_and_case_and_finds_either_name() -> None:
    # the pre-2017 name, typed without Polish letters
    assert "BRANZOWA_1" in _codes(search_school_types("zasadnicza", TYPES))
    # the current name, typed without ż
    assert "BRANZOWA_1" in _codes(search_school_types("BRANZOWA", TYPES))
    # ł typed as l, a fragment in the middle of the name
    assert "LO_MATURA" in _codes(search_school_types("ogolnoksztal", TYPES))
    assert _codes(search_school_types("gimnaz", TYPES)) == ["GIMNAZJUM"]
    assert search_school_types("xyzzy", TYPES) == []


def test_search_with_an_empty_fragment_offers_everything_in_the_data_order() -> None:
    assert search_school_types("  ", TYPES) == list(TYPES)


def test_search_puts_names_starting_with_the_fragment_first() -> None:
    found = _codes(search_school_types("tech", TYPES))
    assert found[:2] == ["TECHNIKUM_MATURA", "TECHNIKUM_NO_MATURA"]


def test_search_finds_everyday_aliases() -> None:
    assert "BRANZOWA_1" in _codes(search_school_types("zawodówka", TYPES))
    assert "STUDIA_1" in _codes(search_school_types("licencjat", TYPES))
    assert "STUDIA_2" in _codes(search_school_types("magister", TYPES))


def test_reverse_lists_the_school_types_of_a_level_for_an_old_record() -> None:
    old = _codes(school_types_for(Isced.ISCED2, TYPES))
    assert "GIMNAZJUM" in old and "PRIMARY_8" in old
    assert "LO_MATURA" not in old
    assert set(_codes(school_types_for(Isced.ISCED4, TYPES))) == {"POLICEALNA"}


def test_parse_refuses_a_level_the_enum_does_not_know() -> None:
    data = {"school_types": [{"code": "X", "name": "X", "isced_level": 9, "isced": "9", "source": "s",
                              "status": "open"}]}
    with pytest.raises(ValueError, match="X"):
        parse_school_types(data)


def test_parse_refuses_isced_that_disagrees_with_the_level() -> None:
    data = {"school_types": [{"code": "X", "name": "X", "isced_level": 3, "isced": "2", "source": "s",
                              "status": "open"}]}
    with pytest.raises(ValueError, match="X"):
        parse_school_types(data)


def test_parse_refuses_a_duplicate_name() -> None:
    item = {"isced_level": 3, "isced": "3", "source": "s", "status": "open"}
    data = {"school_types": [{"code": "A", "name": "Technikum", **item},
                             {"code": "B", "name": "Inne", "name_pre_2017": "technikum", **item}]}
    with pytest.raises(ValueError, match="technikum"):
        parse_school_types(data)


def test_esf_groups_must_cover_every_isced_member_once() -> None:
    with pytest.raises(ValueError, match="exactly one group"):
        education.parse_esf_groups({"esf_groups": [{"label": "ISCED 0-2", "isced": ["0", "1", "2"]}]})


def test_fold_drops_polish_diacritics_including_l_stroke() -> None:
    assert education.fold("  Zasadnicza   SZKOŁA  zawodówka ") == "zasadnicza szkola zawodowka"
    assert education.fold("Żółć ĄĘŚĆŃŹ") == "zolc aescnz"
