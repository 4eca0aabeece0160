"""Residents and what the desk knows about them: households, contributions, groups, certificates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, synonym, validates

from desktop.store.models.base import Base, Money, Synced
from desktop.store.pinyin import name_keys

if TYPE_CHECKING:
    from desktop.store.models.cases import Case

GROUP_SOURCES = ("list", "manual")


class Household(Synced, Base):
    __tablename__ = "households"

    village_code: Mapped[str] = mapped_column(String(12))
    household_number: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(200))

    residents: Mapped[list[Resident]] = relationship(back_populates="household")


ID_SUFFIX_LENGTH = 4


class Resident(Synced, Base):
    __tablename__ = "residents"
    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F')", name="sex"),
        # people quote the last digits of an ID number: this index finds them (see desktop.store.search)
        Index("ix_residents_id_suffix", text(f"substr(id_number, -{ID_SUFFIX_LENGTH})")),
    )

    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    # set from the name (see ``_keep_search_keys``); space-separated readings for search
    name_pinyin: Mapped[str] = mapped_column(String(240), default="")
    name_initials: Mapped[str] = mapped_column(String(80), default="")
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date]
    phone: Mapped[str | None] = mapped_column(String(20))

    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), index=True)
    relation_to_head: Mapped[str | None] = mapped_column(String(20))
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    hukou_division: Mapped[str] = mapped_column(String(6))
    address: Mapped[str | None] = mapped_column(String(200))

    student: Mapped[bool] = mapped_column(default=False)
    employee_pension: Mapped[bool] = mapped_column(default=False)
    public_institution: Mapped[bool] = mapped_column(default=False)
    veteran: Mapped[bool] = mapped_column(default=False)
    veteran_certificate_no: Mapped[str | None] = mapped_column(String(40))
    flexible_worker: Mapped[bool] = mapped_column(default=False)
    employment_difficulty: Mapped[bool] = mapped_column(default=False)

    enrolled: Mapped[bool] = mapped_column(default=False)
    enrolled_since: Mapped[date | None]
    tier: Mapped[Decimal | None] = mapped_column(Money)
    receiving_pension: Mapped[bool] = mapped_column(default=False)
    pension_start: Mapped[date | None]
    other_basic_pension: Mapped[bool] = mapped_column(default=False)

    household: Mapped[Household | None] = relationship(back_populates="residents")
    contributions: Mapped[list[Contribution]] = relationship(
        back_populates="resident", cascade="all, delete-orphan", order_by="Contribution.year"
    )
    memberships: Mapped[list[GroupMembership]] = relationship(
        back_populates="resident", cascade="all, delete-orphan"
    )
    certificates: Mapped[list[DisabilityCertificate]] = relationship(
        back_populates="resident", cascade="all, delete-orphan"
    )
    cases: Mapped[list[Case]] = relationship(back_populates="resident", cascade="all, delete-orphan")

    @validates("name")
    def _keep_search_keys(self, key: str, value: str) -> str:
        keys = name_keys(value)
        self.name_pinyin = keys.pinyin
        self.name_initials = keys.initials
        return value


class Contribution(Synced, Base):
    """One year's contribution to the resident pension: who paid what (yuan)."""

    __tablename__ = "contributions"
    __table_args__ = (UniqueConstraint("resident_id", "year"),)

    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    year: Mapped[int]
    tier: Mapped[Decimal] = mapped_column(Money)
    self_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    government_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    subsidy: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    other_funding: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    arrears: Mapped[bool] = mapped_column(default=False)

    resident: Mapped[Resident] = relationship(back_populates="contributions")


class ListSnapshot(Synced, Base):
    """One agency list as imported: which file, as of when, with what content hash."""

    __tablename__ = "list_snapshots"
    __table_args__ = (UniqueConstraint("source_agency", "content_hash"),)

    source_agency: Mapped[str] = mapped_column(String(40))
    as_of: Mapped[date]
    quarter: Mapped[str | None] = mapped_column(String(7))  # "2025Q1"
    file_name: Mapped[str] = mapped_column(String(255))
    content_hash: Mapped[str] = mapped_column(String(64))

    # who imported it and when are the record's creation stamps
    imported_by: Mapped[str] = synonym("created_by")
    imported_at: Mapped[datetime] = synonym("created_at")

    memberships: Mapped[list[GroupMembership]] = relationship(back_populates="list_snapshot")


class GroupMembership(Synced, Base):
    """A span during which a resident belongs to a group (低保, 特困 ...): from a list or entered by hand."""

    __tablename__ = "group_memberships"
    __table_args__ = (
        CheckConstraint("source IN ('list', 'manual')", name="source"),
        CheckConstraint("source = 'manual' OR list_snapshot_id IS NOT NULL", name="list_has_snapshot"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="span"),
        Index("ix_group_memberships_resident_group", "resident_id", "group_key"),
    )

    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    group_key: Mapped[str] = mapped_column(String(40))
    subtype: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(10))
    list_snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("list_snapshots.id"), index=True)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]

    resident: Mapped[Resident] = relationship(back_populates="memberships")
    list_snapshot: Mapped[ListSnapshot | None] = relationship(back_populates="memberships")


class DisabilityCertificate(Synced, Base):
    __tablename__ = "disability_certificates"
    __table_args__ = (
        CheckConstraint("category BETWEEN 1 AND 7", name="category"),
        CheckConstraint("grade BETWEEN 1 AND 4", name="grade"),
    )

    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    category: Mapped[int]
    grade: Mapped[int]
    issued_on: Mapped[date | None]
    valid_until: Mapped[date | None]

    resident: Mapped[Resident] = relationship(back_populates="certificates")
