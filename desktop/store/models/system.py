"""The desk's own records: assistants, the audit chain, the outbox, sync cursors and a meta table."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Audited, Base

ROLES = ("assistant", "supervisor")
OUTBOX_OPERATIONS = ("create", "update", "delete")
OUTBOX_STATES = ("pending", "quarantined")


class Assistant(Audited, Base):
    """A local account; its password opens a key slot (:mod:`desktop.store.keys`), not stored here."""

    __tablename__ = "assistants"
    __table_args__ = (CheckConstraint("role IN ('assistant', 'supervisor')", name="role"),)

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(12))
    active: Mapped[bool] = mapped_column(default=True)


class AuditEvent(Base):
    """One link of the hash chain; written only by :mod:`desktop.store.audit`, never updated."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))  # UTC ISO text, hashed exactly as stored
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str | None] = mapped_column(String(40))
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed exactly as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_uuid"),)


class OutboxEntry(Base):
    """A local change waiting for the county server (SYNC.md 2, 4, 6).

    ``seq`` is this device's monotonic order of changes and the upload order; ``fields`` holds the new
    values (references to other records as their UUIDs, ``<name>_uuid``); an entry is deleted only after
    the server acknowledged it; a permanently rejected one is ``quarantined``, never deleted automatically.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("operation IN ('create', 'update', 'delete')", name="operation"),
        CheckConstraint("status IN ('pending', 'quarantined')", name="status"),
        Index("ix_outbox_entity", "entity_type", "entity_uuid"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    mutation_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    device_id: Mapped[uuid.UUID]
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[uuid.UUID]
    operation: Mapped[str] = mapped_column(String(10))
    base_version: Mapped[int]
    new_version: Mapped[int]
    fields: Mapped[str] = mapped_column(Text)  # canonical JSON of the changed fields' new values
    # this device's previous entry for the same record still in the outbox when this one was written: the
    # server holds this one until that one is settled (its base_version continues the desk's own chain)
    after: Mapped[int | None]
    created_at: Mapped[datetime]  # wall clock, for people to read; never used to order or decide
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    last_problem: Mapped[str | None] = mapped_column(String(60))
    quarantined_at: Mapped[datetime | None]


class SyncCursor(Base):
    """Where the last pull of one dataset ended (an opaque server cursor) and what it held."""

    __tablename__ = "sync_cursors"

    dataset: Mapped[str] = mapped_column(String(40), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime]


class UploadedFile(Base):
    """A scan whose bytes the county holds whole (its metadata goes up through the outbox like any record)."""

    __tablename__ = "uploaded_files"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    uploaded_at: Mapped[datetime]


class Meta(Base):
    """Small facts about this database: device id, the service point's village, the audit chain head."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
