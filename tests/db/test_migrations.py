"""Alembic is the only way a schema is made; existing files are upgraded, bad ones left untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from coopdesk.db import migrate as migrate_mod
from coopdesk.db.engine import make_sqlite_engine
from coopdesk.db.migrate import MigrationFailed, head_revision, known_revisions
from coopdesk.db.open import open_sqlite
from coopdesk.domain.errors import DatabaseDamaged, DatabaseLocked, DatabaseTooNew

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate_mod.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == head_revision()
    assert sorted(r.revision for r in script.walk_revisions()) == known_revisions()


def test_new_database_is_created_by_alembic(tmp_path):
    db = open_sqlite(tmp_path / "new.sqlite3")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        tables = set(inspect(conn).get_table_names())
        assert {"participants", "users", "at_risk_categories", "stage_history"} <= tables
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    db.dispose()


def test_second_start_does_no_work_and_makes_no_backup(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_sqlite(path).dispose()
    open_sqlite(path).dispose()
    assert [p.name for p in tmp_path.iterdir() if ".before-" in p.name] == []


def test_every_saved_revision_upgrades_to_head_and_keeps_data(tmp_path):
    fixtures = sorted(FIXTURES.glob("rev_*.sqlite3"))
    assert fixtures, "a fixture per revision is kept in tests/fixtures/db"
    assert {f.stem.removeprefix("rev_") for f in fixtures} == set(known_revisions()), (
        "save a fixture for each revision: tests/fixtures/build_revision_fixture.py"
    )
    for fixture in fixtures:
        path = tmp_path / fixture.name
        shutil.copyfile(fixture, path)
        db = open_sqlite(path)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            names = {r[0] for r in conn.execute(text("SELECT last_name FROM participants"))}
            assert {"Łukasik", "Żak", "Kovalenko"} <= names
            links = conn.execute(text("SELECT count(*) FROM participant_categories")).scalar()
            assert links >= 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        db.dispose()


def test_newer_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_sqlite(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as err:
        open_sqlite(path)
    assert "9999" in str(err.value) and "newer version" in str(err.value)
    assert digest(path) == before


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_garbage_file_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(content or b"x")
    before = digest(path)
    with pytest.raises(DatabaseDamaged):
        open_sqlite(path)
    assert digest(path) == before


def test_truncated_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "db.sqlite3"
    shutil.copyfile(FIXTURES / "rev_0001.sqlite3", path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = digest(path)
    with pytest.raises(DatabaseDamaged):
        open_sqlite(path)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something_else (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseDamaged):
        open_sqlite(path)


def test_locked_database_gives_a_clear_message(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_sqlite(path).dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as err:
            open_sqlite(path, lock_timeout=0.2)
        assert "locked" in str(err.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_failed_migration_restores_the_file(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    shutil.copyfile(FIXTURES / "rev_0001.sqlite3", path)
    open_sqlite(path).dispose()  # at head now

    def broken_upgrade(cfg, target):
        conn = cfg.attributes["connection"]
        conn.exec_driver_sql("DELETE FROM participant_categories")
        conn.exec_driver_sql("DELETE FROM stage_history")
        conn.exec_driver_sql("DELETE FROM participants")
        conn.commit()
        raise RuntimeError("simulated failure in a migration step")

    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", broken_upgrade)
    monkeypatch.setattr(migrate_mod, "head_revision", lambda: "0999")
    engine = make_sqlite_engine(path)
    with pytest.raises(MigrationFailed):
        migrate_mod.migrate(engine, head_revision(), path)
    engine.dispose()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 3
    conn.close()


def test_models_match_the_migrations(tmp_path):
    """A model change without a revision would make new and migrated databases differ."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from coopdesk.db.base import Base
    from coopdesk.db.tables import include_name

    db = open_sqlite(tmp_path / "x.sqlite3")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()
