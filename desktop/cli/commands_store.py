"""Commands that open the local database: demo, residents, audit, backup and restore, accounts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from core.problems import Problem
from core.progress import Progress
from core.synthetic import check_options
from desktop.cli.credentials import PASSWORD_ENV, USER_ENV, NoCredentialsError, credentials
from desktop.cli.output import OK, PROBLEMS, USAGE, print_json, print_lines, print_problems, tr
from desktop.services.demo import DEFAULT_RESIDENTS, DEFAULT_VILLAGE, create_demo
from desktop.services.desk import Desk, desk_exists
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentsService
from desktop.store.database import Store
from desktop.store.problems import StoreError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help="create a demo database of synthetic residents")
    demo.add_argument("--village", default=DEFAULT_VILLAGE, help="12-digit village code")
    demo.add_argument("--residents", type=int, default=DEFAULT_RESIDENTS)
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument("--as-of", type=date.fromisoformat, default=None,
                      help="reference date (default 1 January of this year)")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=demo_command)

    residents = sub.add_parser("residents", help="the residents register").add_subparsers(
        dest="residents_command", metavar="ACTION")
    search = residents.add_parser("search", help="find residents by name, pinyin, ID or phone fragment")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=residents_search)

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", metavar="ACTION")
    verify = audit.add_parser("verify", help="check that no audit event was removed or altered")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=audit_verify)

    backup = sub.add_parser("backup", help="make an encrypted backup now")
    backup.add_argument("--to", type=Path, default=None, help="folder (default: the data folder's backups)")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=backup_command)

    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("file", type=Path)
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=restore_command)

    device = sub.add_parser("device-key", help="unattended key slot in the OS credential store (supervisor)")
    device.add_argument("action", choices=["enable", "disable", "status"])
    device.add_argument("--json", action="store_true")
    device.set_defaults(handler=device_key)


def _fail(problem: Problem, as_json: bool) -> int:
    if as_json:
        print_json({"ok": False, "problems": [problem.to_json()]})
    print_problems([problem])
    return PROBLEMS


def _no_credentials() -> int:
    sys.stderr.write(tr("No assistant to sign in as: set %s and %s, or run the command in a terminal.\n")
                     % (USER_ENV, PASSWORD_ENV))
    return USAGE


def _with_desk(args: argparse.Namespace, work: Callable[[Desk], int]) -> int:
    try:
        user, password = credentials()
    except NoCredentialsError:
        return _no_credentials()
    try:
        desk = Desk.sign_in(args.data_dir, user, password)
    except StoreError as exc:
        return _fail(exc.problem, args.json)
    try:
        return work(desk)
    except StoreError as exc:
        return _fail(exc.problem, args.json)
    finally:
        desk.close()


def _stderr_progress() -> Progress:
    def report(done: int, total: int, note: str) -> None:
        sys.stderr.write(f"\r{done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return Progress(report=report)


def demo_command(args: argparse.Namespace) -> int:
    problems = check_options(args.village, args.residents)
    if problems:
        print_problems(problems)
        return USAGE
    if desk_exists(args.data_dir):
        sys.stderr.write(tr("There is already a database in %s; the demo is made only in an empty data folder. "
                            "Use --data-dir to choose another folder.\n") % args.data_dir)
        return PROBLEMS
    policy = PolicyService(args.data_dir, county=args.village[:6])
    try:
        report = create_demo(args.data_dir, policy.contribution_rules(), args.village, args.residents,
                             args.seed, args.as_of, _stderr_progress() if not args.json else Progress())
    except StoreError as exc:
        return _fail(exc.problem, args.json)
    if args.json:
        print_json({"ok": True, "data_dir": str(report.data_dir), "village": report.village_code,
                    "residents": report.residents, "households": report.households, "cases": report.cases,
                    "username": report.username, "password": report.password})
    else:
        print_lines([
            tr("Demo database created in %s: %d residents in %d households, %d cases.")
            % (report.data_dir, report.residents, report.households, report.cases),
            tr("Sign in as assistant \"%s\" with the password \"%s\" (synthetic data, not real people).")
            % (report.username, report.password),
        ])
    return OK


def residents_search(args: argparse.Namespace) -> int:
    def work(desk: Desk) -> int:
        hits = ResidentsService(desk.store, desk.account.username).search(args.text, args.limit)
        if args.json:
            print_json([{"uuid": str(h.uuid), "name": h.name, "id": h.masked_id, "sex": h.sex,
                         "birth_date": h.birth_date, "age": h.age, "village": h.village_code, "phone": h.phone}
                        for h in hits])
        elif not hits:
            print_lines([tr("No resident matches \"%s\".") % args.text])
        else:
            print_lines(f"{h.name}\t{h.masked_id}\t{h.birth_date.isoformat()}\t{h.age}\t{h.phone or ''}"
                        for h in hits)
        return OK if hits else PROBLEMS

    return _with_desk(args, work)


def audit_verify(args: argparse.Namespace) -> int:
    def work(desk: Desk) -> int:
        report = desk.verify_audit()
        if args.json:
            print_json({"ok": report.ok, "events_checked": report.events_checked,
                        "first_bad_seq": report.first_bad_seq,
                        "problem": report.problem.to_json() if report.problem else None})
        elif report.ok:
            print_lines([tr("Audit trail intact: %d events checked.") % report.events_checked])
        if report.problem is not None:
            print_problems([report.problem])
        return OK if report.ok else PROBLEMS

    return _with_desk(args, work)


def backup_command(args: argparse.Namespace) -> int:
    def work(desk: Desk) -> int:
        path = desk.backup(args.to)
        if args.json:
            print_json({"ok": True, "file": str(path)})
        else:
            print_lines([tr("Backup written to %s (encrypted; its key-slot file is beside it).") % path])
        return OK

    return _with_desk(args, work)


def restore_command(args: argparse.Namespace) -> int:
    try:
        user, password = credentials()
    except NoCredentialsError:
        return _no_credentials()
    try:
        report = Store.restore(args.data_dir, args.file, user, password)
    except StoreError as exc:
        return _fail(exc.problem, args.json)
    if args.json:
        print_json({"ok": True, "restored_from": str(report.restored_from), "revision": report.revision,
                    "previous_saved_as": str(report.previous_saved_as) if report.previous_saved_as else None})
    else:
        lines = [tr("Database restored from %s.") % report.restored_from]
        if report.previous_saved_as:
            lines.append(tr("The database it replaced was kept as %s.") % report.previous_saved_as)
        print_lines(lines)
    return OK


def device_key(args: argparse.Namespace) -> int:
    def work(desk: Desk) -> int:
        if args.action != "status" and not desk.account.is_supervisor:
            sys.stderr.write(tr("Only a supervisor can turn the unattended key on or off.\n"))
            return PROBLEMS
        if args.action == "enable":
            desk.store.enable_device_slot(desk.account.username)
        elif args.action == "disable":
            desk.store.disable_device_slot(desk.account.username)
        enabled = desk.store.device_slot_enabled
        if args.json:
            print_json({"ok": True, "enabled": enabled})
        else:
            print_lines([tr("Unattended key: on") if enabled else tr("Unattended key: off")])
        return OK

    return _with_desk(args, work)
