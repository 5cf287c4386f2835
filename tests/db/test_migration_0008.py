"""Schema 0008 on a database that already holds people (the rev_0006 fixture): the recruitment sources
become a dictionary holding the defaults and every source the participants have (in use), the seeded
categories get their legal basis, projects get empty identity fields (issue 7)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import text

from coopdesk.db.open import open_sqlite
from coopdesk.resources import resource_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_an_older_database_gets_its_dictionaries_and_project_identity(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "rev_0006.sqlite3", path)
    db = open_sqlite(path)
    try:
        with db.engine.connect() as conn:
            used = {r[0] for r in conn.execute(text(
                "SELECT DISTINCT recruitment_source FROM participants WHERE recruitment_source <> ''"))}
            sources = [r[0] for r in conn.execute(text("SELECT name FROM recruitment_sources ORDER BY sort_order"))]
            bases = {r[0] for r in conn.execute(text("SELECT legal_basis FROM at_risk_categories"))}
            projects = list(conn.execute(text("SELECT number, partners, logo_strip FROM projects")))
            uuids = [r[0] for r in conn.execute(text("SELECT uuid FROM recruitment_sources"))]
    finally:
        db.dispose()
    defaults = json.loads(resource_path("data", "recruitment_sources.json").read_text(encoding="utf-8"))["sources"]
    assert sources[: len(defaults)] == defaults and used <= set(sources)
    assert len(set(uuids)) == len(uuids) == len(sources)
    assert bases == {"Ustawa z dnia 5 sierpnia 2022 r. o ekonomii społecznej (Dz.U. 2022 poz. 1812)"}
    assert all(p == ("", "", "") for p in projects)
