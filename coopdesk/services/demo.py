"""Realistic, reproducible demo data: advisors and participants with categories, stage history, consents
and participations (entry data, supports, exits and jobs after them: services/demo_participations.py).

Fast enough for 100,000 people: rows are built in Python from pre-generated pools (Faker pl_PL is
used only to fill the pools) and inserted with SQLAlchemy Core executemany in batches. The derived
keys are computed exactly as ``repositories.participants.refresh_keys`` does.

All or nothing: the advisors, every batch of people and (``accounts=True``) the demo accounts are ONE
transaction, so a run that is killed or fails leaves the database as it was, never people without the
accounts that protect them. A database left that way by an older version (people, only the demo
advisors, no account that can sign in) is an ``unfinished_demo``: ``coopdesk demo`` finishes it.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from faker import Faker
from faker.providers.person.pl_PL import Provider as PlPerson
from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from coopdesk.db.repositories.participants import key_values, refresh_advisor_keys
from coopdesk.db.tables import Participant, ParticipantCategory, StageHistory, User
from coopdesk.db.tables_participation import Participation, ParticipationSupport
from coopdesk.db.tables_security import Consent
from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Answer, Citizenship, Degurba, DisabilityDegree, Role, Stage
from coopdesk.domain.formats import format_date
from coopdesk.domain.gdpr import ConsentPurpose
from coopdesk.domain.search import fold
from coopdesk.services.accounts import add_demo_accounts
from coopdesk.services.demo_centre import ensure_projects
from coopdesk.services.demo_folder import mark_demo
from coopdesk.services.demo_participations import DemoParticipation, Entrant, ParticipationFactory, places
from coopdesk.services.demo_participations import Mix as _Mix
from coopdesk.services.demo_participations import ri as _ri
from coopdesk.services.demo_participations import stamp as _stamp

if TYPE_CHECKING:
    from coopdesk.services.app_services import Services

BATCH = 5000
ADVISOR_PREFIX = "doradca"
FIRST_RECRUITMENT = date(2024, 1, 1)
LAST_RECRUITMENT = date(2026, 12, 31)
PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)

# Foreigners (no PESEL): first names (women, men) and last names, in Polish transliteration.
FOREIGN_NAMES = {
    Citizenship.NON_EU: (
        "Olena Oksana Iryna Natalia Tetiana Switłana Julia Kateryna Wiktoria",
        "Ołeksandr Andrij Serhij Wołodymyr Dmytro Mykoła Iwan Jurij Wasyl Bohdan",
        "Szewczenko Kowalenko Bondarenko Tkaczenko Kowalczuk Kraweć Ołijnyk Szewczuk Poliszczuk Łysenko "
        "Marczenko Melnyk Moroz Sawczenko Rudenko Petrenko Bojko Hrycenko Łewczenko Klymenko",
    ),
    Citizenship.EU: (
        "Jana Lucia Eva Anna Greta Ieva", "Tomas Peter Martin Jonas Lukas Andreas",
        "Novák Horváth Kazlauskas Müller Schmidt Varga Petrauskas Kováč Novotný Berzins",
    ),
}
PROOFS = {
    "BEZR": "Zaświadczenie PUP nr {n}/{y}", "POSZ": "Zaświadczenie PUP nr {n}/{y}",
    "NPS": "Orzeczenie PZON nr {n}/{y}", "CISKIS": "Zaświadczenie CIS nr {n}/{y}",
    "OPS": "Zaświadczenie MOPS nr {n}/{y}", "SZO": "Oświadczenie uczestnika z dnia {d}",
    "USAM": "Zaświadczenie PCPR nr {n}/{y}", "ZPS": "Zaświadczenie lekarskie z dnia {d}",
    "KARN": "Zaświadczenie o zwolnieniu nr {n}/{y}", "SEN": "Dowód osobisty",
    "UCH": "Decyzja Szefa UdSC nr {n}/{y}",
}
CATEGORY_WEIGHTS = {"BEZR": 40, "OPS": 25, "NPS": 14, "POSZ": 10, "CISKIS": 6, "SZO": 5, "ZPS": 4,
                    "USAM": 2, "KARN": 2, "SEN": 0, "UCH": 0}
STAGE_TARGETS = (  # how far people get: most recruited/diagnosed/in training
    (0, 24), (1, 22), (2, 26), (3, 10), (4, 8),
)
PATH = (Stage.RECRUITED, Stage.DIAGNOSED, Stage.IN_TRAINING, Stage.IN_FOUNDING_GROUP, Stage.IN_COOPERATIVE)
MOBILE = ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88")
MAIL_DOMAINS = ("gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl")
NO_CONSENTS = 0.05  # people whose consents were never recorded (the export's withheld sheet lists them)
NOTES = ("Preferuje kontakt telefoniczny.", "Zainteresowanie: gastronomia.", "Zainteresowanie: usługi opiekuńcze.",
         "Potrzebne wsparcie w dojeździe na szkolenia.", "Skierowanie z OPS.", "Zainteresowanie: prace remontowe.")


@dataclass(frozen=True)
class DemoResult:
    participants: int  # participants added by this run
    advisors: int  # advisor accounts they are spread over
    accounts: tuple[tuple[str, str, Role], ...] = ()  # demo accounts created (user name, password, role)


def generate_demo(
    services: Services,
    people: int,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
    accounts: bool = False,
) -> DemoResult:
    """Add ``people`` demo participants, creating the advisors ``doradca1``... that are missing and,
    with ``accounts``, the demo accounts (services.accounts.create_demo_accounts), all in one transaction.

    The same seed on an empty database gives the same data (UUIDs apart). Running again on a filled
    database adds different people and never reuses a PESEL already stored.
    """
    db = services.db
    categories = [(c.id, c.code) for c in services.dictionaries.categories()]  # offered today
    sources = services.dictionaries.recruitment_sources()
    with db.session(services.ctx.actor) as s:
        existing = s.execute(select(func.count()).select_from(Participant)).scalar_one()
        taken = {p for p in s.scalars(select(Participant.pesel).where(Participant.pesel.is_not(None))) if p}
        rng = random.Random(seed if existing == 0 else f"{seed}/{existing}")
        faker = Faker("pl_PL")
        faker.seed_instance(seed)
        factory = _PersonFactory(
            rng=rng,
            today=services.ctx.today(),
            advisors=_ensure_advisors(s, random.Random(seed), faker),
            categories=categories,
            sources=sources,
            projects=ensure_projects(s),
            streets=sorted({f"ul. {faker.street_name()}" for _ in range(500)}),
            taken=taken,
        )
        last_id = s.execute(select(func.max(Participant.id))).scalar_one() or 0
        done = 0
        while done < people:
            size = min(BATCH, people - done)
            _insert_batch(s.connection(), [factory.person() for _ in range(size)])
            done += size
            if progress is not None:
                progress(done, people)
        _journaled_edits(s, factory, last_id)
        created = tuple(add_demo_accounts(s)) if accounts else ()
        refresh_advisor_keys(s)  # the advisor order's key, for the rows inserted above
        mark_demo(s)  # the window title says DEMO
    db.optimize(full=True)  # planner statistics after a bulk load (lists filter by the right index)
    return DemoResult(participants=done, advisors=len(factory.advisors), accounts=created)


JOURNALED_EDITS = 40


def _journaled_edits(s: Session, factory: _PersonFactory, after_id: int) -> None:
    """A few everyday edits (a new phone number) made by the people's own advisors through the journal,
    so that History and "Restore this value" have something to show on demo data: the rows above are
    inserted without the journal, for speed."""
    people = s.scalars(select(Participant).where(Participant.id > after_id, Participant.advisor_id.is_not(None))
                       .order_by(Participant.id).limit(JOURNALED_EDITS)).all()
    users = {u.id: u for u in s.scalars(select(User).where(User.id.in_({p.advisor_id for p in people})))}
    acting = s.info.get("actor")
    try:
        for person in people:
            advisor = users.get(person.advisor_id or 0)
            if advisor is None:
                continue
            s.info["actor"] = Actor(advisor.id, advisor.username, advisor.full_name, Role(advisor.role))
            person.phone = factory._phone()
            s.flush()  # journaled now, under this advisor's name
    finally:
        s.info["actor"] = acting


def unfinished_demo(services: Services) -> bool:
    """People registered but no account that can sign in, and no user but the demo advisors: what an
    older version's interrupted demo left. ``generate_demo(accounts=True)`` finishes it."""
    with services.db.read(services.ctx.actor) as s:
        if s.execute(select(Participant.id).limit(1)).first() is None:
            return False
        users = list(s.execute(select(User.username, User.password_hash, User.role)))
    return bool(users) and all(
        password is None and role == Role.ADVISOR.value and name.startswith(ADVISOR_PREFIX)
        and name[len(ADVISOR_PREFIX):].isdigit() for name, password, role in users
    )


def _insert_batch(conn: Connection, batch: list[_Person]) -> None:
    """In the caller's transaction (``conn``): participants (ids come back with their UUIDs), then
    categories, history, consents and participations with their supports."""
    stmt = insert(Participant).returning(Participant.uuid, Participant.id)
    ids = dict(conn.execute(stmt, [p.row for p in batch]).all())
    links: list[_Row] = []
    history: list[_Row] = []
    consents: list[_Row] = []
    for person in batch:
        pid = ids[person.row["uuid"]]
        for item in (*person.categories, *person.history, *person.consents):
            item["participant_id"] = pid
        links += person.categories
        history += person.history
        consents += person.consents
    if links:
        conn.execute(insert(ParticipantCategory), links)
    conn.execute(insert(StageHistory), history)
    if consents:
        conn.execute(insert(Consent), consents)
    _insert_participations(conn, [(ids[p.row["uuid"]], j) for p in batch for j in p.participations])


def _insert_participations(conn: Connection, joined: list[tuple[int, DemoParticipation]]) -> None:
    """The participations of people already inserted (participant id, participation), then their supports."""
    for pid, j in joined:
        j.row["participant_id"] = pid
    stmt = insert(Participation).returning(Participation.uuid, Participation.id)
    ids = dict(conn.execute(stmt, [j.row for _, j in joined]).all())
    supports: list[_Row] = []
    for pid, j in joined:
        for support in j.supports:
            support["participation_id"], support["participant_id"] = ids[j.row["uuid"]], pid
        supports += j.supports
    if supports:
        conn.execute(insert(ParticipationSupport), supports)


def _ensure_advisors(s: Session, rng: random.Random, faker: Faker) -> list[int]:
    """Reuse the demo advisors already present (same usernames); create the missing ones (accounts
    without a password, in the unit of work ``s``: journaled like any account)."""
    existing = {u.username: u for u in s.scalars(select(User).where(User.role == Role.ADVISOR.value))}
    ids = []
    for n in range(1, rng.randint(6, 12) + 1):
        if rng.random() < 0.7:  # most advisors are women
            name = f"{faker.first_name_female()} {_female(rng.choice(PlPerson.male_last_names[:80]))}"
        else:
            name = f"{faker.first_name_male()} {rng.choice(PlPerson.male_last_names[:80])}"
        user = existing.get(f"{ADVISOR_PREFIX}{n}")
        if user is None:
            user = User(username=f"{ADVISOR_PREFIX}{n}", full_name=name, role=Role.ADVISOR.value, active=True)
            s.add(user)
            s.flush()
        ids.append(user.id)
    return ids


def _female(last_name: str) -> str:
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if last_name.endswith(male):
            return last_name[: -len(male)] + female
    return last_name


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return fold(text)


def _search_key(*parts: str | None) -> str:
    """``domain.search.search_key`` with the folding memoised (names and towns repeat a lot)."""
    return " ".join(_fold(p) for p in parts if p)


def pesel_for(born: date, female: bool, serial: int) -> str:
    """A valid PESEL for a birth date and sex; ``serial`` 0..4999 picks one of the possible numbers."""
    month = born.month + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[born.year // 100]
    sex_digit = 2 * (serial % 5) + (0 if female else 1)
    base = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial // 5:03d}{sex_digit}"
    return base + str((10 - sum(int(c) * w for c, w in zip(base, PESEL_WEIGHTS, strict=True)) % 10) % 10)


def _uuid4_stream(chunk: int = 4096) -> Iterator[str]:
    """Random (version 4) UUIDs from the OS generator, like ``uuid.uuid4()`` but four times faster."""
    while True:
        digits = os.urandom(16 * chunk).hex()
        for i in range(0, 32 * chunk, 32):
            h = digits[i : i + 32]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


_Row = dict[str, Any]  # column values of one row for a bulk insert


@dataclass
class _Person:
    row: _Row
    categories: list[_Row]
    history: list[_Row]
    consents: list[_Row]
    participations: list[DemoParticipation]


@dataclass
class _PersonFactory:
    rng: random.Random
    today: date
    advisors: list[int]
    categories: list[tuple[int, str]]
    sources: list[str]
    projects: list[tuple[int, date, date]]
    streets: list[str]
    taken: set[str]

    def __post_init__(self) -> None:
        rng = self.rng
        self.places = _Mix.of(places())
        ranked = ["Nowak", *PlPerson.male_last_names]
        common = [(n, 1 / (i + 8)) for i, n in enumerate(ranked)]
        common_weight = sum(w for _, w in common)
        rare = [(n, common_weight * 0.8 / len(PlPerson.unisex_last_names)) for n in PlPerson.unisex_last_names]
        self.last_names = _Mix.of(common + rare)
        self.first = {
            True: _Mix.of((n, 1 / (i + 5)) for i, n in enumerate(PlPerson.first_names_female)),
            False: _Mix.of((n, 1 / (i + 5)) for i, n in enumerate(PlPerson.first_names_male)),
        }
        self.advisor_mix = _Mix.of((a, rng.uniform(0.5, 1.5)) for a in self.advisors)
        self.source_mix = _Mix.of((s, max(1.0, 8.0 - i)) for i, s in enumerate(self.sources))
        self.stage_targets = _Mix.of(STAGE_TARGETS)
        self.latest_birth = _add_years(self.today, -18)
        self.new_uuid = _uuid4_stream().__next__
        self.joining = ParticipationFactory(rng, self.today, self.projects, self.new_uuid)
        self.days_recruiting = (min(self.today, LAST_RECRUITMENT) - FIRST_RECRUITMENT).days

    def person(self) -> _Person:
        rng = self.rng
        female = rng.random() < 0.58
        foreign = rng.random() < 0.05
        born = min(self.today - timedelta(days=int(rng.triangular(18, 70.9, 38) * 365.25)), self.latest_birth)
        adult = _add_years(born, 18)
        recruited = FIRST_RECRUITMENT + timedelta(days=_ri(rng, 0, self.days_recruiting))
        recruited = min(max(recruited, adult), self.today)
        if foreign:
            citizenship = Citizenship.NON_EU if rng.random() < 0.75 else Citizenship.EU
            women, men, lasts = FOREIGN_NAMES[citizenship]
            first, last, pesel = rng.choice((women if female else men).split()), rng.choice(lasts.split()), None
        else:
            citizenship = Citizenship.POLISH
            first = self.first[female].pick(rng)
            last = self.last_names.pick(rng)
            last = _female(last) if female else last
            pesel = self._pesel(born, female)
        place = self.places.pick(rng)
        code = place.postal
        if "-" not in code:
            code = f"{rng.choice(code.split(','))}-{_ri(rng, 1, 999):03d}"
        rural = place.degurba is Degurba.RURAL
        street = "" if rural and rng.random() < 0.5 else rng.choice(self.streets)
        codes = self._categories(born, citizenship)
        history, stage = self._history(recruited)
        advisor = self.advisor_mix.pick(rng) if rng.random() < 0.98 else None
        for change in history:
            change["changed_by_id"] = advisor
        disabled = self._answer((0.07, 0.85)) if not {"NPS", "ZPS"} & set(codes) else Answer.YES.value
        row = {
            "uuid": self.new_uuid(), "first_name": first, "last_name": last, "pesel": pesel,
            "birth_date": born, "sex": "K" if female else "M", "citizenship": citizenship.value,
            "phone": self._phone() if rng.random() < 0.9 else "",
            "email": self._email(first, last) if rng.random() < 0.65 else "",
            "voivodeship": place.voivodeship, "powiat": place.powiat, "gmina": place.gmina, "teryt": place.teryt,
            "town": place.town, "street": street,
            "building_no": str(_ri(rng, 1, 160)) + ("" if rng.random() < 0.9 else rng.choice("ABC")),
            "flat_no": str(_ri(rng, 1, 80)) if not rural and rng.random() < 0.6 else "",
            "postal_code": code, "disability": disabled, **self._disability(disabled),
            "minority": self._answer((0.05, 0.83)),
            "foreign_background": Answer.YES.value if foreign else self._answer((0.03, 0.91)),
            "homeless": self._answer((0.05, 0.88)), "recruitment_date": recruited,
            "recruitment_source": self.source_mix.pick(rng), "advisor_id": advisor, "stage": stage.value,
            "notes": rng.choice(NOTES) if rng.random() < 0.08 else "",
            "search_key": _search_key(last, first, pesel, place.town), **key_values(last, first, place.town, stage.value),
            "created_at": _stamp(recruited, rng), "updated_at": _stamp(history[-1]["changed_on"], rng),
        }
        links = [self._link(cid, code_, recruited, advisor) for code_, cid in codes.items()]
        left_on = history[-1]["changed_on"] if stage is Stage.LEFT else None
        joined = self.joining.participations(Entrant(born, recruited, stage, left_on, frozenset(codes), place))
        return _Person(row, links, history, self._consents(recruited, stage), joined)

    def _disability(self, disabled: str) -> _Row:
        """The degree (as certified) and the intellectual/mental/multiple flag of those with a disability."""
        rng = self.rng
        if disabled != Answer.YES.value:
            return {"disability_degree": None, "disability_kind": None}
        degree = rng.choices(list(DisabilityDegree), (20, 45, 30, 5))[0]
        kind = Answer.YES if rng.random() < 0.3 else Answer.NO if rng.random() < 0.9 else Answer.REFUSED
        return {"disability_degree": degree.value, "disability_kind": kind.value}

    def _consents(self, recruited: date, stage: Stage) -> list[_Row]:
        """Consents signed at recruitment (a few days later at most): processing and sharing with the lead
        partner nearly always, image and follow-up contact often; some refusals, a few withdrawals."""
        rng = self.rng
        if rng.random() < NO_CONSENTS:
            return []
        signed = min(recruited + timedelta(days=_ri(rng, 0, 7)), self.today)
        out = []
        for purpose, yes in ((ConsentPurpose.PARTICIPATION_PROCESSING, 0.99), (ConsentPurpose.SHARE_LEAD_PARTNER, 0.96),
                             (ConsentPurpose.IMAGE, 0.6), (ConsentPurpose.FOLLOWUP_CONTACT, 0.75)):
            granted = rng.random() < yes
            withdrawn = None
            if granted and purpose is not ConsentPurpose.PARTICIPATION_PROCESSING and rng.random() < 0.02:
                withdrawn = min(signed + timedelta(days=_ri(rng, 14, 300)), self.today)
            if stage is Stage.LEFT and purpose is ConsentPurpose.FOLLOWUP_CONTACT and rng.random() < 0.3:
                granted, withdrawn = False, None
            out.append({
                "uuid": self.new_uuid(), "purpose": purpose.value, "granted": granted,
                "given_on": signed if granted else None, "expires_on": None, "withdrawn_on": withdrawn,
                "note": "" if granted else "odmowa na formularzu rekrutacyjnym",
            })
        return out

    def _pesel(self, born: date, female: bool) -> str:
        while True:
            pesel = pesel_for(born, female, self.rng.randrange(5000))
            if pesel not in self.taken:
                self.taken.add(pesel)
                return pesel

    def _categories(self, born: date, citizenship: Citizenship) -> dict[str, int]:
        """1-3 categories (code -> id); seniors may have SEN, non-EU foreigners UCH."""
        rng = self.rng
        age = (self.today - born).days / 365.25
        weights = [
            {"SEN": 30 if age >= 60 else 0, "UCH": 60 if citizenship is Citizenship.NON_EU else 0}.get(
                code, CATEGORY_WEIGHTS.get(code, 3)
            )
            for _, code in self.categories
        ]
        wanted = rng.choices((1, 2, 3), (60, 30, 10))[0]
        chosen: dict[str, int] = {}
        for _ in range(wanted * 3):
            cid, code = rng.choices(self.categories, weights)[0]
            chosen[code] = cid
            if len(chosen) == wanted:
                break
        return chosen

    def _link(self, category_id: int, code: str, recruited: date, advisor: int | None) -> _Row:
        """The category with its proof, valid from the proof's date, checked by the advisor a few days
        after recruitment."""
        rng = self.rng
        on = max(recruited - timedelta(days=_ri(rng, 0, 60)), date(2023, 11, 1))
        text = PROOFS.get(code, "Dokument nr {n}/{y}")
        checked = min(recruited + timedelta(days=_ri(rng, 0, 14)), self.today) if advisor is not None else None
        return {
            "uuid": self.new_uuid(), "category_id": category_id, "proof_date": on,
            "proof_document": text.format(n=_ri(rng, 1, 2999), y=on.year, d=format_date(on)),
            "valid_from": on, "valid_to": None, "verified_by_id": advisor, "verified_on": checked,
        }

    def _history(self, recruited: date) -> tuple[list[_Row], Stage]:
        """Stages in pathway order, 7-90 days apart, never after today; some people leave."""
        rng = self.rng
        target = self.stage_targets.pick(rng)
        leaves = rng.random() < 0.12
        on, history = recruited, [self._change(Stage.RECRUITED, recruited)]
        for stage in [*PATH[1 : target + 1], *([Stage.LEFT] if leaves else [])]:
            on = on + timedelta(days=_ri(rng, 7, 90))
            if on > self.today:
                break
            history.append(self._change(stage, on))
        return history, Stage(history[-1]["stage"])

    def _change(self, stage: Stage, on: date) -> _Row:
        return {"uuid": self.new_uuid(), "stage": stage.value, "changed_on": on, "note": "",
                "recorded_at": _stamp(on, self.rng)}

    def _answer(self, yes_no: tuple[float, float]) -> str:
        r = self.rng.random()
        if r < yes_no[0]:
            return Answer.YES.value
        return Answer.NO.value if r < yes_no[0] + yes_no[1] else Answer.REFUSED.value

    def _phone(self) -> str:
        rng = self.rng
        number = f"{rng.choice(MOBILE)}{_ri(rng, 0, 9)} {_ri(rng, 0, 999):03d} {_ri(rng, 0, 999):03d}"
        return f"+48 {number}" if rng.random() < 0.2 else number

    def _email(self, first: str, last: str) -> str:
        rng = self.rng
        local = f"{_fold(first)}.{_fold(last)}".replace(" ", "").replace("-", "")
        if rng.random() < 0.5:
            local += str(_ri(rng, 1, 99))
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def _add_years(day: date, years: int) -> date:
    return date(day.year + years, day.month, 28 if (day.month, day.day) == (2, 29) else day.day)


