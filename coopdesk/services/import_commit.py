"""Writing an import plan (services.participant_import) and undoing a batch.

New people go in by Core bulk inserts (participants, their participation, its supports, the stage history)
with the values ``ParticipantService.create`` would store - the same normalisation, search and sort keys,
residence and DEGURBA from the TERYT code, reporting gaps - and their journal "create" entries written in bulk
by ``db.audit.log_created`` with the listener's own rules, so the journal says what the form would have
written. People already registered are updated through the ORM (few; journaled per field as every save).
Everything is one unit of work: an error or a cancel (an exception from ``progress``) leaves nothing.
"""

from __future__ import annotations

import contextlib
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Select, Table, func, select
from sqlalchemy.orm import Session, selectinload
from stdnum.pl import nip

from coopdesk.db.audit import insert_many, log_created, log_event, to_text
from coopdesk.db.base import new_uuid
from coopdesk.db.engine import Database
from coopdesk.db.repositories import import_batches as repo
from coopdesk.db.repositories.participants import refresh_keys
from coopdesk.db.tables import Participant, ParticipantCategory, StageHistory, User
from coopdesk.db.tables_exchange import ImportBatch, ImportBatchItem
from coopdesk.db.tables_participation import Participation, ParticipationSupport
from coopdesk.domain.audit import AuditAction
from coopdesk.domain.collation import name_sort_key, polish_key, stage_order
from coopdesk.domain.enums import ParticipantType, Role
from coopdesk.domain.errors import CoopdeskError, FieldIssue, NotFound, ValidationFailed
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.participation_rules import GAP_FIELDS, derived_start, gaps_of
from coopdesk.domain.permissions import Permission, allowed
from coopdesk.domain.records import ParticipantDraft, ParticipationDraft
from coopdesk.domain.search import fold
from coopdesk.domain.territory import lookup
from coopdesk.domain.validation import (
    _OTHER_LINE_BREAKS_RE,
    is_valid_pesel,
    normalise,
    pesel_birth_date,
    pesel_sex,
)
from coopdesk.services import participations as parts
from coopdesk.services import reference_data
from coopdesk.services.context import Context
from coopdesk.services.export_file import publish_export, temporary_export
from coopdesk.services.import_duplicates import (
    PARTICIPATION_PREFIX,
    SUPPORTS,
    continued,
    new_supports,
    participation_changes,
    person_changes,
)
from coopdesk.services.participant_import import (
    IN_FILE_PESEL,
    NOT_YOUR_CASE,
    PESEL_TAKEN,
    Action,
    DecisionRefused,
    DuplicateMatch,
    ImportHasProblems,
    ImportOutcome,
    ImportPlan,
    Progress,
)
from coopdesk.services.participants import _ENUMS as PERSON_ENUMS
from coopdesk.services.participants import _PLAIN as PERSON_PLAIN
from coopdesk.services.participants import _blank_special

Translate = Callable[[str, str], str]  # (context, source text) -> shown text (QCoreApplication.translate)
CHUNK = 1000
# what an item records: a new person; a new participation of a registered person; a person's changed fields;
# a participation continued (its results filled in: old values and the supports added, for undo)
CREATED, PARTICIPATION, UPDATED, CONTINUED = "created", "participation", "updated", "continued"
IMPORTS_TABLE = "import_batches"


class UndoRefused(CoopdeskError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This import cannot be undone: some of its records were changed after it. Undo those changes "
                  "first, or correct the records by hand.")


class AlreadyUndone(UndoRefused):
    message = QT_TRANSLATE_NOOP("Errors", "This import has already been undone.")


class NotAnAdvisor(CoopdeskError):
    message = QT_TRANSLATE_NOOP("Errors", "The people can be imported only into an active advisor's caseload.")


def _untranslated(_context: str, text: str) -> str:
    return text


# --- deciding what each row does ----------------------------------------------------------------
def _decide(plan: ImportPlan, decisions: Mapping[int, Action], ctx: Context
            ) -> tuple[list[Any], list[tuple[Any, DuplicateMatch]], int, list[Any]]:
    """(rows to create, (row, duplicate) to update, skipped, rejected rows); DecisionRefused for a choice
    that cannot be carried out."""
    duplicates = {d.row: d for d in plan.duplicates}
    creates, updates, rejected = [], [], []
    skipped = 0
    for r in plan.rows:
        if not r.ok:
            rejected.append(r)
            continue
        match = duplicates.get(r.row)
        action = Action(decisions.get(r.row, match.proposed)) if match is not None else Action.CREATE
        if action is Action.SKIP:
            skipped += 1
        elif match is None or action is Action.CREATE:
            if match is not None and match.kind == "pesel":
                raise DecisionRefused(PESEL_TAKEN, row=str(r.row))
            creates.append(r)
        elif match.kind == "in_file" or match.existing_id is None:
            raise DecisionRefused(row=str(r.row))
        elif match.hidden:
            raise DecisionRefused(NOT_YOUR_CASE, row=str(r.row))
        else:
            updates.append((r, match))
    first: dict[str, int] = {}
    for r in creates:
        pesel = r.draft.pesel.strip()
        if pesel and first.setdefault(pesel, r.row) != r.row:
            raise DecisionRefused(IN_FILE_PESEL, row=str(r.row), other=str(first[pesel]))
    return creates, updates, skipped, rejected


def _advisor(s: Session, ctx: Context, plan: ImportPlan) -> tuple[int | None, str]:
    """Whose caseload the new people go into, and that advisor's sort key: an advisor's own; a
    coordinator's choice (an active advisor or coordinator) or nobody."""
    actor = ctx.actor
    advisor_id = plan.advisor_id if allowed(actor, Permission.PARTICIPANTS_READ_ALL) else actor.user_id
    if advisor_id is None:
        return None, ""
    user = s.get(User, advisor_id)
    if user is None or not user.active or Role(user.role) not in (Role.ADVISOR, Role.COORDINATOR):
        raise NotAnAdvisor()
    return user.id, user.sort_key or ""


# --- commit -------------------------------------------------------------------------------------
def commit(db: Database, ctx: Context, plan: ImportPlan, decisions: Mapping[int, Action], valid_only: bool,
           rejects: Path | None, progress: Progress | None, translate: Translate | None = None) -> ImportOutcome:
    creates, updates, skipped, rejected = _decide(plan, decisions, ctx)
    if rejected and not valid_only:
        raise ImportHasProblems(count=str(len(rejected)))
    total = len(creates) + len(updates)
    tick = _ticker(progress, total)
    written_rejects = rejects if rejects is not None and rejected else None
    keeper = temporary_export(db, written_rejects) if written_rejects else contextlib.nullcontext(None)
    with keeper as tmp:
        if tmp is not None:
            write_rejects(tmp, plan, rejected, translate or _untranslated)
        with db.unit_of_work(ctx.actor) as s:
            advisor_id, advisor_key = _advisor(s, ctx, plan)
            taken = repo.ids_by_pesel(s, [r.draft.pesel.strip() for r in creates if r.draft.pesel.strip()])
            if taken:
                row = next(r.row for r in creates if r.draft.pesel.strip() in taken)
                raise DecisionRefused(PESEL_TAKEN, row=str(row))
            batch = ImportBatch(
                file_name=plan.file_name[:300], file_sha256=plan.file_sha256, sheet=plan.sheet[:200],
                mapping_name=plan.mapping.name, project_id=plan.project_id, user_id=ctx.actor.user_id,
                rows_total=len(plan.rows), valid_only=valid_only, created_at=ctx.now())
            s.add(batch)
            s.flush()
            tick(0)
            for start in range(0, len(creates), CHUNK):
                chunk = creates[start:start + CHUNK]
                _create(s, ctx, chunk, advisor_id, advisor_key, batch.id)
                tick(len(chunk))
            items: list[dict[str, Any]] = []
            owners: dict[int, str] = {}
            updated, new_participations, unchanged = 0, 0, 0
            for r, match in updates:
                pid = cast(int, match.existing_id)  # _decide: an update has the person it updates
                changed, participation_id, uuid, filled_in = _update(s, ctx, plan, r, pid)
                owners[pid] = uuid
                if changed or filled_in is not None:
                    updated += 1
                if changed:
                    items.append(_item(batch.id, r.row, pid, None, UPDATED, json.dumps(
                        changed, ensure_ascii=False, separators=(",", ":"))))
                if filled_in is not None:
                    items.append(_item(batch.id, r.row, pid, filled_in[0], CONTINUED, json.dumps(
                        filled_in[1], ensure_ascii=False, separators=(",", ":"))))
                if not changed and filled_in is None and participation_id is None:
                    unchanged += 1  # the file says what is already registered
                if participation_id is not None:
                    new_participations += 1
                    items.append(_item(batch.id, r.row, pid, participation_id, PARTICIPATION))
                tick(1)
            s.flush()  # the updates' own journal first
            if items:
                insert_many(s, _ITEMS, items)
                log_created(s, ctx.actor, ImportBatchItem.__tablename__, items, owners)
            batch.created_people = len(creates)
            batch.created_participations = len(creates) + new_participations
            batch.updated_people = updated
            batch.skipped = skipped
            batch.rejected = len(rejected)
            log_event(s, ctx.actor, AuditAction.IMPORT, IMPORTS_TABLE, batch.id, "import", json.dumps({
                "file": plan.file_name, "sha256": plan.file_sha256, "sheet": plan.sheet,
                "mapping": plan.mapping.name, "columns": [c.header for c in plan.mapping.columns if c.field],
                "fields": [c.field for c in plan.mapping.columns if c.field], "rows": len(plan.rows),
                "created_people": batch.created_people, "created_participations": batch.created_participations,
                "updated_people": updated, "unchanged": unchanged, "skipped": skipped, "rejected": len(rejected),
                "rejects": str(written_rejects) if written_rejects else "",
            }, ensure_ascii=False, separators=(",", ":")))
            s.flush()
            batch.journal_mark = repo.last_journal_id(s)
            s.flush()
            if tmp is not None and written_rejects is not None:
                tmp.replace(written_rejects)  # in the transaction: a failed rename imports nothing
            outcome = ImportOutcome(batch.id, batch.created_people, batch.created_participations, updated,
                                    skipped, len(rejected), written_rejects, unchanged)
    return outcome


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    return tick


def _item(batch_id: int, row: int, participant_id: int, participation_id: int | None, action: str,
          previous: str = "") -> dict[str, Any]:
    return {"batch_id": batch_id, "row_no": row, "participant_id": participant_id,
            "participation_id": participation_id, "action": action, "previous": previous}


def _territory_error(field: str) -> ValidationFailed:
    return ValidationFailed([FieldIssue(field, QT_TRANSLATE_NOOP("Errors", "No gmina has this TERYT code."))])


_PEOPLE = cast(Table, Participant.__table__)
_PARTICIPATIONS = cast(Table, Participation.__table__)
_SUPPORTS = cast(Table, ParticipationSupport.__table__)
_HISTORY = cast(Table, StageHistory.__table__)
_CATEGORIES = cast(Table, ParticipantCategory.__table__)
_ITEMS = cast(Table, ImportBatchItem.__table__)


def _new_ids(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` and give each its new id (by its uuid: the rows above the highest id before, in this
    unit of work that holds the write lock)."""
    before = s.execute(select(func.max(table.c.id))).scalar() or 0
    insert_many(s, table, rows)
    ids = dict(s.execute(select(table.c.uuid, table.c.id).where(table.c.id > before)).all())
    for row in rows:
        row["id"] = ids[row["uuid"]]


def _create(s: Session, ctx: Context, rows: Sequence[Any], advisor_id: int | None, advisor_key: str,
            batch_id: int) -> None:
    """One chunk of new people: the rows ParticipantService.create would store, inserted in bulk, with
    their journal and the batch's items."""
    now, today = ctx.now(), ctx.today()
    special = allowed(ctx.actor, Permission.SPECIAL_CATEGORY_READ)
    territory = reference_data.territory()
    people, drafts = [], []
    for r in rows:
        d = normalised(r.draft)
        if not special:
            d = replace(d, **_blank_special())
        row: dict[str, Any] = {name: getattr(d, name) for name in PERSON_PLAIN}
        row["advisor_id"] = advisor_id
        for name in PERSON_ENUMS:
            value = getattr(d, name)
            row[name] = value.value if value is not None else None
        row["pesel"] = d.pesel or None
        if d.teryt:
            place = lookup(d.teryt, territory)
            if place is None:
                raise _territory_error("teryt")
            row.update(teryt=place.code, voivodeship=place.voivodeship, powiat=place.powiat, gmina=place.name)
        row.update(name_key=_name_key(row["last_name"], row["first_name"]), town_key=_polish_key(row["town"]),
                   stage_order=_stage_order(row["stage"]))
        row.update(search_key=" ".join(p if p is row["pesel"] else _fold(p) for p in (
                       row["last_name"], row["first_name"], row["pesel"], row["town"]) if p),
                   advisor_key=advisor_key, anonymised_at=None, uuid=new_uuid(), created_at=now, updated_at=now)
        people.append(row)
        drafts.append((r.row, d))
    _new_ids(s, _PEOPLE, people)
    owners = {row["id"]: row["uuid"] for row in people}
    participations, history, categories = [], [], []
    supports_of: list[list[dict[str, Any]]] = []
    for row, (_row_no, d) in zip(people, drafts, strict=True):
        pid = row["id"]
        for p in d.participations or (ParticipationDraft(),):
            part, supports = participation_row(p, row, pid, now)
            participations.append(part)
            supports_of.append(supports)
        history.append({"participant_id": pid, "stage": d.stage.value, "changed_on": d.stage_date or today,
                        "changed_by_id": ctx.actor.user_id, "note": "", "recorded_at": now, "uuid": new_uuid()})
        categories += [{"participant_id": pid, "category_id": a.category_id, "proof_document": a.proof_document.strip(),
                        "proof_date": a.proof_date, "valid_from": a.valid_from, "valid_to": a.valid_to,
                        "verified_by_id": a.verified_by_id, "verified_on": a.verified_on, "uuid": new_uuid()}
                       for a in d.categories]
    _new_ids(s, _PARTICIPATIONS, participations)
    supports = []
    for part, its in zip(participations, supports_of, strict=True):
        for x in its:
            x["participation_id"] = part["id"]
        supports += its
    insert_many(s, _HISTORY, history)
    log_created(s, ctx.actor, Participant.__tablename__, people)
    log_created(s, ctx.actor, Participation.__tablename__, participations, owners)
    if categories:
        insert_many(s, _CATEGORIES, categories)
        log_created(s, ctx.actor, ParticipantCategory.__tablename__, categories, owners)
    if supports:
        insert_many(s, _SUPPORTS, supports)
        log_created(s, ctx.actor, ParticipationSupport.__tablename__, supports, owners)
    log_created(s, ctx.actor, StageHistory.__tablename__, history, owners)
    by_person: dict[int, int] = {}
    for part in participations:
        by_person.setdefault(part["participant_id"], part["id"])
    items = [_item(batch_id, row_no, row["id"], by_person.get(row["id"]), CREATED)
             for row, (row_no, _d) in zip(people, drafts, strict=True)]
    insert_many(s, _ITEMS, items)
    log_created(s, ctx.actor, ImportBatchItem.__tablename__, items, owners)


def _with(record: Any, **changes: Any) -> Any:
    """``dataclasses.replace`` for the import's frozen drafts without running their ``__init__`` (a tenth of
    the time; the values are the caller's, already checked): a bulk import builds tens of thousands."""
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new


_STRIPPED = ("first_name", "last_name", "pesel", "phone", "email", "voivodeship", "powiat", "gmina", "town",
             "street", "building_no", "flat_no", "postal_code", "recruitment_source", "notes")


def normalised(d: ParticipantDraft) -> ParticipantDraft:
    """``domain.validation.normalise(d)`` (the same values; a test holds them equal), built with ``_with``."""
    strip = {name: getattr(d, name).strip() for name in _STRIPPED}
    strip["pesel"] = unicodedata.normalize("NFKC", strip["pesel"]).replace(" ", "")
    strip["notes"] = _OTHER_LINE_BREAKS_RE.sub("\n", strip["notes"])
    strip["email"] = strip["email"].lower()
    pesel = strip["pesel"]
    if pesel and is_valid_pesel(pesel):
        strip["birth_date"] = d.birth_date or pesel_birth_date(pesel)
        strip["sex"] = d.sex or pesel_sex(pesel)
    return cast(ParticipantDraft, _with(d, **strip, participations=tuple(map(normalised_participation,
                                                                             d.participations))))


def normalised_participation(p: ParticipationDraft) -> ParticipationDraft:
    """``domain.participation_rules.normalise_participation(p)``, built with ``_with``."""
    institution = p.participant_type is ParticipantType.INSTITUTION
    return cast(ParticipationDraft, _with(
        p, institution_name=p.institution_name.strip() if institution else "",
        institution_nip=nip.compact(p.institution_nip) if institution else "",
        town=p.town.strip(), voivodeship=p.voivodeship.strip(), powiat=p.powiat.strip(), gmina=p.gmina.strip(),
        employment_proof=p.employment_proof.strip(), start_date=derived_start(p)))


# The stored keys of repo.refresh_keys (domain.collation, domain.search), memoised: names and towns repeat.
_name_key = lru_cache(maxsize=4096)(name_sort_key)
_polish_key = lru_cache(maxsize=4096)(polish_key)
_stage_order = lru_cache(maxsize=64)(stage_order)
_fold = lru_cache(maxsize=4096)(fold)


def participation_row(p: ParticipationDraft, person: Mapping[str, Any], pid: int, now: datetime
                      ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(the participation's row, its supports' rows) as ``participations.apply_participations`` stores a
    new one: the residence at entry from the person's unless given, education and DEGURBA filled."""
    if not (p.teryt or p.gmina):
        p = _with(p, teryt=person["teryt"], voivodeship=person["voivodeship"], powiat=person["powiat"],
                  gmina=person["gmina"], town=person["town"])
    try:
        p = parts.filled(p)
    except LookupError as exc:
        field = "teryt" if exc.args == (p.teryt,) else "school_type"
        raise ValidationFailed([FieldIssue(field, QT_TRANSLATE_NOOP("Errors", "Unknown school type.")
                                           if field == "school_type" else
                                           QT_TRANSLATE_NOOP("Errors", "No gmina has this TERYT code."))]) from None
    row: dict[str, Any] = {name: getattr(p, name) for name in parts._PLAIN}
    for name in parts._ENUMS:
        value = getattr(p, name)
        row[name] = value.value if value is not None else None
    row["labour_detail"] = p.labour_detail.value
    row["participant_type"] = row["participant_type"] or "individual"
    row.update(participant_id=pid, start_date=derived_start(p), uuid=new_uuid(), created_at=now, updated_at=now)
    row["reporting_gaps"] = ",".join(gaps_of({name: row.get(name) for name in GAP_FIELDS}))
    supports = [{"participant_id": pid, "form": e.form.value, "support_start": e.start_date,
                 "support_end": e.end_date, "uuid": new_uuid()} for e in p.supports]
    if any(e.start_date is None for e in p.supports):
        raise ValidationFailed([FieldIssue("supports", QT_TRANSLATE_NOOP(
            "Errors", "Each form of support needs its start date."))])
    return row, supports


def _update(s: Session, ctx: Context, plan: ImportPlan, r: Any, participant_id: int
            ) -> tuple[dict[str, str | None], int | None, str, tuple[int, dict[str, Any]] | None]:
    """Change the person's fields the row fills differently (journaled per field by the ORM); add a
    participation when the row's project is one the person is not in yet, else continue the one they are
    in (``_continue``: results filled in, entry data never overwritten). Returns ({field: old value as text},
    the new participation's id or None, uuid, what ``_continue`` did or None)."""
    from coopdesk.services.case_access import require_case

    person = s.get(Participant, participant_id)
    if person is None:
        raise NotFound()
    require_case(s, ctx.actor, participant_id)
    d = normalise(r.draft)
    if not allowed(ctx.actor, Permission.SPECIAL_CATEGORY_READ):
        d = replace(d, **_blank_special())
    previous: dict[str, str | None] = {}
    changes = person_changes(d, person, r.filled)
    for change in changes:
        name = change.field
        value = getattr(d, name)
        value = value.value if name in PERSON_ENUMS and value is not None else value
        if name == "pesel":
            value = value or None
        previous[name] = to_text(getattr(person, name))
        setattr(person, name, value)
    if "teryt" in previous:
        place = lookup(d.teryt, reference_data.territory())
        if place is None:
            raise _territory_error("teryt")
        for name, value in (("voivodeship", place.voivodeship), ("powiat", place.powiat), ("gmina", place.name)):
            if getattr(person, name) != value:
                previous.setdefault(name, to_text(getattr(person, name)))
                setattr(person, name, value)
    refresh_keys(person)
    participation_id = None
    filled_in = None
    wanted = d.participations[0] if d.participations else ParticipationDraft()
    same = continued(person.participations, wanted.project_id)
    if same is not None:
        filled_in = _continue(s, same, person, wanted, r.filled)
    else:
        p = wanted
        if not (p.teryt or p.gmina):
            p = replace(p, teryt=person.teryt, voivodeship=person.voivodeship, powiat=person.powiat,
                        gmina=person.gmina, town=person.town)
        target = Participation()
        person.participations.append(target)
        parts._apply_one(target, person, parts.filled(p))
        s.flush()
        participation_id = target.id
    s.flush()
    return previous, participation_id, person.uuid, filled_in


def _continue(s: Session, target: Participation, person: Participant, wanted: ParticipationDraft,
              filled: frozenset[str]) -> tuple[int, dict[str, Any]] | None:
    """Fill in the participation the row continues (``participation_changes``: results from the file, entry
    data only where empty, forms of support added; journaled by the ORM). Returns (its id, {"fields": old
    values as text, "supports": ids of the supports added}) for undo, or None when nothing changes."""
    changes = participation_changes(wanted, target, filled)
    if not changes:
        return None
    names = {c.field.removeprefix(PARTICIPATION_PREFIX) for c in changes} - {SUPPORTS}
    fields = {n: getattr(wanted, n) for n in names}
    held = {x.id for x in target.supports}
    old = {n: to_text(getattr(target, n)) for n in names}
    draft = parts.to_participation(target)
    draft = replace(draft, **fields, supports=draft.supports + tuple(new_supports(wanted, target)))
    parts._apply_one(target, person, parts.filled(draft))
    s.flush()
    return target.id, {"fields": old, "supports": [x.id for x in target.supports if x.id not in held]}


# --- the rejected rows --------------------------------------------------------------------------
PROBLEMS_HEADER = QT_TRANSLATE_NOOP("Import", "Problems")


def write_rejects(out: Path, plan: ImportPlan, rejected: Sequence[Any], translate: Translate) -> None:
    """The rejected rows as they came (the header row first) with a last column listing each row's problems,
    ready to correct and import again."""
    from coopdesk.services.xlsx import discarded_on_error, header_cells, new_workbook, value_cell

    wb = new_workbook()
    ws = wb.create_sheet(plan.sheet[:31] or "Import")
    with discarded_on_error(wb):
        headers = ["" if h is None else str(h) for h in plan.headers]
        ws.append(header_cells(ws, [*headers, translate("Import", PROBLEMS_HEADER)]))
        for r in rejected:
            raw = list(plan.source_rows.get(r.row, ()))
            raw += [None] * (len(headers) - len(raw))
            problems = "; ".join(_located(p, translate) for p in r.problems)
            ws.append([value_cell(ws, v) if isinstance(v, (str, date)) else v for v in raw] + [problems])
        wb.save(out)


def write_problems(db: Database, ctx: Context, out: Path, sheet: str, headers: Sequence[str],
                   rows: Sequence[Sequence[str]], progress: Progress | None) -> None:
    """The dry run's problems as the user sees them (sorted as shown, in the screen's words) to ``out``: bold
    frozen header, filter buttons, text as text, written under a temporary name and journaled (the file, how
    many lines; no people: the list names rows of the partner's file, not records)."""
    from coopdesk.services.xlsx import (
        discarded_on_error,
        header_cells,
        new_workbook,
        set_autofilter,
        set_widths,
        text_cell,
    )

    with temporary_export(db, out) as tmp:
        wb = new_workbook()
        with discarded_on_error(wb):
            ws = wb.create_sheet(sheet[:31] or "Import")
            set_widths(ws, [8, 24, 22, 70, 24, 12])
            ws.append(header_cells(ws, list(headers)))
            for done, values in enumerate(rows, start=1):
                first = values[0] if values else ""
                ws.append([int(first) if first.isdigit() else text_cell(ws, first),
                           *(text_cell(ws, v) for v in values[1:])])
                if progress is not None and done % 500 == 0:
                    progress(done, len(rows))
            set_autofilter(ws, len(headers), len(rows) + 1)
            wb.save(tmp)
        publish_export(db, ctx.actor, tmp, out, "import:problems", len(rows), headers, None)


def _located(p: Any, translate: Translate) -> str:
    text = p.render(lambda t: translate("Errors", t))
    return f"{p.column}: {text}" if p.column else text


# --- undo ---------------------------------------------------------------------------------------
def undo(db: Database, ctx: Context, batch_id: int) -> None:
    with db.unit_of_work(ctx.actor, lock=True) as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound()
        if batch.undone_at is not None:
            raise AlreadyUndone()
        if not allowed(ctx.actor, Permission.PARTICIPANTS_READ_ALL) and batch.user_id != ctx.actor.user_id:
            from coopdesk.domain.errors import PermissionDenied

            raise PermissionDenied()
        items = repo.items(s, batch_id)
        people = {i.participant_id for i in items if i.participant_id is not None}
        if any(i.participant_id is None for i in items) or repo.changed_since(s, people, batch.journal_mark or 0):
            raise UndoRefused()
        created = [i.participant_id for i in items if i.action == CREATED and i.participant_id is not None]
        for start in range(0, len(created), 500):
            chunk = created[start:start + 500]
            for person in s.scalars(_people(chunk)).all():
                s.delete(person)
            s.flush()
        for i in items:
            if i.action == PARTICIPATION and i.participation_id is not None:
                participation = s.get(Participation, i.participation_id)
                if participation is not None:
                    s.delete(participation)
            elif i.action == UPDATED and i.participant_id is not None:
                changed = s.get(Participant, i.participant_id)
                if changed is None:
                    continue
                for name, old in json.loads(i.previous or "{}").items():
                    setattr(changed, name, _from_text(Participant, name, old))
                refresh_keys(changed)
            elif i.action == CONTINUED and i.participation_id is not None:
                _restore(s, i.participation_id, json.loads(i.previous or "{}"))
        batch.undone_at = ctx.now()
        batch.undone_by_id = ctx.actor.user_id
        s.flush()
        log_event(s, ctx.actor, AuditAction.IMPORT_UNDONE, IMPORTS_TABLE, batch.id, "undo", json.dumps(
            {"file": batch.file_name, "sha256": batch.file_sha256, "people": len(created)},
            ensure_ascii=False, separators=(",", ":")))


def _people(ids: list[int]) -> Select[Participant]:
    return select(Participant).where(Participant.id.in_(ids)).options(
        selectinload(Participant.categories), selectinload(Participant.stage_history),
        selectinload(Participant.participations).selectinload(Participation.supports))


def _restore(s: Session, participation_id: int, before: Mapping[str, Any]) -> None:
    """Undo ``_continue``: the old values back, the supports it added removed, the start date derived again."""
    target = s.get(Participation, participation_id)
    if target is None:
        return
    for name, old in before.get("fields", {}).items():
        setattr(target, name, _from_text(Participation, name, old))
    added = set(before.get("supports", ()))
    for support in [x for x in target.supports if x.id in added]:
        target.supports.remove(support)
    target.start_date = derived_start(parts.to_participation(target))


def _from_text(table: Any, name: str, text: str | None) -> Any:
    """A journaled text value back as the column's value."""
    if text is None:
        return None
    kind = table.__table__.c[name].type.python_type
    if kind is date:
        return date.fromisoformat(text)
    if kind in (int, float):
        return kind(text)
    return text
