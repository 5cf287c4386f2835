"""How every export file is written: under a temporary name, then journaled and named in one step.

``temporary_export`` gives the temporary name (``out`` + ".part"), registered beside the database so that a
crash's leftover — a file with people's data — is removed at the next start, and removed at once on any
error or cancel (the first error is the one raised). ``publish_export`` journals the export (who, which
people, which columns, where) and renames the file in the same transaction: a failed rename rolls the
entry back, a failed journal entry leaves no file under its name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from coopdesk.db import sqlite_files
from coopdesk.db.audit import log_export
from coopdesk.db.engine import Database
from coopdesk.domain.actor import Actor


@contextmanager
def temporary_export(db: Database, out: Path) -> Iterator[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    registry = Path(db.path) if db.path is not None and db.is_sqlite else None
    if registry is not None:
        sqlite_files.register_temporary(registry, tmp)
    try:
        yield tmp
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    finally:
        if registry is not None:
            sqlite_files.unregister_temporary(registry, tmp)


def publish_export(
    db: Database, actor: Actor, tmp: Path, out: Path, kind: str, count: int,
    columns: Iterable[str], participant_uuids: Iterable[str] | None,
) -> None:
    with db.session(actor) as s:
        log_export(s, actor, kind, str(out), count, columns, participant_uuids)
        s.flush()
        tmp.replace(out)  # a failed rename rolls the journal entry back
