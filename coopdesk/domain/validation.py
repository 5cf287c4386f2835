"""Validation of identifiers and of the participant record (domain.md §3)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from functools import lru_cache

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.pl import pesel as stdnum_pesel

from coopdesk.domain.enums import Citizenship, Sex
from coopdesk.domain.errors import FieldIssue, Severity
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.participation_rules import TEXT_LIMITS as PARTICIPATION_TEXT_LIMITS
from coopdesk.domain.participation_rules import (
    derived_start,
    field_name,
    normalise_participation,
    participations_issues,
)
from coopdesk.domain.records import ParticipantDraft

POSTAL_CODE_RE = re.compile(r"^\d{2}-\d{3}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[\d \-()]{7,20}$", re.ASCII)
EARLIEST_BIRTH = date(1900, 1, 1)
EARLIEST_PROJECT_DATE = date(2000, 1, 1)
MAX_NAME = 100
ADULT_AGE = 18  # the programme is for adults: a younger person is a warning
MIN_AGE = 15  # younger than this is refused unless the user confirms it (``age_confirmed``)
TOO_YOUNG = QT_TRANSLATE_NOOP(
    "Errors", "The person is {age} years old: someone under 15 can be registered only when you confirm it."
)
NO_PESEL_TICKED = QT_TRANSLATE_NOOP("Errors", "Enter a PESEL or tick 'No PESEL'.")

# The longest text each field takes, in characters: the column sizes in db/tables.py, so that a record
# valid here also fits a stricter database (PostgreSQL). Notes are free text, bounded to stay a note.
TEXT_LIMITS = {
    "first_name": MAX_NAME, "last_name": MAX_NAME, "phone": 40, "email": 200, "voivodeship": 40,
    "powiat": 100, "gmina": 100, "town": 100, "street": 150, "building_no": 20, "flat_no": 20,
    "postal_code": 6, "recruitment_source": 200, "notes": 20_000,
}
MAX_PROOF_DOCUMENT = 300
MULTILINE_FIELDS = frozenset({"notes"})
NAME_FIELDS = ("first_name", "last_name")

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_OTHER_LINE_BREAKS_RE = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_NOT_PRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})  # control, format (invisible), surrogates...
_NOT_PRINTABLE_IN_NOTES = frozenset({"Cc", "Cs"})  # notes keep emoji sequences and line separators
_NAME_PUNCTUATION = frozenset("-'\u2019\u2010")  # hyphen, apostrophes (' and ’), Unicode hyphen
_EMOJI_JOINERS = frozenset("\u200d\ufe0f\u20e3")  # zero-width joiner, emoji presentation, keycap


def pesel_issue(value: str) -> str | None:
    """Return an English message template if ``value`` is not a valid PESEL, else None."""
    digits = value.strip()
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 11:
        return QT_TRANSLATE_NOOP("Errors", "PESEL must have exactly 11 digits.")
    if decode_pesel(digits) is not None:
        return None
    try:
        stdnum_pesel.validate(digits)
    except StdnumError:
        # stdnum checks the date before the check digit; tell the two apart for the user
        try:
            stdnum_pesel.get_birth_date(digits)
        except (StdnumError, ValueError):
            return QT_TRANSLATE_NOOP("Errors", "PESEL contains an impossible birth date.")
        return QT_TRANSLATE_NOOP("Errors", "PESEL check digit is wrong - check for a typing error.")
    return None


def is_valid_pesel(value: str) -> bool:
    return pesel_issue(value) is None


_PESEL_CENTURIES = (1900, 2000, 2100, 2200, 1800)  # by month // 20


@lru_cache(maxsize=256)  # one row asks up to four times (its checks, birth date, sex)
def decode_pesel(value: str) -> tuple[date, Sex] | None:
    """Birth date and sex of a valid PESEL given as 11 ASCII digits, else None: the common case in plain
    arithmetic (an import checks 10,000 rows; stdnum's generic cleaning is slower); the others go to stdnum."""
    if len(value) != 11 or not (value.isascii() and value.isdigit()):
        return None
    d = value.encode("ascii")  # digit n is d[n] - 48; the weights add up to 44
    total = d[0] + 3 * d[1] + 7 * d[2] + 9 * d[3] + d[4] + 3 * d[5] + 7 * d[6] + 9 * d[7] + d[8] + 3 * d[9] - 48 * 44
    if (10 - total % 10) % 10 != d[10] - 48:
        return None
    month = (d[2] - 48) * 10 + d[3] - 48
    try:
        born = date(_PESEL_CENTURIES[month // 20] + (d[0] - 48) * 10 + d[1] - 48, month % 20, (d[4] - 48) * 10 + d[5] - 48)
    except ValueError:
        return None
    return born, (Sex.MALE if d[9] % 2 else Sex.FEMALE)


def pesel_birth_date(value: str) -> date:
    decoded = decode_pesel(value.strip())
    return decoded[0] if decoded is not None else stdnum_pesel.get_birth_date(value.strip())


def pesel_sex(value: str) -> Sex:
    decoded = decode_pesel(value.strip())
    if decoded is not None:
        return decoded[1]
    return Sex.MALE if stdnum_pesel.get_gender(value.strip()) == "M" else Sex.FEMALE


def is_valid_postal_code(value: str) -> bool:
    return bool(POSTAL_CODE_RE.match(value.strip()))


def text_issue(value: str, limit: int, multiline: bool = False) -> tuple[str, dict[str, str]] | None:
    """(English message, params) if ``value`` is not printable text of at most ``limit`` characters,
    else None. Line breaks and tabs only where ``multiline``; never control or invisible characters."""
    if len(value) > limit:
        return QT_TRANSLATE_NOOP("Errors", "At most {limit} characters."), {"limit": str(limit)}
    if not multiline and value.isprintable():  # the common case, at C speed: no control, invisible or break
        return None
    refused = _NOT_PRINTABLE_IN_NOTES if multiline else _NOT_PRINTABLE
    for ch in value:
        if multiline and ch in "\n\t":
            continue
        if not multiline and ch in _LINE_BREAKS:
            return QT_TRANSLATE_NOOP("Errors", "This field must be a single line."), {}
        if unicodedata.category(ch) in refused:
            return QT_TRANSLATE_NOOP("Errors", "This field contains control or invisible characters."), {}
    return None


def _plain_name(value: str) -> bool:
    """Letters (Unicode L*) joined by spaces, hyphens or apostrophes: the common name, checked at C speed."""
    return value.replace(" ", "").replace("-", "").replace("'", "").isalpha()


def emoji_or_markup_issue(value: str) -> str | None:
    """An English message if ``value`` holds emoji, pictographs or markup (``<b>``, ``<script>``)."""
    if _plain_name(value):
        return None
    for ch in value:
        if ch in "<>" or ch in _EMOJI_JOINERS or unicodedata.category(ch) in ("So", "Sk", "Cs", "Co"):
            return QT_TRANSLATE_NOOP("Errors", "A name cannot contain emoji, symbols or markup such as <b>.")
    return None


def name_issue(value: str) -> str | None:
    """An English message if ``value`` (printable, stripped) is not a person's name: letters of any
    alphabet (with their combining marks), joined by spaces, hyphens and apostrophes."""
    if _plain_name(value):
        return None
    if any(ch.isdigit() for ch in value):
        return QT_TRANSLATE_NOOP("Errors", "A name cannot contain digits.")
    kinds = [unicodedata.category(ch) for ch in value]
    if not any(kind.startswith("L") for kind in kinds):
        return QT_TRANSLATE_NOOP("Errors", "A name must contain letters.")
    for ch, kind in zip(value, kinds, strict=True):
        if kind[0] not in "LM" and kind != "Zs" and ch not in _NAME_PUNCTUATION:
            return QT_TRANSLATE_NOOP("Errors", "A name may contain only letters, spaces, hyphens and apostrophes.")
    return None


def normalise(draft: ParticipantDraft) -> ParticipantDraft:
    """Trim text, normalise PESEL and postal code, and fill birth date and sex from a valid PESEL."""
    strip = {
        name: getattr(draft, name).strip()
        for name in (
            "first_name", "last_name", "pesel", "phone", "email", "voivodeship", "powiat", "gmina",
            "town", "street", "building_no", "flat_no", "postal_code", "recruitment_source", "notes",
        )
    }
    # full-width digits are the same PESEL (else a second registration slipped past the duplicate check)
    strip["pesel"] = unicodedata.normalize("NFKC", strip["pesel"]).replace(" ", "")
    strip["notes"] = _OTHER_LINE_BREAKS_RE.sub("\n", strip["notes"])  # Windows, old Mac, Word: one kind
    strip["email"] = strip["email"].lower()
    draft = replace(draft, **strip, participations=tuple(map(normalise_participation, draft.participations)))
    if draft.pesel and is_valid_pesel(draft.pesel):
        draft = replace(
            draft,
            birth_date=draft.birth_date or pesel_birth_date(draft.pesel),
            sex=draft.sex or pesel_sex(draft.pesel),
        )
    return draft


def _date_issues(draft: ParticipantDraft, today: date) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    if draft.birth_date is not None:
        if draft.birth_date > today:
            issues.append(FieldIssue("birth_date", QT_TRANSLATE_NOOP("Errors", "Birth date is in the future.")))
        elif draft.birth_date < EARLIEST_BIRTH:
            issues.append(FieldIssue("birth_date", QT_TRANSLATE_NOOP("Errors", "Birth date is before 1900.")))
    for name in ("recruitment_date", "stage_date"):
        value = getattr(draft, name)
        if value is not None and value < EARLIEST_PROJECT_DATE:
            issues.append(FieldIssue(name, QT_TRANSLATE_NOOP("Errors", "The date is before 2000.")))
    if draft.recruitment_date and draft.recruitment_date > today:
        issues.append(FieldIssue("recruitment_date", QT_TRANSLATE_NOOP("Errors", "Recruitment date is in the future.")))
    if draft.stage_date and draft.stage_date > today:
        issues.append(FieldIssue("stage_date", QT_TRANSLATE_NOOP("Errors", "A stage cannot start in the future.")))
    if draft.birth_date and draft.recruitment_date and draft.recruitment_date < draft.birth_date:
        issues.append(FieldIssue("recruitment_date", QT_TRANSLATE_NOOP("Errors", "Recruitment date is before birth.")))
    for index, p in enumerate(draft.participations):
        start = derived_start(p)
        if draft.recruitment_date and start and start < draft.recruitment_date:
            issues.append(FieldIssue(
                field_name(index, "supports"),
                QT_TRANSLATE_NOOP("Errors", "Support starts before the recruitment date."),
                severity=Severity.WARNING,
            ))
    return issues


def _identity_issues(draft: ParticipantDraft) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    if draft.pesel:
        problem = pesel_issue(draft.pesel)
        if problem:
            return [FieldIssue("pesel", problem)]
        born, sex = pesel_birth_date(draft.pesel), pesel_sex(draft.pesel)
        if draft.birth_date and draft.birth_date != born:
            issues.append(
                FieldIssue(
                    "birth_date",
                    QT_TRANSLATE_NOOP("Errors", "Birth date does not match PESEL ({expected})."),
                    {"expected": born.strftime("%d.%m.%Y")},
                )
            )
        if draft.sex and draft.sex != sex:
            issues.append(FieldIssue("sex", QT_TRANSLATE_NOOP("Errors", "Sex does not match PESEL.")))
        return issues
    if draft.birth_date is None:
        issues.append(FieldIssue("birth_date", QT_TRANSLATE_NOOP("Errors", "Without PESEL, the birth date is required.")))
    if draft.sex is None:
        issues.append(FieldIssue("sex", QT_TRANSLATE_NOOP("Errors", "Without PESEL, sex is required.")))
    if draft.citizenship is Citizenship.POLISH:
        issues.append(
            FieldIssue(
                "pesel",
                QT_TRANSLATE_NOOP("Errors", "A Polish citizen normally has a PESEL - enter it if the person has one."),
                severity=Severity.WARNING,
            )
        )
    return issues


def age_on(born: date, day: date) -> int:
    """Full years of a person born on ``born`` on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _age_issues(draft: ParticipantDraft, today: date, age_confirmed: bool) -> list[FieldIssue]:
    """The age at recruitment (today when there is no recruitment date): an adult programme."""
    if draft.birth_date is None or draft.birth_date > today:
        return []
    age = age_on(draft.birth_date, draft.recruitment_date or today)
    if age < 0 or age >= ADULT_AGE:
        return []
    params = {"age": str(age)}
    if age < MIN_AGE and not age_confirmed:
        return [FieldIssue("birth_date", TOO_YOUNG, params)]
    return [
        FieldIssue(
            "birth_date",
            QT_TRANSLATE_NOOP("Errors", "The person is {age} years old: the programme is for adults (18 and over)."),
            params,
            severity=Severity.WARNING,
        )
    ]


def _contact_issues(draft: ParticipantDraft, unreadable: set[str]) -> list[FieldIssue]:
    """Formats of the contact fields (``unreadable``: fields already refused as text, one message each)."""
    issues: list[FieldIssue] = []
    if draft.postal_code and "postal_code" not in unreadable and not is_valid_postal_code(draft.postal_code):
        issues.append(FieldIssue("postal_code", QT_TRANSLATE_NOOP("Errors", "Postal code must look like 00-000.")))
    if draft.email and "email" not in unreadable and not EMAIL_RE.match(draft.email):
        issues.append(FieldIssue("email", QT_TRANSLATE_NOOP("Errors", "This is not a valid e-mail address.")))
    if draft.phone and "phone" not in unreadable and (
        not PHONE_RE.match(draft.phone) or sum(c.isdigit() for c in draft.phone) < 7
    ):
        issues.append(FieldIssue("phone", QT_TRANSLATE_NOOP("Errors", "This is not a valid phone number.")))
    return issues


def _text_issues(draft: ParticipantDraft) -> list[FieldIssue]:
    """Every text field: printable, within its limit; names required and made of letters."""
    issues: list[FieldIssue] = []
    for name, limit in TEXT_LIMITS.items():
        value = getattr(draft, name).strip()
        if not value:
            if name in NAME_FIELDS:
                issues.append(FieldIssue(name, QT_TRANSLATE_NOOP("Errors", "This field is required.")))
            continue
        problem: tuple[str, dict[str, str]] | None = None
        if name in NAME_FIELDS and (message := emoji_or_markup_issue(value)):
            problem = message, {}
        problem = problem or text_issue(value, limit, multiline=name in MULTILINE_FIELDS)
        if problem is None and name in NAME_FIELDS and (message := name_issue(value)):
            problem = message, {}
        if problem is not None:
            issues.append(FieldIssue(name, problem[0], problem[1]))
    for index, p in enumerate(draft.participations):
        for name, limit in PARTICIPATION_TEXT_LIMITS.items():
            if problem := text_issue(getattr(p, name).strip(), limit):
                issues.append(FieldIssue(field_name(index, name), problem[0], problem[1]))
    return issues


def _category_issues(draft: ParticipantDraft, today: date) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    seen: set[int] = set()
    for assignment in draft.categories:
        if problem := text_issue(assignment.proof_document.strip(), MAX_PROOF_DOCUMENT):
            issues.append(FieldIssue("categories", problem[0], problem[1]))
        if assignment.category_id in seen:
            issues.append(FieldIssue("categories", QT_TRANSLATE_NOOP("Errors", "A category is listed twice.")))
        seen.add(assignment.category_id)
        if assignment.proof_date and assignment.proof_date > today:
            issues.append(FieldIssue("categories", QT_TRANSLATE_NOOP("Errors", "A proof document is dated in the future.")))
    return issues


def validate_participant(
    draft: ParticipantDraft,
    today: date | None = None,
    *,
    pesel_expected: bool = False,
    age_confirmed: bool = False,
) -> list[FieldIssue]:
    """All problems with ``draft`` (errors and warnings), each naming its field.

    ``pesel_expected``: the user said the person has a PESEL (the form's "No PESEL" is not ticked), so an
    empty PESEL asks for it instead of the rules for a person without one. ``age_confirmed``: the user
    confirmed registering someone younger than ``MIN_AGE`` (then only a warning remains).
    """
    today = today or date.today()
    issues: list[FieldIssue] = []
    issues += _text_issues(draft)
    unreadable = {i.field for i in issues}
    if pesel_expected and not draft.pesel:
        issues.append(FieldIssue("pesel", NO_PESEL_TICKED))
    else:
        issues += _identity_issues(draft)
    issues += _date_issues(draft, today)
    if not any(i.field == "birth_date" for i in issues):
        issues += _age_issues(draft, today, age_confirmed)
    issues += _contact_issues(draft, unreadable)
    issues += _category_issues(draft, today)
    issues += participations_issues(draft.participations, today)
    return issues


def errors_only(issues: list[FieldIssue]) -> list[FieldIssue]:
    return [i for i in issues if i.severity is Severity.ERROR]
