"""Editable dictionaries (Tools → Dictionaries): at-risk categories and recruitment sources.

The law they follow changes (2018, 2022, 2025), so an entry holds from/to a day and names its legal basis.
An entry in use is deactivated, never deleted; inactive or expired entries are not offered for new
assignments, but records that have them still show them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP


class DictionaryKind(StrEnum):
    CATEGORIES = "categories"
    RECRUITMENT_SOURCES = "recruitment_sources"


DICTIONARY_LABELS: dict[DictionaryKind, str] = {
    DictionaryKind.CATEGORIES: QT_TRANSLATE_NOOP("Labels", "At-risk categories"),
    DictionaryKind.RECRUITMENT_SOURCES: QT_TRANSLATE_NOOP("Labels", "Recruitment sources"),
}

CODE_RE = re.compile(r"^[A-Z0-9_]{1,20}$")
NAME_LIMITS = {DictionaryKind.CATEGORIES: 300, DictionaryKind.RECRUITMENT_SOURCES: 200}
LEGAL_BASIS_LIMIT = 2000
PROOF_HINT_LIMIT = 300


@dataclass(frozen=True)
class DictionaryEntry:
    """One entry; ``code``, ``proof_hint`` and ``special`` belong to categories only. ``in_use``: how many
    participants have it (filled by the service)."""

    kind: DictionaryKind
    name: str = ""
    code: str = ""
    proof_hint: str = ""
    special: bool = False
    active: bool = True
    valid_from: date | None = None
    valid_to: date | None = None
    legal_basis: str = ""
    id: int = 0
    in_use: int = 0

    def offered_on(self, day: date) -> bool:
        """May be chosen for a new assignment on ``day``: active and within its dates."""
        return offered(self.active, self.valid_from, self.valid_to, day)


def offered(active: bool, valid_from: date | None, valid_to: date | None, day: date) -> bool:
    return active and (valid_from is None or valid_from <= day) and (valid_to is None or day <= valid_to)


def entry_issues(entry: DictionaryEntry) -> list[tuple[str, str]]:
    """(field, English message) for an entry that cannot be saved."""
    issues: list[tuple[str, str]] = []
    if entry.kind is DictionaryKind.CATEGORIES and not CODE_RE.match(entry.code.strip()):
        issues.append(("code", QT_TRANSLATE_NOOP(
            "Errors", "Enter a code of up to 20 capital letters, digits or underscores, e.g. BEZR.")))
    name = entry.name.strip()
    if not name:
        issues.append(("name", QT_TRANSLATE_NOOP("Errors", "Enter the name.")))
    elif len(name) > NAME_LIMITS[entry.kind]:
        issues.append(("name", QT_TRANSLATE_NOOP("Errors", "The text is too long.")))
    if entry.valid_from and entry.valid_to and entry.valid_to < entry.valid_from:
        issues.append(("valid_to", QT_TRANSLATE_NOOP("Errors", "The entry ends before it starts.")))
    if len(entry.legal_basis.strip()) > LEGAL_BASIS_LIMIT:
        issues.append(("legal_basis", QT_TRANSLATE_NOOP("Errors", "The text is too long.")))
    if len(entry.proof_hint.strip()) > PROOF_HINT_LIMIT:
        issues.append(("proof_hint", QT_TRANSLATE_NOOP("Errors", "The text is too long.")))
    return issues
