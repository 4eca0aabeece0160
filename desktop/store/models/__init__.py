"""The typed models of the village desk's database."""

from __future__ import annotations

from desktop.store.models.base import Audited, Base, Money, Synced, UtcDateTime, utc_now
from desktop.store.models.cases import Attachment, Case
from desktop.store.models.desk import WALK_IN_PRIORITIES, WALK_IN_REASONS, WALK_IN_STATUSES, Draft, WalkIn
from desktop.store.models.people import (
    Contribution,
    DisabilityCertificate,
    GroupMembership,
    Household,
    ListSnapshot,
    Resident,
)
from desktop.store.models.system import Assistant, AuditEvent, Meta, OutboxEntry, SyncCursor

__all__ = [
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
    "DisabilityCertificate",
    "Draft",
    "GroupMembership",
    "Household",
    "ListSnapshot",
    "Meta",
    "Money",
    "OutboxEntry",
    "Resident",
    "SyncCursor",
    "Synced",
    "UtcDateTime",
    "WalkIn",
    "utc_now",
]
