"""Tools → Dictionaries: at-risk categories and recruitment sources with valid-from/to and legal basis; an
entry in use is deactivated, never deleted; inactive or expired entries are not offered for new
assignments but still show on old records (issue 7, "Dictionaries are promised editable")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from gdpr_people import full_draft
from sqlalchemy import select

from coopdesk.db.tables_security import AuditEntry
from coopdesk.domain.dictionaries import DictionaryEntry, DictionaryKind
from coopdesk.domain.enums import Role
from coopdesk.domain.errors import PermissionDenied, ValidationFailed
from coopdesk.domain.records import CategoryAssignment
from tests.conftest import FIXED_TODAY, as_user

CAT = DictionaryKind.CATEGORIES
SRC = DictionaryKind.RECRUITMENT_SOURCES


def _issues(exc) -> dict[str, str]:
    return {i.field: i.render() for i in exc.value.issues}


def test_seeded_entries_carry_their_legal_basis_and_sources_are_a_dictionary(coordinator):
    categories = coordinator.dictionaries.entries(CAT)
    assert categories and all(e.legal_basis.startswith("Ustawa z dnia 5 sierpnia 2022 r.") for e in categories)
    sources = coordinator.dictionaries.entries(SRC)
    assert [e.name for e in sources] == coordinator.dictionaries.recruitment_sources()
    assert "Powiatowy urząd pracy" in [e.name for e in sources]


def test_a_new_entry_with_dates_is_offered_only_within_them(coordinator):
    d = coordinator.dictionaries
    later = d.save_entry(DictionaryEntry(CAT, "Osoba opuszczająca pieczę zastępczą", "PIECZA", "Zaświadczenie PCPR",
                                         valid_from=date(2027, 1, 1), legal_basis="Ustawa z 2025 r. (przykład)"))
    ended = d.save_entry(DictionaryEntry(SRC, "Punkt informacyjny w urzędzie gminy", valid_to=date(2025, 12, 31)))
    current = d.save_entry(DictionaryEntry(SRC, "Targi pracy", valid_from=date(2026, 1, 1)))
    assert later.id and later.legal_basis == "Ustawa z 2025 r. (przykład)" and later.in_use == 0
    offered = {c.code: c.active for c in d.categories(include_inactive=True)}
    assert offered["PIECZA"] is False  # not yet in force on 27.11.2026
    assert "PIECZA" not in {c.code for c in d.categories()}
    names = d.recruitment_sources()
    assert "Targi pracy" in names and ended.name not in names
    assert current.offered_on(FIXED_TODAY) and not ended.offered_on(FIXED_TODAY)


def test_an_entry_in_use_is_deactivated_not_deleted_and_still_shows_on_old_records(coordinator):
    d = coordinator.dictionaries
    category = d.entries(CAT)[0]
    source = d.entries(SRC)[1]
    person = coordinator.participants.create(replace(
        full_draft(coordinator), recruitment_source=source.name,
        categories=(CategoryAssignment(category.id, "Zaświadczenie PUP nr 1/2026", date(2026, 2, 1)),)))
    category, source = (next(e for e in d.entries(k) if e.id == x.id) for k, x in ((CAT, category), (SRC, source)))
    assert category.in_use == 1 and source.in_use == 1
    for kind, entry in ((CAT, category), (SRC, source)):
        with pytest.raises(ValidationFailed) as exc:
            d.delete_entry(kind, entry.id)
        assert _issues(exc) == {"active": "This entry is used by 1 participant(s): deactivate it instead of deleting it."}
    with pytest.raises(ValidationFailed) as exc:
        d.save_entry(replace(category, code="INNY"))
    assert _issues(exc) == {"code": "The entry is in use, so its code stays: deactivate it and add a new entry."}
    with pytest.raises(ValidationFailed) as exc:
        d.save_entry(replace(source, name="Inna nazwa"))
    assert _issues(exc) == {"name": "The entry is in use, so its name stays: deactivate it and add a new entry."}

    d.save_entry(replace(category, active=False, legal_basis="Uchylona od 2025 r."))
    d.save_entry(replace(source, active=False))
    assert category.id not in {c.id for c in d.categories()}
    assert source.name not in d.recruitment_sources()
    old = coordinator.participants.get(person.id)  # the old record still shows both
    assert [c.category_code for c in old.categories] == [category.code] and old.recruitment_source == source.name
    # the change is journaled
    with coordinator.db.read() as s:
        changes = list(s.execute(select(AuditEntry.table_name, AuditEntry.field, AuditEntry.new_value)
                                 .where(AuditEntry.action == "update")))
    assert ("at_risk_categories", "active", "false") in changes
    assert ("at_risk_categories", "legal_basis", "Uchylona od 2025 r.") in changes
    assert ("recruitment_sources", "active", "false") in changes


def test_an_unused_entry_can_be_deleted(coordinator):
    d = coordinator.dictionaries
    entry = d.save_entry(DictionaryEntry(SRC, "Ulotka w przychodni"))
    d.delete_entry(SRC, entry.id)
    assert entry.name not in [e.name for e in d.entries(SRC)]
    renamed = d.save_entry(replace(d.entries(CAT)[-1], name="Nowa nazwa"))  # unused: a new name is fine
    assert renamed.name == "Nowa nazwa"


def test_entries_are_validated_at_the_field(coordinator):
    d = coordinator.dictionaries
    with pytest.raises(ValidationFailed) as exc:
        d.save_entry(DictionaryEntry(CAT, " ", "bezr!", valid_from=date(2026, 1, 1), valid_to=date(2025, 1, 1)))
    assert _issues(exc) == {
        "code": "Enter a code of up to 20 capital letters, digits or underscores, e.g. BEZR.",
        "name": "Enter the name.",
        "valid_to": "The entry ends before it starts.",
    }
    with pytest.raises(ValidationFailed) as exc:
        d.save_entry(DictionaryEntry(CAT, "Duplikat", "BEZR"))
    assert _issues(exc) == {"code": "Another entry of this dictionary has this code or name."}


def test_only_the_coordinator_edits_dictionaries(services):
    advisor = as_user(services, "anowak", Role.ADVISOR)
    for call in (lambda: advisor.dictionaries.entries(SRC), lambda: advisor.dictionaries.save_entry(DictionaryEntry(SRC, "X")),
                 lambda: advisor.dictionaries.delete_entry(SRC, 1)):
        with pytest.raises(PermissionDenied):
            call()
    assert advisor.dictionaries.recruitment_sources()  # offering them needs no right


def test_sources_the_coordinator_deleted_do_not_come_back_at_the_next_start(coordinator):
    d = coordinator.dictionaries
    for entry in d.entries(SRC):
        d.delete_entry(SRC, entry.id)
    assert d.seed_defaults() == 0  # what open_services does at every start
    assert d.entries(SRC) == [] and d.recruitment_sources() == []
