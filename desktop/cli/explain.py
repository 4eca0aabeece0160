"""Plain-language text for people at a terminal: decisions, estimates and the policy pack."""

from __future__ import annotations

from datetime import date

from core.pension import PensionEstimate
from core.policy import Policy
from core.policy.decisions import Decision, Eligibility
from core.problems import error
from desktop.cli.output import tr
from desktop.messages import describe


def _yes_no(decision: Decision) -> str:
    return tr("yes") if decision.eligible else tr("no")


def _decision(title: str, decision: Decision, extra: str = "") -> list[str]:
    cited = f"  [{'; '.join(decision.citations)}]" if decision.citations else ""
    lines = [f"{title}: {_yes_no(decision)}{extra}{cited}"]
    lines += [f"    · {describe(p)}" for p in (*decision.reasons, *decision.notes)]
    return lines


def _yuan(value: object) -> str:
    return tr("unknown") if value is None else tr("%s yuan") % value


def eligibility_lines(e: Eligibility) -> list[str]:
    d = e.daijiao
    daijiao_extra = ""
    if d.eligible:
        daijiao_extra = " — " + tr("government pays %s, subsidy %s") % (_yuan(d.government_pays), _yuan(d.subsidy))
    if d.manual_review:
        daijiao_extra += " — " + tr("needs a manual check")
    claim = e.claim
    claim_extra = ""
    if claim.eligible and claim.benefit_start:
        claim_extra = " — " + tr("pension from %s") % claim.benefit_start
    elif claim.years_missing:
        claim_extra = " — " + tr("%d contribution years missing") % claim.years_missing
    lines = [tr("Decision date: %s, age %d") % (e.on.isoformat(), e.age)]
    lines += _decision(tr("Enrolment"), e.enroll)
    lines += _decision(tr("Government-paid contribution (代缴)"), d, daijiao_extra)
    keep = e.keep_minimum_tier
    lines += _decision(tr("Keeps the old minimum tier"), keep,
                       f" — {_yuan(keep.tier)}" if keep.eligible and keep.tier is not None else "")
    lines += _decision(tr("Pension claim"), claim, claim_extra)
    for advice in e.advice:
        lines.append(tr("Next step: %s") % describe(error(advice.code)) + f"  [{'; '.join(advice.citations)}]")
    lines += _policy_footer(e.policy.id, e.policy.version, e.policy.content_hash, len(e.unconfirmed))
    return lines


def _policy_footer(pack: str, version: str, content_hash: str, unconfirmed: int) -> list[str]:
    lines = [tr("Policy pack: %s %s (%s)") % (pack, version, content_hash[:12])]
    if unconfirmed:
        lines.append(tr("%d figure(s) or rule(s) used are not yet confirmed by the county; "
                        "treat the result as an estimate.") % unconfirmed)
    return lines


def estimate_lines(est: PensionEstimate) -> list[str]:
    lines = [
        tr("Contribution years: %d (%d–%d)") % (est.years, est.breakdown[0].year, est.breakdown[-1].year)
        if est.breakdown else tr("Contribution years: 0"),
        tr("Account balance at 60: %s yuan") % f"{est.balance_at_60:.2f}",
        tr("Account pension: %s yuan a month (balance ÷ %s)") % (f"{est.account_monthly:.2f}", est.divisor),
        tr("Basic pension: %s yuan a month") % f"{est.basic_monthly:.2f}",
        tr("Total: %s yuan a month, from %s") % (f"{est.monthly_total:.2f}", est.benefit_start),
        "",
        "\t".join((tr("Year"), tr("Self"), tr("Government"), tr("Subsidy"), tr("Other"), tr("Rate"),
                   tr("Balance"))),
    ]
    for row in est.breakdown:
        mark = " *" if row.arrears else ""
        lines.append(f"{row.year}{mark}\t{row.self_paid:.2f}\t{row.government_paid:.2f}\t{row.subsidy:.2f}\t"
                     f"{row.other:.2f}\t{row.rate * 100:.2f}%\t{row.balance:.2f}")
    if any(r.arrears for r in est.breakdown):
        lines.append(tr("* arrears year: no government subsidy"))
    lines += [tr("Assumption: %s") % describe(p) for p in est.assumptions]
    lines += _policy_footer(est.policy.id, est.policy.version, est.policy.content_hash, len(est.unconfirmed))
    return lines


def policy_json(policy: Policy, on: date | None) -> dict[str, object]:
    day = on or date.today()
    figures = {}
    for key in policy.figure_keys():
        figure = policy.figure(key, day)
        if figure is not None:
            figures[key] = figure.to_json()
    return {
        "policy": policy.ref.to_json(),
        "date": day.isoformat(),
        "region": policy.region,
        "county": policy.county,
        "layers": [{"level": layer.level, "code": layer.code, "name": layer.name, "version": layer.version,
                    "file": layer.file, "signed_off_by": layer.signed_off_by} for layer in policy.layers],
        "groups": [g.to_json() for g in policy.group_list()],
        "figures": figures,
        "open_slots": len(policy.open_slots()),
    }


def policy_lines(policy: Policy, on: date | None) -> list[str]:
    day = on or date.today()
    ref = policy.ref
    lines = [tr("Policy pack %s, version %s") % (ref.id, ref.version), tr("Content hash: %s") % ref.content_hash]
    lines += [f"  {layer.level} {layer.code} {layer.name} ({layer.version})" for layer in policy.layers]
    lines.append(tr("Groups:"))
    lines += [f"  {g.key}\t{g.label}\t{g.owner}" for g in policy.group_list()]
    lines.append(tr("Figures in force on %s:") % day.isoformat())
    for key in policy.figure_keys():
        figure = policy.figure(key, day)
        if figure is None:
            continue
        value = figure.to_json()["value"]
        status = tr("confirmed") if figure.confirmed else tr("UNCONFIRMED")
        shown = value if value is not None else tr("unknown")
        lines.append(f"  {key}\t{shown}\t{status}\t{figure.citation}")
    lines.append(tr("%d value(s) are still unknown and wait for county staff.") % len(policy.open_slots()))
    return lines
