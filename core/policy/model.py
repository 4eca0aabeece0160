"""A loaded policy pack: dated figures, groups, rules and their sources, merged from its layers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

FigureValue = Decimal | bool | tuple[Decimal, ...] | None


class Status(StrEnum):
    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"


def json_number(value: Decimal) -> int | float:
    """A Decimal as a JSON number: whole numbers stay integers."""
    return int(value) if value == value.to_integral_value() else float(value)


def _json_value(value: FigureValue) -> object:
    if isinstance(value, Decimal):
        return json_number(value)
    if isinstance(value, tuple):
        return [json_number(v) for v in value]
    return value


@dataclass(frozen=True)
class Source:
    key: str
    doc_no: str | None
    title: str
    note: str | None = None

    @property
    def name(self) -> str:
        """How a citation names the document: its number, or its title when it has none."""
        return self.doc_no or self.title


def cite(source: Source, clause: str | None) -> str:
    """A citation such as "宁人社发〔2021〕154号 二(一)"."""
    return f"{source.name} {clause}" if clause else source.name


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    source: Source
    clause: str | None
    status: Status
    layer: str

    @property
    def citation(self) -> str:
        return cite(self.source, self.clause)

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.id,
            "title": self.title,
            "status": str(self.status),
            "citation": self.citation,
            "layer": self.layer,
        }


@dataclass(frozen=True)
class CertRuleSpec:
    """Certificates of these categories (None: any) and grades put the holder in a group."""

    categories: frozenset[int] | None
    grades: frozenset[int]
    status: Status


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    owner: str
    daijiao: bool
    keeps_minimum_tier: bool
    subtypes: tuple[str, ...]
    source: Source
    clause: str | None
    status: Status
    layer: str
    from_disability_cert: tuple[CertRuleSpec, ...] = ()
    review_from_disability_cert: tuple[CertRuleSpec, ...] = ()

    @property
    def citation(self) -> str:
        return cite(self.source, self.clause)

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.label,
            "owner": self.owner,
            "daijiao": self.daijiao,
            "keeps_minimum_tier": self.keeps_minimum_tier,
            "status": str(self.status),
            "citation": self.citation,
            "layer": self.layer,
        }


@dataclass(frozen=True)
class Figure:
    """One dated value of a figure, from one layer. `value` None is an open slot nobody has filled."""

    key: str
    value: FigureValue
    status: Status
    source: Source
    clause: str | None
    effective_from: date
    effective_to: date | None
    layer: str
    line: int
    note: str | None = None
    assumed: Decimal | None = None  # what to use while the value is unknown, labelled as an assumption
    assumed_basis: str | None = None

    @property
    def confirmed(self) -> bool:
        return self.status is Status.CONFIRMED

    @property
    def citation(self) -> str:
        return cite(self.source, self.clause)

    @property
    def amount(self) -> Decimal | None:
        """The value of a money, rate or count figure (None when the slot is open)."""
        if self.value is None or isinstance(self.value, Decimal):
            return self.value
        raise TypeError(f"figure {self.key} is not a number")

    @property
    def flag(self) -> bool | None:
        if self.value is None or isinstance(self.value, bool):
            return self.value
        raise TypeError(f"figure {self.key} is not a yes/no figure")

    @property
    def amounts(self) -> tuple[Decimal, ...]:
        if self.value is None:
            return ()
        if isinstance(self.value, tuple):
            return self.value
        raise TypeError(f"figure {self.key} is not a list")

    def covers(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "key": self.key,
            "value": _json_value(self.value),
            "status": str(self.status),
            "source": self.source.key,
            "citation": self.citation,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "layer": self.layer,
        }
        if self.assumed is not None:
            out["assumed"] = json_number(self.assumed)
            out["assumed_basis"] = self.assumed_basis
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class LayerInfo:
    level: str
    code: str
    name: str
    version: str
    file: str
    signed_off_by: str | None
    signed_off_on: date | None


@dataclass(frozen=True)
class PolicyRef:
    """What every decision and estimate records about the pack it rests on."""

    id: str
    version: str
    content_hash: str

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "version": self.version, "content_hash": self.content_hash}


@dataclass(frozen=True)
class Policy:
    ref: PolicyRef
    region: str
    county: str | None  # the county asked for, even when it has no layer of its own
    layers: tuple[LayerInfo, ...]  # least specific first
    sources: Mapping[str, Source]
    rules: Mapping[str, Rule]
    groups: Mapping[str, Group]
    figures: Mapping[str, tuple[tuple[Figure, ...], ...]]  # per key: entries per layer, most specific first

    def figure(self, key: str, on: date) -> Figure | None:
        """The figure in force on that day: the most specific layer with a value wins; an open slot
        (value None) answers only when no layer has a value, so callers see what is missing."""
        open_slot: Figure | None = None
        for entries in self.figures.get(key, ()):
            for entry in entries:
                if entry.covers(on):
                    if entry.value is not None:
                        return entry
                    open_slot = open_slot or entry
        return open_slot

    def history(self, key: str) -> tuple[Figure, ...]:
        """Every entry of a figure in every layer, least specific layer first, in date order."""
        per_layer = reversed(self.figures.get(key, ()))
        return tuple(
            entry for entries in per_layer for entry in sorted(entries, key=lambda f: f.effective_from)
        )

    def figure_keys(self) -> tuple[str, ...]:
        return tuple(sorted(self.figures))

    def open_slots(self) -> tuple[Figure, ...]:
        """Every entry whose value is still unknown, for county staff to fill."""
        return tuple(f for key in self.figure_keys() for f in self.history(key) if f.value is None)

    def group(self, key: str) -> Group | None:
        return self.groups.get(key)

    def group_list(self) -> tuple[Group, ...]:
        return tuple(self.groups.values())

    def daijiao_groups(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups.values() if g.daijiao)

    def tiers(self, on: date) -> tuple[Decimal, ...]:
        """The contribution tiers offered on that day (empty if the pack has none for it)."""
        figure = self.figure("contribution.tiers", on)
        return figure.amounts if figure else ()

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]
