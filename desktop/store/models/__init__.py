"""The typed models of the village desk's database."""

from __future__ import annotations

from desktop.store.models.base import Audited, Base, Money, Synced, UtcDateTime, utc_now
from desktop.store.models.cases import Attachment, Case, CountyDecision
from desktop.store.models.desk import (
    HOME_VISIT_KINDS,
    HOME_VISIT_PARTS_OF_DAY,
    HOME_VISIT_STATUSES,
    WALK_IN_PRIORITIES,
    WALK_IN_REASONS,
    WALK_IN_STATUSES,
    Draft,
    HomeVisit,
    WalkIn,
)
from desktop.store.models.lists import (
    AS_OF_BASES,
    MATCH_KINDS,
    ROW_REPORT_KINDS,
    ListRecordRow,
    ListRowReport,
    ListSnapshotDetail,
)
from desktop.store.models.people import (
    Contribution,
    DisabilityCertificate,
    GroupMembership,
    Household,
    ListSnapshot,
    Resident,
)
from desktop.store.models.system import Assistant, AuditEvent, Meta, OutboxEntry, SyncCursor, UploadedFile

__all__ = [
    "AS_OF_BASES",
    "HOME_VISIT_KINDS",
    "HOME_VISIT_PARTS_OF_DAY",
    "HOME_VISIT_STATUSES",
    "MATCH_KINDS",
    "ROW_REPORT_KINDS",
    "WALK_IN_PRIORITIES",
    "WALK_IN_REASONS",
    "WALK_IN_STATUSES",
    "Assistant",
    "Attachment",
    "AuditEvent",
    "Audited",
    "Base",
    "Case",
    "Contribution",
    "CountyDecision",
    "DisabilityCertificate",
    "Draft",
    "GroupMembership",
    "HomeVisit",
    "Household",
    "ListRecordRow",
    "ListRowReport",
    "ListSnapshot",
    "ListSnapshotDetail",
    "Meta",
    "Money",
    "OutboxEntry",
    "Resident",
    "SyncCursor",
    "Synced",
    "UploadedFile",
    "UtcDateTime",
    "WalkIn",
    "utc_now",
]
