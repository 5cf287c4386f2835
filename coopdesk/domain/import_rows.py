"""One spreadsheet row -> a participant draft and the problems the dry run lists (issue 9).

``convert_row`` reads the row's mapped cells with the parsers of ``domain.import_values`` (dates, PESEL,
dictionary values, numbers), builds a ``ParticipantDraft`` with exactly one ``ParticipationDraft`` (without a
project: the service resolves ``RowResult.project_code``), then checks the whole record with
``domain.validation.validate_participant`` - PESEL check digit, PESEL against sex and birth date, required
names, formats, the participation's rules - and names each problem by the row number the user sees and the
column header as written in the file. A problem of a field no column fills is row-level (column "").
Warnings about fields the file has no column for are left out (the file does not claim to carry them; the
monitoring precheck lists what is missing), and a field whose cell was already refused is not reported twice.

Fields the record has no place for are checked and dropped: the age at entry must agree with the birth date
on the start date, the country must be Poland, SM EFS "Obywatel państwa trzeciego" must agree with the
citizenship (or, without one, gives it); its "Data założenia działalności gospodarczej" is a self-employment's
start (the employment after exit). Fast enough for a dry run of 10,000 rows: nothing is compiled
or built per call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import MISSING, dataclass, fields
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from coopdesk.domain.enums import Answer, Citizenship, ContractForm, SupportForm
from coopdesk.domain.errors import FieldIssue, Severity
from coopdesk.domain.header_match import header_key
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.import_values import (
    VOIVODESHIP,
    CellIssue,
    ImportValues,
    cell_text,
    parse_date,
    parse_decimal,
    parse_pesel,
    parse_phone,
    parse_postal_code,
    parse_teryt,
    parse_uuid,
    parse_whole_number,
)
from coopdesk.domain.participation_rules import split_field
from coopdesk.domain.records import ParticipantDraft, ParticipationDraft, SupportEntry
from coopdesk.domain.territory import Territory, lookup
from coopdesk.domain.validation import NO_PESEL_TICKED, age_on, decode_pesel, validate_participant


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Problem:
    """One line of the dry run's list."""

    row: int  # the spreadsheet row number the user sees (1-based, as in Excel)
    column: str  # the column's header as in the file; "" for a row-level problem
    field: str  # the import field it is about ("pesel", "birth_date", "support_start", ...); "" when none
    message: str  # English template, context "Errors", with {placeholders}
    params: dict[str, str] = dataclass_field(default_factory=dict)
    severity: Severity = Severity.ERROR
    suggestion: str = ""  # the closest dictionary value, when one is close

    def render(self, translate: Callable[[str], str] = _same) -> str:
        return translate(self.message).format(**self.params)


@dataclass(frozen=True)
class RowResult:
    row: int
    draft: ParticipantDraft  # with exactly one ParticipationDraft (project_id None)
    project_code: str  # from a mapped project column ("" when none); the service resolves it
    uuid: str  # from a "Techniczny identifikator" column ("" when none): update by it
    problems: tuple[Problem, ...]
    pesel_expected: bool = True  # "Brak PESEL" is not "Tak": the person has a PESEL
    # the draft fields the row's cells gave a value (the rest are the records' defaults, not the file's word):
    # the person's names, and the participation's as "participation.<name>"
    filled: frozenset[str] = frozenset()

    @property
    def ok(self) -> bool:
        """No ERROR problem (warnings do not block the row)."""
        return all(p.severity is not Severity.ERROR for p in self.problems)


# --- the fields and what reads them -------------------------------------------------------------------

def _text(raw: object) -> tuple[str, None]:
    return cell_text(raw), None


def _house_number(raw: object) -> tuple[str, CellIssue | None]:
    """A building or flat number; "12/3" that Excel turned into a date is lost (which was day, which month?)."""
    if isinstance(raw, date):
        return "", CellIssue(NUMBER_TURNED_DATE, {"value": cell_text(raw)})
    return cell_text(raw), None


def _email(raw: object) -> tuple[str, None]:
    return cell_text(raw).lower(), None


def _nip(raw: object) -> tuple[str, None]:
    """A NIP as written (a number cell as its digits); its check digit is the participation's rule (stdnum)."""
    return cell_text(raw), None


def _voivodeship(raw: object) -> tuple[str | None, CellIssue | None]:
    value, issue = VOIVODESHIP.match(raw)
    return (value.value if value is not None else None), issue


# Where a field's value goes: the person, the participation, aside (checked, or used by the row), the residence.
# The residence columns ("Województwo", "Gmina", "Kod TERYT gminy" ...) are the participation's residence at
# entry (as the SM EFS, SL2014 and plain layouts write them); they are also the person's address when the row
# says nothing else about it: no home-address columns ("Adres – gmina" ..., the plain layout's) and no technical
# identifier (a row of an exported file updates its person: the residence at entry is not their address now).
_PERSON, _PARTICIPATION, _OWN, _RESIDENCE = 0, 1, 2, 3
_Reader = Callable[[object], tuple[Any, CellIssue | None]] | None  # None: the field's dictionary
_READERS: dict[str, tuple[int, _Reader, str]] = {  # import field -> (where, reader, the record's field)
    **{name: (where, reader, name) for names, where, reader in (
        (("first_name", "last_name", "street", "recruitment_source"), _PERSON, _text),
        (("building_no", "flat_no"), _PERSON, _house_number),
        (("institution_name", "employment_proof"), _PARTICIPATION, _text),
        (("institution_nip",), _PARTICIPATION, _nip),
        (("sex", "citizenship", "disability", "disability_degree", "disability_kind", "minority",
          "foreign_background", "homeless", "stage"), _PERSON, None),
        (("education", "labour_status", "labour_detail", "participant_type", "degurba", "completed_path",
          "exit_situation", "exit_reason", "employment_contract"), _PARTICIPATION, None),
        (("support_form", "no_pesel", "third_country", "minority_or_migrant"), _OWN, None),
        (("birth_date", "recruitment_date"), _PERSON, parse_date),
        (("start_date", "exit_date", "pup_registered_on", "unemployed_since", "info_clause_on",
          "employment_start", "employment_checked_on"), _PARTICIPATION, parse_date),
        (("support_start", "support_end", "business_start"), _OWN, parse_date),
        (("employment_months",), _PARTICIPATION, parse_whole_number),
        (("employment_fte",), _PARTICIPATION, parse_decimal),
        (("powiat", "gmina", "town"), _RESIDENCE, _text),
        (("age_at_entry",), _OWN, parse_whole_number),
        (("project", "country"), _OWN, _text),
    ) for name in names},
    "pesel": (_PERSON, parse_pesel, "pesel"),
    "phone": (_PERSON, parse_phone, "phone"),
    "postal_code": (_PERSON, parse_postal_code, "postal_code"),
    "email": (_PERSON, _email, "email"),
    "voivodeship": (_RESIDENCE, _voivodeship, "voivodeship"),
    "teryt": (_RESIDENCE, parse_teryt, "teryt"),
    "home_voivodeship": (_PERSON, _voivodeship, "voivodeship"),
    "home_powiat": (_PERSON, _text, "powiat"),
    "home_gmina": (_PERSON, _text, "gmina"),
    "home_town": (_PERSON, _text, "town"),
    "home_teryt": (_PERSON, parse_teryt, "teryt"),
    "uuid": (_OWN, parse_uuid, "uuid"),
}
_HOME = ("home_voivodeship", "home_powiat", "home_gmina", "home_town", "home_teryt")
FIELDS = frozenset(_READERS)

# A validation issue's field (participations.0.<name> shortened to <name>) -> the import fields whose column
# it is shown in, first present wins.
_ISSUE_COLUMNS: dict[str, tuple[str, ...]] = {
    "birth_date": ("birth_date", "pesel", "no_pesel"),
    "sex": ("sex", "pesel"),
    "pesel": ("pesel", "no_pesel"),
    "school_type": ("education",),
    "supports": ("support_start", "support_form", "start_date"),
    "employment_start": ("employment_start", "business_start", "exit_situation"),
    "employment_contract": ("employment_contract", "business_start"),
}
# The person's own issue about their address: in the home-address column, else in the residence's.
_PERSON_ISSUE_COLUMNS: dict[str, tuple[str, ...]] = {
    name: (f"home_{name}", name) for name in ("voivodeship", "powiat", "gmina", "town", "teryt")}
_THIRD_COUNTRY = frozenset({Citizenship.NON_EU, Citizenship.STATELESS})
_POLAND = frozenset({"polska", "poland", "pl", "pol", "rzeczpospolita polska", "rp"})

NO_PESEL_IMPORT = QT_TRANSLATE_NOOP(
    "Errors", "The PESEL is missing: enter it, or write \"Tak\" in the column \"Brak PESEL\" (then the birth "
    "date and sex are required).")
NO_PESEL_BUT_GIVEN = QT_TRANSLATE_NOOP(
    "Errors", "\"Brak PESEL\" says Tak, but a PESEL is given: the PESEL is kept.")
NUMBER_TURNED_DATE = QT_TRANSLATE_NOOP(
    "Errors", "Excel turned this number into a date ({value}): enter it again in a column formatted as text.")
YES_OR_NO = QT_TRANSLATE_NOOP("Errors", "Answer \"Tak\" or \"Nie\".")
AGE_DISAGREES = QT_TRANSLATE_NOOP(
    "Errors", "The age at entry ({given}) does not agree with the birth date: the person was {computed} on the "
    "start date. The age is not imported (coopdesk computes it).")
NOT_POLAND = QT_TRANSLATE_NOOP(
    "Errors", "coopdesk records addresses in Poland only: the country \"{value}\" is not imported.")
SUPPORT_WITHOUT_FORM = QT_TRANSLATE_NOOP(
    "Errors", "No form of support is given for this date: it is imported as the start of the participation.")
THIRD_COUNTRY_DISAGREES = QT_TRANSLATE_NOOP(
    "Errors", "This answer does not agree with the citizenship given: the citizenship is kept.")
THIRD_COUNTRY_ASSUMED = QT_TRANSLATE_NOOP(
    "Errors", "No citizenship is given: read as a citizen of a non-EU country. Check it.")
BUSINESS_START_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors", "The business start date differs from the employment start ({date}): the employment start is kept.")
BUSINESS_NOT_SELF_EMPLOYED = QT_TRANSLATE_NOOP(
    "Errors", "A business start date is given, but the form of employment is not self-employment: the form given "
    "is kept.")
MINORITY_OR_MIGRANT = QT_TRANSLATE_NOOP(
    "Errors", "\"Tak\" does not say whether the person belongs to a minority or is of foreign origin: read as "
    "a minority. Check it and the foreign origin in coopdesk.")
START_NOT_FIRST_SUPPORT = QT_TRANSLATE_NOOP(
    "Errors", "The start of participation differs from the start of the support ({date}): coopdesk takes the "
    "support's start.")


def _defaults(cls: type) -> dict[str, Any]:
    """The default of every field of a record class (all plain values: nothing built per instance)."""
    if hasattr(cls, "__post_init__") or "__slots__" in vars(cls) or any(f.default is MISSING for f in fields(cls)):
        raise TypeError(f"{cls.__name__} cannot be built field by field")
    return {f.name: f.default for f in fields(cls)}


_PARTICIPATION_DEFAULTS = _defaults(ParticipationDraft)
_PERSON_DEFAULTS = _defaults(ParticipantDraft)


def _record(cls: type, defaults: dict[str, Any], values: dict[str, Any]) -> Any:
    """``cls(**values)`` for a frozen record whose ``__init__`` only stores its fields, without the ~70
    ``object.__setattr__`` calls of a frozen dataclass (a third of a row's time); the keys are field names
    of ``cls`` (``_READERS``)."""
    record: Any = object.__new__(cls)
    record.__dict__.update(defaults)
    record.__dict__.update(values)
    return record


def convert_row(row_no: int, cells: Sequence[tuple[str, str, object]], values: ImportValues,
                today: date) -> RowResult:
    """The draft and problems of one row. ``cells``: (import field, column header as in the file, raw cell
    value as read - str/int/float/date/datetime/bool/None)."""
    person: dict[str, Any] = {}
    taking: dict[str, Any] = {}
    columns: dict[str, str] = {}  # import field -> its column's header
    own: dict[str, Any] = {}  # the values with no place in the record, and the support
    residence: dict[str, Any] = {}
    issues: list[tuple[str, CellIssue]] = []
    targets = (person, taking, own, residence)
    dictionaries = values.by_field
    for name, header, raw in cells:
        if name in columns:  # a second column for the same field: the first one counts
            continue
        columns[name] = header
        if not raw and (raw is None or raw == ""):
            continue
        try:
            where, reader, key = _READERS[name]
        except KeyError:
            raise ValueError(f"no import field {name!r}") from None
        value, issue = dictionaries[name].match(raw) if reader is None else reader(raw)
        if issue is not None:
            issues.append((name, issue))
        if value or value == 0:  # nothing read: "", None (an empty labour detail is the default anyway)
            targets[where][key] = value
    if values.territory is not None and ("teryt" in residence or "teryt" in person):
        _known_gminas(residence, person, values.territory, issues)
    if residence:
        taking.update(residence)
        if "uuid" not in own and not any(name in columns for name in _HOME):
            person.update(residence)
    return _finish(row_no, person, taking, own, columns, issues, today)


def _finish(row_no: int, person: dict[str, Any], taking: dict[str, Any], own: dict[str, Any],
            columns: dict[str, str], issues: list[tuple[str, CellIssue]], today: date) -> RowResult:
    refused = {name for name, issue in issues if issue.severity is Severity.ERROR}
    if "third_country" in own:
        _third_country(person, own["third_country"], refused, issues)
    if "business_start" in own:
        _business_start(taking, own["business_start"], issues)
    if "minority_or_migrant" in own and "minority" not in columns and "foreign_background" not in columns:
        _minority_or_migrant(person, own["minority_or_migrant"], issues)
    no_pesel = own.get("no_pesel")
    if no_pesel is Answer.REFUSED:
        issues.append(("no_pesel", CellIssue(YES_OR_NO)))
        refused.add("no_pesel")
    elif no_pesel is Answer.YES and person.get("pesel"):
        issues.append(("no_pesel", CellIssue(NO_PESEL_BUT_GIVEN, severity=Severity.WARNING)))
    pesel_expected = no_pesel is not Answer.YES
    if (pesel := person.get("pesel")) and ("birth_date" not in person or "sex" not in person):
        decoded = decode_pesel(pesel)
        if decoded is not None:
            person.setdefault("birth_date", decoded[0])
            if "sex" not in refused:
                person.setdefault("sex", decoded[1])
    _support(taking, own, issues)
    if "degurba" in taking:
        taking["degurba_manual"] = True
    participation: ParticipationDraft = _record(ParticipationDraft, _PARTICIPATION_DEFAULTS, taking)
    person["participations"] = (participation,)
    draft: ParticipantDraft = _record(ParticipantDraft, _PERSON_DEFAULTS, person)
    _unstored(draft, participation, own, issues)
    problems = [
        Problem(row_no, columns.get(name, ""), name, issue.message, issue.params, issue.severity, issue.suggestion)
        for name, issue in issues
    ]
    for found in validate_participant(draft, today, pesel_expected=pesel_expected):
        problem = _from_validation(row_no, found, columns, refused)
        if problem is not None:
            problems.append(problem)
    filled = frozenset(person) | frozenset(f"participation.{name}" for name in taking)
    return RowResult(row_no, draft, own.get("project", ""), own.get("uuid", ""), tuple(problems), pesel_expected,
                     filled)


def _support(taking: dict[str, Any], own: dict[str, Any], issues: list[tuple[str, CellIssue]]) -> None:
    """support_form + support_start/support_end -> one SupportEntry (the project start when the support's
    is not given)."""
    form: SupportForm | None = own.get("support_form")
    start = own.get("support_start")
    if form is not None:
        taking["supports"] = (SupportEntry(form, start or taking.get("start_date"), own.get("support_end")),)
        first = start or taking.get("start_date")
        if start is not None and taking.get("start_date") not in (None, start):
            issues.append(("start_date", CellIssue(
                START_NOT_FIRST_SUPPORT, {"date": start.strftime("%d.%m.%Y")}, Severity.WARNING)))
        taking["start_date"] = first
    elif start is not None and not any(name == "support_form" for name, _ in issues):
        issues.append(("support_start", CellIssue(SUPPORT_WITHOUT_FORM, severity=Severity.WARNING)))
        taking.setdefault("start_date", start)


NO_SUCH_GMINA = QT_TRANSLATE_NOOP("Errors", "No gmina has this TERYT code.")


def _known_gminas(residence: dict[str, Any], person: dict[str, Any], territory: Territory,
                  issues: list[tuple[str, CellIssue]]) -> None:
    """A well-formed TERYT code that names no gmina (nor a former one) is refused here, not by the commit."""
    for name, where in (("teryt", residence), ("home_teryt", person)):
        code = where.get("teryt")
        if code and lookup(code, territory) is None:
            del where["teryt"]
            issues.append((name, CellIssue(NO_SUCH_GMINA)))


def _third_country(person: dict[str, Any], answer: Answer, refused: set[str],
                   issues: list[tuple[str, CellIssue]]) -> None:
    """SM EFS "Obywatel państwa trzeciego" follows from the citizenship: checked against it, or (without a
    citizenship) a yes read as a non-EU citizen's, with a warning."""
    if answer is Answer.REFUSED:
        return
    citizenship = person.get("citizenship")
    if citizenship is None:
        if answer is Answer.YES and "citizenship" not in refused:
            person["citizenship"] = Citizenship.NON_EU
            issues.append(("third_country", CellIssue(THIRD_COUNTRY_ASSUMED, severity=Severity.WARNING)))
    elif (citizenship in _THIRD_COUNTRY) != (answer is Answer.YES):
        issues.append(("third_country", CellIssue(THIRD_COUNTRY_DISAGREES, severity=Severity.WARNING)))


def _minority_or_migrant(person: dict[str, Any], answer: Answer, issues: list[tuple[str, CellIssue]]) -> None:
    """SL2014's one question for both (a minority, a migrant, of foreign origin): "Nie" and a refusal answer
    both; "Tak" does not say which - read as a minority, with a warning (coopdesk asks them apart)."""
    if answer is Answer.YES:
        person["minority"] = answer
        issues.append(("minority_or_migrant", CellIssue(MINORITY_OR_MIGRANT, severity=Severity.WARNING)))
    else:
        person["minority"] = person["foreign_background"] = answer


def _business_start(taking: dict[str, Any], day: date, issues: list[tuple[str, CellIssue]]) -> None:
    """SM EFS "Data założenia działalności gospodarczej": the start of a self-employment after exit (what the
    export writes there); an employment start or form given in their own columns is kept."""
    started = taking.setdefault("employment_start", day)
    if started != day:
        issues.append(("business_start", CellIssue(
            BUSINESS_START_DIFFERS, {"date": started.strftime("%d.%m.%Y")}, Severity.WARNING)))
    if taking.setdefault("employment_contract", ContractForm.SELF_EMPLOYMENT) is not ContractForm.SELF_EMPLOYMENT:
        issues.append(("business_start", CellIssue(BUSINESS_NOT_SELF_EMPLOYED, severity=Severity.WARNING)))


def _unstored(draft: ParticipantDraft, participation: ParticipationDraft, own: dict[str, Any],
              issues: list[tuple[str, CellIssue]]) -> None:
    """The checks of the values the record does not keep: age at entry, country."""
    age = own.get("age_at_entry")
    start = participation.supports[0].start_date if participation.supports else participation.start_date
    if age is not None and draft.birth_date is not None and start is not None:
        computed = age_on(draft.birth_date, start)
        if computed != age:
            issues.append(("age_at_entry", CellIssue(
                AGE_DISAGREES, {"given": str(age), "computed": str(computed)}, Severity.WARNING)))
    country = own.get("country")
    if country and country.lower() not in _POLAND and header_key(country) not in _POLAND:
        issues.append(("country", CellIssue(NOT_POLAND, {"value": country}, Severity.WARNING)))


def _from_validation(row_no: int, found: FieldIssue, columns: dict[str, str], refused: set[str]) -> Problem | None:
    """The row's problem for a validation issue, in the column of its field; None when that field's cell was
    already refused, or for a warning about a field the file has no column for."""
    split = split_field(found.field)
    name = split[1] if split is not None else found.field
    candidates = (_PERSON_ISSUE_COLUMNS if split is None else _ISSUE_COLUMNS).get(name) or _ISSUE_COLUMNS.get(
        name, (name,))
    if name in refused or (name == "school_type" and "education" in refused):
        return None
    message = NO_PESEL_IMPORT if found.message == NO_PESEL_TICKED else found.message
    field_name = name if name in FIELDS else candidates[0] if candidates[0] in FIELDS else ""
    for candidate in candidates:
        if candidate in columns:
            return Problem(row_no, columns[candidate], candidate if candidate in _HOME else field_name or candidate,
                           message, found.params, found.severity)
    if found.severity is Severity.WARNING:
        return None
    return Problem(row_no, "", field_name, message, found.params, found.severity)
