"""Recovery decided from file contents (issue 6 points 1, 3, 4, 5): crashes during encryption, files
of zeros or random bytes, leftover temporary copies, an empty schema-version table."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coopdesk.app import main
from coopdesk.domain.actor import SYSTEM_ACTOR
from coopdesk.domain.errors import DatabaseDamaged
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.backup import startup_check
from coopdesk.services.context import Context

SYS = Context(actor=SYSTEM_ACTOR)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- point 5: an empty alembic_version table ------------------------------------------------------
def _empty_version_table(data: Path) -> Path:
    s = open_services(data, SYS)
    s.backups.auto_backup("exit")
    s.close()
    path = database_path(data)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    return path


def test_empty_schema_version_is_damaged_at_start_with_the_backup_offered(tmp_path):
    data = tmp_path / "data"
    path = _empty_version_table(data)
    before = digest(path)
    health = startup_check(data)
    assert isinstance(health.problem, DatabaseDamaged)
    assert "no schema version" in health.problem.params["detail"]
    assert health.last_good is not None
    with pytest.raises(DatabaseDamaged):
        open_services(data, SYS)
    assert digest(path) == before


def test_empty_schema_version_is_refused_by_the_cli(tmp_path, capsys):
    data = tmp_path / "data"
    path = _empty_version_table(data)
    before = digest(path)
    assert main(["check", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err
    assert digest(path) == before
