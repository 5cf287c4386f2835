"""Tables of the participant register, accounts and dictionaries."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.db.base import Base, HasUuid, utcnow
from coopdesk.domain.collation import polish_key
from coopdesk.domain.enums import (
    Answer,
    Citizenship,
    DisabilityDegree,
    Role,
    Sex,
    Stage,
)
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.protection import (
    NO_PERSONAL_DATA,
    OWNER_SELF,
    Erasure,
    TableProtection,
    clear,
    generalise,
    keep,
    not_personal,
    plain,
    table_info,
    unjournaled,
)

# Staff accounts: personal data of the centre's staff, not of participants; kept as the journal's "who".
USERS_PROTECTION = TableProtection(
    personal=True, reason="staff accounts (not participants)", journaled=True, erasure=Erasure.KEEP,
    display_column="username",
    columns={
        "username": keep(QT_TRANSLATE_NOOP("Labels", "User name")),
        "full_name": keep(QT_TRANSLATE_NOOP("Labels", "Full name")),
        "role": plain(QT_TRANSLATE_NOOP("Labels", "Role"), codes=Role),
        "password_hash": keep(QT_TRANSLATE_NOOP("Labels", "Password"), secret=True),
        "active": plain(QT_TRANSLATE_NOOP("Labels", "Active")),
        "must_change_password": plain(QT_TRANSLATE_NOOP("Labels", "Must change password")),
        "last_login_at": plain(QT_TRANSLATE_NOOP("Labels", "Last login")),
        "created_at": unjournaled("kept by the database"),
        "sort_key": keep(journaled=False),  # derived from full_name
    },
)


class User(HasUuid, Base):
    """A person who uses coopdesk (and e.g. the advisor assigned to a participant)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Polish sort key of full_name (domain.collation), set whenever full_name is (see below; 0007)
    sort_key: Mapped[str] = mapped_column(String(400), default="", server_default="")

    __table_args__ = (Index("ix_users_sort_key", "sort_key"), table_info(USERS_PROTECTION))


@event.listens_for(User.full_name, "set")
def _user_sort_key(user: User, value: str | None, _old, _initiator) -> None:
    user.sort_key = polish_key(value)


class Setting(Base):
    """Business settings kept with the data (UI state lives in QSettings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = table_info(NO_PERSONAL_DATA(
        "the centre's own settings (its name, contact and options), no participant's data", journaled=True,
        secret_rows=frozenset({"backup.passphrase"}),
        columns={"value": not_personal("the centre's settings")},
    ))


class AtRiskCategory(HasUuid, Base):
    """Editable dictionary of at-risk categories (domain.md §1.2): the law changes, so this is data."""

    __tablename__ = "at_risk_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    proof_hint: Mapped[str] = mapped_column(String(300), default="")
    special: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # The acts change (2018, 2022, 2025): an entry holds from/to these days (None: open) and names its basis (0008)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    legal_basis: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = table_info(NO_PERSONAL_DATA(
        "a dictionary of categories", journaled=True, display_column="code",
        columns={
            "code": plain(QT_TRANSLATE_NOOP("Labels", "Code")),
            "name": not_personal("the category's name", label=QT_TRANSLATE_NOOP("Labels", "Name")),
            "proof_hint": not_personal("what proves it", label=QT_TRANSLATE_NOOP("Labels", "Proof hint")),
            "special": plain(QT_TRANSLATE_NOOP("Labels", "Special-category data")),
            "active": plain(QT_TRANSLATE_NOOP("Labels", "Active")),
            "sort_order": plain(QT_TRANSLATE_NOOP("Labels", "Order")),
            "valid_from": plain(QT_TRANSLATE_NOOP("Labels", "Valid from")),
            "valid_to": plain(QT_TRANSLATE_NOOP("Labels", "Valid to")),
            "legal_basis": plain(QT_TRANSLATE_NOOP("Labels", "Legal basis")),
        },
    ))


# The participant record: erasure deletes it; anonymisation keeps what identifies nobody on its own and
# statistics need (birth year, sex, citizenship, voivodeship/powiat/gmina, the ESF indicators, stages and
# dates, recruitment source, advisor; the participations keep theirs, tables_participation). The town goes too:
# a village plus a birth year and sex can point at one person; the gmina is enough for statistics.
_FORM = {"art15": True, "restorable": True}  # a field of the form: in the Art. 15 report, restorable
_SPECIAL = {"special": True, **_FORM}
PARTICIPANTS_PROTECTION = TableProtection(
    personal=True, owner=OWNER_SELF, journaled=True, erasure=Erasure.DELETE, art15_section="person",
    columns={
        "first_name": clear("", QT_TRANSLATE_NOOP("Labels", "First name"), "Imię", **_FORM),
        "last_name": generalise("record_label", QT_TRANSLATE_NOOP("Labels", "Last name"), "Nazwisko", **_FORM),
        "pesel": clear(None, QT_TRANSLATE_NOOP("Labels", "PESEL"), "PESEL", **_FORM),
        "birth_date": generalise("birth_year", QT_TRANSLATE_NOOP("Labels", "Birth date"), "Data urodzenia",
                                 **_FORM),
        "sex": keep(QT_TRANSLATE_NOOP("Labels", "Sex"), "Płeć", codes=Sex, **_FORM),
        "citizenship": keep(QT_TRANSLATE_NOOP("Labels", "Citizenship"), "Obywatelstwo", codes=Citizenship, **_FORM),
        "phone": clear("", QT_TRANSLATE_NOOP("Labels", "Phone"), "Telefon", **_FORM),
        "email": clear("", QT_TRANSLATE_NOOP("Labels", "E-mail"), "Adres e-mail", **_FORM),
        "voivodeship": keep(QT_TRANSLATE_NOOP("Labels", "Voivodeship"), "Województwo", **_FORM),
        "powiat": keep(QT_TRANSLATE_NOOP("Labels", "District (powiat)"), "Powiat", **_FORM),
        "gmina": keep(QT_TRANSLATE_NOOP("Labels", "Municipality (gmina)"), "Gmina", **_FORM),
        "teryt": keep(QT_TRANSLATE_NOOP("Labels", "TERYT code"), "Kod TERYT", **_FORM),
        "town": clear("", QT_TRANSLATE_NOOP("Labels", "Town"), "Miejscowość", **_FORM),
        "street": clear("", QT_TRANSLATE_NOOP("Labels", "Street"), "Ulica", **_FORM),
        "building_no": clear("", QT_TRANSLATE_NOOP("Labels", "Building number"), "Nr budynku", **_FORM),
        "flat_no": clear("", QT_TRANSLATE_NOOP("Labels", "Flat number"), "Nr lokalu", **_FORM),
        "postal_code": clear("", QT_TRANSLATE_NOOP("Labels", "Postal code"), "Kod pocztowy", **_FORM),
        "disability": keep(QT_TRANSLATE_NOOP("Labels", "Disability"), "Osoba z niepełnosprawnościami",
                           short_label_pl="niepełnosprawność", codes=Answer, **_SPECIAL),
        "disability_degree": keep(QT_TRANSLATE_NOOP("Labels", "Degree of disability"), "Stopień niepełnosprawności",
                                  short_label_pl="stopień niepełnosprawności", codes=DisabilityDegree, **_SPECIAL),
        "disability_kind": keep(QT_TRANSLATE_NOOP("Labels", "Intellectual, mental or multiple disability"),
                                "Niepełnosprawność intelektualna, psychiczna lub sprzężona",
                                short_label_pl="rodzaj niepełnosprawności", codes=Answer, **_SPECIAL),
        "minority": keep(QT_TRANSLATE_NOOP("Labels", "Minority"),
                         "Osoba należąca do mniejszości narodowej lub etnicznej", short_label_pl="mniejszość",
                         codes=Answer, **_SPECIAL),
        "foreign_background": keep(QT_TRANSLATE_NOOP("Labels", "Foreign background"), "Osoba obcego pochodzenia",
                                   short_label_pl="obce pochodzenie", codes=Answer, **_SPECIAL),
        "homeless": keep(QT_TRANSLATE_NOOP("Labels", "Homeless or excluded from housing"),
                         "Osoba w kryzysie bezdomności", short_label_pl="bezdomność", codes=Answer, **_SPECIAL),
        "recruitment_date": keep(QT_TRANSLATE_NOOP("Labels", "Recruitment date"), "Data rekrutacji", **_FORM),
        "recruitment_source": keep(QT_TRANSLATE_NOOP("Labels", "Recruitment source"), "Źródło rekrutacji",
                                   **_FORM),
        # the report names the advisor on a line of its own
        "advisor_id": keep(QT_TRANSLATE_NOOP("Labels", "Advisor"), "Doradca", restorable=True),
        "stage": keep(QT_TRANSLATE_NOOP("Labels", "Stage"), "Etap ścieżki", codes=Stage, **_FORM),
        "notes": clear("", QT_TRANSLATE_NOOP("Labels", "Notes"), "Notatki", short_label_pl="notatki", **_SPECIAL),
        "anonymised_at": keep(QT_TRANSLATE_NOOP("Labels", "Anonymised on"), "Data anonimizacji"),
        # derived from the name, PESEL and town (refresh_keys): not journaled, cleared with their sources
        "search_key": clear("", journaled=False),
        "name_key": clear("", journaled=False),
        "town_key": clear("", journaled=False),
        "stage_order": keep(journaled=False, personal=False, reason="the stage's place on the pathway"),
        "advisor_key": keep(journaled=False, personal=False, reason="the advisor's sort key (staff, not the person)"),
        "created_at": unjournaled("kept by the database"),
        "updated_at": unjournaled("kept by the database"),
    },
)


class Participant(HasUuid, Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    pesel: Mapped[str | None] = mapped_column(String(11), unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    citizenship: Mapped[str] = mapped_column(String(20), default="PL")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    voivodeship: Mapped[str] = mapped_column(String(40), default="")
    powiat: Mapped[str] = mapped_column(String(100), default="")
    gmina: Mapped[str] = mapped_column(String(100), default="")
    teryt: Mapped[str] = mapped_column(String(7), default="", server_default="")  # gmina's TERC code (0009)
    town: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(150), default="")
    building_no: Mapped[str] = mapped_column(String(20), default="")
    flat_no: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    disability: Mapped[str | None] = mapped_column(String(10))
    disability_degree: Mapped[str | None] = mapped_column(String(12))  # DisabilityDegree (0009)
    disability_kind: Mapped[str | None] = mapped_column(String(10))  # intellectual/mental/multiple: Answer (0009)
    minority: Mapped[str | None] = mapped_column(String(10))
    foreign_background: Mapped[str | None] = mapped_column(String(10))
    homeless: Mapped[str | None] = mapped_column(String(10))
    recruitment_date: Mapped[date | None] = mapped_column(Date)
    recruitment_source: Mapped[str] = mapped_column(String(200), default="")
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    stage: Mapped[str] = mapped_column(String(30), default="recruited")
    notes: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Derived keys, maintained by the repository: folded text for search and Polish-friendly sorting.
    search_key: Mapped[str] = mapped_column(Text, default="")
    name_key: Mapped[str] = mapped_column(String(210), default="")  # Polish sort key of "last first" (0007)
    town_key: Mapped[str] = mapped_column(String(400), default="", server_default="")  # Polish sort key (0007)
    stage_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # place on the pathway
    # the advisor's users.sort_key, kept by the mapper events below: the advisor order needs no join (0007)
    advisor_key: Mapped[str] = mapped_column(String(400), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    advisor: Mapped[User | None] = relationship(lazy="joined")
    categories: Mapped[list[ParticipantCategory]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="ParticipantCategory.id"
    )
    participations: Mapped[list[Participation]] = relationship(
        cascade="all, delete-orphan", order_by="Participation.id"
    )
    stage_history: Mapped[list[StageHistory]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="StageHistory.id"
    )

    __table_args__ = (
        # list order (all / a stage / an advisor's caseload) + search filter from the index alone (0003)
        Index("ix_participants_name_search", "name_key", "id", "search_key"),
        Index("ix_participants_stage_name", "stage", "name_key", "search_key"),
        Index("ix_participants_advisor_name", "advisor_id", "name_key", "search_key"),
        Index("ix_participants_advisor_stage", "advisor_id", "stage", "name_key", "search_key"),
        Index("ix_participants_town_key", "town_key", "name_key"),  # Polish order (0007)
        Index("ix_participants_stage_order", "stage_order", "name_key"),  # pathway order (0007)
        Index("ix_participants_advisor_key", "advisor_key", "name_key"),  # advisor in Polish order (0007)
        Index("ix_participants_recruitment_date", "recruitment_date"),
        Index("ix_participants_birth_date", "birth_date"),
        table_info(PARTICIPANTS_PROTECTION),
    )


def _advisor_key(connection, advisor_id: int | None) -> str:
    if advisor_id is None:
        return ""
    return connection.execute(select(User.sort_key).where(User.id == advisor_id)).scalar() or ""


@event.listens_for(Participant, "before_insert")
def _new_participant_advisor_key(_mapper, connection, target: Participant) -> None:
    target.advisor_key = _advisor_key(connection, target.advisor_id)


@event.listens_for(Participant, "before_update")
def _participant_advisor_key(_mapper, connection, target: Participant) -> None:
    if inspect(target).attrs.advisor_id.history.has_changes():
        target.advisor_key = _advisor_key(connection, target.advisor_id)


@event.listens_for(User, "after_update")
def _renamed_advisor(_mapper, connection, target: User) -> None:
    if inspect(target).attrs.sort_key.history.has_changes():
        connection.execute(
            update(Participant).where(Participant.advisor_id == target.id).values(advisor_key=target.sort_key)
        )


SEARCH_INDEX = "participants_search"  # SQLite FTS5 trigram index of participants.search_key (0007)


def include_name(name: str | None, type_: str, _parents) -> bool:
    """For Alembic's model comparison: the search index and its shadow tables are no model."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_INDEX))


class ParticipantCategory(HasUuid, Base):
    """A participant's at-risk category with the document that proves it."""

    __tablename__ = "participant_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("at_risk_categories.id", ondelete="RESTRICT"))
    proof_document: Mapped[str] = mapped_column(String(300), default="")
    proof_date: Mapped[date | None] = mapped_column(Date)
    # the category holds from/to (None: open), checked by whom and when (0009)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    verified_on: Mapped[date | None] = mapped_column(Date)

    participant: Mapped[Participant] = relationship(back_populates="categories")
    verified_by: Mapped[User | None] = relationship(lazy="joined")
    category: Mapped[AtRiskCategory] = relationship(lazy="joined")

    __table_args__ = (
        UniqueConstraint("participant_id", "category_id"),
        Index("ix_participant_categories_category", "category_id", "participant_id"),
        # special-category data as a whole (which categories say e.g. disability or a criminal record)
        table_info(TableProtection(
            personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE, special=True,
            journal_prefix="category", journal_key="category_id", record_attr="categories",
            short_label_pl="przesłanki wykluczenia", art15_section="categories",
            columns={
                "category_id": keep(QT_TRANSLATE_NOOP("Labels", "At-risk category"), "Kategoria"),
                "proof_document": clear("", QT_TRANSLATE_NOOP("Labels", "Proof document"),
                                        "Dokument potwierdzający"),
                "proof_date": clear(None, QT_TRANSLATE_NOOP("Labels", "Proof date"), "Data dokumentu"),
                "valid_from": keep(QT_TRANSLATE_NOOP("Labels", "Valid from"), "Ważna od"),
                "valid_to": keep(QT_TRANSLATE_NOOP("Labels", "Valid to"), "Ważna do"),
                "verified_by_id": keep(QT_TRANSLATE_NOOP("Labels", "Verified by"), "Zweryfikował(a)"),
                "verified_on": keep(QT_TRANSLATE_NOOP("Labels", "Verified on"), "Data weryfikacji"),
            },
        )),
    )


class StageHistory(HasUuid, Base):
    """Dated history of pathway stage changes."""

    __tablename__ = "stage_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(30))
    changed_on: Mapped[date] = mapped_column(Date)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    participant: Mapped[Participant] = relationship(back_populates="stage_history")
    changed_by: Mapped[User | None] = relationship(lazy="joined")

    __table_args__ = table_info(TableProtection(
        personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
        journal_prefix="stage_history", record_attr="stage_history", art15_section="stages",
        columns={
            "stage": keep(QT_TRANSLATE_NOOP("Labels", "Stage"), "Etap ścieżki", codes=Stage),
            "changed_on": keep(QT_TRANSLATE_NOOP("Labels", "Date"), "Data"),
            "changed_by_id": keep(QT_TRANSLATE_NOOP("Labels", "Changed by"), "Zmienił(a)"),
            "note": clear("", QT_TRANSLATE_NOOP("Labels", "Note"), "Uwaga"),
            "recorded_at": unjournaled("kept by the database"),
        },
    ))


# Project is referenced by Participant; images and recruitment sources are schema 0008, participations 0009,
# exchange (import batches, mappings, files sent) 0010.
from coopdesk.db import tables_centre, tables_exchange, tables_security  # noqa: E402, F401
from coopdesk.db.tables_participation import Participation  # noqa: E402
