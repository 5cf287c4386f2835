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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.db.base import Base, HasUuid, utcnow
from coopdesk.domain.collation import polish_key


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

    __table_args__ = (Index("ix_users_sort_key", "sort_key"),)


@event.listens_for(User.full_name, "set")
def _user_sort_key(user: User, value: str | None, _old, _initiator) -> None:
    user.sort_key = polish_key(value)


class Setting(Base):
    """Business settings kept with the data (UI state lives in QSettings)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


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
    town: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(150), default="")
    building_no: Mapped[str] = mapped_column(String(20), default="")
    flat_no: Mapped[str] = mapped_column(String(20), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="")
    degurba: Mapped[str | None] = mapped_column(String(1))
    education: Mapped[str | None] = mapped_column(String(4))
    labour_status: Mapped[str | None] = mapped_column(String(30))
    labour_detail: Mapped[str] = mapped_column(String(30), default="")
    disability: Mapped[str | None] = mapped_column(String(10))
    minority: Mapped[str | None] = mapped_column(String(10))
    foreign_background: Mapped[str | None] = mapped_column(String(10))
    homeless: Mapped[str | None] = mapped_column(String(10))
    recruitment_date: Mapped[date | None] = mapped_column(Date)
    recruitment_source: Mapped[str] = mapped_column(String(200), default="")
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    project_start: Mapped[date | None] = mapped_column(Date)
    project_end: Mapped[date | None] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(30), default="recruited")
    notes: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Derived keys, maintained by the repository: folded text for search and Polish-friendly sorting.
    search_key: Mapped[str] = mapped_column(Text, default="")
    name_key: Mapped[str] = mapped_column(String(210), default="")  # Polish sort key of "last first" (0007)
    town_key: Mapped[str] = mapped_column(String(400), default="", server_default="")  # Polish sort key (0007)
    stage_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # place on the pathway
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    advisor: Mapped[User | None] = relationship(lazy="joined")
    categories: Mapped[list[ParticipantCategory]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="ParticipantCategory.id"
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
        Index("ix_participants_recruitment_date", "recruitment_date"),
        Index("ix_participants_birth_date", "birth_date"),
        Index("ix_participants_project", "project_id"),  # foreign key (0006)
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

    participant: Mapped[Participant] = relationship(back_populates="categories")
    category: Mapped[AtRiskCategory] = relationship(lazy="joined")

    __table_args__ = (
        UniqueConstraint("participant_id", "category_id"),
        Index("ix_participant_categories_category", "category_id", "participant_id"),
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
from coopdesk.db import tables_security  # noqa: E402,F401  (Project is referenced by Participant)
from coopdesk.db import tables_centre  # noqa: E402,F401  (images, recruitment sources: schema 0008)
