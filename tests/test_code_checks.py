"""The checks CI runs besides the tests (.ci/run): mypy over coopdesk/ (strict for domain and services) and
ruff with unused ``noqa`` comments as errors; and the dead code the review found stays gone."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNTYPED = "def twice(x):\n    return x * 2\n\n\nVALUE: int = twice(2)\n"


def _ci_commands() -> list[str]:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_ci_type_checks_the_package_after_ruff():
    commands = _ci_commands()
    mypy = [i for i, c in enumerate(commands) if c.split()[:4] == [".venv/bin/python", "-m", "mypy", "coopdesk"]]
    ruff = [i for i, c in enumerate(commands) if c.startswith(".venv/bin/ruff check")]
    assert mypy and ruff and mypy[0] > ruff[0], commands


def _mypy(tmp_path: Path, module: str) -> str:
    """mypy with the project's configuration on a module of that name holding an untyped function."""
    *packages, name = module.split(".")
    folder = tmp_path
    for package in packages:
        folder = folder / package
        folder.mkdir(exist_ok=True)
        (folder / "__init__.py").write_text("", encoding="utf-8")
    (folder / f"{name}.py").write_text(UNTYPED, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental",
         str(folder / f"{name}.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    return run.stdout + run.stderr


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is in the [test] extras")
def test_mypy_is_strict_for_services_and_domain_only(tmp_path):
    services = _mypy(tmp_path, "coopdesk.services.probe")
    assert "Function is missing a type annotation  [no-untyped-def]" in services
    assert "[no-untyped-call]" in services
    domain = _mypy(tmp_path, "coopdesk.domain.probe")
    assert "[no-untyped-def]" in domain
    ui = _mypy(tmp_path, "coopdesk.ui.probe")
    assert "Success: no issues found" in ui, ui


def test_ruff_reports_an_unused_noqa(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os  # noqa: F401\nimport sys  # noqa: E501\n\nprint(sys.argv)\n", encoding="utf-8")
    run = subprocess.run(
        [str(Path(sys.executable).with_name("ruff")), "check", "--config", str(ROOT / "pyproject.toml"),
         "--output-format", "concise", "--no-cache", str(probe)],
        capture_output=True, text=True, timeout=120,
    )
    assert "probe.py:2:" in run.stdout and "RUF100" in run.stdout, run.stdout + run.stderr
    assert "probe.py:1:" not in run.stdout  # that noqa keeps F401 (os unused) quiet: it is used


def test_the_duplicate_user_service_is_gone(services):
    # AccountService.create_user / list_users are the one accounts API (tests add password-less accounts
    # through tests/conftest.py add_user)
    assert importlib.util.find_spec("coopdesk.services.users") is None
    assert not hasattr(services, "users")
    from coopdesk.ui.dialogs import passphrase_dialog

    assert not hasattr(passphrase_dialog, "MIN_LENGTH")  # the encryption service's MIN_PASSPHRASE only
