"""What happens at this desk only and is never sent to the county: wizard drafts, the walk-in queue and
the home visits (上门服务) the desk plans."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Audited, Base

if TYPE_CHECKING:
    from desktop.store.models.cases import Case
    from desktop.store.models.people import Resident

WALK_IN_REASONS = (
    "enrollment",
    "daijiao",
    "tier_change",
    "pension_claim",
    "info_change",
    "inquiry",
    "certification",
    "other",
)
WALK_IN_PRIORITIES = ("normal", "elderly", "disabled", "veteran")
WALK_IN_STATUSES = ("waiting", "serving", "done", "left")
HOME_VISIT_KINDS = ("enrollment", "daijiao", "tier_change", "pension_claim", "info_change", "inquiry",
                    "certification")
HOME_VISIT_STATUSES = ("planned", "done", "cancelled")
HOME_VISIT_PARTS_OF_DAY = ("morning", "afternoon")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Draft(Base):
    """An unfinished case wizard, saved every few seconds so that a lock or a power cut loses nothing.

    Deliberately not :class:`Audited`: the audit chain is for meaningful events, and an autosave every
    few seconds would bury them (and grow the chain by thousands of links a day). The session hook only
    audits ``Audited`` records and refuses bulk statements only on those, so writing a draft - one small
    UPDATE - passes without an event; the cases service records one event when a draft is created and
    one when it is discarded or finished. Never synced: a draft is this desk's scratch paper.
    """

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    case_type: Mapped[str] = mapped_column(String(40))
    page: Mapped[int] = mapped_column(default=0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(index=True)
    updated_by: Mapped[str] = mapped_column(String(64))

    resident: Mapped[Resident | None] = relationship()


class WalkIn(Audited, Base):
    """Someone who came to the service point today, in the queue until served or gone.

    Audited: who added whom and who served them belongs in the trail. Local only (not synced).
    """

    __tablename__ = "walk_ins"
    __table_args__ = (
        CheckConstraint(_in("priority", WALK_IN_PRIORITIES), name="priority"),
        CheckConstraint(_in("status", WALK_IN_STATUSES), name="status"),
        Index("ix_walk_ins_status_arrived_at", "status", "arrived_at"),
    )

    arrived_at: Mapped[datetime]
    name: Mapped[str] = mapped_column(String(60))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18))
    reason: Mapped[str] = mapped_column(String(40))  # one of WALK_IN_REASONS
    note: Mapped[str | None] = mapped_column(String(200))
    priority: Mapped[str] = mapped_column(String(12), default="normal")
    status: Mapped[str] = mapped_column(String(10), default="waiting")
    served_by: Mapped[str | None] = mapped_column(String(64))
    finished_at: Mapped[datetime | None]

    resident: Mapped[Resident | None] = relationship()


class HomeVisit(Audited, Base):
    """A visit to a resident who cannot come to the service point (上门服务): planned, then done or cancelled.

    Audited: who planned, moved, cancelled or finished a visit belongs in the trail. Local only (not
    synced): the plan is this desk's own scheduling, like the walk-in queue; what the county needs is the
    case the visit produced, which is synced and says itself that it was taken on a home visit.
    """

    __tablename__ = "home_visits"
    __table_args__ = (
        CheckConstraint(_in("kind", HOME_VISIT_KINDS), name="kind"),
        CheckConstraint(_in("status", HOME_VISIT_STATUSES), name="status"),
        CheckConstraint(f"part_of_day IS NULL OR {_in('part_of_day', HOME_VISIT_PARTS_OF_DAY)}", name="part_of_day"),
        Index("ix_home_visits_status_planned_on", "status", "planned_on"),
    )

    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # one of HOME_VISIT_KINDS: a case type, inquiry or certification
    note: Mapped[str | None] = mapped_column(String(200))
    planned_on: Mapped[date]
    part_of_day: Mapped[str | None] = mapped_column(String(10))  # one of HOME_VISIT_PARTS_OF_DAY, or any time
    address: Mapped[str] = mapped_column(String(200))
    staff: Mapped[str] = mapped_column(String(60))  # who will go, as the desk names them
    status: Mapped[str] = mapped_column(String(10), default="planned")
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    done_at: Mapped[datetime | None]

    resident: Mapped[Resident] = relationship()
    case: Mapped[Case | None] = relationship()
