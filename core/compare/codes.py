"""Why someone is on a worklist, as problem codes (the desk words them in desktop/messages/compare.py)."""

from __future__ import annotations

from enum import StrEnum

from core.problems import problem_codes


@problem_codes
class CompareReason(StrEnum):
    # 1: on a hardship list, not in the resident pension
    NOT_IN_REGISTER = "compare.not_in_register"
    MAYBE_IN_REGISTER = "compare.maybe_in_register"
    NOT_ENROLLED = "compare.not_enrolled"
    # 2: enrolled, this year's 代缴 not recorded
    DAIJIAO_MISSING = "compare.daijiao_missing"
    DAIJIAO_MISSING_NO_AMOUNT = "compare.daijiao_missing_no_amount"
    # 3: 代缴 recorded, no longer on any list
    DAIJIAO_OFF_LIST_COVERED = "compare.daijiao_off_list_covered"
    DAIJIAO_MANUAL_ONLY = "compare.daijiao_manual_only"
    DAIJIAO_NOT_COVERED = "compare.daijiao_not_covered"
    # 4: birthdays that open a step
    TURNING_CLAIM_AGE = "compare.turning_claim_age"
    PAST_CLAIM_AGE = "compare.past_claim_age"
    TURNING_ENROL_AGE = "compare.turning_enrol_age"
    # 5: short of the minimum years
    YEARS_SHORT = "compare.years_short"
    YEARS_SHORT_AFTER_AGE = "compare.years_short_after_age"
    YEARS_SHORT_AFTER_AGE_UNKNOWN = "compare.years_short_after_age_unknown"
    YEARS_SHORT_AFTER_AGE_NOT_ALLOWED = "compare.years_short_after_age_not_allowed"
    # 6: lists
    LIST_STALE = "compare.list_stale"
    LIST_MISSING = "compare.list_missing"
    # 7: someone else's resident
    HUKOU_ELSEWHERE = "compare.hukou_elsewhere"


# The agencies behind the list sources, by the short names everyone at a desk uses (proper names, not
# sentences: they go into messages and the ledger as they are).
AGENCY_NAMES = {
    "civil-affairs": "民政",
    "disability": "残联",
    "rural-revitalization": "乡村振兴",
    "veterans": "退役军人事务",
}


def agency_name(source: str) -> str:
    return AGENCY_NAMES.get(source, source)
