"""Tables for accounts, case sharing, the audit journal, consents and retention (schema 0002)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.db.base import Base, HasUuid, utcnow
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.protection import (
    NO_PERSONAL_DATA,
    Erasure,
    TableProtection,
    clear,
    keep,
    not_personal,
    plain,
    table_info,
    unjournaled,
)


class CaseShare(Base):
    """A participant's case shared with another user (advisors see their caseload plus shared cases)."""

    __tablename__ = "case_shares"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    shared_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("participant_id", "user_id"),
        Index("ix_case_shares_user", "user_id", "participant_id"),
        Index("ix_case_shares_shared_by", "shared_by_id"),  # foreign key (0006)
        table_info(TableProtection(
            personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
            journal_prefix="share", journal_key="user_id", art15_section="recipients",
            columns={
                "user_id": keep(QT_TRANSLATE_NOOP("Labels", "User"), "Użytkownik"),
                "shared_by_id": keep(QT_TRANSLATE_NOOP("Labels", "Shared by"), "Udostępnił(a)"),
                "created_at": unjournaled("kept by the database"),
            },
        )),
    )


class AuditEntry(Base):
    """Append-only journal: who, when, which record, which field, old -> new. Never edited by the app."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)  # no FK: the journal outlives accounts
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(20))  # create / update / delete / read / restore / ...
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_uuid: Mapped[str] = mapped_column(String(36), default="")
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_log_record", "table_name", "record_id", "id"),
        Index("ix_audit_log_uuid", "record_uuid", "id"),
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_user", "user_id", "at"),
        # Holds the old and new values of every journaled record. Its entries about a person are found
        # by (table_name, record_id) (coopdesk/db/repositories/gdpr.py journal_targets); erasure and
        # anonymisation blank their values, the rows stay (who did what, when).
        table_info(TableProtection(
            personal=True, reason="values of journaled records", journaled=False, erasure=Erasure.SCRUB,
            art15_section="journal",
            columns={
                "username": keep(),  # staff
                "table_name": not_personal("which table"),
                "old_value": clear(None),
                "new_value": clear(None),
            },
        )),
    )


class Project(HasUuid, Base):
    """A funded project; its retention rule gives each participant record a retention date."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # Retention: keep until 31 December of (end year + retention_years) [domain.md §6; rule is data]
    retention_years: Mapped[int] = mapped_column(Integer, default=5)
    retention_note: Mapped[str] = mapped_column(String(300), default="")
    # Identity printed on documents (0008): number as in the grant agreement, programme / priority / action,
    # lead partner, partners (one a line), the data controllers as printed, the logo strip (images.sha256)
    number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    programme: Mapped[str] = mapped_column(String(300), default="", server_default="")
    priority: Mapped[str] = mapped_column(String(300), default="", server_default="")
    action: Mapped[str] = mapped_column(String(300), default="", server_default="")
    lead_partner: Mapped[str] = mapped_column(String(300), default="", server_default="")
    partners: Mapped[str] = mapped_column(Text, default="", server_default="")
    controllers: Mapped[str] = mapped_column(Text, default="", server_default="")
    logo_strip: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Retention from a base date (0009): 31 December of the year of the managing authority's last payment,
    # entered when known (None: nothing of the project is due), plus retention_years, or 10 years with state
    # aid; a legal hold stops anonymisation whatever the dates say.
    retention_base_date: Mapped[date | None] = mapped_column(Date)
    state_aid: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    legal_hold_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = table_info(NO_PERSONAL_DATA(
        "a funded project: its identity and rules (organisations, not people)", journaled=True,
        columns={
            "code": plain(QT_TRANSLATE_NOOP("Labels", "Code")),
            "name": not_personal("the project's title", label=QT_TRANSLATE_NOOP("Labels", "Name")),
            "start_date": plain(QT_TRANSLATE_NOOP("Labels", "Start date")),
            "end_date": plain(QT_TRANSLATE_NOOP("Labels", "End date")),
            "retention_years": plain(QT_TRANSLATE_NOOP("Labels", "Retention (years)")),
            "retention_note": not_personal("the legal basis of the retention period",
                                           label=QT_TRANSLATE_NOOP("Labels", "Retention note")),
            "number": plain(QT_TRANSLATE_NOOP("Labels", "Project number")),
            "programme": plain(QT_TRANSLATE_NOOP("Labels", "Programme")),
            "priority": plain(QT_TRANSLATE_NOOP("Labels", "Priority")),
            "action": plain(QT_TRANSLATE_NOOP("Labels", "Action")),
            "lead_partner": plain(QT_TRANSLATE_NOOP("Labels", "Lead partner")),
            "partners": plain(QT_TRANSLATE_NOOP("Labels", "Partners")),
            "controllers": plain(QT_TRANSLATE_NOOP("Labels", "Data controllers")),
            "logo_strip": plain(QT_TRANSLATE_NOOP("Labels", "Logo strip")),
            "retention_base_date": plain(QT_TRANSLATE_NOOP("Labels", "Retention counted from")),
            "state_aid": plain(QT_TRANSLATE_NOOP("Labels", "State aid (10 years)")),
            "legal_hold": plain(QT_TRANSLATE_NOOP("Labels", "Legal hold")),
            "legal_hold_reason": plain(QT_TRANSLATE_NOOP("Labels", "Reason for the legal hold")),
        },
    ))


class Consent(HasUuid, Base):
    """A participant's consent for one purpose, with dates and expiry."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(40))
    granted: Mapped[bool] = mapped_column(Boolean, default=True)
    given_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("participant_id", "purpose"),
        table_info(TableProtection(
            personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
            journal_prefix="consent", journal_key="purpose", art15_section="consents",
            columns={
                "purpose": keep(QT_TRANSLATE_NOOP("Labels", "Purpose"), "Cel"),
                "granted": keep(QT_TRANSLATE_NOOP("Labels", "Granted"), "Zgoda wyrażona"),
                "given_on": keep(QT_TRANSLATE_NOOP("Labels", "Given on"), "Data wyrażenia"),
                "expires_on": keep(QT_TRANSLATE_NOOP("Labels", "Expires on"), "Ważna do"),
                "withdrawn_on": keep(QT_TRANSLATE_NOOP("Labels", "Withdrawn on"), "Data wycofania"),
                "note": clear("", QT_TRANSLATE_NOOP("Labels", "Note"), "Uwaga"),
            },
        )),
    )


class SignInThrottle(Base):
    """Failed sign-ins in a row per user name tried (folded; known or not), and until when further
    attempts are refused (schema 0005). Never a password; the failed attempts themselves are in the
    audit journal (SIGN_IN_FAILED). A successful sign-in or the coordinator's unlock removes the row."""

    __tablename__ = "sign_in_throttle"

    name_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = table_info(TableProtection(
        personal=True, reason="user names tried at sign-in (staff), removed on success or unlock",
        columns={"name_key": keep()},
    ))
