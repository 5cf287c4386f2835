"""Refresh the Polish translation catalogue and compile it.

    .venv/bin/python resources/i18n/update.py          # lupdate -> coopdesk_pl.ts, lrelease -> coopdesk/assets/i18n/coopdesk_pl.qm
    .venv/bin/python resources/i18n/update.py --check  # exit 1 if a string lacks a translation or files are stale

Sources: every coopdesk/**/*.py (English strings in self.tr / QCoreApplication.translate /
QT_TRANSLATE_NOOP) and forms/*.ui. Translate new strings in Qt Linguist (pyside6-linguist) or in the .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "coopdesk_pl.ts"
QM = ROOT / "coopdesk" / "assets" / "i18n" / "coopdesk_pl.qm"  # shipped inside the package (coopdesk/resources.py)


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def sources() -> list[str]:
    files = [p for p in (ROOT / "coopdesk").rglob("*.py") if "_generated" not in p.parts]
    files += list((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in sorted(files)]


def lupdate(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   capture_output=True)


def untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = [f.text for f in tr.iter("numerusform")] if message.get("numerus") == "yes" else [tr.text]
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        ts, qm = Path(tmp) / TS.name, Path(tmp) / QM.name
        shutil.copyfile(TS, ts)
        lupdate(ts)
        problems = [f"untranslated: {m}" for m in untranslated(ts)]
        if ts.read_text(encoding="utf-8") != TS.read_text(encoding="utf-8"):
            problems.append(f"{TS.name} is stale: run resources/i18n/update.py")
        lrelease(TS, qm)
        if not QM.exists() or qm.read_bytes() != QM.read_bytes():
            problems.append(f"{QM.name} is stale: run resources/i18n/update.py")
    for p in problems:
        print(p)
    return 1 if problems else 0


def main() -> int:
    if "--check" in sys.argv:
        return check()
    lupdate(TS)
    lrelease(TS, QM)
    missing = untranslated(TS)
    print(f"{TS.name}: {len(missing)} string(s) still to translate")
    for m in missing[:50]:
        print("  ", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
