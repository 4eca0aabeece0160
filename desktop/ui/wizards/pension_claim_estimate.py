"""The monthly pension of someone claiming at 60, estimated by the 算得清 service (ExplanationService).

The service projects the years still to be paid, from the next unpaid year to the year the resident turns
59. A claimant has usually paid that last year already, so there is nothing left to project; the estimate
then replays that last year as paid (its tier and who paid what) on top of the years before it, with the
missing years as arrears. Without a paid last year there is no estimate: the county calculates the pension
(待遇核定) in any case.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from desktop.services.explanation import Explanation, ExplanationService
from desktop.services.policy import Outcome
from desktop.services.residents import ContributionYear, ResidentProfile


def _paid(rows: list[ContributionYear]) -> Decimal:
    return sum((c.self_paid + c.government_paid + c.subsidy + c.other_funding for c in rows), Decimal(0))


def claim_estimate(service: ExplanationService, profile: ResidentProfile, claim_age: int,
                   arrears_years: int) -> Outcome[Explanation]:
    """The estimate with ``arrears_years`` paid as arrears; no result (maybe no problems) when it cannot be made."""
    base = service.inputs_for(profile)
    if base.result is None:
        return Outcome(None, base.problems)
    inputs = replace(base.result, arrears_years=arrears_years)
    last_year = profile.summary.birth_date.year + claim_age - 1
    if inputs.start_year > last_year:
        final = next((c for c in profile.contributions if c.year == last_year and not c.arrears), None)
        if final is None:
            return Outcome(None)
        before = [c for c in profile.contributions if c is not final]
        inputs = replace(inputs, start_year=last_year, tier=final.tier, government_pays=final.government_paid,
                         other_funding=final.other_funding, years_paid=len({c.year for c in before}),
                         paid_balance=_paid(before))
    return service.explain(inputs)
