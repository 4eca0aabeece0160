"""``cunbao``: the village desk app, and its headless commands.

Exit codes: 0 all well, 1 problems found in the input or the data, 2 usage error.
The global ``--data-dir`` comes before the subcommand everywhere.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli import commands_compare, commands_core, commands_lists, commands_store, commands_sync
from desktop.cli.output import OK, USAGE
from desktop.i18n import ensure_core_application, install_translators
from desktop.paths import default_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cunbao", description="村保 Cunbao — village social-security desk")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: the user data dir)")
    parser.add_argument("--lang", default=None, help="interface language, zh_CN (default) or en")
    parser.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="with no data yet, make a demo desk of synthetic residents instead of the first-run setup",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands_core.register(sub)
    commands_store.register(sub)
    commands_lists.register(sub)
    commands_compare.register(sub)
    commands_sync.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    data_dir: Path = args.data_dir or default_data_dir()
    args.data_dir = data_dir
    if args.command is None:
        from desktop.cli.commands_app import launch_app

        return launch_app(data_dir, args.lang, demo_if_empty=args.demo_if_empty)
    install_translators(ensure_core_application(), args.lang)
    handler = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_usage(sys.stderr)
        return USAGE
    try:
        return int(handler(args))
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        sys.stderr.close()
        return OK


if __name__ == "__main__":
    sys.exit(main())
