"""GUI figures with 100,000 participants (Qt offscreen): start, participants page, keystrokes, memory.

    .venv/bin/python benchmarks/bench_gui.py [--repeat N] [--skip-start] [--read-all]

* app start to window shown: a fresh interpreter imports coopdesk, creates the QApplication, opens the
  database, builds the MainWindow, shows it and processes events (the GUI's sign-in dialog is left
  out: services are opened as the system, as tests do). Floors: ``python -c 'import PySide6.QtWidgets'``
  and an empty QMainWindow shown.
* participants page opened and filled: ParticipantsPage built, shown, first rows visible and the count
  displayed. Floor: the same SQL through plain sqlite3 into a QStandardItemModel in a QTableView.
* keystroke -> table updated: ``setText`` on ``participantSearch``, then events until the table's first
  paint after the model reset has finished (the new first page visible). Floor: the first page's SQL
  through plain sqlite3.
* keystroke -> exact count shown: from the same ``setText`` until the model has announced the exact
  count (``totalChanged``; for a full first page the count runs after that paint and the model grows)
  and one more turn of events (the count label repainted). Floor: the first page's SQL and, when that
  page is full, the count's.
* jump to the end: ``scrollToBottom()`` on the 100,000-row virtual table and the repaint (one page
  query at offset 99,800). Floor: the same SQL through plain sqlite3. ``--read-all`` then reads every
  row through ``data()`` (500 page queries; only the LRU's pages stay in memory).
* peak memory (ru_maxrss) of this process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ROOT, TODAY, Table, Timing, captured_sql, data_dir, raw_connection, replay
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from coopdesk.services.app_services import open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.ui.models.participants_model import PAGE_SIZE
from coopdesk.ui.pages.participants_page import ParticipantsPage

PYTHON = sys.executable
START_COOPDESK = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from coopdesk.platform.i18n import install_translations
from coopdesk.platform.paths import resolve_paths
from coopdesk.platform.prefs import Prefs
from coopdesk.services.app_services import open_services
from coopdesk.services.context import SYSTEM_ACTOR, Context
from coopdesk.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
paths = resolve_paths({folder!r})
prefs = Prefs(paths)
install_translations(app, prefs.language)
services = open_services(paths.data_dir, Context(actor=SYSTEM_ACTOR))
window = MainWindow(services, prefs)
window.show()
while not window.isVisible() or window.participants_page.model.rowCount() == 0:
    app.processEvents()
app.processEvents()
sys.stdout.flush()
os._exit(0)
"""
START_EMPTY = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
while not window.isVisible():
    app.processEvents()
app.processEvents()
os._exit(0)
"""


def wall(code: str, repeat: int) -> Timing:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run([PYTHON, "-c", code], cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"the start script failed:\n{done.stderr}")
        samples.append(time.perf_counter() - started)
    return Timing(samples)


def process_until(app: QApplication, done, timeout: float = 30.0) -> None:
    limit = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > limit:
            raise TimeoutError("the GUI did not finish in time")


def open_page(app, services) -> tuple[float, ParticipantsPage]:
    started = time.perf_counter()
    page = ParticipantsPage(services)
    page.resize(1200, 800)
    page.show()
    process_until(app, lambda: page.isVisible() and page.model.rowCount() > 0 and page.count_label.text())
    app.processEvents()
    return time.perf_counter() - started, page


def open_floor(app, conn, statements) -> float:
    """The same SQL into the simplest Qt table: QStandardItemModel in a QTableView."""
    started = time.perf_counter()
    results = [conn.execute(sql, params).fetchall() for sql, params in statements]
    rows = max(results, key=len)
    model = QStandardItemModel(len(rows), 8)
    for r, row in enumerate(rows):
        for c, value in enumerate(row[2:10]):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    process_until(app, view.isVisible)
    app.processEvents()
    elapsed = time.perf_counter() - started
    view.close()
    return elapsed


class PaintClock:
    """When the table's viewport last finished painting (the view's paintEvent, wrapped on the instance)."""

    def __init__(self, page: ParticipantsPage) -> None:
        self.times: list[float] = []
        table = page.table

        def paint(event) -> None:
            QTableView.paintEvent(table, event)
            self.times.append(time.perf_counter())

        table.paintEvent = paint


def keystroke(app, page: ParticipantsPage, clock: PaintClock, text: str) -> tuple[float, float]:
    """(keystroke -> new first page painted, keystroke -> exact count announced and shown)."""
    marks: dict[str, float] = {}

    def reset() -> None:
        marks.setdefault("reset", time.perf_counter())

    def total(_: int) -> None:
        marks.setdefault("total", time.perf_counter())

    def painted() -> float | None:
        after = [t for t in clock.times if "reset" in marks and t > marks["reset"]]
        return after[0] if after else None

    page.model.modelReset.connect(reset)
    page.model.totalChanged.connect(total)
    clock.times.clear()
    started = time.perf_counter()
    page.search.setText(text)
    process_until(app, lambda: painted() is not None)
    table = painted() - started
    process_until(app, lambda: "total" in marks)
    app.processEvents()  # the count label repainted
    counted = time.perf_counter() - started
    page.model.modelReset.disconnect(reset)
    page.model.totalChanged.disconnect(total)
    return table, counted


def model_sql(services, query) -> tuple[list[tuple[str, tuple]], list[tuple[str, tuple]]]:
    """The statements the model sends for a new query: (the first page, the count if that page is full)."""
    with captured_sql(services) as page_sql:
        full = len(services.participants.list_window(query, 0, PAGE_SIZE)) >= PAGE_SIZE
    with captured_sql(services) as count_sql:
        if full:
            services.participants.count(query)
    return page_sql, count_sql


def jump_to_end(app, page: ParticipantsPage) -> float:
    """From the top of a freshly reset table to its last row painted (its page not cached yet)."""
    page.model.refresh()
    page.table.scrollToTop()
    app.processEvents()
    started = time.perf_counter()
    page.table.scrollToBottom()
    app.processEvents()
    elapsed = time.perf_counter() - started
    last = page.model.rowCount() - 1
    shown = page.table.rowAt(page.table.viewport().height() - 2)
    if shown != last or not page.model.index(last, 0).data():
        raise RuntimeError(f"the end of the table is not shown (row {shown} of {last})")
    return elapsed


def _quiet_offscreen(mode, context, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says so for every window
        print(message, file=sys.stderr)


def main() -> None:
    qInstallMessageHandler(_quiet_offscreen)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-start", action="store_true", help="leave out the fresh-process start figures")
    parser.add_argument("--read-all", action="store_true", help="read every row through data() at the end")
    args = parser.parse_args()
    folder = data_dir()

    if not args.skip_start:
        table = Table("GUI start (fresh process, offscreen)")
        floor_import = wall("import PySide6.QtWidgets", args.repeat)
        floor_window = wall(START_EMPTY, args.repeat)
        ours = wall(START_COOPDESK.format(root=str(ROOT), folder=str(folder)), args.repeat)
        table.add("app start -> main window shown, median", ours.median, floor_import.median,
                  "floor: import PySide6.QtWidgets")
        table.add("  vs an empty QMainWindow shown", ours.median, floor_window.median, "<= 2x floor")
        table.print()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = open_services(folder, Context(actor=SYSTEM_ACTOR, today=lambda: TODAY))
    conn = raw_connection(folder)

    with captured_sql(services) as statements:
        _, page = open_page(app, services)
    page.close()
    page.deleteLater()
    app.processEvents()
    opened, floors = [], []
    for _ in range(args.repeat):
        elapsed, page = open_page(app, services)
        opened.append(elapsed)
        page.close()
        page.deleteLater()
        app.processEvents()
        floors.append(open_floor(app, conn, statements))
    table = Table("Participants page (100,000 people)")
    table.add("page opened and filled, median", statistics.median(opened), statistics.median(floors),
              "<= 500 ms, <= 2x floor")

    _, page = open_page(app, services)
    clock = PaintClock(page)
    texts = ["k", "ko", "kow", "kowa", "kowal", "kowal a", "kowal an", "", "t", "ta", "tar", "tarn", "tarnó",
             "", "99", "9907", "990714", ""]
    ours_ks, ours_counts, floor_ks, floor_counts = [], [], [], []
    for _ in range(max(1, args.repeat // 2)):
        for text in texts:
            shown, counted = keystroke(app, page, clock, text)
            ours_ks.append(shown)
            ours_counts.append(counted)
            page_sql, count_sql = model_sql(services, page.model.query())
            started = time.perf_counter()
            replay(conn, page_sql)
            floor_ks.append(time.perf_counter() - started)
            replay(conn, count_sql)
            floor_counts.append(time.perf_counter() - started)
    ks, fl = Timing(ours_ks), Timing(floor_ks)
    cs, cfl = Timing(ours_counts), Timing(floor_counts)
    table.add("keystroke -> table updated, median", ks.median, fl.median, "<= 50 ms, <= 2x floor")
    table.add("keystroke -> table updated, p95", ks.p95, fl.p95)
    table.add("keystroke -> exact count shown, median", cs.median, cfl.median, "floor: page + count SQL")
    table.add("keystroke -> exact count shown, p95", cs.p95, cfl.p95)

    page.search.setText("")
    process_until(app, lambda: not page.model.counting())
    app.processEvents()
    end = page.model.rowCount() - PAGE_SIZE
    with captured_sql(services) as end_sql:
        services.participants.list_window(page.model.query(), end, PAGE_SIZE)
    jumps, jump_floors = [], []
    for _ in range(args.repeat):
        jumps.append(jump_to_end(app, page))
        started = time.perf_counter()
        replay(conn, end_sql)
        jump_floors.append(time.perf_counter() - started)
    table.add(f"jump to the end ({page.model.rowCount():,} rows), median", statistics.median(jumps),
              statistics.median(jump_floors), "one page query")

    if args.read_all:
        page.model.refresh()
        model = page.model
        started = time.perf_counter()
        for row in range(model.rowCount()):
            model.index(row, 0).data()
        table.add(f"read all {model.rowCount():,} rows through data()", time.perf_counter() - started,
                  None, unit="s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    table.add("peak memory (ru_maxrss)" + (" after reading all" if args.read_all else ""), rss, None,
              "<= 400 MB", unit="MB")
    table.print()
    conn.close()
    services.close()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    sys.stderr.flush()
    # PySide6 6.12 can abort at interpreter exit (bool_dealloc while collecting the Qt objects): the
    # figures are printed, leave without the finalizer.
    os._exit(0)
