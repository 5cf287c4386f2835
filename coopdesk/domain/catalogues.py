"""Catalogues of at-risk persons as dated data, and a person's status checked on a given day (issue 8).

The law names who counts as "at risk" in more than one catalogue, and each changes with the law:

- ``USP_ART4_UST1`` - the social cooperatives act, art. 4 ust. 1: who may found and join a social
  cooperative (2018 wording from 31.03.2018; widened by the social economy act from 30.10.2022);
- ``UES_ART2_PKT6`` - the social economy act, art. 2 pkt 6: jobs in social enterprises, OWES grants
  (from 30.10.2022);
- since 1.06.2025 the labour-market statuses are given under the new labour-market act (URP).

The entries live in ``coopdesk/assets/data/category_catalogues.json`` (never in code): each has its
catalogue, a stable code, the Polish text, valid-from/to days, the legal basis, whether the status needs a
proof and which, the labour-market requirement, "verified" or "open" (legal-check.md) and the register's
category codes (``at_risk_categories.json``) it corresponds to. When the law changes, an entry gets a
``valid_to`` and a new entry starts the next day; nothing is edited in place.

This module is pure: ``parse_catalogues`` turns the file's content into :class:`Catalogues` and the checks
take the catalogues as a parameter. It reads no file: services load, domain decides -
``coopdesk.services.reference_data.catalogues()`` reads the shipped file once and the caller passes it on.

How it is meant to be wired (not yet): a participation's category assignment (category code, valid
from/to, proof, who verified it on which day) becomes a :class:`CategoryAssignment`; the form and the
founding checks call ``eligible_on(assignments, USP_ART4_UST1, day, reference_data.catalogues())`` with
the day that matters (entry to the project, the founding meeting, the admission to a cooperative) and
show the :class:`Eligibility`: eligible or not, the entries it rests on, why the other assignments do not
count (:class:`Gap`), and ``open_basis`` when it rests only on entries whose wording is not verified. ``labour.labour_issues`` uses
the same entries to cross-check the labour-market status. The project's own eligibility (a third
catalogue) belongs to the project's data and is not in this file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

USP_ART4_UST1 = "USP_ART4_UST1"
UES_ART2_PKT6 = "UES_ART2_PKT6"

STATUSES = ("verified", "open")
WORDINGS = ("quoted", "paraphrase")
LABOUR_REQUIREMENTS = ("registered_unemployed", "job_seeker_not_employed")


@dataclass(frozen=True)
class Catalogue:
    code: str
    name_pl: str
    act: str
    uses: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class CatalogueEntry:
    catalogue: str
    code: str
    text_pl: str
    valid_from: date
    valid_to: date | None
    legal_basis: str
    proof_required: bool
    proof: str
    status: str
    source: str
    categories: tuple[str, ...]
    item: str = ""
    wording: str = "paraphrase"
    labour_requirement: str | None = None
    note: str = ""

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Catalogues:
    catalogues: tuple[Catalogue, ...]
    entries: tuple[CatalogueEntry, ...]
    version: str = ""

    def entries_on(self, catalogue: str, day: date) -> list[CatalogueEntry]:
        """The entries of ``catalogue`` in force on ``day`` (in the file's order)."""
        return [e for e in self.entries if e.catalogue == catalogue and e.in_force_on(day)]

    def entries_for(self, category: str, day: date, catalogue: str | None = None) -> list[CatalogueEntry]:
        """The entries in force on ``day`` that the register's ``category`` corresponds to."""
        return [e for e in self.entries if category in e.categories and e.in_force_on(day)
                and (catalogue is None or e.catalogue == catalogue)]

    def category_map(self) -> dict[str, tuple[str, ...]]:
        """The register's category code -> the codes of every entry (any catalogue, any dates) it maps to."""
        mapping: dict[str, list[str]] = {}
        for entry in self.entries:
            for category in entry.categories:
                mapping.setdefault(category, []).append(entry.code)
        return {category: tuple(codes) for category, codes in mapping.items()}

    def labour_requirements(self, category: str, day: date) -> set[str]:
        """What any catalogue in force on ``day`` asks of the labour-market status for ``category``."""
        return {e.labour_requirement for e in self.entries_for(category, day) if e.labour_requirement}


def _day(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{where}: not a date: {value!r}") from exc


def parse_catalogues(data: Mapping[str, Any]) -> Catalogues:
    """Catalogues from the JSON structure; ValueError names the first entry that is not usable."""
    catalogues = tuple(
        Catalogue(code=str(c["code"]), name_pl=str(c["name_pl"]), act=str(c["act"]),
                  uses=tuple(str(u) for u in c.get("uses", ())), source=str(c.get("source", "")))
        for c in data["catalogues"])
    known = {c.code for c in catalogues}
    entries: list[CatalogueEntry] = []
    seen: set[str] = set()
    for raw in data["entries"]:
        code = str(raw["code"])
        if code in seen:
            raise ValueError(f"{code}: the code is used twice")
        seen.add(code)
        if raw["catalogue"] not in known:
            raise ValueError(f"{code}: unknown catalogue {raw['catalogue']!r}")
        if raw["status"] not in STATUSES:
            raise ValueError(f"{code}: status must be one of {STATUSES}")
        if raw.get("wording", "paraphrase") not in WORDINGS:
            raise ValueError(f"{code}: wording must be one of {WORDINGS}")
        requirement = raw.get("labour_requirement")
        if requirement is not None and requirement not in LABOUR_REQUIREMENTS:
            raise ValueError(f"{code}: unknown labour requirement {requirement!r}")
        valid_from = _day(raw["valid_from"], code)
        valid_to = _day(raw.get("valid_to"), code)
        if valid_from is None:
            raise ValueError(f"{code}: valid_from is required")
        if valid_to is not None and valid_to < valid_from:
            raise ValueError(f"{code}: valid_to is before valid_from")
        entries.append(CatalogueEntry(
            catalogue=str(raw["catalogue"]), code=code, text_pl=str(raw["text_pl"]), valid_from=valid_from,
            valid_to=valid_to, legal_basis=str(raw["legal_basis"]), proof_required=bool(raw["proof_required"]),
            proof=str(raw.get("proof", "")), status=str(raw["status"]), source=str(raw["source"]),
            categories=tuple(str(c) for c in raw.get("categories", ())), item=str(raw.get("item", "")),
            wording=str(raw.get("wording", "paraphrase")), labour_requirement=requirement,
            note=str(raw.get("note", ""))))
    return Catalogues(catalogues=catalogues, entries=tuple(entries), version=str(data.get("_version", "")))


def entries_on(catalogue: str, day: date, catalogues: Catalogues) -> list[CatalogueEntry]:
    """The entries of ``catalogue`` in force on ``day`` in ``catalogues``."""
    return catalogues.entries_on(catalogue, day)


@dataclass(frozen=True)
class CategoryAssignment:
    """A person's at-risk category: its code, the days it holds, the proof and who verified it when."""

    category: str
    valid_from: date | None = None
    valid_to: date | None = None
    proof: str = ""
    proof_date: date | None = None
    verified_by: str = ""
    verified_on: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


class Gap(StrEnum):
    """Why an assignment does not make the person eligible on the day (checked in this order)."""

    NOT_VALID_ON_DAY = "not_valid_on_day"  # the assignment does not hold on the day
    NOT_IN_CATALOGUE = "not_in_catalogue"  # the catalogue has no such category on the day
    PROOF_MISSING = "proof_missing"  # the catalogue entry needs a proof and none is recorded
    NOT_VERIFIED = "not_verified"  # nobody recorded verifying it


@dataclass(frozen=True)
class Ground:
    assignment: CategoryAssignment
    entry: CatalogueEntry


@dataclass(frozen=True)
class Rejected:
    assignment: CategoryAssignment
    gap: Gap


@dataclass(frozen=True)
class Eligibility:
    catalogue: str
    day: date
    grounds: tuple[Ground, ...]
    rejected: tuple[Rejected, ...]

    @property
    def eligible(self) -> bool:
        return bool(self.grounds)

    @property
    def open_basis(self) -> bool:
        """Eligible, but only through entries whose wording legal-check.md leaves open."""
        return self.eligible and all(g.entry.status == "open" for g in self.grounds)


def eligible_on(
    assignments: Iterable[CategoryAssignment],
    catalogue: str,
    day: date,
    catalogues: Catalogues,
) -> Eligibility:
    """Whether the person belongs to ``catalogue`` on ``day``: at least one assignment holds on the day,
    corresponds to an entry in force that day, has a proof where the entry needs one, and was verified
    (by someone, on a day - possibly after ``day``: a later check of the status on that day)."""
    grounds: list[Ground] = []
    rejected: list[Rejected] = []
    for assignment in assignments:
        gap: Gap | None = None
        entries = catalogues.entries_for(assignment.category, day, catalogue)
        if not assignment.holds_on(day):
            gap = Gap.NOT_VALID_ON_DAY
        elif not entries:
            gap = Gap.NOT_IN_CATALOGUE
        elif any(e.proof_required for e in entries) and not assignment.proof.strip():
            gap = Gap.PROOF_MISSING
        elif not assignment.verified_by.strip() or assignment.verified_on is None:
            gap = Gap.NOT_VERIFIED
        if gap is None:
            grounds += [Ground(assignment, e) for e in entries]
        else:
            rejected.append(Rejected(assignment, gap))
    return Eligibility(catalogue=catalogue, day=day, grounds=tuple(grounds), rejected=tuple(rejected))
