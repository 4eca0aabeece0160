"""``cunbao-county serve``: the sync API on uvicorn, over TLS with the county's own certificate.

Plain HTTP only with ``--plain-http`` (tests, or behind a TLS-terminating proxy the county runs): every
request carries a device token, which must not cross a network in clear.
"""

from __future__ import annotations

import argparse
import sys
from enum import StrEnum
from typing import Any

import uvicorn

from core.problems import problem_codes
from sync.county import cases_cli, certs
from sync.county.api import create_app
from sync.county.cli import COMMANDS, TLS_DIR, CliContext, Commands
from sync.county.cli import main as cli_main
from sync.county.problems import CountyError

DEFAULT_PORT = 8443


@problem_codes
class ServeProblem(StrEnum):
    CERT_MISSING = "county.cert_missing"  # serve over TLS before `cunbao-county cert create`


def add_serve_command(commands: Commands) -> None:
    serve = commands.add_parser("serve", help="run the sync server for the service points")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default all)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument(
        "--plain-http", action="store_true", help="no TLS (tests, or behind a TLS proxy): tokens cross in clear"
    )
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace, context: CliContext) -> int:
    store = context.open_store()
    options: dict[str, Any] = {}
    if not args.plain_http:
        found = certs.existing_certificate(context.data_dir / TLS_DIR)
        if found is None:
            store.close()
            raise CountyError.of(ServeProblem.CERT_MISSING, folder=str(context.data_dir / TLS_DIR))
        options = {"ssl_certfile": str(found.cert), "ssl_keyfile": str(found.key)}
    try:
        # one worker process: SQLite wants one writer, and the per-village feed row queues PostgreSQL writers
        uvicorn.run(create_app(store, context.data_dir), host=args.host, port=args.port, log_level="warning",
                    timeout_keep_alive=30, **options)  # fmt: skip
    finally:
        store.close()
    return 0


# the server's entry point offers the clerk's inbox and the server itself beside the device commands
COMMANDS.extend([cases_cli.add_cases_commands, add_serve_command])


def main(argv: list[str] | None = None) -> int:
    """``cunbao-county``: the clerk's commands with ``serve`` among them (the entry point names this)."""
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
