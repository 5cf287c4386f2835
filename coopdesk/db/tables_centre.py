"""Tables of schema 0008: images printed on documents and the recruitment-source dictionary."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.db.base import Base, HasUuid, utcnow
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.protection import NO_PERSONAL_DATA, not_personal, plain, table_info


class Image(Base):
    """A logo or a strip of the funds' logos, stored once by the SHA-256 of its bytes (settings and
    projects name it by that hash, so the journal records which image, not the bytes). Not journaled:
    an image is never changed, only named by another one."""

    __tablename__ = "images"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(20))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = table_info(NO_PERSONAL_DATA("logos of the centre and of the funds (organisations, not people)"))


class RecruitmentSource(HasUuid, Base):
    """Editable dictionary of recruitment sources (seeded from resources/data). A participant keeps the
    source's text, so an entry in use is deactivated, never deleted or renamed."""

    __tablename__ = "recruitment_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = table_info(NO_PERSONAL_DATA(
        "a dictionary of recruitment sources", journaled=True,
        columns={
            "name": not_personal("the source's name", label=QT_TRANSLATE_NOOP("Labels", "Name")),
            "active": plain(QT_TRANSLATE_NOOP("Labels", "Active")),
            "valid_from": plain(QT_TRANSLATE_NOOP("Labels", "Valid from")),
            "valid_to": plain(QT_TRANSLATE_NOOP("Labels", "Valid to")),
            "legal_basis": plain(QT_TRANSLATE_NOOP("Labels", "Legal basis")),
            "sort_order": plain(QT_TRANSLATE_NOOP("Labels", "Order")),
        },
    ))
