"""The data-protection declarations of the mapped tables, collected (see ``coopdesk/domain/protection.py``).

Each table declares itself beside its columns (``coopdesk/db/tables.py``, ``tables_security.py``); this
module only reads ``Table.info`` and derives what the journal, erasure, anonymisation, the Art. 15
report and the special-category rules use. No list of tables or fields is kept here.
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Table

from coopdesk.db import tables  # noqa: F401  (registers every mapped table, tables_security too)
from coopdesk.db.base import Base
from coopdesk.domain import protection as p
from coopdesk.domain.protection import PROTECTION_KEY, TableProtection


def declared(table: Table) -> TableProtection | None:
    """A table's declaration, None when it has none."""
    return table.info.get(PROTECTION_KEY)


@cache
def declarations() -> dict[str, TableProtection]:
    """Every mapped table's declaration by table name (a table without one is left out: the walking
    test in tests/db/test_protection_declarations.py fails on it)."""
    return {t.name: d for t in Base.metadata.sorted_tables if (d := declared(t)) is not None}


def of(table_name: str) -> TableProtection | None:
    return declarations().get(table_name)


@cache
def journaled_tables() -> frozenset[str]:
    return frozenset(n for n, d in declarations().items() if d.journaled)


@cache
def owned_tables() -> dict[str, Table]:
    """Tables whose rows belong to one participant, by name, with their ``owner`` column."""
    return {n: Base.metadata.tables[n] for n in p.owned_tables(declarations())}


def owner_column(table_name: str) -> Any:
    return Base.metadata.tables[table_name].c[declarations()[table_name].owner]


@cache
def mapped_class(table_name: str) -> type[Base]:
    """The ORM class of a table (erasure and anonymisation go through the ORM, so they are journaled)."""
    table = Base.metadata.tables[table_name]
    (found,) = [m.class_ for m in Base.registry.mappers if m.local_table is table]
    return found


def person_references() -> dict[str, str]:
    """The foreign keys of a participant's own columns and of their rows' columns: {column: referred
    table} (e.g. advisor_id -> users), so that a report can name what a journal value refers to."""
    found: dict[str, str] = {}
    people = [n for n, d in declarations().items() if d.owner == p.OWNER_SELF]
    for name in [*people, *owned_tables()]:
        for column in Base.metadata.tables[name].c:
            for fk in column.foreign_keys:
                if fk.column.table.name not in people:
                    found[column.key] = fk.column.table.name
    return found


# Derived views (the names kept because several modules use them).
SPECIAL_PARTICIPANT_FIELDS: tuple[str, ...] = p.special_fields(declarations())
SPECIAL_JOURNAL_PREFIXES: tuple[str, ...] = p.special_journal_prefixes(declarations())
RESTORABLE_PARTICIPANT_FIELDS: frozenset[str] = p.restorable_fields(declarations())
# Columns storing an enum's value (shown by the enum's label), by column name.
CODED_FIELDS: dict[str, type[Enum]] = p.coded_fields(declarations())
# English labels of journaled columns (context "Labels"), as the history names them.
FIELD_LABELS: dict[str, str] = p.field_labels(declarations())


def special_fields_shown(record: object) -> list[str]:
    """The special-category fields of a participant record that hold data (reading them is journaled)."""
    return [f for f in SPECIAL_PARTICIPANT_FIELDS if getattr(record, f, None) not in (None, "", ())]
