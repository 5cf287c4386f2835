"""Start-up loads no file-writing library: openpyxl (and the Pillow it imports) and reportlab cost start-up
time and ~15 MB that most sessions never need; they are imported when a file is written."""

from __future__ import annotations

import subprocess
import sys

STARTUP_MODULES = (
    "coopdesk.app", "coopdesk.ui.main_window", "coopdesk.ui.record_actions", "coopdesk.ui.account_actions",
    "coopdesk.ui.pages.participants_page", "coopdesk.ui.startup", "coopdesk.services.app_services",
)


def test_starting_the_program_imports_no_file_writer():
    code = (f"import sys\nfor m in {STARTUP_MODULES!r}: __import__(m)\n"
            "print(sorted(m for m in ('openpyxl', 'PIL', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "[]"
