"""Importing agency lists (民政, 残联, 乡村振兴, 退役军人) into the desk: preview, apply, look back.

A file is read by core.lists, checked against the register, and applied as one snapshot in one
transaction: everything or, on any failure, a kill or Cancel, nothing. The same content again changes
nothing and says so. The register learns from the newest snapshot of each source (see lists_facts);
every accepted record is kept, matched or not, for the worklists. Rows with a damaged ID number wait
for the assistant to confirm who they are (:meth:`ListsService.confirm_match`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from core.lists import (
    Field,
    ListImport,
    ListProblem,
    ListSource,
    SnapshotDiff,
    diff_snapshots,
    read_list,
    snapshot_hash,
)
from core.lists.headers import normalize_label
from core.problems import Problem, error, warning
from core.progress import NO_PROGRESS, Progress
from desktop.services.compare_inputs import collector_paused
from desktop.services.lists_export import ProblemSheetWords, write_problem_rows
from desktop.services.lists_facts import FactChanges, apply_facts
from desktop.services.lists_lookback import LookBack
from desktop.services.lists_model import (
    ImportResult,
    ListPreview,
    ListsImportProblem,
    MatchedRecord,
    SnapshotInfo,
    as_of_for,
)
from desktop.services.lists_register import Checked, check_against_register, load_register
from desktop.services.lists_storage import (
    SnapshotContent,
    find_repeat,
    newest_as_of,
    previous_imported,
    records_of,
    remember_mapping,
    remembered_mapping,
    snapshot_info,
    write_content,
)
from desktop.store.audit import record_event
from desktop.store.database import Store
from desktop.store.models import ListSnapshot

__all__ = ["ListsService", "ProblemSheetWords"]

MappingInput = Mapping[str, str | int]  # field name -> header label or 0-based column
_IMPORT_CACHE_KIB = 65_536


class ListsService(LookBack):
    def __init__(self, store: Store, actor: str, village_code: str | None = None, today: date | None = None) -> None:
        super().__init__(store, actor, today)
        self._village = village_code if village_code is not None else store.village_code
        # The desk previews a file, then imports it: the import takes the preview's reading when the file's
        # bytes and every reading option are the same (a 100,000-row list is not read twice).
        self._last_read: tuple[tuple[object, ...], ListImport, dict[str, str]] | None = None

    # --- reading ------------------------------------------------------------------------------

    def preview(
        self,
        path: Path,
        source: ListSource | str,
        mapping: MappingInput | None = None,
        *,
        as_of: date | None = None,
        strict: bool = False,
        header_row: int | None = None,
        sheet: str | None = None,
        default_group: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> ListPreview:
        """Read and check ``path`` against the register; nothing is saved. Without ``mapping`` the
        columns are detected, and where detection is unsure the mapping chosen last time is used."""
        source = ListSource(source)
        with collector_paused(keep_results=True):  # the screen keeps the preview
            read, used = self._read(path, source, mapping, header_row, sheet, default_group, strict, progress)
            with self._store.session(self._actor) as session:
                preview, _ = self._check(session, read, source, used, as_of, strict)
                return preview

    def apply(
        self,
        path: Path,
        source: ListSource | str,
        mapping: MappingInput | None = None,
        *,
        as_of: date | None = None,
        strict: bool = False,
        header_row: int | None = None,
        sheet: str | None = None,
        default_group: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> ImportResult:
        """Import ``path`` as one snapshot (see the module docstring). A refused file (an error about
        the whole file, or any rejected row in strict mode) gives a result without a snapshot."""
        source = ListSource(source)
        try:
            with collector_paused(keep_results=True):  # and the result it shows
                return self._apply(path, source, mapping, as_of, strict, header_row, sheet, default_group, progress)
        finally:
            self._last_read = None  # what was imported is not needed again; a second import reads afresh

    def _apply(
        self,
        path: Path,
        source: ListSource,
        mapping: MappingInput | None,
        as_of: date | None,
        strict: bool,
        header_row: int | None,
        sheet: str | None,
        default_group: str | None,
        progress: Progress,
    ) -> ImportResult:
        read, used = self._read(path, source, mapping, header_row, sheet, default_group, strict, progress)
        headers = read.detection.headers if read.detection else ()
        with self._store.session(self._actor) as session:
            preview, checked = self._check(session, read, source, used, as_of, strict)
            if not preview.ok or preview.repeat_of is not None:
                return _unapplied(preview, headers)
            # 100,000 records, spans and outbox entries go into indexes far bigger than SQLite's default 2 MB
            # page cache, and every page that falls out of it is encrypted and decrypted again
            session.connection().exec_driver_sql(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
            prior_newest = newest_as_of(session, source)
            snapshot = ListSnapshot(
                source_agency=str(source), as_of=preview.as_of, quarter=preview.quarter, file_name=read.file_name,
                content_hash=read.content_hash,
            )  # fmt: skip
            session.add(snapshot)
            session.flush()
            write_content(session, snapshot, _content(preview, read, checked, strict), progress)
            changes = FactChanges()
            if prior_newest is None or preview.as_of >= prior_newest:
                matched = [(r, entry.id) for r, entry in checked.records if entry is not None]
                changes = apply_facts(session, snapshot, source, matched, checked.named_by_rejected)
            if mapping is not None:
                remember_mapping(session, source, used)
            session.flush()  # the changes' own audit events come before the summary
            progress.check()
            info = snapshot_info(session, snapshot, self._day())
            record_event(session, "lists.import", entity_type="list_snapshots", entity_uuid=str(snapshot.uuid),
                         detail=_audit_detail(preview, info, changes))  # fmt: skip
        return ImportResult(
            snapshot=info, repeat=False, rows_read=read.rows_read, accepted=len(preview.records),
            matched=preview.matched, rejected=preview.rejected, warnings=preview.warnings, problems=preview.problems,
            diff=preview.diff, previous=preview.previous, headers=headers, memberships_opened=changes.opened,
            memberships_closed=changes.closed,
        )  # fmt: skip

    def remembered_mapping(self, source: ListSource | str) -> dict[str, str]:
        """Field -> header label chosen on the mapping screen last time for this source."""
        with self._store.session(self._actor) as session:
            return remembered_mapping(session, ListSource(source))

    def export_problems(
        self,
        rows_of: UUID | ListPreview | ImportResult,
        out_path: Path,
        describe: Callable[[Problem], str],
        words: ProblemSheetWords | None = None,
    ) -> int:
        """The rejected rows of a snapshot, a preview or a refused import as .xlsx for the agency; the
        caller turns problems into words (``describe``). Returns the number of rows written."""
        if isinstance(rows_of, UUID):
            rejected, headers = self.rejected_rows(rows_of)
        elif isinstance(rows_of, ListPreview):
            rejected = rows_of.rejected
            headers = rows_of.read.detection.headers if rows_of.read.detection else ()
        else:
            rejected, headers = rows_of.rejected, rows_of.headers
        count = write_problem_rows(out_path, rejected, headers, describe, words or ProblemSheetWords())
        with self._store.session(self._actor) as session:
            record_event(session, "lists.export_problems", detail={"file": out_path.name, "rows": count})
        return count

    # --- the steps ----------------------------------------------------------------------------

    def _read(
        self,
        path: Path,
        source: ListSource,
        mapping: MappingInput | None,
        header_row: int | None,
        sheet: str | None,
        default_group: str | None,
        strict: bool,
        progress: Progress,
    ) -> tuple[ListImport, dict[str, str]]:
        data = path.read_bytes()
        key = (source, hashlib.sha256(data).hexdigest(), None if mapping is None else tuple(sorted(mapping.items())),
               header_row, sheet, default_group, strict, self._day())  # fmt: skip
        if self._last_read is not None and self._last_read[0] == key:
            return self._last_read[1], self._last_read[2]
        self._last_read = None

        def read(columns: MappingInput | None) -> ListImport:
            fields = {Field(k): v for k, v in columns.items()} if columns is not None else None
            return read_list(
                data, source, file_name=path.name, mapping=fields, header_row=header_row, sheet=sheet,
                default_group=default_group, strict=strict, today=self._day(), progress=progress,
            )  # fmt: skip

        result = read(mapping)
        if mapping is None and result.detection is not None and result.detection.needs_mapping:
            remembered = self.remembered_mapping(source)
            labels = {normalize_label(h) for h in result.detection.headers}
            if remembered and all(normalize_label(label) in labels for label in remembered.values()):
                result = read(remembered)
        used = _labels(result)
        self._last_read = (key, result, used)
        return result, used

    def _check(
        self,
        session: Session,
        read: ListImport,
        source: ListSource,
        used: dict[str, str],
        as_of: date | None,
        strict: bool,
    ) -> tuple[ListPreview, Checked]:
        today = self._day()
        title = read.detection.title if read.detection else ""
        day, basis, quarter = as_of_for(title, as_of, today)
        checked = check_against_register(read, load_register(session), self._village)
        problems = list(read.problems)
        if day > today:
            problems.append(error(ListsImportProblem.AS_OF_FUTURE, as_of=day.isoformat()))
        if strict and checked.rejected and not any(p.code == ListProblem.STRICT_REJECTED for p in problems):
            problems.append(error(ListProblem.STRICT_REJECTED, count=len({r.row for r in checked.rejected})))
        refused = any(p.is_error for p in problems)
        if not refused and not checked.records:
            problems.append(error(ListsImportProblem.NOTHING_ACCEPTED))
            refused = True
        newest = newest_as_of(session, source)
        if not refused and newest is not None and day < newest:
            problems.append(warning(ListsImportProblem.OLDER_SNAPSHOT, as_of=day.isoformat(),
                                    newest=newest.isoformat()))  # fmt: skip
        records = () if refused else checked.records
        # core hashed what it accepted; only rows the register rejected make a new hash necessary
        same = len(records) == len(read.accepted)
        digest = read.snapshot_hash if same else snapshot_hash(source, [r for r, _ in records])
        repeat = None if refused else find_repeat(session, source, read.content_hash, digest, quarter)
        previous = previous_imported(session, source, day, None)
        diff = diff_snapshots(source, records_of(session, previous.id) if previous else [], [r for r, _ in records])
        preview = ListPreview(
            read=read, source=source, as_of=day, as_of_basis=basis, quarter=quarter,
            records=tuple(MatchedRecord(r, e.uuid if e else None) for r, e in records),
            rejected=checked.rejected, warnings=checked.warnings, problems=tuple(problems), snapshot_hash=digest,
            repeat_of=snapshot_info(session, repeat, today) if repeat else None, mapping_used=used, diff=diff,
            previous=snapshot_info(session, previous, today) if previous else None,
        )  # fmt: skip
        return preview, checked


def _labels(read: ListImport) -> dict[str, str]:
    """The mapping as header labels (columns move between files; their names stay)."""
    if read.detection is None:
        return {}
    headers = read.detection.headers
    return {str(f): headers[i] for f, i in read.detection.mapping.items() if i < len(headers) and headers[i]}


def _content(preview: ListPreview, read: ListImport, checked: Checked, strict: bool) -> SnapshotContent:
    detection = read.detection
    return SnapshotContent(
        snapshot_hash=preview.snapshot_hash, as_of_basis=str(preview.as_of_basis), strict=strict,
        rows_read=read.rows_read, mapping={str(f): i for f, i in detection.mapping.items()} if detection else {},
        default_group=detection.title_group if detection else None,
        headers=detection.headers if detection else (), records=checked.records, rejected=preview.rejected,
        warnings=preview.warnings,
    )  # fmt: skip


def _unapplied(preview: ListPreview, headers: tuple[str, ...]) -> ImportResult:
    """A refused file (no snapshot) or a repeat (the earlier snapshot, nothing changed)."""
    repeat = preview.repeat_of is not None
    return ImportResult(
        snapshot=preview.repeat_of, repeat=repeat, rows_read=preview.read.rows_read,
        accepted=len(preview.records) if repeat else 0, matched=preview.matched if repeat else 0,
        rejected=preview.rejected, warnings=preview.warnings, problems=preview.problems,
        diff=SnapshotDiff((), (), ()), previous=preview.repeat_of, headers=headers,
    )  # fmt: skip


def _audit_detail(preview: ListPreview, info: SnapshotInfo, changes: FactChanges) -> dict[str, object]:
    return {
        "source": str(preview.source), "file": info.file_name, "content_hash": info.content_hash,
        "snapshot_hash": preview.snapshot_hash, "as_of": preview.as_of.isoformat(),
        "as_of_basis": str(preview.as_of_basis), "rows_read": preview.read.rows_read,
        "accepted": len(preview.records), "rejected": len({r.row for r in preview.rejected}),
        "added": len(preview.diff.added), "removed": len(preview.diff.removed), "changed": len(preview.diff.changed),
        "memberships_opened": changes.opened, "memberships_closed": changes.closed,
    }  # fmt: skip
