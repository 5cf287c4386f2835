"""Every foreign key has an index that starts with its column(s).

Without one, deleting or changing the referred row (ON DELETE SET NULL / CASCADE, and the checks of
RESTRICT) and every join or filter on the key scans the whole child table — on SQLite and PostgreSQL
alike (PostgreSQL does not index foreign keys by itself either). Checked on the models and on a database
made by the migrations, so a future table cannot forget it.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, UniqueConstraint, inspect

from coopdesk.db import tables, tables_security  # noqa: F401  (register every mapped table)
from coopdesk.db.base import Base
from coopdesk.db.open import open_sqlite


def _leads(prefixes: list[tuple[str, ...]], columns: tuple[str, ...]) -> bool:
    return any(prefix[: len(columns)] == columns for prefix in prefixes)


def missing_in_models() -> list[str]:
    """'table.col[,col]' for each foreign key of Base.metadata not covered by an index / PK / unique."""
    missing = []
    for table in Base.metadata.sorted_tables:
        covering = [tuple(c.name for c in index.columns) for index in table.indexes]
        covering.append(tuple(c.name for c in table.primary_key.columns))
        covering += [
            tuple(c.name for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        covering += [(c.name,) for c in table.columns if c.unique]
        for fk in table.foreign_key_constraints:
            columns = tuple(c.name for c in fk.columns)
            if not _leads(covering, columns):
                missing.append(f"{table.name}.{','.join(columns)}")
    return sorted(missing)


def test_the_check_sees_a_missing_index():
    meta = MetaData()
    Table("parent", meta, Column("id", Integer, primary_key=True))
    child = Table(
        "child", meta, Column("id", Integer, primary_key=True),
        Column("parent_id", ForeignKey("parent.id")), Column("other_id", ForeignKey("parent.id"), index=True),
    )
    covering = [tuple(c.name for c in i.columns) for i in child.indexes]
    assert not _leads(covering, ("parent_id",))
    assert _leads(covering, ("other_id",))
    assert _leads([("a", "b", "c")], ("a", "b")) and not _leads([("b", "a")], ("a",))


def test_every_foreign_key_of_the_models_has_an_index():
    missing = missing_in_models()
    assert not missing, f"foreign keys without an index (add index=True or Index(...) and a migration): {missing}"


def test_every_foreign_key_of_a_migrated_database_has_an_index(tmp_path):
    db = open_sqlite(tmp_path / "fk.sqlite3")
    try:
        with db.engine.connect() as conn:
            insp = inspect(conn)
            missing = []
            for name in insp.get_table_names():
                covering = [tuple(i["column_names"]) for i in insp.get_indexes(name)]
                covering.append(tuple(insp.get_pk_constraint(name)["constrained_columns"]))
                covering += [tuple(u["column_names"]) for u in insp.get_unique_constraints(name)]
                for fk in insp.get_foreign_keys(name):
                    columns = tuple(fk["constrained_columns"])
                    if not _leads(covering, columns):
                        missing.append(f"{name}.{','.join(columns)}")
            assert not missing, f"foreign keys without an index in a migrated database: {sorted(missing)}"
    finally:
        db.dispose()
