"""Importing participants from a spreadsheet (issue 9) against its floor.

The file: ROWS (default 10,000) recruitment rows in an xlsx - names, a valid PESEL, sex, birth date, town,
street, postal code, phone, e-mail, education, labour-market status, start date - as a partner sends them.

- floor: the same file read with python-calamine and its rows inserted with plain ``sqlite3.executemany`` into
  participants + participations of a new coopdesk database (triggers and indexes as coopdesk has them);
- coopdesk: ``read`` + ``propose`` + ``dry_run`` (every row converted and checked, duplicates in the file and
  against the register) + ``commit`` (one unit of work: people, participations, stage history, the journal,
  the batch) into a new database of the same schema; the dry run on its own too;
- memory: peak RSS of a fresh process importing a 100,000-row file (read, dry run, commit).

Targets: import <= 2x the floor; dry run of 10,000 rows <= 2 s; <= 500 MB for 100,000 rows.

    .venv/bin/python benchmarks/bench_import.py [ROWS] [--skip-memory] [--register]

``--register``: the dry run once more against the cached 100,000-person database (duplicate look-ups on a
large register; builds it on first use, see common.py).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from common import CACHE, ROOT, Table, data_dir

from coopdesk.db.base import new_uuid
from coopdesk.domain.collation import name_sort_key, polish_key, stage_order
from coopdesk.domain.search import search_key
from coopdesk.services.app_services import database_path, open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.services.demo import pesel_for

sqlite3.register_adapter(date, date.isoformat)
sqlite3.register_adapter(datetime, lambda d: d.isoformat(" ", "microseconds"))

TODAY = date(2026, 11, 27)
HEADERS = ["Imię", "Nazwisko", "PESEL", "Płeć", "Data urodzenia", "Miejscowość", "Ulica", "Kod pocztowy",
           "Telefon", "E-mail", "Wykształcenie", "Status na rynku pracy", "Data rozpoczęcia udziału w projekcie"]
FIRST = {"K": ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Zofia", "Łucja"],
         "M": ["Jan", "Piotr", "Andrzej", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Jerzy"]}
LAST = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
        "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk"]
TOWNS = ["Gdańsk", "Sopot", "Gdynia", "Rumia", "Wejherowo", "Pruszcz Gdański", "Kartuzy", "Łódź"]
EDUCATION = ["Podstawowe", "Gimnazjalne", "Ponadgimnazjalne (ISCED 3)", "Wyższe (ISCED 5-8)", "ISCED 4"]
STATUS = ["Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy", "Bezrobotny zarejestrowany",
          "Osoba bierna zawodowo", "Osoba pracująca"]


def make_file(path: Path, rows: int, seed: int = 9) -> Path:
    """``rows`` distinct people (valid PESELs, none in the demo register's serials) in an xlsx."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rekrutacja")
    ws.append(HEADERS)
    used: set[str] = set()
    while len(used) < rows:
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 55))
        sex = rng.choice("KM")
        pesel = pesel_for(born, sex == "K", 4000 + rng.randrange(0, 999))
        if pesel in used:
            continue
        used.add(pesel)
        last = rng.choice(LAST)
        if sex == "K" and last.endswith("ski"):
            last = last[:-1] + "a"
        ws.append([rng.choice(FIRST[sex]), last, pesel, sex, born, rng.choice(TOWNS),
                   f"ul. Długa {rng.randrange(1, 200)}", f"{rng.randrange(80, 85)}-{rng.randrange(100, 999)}",
                   f"{rng.randrange(500, 899)}{rng.randrange(100000, 999999)}",
                   f"osoba{len(used)}@example.pl", rng.choice(EDUCATION), rng.choice(STATUS),
                   date(2026, 1, 5) + timedelta(days=rng.randrange(0, 300))])
    wb.save(path)
    return path


def empty_database(name: str) -> Path:
    """A new, migrated database folder (a copy of one made once: migrations are not what is timed)."""
    template = CACHE / "import-template"
    if not (template / "bench.done").exists():
        shutil.rmtree(template, ignore_errors=True)
        open_services(template, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY)).close()
        (template / "bench.done").write_text("")
    folder = CACHE / name
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    return folder


# --- the floor ----------------------------------------------------------------------------------
def floor(path: Path) -> float:
    """calamine read + plain sqlite3 executemany into participants and participations, one transaction."""
    folder = empty_database("import-floor")
    started = time.perf_counter()
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Rekrutacja").to_python()[1:]
    conn = sqlite3.connect(database_path(folder))
    now = datetime.now()
    people = []
    for r in rows:
        first, last, pesel, sex, born, town, street, postal, phone, email = (str(v) if v != "" else "" for v in r[:10])
        people.append((new_uuid(), first, last, pesel, born, sex, "PL", phone, email, "", "", "", town, street,
                       "", "", postal, "", "recruited", "", search_key(last, first, pesel, town),
                       name_sort_key(last, first), polish_key(town), stage_order("recruited"), now, now))
    with conn:
        conn.executemany(
            "INSERT INTO participants (uuid, first_name, last_name, pesel, birth_date, sex, citizenship, phone, "
            "email, voivodeship, powiat, gmina, town, street, building_no, flat_no, postal_code, recruitment_source, "
            "stage, notes, search_key, name_key, town_key, stage_order, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", people)
        ids = dict(conn.execute("SELECT uuid, id FROM participants"))
        conn.executemany(
            "INSERT INTO participations (uuid, participant_id, participant_type, institution_name, institution_nip, "
            "labour_status, labour_detail, school_type, education, teryt, voivodeship, powiat, gmina, town, "
            "degurba_manual, start_date, employment_proof, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(new_uuid(), ids[p[0]], "individual", "", "", "unemployed_registered", "", "", "3", "", "", "", "",
              p[12], False, r[12], "", now, now) for p, r in zip(people, rows, strict=True)])
    conn.close()
    return time.perf_counter() - started


# --- coopdesk -----------------------------------------------------------------------------------
def coopdesk_import(path: Path, folder: Path | None = None) -> tuple[float, float, int]:
    """(whole import seconds, of which the dry run, rows created or skipped as duplicates within the file: a
    few random people share a name and a birth date)."""
    folder = folder or empty_database("import-coopdesk")
    services = open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    try:
        imp = services.participant_import
        started = time.perf_counter()
        source = imp.read(path)
        mapping = imp.propose(source, "Rekrutacja")
        dry = time.perf_counter()
        plan = imp.dry_run(source, "Rekrutacja", mapping)
        dry = time.perf_counter() - dry
        assert plan.counts.with_errors == 0, [p.render() for p in plan.problems[:5]]
        outcome = imp.commit(plan)
        total = time.perf_counter() - started
    finally:
        services.close()
    return total, dry, outcome.created_people + outcome.skipped


def dry_run_only(path: Path, folder: Path) -> tuple[float, int]:
    services = open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    try:
        imp = services.participant_import
        source = imp.read(path)
        started = time.perf_counter()
        plan = imp.dry_run(source, "Rekrutacja", imp.propose(source, "Rekrutacja"))
        return time.perf_counter() - started, plan.counts.duplicates
    finally:
        services.close()


# VmHWM, the peak of this process's own memory: ru_maxrss would carry the parent's size over fork + exec
MEMORY_CHILD = """
import sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
from bench_import import coopdesk_import
from pathlib import Path
total, dry, created = coopdesk_import(Path({path!r}))
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(created, total, dry, peak / 1024)
"""


def memory(rows: int) -> tuple[float, float, int]:
    """(peak MB, seconds, people) of a fresh process importing a ``rows``-row file."""
    path = make_file(CACHE / f"import-{rows}.xlsx", rows)
    code = MEMORY_CHILD.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return float(out[3]), float(out[1]), int(out[0])


def main(argv: list[str]) -> None:
    numbers = [a for a in argv if a.isdigit()]
    rows = int(numbers[0]) if numbers else 10_000
    CACHE.mkdir(exist_ok=True)
    path = make_file(CACHE / f"import-{rows}.xlsx", rows)
    table = Table(f"Import of {rows:,} rows (xlsx, {len(HEADERS)} columns)")
    floors, ours, dries = [], [], []
    for _ in range(2):  # alternately, so a busy machine slows both alike
        floors.append(floor(path))
        total, dry, created = coopdesk_import(path)
        assert created == rows
        ours.append(total)
        dries.append(dry)
    best_floor = min(floors)
    table.add("import (read, dry run, commit)", min(ours), best_floor, "<= 2x floor", unit="s")
    table.add("dry run alone", min(dries), None, "<= 2 s", unit="s")
    if "--register" in argv:
        seconds, duplicates = dry_run_only(path, data_dir())
        table.add(f"dry run against 100,000 people ({duplicates} duplicates)", seconds, None, "<= 2 s", unit="s")
    if "--skip-memory" not in argv:
        peak, seconds, created = memory(100_000)
        table.add(f"100,000 rows: peak RSS ({created:,} imported in {seconds:.1f} s)", peak, None, "<= 500 MB",
                  unit="MB")
    table.print()


if __name__ == "__main__":
    main(sys.argv[1:])
