"""Exchange with the partnership (schema 0010, issue 9): saved column mappings, import batches (what each
import did, so that it can be undone while its records are untouched) and the files sent to partners (hashes
of what was sent, for "changes since the last exchange")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.db.base import Base, HasUuid, utcnow
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.protection import (
    NO_PERSONAL_DATA,
    Erasure,
    TableProtection,
    clear,
    keep,
    not_personal,
    table_info,
)

_FILE = not_personal("the name of a spreadsheet file, chosen by the centre")


class ImportMapping(Base):
    """Which field each column of a partner's spreadsheet fills, saved under a name (the partner, the template)."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    columns: Mapped[str] = mapped_column(Text, default="{}")  # JSON {header_key(header): field or ""}
    header_row: Mapped[int | None] = mapped_column(Integer)  # 0-based; None: detect
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)

    __table_args__ = table_info(NO_PERSONAL_DATA("column headers and the fields they fill", columns={
        "name": not_personal("a partner's or template's name"),
    }))


class ImportBatch(HasUuid, Base):
    """One import: the file (name and SHA-256), who, when, what it did; undone at most once."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    sheet: Mapped[str] = mapped_column(String(200), default="")
    mapping_name: Mapped[str] = mapped_column(String(120), default="")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    created_people: Mapped[int] = mapped_column(Integer, default=0)
    created_participations: Mapped[int] = mapped_column(Integer, default=0)
    updated_people: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    valid_only: Mapped[bool] = mapped_column(Boolean, default=False)
    # max(audit_log.id) right after the batch's own journal entries: a later entry on one of its records
    # means the record was changed since, and the batch can no longer be undone
    journal_mark: Mapped[int | None] = mapped_column(Integer)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)

    items: Mapped[list[ImportBatchItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", passive_deletes=True, order_by="ImportBatchItem.id")

    __table_args__ = table_info(NO_PERSONAL_DATA(
        "a file's name and hash, who imported it and the counts; the people are in import_batch_items",
        display_column="file_name",  # names the batch in a person's history ("import:rekrutacja.xlsx")
        columns={"file_name": _FILE, "mapping_name": not_personal("a partner's or template's name")}))


class ImportBatchItem(Base):
    """What a batch did to one person: created them, added a participation, or changed their fields (with the
    old values, to put back on undo)."""

    __tablename__ = "import_batch_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"))
    row_no: Mapped[int] = mapped_column(Integer, default=0)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    participation_id: Mapped[int | None] = mapped_column(ForeignKey("participations.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(20))  # "created" | "participation" | "updated"
    previous: Mapped[str] = mapped_column(Text, default="")  # updates: JSON {field: old value as text}

    batch: Mapped[ImportBatch] = relationship(back_populates="items")

    __table_args__ = (
        Index("ix_import_batch_items_batch", "batch_id"),
        Index("ix_import_batch_items_participant", "participant_id"),
        Index("ix_import_batch_items_participation", "participation_id"),
        table_info(TableProtection(
            personal=True, owner="participant_id", journaled=True, erasure=Erasure.DELETE,
            journal_prefix="import", journal_key="batch_id",
            columns={
                "batch_id": keep(QT_TRANSLATE_NOOP("Labels", "Import"), "Import"),
                "row_no": keep(QT_TRANSLATE_NOOP("Labels", "Row"), "Wiersz"),
                "participation_id": keep(QT_TRANSLATE_NOOP("Labels", "Participation"), "Udział w projekcie"),
                "action": keep(QT_TRANSLATE_NOOP("Labels", "Action"), "Działanie"),
                "previous": clear("", QT_TRANSLATE_NOOP("Labels", "Values before the import"),
                                  "Wartości sprzed importu"),
            },
        )),
    )


class Exchange(Base):
    """A file sent to a partner: which layout, when, by whom, how many rows, and a hash of every row and
    column sent (never the values), so that the next file can say what changed since."""

    __tablename__ = "exchanges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner: Mapped[str] = mapped_column(String(120), default="")
    layout: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    rows: Mapped[int] = mapped_column(Integer, default=0)
    snapshot: Mapped[bytes] = mapped_column(LargeBinary, default=b"")  # zlib(JSON {uuid: [hashes]})

    __table_args__ = (
        Index("ix_exchanges_partner", "partner", "created_at"),
        table_info(NO_PERSONAL_DATA(
            "the partner, the layout and short hashes of what was sent (record ids are random uuids)",
            columns={"file_name": _FILE})),
    )
