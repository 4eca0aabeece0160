"""Tables of the county database (SQLAlchemy 2, typed).

Every table a village owns carries ``county_code`` (6 digits) and ``village_code`` (12 digits) and
its primary key starts with them, so a region-wide PostgreSQL can distribute it (docs/county-sharding.md).
Times are the server's clock, stored as UTC; no column ever holds a device's clock.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

COUNTY_CODE_LENGTH = 6
VILLAGE_CODE_LENGTH = 12
HASH_LENGTH = 64  # SHA-256, hex
DEVICE_NAME_LENGTH = 100
REMOTE_LENGTH = 100  # an IPv6 address with a zone fits

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime in and out; SQLite keeps it as naive UTC text, which sorts and compares."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the county stores aware datetimes only (the server's clock, in UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _place_checks() -> tuple[CheckConstraint, ...]:
    """The village lies in the county, and both codes have their length (any backend: substr and length)."""
    return (
        CheckConstraint(f"length(county_code) = {COUNTY_CODE_LENGTH}", name="county_code_length"),
        CheckConstraint(f"length(village_code) = {VILLAGE_CODE_LENGTH}", name="village_code_length"),
        CheckConstraint(f"substr(village_code, 1, {COUNTY_CODE_LENGTH}) = county_code", name="village_in_county"),
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime}


class DeviceRow(Base):
    """A registered service-point PC; its token is known only by its SHA-256."""

    __tablename__ = "devices"
    __table_args__ = (
        *_place_checks(),
        Index("ix_devices_device_id", "device_id", unique=True),
        Index("ix_devices_token_hash", "token_hash", unique=True),
    )

    county_code: Mapped[str] = mapped_column(String(COUNTY_CODE_LENGTH), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(VILLAGE_CODE_LENGTH), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(DEVICE_NAME_LENGTH))
    token_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    registered_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]


class RegistrationCodeRow(Base):
    """A one-time registration code for one village; only its SHA-256 is kept."""

    __tablename__ = "registration_codes"
    __table_args__ = (
        *_place_checks(),
        Index("ix_registration_codes_code_hash", "code_hash", unique=True),
        ForeignKeyConstraint(
            ["county_code", "village_code", "device_id"],
            ["devices.county_code", "devices.village_code", "devices.device_id"],
            name="fk_registration_codes_device_devices",
        ),
    )

    county_code: Mapped[str] = mapped_column(String(COUNTY_CODE_LENGTH), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(VILLAGE_CODE_LENGTH), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), primary_key=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class RegistrationFailureRow(Base):
    """A refused registration attempt, by remote address: the rate limit counts these.

    Kept in the database (not in a process's memory) so that several server processes agree. No village:
    a refused code names none that can be trusted.
    """

    __tablename__ = "registration_failures"
    __table_args__ = (Index("ix_registration_failures_remote_attempted_at", "remote", "attempted_at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    remote: Mapped[str] = mapped_column(String(REMOTE_LENGTH))
    attempted_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(40))


# The sync tables (records, mutations, conflicts, feeds) live in their own module; importing it here puts
# them in Base.metadata wherever the models are used: migrations, the schema checks, the server.
from sync.county import records as _records  # noqa: E402, F401
