"""Commands that need only the domain core and the policy packs, never the database."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from core.ids import IdCheck, parse_resident_id
from core.policy import PolicyError
from core.problems import Problem, error
from desktop.cli import explain
from desktop.cli.output import OK, PROBLEMS, USAGE, print_json, print_lines, print_problems, tr
from desktop.messages import describe
from desktop.services.policy import InputProblem, PolicyService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ids = sub.add_parser("id", help="resident ID numbers").add_subparsers(dest="id_command", metavar="ACTION")
    check = ids.add_parser("check", help="check resident ID numbers")
    check.add_argument("--json", action="store_true")
    check.add_argument("numbers", nargs="+", metavar="ID")
    check.set_defaults(handler=id_check)

    elig = sub.add_parser("eligibility", help="what the policy says for a resident profile")
    elig.add_argument("--json", action="store_true")
    elig.add_argument("--profile", type=Path, required=True, help="profile JSON file ('-' for standard input)")
    elig.add_argument("--date", type=_date_arg, default=None, help="decision date YYYY-MM-DD (default today)")
    elig.add_argument("--county", default=None, help="service point county code (default: this desk's)")
    elig.set_defaults(handler=eligibility)

    pension = sub.add_parser("pension", help="pension estimates").add_subparsers(
        dest="pension_command", metavar="ACTION"
    )
    est = pension.add_parser("estimate", help="estimate the monthly pension at 60 (算得清)")
    est.add_argument("--json", action="store_true")
    est.add_argument("--birth-date", type=_date_arg, required=True)
    est.add_argument("--start-year", type=int, required=True)
    est.add_argument("--tier", type=_money_arg, required=True, help="yearly contribution tier in yuan")
    est.add_argument("--government-pays", type=_money_arg, default=Decimal(0), help="part of the tier paid by 代缴")
    est.add_argument("--other-funding", type=_money_arg, default=Decimal(0), help="集体/社会资助 per year")
    est.add_argument("--assume-rate", type=_money_arg, default=None, help="assumed yearly interest, e.g. 0.03")
    est.add_argument("--assume-basic", type=_money_arg, default=None, help="assumed basic pension per month")
    est.add_argument("--arrears-years", type=int, default=0)
    est.add_argument("--county", default=None)
    est.set_defaults(handler=pension_estimate)

    policy = sub.add_parser("policy", help="policy packs").add_subparsers(dest="policy_command", metavar="ACTION")
    show = policy.add_parser("show", help="the policy pack in force and its figures")
    show.add_argument("--json", action="store_true")
    show.add_argument("--county", default=None)
    show.add_argument("--date", type=_date_arg, default=None)
    show.set_defaults(handler=policy_show)


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("not a date in the form YYYY-MM-DD: %s") % text) from None


def _money_arg(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(tr("not a number: %s") % text) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(tr("not a number: %s") % text)
    return value


def _sex_label(sex: str) -> str:
    return tr("male") if sex == "M" else tr("female")


def _id_line(check: IdCheck) -> list[str]:
    rid = check.resident_id
    if check.ok and rid is not None:
        place = rid.division.full_name if rid.division else rid.division_code
        lines = [f"✔ {rid.number}  {rid.birth_date.isoformat()}  {_sex_label(rid.sex)}  {place}"]
    else:
        lines = [f"✘ {check.input}"]
    lines += [f"    {describe(p)}" for p in check.problems]
    return lines


def id_check(args: argparse.Namespace) -> int:
    checks = [parse_resident_id(raw) for raw in args.numbers]
    if args.json:
        print_json([c.to_json() for c in checks])
    else:
        print_lines(line for c in checks for line in _id_line(c))
    return OK if all(c.ok for c in checks) else PROBLEMS


def _read_profile(path: Path) -> tuple[dict[str, Any] | None, Problem | None]:
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        return None, error(InputProblem.FILE_UNREADABLE, path=str(path), reason=exc.strerror or str(exc))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, error(InputProblem.BAD_JSON, path=str(path), line=exc.lineno, reason=exc.msg)
    if not isinstance(data, dict):
        return None, error(InputProblem.BAD_JSON, path=str(path), line=1, reason="not an object")
    return data, None


def eligibility(args: argparse.Namespace) -> int:
    data, problem = _read_profile(args.profile)
    if problem is not None or data is None:
        print_problems([problem] if problem else [])
        return USAGE
    service = PolicyService(args.data_dir)
    outcome = service.evaluate_profile(data, on=args.date, county=args.county)
    if outcome.problems and outcome.result is None:
        if args.json:
            print_json({"problems": [p.to_json() for p in outcome.problems]})
        print_problems(outcome.problems)
        return PROBLEMS
    assert outcome.result is not None
    if args.json:
        print_json(outcome.result.to_json())
    else:
        print_lines(explain.eligibility_lines(outcome.result))
    print_problems(outcome.problems)
    return OK


def pension_estimate(args: argparse.Namespace) -> int:
    service = PolicyService(args.data_dir)
    outcome = service.estimate_pension(
        birth_date=args.birth_date,
        start_year=args.start_year,
        tier=args.tier,
        government_pays=args.government_pays,
        other_funding=args.other_funding,
        assume_rate=args.assume_rate,
        assume_basic=args.assume_basic,
        arrears_years=args.arrears_years,
        county=args.county,
    )
    if outcome.result is None:
        if args.json:
            print_json({"problems": [p.to_json() for p in outcome.problems]})
        print_problems(outcome.problems)
        return PROBLEMS
    if args.json:
        print_json(outcome.result.to_json())
    else:
        print_lines(explain.estimate_lines(outcome.result))
    return OK


def policy_show(args: argparse.Namespace) -> int:
    service = PolicyService(args.data_dir)
    try:
        policy = service.policy(args.county)
    except PolicyError as exc:
        print_problems(exc.problems)
        return PROBLEMS
    if args.json:
        print_json(explain.policy_json(policy, args.date))
    else:
        print_lines(explain.policy_lines(policy, args.date))
    return OK
