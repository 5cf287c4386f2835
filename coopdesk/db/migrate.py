"""Bring a database to the current schema with Alembic: backup first, foreign keys off, check after.

This is the only way coopdesk creates or changes a schema (toolchain.md §5).
"""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from coopdesk.db.engine import key_of
from coopdesk.db.sqlite_files import add_salt_of, copy_database, has_sqlite_header
from coopdesk.domain.errors import DatabaseProblem

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def known_revisions() -> list[str]:
    """Revision ids in order; files are named ``NNNN_slug.py`` with ``revision = "NNNN"``."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


class MigrationFailed(DatabaseProblem):
    message = "Updating the database to the new version failed ({detail}); the file was restored from {backup}."


def backup_sqlite(src: Path, dst: Path, key: str | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL); encrypted with ``key`` if given."""
    return copy_database(src, dst, key)


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine, current: str | None, path: Path | None = None) -> bool:
    """Upgrade to head; return True when anything was done. ``current`` comes from the preflight."""
    head = head_revision()
    if current == head:
        return False
    from alembic import command  # imported only when there is work: keeps start-up fast

    backup: Path | None = None
    if current is not None and path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(
            path, path.with_name(f"{path.name}.before-{head}-from-{current}-{stamp}"), key_of(engine)
        )
        log.info("database backed up to %s before migrating %s -> %s", backup, current, head)
    engine.dispose()
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            command.upgrade(_alembic_config(conn), "head")
            if engine.dialect.name == "sqlite":
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise RuntimeError(f"foreign key violations after migration: {bad[:5]}")
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    except Exception as exc:
        engine.dispose()
        if backup is not None and path is not None:
            _restore(backup, path)
            raise MigrationFailed(detail=str(exc), backup=str(backup)) from exc
        raise
    engine.dispose()
    log.info("database migrated %s -> %s", current, head)
    return True


def _restore(backup: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not has_sqlite_header(backup):  # an encrypted copy has its own salt: name it in the cipher marker
        add_salt_of(path, backup)
    shutil.copyfile(backup, path)
