"""The figures and groups of the policy pack the comparison needs, looked up once per run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.policy.model import Policy
from core.policy.trace import Trace, Traced


@dataclass(frozen=True)
class PolicyFacts:
    year: int
    enrol_age: int
    claim_age: int
    min_years: int
    arrears_after_claim_age: bool | None  # None: the pack leaves it open (staff decide)
    max_list_age_days: int
    groups: frozenset[str]  # every group the pack knows: the hardship groups and 已脱贫
    daijiao_groups: frozenset[str]
    labels: dict[str, str]
    amounts: dict[str, Decimal | None]  # 代缴 per group; None while the county's slot is open
    unconfirmed: tuple[Traced, ...]

    def label(self, group: str) -> str:
        return self.labels.get(group, group)

    def labels_of(self, groups: frozenset[str] | set[str]) -> str:
        return "、".join(self.label(g) for g in sorted(groups))

    def daijiao_amount(self, groups: frozenset[str] | set[str]) -> Decimal | None:
        """P-02: one 代缴 a year whatever the number of groups: the largest amount, never a sum."""
        amounts = [self.amounts.get(g) for g in groups if g in self.daijiao_groups]
        known = [a for a in amounts if a is not None]
        return max(known) if known and len(known) == len(amounts) else None


def policy_facts(policy: Policy, today: date) -> PolicyFacts:
    """Raises PolicyError when the pack has no value today for a figure the worklists cannot do without."""
    trace = Trace(policy)
    after = trace.figure("arrears.after_60_allowed", today)
    daijiao = frozenset(g.key for g in policy.daijiao_groups())
    return PolicyFacts(
        year=today.year,
        enrol_age=int(trace.number("enrol.min_age", today)),
        claim_age=int(trace.number("claim.age", today)),
        min_years=int(trace.number("claim.min_years", today)),
        arrears_after_claim_age=after.flag if after is not None else None,
        max_list_age_days=int(trace.number("lists.max_age_days", today)),
        groups=frozenset(policy.groups),
        daijiao_groups=daijiao,
        labels={g.key: g.label for g in policy.group_list()},
        amounts={g: _amount(trace, g, today) for g in sorted(daijiao)},
        unconfirmed=trace.unconfirmed(),
    )


def _amount(trace: Trace, group: str, today: date) -> Decimal | None:
    """The county's amount for the group; while its slot is open, the pack's default (as eligibility does)."""
    for key in (f"daijiao.amount.{group}", "daijiao.amount"):
        figure = trace.figure(key, today)
        if figure is not None and figure.amount is not None:
            return figure.amount
    return None
