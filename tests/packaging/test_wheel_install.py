"""A plain (not editable) install works: a wheel built from the sources, installed into a fresh venv,
runs `coopdesk demo` and `coopdesk check` and finds its resources (translations, data, fonts, icons)
inside the installed package. Offline: no build isolation, no dependencies fetched (the fresh venv sees
the test venv's packages through a .pth file)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from coopdesk.services.accounts import demo_password

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # about half a minute; runs in CI (setup.sh test runs every test)

OFFLINE = {"PIP_NO_INDEX": "1", "PIP_INDEX_URL": "http://127.0.0.1:9/simple", "PIP_FIND_LINKS": "",
           "PIP_DISABLE_PIP_VERSION_CHECK": "1", "QT_QPA_PLATFORM": "offscreen"}


def _run(argv, cwd, **env):
    result = subprocess.run([str(a) for a in argv], cwd=cwd, capture_output=True, text=True, timeout=600,
                            env={**os.environ, **OFFLINE, **env})
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The venv's bin folder of a fresh venv with coopdesk installed from a wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a copy of what the wheel is built from: the build leaves nothing in the checkout
    shutil.copytree(ROOT / "coopdesk", src / "coopdesk", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    build = _run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation", "-w", tmp / "dist",
                  src], cwd=tmp)
    assert "Warning" not in build.stdout + build.stderr  # the backend (-v) warns of nothing (license...)
    [wheel] = (tmp / "dist").glob("coopdesk-*.whl")
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=tmp)
                   .stdout.strip())
    # The dependencies (PySide6, SQLAlchemy...) from the test venv; its editable coopdesk is not seen
    # (a .pth line only adds a path: the editable finder's own .pth there is not run).
    (purelib / "zz_test_venv.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", wheel], cwd=tmp)
    return env_dir / "bin"


def test_the_installed_package_is_the_wheel_and_holds_its_resources(installed, tmp_path):
    code = ("import coopdesk, coopdesk.resources as r; print(coopdesk.__file__); "
            "print(r.resource_path('i18n', 'coopdesk_pl.qm')); print(r.resource_path('data', 'retention.json')); "
            "print(r.resource_path('fonts', 'DejaVuSans.ttf')); print(r.resource_path('icons', 'coopdesk-256.png'))")
    lines = _run([installed / "python", "-c", code], cwd=tmp_path).stdout.split()
    package = Path(lines[0]).parent
    assert package.is_relative_to(installed.parent) and not package.is_relative_to(ROOT)
    for resource in map(Path, lines[1:]):
        assert resource.is_relative_to(package) and resource.is_file(), resource


def test_the_installed_program_makes_a_demo_in_polish_and_checks_it(installed, tmp_path):
    data = tmp_path / "data"
    demo = _run([installed / "coopdesk", "--lang", "pl", "demo", "--people", "5", "--data-dir", data], cwd=tmp_path)
    assert "Utworzono uczestników: 5" in demo.stdout  # the Polish translation was found in the package
    check = _run([installed / "coopdesk", "--lang", "en", "check", "--data-dir", data], cwd=tmp_path,
                 COOPDESK_USER="koordynator", COOPDESK_PASSWORD=demo_password("koordynator"))
    assert "5" in check.stdout
