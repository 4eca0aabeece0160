"""Cases (an enrolment, a 代缴 application, a pension claim ...) and the scans attached to them."""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.references import case_reference
from desktop.store.models.base import Base, Synced

if TYPE_CHECKING:
    from desktop.store.models.people import Resident


def _reference_from_uuid(context: DefaultExecutionContext) -> str:
    """A case inserted without a reference gets the one its UUID gives (the session stamps the UUID)."""
    parameters: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return case_reference(parameters["uuid"])


class Case(Synced, Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_status_type", "status", "case_type"),
        Index("ix_cases_updated_at", "updated_at"),  # case lists are newest first, often by date
    )

    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    case_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(30))
    # "CB" + 8 Crockford base32 characters (core.references): printed, and the QR payload
    reference: Mapped[str] = mapped_column(
        String(12), unique=True, index=True, default=_reference_from_uuid
    )
    returned_reason: Mapped[str | None] = mapped_column(Text)  # what the county said when it sent it back
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


class CountyDecision(Base):
    """What the county decided on a case, as it came down with a sync: kept as it arrived (the case's status
    and returned reason follow the newest one), so the desk can show who decided what and when."""

    __tablename__ = "county_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = mapped_column(unique=True)  # the county's record of the decision
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision: Mapped[str] = mapped_column(String(20))  # accepted | returned | approved | rejected
    reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[str] = mapped_column(String(40))  # the county's clock, ISO 8601, shown as it came
    decided_by: Mapped[str] = mapped_column(String(80))
    received_at: Mapped[datetime]
