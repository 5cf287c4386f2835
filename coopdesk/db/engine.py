"""Engine creation (SQLite pragmas live here and only here), preflight checks and the Database handle."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from coopdesk.db import sqlite_files
from coopdesk.db.audit import JournaledSession
from coopdesk.db.sqlite_files import SQLITE_MAGIC
from coopdesk.domain.actor import Actor
from coopdesk.domain.errors import (
    DatabaseDamaged,
    DatabaseEncrypted,
    DatabaseLocked,
    DatabaseTooNew,
    StorageProblem,
    WrongPassphrase,
    storage_error,
)

__all__ = ["SQLITE_MAGIC", "Database", "make_engine", "make_sqlite_engine", "preflight_sqlite"]
log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class _Unit:
    """The unit of work open in this context: which database, whose, the session, writing or reading."""

    db: Database
    actor: Actor | None
    session: Session
    writes: bool


# The unit of work of the current thread / task (a context variable, so each background task, which
# runs in its own thread with a fresh context, has its own session and never joins the GUI's).
_CURRENT: ContextVar[_Unit | None] = ContextVar("coopdesk_unit_of_work", default=None)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA secure_delete=ON")  # deleted rows (an erased person) are overwritten, not left in free pages
    cur.close()


def make_sqlite_engine(path: Path, key: str | None = None) -> Engine:
    """An engine on the file; with ``key`` an SQLCipher engine (the key is set before the pragmas)."""
    if key is None:
        engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
    else:
        # QueuePool like plain file engines (the dialect's default SingletonThreadPool would share one
        # connection between nested sessions); each new connection pays SQLCipher's key derivation.
        engine = create_engine(
            URL.create("sqlite+pysqlcipher", password=key, database=str(path)),
            poolclass=QueuePool, connect_args={"check_same_thread": False}, hide_parameters=True,
        )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_engine(url: str) -> Engine:
    """Any other SQLAlchemy URL (e.g. a centre's shared PostgreSQL server)."""
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def key_of(engine: Engine) -> str | None:
    """The SQLCipher key of an engine made by make_sqlite_engine (None for a plain file)."""
    return engine.url.password if engine.url.get_driver_name() == "pysqlcipher" else None


def is_encrypted_file(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0 and not sqlite_files.has_sqlite_header(path)


def preflight_sqlite(
    path: Path,
    known_revisions: set[str],
    lock_timeout: float = 1.0,
    key: str | None = None,
    check_pages: bool = True,
) -> str | None:
    """Check an existing file without changing it; return its schema revision (None when new/empty).

    Raises DatabaseDamaged, DatabaseTooNew, DatabaseLocked, DatabaseEncrypted (an encrypted-looking file
    and no ``key``) or WrongPassphrase with a message for the user. ``key`` is ignored for a plain file.
    ``check_pages`` runs SQLite's quick_check over every page (the start-up integrity check; it reads
    the whole file, so a caller that has just run it passes False).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    encrypted = header != SQLITE_MAGIC
    if encrypted:
        # "Encrypted" only for a file this program encrypted (its salt is in the marker) or, with no
        # marker (an older version), one that looks like SQLCipher; zeros, text, a cut-off file or a
        # salt the marker does not name are damage: the backups are offered and restore replaces it.
        ours = sqlite_files.encrypted_by_us(path)
        if ours is False:
            raise DatabaseDamaged(path=str(path), detail=sqlite_files.headerless_problem(path)
                                  or "not a database this program encrypted")
        if key is None:
            raise DatabaseEncrypted(path=str(path))
    else:
        key = None
    errors = sqlite_files.database_errors(key)
    try:
        conn = sqlite_files.connect(path, key, readonly=True, timeout=lock_timeout)
    except errors as exc:
        raise DatabaseDamaged(path=str(path), detail=str(exc)) from exc
    try:
        if encrypted:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except errors as exc:
                if "locked" in str(exc):
                    raise DatabaseLocked(path=str(path)) from exc
                raise WrongPassphrase(path=str(path)) from exc
        revision = _inspect(conn, path, check_pages)
    except errors as exc:
        if "locked" in str(exc):
            raise DatabaseLocked(path=str(path)) from exc
        raise DatabaseDamaged(path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()
    if revision is not None and revision not in known_revisions:
        raise DatabaseTooNew(path=str(path), revision=revision)
    _check_not_locked(path, lock_timeout, key)
    return revision


def _inspect(conn, path: Path, check_pages: bool) -> str | None:
    """Page check (optional), then the schema revision of an open read-only connection."""
    if check_pages:
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseDamaged(path=str(path), detail=str(result[0] if result else "quick_check"))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or not row[0]:
            # tables without a revision: migrating "as if new" would fail half-way ("already exists")
            raise DatabaseDamaged(path=str(path), detail="no schema version")
        return row[0]
    if tables:
        raise DatabaseDamaged(path=str(path), detail="no schema version")
    return None


def _check_not_locked(path: Path, timeout: float, key: str | None = None) -> None:
    """Another program holding a write lock makes every save fail later: say so now."""
    conn = sqlite_files.connect(path, key, timeout=timeout)
    conn.isolation_level = None
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite_files.database_errors(key) as exc:
        raise DatabaseLocked(path=str(path)) from exc
    finally:
        conn.close()


class Database:
    """An open, migrated database: the engine and the unit-of-work factory."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, class_=JournaledSession, expire_on_commit=False)

    @property
    def file(self) -> Path:
        """The embedded database's file, which backups, restore and encryption work on (a server has none)."""
        if self.path is None:
            raise RuntimeError("this database is not an embedded file")
        return self.path

    @property
    def key(self) -> str | None:
        """The SQLCipher key when the file is encrypted (backups use it too), else None."""
        return key_of(self.engine)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def rebind(self, engine: Engine) -> None:
        """Point this handle (shared by every service) at a new engine, e.g. after encrypting the file."""
        self.engine.dispose()
        self.engine = engine
        self._sessions = sessionmaker(engine, class_=JournaledSession, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def _joined(self, actor: Actor | None, writes: bool) -> Session | None:
        """The session of the unit of work open in this context on this database, if any."""
        unit = _CURRENT.get()
        if unit is None or unit.db is not self:
            return None
        if unit.actor != actor:
            raise RuntimeError("a unit of work is joined by work for another user")
        if writes and not unit.writes:
            raise RuntimeError("a read-only unit of work cannot write")
        return unit.session

    @contextmanager
    def unit_of_work(self, actor: Actor | None = None, lock: bool = False) -> Iterator[Session]:
        """One transaction for several service calls: every ``session()`` and ``read()`` opened inside it
        (in this thread) joins it; it commits when the outermost block ends and rolls back everything
        on any error, so that a failure in a later step leaves nothing of the earlier ones.

        Nested ``unit_of_work`` blocks join the outer one. Work for another actor cannot join.
        ``lock``: take the write lock at once (SQLite: BEGIN IMMEDIATE), for work that reads a record and
        writes it back: nobody can save a change in between that the write would silently overwrite.
        """
        joined = self._joined(actor, writes=True)
        if joined is not None:
            yield joined
            return
        with self.session(actor) as session:
            if lock and self.is_sqlite:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            token = _CURRENT.set(_Unit(self, actor, session, writes=True))
            try:
                yield session
            finally:
                _CURRENT.reset(token)

    @contextmanager
    def snapshot(self, actor: Actor | None = None) -> Iterator[Session]:
        """A read-only unit of work that sees one consistent state: every ``read()`` inside it joins it
        (e.g. a report that reads several tables); a ``session()`` (a write) inside it is refused.

        On SQLite the reads run in one explicit read transaction (in WAL mode it never blocks writers
        and takes no write lock); other databases read in the session's own transaction.
        """
        joined = _CURRENT.get()
        if joined is not None and joined.db is self:
            yield self._joined(actor, writes=False)  # type: ignore[misc]
            return
        with self.read(actor) as session:
            if self.is_sqlite:
                session.connection().exec_driver_sql("BEGIN")
            token = _CURRENT.set(_Unit(self, actor, session, writes=False))
            try:
                yield session
            finally:
                _CURRENT.reset(token)

    @contextmanager
    def session(self, actor: Actor | None = None) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        ``actor`` is who does the work; the audit journal (db/audit.py) reads it from ``session.info``.
        Inside ``unit_of_work`` it joins that transaction (the outer block commits or rolls back).
        """
        joined = self._joined(actor, writes=True)
        if joined is not None:
            yield joined
            return
        session = self._sessions()
        session.info["actor"] = actor
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            problem = self._storage_problem(exc)
            if problem is not None:  # a full or read-only disk: say so (nothing was saved)
                raise problem from exc
            raise
        finally:
            session.close()

    def _storage_problem(self, exc: BaseException) -> StorageProblem | None:
        """StorageFull / StorageReadOnly naming the file, for a database or OS error that says the disk
        is full or read-only; None for anything else (which is raised as it is)."""
        if not isinstance(exc, (OSError, DBAPIError, *sqlite_files.database_errors(self.key))):
            return None
        return storage_error(exc, self.path if self.path is not None else self.engine.url.database)

    @contextmanager
    def read(self, actor: Actor | None = None) -> Iterator[Session]:
        """A read-only unit of work (never commits); inside ``unit_of_work`` or ``snapshot`` it joins
        that transaction (and sees its uncommitted changes)."""
        unit = _CURRENT.get()
        if unit is not None and unit.db is self:
            yield self._joined(actor, writes=False)  # type: ignore[misc]
            return
        session = self._sessions()
        session.info["actor"] = actor
        try:
            yield session
        except BaseException as exc:
            problem = self._storage_problem(exc)
            if problem is not None:
                raise problem from exc
            raise
        finally:
            session.rollback()
            session.close()

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it (SQLite; nothing elsewhere): after an
        erasure, so that the erased values do not stay in the ``-wal`` file's old page images."""
        if not self.is_sqlite:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def optimize(self, full: bool = False) -> None:
        """Give the query planner statistics (SQLite has none until ANALYZE): without them it may
        scan by stage instead of by name. ``full`` after a bulk load; the cheap form on close."""
        if not self.is_sqlite:
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE" if full else "PRAGMA optimize")
                conn.commit()
        except Exception:  # statistics are an optimisation; never fail a close or a load over them
            log.warning("could not update query planner statistics", exc_info=True)

    def dispose(self) -> None:
        self.optimize()
        self.engine.dispose()
