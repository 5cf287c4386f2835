"""Every mapped table declares what data protection needs (coopdesk/domain/protection.py), beside it.

The walk below fails on a table without a declaration, on a declared column the table does not have,
and on a column whose name looks personal (name, PESEL, birth, address, phone, e-mail, note, health,
disability, criminal record...) that its table's declaration does not cover, so the next table
(attendance, barriers, support sessions, founders, members) cannot be forgotten by the journal,
erasure, anonymisation or the Art. 15 report.
"""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import date

import pytest
from sqlalchemy import Column, Date, ForeignKey, Integer, MetaData, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coopdesk.db import protection
from coopdesk.db.base import Base
from coopdesk.domain.protection import (
    GENERALISERS,
    NO_PERSONAL_DATA,
    OWNER_SELF,
    PROTECTION_KEY,
    Anonymise,
    Erasure,
    TableProtection,
    clear,
    keep,
    table_info,
)
from coopdesk.domain.records import ParticipantDraft

# Parts of column names that suggest personal data; such a column must be declared. A derived key
# ("..._key": search and sort keys made of names and towns) too: it must say it is not journaled.
LOOKS_PERSONAL = re.compile(
    r"name|pesel|birth|address|street|building|flat|town|postal|phone|mail|note|health|disab|criminal"
    r"|convict|minority|ethnic|foreign|homeless|religio|sex|gender|citizen|proof|search|value|_key$"
)


def problems(metadata: MetaData) -> list[str]:
    """What is wrong with the declarations of ``metadata``'s tables (empty: nothing)."""
    found: list[str] = []
    owners = [t.name for t in metadata.sorted_tables if (d := t.info.get(PROTECTION_KEY)) and d.owner == OWNER_SELF]
    for table in metadata.sorted_tables:
        decl = table.info.get(PROTECTION_KEY)
        if not isinstance(decl, TableProtection):
            found.append(f"{table.name}: no data-protection declaration (table_info(TableProtection(...)) or "
                         "table_info(NO_PERSONAL_DATA(reason)) in __table_args__)")
            continue
        columns = {c.key for c in table.c}
        found += [f"{table.name}.{c}: declared but not a column" for c in decl.columns if c not in columns]
        found += [
            f"{table.name}.{c}: looks personal but is not declared" for c in sorted(columns)
            if LOOKS_PERSONAL.search(c) and c not in decl.columns
        ]
        if not decl.personal:
            if not decl.reason:
                found.append(f"{table.name}: NO_PERSONAL_DATA needs a reason")
            found += [f"{table.name}.{c}: personal column in a table without personal data"
                      for c, rule in decl.columns.items() if rule.personal and rule.journaled]
        if decl.owned_by_participant:
            if decl.owner not in columns:
                found.append(f"{table.name}: owner column {decl.owner} missing")
            elif not any(fk.column.table.name in owners for fk in table.c[decl.owner].foreign_keys):
                found.append(f"{table.name}.{decl.owner}: owner does not point at the participants")
            if not decl.journaled:
                found.append(f"{table.name}: a participant's rows must be journaled")
            if decl.erasure is not Erasure.DELETE:  # (scrubbing is the journal's, which has no owner column)
                found.append(f"{table.name}: a participant's rows must be deleted by erasure")
            if decl.journaled and not decl.journal_prefix:
                found.append(f"{table.name}: journaled under the participant without a journal_prefix")
            if decl.journal_key and decl.journal_key not in columns:
                found.append(f"{table.name}: journal_key {decl.journal_key} is not a column")
        for name, rule in decl.columns.items():
            if rule.anonymise is Anonymise.GENERALISE and rule.generaliser not in GENERALISERS:
                found.append(f"{table.name}.{name}: unknown generaliser {rule.generaliser}")
            if rule.anonymise is not Anonymise.KEEP and name in columns:
                col = table.c[name]
                if rule.value is None and rule.anonymise is not Anonymise.GENERALISE and not col.nullable:
                    found.append(f"{table.name}.{name}: cleared to NULL but NOT NULL")
    if len(owners) != 1:
        found.append(f"exactly one table must be the participants themselves (owner=self): {owners}")
    return found


def test_every_mapped_table_is_declared_and_covered():
    assert problems(Base.metadata) == []


def test_the_walk_fails_on_a_table_without_a_declaration():
    """Throwaway tables mapped the same way as the real ones (a declarative base, ``__table_args__``): a new
    participant's table without a declaration fails; then one whose declaration misses a personal
    column and names a column the table does not have."""

    class Throwaway(DeclarativeBase):
        pass

    class Person(Throwaway):
        __tablename__ = "participants"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        first_name: Mapped[str] = mapped_column(String(100))
        __table_args__ = table_info(TableProtection(
            personal=True, owner=OWNER_SELF, journaled=True, erasure=Erasure.DELETE,
            columns={"first_name": clear("")},
        ))

    class Attendance(Throwaway):
        __tablename__ = "attendance"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
        day: Mapped[date] = mapped_column(Date)
        note: Mapped[str] = mapped_column(Text)

    assert problems(Throwaway.metadata) == [
        "attendance: no data-protection declaration (table_info(TableProtection(...)) or "
        "table_info(NO_PERSONAL_DATA(reason)) in __table_args__)"
    ]
    Attendance.__table__.info.update(table_info(TableProtection(
        personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
        journal_prefix="attendance", columns={"day": keep(), "health_note": clear("")},
    ))["info"])
    assert problems(Throwaway.metadata) == [
        "attendance.health_note: declared but not a column",
        "attendance.note: looks personal but is not declared",
    ]
    Attendance.__table__.info.update(table_info(TableProtection(
        personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
        journal_prefix="attendance", columns={"day": keep(), "note": clear("")},
    ))["info"])
    assert problems(Throwaway.metadata) == []
    assert Person.__table__.info[PROTECTION_KEY].owner == OWNER_SELF


def test_the_walk_fails_on_a_participants_table_that_erasure_would_keep():
    meta = MetaData()
    Table("participants", meta, Column("id", Integer, primary_key=True),
          info={PROTECTION_KEY: TableProtection(personal=True, owner=OWNER_SELF)})
    Table("barriers", meta, Column("id", Integer, primary_key=True), Column("participant_id", Integer),
          info={PROTECTION_KEY: TableProtection(personal=True, owner="participant_id")})
    assert problems(meta) == [
        "barriers.participant_id: owner does not point at the participants",
        "barriers: a participant's rows must be journaled",
        "barriers: a participant's rows must be deleted by erasure",
    ]


def test_restorable_and_special_fields_are_fields_of_the_participant_record():
    """What the declarations call restorable is put back through ParticipantDraft; what they call special
    is blanked on the Participant record: both must name its fields."""
    draft = {f.name for f in fields(ParticipantDraft)}
    assert protection.RESTORABLE_PARTICIPANT_FIELDS.issubset(draft)
    assert set(protection.SPECIAL_PARTICIPANT_FIELDS).issubset(draft | {"categories"})
    assert set(protection.SPECIAL_PARTICIPANT_FIELDS) >= {"disability", "minority", "foreign_background",
                                                        "homeless", "notes", "categories"}
    assert protection.SPECIAL_JOURNAL_PREFIXES == ("category",)


def test_the_walk_fails_on_a_dictionary_with_a_name_and_no_reason():
    meta = MetaData()
    Table("participants", meta, Column("id", Integer, primary_key=True),
          info={PROTECTION_KEY: TableProtection(personal=True, owner=OWNER_SELF)})
    Table("barriers", meta, Column("id", Integer, primary_key=True), Column("name", String),
          info={PROTECTION_KEY: NO_PERSONAL_DATA("")})
    assert problems(meta) == ["barriers.name: looks personal but is not declared",
                              "barriers: NO_PERSONAL_DATA needs a reason"]


@pytest.mark.parametrize("name", ["town_key", "name_key", "search_key", "sort_key"])
def test_the_derived_sort_and_search_keys_are_declared(name):
    """Keys derived from names and towns (schema 0007) are personal too: cleared with their source."""
    declared = {t: d.columns[name] for t, d in protection.declarations().items() if d.journaled and name in d.columns}
    assert declared, name
    for table, rule in declared.items():
        assert not rule.journaled, (table, name)
        if table == "participants":
            assert rule.anonymise is Anonymise.CLEAR


def test_every_journaled_column_has_labels_for_the_history_and_the_report():
    """Each journaled column is named in the history (English, translated); a participant's columns and
    those of their rows also in the Art. 15 report (Polish), so a new column never shows as a raw key."""
    missing = []
    for name, decl in protection.declarations().items():
        if not decl.journaled or name == "settings":  # a setting is journaled by its key, not by column
            continue
        skipped = decl.unjournaled_columns() | {decl.journal_key}
        for column in (c.key for c in Base.metadata.tables[name].c if c.key not in skipped):
            rule = decl.column(column)
            if not rule.label:
                missing.append(f"{name}.{column}: label")
            if decl.owner and not rule.label_pl:
                missing.append(f"{name}.{column}: label_pl")
    assert missing == []
    assert protection.FIELD_LABELS["first_name"] == "First name"
    assert protection.FIELD_LABELS["lead_partner"] == "Lead partner"


def test_the_monitoring_exports_special_columns_are_the_declared_special_fields():
    """The monitoring export marks its special-category sources itself (their columns written empty for a
    role without the right to read them): each source that reads a declared special field is marked, and
    no other."""
    from coopdesk.db.tables import Participant
    from coopdesk.services.layouts import SOURCES, load_layout
    from coopdesk.services.monitoring_export import _FIELDS, _NAMES, _Cells

    class Reads:  # a row (values in _NAMES order), or a lookup by person or participation, noting what is read
        def __init__(self, names: list[str], name: str = "") -> None:
            self.names, self.name = names, name

        def __getitem__(self, index: int):
            self.names.append(_NAMES[index])

        def get(self, _key, default=None):
            self.names.append(self.name)
            return default

    def person_field(name: str) -> str | None:
        if name == "categories":  # the person's at-risk categories, looked up by person
            return name
        column = _FIELDS.get(name)
        return column.key if column is not None and column.class_ is Participant else None

    special = set(protection.SPECIAL_PARTICIPANT_FIELDS)
    plain = load_layout("plain")
    wrong = []
    for source, declared in SOURCES.items():
        names: list[str] = []
        cells = _Cells(plain, plain.sheet, True, date(2026, 1, 1), Reads(names, "supports"), Reads(names, "categories"))
        cells._raw(source, date(2026, 1, 1))(Reads(names), None)
        read = {person_field(n) for n in names} - {None}
        if bool(special & read) != declared.special:
            wrong.append((source, names, declared.special))
    assert wrong == []


def test_a_secret_setting_is_journaled_without_its_value(services):
    """The settings table declares the backup passphrase a secret row: the journal says it was set and
    changed, never what it is."""
    assert "backup.passphrase" in protection.declarations()["settings"].secret_rows
    services.backups.set_backup_passphrase("Tajne-Haslo-Kopii-2026")
    services.backups.set_backup_passphrase("Inne-Haslo-Kopii-2027")
    with services.db.engine.connect() as c:
        rows = c.execute(text(
            "SELECT action, old_value, new_value FROM audit_log WHERE field='backup.passphrase' ORDER BY id"
        )).all()
    assert [tuple(r) for r in rows] == [("create", None, "set"), ("update", None, "changed")]


def test_every_coded_column_of_a_person_is_written_in_polish_words_in_the_report():
    """A participant's column (or their rows') declared as storing an enum is shown in the Art. 15 report
    by the value's Polish words, not its code."""
    from coopdesk.services.gdpr_report import _CODED, field_value

    declared = protection.declarations()
    tables = [n for n, d in declared.items() if d.owner]
    coded = {c for n in tables for c, rule in declared[n].columns.items() if rule.codes is not None}
    assert coded == set(_CODED)
    assert field_value("homeless", "refused") == "Odmowa podania informacji"
