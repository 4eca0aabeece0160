"""What the compare screens and the CLI get: the worklists with the residents behind each item, ready to
open the resident or the wizard the next action names, and the ledger file written."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

from core.compare import ActionKind, CompareInput, Comparison, WorkItem, WorklistCode
from core.documents import CaseKind


class ListRow(NamedTuple):
    """A row of a current list naming the person: to show it, or to find it in the agency's file.
    Rows and item views are named tuples (ordered and compared field by field): a comparison makes
    100,000s, and a tuple is made several times faster than a frozen dataclass."""

    source: str  # a ListSource value
    snapshot: UUID  # ListsService's snapshot (its rows, its rejected rows, confirm_match)
    as_of: date
    row: int  # as the spreadsheet shows it


class ItemView(NamedTuple):
    """One worklist item: core's item, and what the desk can open for it."""

    item: WorkItem
    resident: UUID | None  # the register resident it is about (None: someone not in the register, or a list)
    candidates: tuple[UUID, ...]  # residents a list person may be (CONFIRM_MATCH)
    target_name: str | None  # the village, county or agency the action names, by name
    list_rows: tuple[ListRow, ...] = ()  # for someone not in the register: where the lists name them

    @property
    def action(self) -> ActionKind:
        return self.item.action.kind

    @property
    def wizard(self) -> CaseKind | None:
        """The case wizard to open for the resident, when the next action is a case."""
        return self.item.action.kind.wizard

    @property
    def name(self) -> str | None:
        return self.item.subject.name if self.item.subject is not None else None


@dataclass(frozen=True)
class WorklistView:
    code: WorklistCode
    items: tuple[ItemView, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    def residents(self) -> frozenset[UUID]:
        return frozenset(i.resident for i in self.items if i.resident is not None)


@dataclass(frozen=True)
class CompareResult:
    """A comparison of the whole register with the current lists, as of ``comparison.today``."""

    comparison: Comparison
    inputs: CompareInput
    worklists: tuple[WorklistView, ...]  # in WorklistCode order
    snapshot_days: tuple[date, ...]  # every snapshot's as-of date, for the dashboard's trend

    @property
    def today(self) -> date:
        return self.comparison.today

    @property
    def snapshots(self) -> Mapping[str, date]:
        """Source -> as-of date of the list the comparison used."""
        return self.inputs.snapshots

    def worklist(self, code: WorklistCode) -> WorklistView:
        return next(w for w in self.worklists if w.code is code)

    def counts(self) -> dict[str, int]:
        return {str(w.code): w.count for w in self.worklists}

    def to_json(self) -> dict[str, object]:
        """Core's JSON (resident references as UUID keys with masked ID numbers) with the lists used."""
        return {
            **self.comparison.to_json(),
            "residents": len(self.inputs.persons),
            "list_entries": len(self.inputs.entries),
            "snapshots": {source: day.isoformat() for source, day in sorted(self.snapshots.items())},
        }


@dataclass(frozen=True)
class LedgerExport:
    path: Path
    rows: int
    masked: bool
    as_of: date
