"""What a resident is entitled to on a day, decided from a profile and a policy pack.

Each decision says yes or no, the rule ids it applied, the clauses they rest on, and reason codes
(never sentences). Reasons say what stands in the way; notes say what was assumed or also applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.disability import CertRule, DisabilityCert, groups_for_cert, parse_disability_cert
from core.divisions import is_ningxia
from core.ids import ResidentId, parse_resident_id
from core.policy.decisions import (
    Advice,
    CertDerivation,
    ClaimDecision,
    DaijiaoDecision,
    Decision,
    Eligibility,
    KeepTierDecision,
)
from core.policy.model import Figure, Policy, Rule
from core.policy.trace import Trace, citations
from core.problems import Problem, problem_codes, warning
from core.profile import Profile

__all__ = [
    "Advice",
    "AdviceCode",
    "ClaimDecision",
    "ClaimReason",
    "DaijiaoDecision",
    "DaijiaoReason",
    "Decision",
    "Eligibility",
    "EligibilityProblem",
    "EnrollReason",
    "KeepTierDecision",
    "TierReason",
    "evaluate",
]


@problem_codes
class EnrollReason(StrEnum):
    UNDER_AGE = "enroll.under_age"
    STUDENT = "enroll.student"
    EMPLOYEE_PENSION = "enroll.employee_pension"
    PUBLIC_INSTITUTION = "enroll.public_institution"
    HUKOU_OUTSIDE_NINGXIA = "enroll.hukou_outside_ningxia"
    HUKOU_FROM_SERVICE_COUNTY = "enroll.hukou_from_service_county"
    HUKOU_OTHER_COUNTY = "enroll.hukou_other_county"
    ALREADY_ENROLLED = "enroll.already_enrolled"


@problem_codes
class DaijiaoReason(StrEnum):
    NOT_ENROLLING = "daijiao.not_enrolling"
    RECEIVING_PENSION = "daijiao.receiving_pension"
    NO_GROUP = "daijiao.no_group"
    MANUAL_REVIEW = "daijiao.manual_review"
    GROUP_NOT_COVERED = "daijiao.group_not_covered"
    ONCE_PER_YEAR = "daijiao.once_per_year"
    AMOUNT_UNKNOWN = "daijiao.amount_unknown"


@problem_codes
class TierReason(StrEnum):
    NO_GROUP = "keep_tier.no_group"
    MANUAL_REVIEW = "keep_tier.manual_review"


@problem_codes
class ClaimReason(StrEnum):
    UNDER_AGE = "claim.under_age"
    YEARS_MISSING = "claim.years_missing"
    OTHER_BASIC_PENSION = "claim.other_basic_pension"
    ALREADY_RECEIVING = "claim.already_receiving"
    GAP_CLOSES_BY_CONTRIBUTING = "claim.gap_closes_by_contributing"
    GAP_NEEDS_ARREARS = "claim.gap_needs_arrears"
    ARREARS_AFTER_AGE_UNKNOWN = "claim.arrears_after_age_unknown"
    ARREARS_AFTER_AGE_NOT_ALLOWED = "claim.arrears_after_age_not_allowed"


@problem_codes
class AdviceCode(StrEnum):
    FLEXIBLE_WORKER_EMPLOYEE_SCHEME = "advice.flexible_worker_employee_scheme"
    FLEXIBLE_EMPLOYMENT_SUBSIDY = "advice.flexible_employment_subsidy"
    VETERAN_DIRECT_CHANNEL = "advice.veteran_direct_channel"


@problem_codes
class EligibilityProblem(StrEnum):
    UNKNOWN_GROUP = "eligibility.unknown_group"
    CERT_IGNORED = "eligibility.cert_ignored"


@dataclass(frozen=True)
class _Case:
    profile: Profile
    person: ResidentId
    on: date
    service_county: str
    trace: Trace

    @property
    def policy(self) -> Policy:
        return self.trace.policy


@dataclass(frozen=True)
class _Membership:
    groups: frozenset[str]  # known groups held this calendar year
    review: frozenset[str]  # groups only a look at the certificate can settle
    unknown: tuple[str, ...]
    problems: tuple[Problem, ...]


def evaluate(profile: Profile, on: date, policy: Policy, service_county: str) -> Eligibility:
    """Decide enrolment, 代缴, keeping the minimum tier, the claim and advice for `profile` on `on`.

    Raises ValueError for a profile whose ID number does not check out (profile_from_json catches that)
    and PolicyError when the pack has no value on that day for a figure the rules need."""
    if policy.county is not None and policy.county != service_county:
        raise ValueError(f"policy loaded for {policy.county}, service point is {service_county}")
    person = parse_resident_id(profile.id_number).resident_id
    if person is None:
        raise ValueError("profile has an invalid ID number; check it with profile_from_json first")
    case = _Case(profile, person, on, service_county, Trace(policy))
    membership = _membership(case)
    enroll = _enroll(case)
    return Eligibility(
        on=on,
        service_county=service_county,
        hukou_division=profile.hukou_division or service_county,
        age=person.age_on(on),
        enroll=enroll,
        daijiao=_daijiao(case, membership, enroll.eligible),
        keep_minimum_tier=_keep_tier(case, membership),
        claim=_claim(case),
        advice=_advice(case),
        groups=tuple(sorted(membership.groups)),
        unknown_groups=membership.unknown,
        problems=membership.problems,
        unconfirmed=case.trace.unconfirmed(),
        policy=policy.ref,
    )


def _membership(case: _Case) -> _Membership:
    """Groups held at any time in the calendar year of the day (P-04), from spans and the certificate."""
    year_start, year_end = date(case.on.year, 1, 1), date(case.on.year, 12, 31)
    held = {span.group for span in case.profile.groups if span.overlaps(year_start, year_end)}
    unknown = tuple(sorted(g for g in held if g not in case.policy.groups))
    problems = [warning(EligibilityProblem.UNKNOWN_GROUP, "groups", group=g) for g in unknown]
    groups = {g for g in held if g in case.policy.groups}
    review: set[str] = set()
    if case.profile.disability_cert:
        check = parse_disability_cert(case.profile.disability_cert, case.person.number)
        if check.cert is None:
            first = check.problems[0].code if check.problems else ""
            problems.append(warning(EligibilityProblem.CERT_IGNORED, "disability_cert", cert_problem=first))
        else:
            from_cert, review = _cert_groups(case, check.cert)
            groups |= from_cert
    return _Membership(frozenset(groups), frozenset(review - groups), unknown, tuple(problems))


def _cert_groups(case: _Case, cert: DisabilityCert) -> tuple[set[str], set[str]]:
    rules, reviews = [], []
    for group in case.policy.group_list():
        for spec in group.from_disability_cert:
            rules.append(
                (CertRule(group.key, spec.categories, spec.grades), CertDerivation(group.key, spec, False))
            )
        for spec in group.review_from_disability_cert:
            reviews.append(
                (CertRule(group.key, spec.categories, spec.grades), CertDerivation(group.key, spec, True))
            )
    found = groups_for_cert(cert, [r for r, _ in rules], [r for r, _ in reviews])
    for rule, derivation in [*rules, *reviews]:
        if rule.matches(cert):
            case.trace.note(f"cert:{derivation.group}:{derivation.review}", derivation)
    return set(found.groups), set(found.review_groups)


def _enroll(case: _Case) -> Decision:
    profile, on, trace = case.profile, case.on, case.trace
    rule = trace.rule("enrol")
    min_age_figure = trace.figure("enrol.min_age", on)
    min_age = int(trace.number("enrol.min_age", on))
    age = case.person.age_on(on)
    reasons, notes = [], []
    if age < min_age:
        reasons.append(warning(EnrollReason.UNDER_AGE, age=age, min_age=min_age))
    if profile.student:
        reasons.append(warning(EnrollReason.STUDENT))
    if profile.employee_pension:
        reasons.append(warning(EnrollReason.EMPLOYEE_PENSION))
    if profile.public_institution:
        reasons.append(warning(EnrollReason.PUBLIC_INSTITUTION))
    hukou = profile.hukou_division or case.service_county
    if profile.hukou_division is None:
        notes.append(warning(EnrollReason.HUKOU_FROM_SERVICE_COUNTY, county=case.service_county))
    if not is_ningxia(hukou):
        reasons.append(warning(EnrollReason.HUKOU_OUTSIDE_NINGXIA, hukou=hukou))
    elif hukou != case.service_county:
        notes.append(warning(EnrollReason.HUKOU_OTHER_COUNTY, hukou=hukou, county=case.service_county))
    if profile.enrolled or profile.receiving_resident_pension:
        notes.append(warning(EnrollReason.ALREADY_ENROLLED))
    return Decision(
        eligible=not reasons,
        rules=(rule.id,),
        citations=citations([rule, min_age_figure]),
        reasons=tuple(reasons),
        notes=tuple(notes),
    )


def _daijiao(case: _Case, membership: _Membership, enroll_ok: bool) -> DaijiaoDecision:
    profile, on, trace, policy = case.profile, case.on, case.trace, case.policy
    cited = [trace.rule(r) for r in ("S-01", "S-02", "P-02", "P-03", "P-04")]
    groups = sorted(g for g in membership.groups if policy.groups[g].daijiao)
    review = sorted(g for g in membership.review if policy.groups[g].daijiao)
    reasons, notes = [], []
    enrolling = profile.enrolled or enroll_ok
    if not enrolling:
        reasons.append(warning(DaijiaoReason.NOT_ENROLLING))
    if profile.receiving_resident_pension:
        reasons.append(warning(DaijiaoReason.RECEIVING_PENSION))
    if not groups and review:
        cited.append(trace.rule("CERT-REVIEW"))
        reasons.extend(warning(DaijiaoReason.MANUAL_REVIEW, group=g) for g in review)
    elif not groups:
        reasons.append(warning(DaijiaoReason.NO_GROUP, year=on.year))
    for group in sorted(g for g in membership.groups if not policy.groups[g].daijiao):
        cited.append(trace.rule("S-03a"))
        notes.append(warning(DaijiaoReason.GROUP_NOT_COVERED, group=group))
    if len(groups) > 1:
        notes.append(warning(DaijiaoReason.ONCE_PER_YEAR, groups=", ".join(groups)))
    manual_review = not groups and bool(review) and enrolling and not profile.receiving_resident_pension
    if reasons:
        return DaijiaoDecision(
            False, _ids(cited), citations(cited), tuple(reasons), tuple(notes), manual_review=manual_review
        )

    amounts = {g: _daijiao_amount(case, g) for g in groups}
    notes.extend(warning(DaijiaoReason.AMOUNT_UNKNOWN, group=g) for g, f in amounts.items() if f is None)
    known = [f.amount for f in amounts.values() if f is not None and f.amount is not None]
    # P-02: one payment per person and year, whatever the number of groups: the largest amount, never a sum
    pays = max(known) if known and len(known) == len(amounts) else None
    subsidy_figure = trace.figure("daijiao.subsidy", on)
    figures = [f for f in amounts.values() if f is not None]
    return DaijiaoDecision(
        eligible=True,
        rules=_ids(cited),
        citations=citations([*cited, *figures, subsidy_figure]),
        notes=tuple(notes),
        government_pays=pays,
        subsidy=subsidy_figure.amount if subsidy_figure else None,
        groups=tuple(groups),
    )


def _daijiao_amount(case: _Case, group: str) -> Figure | None:
    """The county's amount for the group; while its slot is open, the pack's default amount."""
    own = case.trace.figure(f"daijiao.amount.{group}", case.on)
    if own is not None and own.amount is not None:
        return own
    default = case.trace.figure("daijiao.amount", case.on)
    return default if default is not None and default.amount is not None else None


def _keep_tier(case: _Case, membership: _Membership) -> KeepTierDecision:
    policy, trace = case.policy, case.trace
    groups = sorted(g for g in membership.groups if policy.groups[g].keeps_minimum_tier)
    review = sorted(g for g in membership.review if policy.groups[g].keeps_minimum_tier)
    cited = [trace.rule("S-03")]
    if any(not policy.groups[g].daijiao for g in groups):
        cited.append(trace.rule("S-03a"))
    if not groups:
        if review:
            cited.append(trace.rule("CERT-REVIEW"))
        reasons = [warning(TierReason.MANUAL_REVIEW, group=g) for g in review] or [
            warning(TierReason.NO_GROUP)
        ]
        return KeepTierDecision(
            False, _ids(cited), citations(cited), tuple(reasons), manual_review=bool(review)
        )
    tier_figure = trace.figure("contribution.kept_minimum_tier", case.on)
    return KeepTierDecision(
        eligible=True,
        rules=_ids(cited),
        citations=citations([*cited, tier_figure]),
        tier=trace.number("contribution.kept_minimum_tier", case.on),
        groups=tuple(groups),
    )


def _ids(rules: list[Rule]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r.id for r in rules))


def _claim(case: _Case) -> ClaimDecision:
    profile, on, trace = case.profile, case.on, case.trace
    cited: list[Rule] = [trace.rule("claim")]
    figures = [trace.figure(key, on) for key in ("claim.age", "claim.min_years")]
    claim_age = int(trace.number("claim.age", on))
    min_years = int(trace.number("claim.min_years", on))
    months_after = int(trace.number("claim.benefit_start_months_after", on))
    age = case.person.age_on(on)
    years = profile.contribution_years
    missing = max(0, min_years - years)
    reasons = []
    if age < claim_age:
        reasons.append(warning(ClaimReason.UNDER_AGE, age=age, claim_age=claim_age))
    if missing:
        reasons.append(warning(ClaimReason.YEARS_MISSING, missing=missing, years=years, min_years=min_years))
    if profile.other_basic_pension:
        reasons.append(warning(ClaimReason.OTHER_BASIC_PENSION))
    if profile.receiving_resident_pension:
        reasons.append(warning(ClaimReason.ALREADY_RECEIVING))
    gap = _gap(case, missing, claim_age, min_years, cited)
    birth = case.person.birth_date
    return ClaimDecision(
        eligible=not reasons,
        rules=_ids(cited),
        citations=citations([*cited, *figures]),
        reasons=tuple(reasons),
        notes=gap.notes,
        age=age,
        contribution_years=years,
        years_missing=missing,
        future_years=gap.future_years,
        arrears_needed=gap.arrears_needed,
        can_close_gap=gap.can_close,
        manual_review=gap.manual_review,
        benefit_start=_month_after(birth.year + claim_age, birth.month, months_after),
    )


@dataclass(frozen=True)
class _Gap:
    future_years: int
    arrears_needed: int
    can_close: bool | None
    manual_review: bool
    notes: tuple[Problem, ...] = ()


def _gap(case: _Case, missing: int, claim_age: int, min_years: int, cited: list[Rule]) -> _Gap:
    """How missing years can be made up: by contributing until the claim age, then by arrears (补缴)."""
    on, trace = case.on, case.trace
    before_claim_age = case.person.age_on(on) < claim_age
    # contributions run to the year the resident turns claim_age - 1, as in the pension estimate
    future = max(0, case.person.birth_date.year + claim_age - on.year) if before_claim_age else 0
    if missing == 0:
        return _Gap(future, 0, True, False)
    cited.append(trace.rule("arrears"))
    needed = max(0, missing - future)
    if before_claim_age:
        if needed == 0:
            return _Gap(
                future,
                0,
                True,
                False,
                (warning(ClaimReason.GAP_CLOSES_BY_CONTRIBUTING, future_years=future),),
            )
        max_total = int(trace.number("arrears.max_total_years", on))
        return _Gap(
            future,
            needed,
            min_years <= max_total,
            False,
            (warning(ClaimReason.GAP_NEEDS_ARREARS, arrears=needed),),
        )
    rule = trace.figure("arrears.after_60_allowed", on)
    allowed = rule.flag if rule is not None else None
    if allowed is None:
        return _Gap(
            0, missing, None, True, (warning(ClaimReason.ARREARS_AFTER_AGE_UNKNOWN, claim_age=claim_age),)
        )
    if allowed:
        return _Gap(0, missing, True, False, (warning(ClaimReason.GAP_NEEDS_ARREARS, arrears=missing),))
    return _Gap(
        0, missing, False, False, (warning(ClaimReason.ARREARS_AFTER_AGE_NOT_ALLOWED, claim_age=claim_age),)
    )


def _month_after(year: int, month: int, months: int) -> str:
    index = year * 12 + (month - 1) + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _advice(case: _Case) -> tuple[Advice, ...]:
    profile, trace = case.profile, case.trace
    advice = []
    if profile.flexible_worker:
        rule = trace.rule("S-05")
        advice.append(Advice(AdviceCode.FLEXIBLE_WORKER_EMPLOYEE_SCHEME, (rule.id,), (rule.citation,)))
        if profile.employment_difficulty:
            advice.append(Advice(AdviceCode.FLEXIBLE_EMPLOYMENT_SUBSIDY, (rule.id,), (rule.citation,)))
    if profile.veteran:
        rule = trace.rule("S-15")
        advice.append(Advice(AdviceCode.VETERAN_DIRECT_CHANNEL, (rule.id,), (rule.citation,)))
    return tuple(advice)
