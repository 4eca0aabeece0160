"""``cunbao-county cases``: the clerk's inbox of cases from the service points, and their decisions.

``cases list [--village CODE] [--json]`` lists every case the desks sent with its status (the county's
newest decision, else the desk's status); ``cases decide ID accept|return|approve|reject [--reason TEXT]``
records a decision, which goes down to the case's desk with its next sync. ID is the case's UUID or the
reference printed on its papers. A case is returned only with a reason: the assistant reads it to the
resident.
"""

from __future__ import annotations

import argparse
import getpass
from datetime import UTC, datetime
from typing import Any

from sync.county import exchange
from sync.county.cli import CliContext, Commands
from sync.county.messages import text
from sync.county.records import RecordRow
from sync.protocol import DECISIONS

# What the clerk types -> the decision recorded (the wire's words for them)
VERBS = dict(zip(("accept", "return", "approve", "reject"), DECISIONS, strict=True))


def add_cases_commands(commands: Commands) -> None:
    cases = commands.add_parser("cases", help="cases sent by the service points, and the county's decisions")
    actions = cases.add_subparsers(dest="cases_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list the cases in the inbox")
    listing.add_argument("--village", help="only this 12-digit village")
    listing.add_argument(
        "--json", action="store_true", help="print a JSON list of {id, reference, village, type, status}"
    )
    listing.set_defaults(handler=_list)
    decide = actions.add_parser("decide", help="accept, return, approve or reject a case")
    decide.add_argument("case", metavar="ID", help="the case's UUID or its reference (CB…)")
    decide.add_argument("decision", choices=list(VERBS))
    decide.add_argument("--reason", help="why (needed to return a case: the assistant reads it to the resident)")
    decide.add_argument("--clerk", default=None, help="who decides (default: this computer's user name)")
    decide.set_defaults(handler=_decide)


def _list(args: argparse.Namespace, context: CliContext) -> int:
    store = context.open_store()
    try:
        with store.session(readonly=True) as session:
            found = exchange.county_cases(session, args.village)
            rows = [_case_json(row, decision) for row, decision in found]
    finally:
        store.close()
    if args.json:
        context.json(rows)
    elif not rows:
        context.say("cli.no_cases")
    else:
        context.say("cli.case_header")
        for row in rows:
            print("\t".join(str(row[k] or "") for k in ("reference", "village", "type", "status", "id")),
                  file=context.out)  # fmt: skip
    return 0


def _decide(args: argparse.Namespace, context: CliContext) -> int:
    decision = VERBS[args.decision]
    reason = " ".join((args.reason or "").split()) or None
    if decision == "returned" and reason is None:
        print(text("cli.return_needs_reason", context.lang), file=context.err)
        return 2
    store = context.open_store()
    try:
        with store.session() as session:
            case = exchange.find_case(session, args.case)
            if case is None:
                print(text("cli.case_unknown", context.lang, case=args.case), file=context.err)
                return 1
            clerk = args.clerk or getpass.getuser()
            exchange.county_decide(session, case, decision, reason, clerk, datetime.now(UTC))
            reference = case.fields.get("reference") or case.entity_uuid
    finally:
        store.close()
    context.say("cli.case_decided", case=reference, decision=text(f"cli.decision_{decision}", context.lang))
    return 0


def _case_json(row: RecordRow, decision: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "id": str(row.entity_uuid),
        "reference": row.fields.get("reference"),
        "village": row.village_code,
        "type": row.fields.get("case_type"),
        "status": decision["decision"] if decision else row.fields.get("status"),
        "reason": decision.get("reason") if decision else None,
    }

