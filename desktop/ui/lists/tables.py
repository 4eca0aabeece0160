"""The rows of the list screens' tables: rejected rows and warnings with their reasons in words, and the
difference against the previous snapshot with ID numbers masked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from core.ids import mask_id
from core.lists import ListRecord, RecordChange, RowReport, SnapshotDiff
from desktop.messages import describe
from desktop.messages.marker import QT_TRANSLATE_NOOP

CONTEXT = "ListTables"

_CHANGED_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ListTables", "name"),
    "group": QT_TRANSLATE_NOOP("ListTables", "category"),
    "subtype": QT_TRANSLATE_NOOP("ListTables", "subtype"),
    "review_group": QT_TRANSLATE_NOOP("ListTables", "category to check on the certificate"),
    "disability_category": QT_TRANSLATE_NOOP("ListTables", "disability type"),
    "disability_grade": QT_TRANSLATE_NOOP("ListTables", "disability grade"),
    "cert_number": QT_TRANSLATE_NOOP("ListTables", "certificate number"),
    "veteran_cert": QT_TRANSLATE_NOOP("ListTables", "veteran card number"),
    "date_from": QT_TRANSLATE_NOOP("ListTables", "listed from"),
    "date_to": QT_TRANSLATE_NOOP("ListTables", "left the list on"),
}


def report_headers(file_headers: Sequence[str]) -> list[str]:
    return [QCoreApplication.translate("ListTables", "Row in the file"),
            QCoreApplication.translate("ListTables", "What is wrong and how to fix it"), *file_headers]


def report_rows(reports: Sequence[RowReport], width: int) -> list[list[str]]:
    """One row per report: the row number as the file shows it, every reason in words, then the cells."""
    rows = []
    for report in sorted(reports, key=lambda r: r.row):
        reasons = "\n".join(dict.fromkeys(describe(p) for p in report.problems))
        cells = [*report.values, *[""] * (width - len(report.values))]
        rows.append([str(report.row), reasons, *cells])
    return rows


def diff_headers() -> list[str]:
    return [QCoreApplication.translate("ListTables", "Change"), QCoreApplication.translate("ListTables", "Name"),
            QCoreApplication.translate("ListTables", "ID number"),
            QCoreApplication.translate("ListTables", "Category"),
            QCoreApplication.translate("ListTables", "What changed")]


def _value(value: object, group_labels: Mapping[str, str]) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("ListTables", "(none)")
    if isinstance(value, date):
        return value.isoformat()
    return group_labels.get(str(value), str(value))


def _group(record: ListRecord, group_labels: Mapping[str, str]) -> str:
    group = record.group or record.review_group
    text = group_labels.get(group, group) if group else ""
    if record.disability_grade is not None:
        grade = QCoreApplication.translate("ListTables", "grade %1").replace("%1", str(record.disability_grade))
        text = f"{text} {grade}" if text else grade
    return text


def _person(kind: str, record: ListRecord, group_labels: Mapping[str, str], what: str = "") -> list[str]:
    return [kind, record.name, mask_id(record.id_number), _group(record, group_labels), what]


def _changes(change: RecordChange, group_labels: Mapping[str, str]) -> str:
    return "; ".join(
        QCoreApplication.translate("ListTables", "%1: %2 → %3")
        .replace("%1", QCoreApplication.translate(CONTEXT, _CHANGED_FIELDS.get(f, f)))
        .replace("%2", _value(getattr(change.before, f), group_labels))
        .replace("%3", _value(getattr(change.after, f), group_labels))
        for f in change.fields
    )


def diff_rows(diff: SnapshotDiff, group_labels: Mapping[str, str]) -> list[list[str]]:
    added = QCoreApplication.translate("ListTables", "New on the list")
    removed = QCoreApplication.translate("ListTables", "No longer on the list")
    changed = QCoreApplication.translate("ListTables", "Changed")
    return [*(_person(added, r, group_labels) for r in diff.added),
            *(_person(removed, r, group_labels) for r in diff.removed),
            *(_person(changed, c.after, group_labels, _changes(c, group_labels)) for c in diff.changed)]


def diff_summary(diff: SnapshotDiff) -> str:
    return (QCoreApplication.translate("ListTables", "%1 new, %2 no longer on the list, %3 changed")
            .replace("%1", str(len(diff.added))).replace("%2", str(len(diff.removed)))
            .replace("%3", str(len(diff.changed))))
