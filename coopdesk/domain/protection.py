"""What the data-protection code needs to know about a table, declared once beside the table.

Every mapped table carries a ``TableProtection`` in its ``info`` (``__table_args__``; see
``coopdesk/db/tables.py``): whose data it holds (the participant path), whether the audit journal
records it, what erasure does to its rows, and per column what anonymisation does (keep / clear /
generalise / replace), whether it is special-category data (Art. 9/10: shown only with the right to
read it, every read journaled), whether an old value can be restored from history, and its Polish
label in the Art. 15 report. A table without personal data says so with ``NO_PERSONAL_DATA(reason)``.

The audit journal, erasure, anonymisation, the Art. 15 report and the special-category rules read
these declarations (``coopdesk/db/protection.py`` collects them); ``tests/db/test_protection_declarations.py``
fails on a table that has none, so a new table has to decide.

Pure: plain values and functions, no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

from coopdesk.domain.gdpr import anonymised_birth_date, anonymised_label

PROTECTION_KEY = "protection"  # the key of the declaration in a table's ``info``
OWNER_SELF = "self"  # the table's rows are the participants themselves


class Anonymise(StrEnum):
    """What anonymisation does to a column."""

    KEEP = "keep"  # identifies nobody on its own; statistics need it
    CLEAR = "clear"  # set to its empty value
    GENERALISE = "generalise"  # replaced by a coarser value (a function of the old one, see GENERALISERS)
    REPLACE = "replace"  # set to a fixed value


class Erasure(StrEnum):
    """What erasing a person (Art. 17) does to a table's rows that belong to them."""

    DELETE = "delete"  # the rows go with the person
    SCRUB = "scrub"  # the rows stay, their values about the person are blanked (the audit journal)
    KEEP = "keep"  # not a participant's data: erasure does not touch it


# Generalising functions by the name a declaration gives: (old value, the record's uuid) -> new value.
GENERALISERS: dict[str, Callable[[Any, str], Any]] = {
    "birth_year": lambda value, _uuid: anonymised_birth_date(value),  # 1 July of the birth year
    "record_label": lambda _value, uuid: anonymised_label(uuid),  # "[" + the uuid's first 8 + "]"
}


@dataclass(frozen=True)
class ColumnProtection:
    """One column's declaration. Columns not declared are journaled, kept by anonymisation, not special."""

    personal: bool = True
    anonymise: Anonymise = Anonymise.KEEP
    value: Any = None  # what CLEAR / REPLACE writes
    generaliser: str = ""  # a key of GENERALISERS (anonymise=GENERALISE)
    special: bool = False  # special-category or otherwise sensitive (Art. 9/10)
    journaled: bool = True  # False: derived or kept by the database (search/sort keys, timestamps)
    secret: bool = False  # journaled only as "set" / "changed", never the value (a password hash)
    restorable: bool = False  # an old value can be put back from the record's history
    art15: bool = False  # a line of its table's section in the Art. 15 report
    label: str = ""  # its name in the history (English, QT_TRANSLATE_NOOP("Labels", ...))
    label_pl: str = ""  # its name in the Art. 15 report (a Polish document)
    codes: type[Enum] | None = None  # the enum whose value the column stores (shown by its label)
    short_label_pl: str = ""  # its name in a "read" journal line of the report (special fields)
    reason: str = ""  # why a column that looks personal is not (personal=False)

    def anonymised(self, old: Any, uuid: str) -> Any:
        """The value anonymisation leaves in this column."""
        if self.anonymise is Anonymise.GENERALISE:
            return GENERALISERS[self.generaliser](old, uuid)
        if self.anonymise in (Anonymise.CLEAR, Anonymise.REPLACE):
            return self.value
        return old


# Labels: ``label`` (English, for the history; written as QT_TRANSLATE_NOOP("Labels", ...) so that it is
# translated), ``label_pl`` (the Art. 15 report, a Polish document).


def keep(label: str = "", label_pl: str = "", **kw: Any) -> ColumnProtection:
    return ColumnProtection(anonymise=Anonymise.KEEP, label=label, label_pl=label_pl, **kw)


def clear(empty: Any, label: str = "", label_pl: str = "", **kw: Any) -> ColumnProtection:
    """Cleared by anonymisation to ``empty`` ("" for text, None for a nullable column)."""
    return ColumnProtection(anonymise=Anonymise.CLEAR, value=empty, label=label, label_pl=label_pl, **kw)


def generalise(generaliser: str, label: str = "", label_pl: str = "", **kw: Any) -> ColumnProtection:
    if generaliser not in GENERALISERS:
        raise ValueError(f"unknown generaliser {generaliser!r}")
    return ColumnProtection(anonymise=Anonymise.GENERALISE, generaliser=generaliser, label=label,
                            label_pl=label_pl, **kw)


def replace_with(value: Any, label: str = "", label_pl: str = "", **kw: Any) -> ColumnProtection:
    return ColumnProtection(anonymise=Anonymise.REPLACE, value=value, label=label, label_pl=label_pl, **kw)


def plain(label: str, **kw: Any) -> ColumnProtection:
    """A column with no personal data, named in the history by ``label``."""
    return ColumnProtection(personal=False, label=label, **kw)


def not_personal(reason: str, **kw: Any) -> ColumnProtection:
    """A column whose name looks personal but is not (e.g. a project's name)."""
    return ColumnProtection(personal=False, reason=reason, **kw)


def unjournaled(reason: str) -> ColumnProtection:
    """A column the journal leaves out: kept by the database itself (e.g. created_at), not personal."""
    return ColumnProtection(personal=False, journaled=False, reason=reason)


@dataclass(frozen=True)
class TableProtection:
    """One table's declaration (see the module's docstring)."""

    personal: bool
    reason: str = ""  # NO_PERSONAL_DATA: why; a personal table not owned by a participant: whose data
    owner: str = ""  # OWNER_SELF, or the column pointing at the participant ("participant_id"); "" none
    journaled: bool = False
    erasure: Erasure = Erasure.KEEP
    special: bool = False  # every row is special-category data (a participant's at-risk categories)
    columns: Mapping[str, ColumnProtection] = field(default_factory=dict)
    # Rows of a participant are journaled under the participant with a field "<prefix>:<key>[.column]";
    # the key is the value of ``journal_key`` (a foreign key is named by its row's code / user name),
    # or the row's own id when empty.
    journal_prefix: str = ""
    journal_key: str = ""
    record_attr: str = ""  # the participant record's attribute that shows these rows ("categories")
    short_label_pl: str = ""  # that attribute in a "read" journal line of the Art. 15 report
    art15_section: str = ""  # where the Art. 15 report shows the table ("" for nowhere)
    # The column that names a row of this table in the journal field of a row referring to it
    # ("category:BEZR" by the category's code, "share:anowak" by the user name).
    display_column: str = ""
    # Rows (by primary key) whose value is a secret, journaled only as "set" / "changed" (a passphrase).
    secret_rows: frozenset[str] = frozenset()

    def column(self, name: str) -> ColumnProtection:
        return self.columns.get(name, _UNDECLARED)

    @property
    def owned_by_participant(self) -> bool:
        return bool(self.owner) and self.owner != OWNER_SELF

    def unjournaled_columns(self) -> frozenset[str]:
        """Columns the journal leaves out: ids, the owner link, and those declared so."""
        skip = {"id", "uuid"} | {n for n, c in self.columns.items() if not c.journaled}
        if self.owned_by_participant:
            skip.add(self.owner)
        return frozenset(skip)

    def cleared(self) -> dict[str, ColumnProtection]:
        """The columns anonymisation changes."""
        return {n: c for n, c in self.columns.items() if c.anonymise is not Anonymise.KEEP}


_UNDECLARED = ColumnProtection(personal=False)


def NO_PERSONAL_DATA(  # reads as a declaration
    reason: str, journaled: bool = False, columns: Mapping[str, ColumnProtection] | None = None, **kw: Any
) -> TableProtection:
    """The declaration of a table that holds no one's personal data (``reason`` says why)."""
    return TableProtection(personal=False, reason=reason, journaled=journaled, columns=dict(columns or {}), **kw)


def table_info(protection: TableProtection) -> dict[str, dict[str, TableProtection]]:
    """The ``__table_args__`` dict that attaches a declaration to a table."""
    return {"info": {PROTECTION_KEY: protection}}


# --- views over all declarations (table name -> declaration) ----------------------------------------


def participant_table(declarations: Mapping[str, TableProtection]) -> tuple[str, TableProtection]:
    (found,) = [(n, p) for n, p in declarations.items() if p.owner == OWNER_SELF]
    return found


def owned_tables(declarations: Mapping[str, TableProtection]) -> dict[str, TableProtection]:
    """Tables whose rows belong to one participant (through their ``owner`` column)."""
    return {n: p for n, p in declarations.items() if p.owned_by_participant}


def special_fields(declarations: Mapping[str, TableProtection]) -> tuple[str, ...]:
    """The participant record's special-category attributes: its special columns, then the rows of
    special tables (by the record attribute that shows them)."""
    _, person = participant_table(declarations)
    own = [n for n, c in person.columns.items() if c.special]
    rows = [p.record_attr for p in owned_tables(declarations).values() if p.special and p.record_attr]
    return (*own, *rows)


def special_journal_prefixes(declarations: Mapping[str, TableProtection]) -> tuple[str, ...]:
    """Journal field prefixes of special rows ("category")."""
    return tuple(p.journal_prefix for p in owned_tables(declarations).values() if p.special and p.journal_prefix)


def restorable_fields(declarations: Mapping[str, TableProtection]) -> frozenset[str]:
    _, person = participant_table(declarations)
    return frozenset(n for n, c in person.columns.items() if c.restorable)


def report_fields(declarations: Mapping[str, TableProtection]) -> tuple[str, ...]:
    """The participant's columns listed in the Art. 15 report's personal-data section, in table order."""
    _, person = participant_table(declarations)
    return tuple(n for n, c in person.columns.items() if c.art15)


def polish_labels(declarations: Mapping[str, TableProtection]) -> dict[str, str]:
    """Polish labels of the participant's columns and of the columns of their rows (the report's
    journal names fields by column). A name used by two tables must have one label."""
    labels: dict[str, str] = {}
    name, person = participant_table(declarations)
    for table in ({name: person} | owned_tables(declarations)).values():
        for column, rule in table.columns.items():
            if rule.label_pl and labels.setdefault(column, rule.label_pl) != rule.label_pl:
                raise ValueError(f"column {column!r} has two Polish labels")
    return labels


def field_labels(declarations: Mapping[str, TableProtection]) -> dict[str, str]:
    """English labels (context "Labels") of journaled columns by column name, as the history shows
    them. A name used by several tables must have one label."""
    labels: dict[str, str] = {}
    for table in declarations.values():
        for column, rule in table.columns.items():
            if rule.label and labels.setdefault(column, rule.label) != rule.label:
                raise ValueError(f"column {column!r} has two labels")
    return labels


def coded_fields(declarations: Mapping[str, TableProtection]) -> dict[str, type[Enum]]:
    """Columns that store an enum's value, by column name (one enum per name across tables)."""
    coded: dict[str, type[Enum]] = {}
    for table in declarations.values():
        for column, rule in table.columns.items():
            if rule.codes is not None and coded.setdefault(column, rule.codes) is not rule.codes:
                raise ValueError(f"column {column!r} stores two enums")
    return coded


def read_labels_pl(declarations: Mapping[str, TableProtection]) -> dict[str, str]:
    """Short Polish names of the special fields, as a "read" journal line lists them."""
    _, person = participant_table(declarations)
    labels = {n: c.short_label_pl for n, c in person.columns.items() if c.short_label_pl}
    labels |= {p.record_attr: p.short_label_pl for p in owned_tables(declarations).values() if p.short_label_pl}
    return labels
