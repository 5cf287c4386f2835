"""Search text is cleaned and limited in the domain before it reaches SQL (issue 6 point 17)."""

from __future__ import annotations

import pytest

from coopdesk.domain.search import (
    MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
    SearchText,
    clean_search,
    search_key,
    search_terms,
)


def test_ordinary_text_is_searched_as_typed():
    result = clean_search("  Kowal  Łódź ")
    assert result.text == "Kowal Łódź"
    assert (result.shortened, result.cleaned) == (False, False)
    assert search_terms("  Kowal  Łódź ") == ["kowal", "lodz"]


def test_tabs_and_line_breaks_only_separate_words():
    result = clean_search("kowal\tłódź\r\nzofia")
    assert result.text == "kowal łódź zofia"
    assert (result.shortened, result.cleaned) == (False, False)


def test_nul_and_control_characters_are_dropped_and_reported():
    # SQLite cut the LIKE pattern at the NUL: "kowal\x00xyz" searched "kowal", and "\x00" matched everyone
    result = clean_search("kowal\x00xyz")
    assert result.text == "kowalxyz"
    assert result.cleaned and not result.shortened
    assert search_terms("kowal\x00xyz") == ["kowalxyz"]
    assert search_terms("\x00") == []
    assert clean_search("\x00").cleaned
    assert search_terms("no\u200bwak\x07") == ["nowak"]  # zero-width space, BEL


def test_at_most_eight_words():
    words = [f"w{i}" for i in range(1200)]
    result = clean_search(" ".join(words))
    assert result.text.split() == words[:MAX_QUERY_WORDS]
    assert result.shortened and not result.cleaned
    assert search_terms(" ".join(words)) == words[:MAX_QUERY_WORDS]
    assert MAX_QUERY_WORDS == 8


def test_at_most_one_hundred_characters():
    result = clean_search("a" * 100_000)
    assert result.text == "a" * MAX_QUERY_CHARS
    assert result.shortened
    assert search_terms("a" * 100_000) == ["a" * MAX_QUERY_CHARS]
    exact = clean_search("b" * MAX_QUERY_CHARS)
    assert not exact.shortened and exact.text == "b" * 100


def test_folding_cannot_grow_a_term_past_the_limit():
    # U+FDFA decomposes into 18 characters; the folded terms stay within the limit as well
    terms = search_terms("\ufdfa" * 100)
    assert sum(len(t) for t in terms) <= MAX_QUERY_CHARS


# --- the edges the surviving mutants of tools/mutation showed untested ----------------------------------


def test_a_search_key_joins_the_folded_parts_with_one_space():
    assert search_key("Łukasz", None, "", "Nowak-Żak") == "lukasz nowak-zak"


@pytest.mark.parametrize(
    "invisible",
    ["\ud800", "\udfff", "\ue000", "\U000f0000", "\u0378", "\U000e0080"],
    ids=["surrogate", "low surrogate", "private use", "private use plane 15", "unassigned", "unassigned tag"],
)
def test_surrogate_private_use_and_unassigned_characters_are_dropped(invisible):
    result = clean_search(f"now{invisible}ak")
    assert (result.text, result.shortened, result.cleaned) == ("nowak", False, True)


def test_exactly_eight_words_are_not_shortened():
    words = [f"w{i}" for i in range(MAX_QUERY_WORDS)]
    assert clean_search(" ".join(words)) == SearchText(" ".join(words), False, False)
    assert clean_search(" ".join([*words, "w8"])).shortened


def test_runs_of_white_space_count_as_one_character():
    # else 150 spaces would use up the 100 characters and leave "kowalski" out
    assert clean_search("jan" + " " * 150 + "kowalski") == SearchText("jan kowalski", False, False)
    assert clean_search("a" + "\t\n " * 60 + "b") == SearchText("a b", False, False)


def test_the_hundred_character_budget_of_folded_terms_is_spent_exactly():
    # U+FB03 folds to "ffi": 33 of them make 99 letters, so one letter of the next word is left
    ligatures = "\ufb03" * 33
    assert search_terms(f"{ligatures} ab c") == ["ffi" * 33, "a"]
    assert search_terms(f"{ligatures[:-1]} abcd c") == ["ffi" * 32, "abcd"]
