"""Problem codes into words the assistant reads, translated through Qt.

Each area keeps its English source texts in ``desktop/messages/<area>.py`` as
``MESSAGES = {code: QT_TRANSLATE_NOOP("Messages", text)}``; lupdate collects them into the
zh_CN catalogue. This package merges the areas and formats the translated text.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Iterable, Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication

from core.problems import Problem

CONTEXT = "Messages"


@cache
def catalogue() -> Mapping[str, str]:
    """Every known code with its English source text, from all area modules."""
    merged: dict[str, str] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for code, text in getattr(module, "MESSAGES", {}).items():
            if code in merged and merged[code] != text:
                raise ValueError(f"problem code {code!r} has two messages")
            merged[code] = text
    return merged


class _Lenient(dict[str, object]):
    """Leaves an unknown placeholder visible instead of failing on a message."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(problem: Problem) -> str:
    """The translated sentence for one problem (the code itself if no message exists yet)."""
    source = catalogue().get(str(problem.code))
    if source is None:
        return str(problem.code)
    text = QCoreApplication.translate(CONTEXT, source)
    return string.Formatter().vformat(text, (), _Lenient(problem.params))


def describe_all(problems: Iterable[Problem]) -> list[str]:
    return [describe(p) for p in problems]
