"""Search text is cleaned and limited in the domain before it reaches SQL (issue 6 point 17)."""

from __future__ import annotations

from coopdesk.domain.search import MAX_QUERY_CHARS, MAX_QUERY_WORDS, clean_search, search_terms


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
