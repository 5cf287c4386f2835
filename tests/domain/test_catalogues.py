"""Issue 8: at-risk category catalogues as dated data (social cooperatives act art. 4 ust. 1, social economy
act art. 2 pkt 6) and a status checked on a given day."""

from __future__ import annotations

import json
from datetime import date

import pytest

from coopdesk.domain.catalogues import (
    UES_ART2_PKT6,
    USP_ART4_UST1,
    CategoryAssignment,
    Gap,
    eligible_on,
    entries_on,
    parse_catalogues,
)
from coopdesk.resources import resource_path
from coopdesk.services.reference_data import catalogues

CATS = catalogues()


def codes(catalogue: str, day: date) -> set[str]:
    return {e.code for e in entries_on(catalogue, day, CATS)}


def test_every_entry_is_dated_sourced_and_marked_verified_or_open():
    assert {c.code for c in CATS.catalogues} == {USP_ART4_UST1, UES_ART2_PKT6}
    assert len({e.code for e in CATS.entries}) == len(CATS.entries)
    for e in CATS.entries:
        assert e.text_pl and e.legal_basis and e.source, e.code
        assert e.status in ("verified", "open"), e.code
        assert e.valid_from is not None, e.code
        assert e.valid_to is None or e.valid_to >= e.valid_from, e.code
        assert not e.proof_required or e.proof, e.code


def test_existing_categories_map_to_catalogue_entries():
    existing = {c["code"] for c in json.loads(
        resource_path("data", "at_risk_categories.json").read_text(encoding="utf-8"))["categories"]}
    mapped = {code for e in CATS.entries for code in e.categories}
    assert mapped <= existing  # no entry names an unknown category
    assert existing <= mapped  # every category the register uses has a catalogue entry
    assert set(CATS.category_map()["BEZR"]) == {
        "USP4_2018_BEZR", "USP4_2022_BEZR", "USP4_2025_BEZR", "UES26_A_2022", "UES26_B_2022", "UES26_A_2025",
        "UES26_B_2025"}
    assert CATS.category_map()["OPS"] == ("USP4_2022_OPS",)  # open: not in the 2018 list, UES lit. d+ not read


def test_the_amendments_change_the_catalogue_on_their_day():
    # 2018 amendment (Dz.U. 2017 poz. 2494) in force 31.03.2018; the social economy act 30.10.2022;
    # the labour-market act (URP) replaced upzir on 1.06.2025
    assert codes(USP_ART4_UST1, date(2018, 3, 30)) == set()
    assert "USP4_2018_BEZR" in codes(USP_ART4_UST1, date(2018, 3, 31))
    assert "USP4_2018_BEZR" in codes(USP_ART4_UST1, date(2022, 10, 29))
    assert "USP4_2018_BEZR" not in codes(USP_ART4_UST1, date(2022, 10, 30))
    assert "USP4_2022_BEZR" in codes(USP_ART4_UST1, date(2022, 10, 30))
    assert codes(UES_ART2_PKT6, date(2022, 10, 29)) == set()
    assert {"UES26_A_2022", "UES26_B_2022", "UES26_C_2022"} <= codes(UES_ART2_PKT6, date(2025, 5, 31))
    on_june_1 = codes(UES_ART2_PKT6, date(2025, 6, 1))
    assert "UES26_A_2022" not in on_june_1 and "UES26_A_2025" in on_june_1


def test_verified_and_open_follow_legal_check():
    by_code = {e.code: e for e in CATS.entries}
    assert by_code["UES26_A_2022"].status == "verified"  # legal-check row 8: lit. a-c verified
    assert by_code["UES26_A_2025"].status == "open"  # the URP cross-reference was not read
    assert by_code["USP4_2022_OPS"].status == "open"  # row 7: the current Art. 4 ust. 1 wording is open
    assert by_code["USP4_2022_BEZR"].proof_required
    assert "2220" in by_code["USP4_2022_BEZR"].proof


def test_parse_refuses_bad_data():
    good = {"catalogues": [{"code": "X", "name_pl": "x", "act": "a", "uses": [], "source": "s"}],
            "entries": [{"catalogue": "X", "code": "E1", "text_pl": "t", "valid_from": "2020-01-01",
                         "valid_to": None, "legal_basis": "b", "proof_required": False, "proof": "",
                         "status": "open", "source": "s", "categories": ["BEZR"]}]}
    assert len(parse_catalogues(good).entries) == 1
    for change in ({"status": "maybe"}, {"valid_to": "2019-12-31"}, {"catalogue": "Y"},
                   {"wording": "gist"}, {"labour_requirement": "pup"}, {"valid_from": "2020-02-30"}):
        bad = {**good, "entries": [{**good["entries"][0], **change}]}
        with pytest.raises(ValueError):
            parse_catalogues(bad)
    with pytest.raises(ValueError):
        parse_catalogues({**good, "entries": good["entries"] * 2})


BEZR = CategoryAssignment(category="BEZR", valid_from=date(2026, 1, 10), valid_to=date(2026, 6, 30),
                          proof="Zaświadczenie PUP nr 1/2026", verified_by="advisor1", verified_on=date(2026, 1, 12))


def test_a_status_valid_on_one_day_and_not_the_next():
    on_last_day = eligible_on([BEZR], USP_ART4_UST1, date(2026, 6, 30), CATS)
    assert on_last_day.eligible
    assert [g.entry.code for g in on_last_day.grounds] == ["USP4_2025_BEZR"]
    next_day = eligible_on([BEZR], USP_ART4_UST1, date(2026, 7, 1), CATS)
    assert not next_day.eligible
    assert [r.gap for r in next_day.rejected] == [Gap.NOT_VALID_ON_DAY]
    assert [r.gap for r in eligible_on([BEZR], USP_ART4_UST1, date(2026, 1, 9), CATS).rejected] == [Gap.NOT_VALID_ON_DAY]


def test_a_category_counts_only_where_the_catalogue_has_it_that_day():
    ops = CategoryAssignment(category="OPS", valid_from=date(2020, 1, 1), valid_to=None, proof="Oświadczenie",
                             verified_by="advisor1", verified_on=date(2020, 1, 1))
    # the 2018 list has no social-assistance category; the 2022 one has (open)
    assert [r.gap for r in eligible_on([ops], USP_ART4_UST1, date(2021, 5, 5), CATS).rejected] == [Gap.NOT_IN_CATALOGUE]
    later = eligible_on([ops], USP_ART4_UST1, date(2023, 5, 5), CATS)
    assert later.eligible and later.open_basis


def test_proof_and_verification_are_needed():
    day = date(2026, 3, 1)
    no_proof = CategoryAssignment(category="BEZR", valid_from=date(2026, 1, 1), valid_to=None,
                                  verified_by="advisor1", verified_on=date(2026, 1, 2))
    assert [r.gap for r in eligible_on([no_proof], USP_ART4_UST1, day, CATS).rejected] == [Gap.PROOF_MISSING]
    unverified = CategoryAssignment(category="BEZR", valid_from=date(2026, 1, 1), valid_to=None, proof="PUP")
    assert [r.gap for r in eligible_on([unverified], USP_ART4_UST1, day, CATS).rejected] == [Gap.NOT_VERIFIED]
    # one good assignment is enough; the others stay listed as rejected
    result = eligible_on([unverified, BEZR], UES_ART2_PKT6, day, CATS)
    assert result.eligible
    assert {g.entry.code for g in result.grounds} == {"UES26_A_2025", "UES26_B_2025"}
    assert result.open_basis  # since 1.06.2025 the basis cites URP, not read (open)
    assert len(result.rejected) == 1


def test_the_verified_basis_of_the_social_economy_act_before_the_labour_market_act():
    bezr = CategoryAssignment(category="BEZR", valid_from=date(2023, 1, 1), valid_to=None, proof="PUP",
                              verified_by="advisor1", verified_on=date(2023, 1, 1))
    result = eligible_on([bezr], UES_ART2_PKT6, date(2024, 1, 1), CATS)
    assert result.eligible and not result.open_basis
    assert {g.entry.code for g in result.grounds} == {"UES26_A_2022", "UES26_B_2022"}
