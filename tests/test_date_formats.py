"""One date format for people (coopdesk/domain/formats.py): no other code in the user interface, the
services or the command line turns a date or a time into text with strftime, an f-string date format or
a Qt locale's date format (which gave "01/03/1980" in English mode beside "01.03.1980" in the form)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "coopdesk"

PATTERNS = (
    re.compile(r"\.strftime\("),
    re.compile(r"\{[^{}]*:%[a-zA-Z]"),  # f"{when:%Y-%m-%d}"
    re.compile(r"QLocale\(\)\.toString\(|\.dateFormat\(|\.dateTimeFormat\(|FormatType\.(Short|Long|Narrow)Format"),
    re.compile(r"\bQDate(Time)?\b.*\.toString\("),
)

# Machine stamps, not text for people: a file name carries an ISO date (it sorts), e.g.
# art15_12_2026-11-30.pdf, participants-for-lead-partner-2026-11-30.xlsx, coopdesk-20261130-101500-exit.sqlite3.
FILE_NAME_STAMP = re.compile(r"%Y-?%m-?%d[^\n]*\.(pdf|xlsx|csv|sqlite3)\b|\.strftime\(STAMP\)")


def _offending(line: str) -> bool:
    return any(p.search(line) for p in PATTERNS) and not FILE_NAME_STAMP.search(line)


def _sources():
    yield from sorted((ROOT / "ui").rglob("*.py"))
    yield from sorted((ROOT / "services").rglob("*.py"))
    yield from sorted((ROOT / "cli").rglob("*.py"))


def test_dates_are_formatted_only_by_domain_formats():
    found = []
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("ui/_generated/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _offending(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, "format dates with coopdesk.domain.formats:\n" + "\n".join(found)


def test_the_rule_catches_what_it_should():
    """The lines that were wrong before issue 7, and file names that are fine."""
    for bad in ('last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else ""',
                'text = (f"{info.created:%Y-%m-%d %H:%M:%S}  ·  {self._reason(info.reason)}"',
                "return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)",
                "self._date_format = self._locale.dateFormat(QLocale.FormatType.ShortFormat)",
                'print(f"{record.project_code}\t{record.retention_date:%d.%m.%Y}")',
                "label.setText(QDate.currentDate().toString(\"yyyy-MM-dd\"))"):
        assert _offending(bad), bad
    for fine in ('default_name = f"art15_{self._id}_{self._services.ctx.today():%Y-%m-%d}.pdf"',
                 'return translate("LeadPartnerExport", "participants-for-lead-partner") + f"-{today:%Y-%m-%d}.xlsx"',
                 "stamp = (now or datetime.now()).strftime(STAMP)",
                 "return format_datetime(user.last_login_at)"):
        assert not _offending(fine), fine
