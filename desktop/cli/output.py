"""How the ``cunbao`` command talks: translated text for people, JSON for programs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication

from core.problems import Problem
from desktop.messages import describe

OK = 0
PROBLEMS = 1
USAGE = 2


def tr(text: str) -> str:
    """Translate a CLI sentence. lupdate files bare ``tr()`` calls outside a class under the empty
    context, so that is the context looked up here."""
    return QCoreApplication.translate("", text)


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # yuan with at most fen precision: a float's repr prints exactly those digits
        return float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "to_json"):
        return value.to_json()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(data: Any, out: TextIO | None = None) -> None:
    json.dump(data, out or sys.stdout, ensure_ascii=False, indent=2, default=_default)
    (out or sys.stdout).write("\n")


def print_lines(lines: Iterable[str], out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    for line in lines:
        stream.write(line + "\n")


def print_problems(problems: Iterable[Problem], out: TextIO | None = None) -> None:
    stream = out or sys.stderr
    for problem in problems:
        mark = tr("Error") if problem.is_error else tr("Warning")
        stream.write(f"{mark}: {describe(problem)}\n")
