"""What an imported agency list held, beside its :class:`ListSnapshot`: how it was read, every accepted
record (matched to the register or not) and every row that was rejected or warned about.

These rows are the snapshot's content, written once with it and never changed except to record a
match the assistant confirmed. They stay at this desk: the snapshot itself is the synced, audited
record, and its content hash names the file these rows came from.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base

AS_OF_BASES = ("given", "title", "quarter", "today")
MATCH_KINDS = ("id", "confirmed")
ROW_REPORT_KINDS = ("rejected", "warning")


class ListSnapshotDetail(Base):
    """How one snapshot's file was read and what came of it."""

    __tablename__ = "list_snapshot_details"
    __table_args__ = (CheckConstraint(f"as_of_basis IN {AS_OF_BASES!r}", name="as_of_basis"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("list_snapshots.id"), unique=True)
    snapshot_hash: Mapped[str] = mapped_column(String(64), index=True)
    as_of_basis: Mapped[str] = mapped_column(String(10))
    strict: Mapped[bool] = mapped_column(default=False)
    rows_read: Mapped[int]
    accepted: Mapped[int]
    rejected: Mapped[int]
    warnings: Mapped[int]
    # field -> 0-based column, the group a title names: what confirming a match needs to read a row again
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)
    default_group: Mapped[str | None] = mapped_column(String(40))
    headers: Mapped[list[str]] = mapped_column(JSON)


class ListRecordRow(Base):
    """One accepted record of a snapshot; ``resident_id`` is set when it is someone in the register."""

    __tablename__ = "list_records"
    __table_args__ = (
        CheckConstraint(f"match IS NULL OR match IN {MATCH_KINDS!r}", name="match"),
        Index("ix_list_records_snapshot_row", "snapshot_id", "row"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("list_snapshots.id"))
    row: Mapped[int]
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(60))
    group_key: Mapped[str | None] = mapped_column(String(40))
    subtype: Mapped[str | None] = mapped_column(String(40))
    review_group: Mapped[str | None] = mapped_column(String(40))
    disability_category: Mapped[int | None]
    disability_grade: Mapped[int | None]
    cert_number: Mapped[str | None] = mapped_column(String(24))
    veteran_cert: Mapped[str | None] = mapped_column(String(40))
    household_head: Mapped[str | None] = mapped_column(String(60))
    relation: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    date_from: Mapped[date | None]
    date_to: Mapped[date | None]
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)
    match: Mapped[str | None] = mapped_column(String(10))


class ListRowReport(Base):
    """A row the import rejected or warned about: its problems and its cells as read, for the agency."""

    __tablename__ = "list_row_reports"
    __table_args__ = (
        CheckConstraint(f"kind IN {ROW_REPORT_KINDS!r}", name="kind"),
        Index("ix_list_row_reports_snapshot_row", "snapshot_id", "row"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("list_snapshots.id"))
    row: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    problems: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    cells: Mapped[list[str]] = mapped_column(JSON)
    # set when the assistant confirmed who a rejected row is about (its record is then in list_records)
    resolved_resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
