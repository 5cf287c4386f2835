"""Open the coopdesk database: preflight (read-only), migrate, return a Database."""

from __future__ import annotations

from pathlib import Path

from coopdesk.db import sqlite_files
from coopdesk.db.engine import (
    Database,
    is_encrypted_file,
    make_engine,
    make_sqlite_engine,
    preflight_sqlite,
)
from coopdesk.db.migrate import known_revisions, migrate

DB_FILENAME = "coopdesk.sqlite3"


def open_sqlite(
    path: Path, lock_timeout: float = 1.0, key: str | None = None, check_pages: bool = True
) -> Database:
    """Open (creating and migrating as needed) the embedded database at ``path``.

    A damaged, locked or newer file raises a DatabaseProblem and is left untouched; an encrypted file
    raises DatabaseEncrypted without ``key`` and WrongPassphrase with a wrong one. ``key`` is the
    SQLCipher passphrase; it is ignored for an existing plain file, and a new file is created encrypted.
    ``check_pages=False`` skips the whole-file quick_check when the caller has just run it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    current = preflight_sqlite(path, set(known_revisions()), lock_timeout, key, check_pages)
    if key is not None and path.exists() and path.stat().st_size > 0 and not is_encrypted_file(path):
        key = None  # a plain file stays plain until the coordinator encrypts it
    engine = make_sqlite_engine(path, key)
    migrate(engine, current, path)
    if key is not None:  # opened (or created) with its key: the file is ours, record its salt
        sqlite_files.mark_encrypted(path)
    return Database(engine, path)


def open_url(url: str) -> Database:
    """A server database (PostgreSQL). Alembic brings its schema up to date the same way."""
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(url)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    migrate(engine, current)
    return Database(engine)
