"""Who is working: ``CUNBAO_USER``/``CUNBAO_PASSWORD`` from the environment, or asked for."""

from __future__ import annotations

import getpass
import os
import sys

from desktop.cli.output import tr

USER_ENV = "CUNBAO_USER"
PASSWORD_ENV = "CUNBAO_PASSWORD"


class NoCredentialsError(Exception):
    """Nobody to ask: no terminal and nothing in the environment."""


def credentials() -> tuple[str, str]:
    user = os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    interactive = sys.stdin.isatty()
    if not user:
        if not interactive:
            raise NoCredentialsError
        user = input(tr("Assistant user name: ")).strip()
    if password is None:
        if not interactive:
            raise NoCredentialsError
        password = getpass.getpass(tr("Password: "))
    return user, password
