"""Reading the cells of a participant spreadsheet (issue 9): dates, PESEL, numbers, dictionary values.

Partners' sheets hold what people typed and what Excel made of it: dates as text in Polish forms
("5.3.2024", "05.03.2024 r.", "5 marca 2024"), as Excel serial numbers or as date cells; a PESEL typed into
a number column, so that its leading zero is gone (or shown as 4,40514E+10); a phone number or a postal
code as a number; "T", "x", "TRUE" for "Tak"; non-breaking spaces. Each parser here turns one raw cell
(as the reader gives it: str, int, float, date, datetime, bool or None) into coopdesk's value and at
most one ``CellIssue`` - an English template (context "Errors") with ``{placeholders}``, translated where
it is shown, an ERROR (the row cannot be imported as it is) or a WARNING (read, but check it).

The coded values are data (``coopdesk/assets/data/import_values.json``, read by ``services.reference_data``
and parsed here by ``parse_import_values``): per dictionary, the strings accepted for each code, compared
folded (case, Polish letters, punctuation and spacing ignored); an unknown value gets the closest accepted
string as a suggestion. Pure code: no file is read here, nothing is compiled or built per call.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from difflib import get_close_matches
from enum import StrEnum
from functools import lru_cache
from typing import Any

from coopdesk.domain.enums import (
    VOIVODESHIPS,
    Answer,
    Citizenship,
    ContractForm,
    Degurba,
    DisabilityDegree,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    Sex,
    Stage,
    SupportForm,
)
from coopdesk.domain.errors import Severity
from coopdesk.domain.header_match import header_key
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.territory import Territory, code_issue

# Which enum each dictionary of import_values.json codes into.
DICTIONARY_ENUMS: dict[str, type[StrEnum]] = {
    "sex": Sex,
    "answer": Answer,
    "citizenship": Citizenship,
    "isced": Isced,
    "labour_status": LabourStatus,
    "labour_detail": LabourDetail,
    "participant_type": ParticipantType,
    "degurba": Degurba,
    "exit_situation": ExitSituation,
    "support_form": SupportForm,
    "disability_degree": DisabilityDegree,
    "exit_reason": ExitReason,
    "contract_form": ContractForm,
    "stage": Stage,
}


@dataclass(frozen=True, slots=True)
class CellIssue:
    """What is wrong with one cell (the row and column are added by the caller)."""

    message: str  # English template, context "Errors"
    params: dict[str, str] = field(default_factory=dict)
    severity: Severity = Severity.ERROR
    suggestion: str = ""


def _warning(message: str, **params: str) -> CellIssue:
    return CellIssue(message, params, Severity.WARNING)


def _error(message: str, **params: str) -> CellIssue:
    return CellIssue(message, params, Severity.ERROR)


# --- text ---------------------------------------------------------------------------------------------

_EDGE_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060'"  # BOM, zero-width characters; Excel's text apostrophe


def cell_text(raw: object) -> str:
    """The cell as one line of text: surrounding and repeated spaces (also non-breaking ones, tabs, line
    breaks) reduced to single spaces, a zero-width character or Excel's leading apostrophe at the edges
    dropped; a whole number written without ".0"; None as ""."""
    if raw is None:
        return ""
    if type(raw) is str:
        text = raw
    elif isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    elif isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    elif isinstance(raw, datetime):
        return raw.strftime("%d.%m.%Y") if raw.time() == datetime.min.time() else raw.strftime("%d.%m.%Y %H:%M")
    elif isinstance(raw, date):
        return raw.strftime("%d.%m.%Y")
    else:
        text = str(raw)
    text = " ".join(text.split())
    if text and (text[0] in _EDGE_INVISIBLE or text[-1] in _EDGE_INVISIBLE):
        text = " ".join(text.strip(_EDGE_INVISIBLE).split())
    return text


# --- dates --------------------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)  # the 1900 date system, past Excel's phantom 29 February 1900
_SERIAL_MIN, _SERIAL_MAX = 1, 73050  # 1 January 1900 .. 31 December 2099
_DMY = re.compile(r"(\d{1,2})\s*([./\-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})")
_DMY_SPACED = re.compile(r"(\d{1,2}) (\d{1,2}) (\d{4})")
_YMD = re.compile(r"(\d{4})\s*([./\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})\s*\.?\s*([^\W\d_]+)\.?\s*(\d{4})")
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")  # 20240305
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")  # 10000 = 18.05.1927: shorter numbers are not dates here
_TIME_OR_YEAR_MARK = re.compile(r"(?:\s*(?:r\.?|rok|roku)|[ t]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?|\s*,)$")

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "styczen stycznia sty i january jan", "luty lutego lut ii february feb", "marzec marca mar iii march",
    "kwiecien kwietnia kwi iv april apr", "maj maja v may", "czerwiec czerwca cze vi june jun",
    "lipiec lipca lip vii july jul", "sierpien sierpnia sie viii august aug",
    "wrzesien wrzesnia wrz ix september sep sept", "pazdziernik pazdziernika paz x october oct",
    "listopad listopada lis xi november nov", "grudzien grudnia gru xii december dec",
), start=1):
    for _name in _names.split():
        _MONTHS[_name] = _number

NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a date: write it as 05.03.2024.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Errors", "{value} is not a date: there is no such day.")
TWO_DIGIT_YEAR = QT_TRANSLATE_NOOP("Errors", "\"{value}\": write the year with four digits (05.03.2024).")
MONTH_FIRST = QT_TRANSLATE_NOOP(
    "Errors", "\"{value}\" has the month before the day (American order): read as {date}. Check it.")
SERIAL_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "The number {value} is not a date (as an Excel date number it falls outside 1900-2099).")
A_YEAR = QT_TRANSLATE_NOOP("Errors", "{value} is a year, not a date: write the whole date (05.03.2024).")
NOT_A_DATE_VALUE = QT_TRANSLATE_NOOP("Errors", "A date is expected here, not \"{value}\".")


def _shown(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def excel_serial_date(serial: float) -> date | None:
    """The day of an Excel serial number (1900 date system; the time of day dropped); None outside
    1900-2099 and for Excel's phantom 29 February 1900."""
    whole = int(serial)
    if not _SERIAL_MIN <= whole <= _SERIAL_MAX or whole == 60:
        return None
    return _EXCEL_EPOCH + timedelta(days=whole if whole > 60 else whole + 1)


def _make(year: int, month: int, day: int, text: str) -> tuple[date | None, CellIssue | None]:
    try:
        return date(year, month, day), None
    except ValueError:
        return None, _error(NO_SUCH_DAY, value=text)


def parse_date(raw: object) -> tuple[date | None, CellIssue | None]:
    """A date cell: a date or datetime, an Excel serial number, or text in a common Polish form."""
    if raw is None:
        return None, None
    if isinstance(raw, datetime):
        return raw.date(), None
    if isinstance(raw, date):
        return raw, None
    if isinstance(raw, bool):
        return None, _error(NOT_A_DATE_VALUE, value=cell_text(raw))
    if isinstance(raw, (int, float)):
        if 1900 <= raw < 2100 and raw == int(raw):  # a year, not the serial of a day in 1905
            return None, _error(A_YEAR, value=cell_text(raw))
        if 19000101 <= raw <= 20991231 and raw == int(raw):  # 20240305
            return _parse_date_text(cell_text(raw))
        day = excel_serial_date(raw)
        return (day, None) if day is not None else (None, _error(SERIAL_OUT_OF_RANGE, value=cell_text(raw)))
    text = cell_text(raw)
    if not text:
        return None, None
    return _parse_date_text(text)


@lru_cache(maxsize=4096)  # start dates repeat down a sheet
def _parse_date_text(text: str) -> tuple[date | None, CellIssue | None]:
    body = text.lower()
    while (mark := _TIME_OR_YEAR_MARK.search(body)) is not None and mark.start() > 0:
        body = body[: mark.start()].rstrip()
    if (m := _DMY.fullmatch(body) or _DMY_SPACED.fullmatch(body)) is not None:
        groups = m.groups()
        first, second, year_text = (groups[0], groups[2], groups[3]) if len(groups) == 4 else groups
        if len(year_text) == 2:
            return None, _error(TWO_DIGIT_YEAR, value=text)
        day, month, year = int(first), int(second), int(year_text)
        if month > 12 and day <= 12:  # 03/25/2024: month first
            found, issue = _make(year, day, month, text)
            if found is not None:
                return found, _warning(MONTH_FIRST, value=text, date=_shown(found))
            return None, issue
        return _make(year, month, day, text)
    if (m := _YMD.fullmatch(body)) is not None:
        return _make(int(m.group(1)), int(m.group(3)), int(m.group(4)), text)
    if (m := _WORDS.fullmatch(body)) is not None:
        named = _MONTHS.get(header_key(m.group(2)))
        if named is None:
            return None, _error(NOT_A_DATE, value=text)
        return _make(int(m.group(3)), named, int(m.group(1)), text)
    if (m := _COMPACT.fullmatch(body)) is not None:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    if _SERIAL.fullmatch(body) is not None:  # a date column of a CSV written from Excel numbers
        serial_day = excel_serial_date(float(body.replace(",", ".")))
        if serial_day is None:
            return None, _error(SERIAL_OUT_OF_RANGE, value=text)
        return serial_day, None
    return None, _error(NOT_A_DATE, value=text)


# --- PESEL, phone, postal code, numbers -----------------------------------------------------------------

PESEL_LOST_ZERO = QT_TRANSLATE_NOOP(
    "Errors",
    "The PESEL was stored as a number and lost its leading zero: the zero has been put back. "
    "Format the PESEL column as text in the file.",
)
PESEL_SCIENTIFIC = QT_TRANSLATE_NOOP(
    "Errors",
    "The PESEL is shown in scientific notation (like 4,4E+10), so its last digits are lost. "
    "Format the PESEL column as text and enter the PESEL again.",
)
PESEL_NOT_WHOLE = QT_TRANSLATE_NOOP("Errors", "PESEL must have exactly 11 digits.")
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d*)?e[+-]?\d+", re.IGNORECASE)
_PESEL_JUNK = str.maketrans("", "", " -\u2010\u2011\u2013/.")
_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def _pesel_checksum_ok(digits: str) -> bool:
    total = sum(w * int(d) for w, d in zip(_PESEL_WEIGHTS, digits, strict=False))
    return (10 - total % 10) % 10 == int(digits[10])


def parse_pesel(raw: object) -> tuple[str, CellIssue | None]:
    """The PESEL as 11 characters of text where it can be recovered. Its validity (check digit, date,
    agreement with sex and birth date) is checked with the whole row (``domain.validation``)."""
    if raw is None:
        return "", None
    if isinstance(raw, bool):
        return cell_text(raw), _error(PESEL_NOT_WHOLE)
    if isinstance(raw, float):
        if not raw.is_integer() or raw < 0:
            return cell_text(raw), _error(PESEL_NOT_WHOLE)
        raw = int(raw)
    if isinstance(raw, int):
        text = str(raw)
        if 0 < len(text) < 11:
            return text.zfill(11), _warning(PESEL_LOST_ZERO)
        return text, None
    text = cell_text(raw)
    if not text:
        return "", None
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if _SCIENTIFIC.fullmatch(text.replace(" ", "")) is not None:
        return "", _error(PESEL_SCIENTIFIC)
    if text.endswith(".0") and text[:-2].isdigit():  # a number written as text by a CSV export
        text = text[:-2]
    compact = text.translate(_PESEL_JUNK)
    if compact.isdigit() and len(compact) == 10 and _pesel_checksum_ok("0" + compact):
        return "0" + compact, _warning(PESEL_LOST_ZERO)
    return (compact if compact.isdigit() else text), None


_PHONE_LABEL = re.compile(r"(?:tel(?:efon)?|kom(?:órka)?|phone|mobile)\.?\s*:?\s*", re.IGNORECASE)
PHONE_NOT_WHOLE = QT_TRANSLATE_NOOP("Errors", "This is not a valid phone number.")


def parse_phone(raw: object) -> tuple[str, CellIssue | None]:
    """A phone number; a number cell (600100200, 48600100200.0) becomes its digits."""
    if isinstance(raw, float) and not raw.is_integer():
        return cell_text(raw), _error(PHONE_NOT_WHOLE)
    text = cell_text(raw)
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if text[:1].isalpha():  # "tel. 600 100 200", "kom.: 600100200"
        text = _PHONE_LABEL.sub("", text, count=1)
    return text, None


POSTAL_LOST_ZERO = QT_TRANSLATE_NOOP(
    "Errors", "The postal code was stored as a number and lost its leading zero: read as {value}.")
_POSTAL_DIGITS = re.compile(r"(\d{2})\s*[-\u2010\u2011\u2013 ]?\s*(\d{3})")


def parse_postal_code(raw: object) -> tuple[str, CellIssue | None]:
    """A postal code as 00-000: from a number (80001, 2495 -> 02-495 with a warning) or text ("80001",
    "80 001"); anything else is left for the format check."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        digits = str(raw)
        if 0 <= raw <= 99999:
            value = f"{digits.zfill(5)[:2]}-{digits.zfill(5)[2:]}"
            return value, (_warning(POSTAL_LOST_ZERO, value=value) if len(digits) < 5 else None)
        return digits, None
    text = cell_text(raw)
    if (m := _POSTAL_DIGITS.fullmatch(text)) is not None:
        return f"{m.group(1)}-{m.group(2)}", None
    if len(text) == 4 and text.isdigit():  # a CSV of the number column
        value = f"0{text[0]}-{text[1:]}"
        return value, _warning(POSTAL_LOST_ZERO, value=value)
    return text, None


NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a whole number.")


def parse_whole_number(raw: object) -> tuple[int | None, CellIssue | None]:
    if raw is None or isinstance(raw, bool):
        return None, (None if raw is None else _error(NOT_A_NUMBER, value=cell_text(raw)))
    if isinstance(raw, int):
        return raw, None
    if isinstance(raw, float) and raw.is_integer():
        return int(raw), None
    text = cell_text(raw)
    if not text:
        return None, None
    if text.endswith(".0"):
        text = text[:-2]
    if text.isdigit():
        return int(text), None
    return None, _error(NOT_A_NUMBER, value=text)


NOT_A_DECIMAL = QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a number: write a part of a full-time job as 0,5.")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?|[.,]\d+")
_UNIT_WORDS = re.compile(r"\s*(?:etatu|etat|et\.|fte)$")


def parse_decimal(raw: object) -> tuple[float | None, CellIssue | None]:
    """A part of a full-time job and the like: a number cell, or text with a decimal comma or point ("0,5",
    "0.75"), a fraction ("1/2", "3/4 etatu") or a percentage ("50%"). Its range is the record's rule."""
    if raw is None or isinstance(raw, bool):
        return None, (None if raw is None else _error(NOT_A_DECIMAL, value=cell_text(raw)))
    if isinstance(raw, (int, float)):
        return float(raw), None
    text = cell_text(raw)
    if not text:
        return None, None
    body = _UNIT_WORDS.sub("", text.lower()).replace(" ", "")
    percent = body.endswith("%")
    body = body.rstrip("%")
    if _DECIMAL.fullmatch(body) is not None:
        number = float(body.replace(",", "."))
        return (number / 100 if percent else number), None
    if not percent and (m := _FRACTION.fullmatch(body)) is not None and int(m.group(2)):
        return int(m.group(1)) / int(m.group(2)), None
    return None, _error(NOT_A_DECIMAL, value=text)


TERYT_LOST_ZERO = QT_TRANSLATE_NOOP(
    "Errors", "The TERYT code was stored as a number and lost its leading zero: read as {value}.")


def parse_teryt(raw: object) -> tuple[str, CellIssue | None]:
    """A gmina's TERYT code (WWPPGGR) as 7 digits of text: from a number that lost its leading zero (201011 ->
    0201011, with a warning), or text with spaces or dashes; a code that cannot be one is an error. Whether
    the gmina exists is the reference data's question (the service's)."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    issue = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        text = str(raw)
    else:
        text = cell_text(raw).replace(" ", "").replace("-", "")
        if text.endswith(".0") and text[:-2].isdigit():
            text = text[:-2]
    if not text:
        return "", None
    if len(text) == 6 and text.isdigit():
        text = "0" + text
        issue = _warning(TERYT_LOST_ZERO, value=text)
    problem = code_issue(text)
    if problem is not None:
        return "", _error(problem)
    return text, issue


_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")
NOT_AN_IDENTIFIER = QT_TRANSLATE_NOOP(
    "Errors", "\"{value}\" is not a technical identifier written by coopdesk (leave the cell as it was exported, "
    "or empty for a new person).")


def parse_uuid(raw: object) -> tuple[str, CellIssue | None]:
    """The technical identifier of an exported record, in its canonical lower-case form."""
    text = cell_text(raw).lower().strip("{}")
    if not text:
        return "", None
    if _UUID.fullmatch(text) is None:
        return "", _error(NOT_AN_IDENTIFIER, value=cell_text(raw))
    plain = text.replace("-", "")
    return f"{plain[:8]}-{plain[8:12]}-{plain[12:16]}-{plain[16:20]}-{plain[20:]}", None


# --- dictionaries ----------------------------------------------------------------------------------------

NOT_IN_DICTIONARY = QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not one of the accepted values.")
NOT_IN_DICTIONARY_SUGGEST = QT_TRANSLATE_NOOP(
    "Errors", "\"{value}\" is not one of the accepted values. Did you mean \"{suggestion}\"?")
ASSUMED = QT_TRANSLATE_NOOP(
    "Errors", "\"{value}\" does not say exactly which value it means: read as \"{chosen}\". Check it.")
SUGGESTION_CUTOFF = 0.6
CACHE_SIZE = 5000  # distinct raw values remembered per dictionary


@dataclass(frozen=True)
class Dictionary:
    """The strings accepted for each code of one enum, folded."""

    name: str
    enum: type[StrEnum]
    by_key: Mapping[str, StrEnum]  # folded accepted string -> code
    assumed: frozenset[str]  # folded strings read as a code with a warning
    shown: Mapping[str, str]  # folded accepted string -> as written in the data file (for suggestions)
    labels: Mapping[StrEnum, str]  # each code's first accepted string (coopdesk's Polish wording)
    # raw cell -> its answer: a sheet repeats a few values thousands of times (bounded, see CACHE_SIZE)
    _seen: dict[tuple[type, object], tuple[StrEnum | None, CellIssue | None]] = field(
        default_factory=dict, compare=False, repr=False)

    def match(self, raw: object) -> tuple[StrEnum | None, CellIssue | None]:
        """The code of a cell: exact after folding; an imprecise string with a warning; else an error with
        the closest accepted string."""
        key = (type(raw), raw)
        found = self._seen.get(key)
        if found is None:
            found = self._match(raw)
            if len(self._seen) < CACHE_SIZE:
                self._seen[key] = found
        return found

    def _match(self, raw: object) -> tuple[StrEnum | None, CellIssue | None]:
        text = cell_text(raw)
        if not text:
            return None, None
        key = header_key(text)
        if not key:  # only punctuation ("-", "?"): nothing said
            return None, None
        code = self.by_key.get(key)
        if code is not None:
            if key in self.assumed:
                return code, _warning(ASSUMED, value=text, chosen=self.labels[code])
            return code, None
        close = get_close_matches(key, self.by_key.keys(), n=1, cutoff=SUGGESTION_CUTOFF)
        if close:
            suggestion = self.shown[close[0]]
            return None, CellIssue(NOT_IN_DICTIONARY_SUGGEST, {"value": text, "suggestion": suggestion},
                                   Severity.ERROR, suggestion)
        return None, _error(NOT_IN_DICTIONARY, value=text)


def build_dictionary(name: str, enum: type[StrEnum], values: Mapping[str, Any],
                     assumed: Mapping[str, Any] | None = None) -> Dictionary:
    """ValueError when a code is not the enum's, or one folded string names two codes."""
    by_key: dict[str, StrEnum] = {}
    shown: dict[str, str] = {}
    labels: dict[StrEnum, str] = {}
    assumed_keys: set[str] = set()
    for group, is_assumed in ((values, False), (assumed or {}, True)):
        for raw_code, strings in group.items():
            code = enum(raw_code)
            for string in strings:
                key = header_key(string)
                if not key:
                    raise ValueError(f"{name}: an empty string for {raw_code!r}")
                if by_key.setdefault(key, code) != code:
                    raise ValueError(f"{name}: {string!r} names both {by_key[key].value!r} and {raw_code!r}")
                if is_assumed:
                    assumed_keys.add(key)
                shown.setdefault(key, string)
                if not is_assumed:
                    labels.setdefault(code, string)
    return Dictionary(name, enum, by_key, frozenset(assumed_keys), shown, labels)


def _voivodeships() -> Dictionary:
    by_key: dict[str, StrEnum] = {}
    shown: dict[str, str] = {}
    enum = StrEnum("Voivodeship", {name: name for name in VOIVODESHIPS})  # type: ignore[misc]
    for member in enum:
        for string in (member.value, f"woj. {member.value}", f"województwo {member.value}"):
            by_key[header_key(string)] = member
            shown.setdefault(header_key(string), member.value)
    return Dictionary("voivodeship", enum, by_key, frozenset(), shown, {m: m.value for m in enum})


VOIVODESHIP = _voivodeships()


@dataclass(frozen=True)
class ImportValues:
    """Every dictionary of import_values.json, and which dictionary each coded field uses."""

    version: str
    dictionaries: Mapping[str, Dictionary]
    fields: Mapping[str, str]  # coded field -> dictionary name
    by_field: Mapping[str, Dictionary]  # coded field -> its dictionary
    # the gminas (teryt.json), to refuse a well-formed TERYT code no gmina has (None: the format only)
    territory: Territory | None = field(default=None, compare=False, repr=False)

    def dictionary(self, field_name: str) -> Dictionary:
        return self.by_field[field_name]


def parse_import_values(data: Mapping[str, Any]) -> ImportValues:
    """The data file's content; ValueError when a dictionary is unknown, a code is not its enum's, or a
    folded string names two codes of one dictionary."""
    dictionaries: dict[str, Dictionary] = {}
    for name, content in data["dictionaries"].items():
        enum = DICTIONARY_ENUMS.get(name)
        if enum is None:
            raise ValueError(f"unknown dictionary {name!r}")
        dictionaries[name] = build_dictionary(name, enum, content["values"], content.get("assumed"))
    fields = dict(data["fields"])
    for field_name, name in fields.items():
        if name not in dictionaries:
            raise ValueError(f"field {field_name!r} names no dictionary ({name!r})")
    by_field = {field_name: dictionaries[name] for field_name, name in fields.items()}
    return ImportValues(str(data.get("version", "")), dictionaries, fields, by_field)
