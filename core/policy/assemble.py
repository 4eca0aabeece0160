"""Merge checked layer files into the parts of a Policy, checking what refers to what across layers."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.policy.errors import PolicyCode
from core.policy.model import CertRuleSpec, Figure, FigureValue, Group, Rule, Source, Status
from core.policy.schema import REQUIRED_FIGURES, REQUIRED_RULES, Kind, kind_of
from core.policy.validate import located
from core.policy.yamldoc import PathPart, YamlDocument
from core.problems import Problem, error

_DAIJIAO_GROUP_PREFIX = "daijiao.amount."


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class LayerFile:
    level: str
    code: str
    path: Path
    doc: YamlDocument

    @property
    def data(self) -> Mapping[str, Any]:
        return self.doc.data if isinstance(self.doc.data, Mapping) else {}

    def section(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name)
        return value if isinstance(value, Mapping) else {}


@dataclass(frozen=True)
class PackParts:
    sources: Mapping[str, Source]
    rules: Mapping[str, Rule]
    groups: Mapping[str, Group]
    figures: Mapping[str, tuple[tuple[Figure, ...], ...]]


class Assembler:
    def __init__(self, layers: Sequence[LayerFile]) -> None:
        self.layers = tuple(layers)
        self.problems: list[Problem] = []

    def assemble(self) -> PackParts:
        sources = {
            key: Source(key, raw.get("doc_no"), raw["title"], raw.get("note"))
            for layer in self.layers
            for key, raw in layer.section("sources").items()
        }
        rules: dict[str, Rule] = {}
        groups: dict[str, Group] = {}
        figures: dict[str, list[tuple[Figure, ...]]] = {}
        for layer in self.layers:
            self._date(layer, ("layer", "signed_off_on"), layer.section("layer").get("signed_off_on"))
            rules.update(self._rules(layer, sources))
            groups.update(self._groups(layer, sources))
            for key, entries in self._figures(layer, sources).items():
                figures.setdefault(key, []).insert(0, entries)  # most specific layer first
        self._check_group_keys(figures, groups)
        self._check_required(figures, rules)
        return PackParts(sources, rules, groups, {key: tuple(v) for key, v in figures.items()})

    # -- references and dates -------------------------------------------------------------------

    def _problem(
        self, code: PolicyCode, layer: LayerFile, path: Sequence[PathPart], **params: str | int
    ) -> None:
        self.problems.append(located(code, layer.doc, layer.path.name, path, **params))

    def _source(
        self, layer: LayerFile, path: tuple[PathPart, ...], key: str, sources: Mapping[str, Source]
    ) -> Source | None:
        source = sources.get(key)
        if source is None:
            self._problem(PolicyCode.UNKNOWN_SOURCE, layer, (*path, "source"), source=key)
        return source

    def _cited(self, layer: LayerFile, path: tuple[PathPart, ...], raw: Mapping[str, Any]) -> Status:
        status = Status(raw["status"])
        if status is Status.CONFIRMED and not raw.get("clause"):
            self._problem(PolicyCode.CONFIRMED_WITHOUT_CLAUSE, layer, (*path, "clause"))
        return status

    def _date(self, layer: LayerFile, path: tuple[PathPart, ...], text: object) -> date | None:
        if not isinstance(text, str):
            return None
        day = parse_date(text)
        if day is None:
            self._problem(PolicyCode.BAD_DATE, layer, path, value=text)
        return day

    # -- sections -------------------------------------------------------------------------------

    def _rules(self, layer: LayerFile, sources: Mapping[str, Source]) -> dict[str, Rule]:
        rules = {}
        for rule_id, raw in layer.section("rules").items():
            path = ("rules", rule_id)
            source = self._source(layer, path, raw["source"], sources)
            status = self._cited(layer, path, raw)
            if source is not None:
                rules[rule_id] = Rule(rule_id, raw["title"], source, raw["clause"], status, layer.code)
        return rules

    def _groups(self, layer: LayerFile, sources: Mapping[str, Source]) -> dict[str, Group]:
        groups = {}
        for key, raw in layer.section("groups").items():
            path = ("groups", key)
            source = self._source(layer, path, raw["source"], sources)
            status = self._cited(layer, path, raw)
            if source is None:
                continue
            groups[key] = Group(
                key=key,
                label=raw["label"],
                owner=raw["owner"],
                daijiao=raw["daijiao"],
                keeps_minimum_tier=raw["keeps_minimum_tier"],
                subtypes=tuple(raw.get("subtypes", ())),
                source=source,
                clause=raw["clause"],
                status=status,
                layer=layer.code,
                from_disability_cert=_cert_rules(raw.get("from_disability_cert", ())),
                review_from_disability_cert=_cert_rules(raw.get("review_from_disability_cert", ())),
            )
        return groups

    def _figures(self, layer: LayerFile, sources: Mapping[str, Source]) -> dict[str, tuple[Figure, ...]]:
        out = {}
        for key, raw_entries in layer.section("figures").items():
            kind = kind_of(key)
            if kind is None:  # the schema already reported it
                continue
            entries = [
                figure
                for index, raw in enumerate(raw_entries)
                if (figure := self._figure(layer, ("figures", key, index), key, kind, raw, sources))
                is not None
            ]
            self._check_periods(layer, key, entries)
            out[key] = tuple(entries)
        return out

    def _figure(
        self,
        layer: LayerFile,
        path: tuple[PathPart, ...],
        key: str,
        kind: Kind,
        raw: Mapping[str, Any],
        sources: Mapping[str, Source],
    ) -> Figure | None:
        source = self._source(layer, path, raw["source"], sources)
        status = self._cited(layer, path, raw)
        start = self._date(layer, (*path, "effective_from"), raw["effective_from"])
        end = self._date(layer, (*path, "effective_to"), raw["effective_to"])
        if start is not None and end is not None and end < start:
            self._problem(
                PolicyCode.PERIOD_REVERSED,
                layer,
                (*path, "effective_to"),
                start=start.isoformat(),
                end=end.isoformat(),
            )
            return None
        if source is None or start is None or (raw["effective_to"] is not None and end is None):
            return None
        assumed = raw.get("assumed")
        return Figure(
            key=key,
            value=_value(kind, raw["value"]),
            status=status,
            source=source,
            clause=raw["clause"],
            effective_from=start,
            effective_to=end,
            layer=layer.code,
            line=layer.doc.line_of(path),
            note=raw.get("note"),
            assumed=Decimal(str(assumed)) if assumed is not None else None,
            assumed_basis=raw.get("assumed_basis"),
        )

    # -- checks across entries and layers ---------------------------------------------------------

    def _check_periods(self, layer: LayerFile, key: str, entries: list[Figure]) -> None:
        """Within one layer the periods of a figure must not overlap, or a date would have two values."""
        ordered = sorted(entries, key=lambda f: f.effective_from)
        for before, after in itertools.pairwise(ordered):
            if before.effective_to is None or before.effective_to >= after.effective_from:
                index = entries.index(after)
                self._problem(
                    PolicyCode.PERIODS_OVERLAP,
                    layer,
                    ("figures", key, index),
                    key=key,
                    other_line=before.line,
                )

    def _check_group_keys(
        self, figures: Mapping[str, list[tuple[Figure, ...]]], groups: Mapping[str, Group]
    ) -> None:
        for key, per_layer in figures.items():
            group = key.removeprefix(_DAIJIAO_GROUP_PREFIX)
            if not key.startswith(_DAIJIAO_GROUP_PREFIX) or group in groups:
                continue
            for layer in self.layers:
                if any(entries and entries[0].layer == layer.code for entries in per_layer):
                    self._problem(PolicyCode.UNKNOWN_GROUP, layer, ("figures", key), group=group)

    def _check_required(self, figures: Mapping[str, object], rules: Mapping[str, Rule]) -> None:
        for key in REQUIRED_FIGURES:
            if key not in figures:
                self.problems.append(error(PolicyCode.MISSING_FIGURE, None, key=key))
        for rule_id in REQUIRED_RULES:
            if rule_id not in rules:
                self.problems.append(error(PolicyCode.MISSING_RULE, None, rule=rule_id))


def _value(kind: Kind, raw: object) -> FigureValue:
    if raw is None:
        return None
    if kind is Kind.FLAG:
        return bool(raw)
    if kind is Kind.TIERS and isinstance(raw, list):
        return tuple(Decimal(str(v)) for v in raw)
    return Decimal(str(raw))


def _cert_rules(raw: Sequence[Mapping[str, Any]]) -> tuple[CertRuleSpec, ...]:
    return tuple(
        CertRuleSpec(
            categories=frozenset(r["categories"]) if r["categories"] is not None else None,
            grades=frozenset(r["grades"]),
            status=Status(r["status"]),
        )
        for r in raw
    )
