#!/usr/bin/env python3
"""Mutation testing of the rules: which changes to the code fail no test.

Not in CI (minutes, not seconds). Run it before calling a rule done:

    .venv/bin/python tools/mutation/run.py              # all three parts below
    .venv/bin/python tools/mutation/run.py --part mutmut --module coopdesk/domain/search.py
    .venv/bin/python tools/mutation/run.py --part table  # the role-permission table only
    .venv/bin/python tools/mutation/run.py --part hand   # the caseload mutants only

Parts:
  mutmut  mutmut 3 over the modules in targets.MODULES (domain validation, search, GDPR, permissions and
          services/case_access.py), judged by each module's tests; killed/survived per module and
          every surviving mutant as a diff.
  table   each cell of ROLE_PERMISSIONS flipped (a permission given to or taken from a role), judged by
          targets.TABLE_TESTS: a flip that fails no test is a survivor.
  hand    the hand-made caseload mutants of targets.HAND_MUTANTS, judged by targets.CASELOAD_TESTS.

Everything runs in a copy of the work tree (git's tracked and untracked-but-not-ignored files, so
uncommitted work is included) under --workdir; the checkout itself is never changed. One worker and
`nice`: the machine stays usable. Needs mutmut (pip install -e '.[test]' brings it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import targets  # noqa: E402

PYTHON = sys.executable


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("all", "mutmut", "table", "hand"), default="all")
    ap.add_argument("--module", action="append", help="only this module (repeatable); default: all targets")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/coopdesk-mutation"))
    ap.add_argument("--keep", action="store_true", help="reuse the workdir (mutmut resumes its last run)")
    ap.add_argument("--committed", action="store_true", help="the last commit, not the work tree as it is")
    ap.add_argument("--report-only", action="store_true",
                    help="print the mutmut part's report from the last run in --workdir, running nothing")
    ap.add_argument("--show", type=int, default=200, help="print at most this many surviving mutants' diffs")
    args = ap.parse_args()

    work = args.workdir.resolve()
    if args.report_only:
        args.keep, args.part = True, "mutmut"
    if not args.keep or not work.exists():
        _copy_tree(work, args.committed)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("MUTANT_UNDER_TEST", None)
    started = time.monotonic()
    report: list[str] = []
    ok = True
    if args.part in ("all", "mutmut"):
        ok &= _mutmut(work, env, args.module or list(targets.MODULES), args.show, report, not args.report_only)
    if args.part in ("all", "table"):
        ok &= _table(work, env, report)
    if args.part in ("all", "hand"):
        ok &= _hand(work, env, report)
    report.append(f"\n(total {time.monotonic() - started:.0f} s; work folder {work})")
    text = "\n".join(report)
    (work / "mutation-report.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if ok else 1


# --- the copy ---------------------------------------------------------------------------------------
def _copy_tree(work: Path, committed: bool) -> None:
    if work.exists():
        shutil.rmtree(work)
    if committed:
        work.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-xf", "-"], cwd=work, input=archive, check=True)
        return
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        src = ROOT / name
        if name.startswith((".venv/", "mutants/")) or not src.is_file():
            continue
        dst = work / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)


def _existing(work: Path, tests: list[str]) -> list[str]:
    return [t for t in dict.fromkeys(tests) if (work / t).exists()]


def _pytest(work: Path, env: dict, tests: list[str], timeout: int = 1800):
    """pytest in the copy, stopping at the first failure; its exit status is pytest's own verdict."""
    env = dict(env, PYTHONPATH=os.pathsep.join([str(work), str(HERE)]))
    cmd = ["nice", "-n", "10", PYTHON, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
           "-p", "mutation_plugin", *tests]
    return subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=timeout)


def _last_line(out: str) -> str:
    lines = [line for line in out.splitlines() if re.search(r"\b(passed|failed|error)", line)]
    return lines[-1].strip("= ") if lines else ""


# --- part 1: mutmut -----------------------------------------------------------------------------------
def _mutmut(work: Path, env: dict, modules: list[str], show: int, report: list[str], run_it: bool = True) -> bool:
    """One mutmut run per module, each in its own copy with only that module's tests: a mutant of a
    validation rule is judged by the validation tests, not by every test that happens to save a person."""
    mutmut = str(Path(PYTHON).with_name("mutmut"))
    by_module: dict[str, Counter] = {}
    survivors: list[tuple[str, str, str]] = []
    failed: list[str] = []
    for module in modules:
        sub = work / "mutmut" / Path(module).stem
        if not sub.exists():
            shutil.copytree(work, sub, ignore=shutil.ignore_patterns("mutmut", "mutants", "*.log", "*.txt"))
        tests = _existing(sub, targets.MODULES[module])
        cfg = ["[mutmut]", "source_paths=coopdesk", "only_mutate=", f"    {module}",
               "also_copy=", "    tests", "    resources", "    pyproject.toml", "    alembic.ini",
               "pytest_add_cli_args_test_selection="]
        cfg += [f"    {t}" for t in tests]
        cfg += ["pytest_add_cli_args=", "    -p", "    no:cacheprovider", ""]
        (sub / "setup.cfg").write_text("\n".join(cfg), encoding="utf-8")
        log = sub / "mutmut-run.log"
        started = time.monotonic()
        returncode = 0
        if run_it:
            print(f"mutmut {module}: {len(tests)} test files; log {log}", flush=True)
            with log.open("w") as out:
                returncode = subprocess.run(["nice", "-n", "10", mutmut, "run", "--max-children", "1"],
                                            cwd=sub, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
        results = subprocess.run([mutmut, "results", "--all", "true"], cwd=sub, env=env,
                                 capture_output=True, text=True).stdout
        counts = Counter()
        for line in results.splitlines():
            m = re.match(r"\s*([\w.]+)\.x\w*?__mutmut_\d+:\s*(.+)$", line)  # module.x_func / module.xǁClassǁmethod
            if not m:
                continue
            status, name = m.group(2).strip(), line.split(":")[0].strip()
            if status in ("survived", "no tests"):
                diff = _diff(mutmut, sub, env, name)
                if _only_translation_context(diff):
                    status = "equivalent"
                else:
                    survivors.append((name, status, diff))
            counts[status] += 1
        if returncode != 0 or not counts:
            failed.append(f"{module}: mutmut did not finish (exit {returncode}); last lines of {log}:\n"
                          + "\n".join(log.read_text(errors="replace").splitlines()[-15:]))
        if counts:
            by_module[module] = counts
        print(f"    {_row(module, counts)}  ({time.monotonic() - started:.0f} s)", flush=True)
    report.append("## mutmut (code inside functions)")
    report.append(_table_text(by_module))
    report += failed
    report.append(f"\nSurviving mutants ({len(survivors)}; 'no tests': no selected test calls the function):")
    for name, status, diff in survivors[:show]:
        report.append(f"\n# {name} [{status}]\n{diff}")
    return not failed


def _diff(mutmut: str, sub: Path, env: dict, name: str) -> str:
    out = subprocess.run([mutmut, "show", name], cwd=sub, env=env, capture_output=True, text=True).stdout
    return "\n".join(line for line in out.splitlines()
                     if line.startswith(("-", "+")) and not line.startswith(("---", "+++")))


_CONTEXT = re.compile(r"QT_TRANSLATE_NOOP\([^,()]*,")


def _only_translation_context(diff: str) -> bool:
    """A changed QT_TRANSLATE_NOOP context: it only tells lupdate where the text belongs, the program
    never reads it (an equivalent mutant; a missing translation is tests/test_translations.py's job)."""
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+")]
    return (bool(removed) and len(removed) == len(added)
            and any(_CONTEXT.search(line) for line in removed)
            and [_CONTEXT.sub("QT_TRANSLATE_NOOP(_,", line) for line in removed]
            == [_CONTEXT.sub("QT_TRANSLATE_NOOP(_,", line) for line in added])


def _table_text(by_module: dict[str, Counter]) -> str:
    rows = ["| module | mutants | killed | survived | no tests | timeout | equivalent | score |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    total = Counter()
    for module in sorted(by_module):
        c = by_module[module]
        total += c
        rows.append(_row(module, c))
    rows.append(_row("**all**", total))
    return "\n".join(rows)


def _row(name: str, c: Counter) -> str:
    n = sum(c.values())
    judged = c["killed"] + c["timeout"] + c["survived"] + c["no tests"]
    score = f"{100 * (c['killed'] + c['timeout']) / judged:.0f} %" if judged else "-"
    return (f"| {name} | {n} | {c['killed']} | {c['survived']} | {c['no tests']} | {c['timeout']} "
            f"| {c['equivalent']} | {score} |")


# --- part 2: the role-permission table ------------------------------------------------------------
def _table(work: Path, env: dict, report: list[str]) -> bool:
    sys.path.insert(0, str(work))
    from coopdesk.domain.enums import Role
    from coopdesk.domain.permissions import Permission

    tests = _existing(work, targets.TABLE_TESTS)
    clean = _pytest(work, env, tests)
    report.append("\n## Role-permission table (each cell flipped)")
    if clean.returncode != 0:
        report.append(f"the tests fail without a flip, nothing to judge: {_last_line(clean.stdout)}")
        return False
    killed, survived = 0, []
    for role in Role:
        for permission in Permission:
            r = _pytest(work, dict(env, COOPDESK_FLIP=f"{role.value}:{permission.value}"), tests)
            if r.returncode == 0:
                survived.append(f"{role.value} {'without' if _has(role, permission) else 'with'} {permission.value}")
            else:
                killed += 1
    total = killed + len(survived)
    report.append(f"{total} flips: {killed} killed, {len(survived)} survived ({100 * killed / total:.0f} %)"
                  f" by {', '.join(tests)}")
    report += [f"  survived: {s}" for s in survived]
    return True


def _has(role, permission) -> bool:
    from coopdesk.domain.permissions import ROLE_PERMISSIONS

    return permission in ROLE_PERMISSIONS[role]


# --- part 3: hand-made caseload mutants -------------------------------------------------------------
def _hand(work: Path, env: dict, report: list[str]) -> bool:
    tests = _existing(work, targets.CASELOAD_TESTS)
    report.append("\n## Caseload, hand-made mutants")
    clean = _pytest(work, env, tests)
    if clean.returncode != 0:
        report.append(f"the tests fail unmutated, nothing to judge: {_last_line(clean.stdout)}")
        return False
    ok = True
    for name, path, old, new in targets.HAND_MUTANTS:
        f = work / path
        src = f.read_text(encoding="utf-8")
        if src.count(old) != 1:
            report.append(f"- {name}: the code changed, mutant not applied (update targets.py)")
            ok = False
            continue
        f.write_text(src.replace(old, new), encoding="utf-8")
        try:
            r = _pytest(work, env, tests)
        finally:
            f.write_text(src, encoding="utf-8")
        failed = [line.split(" - ")[0].split("::")[-1] for line in r.stdout.splitlines() if line.startswith("FAILED")]
        verdict = f"killed by {failed[0]}" if r.returncode and failed else (
            "SURVIVED" if r.returncode == 0 else f"killed (exit {r.returncode})")
        report.append(f"- {name}: {verdict}")
        ok &= r.returncode != 0
    return ok


if __name__ == "__main__":
    sys.exit(main())
