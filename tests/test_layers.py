"""Layer rules import-linter cannot express: which Qt modules a layer may use."""

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
