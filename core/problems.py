"""Problem codes: what went wrong, as data. The edges turn them into words.

Each core module declares its codes in a ``StrEnum`` decorated with :func:`problem_codes`,
so that the message catalogue can be checked for completeness by a test.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

_E = TypeVar("_E", bound=type[StrEnum])

_REGISTRY: dict[str, StrEnum] = {}


def problem_codes(enum: _E) -> _E:
    """Class decorator: register every member of a problem-code enum (codes must be unique)."""
    for member in enum:
        value = str(member.value)
        if value in _REGISTRY and _REGISTRY[value] is not member:
            raise ValueError(f"duplicate problem code {value!r}")
        _REGISTRY[value] = member
    return enum


def registered_codes() -> Mapping[str, StrEnum]:
    """All codes registered so far (import the modules first)."""
    return dict(_REGISTRY)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input. ``params`` fill the placeholders of the message."""

    code: str
    severity: Severity = Severity.ERROR
    field: str | None = None
    params: Mapping[str, str | int] = dataclasses.field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"code": str(self.code), "severity": str(self.severity)}
        if self.field is not None:
            out["field"] = self.field
        if self.params:
            out["params"] = dict(self.params)
        return out


def error(code: StrEnum | str, field: str | None = None, **params: str | int) -> Problem:
    return Problem(str(code), Severity.ERROR, field, params)


def warning(code: StrEnum | str, field: str | None = None, **params: str | int) -> Problem:
    return Problem(str(code), Severity.WARNING, field, params)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.is_error for p in problems)
