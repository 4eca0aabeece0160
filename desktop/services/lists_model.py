"""What importing an agency list gives the desk: plain data for the screens and the CLI, and the codes
of what the desk itself finds wrong with a row (beyond what core.lists finds in the file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from uuid import UUID

from core.ids import mask_id
from core.lists import ListImport, ListRecord, ListSource, RowReport, SnapshotDiff
from core.problems import Problem, problem_codes
from desktop.services.residents import ResidentSummary


@problem_codes
class ListsImportProblem(StrEnum):
    # a row, against the register
    NAME_MISMATCH = "lists.name_mismatch"  # the ID number is a resident's, the name is someone else's
    NOT_IN_REGISTER = "lists.not_in_register"  # nobody in this desk's register has the ID number
    OTHER_VILLAGE = "lists.other_village"  # in the register, but their hukou is in another village
    # the file as a whole
    NOTHING_ACCEPTED = "lists.nothing_accepted"
    OLDER_SNAPSHOT = "lists.older_snapshot"
    AS_OF_FUTURE = "lists.as_of_future"
    # looking back at an import
    SNAPSHOT_NOT_FOUND = "lists.snapshot_not_found"
    ROW_NOT_FOUND = "lists.row_not_found"
    ROW_STILL_REJECTED = "lists.row_still_rejected"
    ALREADY_ON_LIST = "lists.already_on_list"
    RESIDENT_NOT_FOUND = "lists.resident_not_found"


class AsOfBasis(StrEnum):
    """Where a snapshot's as-of date came from, so the desk can say so."""

    GIVEN = "given"  # typed by the assistant (--as-of)
    TITLE = "title"  # a full date in the lines above the header (填报日期：2026年10月8日)
    QUARTER = "quarter"  # the last day of the quarter the title names (2026年第三季度), or today if sooner
    TODAY = "today"  # nothing said: the day of the import


# The agencies each source stands for: the demo desk and older records name them in pinyin.
SOURCE_AGENCIES: dict[ListSource, tuple[str, ...]] = {
    ListSource.CIVIL_AFFAIRS: ("civil-affairs", "minzheng"),
    ListSource.DISABILITY: ("disability", "canlian"),
    ListSource.RURAL_REVITALIZATION: ("rural-revitalization", "xiangcun"),
    ListSource.VETERANS: ("veterans", "tuiyi"),
    ListSource.GENERIC: ("generic",),
}
STALE_AFTER_DAYS = 100  # the quarterly push is late


def source_of_agency(agency: str) -> ListSource | None:
    return next((s for s, names in SOURCE_AGENCIES.items() if agency in names), None)


_CHINESE_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TITLE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_TITLE_QUARTER = re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度")


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def _quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return date(year, quarter * 3 + 1, 1) - timedelta(days=1)


def as_of_for(title: str, given: date | None, today: date) -> tuple[date, AsOfBasis, str]:
    """The snapshot's as-of date, where it came from, and its quarter ("2026Q3")."""
    quarter_match = _TITLE_QUARTER.search(title)
    title_quarter = f"{quarter_match.group(1)}Q{_CHINESE_QUARTERS[quarter_match.group(2)]}" if quarter_match else None
    if given is not None:
        return given, AsOfBasis.GIVEN, quarter_of(given)
    for match in _TITLE_DATE.finditer(title):
        try:
            found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        if found <= today:
            return found, AsOfBasis.TITLE, title_quarter or quarter_of(found)
    if quarter_match and title_quarter:
        end = _quarter_end(int(quarter_match.group(1)), _CHINESE_QUARTERS[quarter_match.group(2)])
        return min(end, today), AsOfBasis.QUARTER, title_quarter
    return today, AsOfBasis.TODAY, quarter_of(today)


@dataclass(frozen=True)
class SnapshotInfo:
    uuid: UUID
    source: str  # the agency as stored: a ListSource value, or the demo's pinyin name
    as_of: date
    as_of_basis: str | None  # None for a snapshot made without an import (the demo desk's)
    quarter: str | None
    file_name: str
    content_hash: str
    snapshot_hash: str | None
    imported_by: str
    imported_at: datetime
    rows_read: int | None
    accepted: int | None
    rejected: int | None
    warnings: int | None
    matched: int | None  # accepted records about residents in the register
    age_days: int

    @property
    def stale(self) -> bool:
        return self.age_days > STALE_AFTER_DAYS

    def to_json(self) -> dict[str, object]:
        return {
            "uuid": str(self.uuid), "source": self.source, "as_of": self.as_of.isoformat(),
            "as_of_basis": self.as_of_basis, "quarter": self.quarter, "file": self.file_name,
            "content_hash": self.content_hash, "snapshot_hash": self.snapshot_hash, "imported_by": self.imported_by,
            "imported_at": self.imported_at.isoformat(), "rows_read": self.rows_read, "accepted": self.accepted,
            "rejected": self.rejected, "warnings": self.warnings, "matched": self.matched,
            "age_days": self.age_days, "stale": self.stale,
        }  # fmt: skip


@dataclass(frozen=True)
class MatchedRecord:
    record: ListRecord
    resident_uuid: UUID | None  # None: on the list but not in this desk's register


@dataclass(frozen=True)
class ListPreview:
    """A file read and checked against the register, nothing saved."""

    read: ListImport  # core's reading of the file (detection, rows, file problems)
    source: ListSource
    as_of: date
    as_of_basis: AsOfBasis
    quarter: str
    records: tuple[MatchedRecord, ...]  # what would be imported
    rejected: tuple[RowReport, ...]  # core's and the register's, by row
    warnings: tuple[RowReport, ...]
    problems: tuple[Problem, ...]  # about the whole file; an error means nothing can be imported
    snapshot_hash: str  # of ``records``, whatever their order in the file
    repeat_of: SnapshotInfo | None  # this content is already imported
    mapping_used: dict[str, str]  # field -> header label the rows were read with
    diff: SnapshotDiff  # against the previous imported snapshot of the source (all added if none)
    previous: SnapshotInfo | None

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    @property
    def needs_mapping(self) -> bool:
        return self.read.detection is not None and self.read.detection.needs_mapping

    @property
    def matched(self) -> int:
        return sum(1 for r in self.records if r.resident_uuid is not None)


def _record_json(record: ListRecord) -> dict[str, object]:
    return {"row": record.row, "id": mask_id(record.id_number), "name": record.name, "group": record.group,
            "subtype": record.subtype, "disability_grade": record.disability_grade}  # fmt: skip


def diff_json(diff: SnapshotDiff | None) -> dict[str, list[dict[str, object]]]:
    """The difference for the CLI and logs: ID numbers masked, changed fields as [before, after]."""
    if diff is None:
        return {"added": [], "removed": [], "changed": []}
    changed = [
        {**_record_json(c.after), "fields": {f: [_plain(getattr(c.before, f)), _plain(getattr(c.after, f))]
                                             for f in c.fields}}
        for c in diff.changed
    ]  # fmt: skip
    return {"added": [_record_json(r) for r in diff.added], "removed": [_record_json(r) for r in diff.removed],
            "changed": changed}  # fmt: skip


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


@dataclass(frozen=True)
class ImportResult:
    """What applying a file did. ``snapshot`` is None when the file was refused (see ``problems``)."""

    snapshot: SnapshotInfo | None
    repeat: bool  # the same content was imported before: nothing changed
    rows_read: int
    accepted: int
    matched: int
    rejected: tuple[RowReport, ...]
    warnings: tuple[RowReport, ...]
    problems: tuple[Problem, ...]
    diff: SnapshotDiff | None  # against the previous snapshot of the same source
    previous: SnapshotInfo | None
    headers: tuple[str, ...] = ()  # the file's column labels, for exporting the rejected rows
    memberships_opened: int = 0
    memberships_closed: int = 0

    @property
    def ok(self) -> bool:
        return self.snapshot is not None

    def to_json(self) -> dict[str, object]:
        diff = diff_json(self.diff)
        return {
            "ok": self.ok, "rows_read": self.rows_read, "accepted": self.accepted, "matched": self.matched,
            "rejected": [r.to_json() for r in self.rejected], "warnings": [w.to_json() for w in self.warnings],
            "added": diff["added"], "removed": diff["removed"], "changed": diff["changed"],
            "snapshot": self.snapshot.to_json() if self.snapshot else None, "repeat": self.repeat,
            "previous": self.previous.to_json() if self.previous else None,
            "problems": [p.to_json() for p in self.problems],
            "memberships_opened": self.memberships_opened, "memberships_closed": self.memberships_closed,
        }  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    """A resident a row with a missing or damaged ID number may be about, and why."""

    resident: ResidentSummary
    same_name: bool
    same_birth_date: bool
    same_village: bool

    @property
    def score(self) -> int:
        return 4 * self.same_name + 2 * self.same_birth_date + self.same_village
