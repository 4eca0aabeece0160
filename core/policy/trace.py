"""Look figures and rules up while remembering which were used, so a result can list every unconfirmed one."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Protocol

from core.policy.errors import PolicyCode, PolicyError
from core.policy.model import Figure, Policy, Rule, Status
from core.problems import error


class Traced(Protocol):
    """Anything a result rests on that carries a status: a figure, a rule, a certificate rule."""

    @property
    def status(self) -> Status: ...

    def to_json(self) -> dict[str, object]: ...


class Trace:
    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._used: dict[str, Traced] = {}

    def note(self, identity: str, item: Traced) -> None:
        self._used.setdefault(identity, item)

    def figure(self, key: str, on: date) -> Figure | None:
        figure = self.policy.figure(key, on)
        if figure is not None:
            self.note(f"figure:{key}:{figure.layer}:{figure.effective_from.isoformat()}", figure)
        return figure

    def number(self, key: str, on: date) -> Decimal:
        """A figure the rules cannot do without; a pack with no value for that day cannot be used for it."""
        figure = self.figure(key, on)
        value = figure.amount if figure is not None else None
        if value is None:
            raise PolicyError([error(PolicyCode.NO_VALUE_ON_DATE, None, key=key, date=on.isoformat())])
        return value

    def rule(self, rule_id: str) -> Rule:
        rule = self.policy.rule(rule_id)
        self.note(f"rule:{rule_id}", rule)
        return rule

    def unconfirmed(self) -> tuple[Traced, ...]:
        return tuple(item for item in self._used.values() if item.status is not Status.CONFIRMED)


def citations(items: Iterable[Figure | Rule | None]) -> tuple[str, ...]:
    """The distinct citations of the items, in order."""
    return tuple(dict.fromkeys(item.citation for item in items if item is not None))
