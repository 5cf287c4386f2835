"""Open the coopdesk database: preflight (read-only), migrate, return a Database."""

from __future__ import annotations

from pathlib import Path

from coopdesk.db.engine import Database, make_engine, make_sqlite_engine, preflight_sqlite
from coopdesk.db.migrate import known_revisions, migrate

DB_FILENAME = "coopdesk.sqlite3"


def open_sqlite(path: Path, lock_timeout: float = 1.0) -> Database:
    """Open (creating and migrating as needed) the embedded database at ``path``.

    A damaged, locked or newer file raises a DatabaseProblem and is left untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    current = preflight_sqlite(path, set(known_revisions()), lock_timeout)
    engine = make_sqlite_engine(path)
    migrate(engine, current, path)
    return Database(engine, path)


def open_url(url: str) -> Database:
    """A server database (PostgreSQL). Alembic brings its schema up to date the same way."""
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(url)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    migrate(engine, current)
    return Database(engine)
