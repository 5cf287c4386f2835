"""Polish alphabetical order as a stored key (domain.collation): byte order of keys is Polish order."""

from __future__ import annotations

import random

import pytest

from coopdesk.domain.collation import name_sort_key, polish_key, stage_order
from coopdesk.domain.enums import Stage

TOWNS = ["Dąbrowa", "Dobczyce", "Kęty", "Kraków", "Lipnica", "Łapanów", "Maków", "Żabno"]


def _bytes(text: str) -> bytes:
    return polish_key(text).encode()  # what SQLite's BINARY order compares


def test_towns_from_the_issue_sort_in_polish_order():
    shuffled = TOWNS[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=_bytes) == TOWNS


@pytest.mark.parametrize(("before", "after"), [
    ("Dąbrowa", "Dobczyce"), ("Kęty", "Kraków"), ("Lipnica", "Łapanów"), ("Łapanów", "Maków"),
    ("Zyga", "Źrebiec"), ("Źrebiec", "Żabno"), ("Zzz", "Żabno"), ("Az", "Ąb"), ("A", "Ą"), ("Oz", "Ósma"),
    ("Ósma", "Pa"), ("Sz", "Ślęza"), ("Nowak Anna", "Nowakowska Anna"), ("Cyran", "Ćwik"), ("Lz", "Ła"),
])
def test_pairs_in_polish_order(before, after):
    assert _bytes(before) < _bytes(after)


def test_case_is_ignored_and_foreign_accents_sort_as_their_letter():
    assert polish_key("ŁAPANÓW") == polish_key("łapanów")
    assert polish_key("Müller") == polish_key("Muller")
    assert polish_key("Kowalska-Nowak") == polish_key("kowalska nowak")
    assert polish_key("O'Brien") == polish_key("obrien")
    assert polish_key(None) == polish_key("") == ""


def test_a_name_sorts_by_last_then_first_name():
    people = [("Kowal", "Ąnna"), ("Kowal", "Anna"), ("Kowalski", "Adam"), ("Kowal", "Zenon")]
    ordered = sorted(people, key=lambda p: name_sort_key(*p).encode())
    assert ordered == [("Kowal", "Anna"), ("Kowal", "Ąnna"), ("Kowal", "Zenon"), ("Kowalski", "Adam")]


def test_stages_follow_the_pathway():
    assert [stage_order(s) for s in Stage] == list(range(len(Stage)))
    assert stage_order("recruited") < stage_order(Stage.DIAGNOSED) < stage_order(Stage.LEFT)
    assert stage_order("no such stage") > stage_order(Stage.LEFT)
