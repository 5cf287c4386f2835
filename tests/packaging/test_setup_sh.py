"""packaging/setup.sh run: installs once (pip only when .venv is missing or pyproject.toml changed) and
starts offline afterwards; installs the launcher (~/.local/bin/coopdesk), the menu entry and its icon;
`--demo N` puts demo data into a new folder of their own, never the user's data folder.

Fast: setup.sh runs for real, against a copy of the project whose Python, pip and coopdesk are small
fakes that log their calls (pip refuses to run when the network is blocked, as a real one would fail)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OFFLINE = {"PIP_NO_INDEX": "1", "PIP_INDEX_URL": "http://127.0.0.1:9/simple"}

FAKE_PYTHON = """#!/bin/sh
echo "python $*" >>"$CALLS"
if [ "$1 $2" = "-m pip" ]; then
  if [ -n "$PIP_NO_INDEX" ]; then echo "pip: no network" >&2; exit 1; fi
  for a in "$@"; do [ "$a" = "-e" ] && cp "$FAKES/coopdesk" "$(dirname "$0")/coopdesk"; done
fi
exit 0
"""
FAKE_COOPDESK = """#!/bin/sh
echo "coopdesk $*" >>"$CALLS"
"""
FAKE_PYTHON3 = """#!/bin/sh
# python3 -c '...version...' -> FAKE_PY_VERSION (default 3.11); python3 -m venv DIR
if [ "$1" = "-c" ]; then echo "${FAKE_PY_VERSION:-3.11}"; exit 0; fi
[ "$1 $2" = "-m venv" ] || exit 2
mkdir -p "$3/bin" && cp "$FAKES/python" "$3/bin/python"
"""
FAKE_DPKG_QUERY = """#!/bin/sh
printf 'install ok installed'
"""


def _script(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def project(tmp_path):
    """A copy of what setup.sh uses, fake programs on PATH, an empty home."""
    root = tmp_path / "coopdesk"
    (root / "packaging").mkdir(parents=True)
    for name in ("packaging/setup.sh", "packaging/coopdesk.desktop", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    shutil.copytree(ROOT / "coopdesk" / "assets" / "icons", root / "coopdesk" / "assets" / "icons")
    fakes = tmp_path / "fakes"
    fakes.mkdir()
    for name, text in (("python", FAKE_PYTHON), ("coopdesk", FAKE_COOPDESK), ("python3", FAKE_PYTHON3),
                       ("dpkg-query", FAKE_DPKG_QUERY)):
        _script(fakes / name, text)
    home = tmp_path / "home"
    home.mkdir()
    return root, fakes, home, tmp_path / "calls.log"


def _setup(project, *args, **env) -> tuple[subprocess.CompletedProcess, list[str]]:
    root, fakes, home, calls = project
    calls.write_text("", encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "XDG_"))}
    environ.update(HOME=str(home), PATH=f"{fakes}:{os.environ['PATH']}", CALLS=str(calls), FAKES=str(fakes), **env)
    result = subprocess.run(["bash", str(root / "packaging" / "setup.sh"), *args], capture_output=True, text=True,
                            env=environ, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return result, [line.rstrip() for line in calls.read_text(encoding="utf-8").splitlines()]


def _pip(calls: list[str]) -> list[str]:
    return [c for c in calls if c.startswith("python -m pip")]


def test_the_second_start_needs_no_pip_and_no_network(project):
    root = project[0]
    _, calls = _setup(project, "run")
    assert any("install -q -e" in c for c in _pip(calls))  # the first start installs
    assert calls[-1] == "coopdesk"
    _, calls = _setup(project, "run", "--lang", "en", **OFFLINE)  # pip would fail: it is not called
    assert _pip(calls) == [] and calls == ["coopdesk --lang en"]
    with (root / "pyproject.toml").open("a", encoding="utf-8") as f:  # new dependencies: install again
        f.write("\n# changed\n")
    _, calls = _setup(project, "run")
    assert any("install -q -e" in c for c in _pip(calls))
    _, calls = _setup(project, "run", **OFFLINE)
    assert _pip(calls) == []


def test_an_install_with_the_test_tools_serves_run_too(project):
    root = project[0]
    _setup(project, "run")
    stamp = root / ".venv" / ".coopdesk-install-stamp"
    stamp.write_text(stamp.read_text(encoding="utf-8").replace(" \n", " [test]\n"), encoding="utf-8")
    _, calls = _setup(project, "run", **OFFLINE)
    assert _pip(calls) == []


def test_run_installs_the_launcher_the_menu_entry_and_the_icon(project):
    root, _fakes, home, _calls = project
    _setup(project, "run")
    program = root / ".venv" / "bin" / "coopdesk"
    launcher = home / ".local" / "bin" / "coopdesk"
    assert launcher.resolve() == program.resolve() and os.access(launcher, os.X_OK)
    entry = home / ".local" / "share" / "applications" / "coopdesk.desktop"
    fields = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert fields["Exec"] == str(program) and os.access(fields["Exec"], os.X_OK)  # the installed program
    assert fields["Icon"] == "coopdesk"
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "coopdesk.svg").is_file()
    for size in (16, 32, 48, 256):
        assert (icons / f"{size}x{size}" / "apps" / "coopdesk.png").is_file()
    if shutil.which("desktop-file-validate"):
        for desktop in (entry, ROOT / "packaging" / "coopdesk.desktop"):
            check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
            assert check.returncode == 0 and check.stdout.strip() == "", check.stdout
    _setup(project, "run", **OFFLINE)  # again: the same link, no error
    assert launcher.resolve() == program.resolve()


def test_the_first_install_says_how_to_start_coopdesk_next_time(project):
    _root, _fakes, home, _calls = project
    result, _ = _setup(project, "run")  # ~/.local/bin is not on the test's PATH
    assert f"{home}/.local/bin/coopdesk" in result.stdout and "PATH" in result.stdout
    result, _ = _setup(project, "run", **OFFLINE)
    assert "Installed" not in result.stdout  # said once, not at every start


def test_someone_elses_program_in_local_bin_is_left_alone(project):
    _root, _fakes, home, _calls = project
    other = home / ".local" / "bin" / "coopdesk"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho other\n", encoding="utf-8")
    result, _ = _setup(project, "run")
    assert other.read_text(encoding="utf-8") == "#!/bin/sh\necho other\n" and "left as it is" in result.stderr


def test_the_packaged_desktop_entry_starts_the_console_script(project):
    """Exec names the program pyproject.toml installs (coopdesk), not one that does not exist."""
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    entry = (ROOT / "packaging" / "coopdesk.desktop").read_text(encoding="utf-8")
    [exec_line] = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert exec_line.removeprefix("Exec=").split()[0] in scripts
    assert "Icon=coopdesk" in entry.splitlines()


def test_demo_data_go_into_a_new_folder_of_their_own(project):
    _root, _fakes, home, _calls = project
    _setup(project, "run")
    demo_home = home / ".local" / "share" / "coopdesk-demo"
    folders = []
    for _ in range(2):
        result, calls = _setup(project, "run", "--demo", "5", **OFFLINE)
        demo_call, start_call = calls
        assert demo_call.startswith("coopdesk --data-dir ") and demo_call.endswith(" demo --people 5")
        folder = Path(demo_call.split()[2])
        assert folder.parent == demo_home and folder.is_dir()
        assert start_call == f"coopdesk --data-dir {folder}"  # the program starts on the demo folder
        assert str(folder) in result.stdout  # printed
        folders.append(folder)
    # run again: another new folder, never the same one filled twice (named as `coopdesk demo` names them)
    assert [f.name for f in folders] == ["demo-1", "demo-2"]


def test_demo_with_a_data_folder_uses_that_folder(project, tmp_path):
    _setup(project, "run")
    mine = tmp_path / "trial"
    _, calls = _setup(project, "run", "--demo", "--data-dir", str(mine), **OFFLINE)
    assert calls == [f"coopdesk --data-dir {mine} demo --people 300", f"coopdesk --data-dir {mine}"]


def test_a_too_old_python_is_refused_with_the_reason(project):
    """Ubuntu 22.04's Python 3.10: setup.sh says which Python is needed instead of a pip error."""
    root, fakes, home, calls = project
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "XDG_"))}
    environ.update(HOME=str(home), PATH=f"{fakes}:{os.environ['PATH']}", CALLS=str(calls), FAKES=str(fakes),
                   FAKE_PY_VERSION="3.10")
    result = subprocess.run(["bash", str(root / "packaging" / "setup.sh"), "run"], capture_output=True, text=True,
                            env=environ, timeout=60)
    assert result.returncode == 1
    assert "needs Python 3.11 to 3.13, but python3 here is 3.10" in result.stderr
    assert "Ubuntu 22.04" in result.stderr
    assert not (root / ".venv").exists()


def test_the_readme_states_the_python_versions_pyproject_requires():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11,<3.14"' in pyproject
    assert "Python 3.11–3.13" in (ROOT / "README.md").read_text(encoding="utf-8")
