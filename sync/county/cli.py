"""``cunbao-county``: the county clerk's commands (devices, the TLS certificate).

Each command group is a function in :data:`COMMANDS` that adds its subparsers and sets ``handler``
(``(args, context) -> exit code``) on each. ``serve`` and ``cases`` are added the same way: write
``add_serve_command(commands)`` beside the server and append it to :data:`COMMANDS` (or pass your own
list to :func:`build_parser`). Exit codes: 0 done, 1 refused (the reason on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO, TypeAlias

import platformdirs

from sync.county import certs, devices
from sync.county.messages import Lang, describe, text
from sync.county.problems import CountyError
from sync.county.store import CountyStore

DATA_VARIABLE = "CUNBAO_COUNTY_DATA"
DATABASE_VARIABLE = "CUNBAO_COUNTY_DATABASE_URL"
COUNTIES_VARIABLE = "CUNBAO_COUNTY_CODES"
TLS_DIR = "tls"

# argparse has no public name for the object add_subparsers() returns
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


@dataclass(frozen=True)
class CliContext:
    """What every command needs: where the data lives, the language, where to write."""

    data_dir: Path
    database_url: str | None
    served_counties: frozenset[str] | None
    lang: Lang
    out: TextIO
    err: TextIO

    def open_store(self) -> CountyStore:
        return CountyStore.open(self.data_dir, self.database_url)

    def say(self, key: str, /, **params: object) -> None:
        print(text(key, self.lang, **params), file=self.out)

    def json(self, value: object) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.out)

    def when(self, moment: datetime | None) -> str:
        """A server time in this machine's time zone, as the clerk reads a clock."""
        if moment is None:
            return text("cli.never", self.lang)
        local = moment.astimezone()
        return local.strftime("%Y-%m-%d %H:%M ") + _utc_offset(local)


Handler = Callable[[argparse.Namespace, CliContext], int]


def add_device_commands(commands: Commands) -> None:
    device = commands.add_parser("device", help="registration codes and registered service-point computers")
    actions = device.add_subparsers(dest="device_command", required=True, metavar="{issue,list,revoke}")
    issue = actions.add_parser("issue", help="issue a one-time registration code for a village")
    issue.add_argument("--village", required=True, help="the village's 12-digit code, e.g. 640104001002")
    issue.add_argument("--valid-hours", type=int, default=72, help="hours until the code expires (default 72)")
    issue.add_argument("--json", action="store_true", help='print {"code", "village", "expires_at"}')
    issue.set_defaults(handler=_issue)
    listing = actions.add_parser("list", help="list registered devices")
    listing.add_argument("--village", help="only this village's devices")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=_list)
    revoke = actions.add_parser("revoke", help="stop a device's sync at once")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    revoke.set_defaults(handler=_revoke)


def add_cert_commands(commands: Commands) -> None:
    cert = commands.add_parser("cert", help="the server's TLS certificate")
    actions = cert.add_subparsers(dest="cert_command", required=True, metavar="{create}")
    create = actions.add_parser("create", help="create a self-signed certificate and print its fingerprint")
    create.add_argument(
        "--host", action="append", default=[], help="a name or IP address desks use (repeat; localhost is added)"
    )
    create.add_argument("--replace", action="store_true", help="replace an existing certificate")
    create.add_argument("--json", action="store_true", help='print {"cert", "key", "fingerprint", "hosts"}')
    create.set_defaults(handler=_cert_create)


COMMANDS: list[Callable[[Commands], None]] = [add_device_commands, add_cert_commands]


def build_parser(commands: Sequence[Callable[[Commands], None]] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cunbao-county", description="Cunbao county server")
    parser.add_argument(
        "--data-dir", type=Path, help=f"where the county keeps its data (default ${DATA_VARIABLE} or the user data dir)"
    )
    parser.add_argument(
        "--database-url",
        help=f"a PostgreSQL URL, postgresql+psycopg://user:password@host/db (default ${DATABASE_VARIABLE}, else "
        "SQLite in the data dir)",
    )
    parser.add_argument(
        "--county",
        action="append",
        metavar="CODE",
        help=f"a 6-digit county this server serves (repeat; default ${COUNTIES_VARIABLE}, else any Ningxia county)",
    )
    parser.add_argument("--lang", choices=[lang.value for lang in Lang], default=Lang.ZH.value, help="zh or en")
    subcommands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS if commands is None else commands:
        add(subcommands)
    return parser


def context_from(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> CliContext:
    data_dir = args.data_dir or Path(os.environ.get(DATA_VARIABLE) or platformdirs.user_data_dir("cunbao-county"))
    counties = args.county or [c for c in os.environ.get(COUNTIES_VARIABLE, "").split(",") if c.strip()]
    return CliContext(
        data_dir=data_dir,
        database_url=args.database_url or os.environ.get(DATABASE_VARIABLE) or None,
        served_counties=frozenset(c.strip() for c in counties) if counties else None,
        lang=Lang(args.lang),
        out=out or sys.stdout,
        err=err or sys.stderr,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help (0) or wrong usage (2): argparse has already printed why
        return stop.code if isinstance(stop.code, int) else 2
    context = context_from(args)
    handler: Handler = args.handler
    try:
        return handler(args, context)
    except CountyError as refused:
        print(describe(refused.problem, context.lang), file=context.err)
        return 1


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)  # whole seconds read better in JSON and on screen


def _issue(args: argparse.Namespace, context: CliContext) -> int:
    store = context.open_store()
    try:
        with store.session() as session:
            issued = devices.issue_code(
                session, args.village, _now(), timedelta(hours=args.valid_hours), context.served_counties
            )
    finally:
        store.close()
    if args.json:
        context.json({"code": issued.code, "village": issued.village_code, "expires_at": issued.expires_at.isoformat()})
    else:
        context.say(
            "cli.code_issued",
            code=issued.code,
            village=issued.village_code,
            name=issued.village_name,
            expires=context.when(issued.expires_at),
        )
    return 0


def _list(args: argparse.Namespace, context: CliContext) -> int:
    store = context.open_store()
    try:
        with store.session(readonly=True) as session:
            found = devices.list_devices(session, args.village)
    finally:
        store.close()
    if args.json:
        context.json([_device_json(d) for d in found])
    elif not found:
        context.say("cli.no_devices")
    else:
        context.say("cli.device_header")
        for d in found:
            status = text("cli.revoked_at", context.lang, at=context.when(d.revoked_at)) if d.revoked else None
            row = (d.device_id, d.village_code, d.name, context.when(d.registered_at), context.when(d.last_seen_at))
            print("\t".join(map(str, row)) + "\t" + (status or text("cli.active", context.lang)), file=context.out)
    return 0


def _revoke(args: argparse.Namespace, context: CliContext) -> int:
    store = context.open_store()
    try:
        with store.session() as session:
            device = devices.revoke(session, args.device_id, _now())
    finally:
        store.close()
    context.say("cli.device_revoked", device=device.device_id, village=device.village_code, name=device.name)
    return 0


def _cert_create(args: argparse.Namespace, context: CliContext) -> int:
    files = certs.create_certificate(context.data_dir / TLS_DIR, args.host, replace=args.replace)
    if args.json:
        context.json(
            {"cert": str(files.cert), "key": str(files.key), "fingerprint": files.fingerprint, "hosts": files.hostnames}
        )
    else:
        context.say(
            "cli.cert_created",
            cert=files.cert,
            key=files.key,
            hosts=", ".join(files.hostnames),
            fingerprint=files.fingerprint,
        )
    return 0


def _device_json(device: devices.Device) -> dict[str, Any]:
    def stamp(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment is not None else None

    return {
        "id": str(device.device_id),
        "county": device.county_code,
        "village": device.village_code,
        "name": device.name,
        "registered_at": stamp(device.registered_at),
        "last_seen_at": stamp(device.last_seen_at),
        "revoked_at": stamp(device.revoked_at),
    }


def _utc_offset(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"(UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
