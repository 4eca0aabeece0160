"""The dashboard's figures as rows and series (pure: no widgets): one row per group with coverage and 代缴
completeness, every group together first; the trend's quarters with both rates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.compare import ALL_GROUPS, Dashboard, Figures, Ratio


@dataclass(frozen=True)
class GroupRow:
    key: str
    coverage: Ratio | None
    daijiao: Ratio | None


def rate(ratio: Ratio | None) -> float | None:
    """The ratio in percent; None when there is nobody to count."""
    return ratio.rate * 100 if ratio is not None and ratio.rate is not None else None


def group_rows(figures: Figures, labels: Mapping[str, str]) -> list[GroupRow]:
    """Every group counted, the line for every group together first, then in the policy pack's order."""
    keys = {r.key for r in (*figures.coverage, *figures.daijiao)} - {ALL_GROUPS}
    order = {k: n for n, k in enumerate(labels)}
    ordered = [ALL_GROUPS, *sorted(keys, key=lambda k: (order.get(k, len(order)), k))]
    return [GroupRow(k, figures.coverage_of(k), figures.daijiao_of(k)) for k in ordered]


def trend_rates(board: Dashboard) -> tuple[list[str], list[float | None], list[float | None]]:
    """The quarters ("2026Q3") in order, with coverage and 代缴 completeness of every group together."""
    quarters = [p.quarter for p in board.trend]
    coverage = [rate(p.figures.coverage_of(ALL_GROUPS)) for p in board.trend]
    daijiao = [rate(p.figures.daijiao_of(ALL_GROUPS)) for p in board.trend]
    return quarters, coverage, daijiao
