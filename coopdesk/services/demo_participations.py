"""The demo people's participations (issue 8): where they live by TERYT code, their status and education at
entry, the support they get, and for part of them the exit and the job after it; a few returning people
take part in a second project after the first one ended.

Used by services/demo.py, which inserts the rows in bulk (Core executemany, no journal) like the people
themselves; the start date is the first support's, as ``services.participations`` derives it.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, Generic, TypeVar

from coopdesk.domain.enums import (
    Answer,
    ContractForm,
    Degurba,
    ExitReason,
    ExitSituation,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    Stage,
    SupportForm,
)
from coopdesk.domain.formats import format_date
from coopdesk.domain.labour import add_months, is_long_term_unemployed
from coopdesk.domain.participation_rules import gaps_of
from coopdesk.domain.territory import gminas_named
from coopdesk.services import reference_data

_Row = dict[str, Any]  # column values of one row for a bulk insert
_T = TypeVar("_T")

# An OWES in Małopolska: town | gmina | powiat | postal code (or its first two digits) | DEGURBA | weight.
# The TERYT code comes from the shipped dictionary, and its DEGURBA where it has one.
REGION = "małopolskie"
PLACES = """\
Kraków|Kraków|Kraków|30,31|1|30
Tarnów|Tarnów|Tarnów|33|1|8
Nowy Sącz|Nowy Sącz|Nowy Sącz|33|1|6
Wieliczka|Wieliczka|wielicki|32-020|2|4
Niepołomice|Niepołomice|wielicki|32-005|2|2
Skawina|Skawina|krakowski|32-050|2|3
Zabierzów|Zabierzów|krakowski|32-080|3|2
Zielonki|Zielonki|krakowski|32-087|2|2
Liszki|Liszki|krakowski|32-060|3|1
Słomniki|Słomniki|krakowski|32-090|3|1
Bochnia|Bochnia|bocheński|32-700|2|3
Łapanów|Łapanów|bocheński|32-740|3|1
Brzesko|Brzesko|brzeski|32-800|2|2
Myślenice|Myślenice|myślenicki|32-400|2|3
Dobczyce|Dobczyce|myślenicki|32-410|3|1
Pcim|Pcim|myślenicki|32-432|3|1
Olkusz|Olkusz|olkuski|32-300|2|3
Chrzanów|Chrzanów|chrzanowski|32-500|2|3
Oświęcim|Oświęcim|oświęcimski|32-600|2|3
Kęty|Kęty|oświęcimski|32-650|2|2
Wadowice|Wadowice|wadowicki|34-100|2|2
Andrychów|Andrychów|wadowicki|34-120|2|2
Sucha Beskidzka|Sucha Beskidzka|suski|34-200|2|1
Zawoja|Zawoja|suski|34-222|3|1
Nowy Targ|Nowy Targ|nowotarski|34-400|2|3
Czarny Dunajec|Czarny Dunajec|nowotarski|34-470|3|1
Jabłonka|Jabłonka|nowotarski|34-480|3|1
Zakopane|Zakopane|tatrzański|34-500|2|2
Limanowa|Limanowa|limanowski|34-600|2|2
Mszana Dolna|Mszana Dolna|limanowski|34-730|3|1
Gorlice|Gorlice|gorlicki|38-300|2|3
Stary Sącz|Stary Sącz|nowosądecki|33-340|3|1
Krynica-Zdrój|Krynica-Zdrój|nowosądecki|33-380|3|1
Tuchów|Tuchów|tarnowski|33-170|3|1
Żabno|Żabno|tarnowski|33-240|3|1
Dąbrowa Tarnowska|Dąbrowa Tarnowska|dąbrowski|33-200|3|1
Miechów|Miechów|miechowski|32-200|3|1
Proszowice|Proszowice|proszowicki|32-100|3|1"""
# People who moved to the region: big cities from Faker's pl_PL list, with their voivodeship.
CITIES = {
    "Warszawa": ("mazowieckie", "00,01,02,03,04"), "Katowice": ("śląskie", "40"),
    "Rzeszów": ("podkarpackie", "35"), "Kielce": ("świętokrzyskie", "25"), "Łódź": ("łódzkie", "90,91,92,93"),
    "Wrocław": ("dolnośląskie", "50,51,52,53"), "Lublin": ("lubelskie", "20"),
    "Częstochowa": ("śląskie", "42"), "Bielsko-Biała": ("śląskie", "43"), "Sosnowiec": ("śląskie", "41"),
}
ISCED_WEIGHTS = {"0": 1, "1": 7, "2": 25, "3": 40, "4": 12, "5-8": 15}  # education at entry, by ISCED
IN_PROJECT = 0.95  # the others are "without project" (recruited, not yet assigned)
RETURNING = 0.12  # of those whose first project ended in time for a second one (about 3 % of all)
INSTITUTION = 0.04  # staff or board members of a social-economy entity
INCOMPLETE = 0.04  # entry data not all typed yet (besides the recently recruited without support)
NO_SUPPORT_YET = 0.3  # of the people only recruited
EXIT_BY_STAGE = {Stage.RECRUITED: 0.0, Stage.DIAGNOSED: 0.05, Stage.IN_TRAINING: 0.15,
                 Stage.IN_FOUNDING_GROUP: 0.3, Stage.IN_COOPERATIVE: 0.6, Stage.LEFT: 1.0}
# Forms of support one after the other, by how far the person got on the path.
SUPPORT_PATHS = {
    Stage.RECRUITED: ((SupportForm.ADVICE,), (SupportForm.PSYCHOLOGICAL,), (SupportForm.WORKSHOP,)),
    Stage.DIAGNOSED: ((SupportForm.ADVICE, SupportForm.PSYCHOLOGICAL), (SupportForm.ADVICE, SupportForm.WORKSHOP),
                      (SupportForm.SOCIAL_WORK, SupportForm.ADVICE)),
    Stage.IN_TRAINING: ((SupportForm.ADVICE, SupportForm.TRAINING), (SupportForm.ADVICE, SupportForm.TRAINING,
                        SupportForm.INTERNSHIP), (SupportForm.WORKSHOP, SupportForm.TRAINING)),
    Stage.IN_FOUNDING_GROUP: ((SupportForm.ADVICE, SupportForm.TRAINING, SupportForm.WORKSHOP),
                              (SupportForm.TRAINING, SupportForm.ADVICE)),
    Stage.IN_COOPERATIVE: ((SupportForm.TRAINING, SupportForm.GRANT, SupportForm.BRIDGING),
                           (SupportForm.ADVICE, SupportForm.GRANT, SupportForm.BRIDGING), (SupportForm.TRAINING,
                                                                                           SupportForm.GRANT)),
    Stage.LEFT: ((SupportForm.ADVICE,), (SupportForm.ADVICE, SupportForm.TRAINING)),
}
LEFT_REASONS = ((ExitReason.RESIGNED, 50), (ExitReason.EMPLOYMENT, 20), (ExitReason.HEALTH, 15),
                (ExitReason.OTHER, 10), (ExitReason.REMOVED, 5))
SITUATIONS = ((ExitSituation.QUALIFICATION, 35), (ExitSituation.JOB_SEARCHING, 40),
              (ExitSituation.IN_EDUCATION, 8), (ExitSituation.NONE, 17))
CONTRACTS = {  # in a cooperative, elsewhere: form | weight
    True: ((ContractForm.COOPERATIVE_CONTRACT, 75), (ContractForm.EMPLOYMENT_CONTRACT, 20),
           (ContractForm.CIVIL_CONTRACT, 5)),
    False: ((ContractForm.EMPLOYMENT_CONTRACT, 55), (ContractForm.CIVIL_CONTRACT, 20),
            (ContractForm.SELF_EMPLOYMENT, 12), (ContractForm.COOPERATIVE_CONTRACT, 8), (ContractForm.OTHER, 5)),
}
PROOF_OF = {
    ContractForm.EMPLOYMENT_CONTRACT: "Umowa o pracę z dnia {d}", ContractForm.CIVIL_CONTRACT: "Umowa zlecenia z dnia {d}",
    ContractForm.COOPERATIVE_CONTRACT: "Spółdzielcza umowa o pracę z dnia {d}",
    ContractForm.SELF_EMPLOYMENT: "Wydruk z CEIDG z dnia {d}", ContractForm.OTHER: "Zaświadczenie pracodawcy z dnia {d}",
}
ENTITIES = ("Spółdzielnia Socjalna „Razem”", "Spółdzielnia Socjalna „Pod Wawelem”", "Fundacja „Dobra Robota”",
            "Stowarzyszenie „Nasza Wieś”", "Spółdzielnia Socjalna „Smak Gór”", "Centrum Integracji Społecznej w Bochni")


def stamp(day: date, rng: random.Random) -> datetime:
    """A time during office hours on ``day``."""
    return datetime.combine(day, time(8)) + timedelta(seconds=int(rng.random() * 8 * 3600))


def ri(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint`` at half the cost (it is called a million times for 100,000 people)."""
    return low + int(rng.random() * (high - low + 1))


@dataclass(frozen=True)
class Mix(Generic[_T]):
    """Items with weights, cumulated once (``random.choices`` would redo that on every call)."""

    items: tuple[_T, ...]
    cumulated: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[_T, float]]) -> Mix[_T]:
        items, weights = zip(*pairs, strict=True)
        return cls(items, tuple(accumulate(weights)))

    def pick(self, rng: random.Random) -> _T:
        return self.items[bisect(self.cumulated, rng.random() * self.cumulated[-1])]


@dataclass(frozen=True)
class Place:
    """Where a demo person lives: the postal address's town and gmina, with its TERYT code and DEGURBA."""

    town: str
    gmina: str
    powiat: str
    voivodeship: str
    postal: str  # a whole code, or the first two digits (comma-separated choices)
    degurba: Degurba
    teryt: str


def places() -> list[tuple[Place, float]]:
    """The region's places and the cities people moved from, with their weights; the TERYT code and
    DEGURBA from the shipped dictionary (the gmina of that name in that powiat and voivodeship)."""
    from faker.providers.address.pl_PL import Provider as PlAddress

    rows = [(t, g, p, REGION, code, d, float(w)) for t, g, p, code, d, w in
            (line.split("|") for line in PLACES.splitlines())]
    rows += [(c, c, c, v, code, "1", 0.4) for c, (v, code) in CITIES.items() if c in PlAddress.cities]
    territory = reference_data.territory()
    out = []
    for town, gmina, powiat, voivodeship, code, degurba, weight in rows:
        found = [g for g in gminas_named(gmina, territory) if g.powiat == powiat and g.voivodeship == voivodeship]
        teryt = found[0].code if found else ""
        if found and found[0].degurba is not None:
            degurba = str(found[0].degurba)
        out.append((Place(town, gmina, powiat, voivodeship, code, Degurba(degurba), teryt), weight))
    return out


@dataclass
class DemoParticipation:
    row: _Row
    supports: list[_Row]


@dataclass(frozen=True)
class Entrant:
    """What the participations of one demo person follow from."""

    born: date
    recruited: date
    stage: Stage
    left_on: date | None  # the day the stage history says the person left
    codes: frozenset[str]  # the at-risk categories
    place: Place


@dataclass
class ParticipationFactory:
    rng: random.Random
    today: date
    projects: list[tuple[int, date, date]]  # id, start, end
    new_uuid: Callable[[], str]
    schools: dict[int, Mix[Any]] = field(default_factory=dict)  # birth year -> school types

    def __post_init__(self) -> None:
        self.labour = Mix.of(zip(LabourStatus, (15, 25, 45, 15), strict=True))
        self.rules = reference_data.long_term_rules()
        self.types = reference_data.school_types()
        self.left_reasons = Mix.of(LEFT_REASONS)
        self.situations = Mix.of(SITUATIONS)
        self.contracts = {k: Mix.of(v) for k, v in CONTRACTS.items()}

    # --- one person ------------------------------------------------------------------------------
    def participations(self, who: Entrant) -> list[DemoParticipation]:
        """One participation in a project running on the recruitment day (a few without project); a few
        people whose first project ended come back to another one."""
        rng = self.rng
        project, end = self._project(who.recruited)
        if project is not None and end < self.today and rng.random() < RETURNING:
            first = self._one(who, project, end, who.recruited, Stage.IN_TRAINING, force_exit=True)
            left = first.row["exit_date"]
            again = left + timedelta(days=ri(rng, 30, 200)) if left is not None else None
            running = [(pid, e) for pid, s, e in self.projects if again and s <= again <= e and pid != project]
            if again is not None and again <= self.today and running:
                second, second_end = running[int(rng.random() * len(running))]
                return [first, self._one(who, second, second_end, again, who.stage)]
        return [self._one(who, project, end, who.recruited, who.stage)]

    def _project(self, recruited: date) -> tuple[int | None, date]:
        """One of the projects that ran on the recruitment day (most people are in one)."""
        running = [(pid, end) for pid, start, end in self.projects if start <= recruited <= end]
        if not running or self.rng.random() >= IN_PROJECT:
            return None, date.max
        return running[int(self.rng.random() * len(running))]

    def _one(self, who: Entrant, project: int | None, project_end: date, entry: date, stage: Stage,
             force_exit: bool = False) -> DemoParticipation:
        rng = self.rng
        last_day = min(self.today, project_end)
        supports = self._supports(entry, stage, last_day, force_exit)
        start = supports[0]["support_start"] if supports else None
        row = {
            "uuid": self.new_uuid(), "project_id": project, "participant_type": ParticipantType.INDIVIDUAL.value,
            "institution_name": "", "institution_nip": "", **self._labour(who, start or self.today, entry),
            **self._school(who.born), "teryt": who.place.teryt, "voivodeship": who.place.voivodeship,
            "powiat": who.place.powiat, "gmina": who.place.gmina, "town": who.place.town,
            "degurba": who.place.degurba.value, "degurba_manual": False,
            "info_clause_on": min(entry + timedelta(days=ri(rng, 0, 3)), self.today), "start_date": start,
            **dict.fromkeys(EXIT_COLUMNS), "employment_proof": "",
            "created_at": stamp(entry, rng), "updated_at": stamp(entry, rng),
        }
        if rng.random() < INSTITUTION:
            row["participant_type"] = ParticipantType.INSTITUTION.value
            row["institution_name"] = ENTITIES[int(rng.random() * len(ENTITIES))]
            row["institution_nip"] = self._nip()
        if supports and (force_exit or project_end < self.today or rng.random() < EXIT_BY_STAGE[stage]):
            self._exit(row, supports, stage, who.left_on, last_day)
        if rng.random() < INCOMPLETE:  # typed later: the list's "Incomplete for reporting" finds them
            missing = ("labour_status", "education", "degurba")[int(rng.random() * 3)]
            row[missing] = None
            row["labour_detail"] = "" if missing == "labour_status" else row["labour_detail"]
            row["school_type"] = "" if missing == "education" else row["school_type"]
        if row["exit_date"] is not None:
            row["updated_at"] = stamp(row["exit_date"], rng)
        row["reporting_gaps"] = ",".join(gaps_of(row))  # bulk inserts bypass the mapper's event
        return DemoParticipation(row, supports)

    def _supports(self, entry: date, stage: Stage, last_day: date, force_exit: bool) -> list[_Row]:
        """1-3 forms of support from a few days after entry, each 7-90 days after the one before, none after
        ``last_day``; some of the people only recruited have none yet."""
        rng = self.rng
        if stage is Stage.RECRUITED and not force_exit and rng.random() < NO_SUPPORT_YET:
            return []
        paths = SUPPORT_PATHS[stage]
        on = entry + timedelta(days=ri(rng, 0, 21))
        out: list[_Row] = []
        for form in paths[int(rng.random() * len(paths))]:
            if on > last_day:
                break
            out.append({"uuid": self.new_uuid(), "form": form.value, "support_start": on, "support_end": None})
            on += timedelta(days=ri(rng, 7, 90))
        if not out:  # entered the very last days: support begins on the day of entry
            out.append({"uuid": self.new_uuid(), "form": paths[0][0].value, "support_start": min(entry, last_day),
                        "support_end": None})
        for before, after in zip(out, out[1:], strict=False):
            if before["form"] in (SupportForm.TRAINING.value, SupportForm.WORKSHOP.value, SupportForm.GRANT.value):
                before["support_end"] = after["support_start"] - timedelta(days=1)
        return out

    def _exit(self, row: _Row, supports: list[_Row], stage: Stage, left_on: date | None, last_day: date) -> None:
        """The exit after the last support (the day the person left, or the project's end at the latest),
        and for about half of those who leave a job after it, with its proof and when it was checked."""
        rng = self.rng
        last_start = supports[-1]["support_start"]
        on = left_on if stage is Stage.LEFT and left_on is not None else last_start + timedelta(days=ri(rng, 14, 120))
        on = min(max(on, last_start), last_day)
        if stage is Stage.LEFT:
            reason = self.left_reasons.pick(rng)
        else:
            reason = ExitReason.COMPLETED if rng.random() < 0.85 else ExitReason.EMPLOYMENT
        for support in supports:
            if support["support_end"] is None or support["support_end"] > on:
                support["support_end"] = on
        row["exit_date"], row["exit_reason"] = on, reason.value
        row["completed_path"] = (Answer.YES if reason is ExitReason.COMPLETED else Answer.NO).value
        cooperative = stage is Stage.IN_COOPERATIVE
        chance = {ExitReason.EMPLOYMENT: 1.0, ExitReason.COMPLETED: 0.85 if cooperative else 0.45}.get(reason, 0.08)
        hired = on + timedelta(days=ri(rng, 0, 10) if reason is ExitReason.EMPLOYMENT or cooperative else ri(rng, 0, 75))
        if rng.random() >= chance or hired > self.today:
            row["exit_situation"] = self.situations.pick(rng).value
            return
        row["exit_situation"] = (ExitSituation.EMPLOYED if hired <= on + timedelta(days=14)
                                 else ExitSituation.JOB_SEARCHING).value
        contract = self.contracts[cooperative].pick(rng)
        checked = hired + timedelta(days=ri(rng, 20, 120))
        row.update(
            employment_start=hired, employment_contract=contract.value,
            employment_fte=(1.0, 1.0, 1.0, 0.75, 0.5, 0.5, 0.25)[int(rng.random() * 7)],
            employment_months=(3, 6, 6, 12, 12, 12, 24)[int(rng.random() * 7)],
            employment_proof=PROOF_OF[contract].format(d=format_date(hired)),
            employment_checked_on=checked if checked <= self.today else None,
        )

    def _labour(self, who: Entrant, day: date, entry: date) -> _Row:
        """The status at entry: registered unemployed (with the labour office's registration date) for the
        categories that ask for it; long-term unemployment from the duration and age on ``day`` (the start),
        as the ESF+ rule in labour_market.json says."""
        rng = self.rng
        registered = bool({"BEZR", "POSZ"} & who.codes)
        status = LabourStatus.UNEMPLOYED_REGISTERED if registered else self.labour.pick(rng)
        out: _Row = {"labour_status": status.value, "labour_detail": LabourDetail.NONE.value,
                     "pup_registered_on": None, "unemployed_since": None}
        if status is LabourStatus.INACTIVE:
            out["labour_detail"] = rng.choices(
                (LabourDetail.NOT_IN_EDUCATION, LabourDetail.IN_EDUCATION, LabourDetail.NONE), (65, 10, 25))[0].value
        elif status is LabourStatus.EMPLOYED:
            out["labour_detail"] = (LabourDetail.OTHER if rng.random() < 0.2 else LabourDetail.NONE).value
        else:
            since = add_months(entry, -ri(rng, 1, 40)) - timedelta(days=ri(rng, 0, 27))
            out["pup_registered_on" if status is LabourStatus.UNEMPLOYED_REGISTERED else "unemployed_since"] = since
            if is_long_term_unemployed(since, who.born, day, self.rules):
                out["labour_detail"] = LabourDetail.LONG_TERM_UNEMPLOYED.value
        return out

    def _school(self, born: date) -> _Row:
        """A school type of the person's time (it existed when they were 15) with its ISCED level."""
        mix = self.schools.get(born.year)
        if mix is None:
            at_15 = date(born.year + 15, 9, 1)
            fits = [t for t in self.types if (t.valid_from is None or t.valid_from <= at_15)
                    and (t.valid_to is None or at_15 <= t.valid_to)]
            per_level = {t.isced: sum(1 for u in fits if u.isced == t.isced) for t in fits}
            mix = self.schools[born.year] = Mix.of((t, ISCED_WEIGHTS[t.isced.value] / per_level[t.isced]) for t in fits)
        school = mix.pick(self.rng)
        return {"school_type": school.code, "education": school.isced.value}

    def _nip(self) -> str:
        """A valid NIP (tax number) of an entity."""
        while True:
            digits = [ri(self.rng, 1, 9), *(ri(self.rng, 0, 9) for _ in range(8))]
            check = sum(d * w for d, w in zip(digits, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
            if check < 10:
                return "".join(map(str, digits)) + str(check)


EXIT_COLUMNS = ("exit_date", "exit_reason", "completed_path", "exit_situation", "employment_start",
                "employment_contract", "employment_fte", "employment_months", "employment_checked_on")
