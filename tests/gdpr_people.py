"""Test helpers for the GDPR tests: people with full data, and services acting as a given role."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coopdesk.domain.actor import Actor
from coopdesk.domain.enums import Answer, Degurba, Isced, LabourStatus, Role, Sex, Stage, SupportForm
from coopdesk.domain.gdpr import ProjectDraft
from coopdesk.domain.records import CategoryAssignment, ParticipantDraft, ParticipationDraft, SupportEntry
from coopdesk.services.app_services import Services
from coopdesk.services.context import Context
from tests.conftest import add_user

WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def pesel(birth: date, serial: int, female: bool) -> str:
    """A valid PESEL for a birth date (1900-2099) and a 3-digit serial; the sex digit follows ``female``."""
    month = birth.month + (20 if birth.year >= 2000 else 0)
    sex_digit = (serial % 5) * 2 + (0 if female else 1)
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial % 1000:03d}{sex_digit}"
    check = (10 - sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 10) % 10
    return body + str(check)


def full_draft(services: Services, **overrides) -> ParticipantDraft:
    """Zażółć Gęślą-Jaźń with every kind of data: identity, contact, address, indicators, a category."""
    category = services.dictionaries.categories()[0]
    draft = ParticipantDraft(
        first_name="Zażółć", last_name="Gęślą-Jaźń", pesel="44051401359", birth_date=date(1944, 5, 14),
        sex=Sex.MALE, phone="600100200", email="zazolc@example.pl", voivodeship="łódzkie",
        powiat="łódzki wschodni", gmina="Koluszki", town="Słotwiny", street="Świętokrzyska",
        building_no="12", flat_no="3", postal_code="95-040", disability=Answer.YES, minority=Answer.NO,
        foreign_background=Answer.NO, homeless=Answer.REFUSED,
        categories=(CategoryAssignment(category.id, "Zaświadczenie PUP nr 123/2026", date(2026, 2, 1)),),
        recruitment_date=date(2026, 2, 3),
        participations=(ParticipationDraft(
            degurba=Degurba.RURAL, education=Isced.ISCED3, labour_status=LabourStatus.UNEMPLOYED_REGISTERED,
            voivodeship="łódzkie", powiat="łódzki wschodni", gmina="Koluszki", town="Słotwiny",
            supports=(SupportEntry(SupportForm.ADVICE, date(2026, 2, 10), date(2026, 10, 30)),),
        ),),
        stage=Stage.DIAGNOSED, stage_date=date(2026, 3, 1), notes="Trudna sytuacja rodzinna; ślad w aktach.",
    )
    return replace(draft, **overrides)


def second_draft(**overrides) -> ParticipantDraft:
    draft = ParticipantDraft(
        first_name="Zofia", last_name="Żak", pesel="02270803624", birth_date=date(2002, 7, 8), sex=Sex.FEMALE,
        gmina="Kraków", town="Kraków", phone="500600700",
    )
    return replace(draft, **overrides)


def as_role(services: Services, role: Role, username: str, full_name: str | None = None) -> Services:
    """Services on the same database, acting as a new user with ``role``."""
    user = add_user(services, username, full_name or username.title(), role)
    actor = Actor(user.id, user.username, user.full_name, role)
    return Services(services.db, Context(actor=actor, today=services.ctx.today))


def project(services: Services, end: date = date(2026, 12, 31), years: int = 5, code: str = "OWES-2026",
            base: date | None = None, **more):
    """A project; ``base``: its retention base date (None: not known yet, nothing of it is due); an early
    base date gives the project an early start."""
    start = date(2024, 1, 1) if base is None or base.year > 2024 else date(base.year - 1, 1, 1)
    return services.projects.create(
        ProjectDraft(code, "Ośrodek Wsparcia Ekonomii Społecznej – subregion łódzki", start, end,
                     years, "EFS+ 2021-2027, CPR art. 82", retention_base_date=base, **more)
    )


def declared_rows(services: Services, participant_id: int) -> dict[str, list[dict]]:
    """The person's rows in the participants table and in every table declared as theirs (owner column),
    as {table: [{column: value}]}, read straight from the database."""
    from sqlalchemy import select

    from coopdesk.db.base import Base
    from coopdesk.db.protection import owned_tables, owner_column

    people = Base.metadata.tables["participants"]
    with services.db.engine.connect() as c:
        rows = {"participants": [dict(r._mapping) for r in c.execute(select(people).where(people.c.id == participant_id))]}
        for name, table in owned_tables().items():
            stmt = select(table).where(owner_column(name) == participant_id).order_by(table.c.id)
            rows[name] = [dict(r._mapping) for r in c.execute(stmt)]
    return rows


def add_stage_note(services: Services, participant_id: int, note: str) -> None:
    """Give the person's stage history a note (the form has no field for it yet), journaled like any change."""
    from sqlalchemy import select

    from coopdesk.db.tables import StageHistory

    with services.db.session(services.ctx.actor) as s:
        for change in s.scalars(select(StageHistory).where(StageHistory.participant_id == participant_id)):
            change.note = note
