"""Declarative base, column types and the mixins every audited or synced record shares.

Money is stored as an integer number of fen and handed out as :class:`~decimal.Decimal` yuan:
SQLite has no decimal type (its NUMERIC affinity rounds through binary floats), integers are exact,
sum correctly in SQL and sort; a value with fractions of a fen is refused rather than rounded.
Timestamps are UTC and stored as fixed-width ISO text, so they sort and hash the same everywhere.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Dialect, Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

FEN_PER_YUAN = 100
_ONE_FEN = Decimal("0.01")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Money(TypeDecorator[Decimal]):
    """Decimal yuan in Python, integer fen in the database."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        amount = Decimal(value)
        if amount != amount.quantize(_ONE_FEN):
            raise ValueError(f"money has fractions of a fen: {amount}")
        return int(amount * FEN_PER_YUAN)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / FEN_PER_YUAN).quantize(_ONE_FEN)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes, stored as ``YYYY-MM-DDTHH:MM:SS.ffffff+00:00`` text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {uuid.UUID: Uuid(as_uuid=True), datetime: UtcDateTime()}

    def __repr__(self) -> str:
        # never the field values: a stray log line must not carry a name or an ID number
        return f"<{type(self).__name__} id={getattr(self, 'id', None)}>"


class Audited:
    """A record whose every insert, update and delete goes into the audit chain.

    ``uuid``, the ``created_*`` and ``updated_*`` fields are filled by the session hook
    (:mod:`desktop.store.audit`) from ``session.info["actor"]``; callers do not set them.
    """

    __audited__: ClassVar[bool] = True
    __syncable__: ClassVar[bool] = False

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-20)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4, sort_order=-19)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(64))


class Synced(Audited):
    """An audited record the county also keeps: each change also goes to the outbox.

    ``version`` starts at 1 and grows by one on every update; an UPDATE whose row no longer has the
    version this session read fails (optimistic concurrency, ``version_id_col``).
    """

    __syncable__: ClassVar[bool] = True

    version: Mapped[int] = mapped_column(default=1, sort_order=-18)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr receives the class
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}  # type: ignore[attr-defined]
