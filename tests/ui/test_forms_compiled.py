"""The committed code in coopdesk/ui/_generated must be what forms/build.py makes of forms/*.ui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_current():
    result = subprocess.run(
        [sys.executable, str(ROOT / "forms" / "build.py"), "--check"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, f"stale generated forms (run forms/build.py):\n{result.stderr}"


def test_every_form_has_a_generated_module():
    forms = {p.stem for p in (ROOT / "forms").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in (ROOT / "coopdesk" / "ui" / "_generated").glob("ui_*.py")}
    assert "participant_dialog" in forms
    assert forms <= generated
