"""The gmina dictionary (coopdesk/assets/data/teryt.json) and its functions (coopdesk/domain/territory.py)."""

from __future__ import annotations

import copy
import json
import time
from collections import Counter
from typing import Any

import pytest

from coopdesk.domain import territory as terr
from coopdesk.domain.territory import (
    code_issue,
    degurba_for,
    gminas_named,
    is_valid_code,
    lookup,
    parse_territory,
    search_gminas,
)
from coopdesk.resources import resource_path
from coopdesk.services import reference_data

T = reference_data.territory()


def _raw() -> dict[str, Any]:
    return json.loads(resource_path("data", "teryt.json").read_text(encoding="utf-8"))


def _names(found: list[terr.Gmina]) -> list[str]:
    return [g.name for g in found]


def test_every_gmina_of_poland_is_there_once_with_its_type() -> None:
    # TERC state 2024-01-01: 302 urban, 1,464 rural and 711 urban-rural gminas
    assert len(T.gminas) == 2477
    assert Counter(g.kind for g in T.gminas) == {1: 302, 2: 1464, 3: 711}
    assert len({g.code for g in T.gminas}) == 2477
    assert len({g.voivodeship for g in T.gminas}) == 16
    assert len({g.code[:4] for g in T.gminas}) == 380  # 314 powiats + 66 cities with powiat rights


def test_the_header_names_a_source_date_and_status_per_part() -> None:
    raw = _raw()
    for name in ("terc", "names", "degurba", "former_codes"):
        part = raw["parts"][name]
        assert part["status"] in {"verified", "open"}, name
        assert part["source"].strip(), name
    assert T.parts["terc"].date == "2024-01-01"
    assert "github" in T.parts["terc"].source.lower() or "/" in T.parts["terc"].source
    # the DEGURBA edition is old: it must stay marked open, never passed off as verified
    assert T.parts["degurba"].status == "open"
    assert T.parts["degurba"].date == "2014"


@pytest.mark.parametrize(
    ("code", "name", "powiat", "voivodeship", "kind", "city_rights", "degurba"),
    [
        ("2661011", "Kielce", "Kielce", "świętokrzyskie", 1, True, 1),
        ("2604033", "Chęciny", "kielecki", "świętokrzyskie", 3, False, 3),
        ("1465011", "Warszawa", "Warszawa", "mazowieckie", 1, True, 1),
        ("1261011", "Kraków", "Kraków", "małopolskie", 1, True, 1),
        ("0201011", "Bolesławiec", "bolesławiecki", "dolnośląskie", 1, False, 2),
        ("0201022", "Bolesławiec", "bolesławiecki", "dolnośląskie", 2, False, 3),
        ("3263011", "Świnoujście", "Świnoujście", "zachodniopomorskie", 1, True, 2),
    ],
)
def test_lookup_gives_names_as_esf_forms_write_them(
    code: str, name: str, powiat: str, voivodeship: str, kind: int, city_rights: bool, degurba: int
) -> None:
    g = lookup(code, T)
    assert g is not None
    assert (g.code, g.name, g.powiat, g.voivodeship, g.kind, g.city_rights) == (
        code, name, powiat, voivodeship, kind, city_rights,
    )
    assert degurba_for(code, T) == degurba
    assert g.label == f"{name} ({powiat}, {voivodeship})"


def test_every_shipped_gmina_has_a_degurba_class() -> None:
    assert Counter(g.degurba for g in T.gminas) == {1: 74, 2: 527, 3: 1876}
    # every voivodeship city is a 'city' (1)
    for code in ("0264011", "1061011", "1261011", "1465011", "2469011", "3064011", "3262011"):
        assert degurba_for(code, T) == 1, code


def test_a_former_code_and_a_changed_type_digit_still_find_the_gmina() -> None:
    # Miękinia became urban-rural between the 2020 and 2024 states: 0218032 -> 0218033
    assert lookup("0218032", T) == lookup("0218033", T)
    assert lookup("0218032", T).code == "0218033"  # type: ignore[union-attr]
    # a code whose R changed after the data's state: same WWPPGG -> the gmina, with its current code
    found = lookup("0201013", T)
    assert found is not None and found.code == "0201011"
    assert lookup("0201099", T) is None  # the gmina's digits unknown
    assert degurba_for("9999999", T) is None


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "exactly 7 digits"),
        ("266101", "exactly 7 digits"),
        ("26610111", "exactly 7 digits"),
        ("26a1011", "exactly 7 digits"),
        ("２６６１０１１", "exactly 7 digits"),  # full-width digits are not ASCII
        ("0361011", "even number from 02 to 32"),
        ("3461011", "even number from 02 to 32"),
        ("0061011", "even number from 02 to 32"),
        ("2600011", "not 00"),
        ("2661001", "not 00"),
        ("2661014", "1 urban, 2 rural or 3 urban-rural"),
        ("2661018", "1 urban, 2 rural or 3 urban-rural"),
    ],
)
def test_code_issue_says_what_is_wrong(code: str, message: str) -> None:
    issue = code_issue(code)
    assert issue is not None and message in issue
    assert not is_valid_code(code)
    assert lookup(code, T) is None


def test_a_well_formed_code_has_no_issue() -> None:
    assert code_issue("2661011") is None
    assert code_issue(" 2604033 ") is None
    assert is_valid_code("3263011")


def test_search_ignores_case_and_diacritics() -> None:
    assert _names(search_gminas("kiel", T))[0] == "Kielce"
    assert _names(search_gminas("KIELC", T))[0] == "Kielce"
    assert _names(search_gminas("lodz", T))[0] == "Łódź"
    assert _names(search_gminas("checiny", T)) == ["Chęciny"]
    assert _names(search_gminas("gmina Chęciny", T)) == ["Chęciny"]
    assert search_gminas("", T) == []
    assert search_gminas("zzzqqq", T) == []


def test_search_order_prefix_then_word_then_anywhere() -> None:
    names = _names(search_gminas("gora", T, limit=None))
    first_word = next(i for i, n in enumerate(names) if not terr.fold(n).startswith("gora"))
    assert all(terr.fold(n).startswith("gora") for n in names[:first_word])
    assert "Jelenia Góra" in names[first_word:]  # a later word
    assert "Zielona Góra" in names
    # a city with powiat rights comes first among names that start alike
    assert _names(search_gminas("bolesławiec", T))[0] == "Bolesławiec"
    assert search_gminas("bolesławiec", T)[0].kind == 1


def test_search_after_a_comma_narrows_by_powiat_voivodeship_or_type() -> None:
    both = search_gminas("bolesławiec", T)
    assert {g.code for g in both} >= {"0201011", "0201022"}
    rural = [g.code for g in search_gminas("Bolesławiec, wiejska", T)]
    assert rural[0] == "0201022"  # the rural gmina; 'wiejska' is not 'miejsko-wiejska' (1018013)
    assert "0201011" not in rural and "1018013" not in rural
    assert [g.code for g in search_gminas("Bolesławiec, miejsko", T)] == ["1018013"]
    assert [g.code for g in search_gminas("bolesławiec, łódzkie", T)] == ["1018013"]
    many = search_gminas("nowa wieś", T, limit=None)
    assert len(many) > 1
    narrowed = search_gminas("nowa wieś, powiat", T, limit=None)
    assert narrowed == []  # 'powiat' alone names no powiat
    one = search_gminas("kielce, kielce", T)
    assert _names(one) == ["Kielce"]
    assert all(g.voivodeship == "pomorskie" for g in search_gminas("a, pomorskie", T, limit=None))
    # only a qualifier: every gmina of that powiat
    kieleckie = search_gminas(", kielecki", T, limit=None)
    assert len(kieleckie) == 19 and all(g.powiat == "kielecki" for g in kieleckie)


def test_search_by_code_digits_and_limit() -> None:
    assert [g.code for g in search_gminas("2661", T)] == ["2661011"]
    assert all(g.code.startswith("26") for g in search_gminas("26", T, limit=None))
    assert len(search_gminas("a", T, limit=10)) == 10
    assert len(search_gminas("a", T, limit=None)) > 1000


def test_gminas_named_finds_namesakes() -> None:
    assert {g.code for g in gminas_named("bolesławiec", T)} == {"0201011", "0201022", "1018013"}
    assert len(gminas_named("Nowa Wieś Wielka", T)) == 1


def test_parse_refuses_broken_data() -> None:
    raw = _raw()

    def broken(change: Any) -> dict[str, Any]:
        data = copy.deepcopy(raw)
        change(data)
        return data

    cases = [
        (lambda d: d["gminas"].append(["2661011", "Kielce", 1]), "duplicate"),
        (lambda d: d["gminas"].append(["2661012", "Kielce bis", 1]), "duplicate"),  # same WWPPGG
        (lambda d: d["gminas"].append(["2699011", "X", 1]), "unknown powiat"),
        (lambda d: d["gminas"].append(["3561011", "X", 1]), "even number"),
        (lambda d: d["gminas"].__setitem__(0, [d["gminas"][0][0], d["gminas"][0][1], 4]), "DEGURBA"),
        (lambda d: d["gminas"].__setitem__(0, [d["gminas"][0][0], " ", 1]), "empty"),
        (lambda d: d["parts"]["degurba"].__setitem__("status", "sure"), "verified/open"),
        (lambda d: d["parts"]["terc"].__setitem__("source", ""), "empty"),
        (lambda d: d["parts"].pop("degurba"), "missing"),
        (lambda d: d["former_codes"].__setitem__("0218031", "0000000"), "former code"),
        (lambda d: d["former_codes"].__setitem__("2661011", "2661011"), "former code"),
        (lambda d: d.__setitem__("columns", ["name", "code", "degurba"]), "columns"),
        (lambda d: d.__setitem__("gminas", []), "no gminas"),
    ]
    for change, message in cases:
        with pytest.raises(ValueError, match=message):
            parse_territory(broken(change))


def test_the_quick_fold_agrees_with_the_general_one() -> None:
    for g in T.gminas:
        assert g.key == terr.fold(g.name), g.name
        assert g.place_keys == (terr.fold(g.powiat), terr.fold(g.voivodeship)), g.code
    for text in ("Łódź", "ŻARÓW", "Kędzierzyn-Koźle", "  Nowa   Wieś ", "Müllerowo", "Ærø"):
        assert terr.fold_name(text) == terr.fold(text), text


def test_records_are_frozen() -> None:
    g = lookup("2661011", T)
    assert g is not None
    with pytest.raises(AttributeError):
        g.name = "X"  # type: ignore[misc]
    with pytest.raises(TypeError):
        T.by_code["x"] = g  # type: ignore[index]


def test_loading_is_fast_and_lazy() -> None:
    raw = _raw()
    start = time.perf_counter()
    parse_territory(raw)
    # generous bound for a slow CI machine; measured ~20 ms
    assert time.perf_counter() - start < 1.0
