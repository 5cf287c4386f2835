"""Layer rules import-linter cannot express: which Qt modules a layer may use, and that the domain does
no I/O (services load, domain decides)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "coopdesk"


def _imports(package: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py") if (ROOT / package).is_dir() else [ROOT / f"{package}.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("package", ["platform", "cli"])
def test_qtcore_only(package):
    qt = {m for m in _imports(package) if m.startswith("PySide6")}
    assert qt <= {"PySide6.QtCore"}, f"coopdesk.{package} may use QtCore only, found {qt}"


def test_domain_has_no_qt_or_sql():
    bad = {m for m in _imports("domain") if m.split(".")[0] in {"PySide6", "sqlalchemy", "alembic"}}
    assert not bad


_READS = {"open", "read_text", "read_bytes"}


def _domain_io(path: Path) -> list[str]:
    """What in one module breaks "domain is pure": importing coopdesk.resources, calling open/read_*."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            names = []
            if name in _READS:
                found.append(f"{path.name}:{node.lineno} calls {name}()")
        else:
            continue
        if any(n == "coopdesk.resources" or n.startswith("coopdesk.resources.") for n in names):
            found.append(f"{path.name}:{node.lineno} imports coopdesk.resources")
    return found


def test_domain_reads_no_files():
    bad = [hit for path in sorted((ROOT / "domain").rglob("*.py")) for hit in _domain_io(path)]
    assert not bad, "coopdesk.domain is pure (services load, domain decides): " + "; ".join(bad)


def test_domain_io_check_catches_a_file_read(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text(
        "from coopdesk.resources import resource_path\nimport coopdesk.resources\nfrom coopdesk import resources\n"
        "x = resource_path('a').read_text()\ny = open('f')\nz = resource_path('b').read_bytes()\n",
        encoding="utf-8")
    hits = _domain_io(module)
    assert sum("imports coopdesk.resources" in h for h in hits) == 3
    assert {h.split(" calls ")[1] for h in hits if " calls " in h} == {"read_text()", "open()", "read_bytes()"}
