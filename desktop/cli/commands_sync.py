"""``cunbao device register`` and ``cunbao sync``: join the county server once, then sync whenever a network
is there (a scheduled task can run ``cunbao sync --json``).

``sync`` exits 0 when everything went up and came down, 1 when the county set changes aside or the
network failed (nothing is lost either way: the next sync goes on), 2 on a usage error.
"""

from __future__ import annotations

import argparse

from core.progress import NO_PROGRESS
from desktop.cli.commands_store import _stderr_progress, _with_desk
from desktop.cli.output import OK, PROBLEMS, print_json, print_lines, tr
from desktop.services.desk import Desk
from desktop.services.sync import SyncService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    device = sub.add_parser("device", help="this desk's registration with the county server").add_subparsers(
        dest="device_command", metavar="ACTION"
    )
    reg = device.add_parser("register", help="register with the county server using its one-time code")
    reg.add_argument("--server", required=True, help="the county server's address, https://host:port")
    reg.add_argument("--code", required=True, help="the registration code from the county office")
    reg.add_argument("--name", default=None, help="this computer's name for the county (default: its host name)")
    reg.add_argument("--plain-http", action="store_true", help="allow http:// (tests only)")
    reg.add_argument("--json", action="store_true")
    reg.set_defaults(handler=device_register)

    sync = sub.add_parser("sync", help="send this desk's work to the county and take back its decisions")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=sync_now)


def device_register(args: argparse.Namespace) -> int:
    if args.server.startswith("http://") and not args.plain_http:
        print_lines([tr("The county server's address must start with https://.")])
        return PROBLEMS

    def work(desk: Desk) -> int:
        service = SyncService(desk.store, desk.account.username)
        device_id = service.register(args.server, args.code, plain_http=args.plain_http, name=args.name)
        if args.json:
            print_json({"device_id": device_id, "server": args.server})
        else:
            print_lines([tr("This desk is registered with the county server %s.") % args.server])
        return OK

    return _with_desk(args, work)


def sync_now(args: argparse.Namespace) -> int:
    def work(desk: Desk) -> int:
        service = SyncService(desk.store, desk.account.username)
        report = service.sync(progress=NO_PROGRESS if args.json else _stderr_progress())
        if args.json:
            print_json(report.to_json())
        else:
            counts = (report.pushed, report.pulled, report.quarantined, report.pending)
            print_lines([tr("Sent %d, received %d, set aside %d, waiting %d.") % counts])
            if report.clock_warning:
                print_lines([tr("This computer's clock differs from the county's by more than five minutes. "
                                "The sync is not affected, but please set the clock right.")])  # fmt: skip
        return OK if not report.quarantined else PROBLEMS

    return _with_desk(args, work)
