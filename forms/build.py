"""Compile every ``forms/*.ui`` into ``coopdesk/ui/_generated/ui_<name>.py`` with pyside6-uic.

    python forms/build.py            # regenerate (commit the result; never edit it by hand)
    python forms/build.py --check    # compile to a temporary folder; exit 1 if a generated file is stale

Custom widgets are promoted in the .ui with their full module path as the header
(``coopdesk.ui.widgets.date_field``), so the generated code imports them from there.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FORMS = Path(__file__).resolve().parent
ROOT = FORMS.parent
GENERATED = ROOT / "coopdesk" / "ui" / "_generated"


def uic_executable() -> str:
    """pyside6-uic of the running interpreter's environment (venv ``bin``/``Scripts``), else PATH."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found next to the Python interpreter or on PATH")
    return found


def target_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_all(out_dir: Path) -> list[Path]:
    """Compile each form into ``out_dir``; return the written files."""
    uic = uic_executable()
    written = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = out_dir / target_name(ui_file)
        # run from forms/ with a relative name: the header of the output names only the file
        subprocess.run([uic, "-g", "python", ui_file.name, "-o", str(target)], cwd=FORMS, check=True)
        written.append(target)
    return written


def stale_files() -> list[str]:
    """Generated files that differ from a fresh compile, are missing, or have no .ui any more."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        for new in fresh:
            current = GENERATED / new.name
            if not current.exists():
                problems.append(f"{current.relative_to(ROOT)} is missing")
            elif current.read_bytes() != new.read_bytes():
                problems.append(f"{current.relative_to(ROOT)} is stale")
        expected = {p.name for p in fresh}
    for orphan in sorted(GENERATED.glob("ui_*.py")):
        if orphan.name not in expected:
            problems.append(f"{orphan.relative_to(ROOT)} has no forms/*.ui source")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that generated files are current")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_files()
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            print("Run: python forms/build.py", file=sys.stderr)
            return 1
        print("Generated forms are up to date.")
        return 0
    GENERATED.mkdir(parents=True, exist_ok=True)
    for path in compile_all(GENERATED):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
