"""``cunbao compare`` (the worklists of 数据比对) and ``cunbao ledger export`` (the 管理台账 as .xlsx).

Both exit 0 when done, 1 when the policy pack lacks a figure the comparison needs or the file cannot be
written, 2 on a usage error (no such folder for the ledger).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication

from core.compare import WorklistCode
from core.ids import mask_id
from core.policy import PolicyError
from core.progress import NO_PROGRESS
from desktop.cli.commands_store import _stderr_progress, _with_desk
from desktop.cli.output import OK, PROBLEMS, USAGE, print_json, print_lines, print_problems, tr
from desktop.messages import describe
from desktop.messages.compare import ACTIONS, WORKLISTS
from desktop.messages.compare_desk import ledger_text
from desktop.services.compare import CompareResult, CompareService, ItemView
from desktop.services.desk import Desk


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmp = sub.add_parser("compare", help="compare the register with the agency lists: the worklists")
    cmp.add_argument("--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                     help="the day to compare on (default: today)")  # fmt: skip
    cmp.add_argument("--json", action="store_true")
    cmp.set_defaults(handler=compare_command)

    ledger = sub.add_parser("ledger", help="the management ledger (管理台账) of hardship groups").add_subparsers(
        dest="ledger_command", metavar="ACTION"
    )
    export = ledger.add_parser("export", help="write the ledger to an Excel file (.xlsx)")
    export.add_argument("out", type=Path, metavar="OUT.xlsx")
    export.add_argument("--masked", action="store_true",
                        help="hide the middle of each ID number (a copy to show, not to match)")  # fmt: skip
    export.add_argument("--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="the day the ledger is as of (default: today)")  # fmt: skip
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=ledger_export_command)


def _service(desk: Desk, on: date | None) -> CompareService:
    return CompareService(desk.store, desk.account.username, desk.settings.village_code, on)


def compare_command(args: argparse.Namespace) -> int:
    def work(desk: Desk) -> int:
        try:
            result = _service(desk, args.on).compare(NO_PROGRESS if args.json else _stderr_progress())
        except PolicyError as exc:
            return _policy_failed(exc, args.json)
        if args.json:
            print_json(compare_json(result))
        else:
            print_lines(_compare_lines(result))
        return OK

    return _with_desk(args, work)


def compare_json(result: CompareResult) -> dict[str, Any]:
    """Core's JSON with the desk's words (each worklist's name, each item's reason and next step) and the
    rows of the current lists that name each item's person."""
    data = result.to_json()
    worklists = cast(list[dict[str, Any]], data["worklists"])
    for listed, view in zip(worklists, result.worklists, strict=True):
        listed["title"] = worklist_title(view.code)
        for item, item_view in zip(listed["items"], view.items, strict=True):
            item["message"] = describe(item_view.item.reason)
            item["action_label"] = action_label(item_view)
            item["list_rows"] = [
                {"source": r.source, "snapshot": str(r.snapshot), "as_of": r.as_of.isoformat(), "row": r.row}
                for r in item_view.list_rows
            ]
    return data


def worklist_title(code: WorklistCode) -> str:
    return QCoreApplication.translate("Compare", WORKLISTS[str(code)])


def action_label(item: ItemView) -> str:
    label = QCoreApplication.translate("Compare", ACTIONS[str(item.action)])
    return label.replace("%1", item.target_name or "")


def _compare_lines(result: CompareResult) -> list[str]:
    lines = [tr("Compared %d residents with %d list entries on %s.")
             % (len(result.inputs.persons), len(result.inputs.entries), result.today.isoformat())]  # fmt: skip
    for view in result.worklists:
        lines.append(f"\n{worklist_title(view.code)}: {view.count}")
        for item in view.items:
            subject = item.item.subject
            who = ""
            if subject is not None:
                who = subject.name + (f" {mask_id(subject.id_number)}" if subject.id_number else "") + ": "
            lines.append(f"  {who}{describe(item.item.reason)} → {action_label(item)}")
    return lines


def ledger_export_command(args: argparse.Namespace) -> int:
    out: Path = args.out
    if not out.parent.is_dir():
        sys.stderr.write(tr("There is no folder %s to write the ledger in.\n") % out.parent)
        return USAGE

    def work(desk: Desk) -> int:
        service = _service(desk, args.on)
        try:
            export = service.export_ledger(out, ledger_text, describe, mask_ids=args.masked,
                                           progress=NO_PROGRESS if args.json else _stderr_progress())  # fmt: skip
        except PolicyError as exc:
            return _policy_failed(exc, args.json)
        except OSError as exc:
            sys.stderr.write(tr("The ledger could not be written to %s (%s). Close the file if it is open in "
                                "Excel or WPS, or choose another folder.\n") % (out, exc.strerror or exc))  # fmt: skip
            return PROBLEMS
        if args.json:
            print_json({"ok": True, "file": str(export.path), "rows": export.rows, "masked": export.masked,
                        "as_of": export.as_of.isoformat()})  # fmt: skip
        else:
            print_lines([tr("Ledger as of %s written to %s: %d rows.") % (export.as_of.isoformat(), out, export.rows)])
        return OK

    return _with_desk(args, work)


def _policy_failed(exc: PolicyError, as_json: bool) -> int:
    if as_json:
        print_json({"ok": False, "problems": [p.to_json() for p in exc.problems]})
    print_problems(exc.problems)
    return PROBLEMS
