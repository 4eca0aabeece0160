"""Tables of what the desks sync: the county's copy of each record, every mutation received (idempotency and
order), the conflicts kept for review, and each village's change counter (the pull cursor).

Like the device tables, every key starts with ``county_code`` and ``village_code``, so a region-wide
PostgreSQL can distribute them by village (docs/county-sharding.md): a device reads and writes only rows of
its own village, so a guessed identifier of another village finds nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from sync.county.models import COUNTY_CODE_LENGTH, HASH_LENGTH, VILLAGE_CODE_LENGTH, Base

ENTITY_TYPE_LENGTH = 40
STATUS_LENGTH = 12


class RecordRow(Base):
    """The county's copy of one synced record: its fields, who last changed each, and each desk's chain."""

    __tablename__ = "sync_records"
    __table_args__ = (Index("ix_sync_records_feed", "county_code", "village_code", "feed_seq", unique=True),)

    county_code: Mapped[str] = mapped_column(String(COUNTY_CODE_LENGTH), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(VILLAGE_CODE_LENGTH), primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(ENTITY_TYPE_LENGTH), primary_key=True)
    entity_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    stamps: Mapped[dict[str, Any]] = mapped_column(JSON)  # field -> [version, device id or null for the county]
    chains: Mapped[dict[str, Any]] = mapped_column(JSON)  # device id -> [last seq, version seen]
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    feed_seq: Mapped[int] = mapped_column(BigInteger)  # the village's change counter when it last changed
    updated_at: Mapped[datetime]  # the server's clock


class MutationRow(Base):
    """Every mutation a desk sent, with the answer it got: a replay gets the same answer; a held one keeps its
    body until its predecessor settles."""

    __tablename__ = "sync_mutations"
    __table_args__ = (
        Index("ix_sync_mutations_device_seq", "county_code", "village_code", "device_id", "seq"),
        Index("ix_sync_mutations_held", "county_code", "village_code", "status"),
    )

    county_code: Mapped[str] = mapped_column(String(COUNTY_CODE_LENGTH), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(VILLAGE_CODE_LENGTH), primary_key=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(BigInteger)
    entity_type: Mapped[str] = mapped_column(String(ENTITY_TYPE_LENGTH))
    entity_uuid: Mapped[uuid.UUID] = mapped_column(Uuid)
    payload_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)  # the mutation as received
    status: Mapped[str] = mapped_column(String(STATUS_LENGTH))
    version: Mapped[int | None] = mapped_column(Integer)
    problem: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    received_at: Mapped[datetime]
    settled_at: Mapped[datetime | None]


class ConflictRow(Base):
    """A field two parties changed to different values, for a county clerk to decide; both values kept."""

    __tablename__ = "sync_conflicts"

    county_code: Mapped[str] = mapped_column(String(COUNTY_CODE_LENGTH), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(VILLAGE_CODE_LENGTH), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(ENTITY_TYPE_LENGTH))
    entity_uuid: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(80))
    kept: Mapped[Any] = mapped_column(JSON)
    kept_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    offered: Mapped[Any] = mapped_column(JSON)
    offered_by: Mapped[uuid.UUID] = mapped_column(Uuid)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(Text)


class VillageFeedRow(Base):
    """Each village's change counter: a record's ``feed_seq`` takes the next number when it changes, and a
    pull cursor is a number of this counter. Updating this row also queues one village's writers."""

    __tablename__ = "sync_village_feeds"

    county_code: Mapped[str] = mapped_column(String(COUNTY_CODE_LENGTH), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(VILLAGE_CODE_LENGTH), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # entity type -> [count, XOR digest of (uuid, version)]: the pull's dataset checks, kept up to date
    checks: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncSessionRow(Base):
    """The newest sync of each device: a request of an older one is refused, so a sync the desk gave up on
    (and restarted) cannot interleave with the new one (SYNC.md 19)."""

    __tablename__ = "sync_sessions"

    county_code: Mapped[str] = mapped_column(String(COUNTY_CODE_LENGTH), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(VILLAGE_CODE_LENGTH), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    session: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]
