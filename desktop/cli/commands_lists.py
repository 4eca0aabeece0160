"""``cunbao lists``: import an agency list (民政, 残联, 乡村振兴, 退役军人) and show the imported ones.

``lists import`` exits 0 when the file was imported whole (or was imported before: nothing changed),
1 when rows were rejected or the file was refused, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from core.lists import ListSource
from core.progress import NO_PROGRESS
from desktop.cli.commands_store import _stderr_progress, _with_desk
from desktop.cli.output import OK, PROBLEMS, USAGE, print_json, print_lines, print_problems, tr
from desktop.messages import describe
from desktop.services.desk import Desk
from desktop.services.lists import ListsService, ProblemSheetWords
from desktop.services.lists_model import ImportResult, SnapshotInfo

SOURCES = [str(s) for s in ListSource]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lists = sub.add_parser("lists", help="agency lists (民政, 残联, 乡村振兴, 退役军人)").add_subparsers(
        dest="lists_command", metavar="ACTION"
    )
    imp = lists.add_parser("import", help="import a list file (.xlsx, .xls, .csv) as a snapshot")
    imp.add_argument("file", type=Path)
    imp.add_argument("--source", required=True, choices=SOURCES, help="the office that sent the list")
    imp.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help="the list's date YYYY-MM-DD (default: from its title, else today)",
    )
    imp.add_argument("--strict", action="store_true", help="import nothing if any row is rejected")
    imp.add_argument(
        "--export-problems",
        type=Path,
        default=None,
        metavar="OUT.xlsx",
        help="write the rejected rows to an Excel file for the office to fix",
    )
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=lists_import)

    show = lists.add_parser("show", help="the imported lists: source, date, counts, age")
    show.add_argument("--source", choices=SOURCES, default=None)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=lists_show)


def sheet_words() -> ProblemSheetWords:
    return ProblemSheetWords(sheet=tr("Rows to fix"), row=tr("Row"), reason=tr("What to fix"))


def lists_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        sys.stderr.write(tr("There is no file %s.\n") % args.file)
        return USAGE

    def work(desk: Desk) -> int:
        service = ListsService(desk.store, desk.account.username, desk.settings.village_code)
        progress = NO_PROGRESS if args.json else _stderr_progress()
        result = service.apply(args.file, args.source, as_of=args.as_of, strict=args.strict, progress=progress)
        exported = None
        if args.export_problems is not None and result.rejected:
            service.export_problems(result, args.export_problems, describe, sheet_words())
            exported = str(args.export_problems)
        if args.json:
            print_json({**result.to_json(), "problems_file": exported})
        else:
            print_lines(_summary(result, args.file.name))
            print_problems(result.problems)
            _print_rows(result)
        return OK if result.ok and not result.rejected else PROBLEMS

    return _with_desk(args, work)


def _summary(result: ImportResult, file_name: str) -> list[str]:
    snapshot = result.snapshot
    if snapshot is None:
        return [tr("%s was not imported: nothing was saved.") % file_name]
    if result.repeat:
        return [
            tr("%s holds the same list as the one imported on %s (as of %s): nothing changed.")
            % (file_name, snapshot.imported_at.date().isoformat(), snapshot.as_of.isoformat())
        ]
    lines = [
        tr("Imported %s as the list of %s as of %s (%s): %d rows read, %d accepted (%d in the register), %d rejected.")
        % (file_name, _office(snapshot.source), snapshot.as_of.isoformat(), _basis(snapshot.as_of_basis),
           result.rows_read, result.accepted, result.matched, len({r.row for r in result.rejected})),
    ]  # fmt: skip
    diff = result.diff
    if diff is not None and result.previous is None:
        lines.append(tr("No earlier list from this office was imported: all %d records are new.") % len(diff.added))
    elif diff is not None and result.previous is not None:
        lines.append(
            tr("Compared with the list as of %s: %d added, %d removed, %d changed.")
            % (result.previous.as_of.isoformat(), len(diff.added), len(diff.removed), len(diff.changed))
        )
    return lines


def _office(source: str) -> str:
    words = {
        "civil-affairs": tr("civil affairs (民政)"),
        "disability": tr("the disabled persons' federation (残联)"),
        "rural-revitalization": tr("rural revitalization (乡村振兴)"),
        "veterans": tr("veterans affairs (退役军人事务)"),
        "generic": tr("another office"),
    }  # fmt: skip
    return words.get(source, source)


def _basis(basis: str | None) -> str:
    words = {
        "given": tr("the date you gave"), "title": tr("the date in the file's title"),
        "quarter": tr("the end of the quarter the title names"), "today": tr("today: the file gives no date"),
    }  # fmt: skip
    return words.get(basis or "", basis or "")


def _print_rows(result: ImportResult) -> None:
    for report in result.rejected:
        sys.stderr.write(tr("Row %d rejected: %s\n") % (report.row, " ".join(describe(p) for p in report.problems)))
    for report in result.warnings:
        sys.stderr.write(tr("Row %d: %s\n") % (report.row, " ".join(describe(p) for p in report.problems)))


def lists_show(args: argparse.Namespace) -> int:
    def work(desk: Desk) -> int:
        snapshots = ListsService(desk.store, desk.account.username, desk.settings.village_code).snapshots(args.source)
        if args.json:
            print_json([s.to_json() for s in snapshots])
        elif not snapshots:
            print_lines([tr("No list has been imported yet.")])
        else:
            print_lines(_show_line(s) for s in snapshots)
        return OK

    return _with_desk(args, work)


def _show_line(s: SnapshotInfo) -> str:
    counts = "" if s.accepted is None else tr("%d accepted, %d rejected") % (s.accepted, s.rejected or 0)
    age = tr("%d days old") % s.age_days + (" " + tr("(late)") if s.stale else "")
    return "\t".join([s.as_of.isoformat(), s.source, s.file_name, counts, age])
