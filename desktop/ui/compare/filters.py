"""Narrowing the worklists to one village or one group (pure: no widgets)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.services.compare import CompareResult, ItemView


@dataclass(frozen=True)
class Filter:
    village: str | None = None  # a 12-digit village code
    group: str | None = None  # a group key

    def keeps(self, item: ItemView) -> bool:
        subject = item.item.subject
        if self.village is not None and (subject is None or subject.village_code != self.village):
            return False
        return self.group is None or self.group in item.item.groups


def filtered(items: Iterable[ItemView], chosen: Filter) -> tuple[ItemView, ...]:
    return tuple(i for i in items if chosen.keeps(i))


def _items(result: CompareResult | None) -> list[ItemView]:
    return [i for w in result.worklists for i in w.items] if result is not None else []


def village_choices(result: CompareResult | None) -> list[tuple[str, str]]:
    """(code, name) of every village someone on a worklist lives in, by name."""
    if result is None:
        return []
    codes = {i.item.subject.village_code for i in _items(result) if i.item.subject is not None} - {None}
    name_of = result.comparison.point.name_of
    return sorted(((c, name_of(c)) for c in codes if c), key=lambda pair: (pair[1], pair[0]))


def group_choices(result: CompareResult | None, labels: Mapping[str, str]) -> list[tuple[str, str]]:
    """(key, name) of every group named on a worklist, in the policy pack's order where it has one."""
    keys = {g for i in _items(result) for g in i.item.groups}
    order = {k: n for n, k in enumerate(labels)}
    return [(k, labels.get(k, k)) for k in sorted(keys, key=lambda k: (order.get(k, len(order)), k))]
