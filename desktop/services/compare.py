"""The comparison (数据比对) at the desk: the register against the current agency lists, as worklists,
the management ledger (管理台账) and the dashboard's figures.

    service = CompareService(store, actor, village_code, today)
    result = service.compare(progress)              # worklists with the residents behind each item
    service.export_ledger(path, text, describe, result=result)
    figures = service.dashboard(result)

Reading 100,000 residents is the long step (about a second): ``compare`` reports progress and honours
Cancel; ``ledger`` and ``dashboard`` reuse a result when given one. Nothing here changes the register:
the list person the assistant recognises is linked with :meth:`ListsService.confirm_match`, cases are
opened by their wizards. Only the ledger export writes, an audit event (PIPL: exports are logged).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

from core.compare import (
    ActionKind,
    CompareInput,
    CompareOptions,
    Comparison,
    Dashboard,
    Ledger,
    ListEntry,
    Subject,
    WorkItem,
    agency_name,
    build_ledger,
    compare,
    dashboard,
)
from core.policy.model import Policy
from core.problems import Problem
from core.progress import NO_PROGRESS, Progress
from desktop.services.compare_inputs import (
    CurrentSnapshot,
    collector_paused,
    current_snapshots,
    load_entries,
    load_persons,
    snapshot_days,
)
from desktop.services.compare_model import CompareResult, ItemView, LedgerExport, ListRow, WorklistView
from desktop.services.compare_pending import load_pending
from desktop.services.compare_places import VillageFinder, service_point
from desktop.services.ledger_export import LedgerText, write_ledger
from desktop.services.policy import PolicyService
from desktop.store.audit import record_event
from desktop.store.database import Store

__all__ = ["CompareResult", "CompareService", "ItemView", "LedgerExport", "ListRow", "Loaded", "WorklistView"]

# progress notes (the UI words them): reading the register, reading the lists, comparing
STEPS = ("compare.reading_register", "compare.reading_lists", "compare.comparing")


class CompareService:
    def __init__(
        self,
        store: Store,
        actor: str,
        village_code: str | None = None,
        today: date | None = None,
        *,
        policy: Policy | None = None,
        options: CompareOptions | None = None,
    ) -> None:
        self._store = store
        self._actor = actor
        self._village = village_code if village_code is not None else store.village_code
        self._today = today
        self._policy = policy
        self._options = options or CompareOptions()

    def _day(self) -> date:
        return self._today or date.today()

    def _policy_of(self, county: str) -> Policy:
        if self._policy is None:
            self._policy = PolicyService(self._store.data_dir.root, county=county or None).policy()
        return self._policy

    def inputs(self, progress: Progress = NO_PROGRESS) -> Loaded:
        """What core.compare is handed, read from the store in one session, with every snapshot's date and
        the current snapshot of each source."""
        progress.report(0, len(STEPS), STEPS[0])
        with self._store.session(self._actor) as session:
            persons, keys = load_persons(session, progress)
            point = service_point(self._village, persons)
            progress.report(1, len(STEPS), STEPS[1])
            progress.check()
            snapshots = current_snapshots(session)
            finder = VillageFinder.for_county(point.county)
            entries = load_entries(session, snapshots, keys, finder.village_in)
            entries += load_pending(session, snapshots, point.county, self._day(), finder.village_in)
            days = tuple(snapshot_days(session))
        data = CompareInput(
            persons=persons, entries=tuple(entries), snapshots={s: c.as_of for s, c in snapshots.items()},
            policy=self._policy_of(point.county), point=point, today=self._day(), options=self._options,
        )  # fmt: skip
        return Loaded(data, days, snapshots)

    def compare(self, progress: Progress = NO_PROGRESS) -> CompareResult:
        """Every worklist for today. Raises core's PolicyError when the pack lacks a figure they need."""
        with collector_paused(keep_results=True):
            data, days, snapshots = self.inputs(progress)
            progress.check()
            progress.report(2, len(STEPS), STEPS[2])
            comparison = compare(data)
            progress.report(len(STEPS), len(STEPS), STEPS[2])
            return CompareResult(comparison, data, _views(comparison, data.entries, snapshots), days)

    def ledger(self, mask_ids: bool = False, result: CompareResult | None = None,
               progress: Progress = NO_PROGRESS) -> Ledger:  # fmt: skip
        """The management ledger's rows (for a screen); ``export_ledger`` writes it to a file."""
        return build_ledger((result or self.compare(progress)).comparison, mask_ids=mask_ids)

    def export_ledger(
        self,
        out_path: Path,
        text: LedgerText,
        describe: Callable[[Problem], str],
        *,
        mask_ids: bool = False,
        result: CompareResult | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> LedgerExport:
        """Write the ledger as .xlsx (see desktop.services.ledger_export for ``text``). Audited: who, when,
        the file's name, how many rows and whether ID numbers were masked."""
        ledger = self.ledger(mask_ids, result, progress)
        progress.check()
        rows = write_ledger(out_path, ledger, text, describe)
        with self._store.session(self._actor) as session:
            record_event(session, "compare.ledger_export",
                         detail={"file": out_path.name, "rows": rows, "masked": mask_ids,
                                 "as_of": ledger.as_of.isoformat(), "place": ledger.place})  # fmt: skip
        return LedgerExport(out_path, rows, mask_ids, ledger.as_of)

    def dashboard(self, result: CompareResult | None = None, progress: Progress = NO_PROGRESS) -> Dashboard:
        """Coverage and 代缴 completeness today, and a trend point for each quarter a list was received in."""
        result = result or self.compare(progress)
        return dashboard(result.comparison, result.inputs.persons, result.snapshot_days)


class Loaded(NamedTuple):
    data: CompareInput
    snapshot_days: tuple[date, ...]  # every snapshot's as-of date
    snapshots: dict[str, CurrentSnapshot]  # source -> the snapshot compared


def _views(
    comparison: Comparison, entries: Iterable[ListEntry], snapshots: Mapping[str, CurrentSnapshot]
) -> tuple[WorklistView, ...]:
    point = comparison.point
    # the rows of the current lists naming each item's person: only those people's rows are gathered,
    # as plain tuples (ListRow's fields, in its order), and each person's made into ListRows once
    found: dict[str, list[tuple[str, UUID, date, int]]] = {
        _ref(item.subject): [] for w in comparison.worklists for item in w.items if item.subject is not None
    }
    for entry in entries:
        current = snapshots.get(entry.source)
        if current is None or entry.row is None:
            continue
        row = (entry.source, current.uuid, entry.as_of, entry.row)
        key, number = entry.register_key, entry.id_number
        if key is None:
            refs: tuple[str, ...] = (number,) if number is not None else (_unnumbered(entry.name, entry.birth_date),)
        elif number is None or number == key:
            refs = (key,)
        else:
            refs = (key, number)
        for ref in refs:
            rows = found.get(ref)
            if rows is not None:
                rows.append(row)
    made: dict[str, tuple[ListRow, ...]] = {}
    residents: dict[str, UUID] = {}

    def list_rows(ref: str) -> tuple[ListRow, ...]:
        rows = made.get(ref)
        if rows is None:
            rows = made[ref] = tuple(ListRow(*row) for row in _distinct_sorted(found[ref]))
        return rows

    def resident(key: str) -> UUID:
        uuid = residents.get(key)
        if uuid is None:
            uuid = residents[key] = UUID(key)
        return uuid

    return tuple(
        WorklistView(w.code, tuple(_item_view(item, point.name_of, list_rows, resident) for item in w.items))
        for w in comparison.worklists
    )


def _distinct_sorted(rows: list[tuple[str, UUID, date, int]]) -> list[tuple[str, UUID, date, int]]:
    """``sorted(set(rows))``; a person is on one list or two, and those need no set."""
    if len(rows) < 2:
        return rows
    if len(rows) == 2 and rows[0][0] != rows[1][0]:  # two sources: two rows, in source order
        return rows if rows[0][0] < rows[1][0] else [rows[1], rows[0]]
    return sorted(set(rows))


def _ref(subject: Subject) -> str:
    """How the list rows naming a subject are found: its register key, else its ID number, else as core
    tells apart a list person without a usable ID number, by name and birth date."""
    return subject.key or subject.id_number or _unnumbered(subject.name, subject.birth_date)


def _unnumbered(name: str, birth: date | None) -> str:
    return f"{name}|{birth.isoformat() if birth else ''}"


def _item_view(
    item: WorkItem,
    name_of: Callable[[str], str],
    list_rows: Callable[[str], tuple[ListRow, ...]],
    resident: Callable[[str], UUID],
) -> ItemView:
    subject = item.subject
    key = subject.key if subject is not None else None
    target = item.action.target
    target_name = None
    if target is not None:
        target_name = agency_name(target) if item.action.kind is ActionKind.ASK_AGENCY else name_of(target)
    return ItemView(
        item=item,
        resident=resident(key) if key else None,
        candidates=tuple(resident(k) for k in item.candidates),
        target_name=target_name,
        list_rows=list_rows(_ref(subject)) if subject is not None else (),
    )
