"""Backups and encryption on the 100,000-participant database.

    .venv/bin/python benchmarks/bench_backup.py [--repeat N]

Each figure next to its floor, the simplest fast way with plain ``sqlite3``/``sqlcipher3``:
- backup_to (backup API copy + quick verification) vs a bare ``Connection.backup``;
- verify_backup (integrity_check, schema, participants) vs a bare ``PRAGMA integrity_check``;
- encrypting in place (export + full verification + atomic swap) vs a bare ``sqlcipher_export``;
- backup of the encrypted database vs a bare sqlcipher3 backup with the same key;
- opening the encrypted database (preflight + engine) vs a bare sqlcipher3 connect + key (the KDF).
Runs on a copy of the cached benchmark database.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from common import TODAY, Table, data_dir, measure

from coopdesk.db import sqlite_files
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.backup import verify_backup
from coopdesk.services.context import SYSTEM_ACTOR, Context

KEY = "benchmark passphrase"


def raw_backup(src: Path, dst: Path, key: str | None = None) -> None:
    dst.unlink(missing_ok=True)
    source, target = sqlite_files.connect(src, key), sqlite_files.connect(dst, key)
    source.backup(target)
    target.close()
    source.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="coopdesk-bench-backup-"))
    try:
        folder = work / "data"
        shutil.copytree(data_dir(), folder)
        ctx = Context(actor=SYSTEM_ACTOR, today=lambda: TODAY)
        s = open_services(folder, ctx)
        db = database_path(folder)
        size = db.stat().st_size / 2**20
        table = Table(f"Backups and encryption ({size:.0f} MiB database)")
        out = work / "copy.sqlite3"
        t = measure(lambda: s.backups.backup_to(out), args.repeat)
        f = measure(lambda: raw_backup(db, work / "floor.sqlite3"), args.repeat)
        table.add("backup_to (copy + verify)", t.median, f.median)
        t = measure(lambda: verify_backup(out), args.repeat)

        def floor_check():
            conn = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
            conn.execute("PRAGMA integrity_check").fetchall()
            conn.close()

        f = measure(floor_check, args.repeat)
        table.add("verify_backup (integrity_check)", t.median, f.median)
        started = time.perf_counter()
        sqlite_files.export_database(out, work / "floor-enc.sqlite3", None, KEY)
        floor_export = time.perf_counter() - started
        started = time.perf_counter()
        s.encryption.encrypt(KEY)
        table.add("encrypt in place (once)", time.perf_counter() - started, floor_export, unit="s")
        t = measure(lambda: s.backups.backup_to(out), args.repeat)
        f = measure(lambda: raw_backup(db, work / "floor.sqlite3", KEY), args.repeat)
        table.add("backup_to, encrypted", t.median, f.median)
        s.close()

        def open_encrypted():
            open_services(folder, ctx, key=KEY).close()

        def floor_open():
            conn = sqlite_files.connect(db, KEY)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()

        t = measure(open_encrypted, args.repeat)
        f = measure(floor_open, args.repeat)
        table.add("open encrypted database", t.median, f.median)
        table.print()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
