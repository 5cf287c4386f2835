"""Participations (schema 0009): one person in one project, with what monitoring records at entry, the
support received, the exit and the results after it (domain.md §2; issue 8)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.db.base import Base, HasUuid, utcnow
from coopdesk.db.tables_security import Project
from coopdesk.domain.enums import (
    Answer,
    ContractForm,
    Degurba,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    SupportForm,
)
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.participation_rules import GAP_FIELDS, gaps_of
from coopdesk.domain.protection import (
    NO_PERSONAL_DATA,
    Erasure,
    TableProtection,
    clear,
    keep,
    plain,
    table_info,
    unjournaled,
)

_REPORT = {"art15": True}

# Anonymisation keeps what statistics need and identifies nobody on its own (the project, the status,
# education, gmina, DEGURBA, dates, results); the town, the institution and the proof go.
PARTICIPATIONS_PROTECTION = TableProtection(
    personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
    journal_prefix="participation", record_attr="participations", art15_section="participations",
    columns={
        "project_id": keep(QT_TRANSLATE_NOOP("Labels", "Project"), "Projekt", **_REPORT),
        "participant_type": keep(QT_TRANSLATE_NOOP("Labels", "Participant type"), "Rodzaj uczestnika",
                                 codes=ParticipantType, **_REPORT),
        "institution_name": clear("", QT_TRANSLATE_NOOP("Labels", "Institution"), "Nazwa instytucji", **_REPORT),
        "institution_nip": clear("", QT_TRANSLATE_NOOP("Labels", "Institution NIP"), "NIP instytucji", **_REPORT),
        "labour_status": keep(QT_TRANSLATE_NOOP("Labels", "Labour-market status"), "Status na rynku pracy",
                              codes=LabourStatus, **_REPORT),
        "labour_detail": keep(QT_TRANSLATE_NOOP("Labels", "Labour-market status detail"),
                              "Status na rynku pracy – w tym", codes=LabourDetail, **_REPORT),
        "pup_registered_on": keep(QT_TRANSLATE_NOOP("Labels", "Registered at the labour office on"),
                                  "Data rejestracji w urzędzie pracy", **_REPORT),
        "unemployed_since": keep(QT_TRANSLATE_NOOP("Labels", "Unemployed since"), "Bezrobotna od", **_REPORT),
        "school_type": keep(QT_TRANSLATE_NOOP("Labels", "School completed"), "Ukończona szkoła", **_REPORT),
        "education": keep(QT_TRANSLATE_NOOP("Labels", "Education"), "Wykształcenie", codes=Isced, **_REPORT),
        "teryt": keep(QT_TRANSLATE_NOOP("Labels", "TERYT code"), "Kod TERYT", **_REPORT),
        "voivodeship": keep(QT_TRANSLATE_NOOP("Labels", "Voivodeship"), "Województwo", **_REPORT),
        "powiat": keep(QT_TRANSLATE_NOOP("Labels", "District (powiat)"), "Powiat", **_REPORT),
        "gmina": keep(QT_TRANSLATE_NOOP("Labels", "Municipality (gmina)"), "Gmina", **_REPORT),
        "town": clear("", QT_TRANSLATE_NOOP("Labels", "Town"), "Miejscowość", **_REPORT),
        "degurba": keep(QT_TRANSLATE_NOOP("Labels", "Degree of urbanisation (DEGURBA)"),
                        "Obszar wg stopnia urbanizacji (DEGURBA)", codes=Degurba, **_REPORT),
        "degurba_manual": keep(QT_TRANSLATE_NOOP("Labels", "DEGURBA set by hand"), "DEGURBA ustalone ręcznie"),
        "info_clause_on": keep(QT_TRANSLATE_NOOP("Labels", "Information clause acknowledged on"),
                               "Data zapoznania się z klauzulą informacyjną", **_REPORT),
        "start_date": keep(QT_TRANSLATE_NOOP("Labels", "Start date"), "Data rozpoczęcia udziału w projekcie",
                           **_REPORT),
        "exit_date": keep(QT_TRANSLATE_NOOP("Labels", "Exit date"), "Data zakończenia udziału w projekcie",
                          **_REPORT),
        "exit_reason": keep(QT_TRANSLATE_NOOP("Labels", "Exit reason"), "Przyczyna zakończenia udziału",
                            codes=ExitReason, **_REPORT),
        "completed_path": keep(QT_TRANSLATE_NOOP("Labels", "Completed the path as planned"),
                               "Zakończenie udziału zgodnie ze ścieżką", codes=Answer, **_REPORT),
        "exit_situation": keep(QT_TRANSLATE_NOOP("Labels", "Situation at exit"),
                               "Sytuacja w momencie zakończenia udziału", codes=ExitSituation, **_REPORT),
        "employment_start": keep(QT_TRANSLATE_NOOP("Labels", "Employment start"), "Data podjęcia zatrudnienia",
                                 **_REPORT),
        "employment_contract": keep(QT_TRANSLATE_NOOP("Labels", "Form of employment"), "Forma zatrudnienia",
                                    codes=ContractForm, **_REPORT),
        "employment_fte": keep(QT_TRANSLATE_NOOP("Labels", "Working time (FTE)"), "Wymiar etatu", **_REPORT),
        "employment_months": keep(QT_TRANSLATE_NOOP("Labels", "Employment (months)"),
                                  "Okres zatrudnienia (miesiące)", **_REPORT),
        "employment_proof": clear("", QT_TRANSLATE_NOOP("Labels", "Proof of employment"),
                                  "Dokument potwierdzający zatrudnienie", **_REPORT),
        "employment_checked_on": keep(QT_TRANSLATE_NOOP("Labels", "Employment checked on"),
                                      "Data weryfikacji zatrudnienia", **_REPORT),
        "reporting_gaps": keep(journaled=False, personal=False, reason="derived: which SM EFS fields are missing"),
        "created_at": unjournaled("kept by the database"),
        "updated_at": unjournaled("kept by the database"),
    },
)


class Participation(HasUuid, Base):
    """One person in one project (or, after the migration of older data, without a project)."""

    __tablename__ = "participations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    participant_type: Mapped[str] = mapped_column(String(20), default=ParticipantType.INDIVIDUAL.value)
    institution_name: Mapped[str] = mapped_column(String(300), default="")
    institution_nip: Mapped[str] = mapped_column(String(10), default="")
    labour_status: Mapped[str | None] = mapped_column(String(30))
    labour_detail: Mapped[str] = mapped_column(String(30), default="")
    pup_registered_on: Mapped[date | None] = mapped_column(Date)
    unemployed_since: Mapped[date | None] = mapped_column(Date)
    school_type: Mapped[str] = mapped_column(String(40), default="")
    education: Mapped[str | None] = mapped_column(String(4))
    teryt: Mapped[str] = mapped_column(String(7), default="")
    voivodeship: Mapped[str] = mapped_column(String(40), default="")
    powiat: Mapped[str] = mapped_column(String(100), default="")
    gmina: Mapped[str] = mapped_column(String(100), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    degurba: Mapped[str | None] = mapped_column(String(1))
    degurba_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    info_clause_on: Mapped[date | None] = mapped_column(Date)
    start_date: Mapped[date | None] = mapped_column(Date)  # the first support's start (kept by the service)
    exit_date: Mapped[date | None] = mapped_column(Date)
    exit_reason: Mapped[str | None] = mapped_column(String(30))
    completed_path: Mapped[str | None] = mapped_column(String(10))
    exit_situation: Mapped[str | None] = mapped_column(String(30))
    employment_start: Mapped[date | None] = mapped_column(Date)
    employment_contract: Mapped[str | None] = mapped_column(String(30))
    employment_fte: Mapped[float | None] = mapped_column(Float)
    employment_months: Mapped[int | None] = mapped_column(Integer)
    employment_proof: Mapped[str] = mapped_column(String(300), default="")
    employment_checked_on: Mapped[date | None] = mapped_column(Date)
    # the SM EFS fields still missing, comma-separated ("" = ready to report), kept by the events below (0009)
    reporting_gaps: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    project: Mapped[Project | None] = relationship(lazy="joined")
    supports: Mapped[list[ParticipationSupport]] = relationship(
        back_populates="participation", cascade="all, delete-orphan",
        order_by="(ParticipationSupport.support_start, ParticipationSupport.id)",
    )

    __table_args__ = (
        Index("ix_participations_participant", "participant_id", "id"),
        Index("ix_participations_project", "project_id", "participant_id"),
        Index("ix_participations_gaps", "reporting_gaps", "participant_id"),
        table_info(PARTICIPATIONS_PROTECTION),
    )


@event.listens_for(Participation, "before_insert")
@event.listens_for(Participation, "before_update")
def _reporting_gaps(_mapper, _connection, target: Participation) -> None:
    if target.participant_type is None:  # the column's default, applied only after this event
        target.participant_type = ParticipantType.INDIVIDUAL.value
    target.reporting_gaps = ",".join(gaps_of({name: getattr(target, name) for name in GAP_FIELDS}))


class ParticipationSupport(HasUuid, Base):
    """A form of support a participation received, from its start date (the first one is the
    participation's start date)."""

    __tablename__ = "participation_supports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participation_id: Mapped[int] = mapped_column(ForeignKey("participations.id", ondelete="CASCADE"))
    # the owner, kept beside the participation for erasure, the journal and the caseload check
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    form: Mapped[str] = mapped_column(String(30))
    support_start: Mapped[date] = mapped_column(Date)
    support_end: Mapped[date | None] = mapped_column(Date)

    participation: Mapped[Participation] = relationship(back_populates="supports")

    __table_args__ = (
        Index("ix_participation_supports_participation", "participation_id", "support_start"),
        Index("ix_participation_supports_participant", "participant_id"),
        table_info(TableProtection(
            personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
            journal_prefix="support", journal_key="form", art15_section="participations",
            columns={
                "participation_id": keep(QT_TRANSLATE_NOOP("Labels", "Participation"), "Udział w projekcie"),
                "form": keep(QT_TRANSLATE_NOOP("Labels", "Form of support"), "Rodzaj wsparcia", codes=SupportForm),
                "support_start": keep(QT_TRANSLATE_NOOP("Labels", "Support from"),
                                      "Data rozpoczęcia udziału we wsparciu"),
                "support_end": keep(QT_TRANSLATE_NOOP("Labels", "Support until"),
                                    "Data zakończenia udziału we wsparciu"),
            },
        )),
    )


class ProjectCategory(Base):
    """The project's own eligibility: which at-risk categories its rules accept."""

    __tablename__ = "project_categories"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("at_risk_categories.id", ondelete="CASCADE"), primary_key=True, index=True)

    __table_args__ = table_info(NO_PERSONAL_DATA(
        "which categories a project accepts (its rules, not people)", journaled=True,
        columns={
            "project_id": plain(QT_TRANSLATE_NOOP("Labels", "Project")),
            "category_id": plain(QT_TRANSLATE_NOOP("Labels", "At-risk category")),
        },
    ))


