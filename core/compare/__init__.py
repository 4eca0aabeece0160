"""The comparison (数据比对): the register against the agencies' lists, as worklists, a ledger and figures.

Pure: frozen dataclasses in (core.compare.inputs), worklists, ledger rows and dashboard figures out.
The desk builds the inputs from its store; the county server can build them from its own.
"""

from __future__ import annotations

from core.compare.codes import CompareReason, agency_name
from core.compare.dashboard import ALL_GROUPS, Dashboard, Figures, Ratio, TrendPoint, dashboard, quarter_of
from core.compare.inputs import (
    CompareInput,
    CompareOptions,
    ListEntry,
    Membership,
    RegisterPerson,
    ServicePoint,
    YearContribution,
)
from core.compare.ledger import (
    COLUMN_KINDS,
    COLUMNS,
    CellKind,
    Enrolment,
    Ledger,
    LedgerColumn,
    LedgerRow,
    PensionState,
    build_ledger,
    ledger_cells,
)
from core.compare.members import Member, MemberStatus
from core.compare.model import ActionKind, NextAction, Subject, WorkItem, Worklist, WorklistCode
from core.compare.worklists import Comparison, compare

__all__ = [
    "ALL_GROUPS",
    "COLUMNS",
    "COLUMN_KINDS",
    "ActionKind",
    "CellKind",
    "CompareInput",
    "CompareOptions",
    "CompareReason",
    "Comparison",
    "Dashboard",
    "Enrolment",
    "Figures",
    "Ledger",
    "LedgerColumn",
    "LedgerRow",
    "ListEntry",
    "Member",
    "MemberStatus",
    "Membership",
    "NextAction",
    "PensionState",
    "Ratio",
    "RegisterPerson",
    "ServicePoint",
    "Subject",
    "TrendPoint",
    "WorkItem",
    "Worklist",
    "WorklistCode",
    "YearContribution",
    "agency_name",
    "build_ledger",
    "compare",
    "dashboard",
    "ledger_cells",
    "quarter_of",
]
