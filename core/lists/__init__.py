"""Agency lists (民政, 残联, 乡村振兴, 退役军人): read and check list files, fingerprint and compare snapshots.

Pure: bytes in; records, problems and row numbers out. The desk and the county server share it.
"""

from __future__ import annotations

from core.lists.categories import FANPIN_SUBTYPES, GROUP_KEYS
from core.lists.codes import ListProblem
from core.lists.importer import read_list, read_list_file
from core.lists.layout import ColumnMapping
from core.lists.model import VETERAN_GROUP, Detection, Field, ListImport, ListRecord, ListSource, RowReport
from core.lists.snapshot import TRACKED, RecordChange, SnapshotDiff, diff_snapshots, record_key, snapshot_hash

__all__ = [
    "FANPIN_SUBTYPES",
    "GROUP_KEYS",
    "TRACKED",
    "VETERAN_GROUP",
    "ColumnMapping",
    "Detection",
    "Field",
    "ListImport",
    "ListProblem",
    "ListRecord",
    "ListSource",
    "RecordChange",
    "RowReport",
    "SnapshotDiff",
    "diff_snapshots",
    "read_list",
    "read_list_file",
    "record_key",
    "snapshot_hash",
]
