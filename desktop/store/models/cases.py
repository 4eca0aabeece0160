"""Cases (an enrolment, a 代缴 application, a pension claim ...) and the scans attached to them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, Synced

if TYPE_CHECKING:
    from desktop.store.models.people import Resident


class Case(Synced, Base):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status_type", "status", "case_type"),)

    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    case_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(30))
    data: Mapped[dict[str, Any]] = mapped_column(MutableDict.as_mutable(JSON), default=dict)
    # the policy pack every decision in this case was made with
    policy_pack_id: Mapped[str | None] = mapped_column(String(80))
    policy_pack_version: Mapped[str | None] = mapped_column(String(40))
    policy_pack_hash: Mapped[str | None] = mapped_column(String(64))

    resident: Mapped[Resident] = relationship(back_populates="cases")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="case", cascade="all, delete-orphan")


class Attachment(Synced, Base):
    """A scan or photo of a case; the encrypted bytes live in the attachment store under ``content_hash``."""

    __tablename__ = "attachments"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    mime: Mapped[str] = mapped_column(String(80))
    size: Mapped[int]
    name: Mapped[str] = mapped_column(String(255))

    case: Mapped[Case] = relationship(back_populates="attachments")
