"""One date format for people (coopdesk/domain/formats.py): no other code in the user interface, the
services or the command line turns a date or a time into text with strftime, an f-string date format or
a Qt locale's date format (which gave "1/5/44" in English mode beside "05.01.1944" in the form)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "coopdesk"

PATTERNS = (
    re.compile(r"\.strftime\("),
    re.compile(r"\{[^{}]*:%[a-zA-Z]"),  # f"{when:%Y-%m-%d}"
    re.compile(r"QLocale\(\)\.toString\(|\.dateFormat\(|\.dateTimeFormat\(|FormatType\.(Short|Long|Narrow)Format"),
    re.compile(r"\bQDate(Time)?\b.*\.toString\("),
)

# Machine stamps, not text for people: file names sort by their ISO-like stamp.
ALLOWED = {
    ("services/backup.py", "stamp = (now or datetime.now()).strftime(STAMP)"),
    ("ui/dialogs/gdpr_dialog.py", 'default_name = f"art15_{self._id}_{self._services.ctx.today():%Y-%m-%d}.pdf"'),
}


def _sources():
    yield from sorted((ROOT / "ui").rglob("*.py"))
    yield from sorted((ROOT / "services").rglob("*.py"))
    yield ROOT / "cli.py"


def test_dates_are_formatted_only_by_domain_formats():
    found = []
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("ui/_generated/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(p.search(line) for p in PATTERNS) and (relative, line.strip()) not in ALLOWED:
                found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, "format dates with coopdesk.domain.formats:\n" + "\n".join(found)


def test_allowed_stamps_still_exist():
    """An exception that no longer matches a line is removed, so the list cannot grow stale."""
    for relative, line in ALLOWED:
        assert line in (ROOT / relative).read_text(encoding="utf-8"), relative
