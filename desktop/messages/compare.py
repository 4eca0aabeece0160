"""Messages for the comparison (数据比对) of the register with the agencies' lists: worklist reasons,
worklist and action names, and the words of the management ledger (管理台账)."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "compare.not_in_register": QT_TRANSLATE_NOOP(
        "Messages",
        "On the {sources} list as {groups}, but not in this desk's register. Register the resident first "
        "(with the household register and ID card), then enrol them in the resident pension.",
    ),
    "compare.maybe_in_register": QT_TRANSLATE_NOOP(
        "Messages",
        "On the {sources} list as {groups} without a usable ID number, and {count} resident(s) in the register "
        "have the same name and birth date or village. Look at them and link the list entry to the right "
        "resident; if none is the same person, register the resident.",
    ),
    "compare.not_enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "Listed as {groups}, but not enrolled in the resident pension. Invite the resident and open an "
        "enrolment case; the case shows whether the government pays the contribution for them.",
    ),
    "compare.daijiao_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Listed as {groups} in {year}, but no government-paid contribution (代缴) is recorded for {year}. "
        "Open a 代缴 case so the county pays {amount} yuan for this year (once, even if on several lists).",
    ),
    "compare.daijiao_missing_no_amount": QT_TRANSLATE_NOOP(
        "Messages",
        "Listed as {groups} in {year}, but no government-paid contribution (代缴) is recorded for {year}. "
        "Open a 代缴 case; the county has not yet entered how much it pays for this group, so ask the township.",
    ),
    "compare.daijiao_off_list_covered": QT_TRANSLATE_NOOP(
        "Messages",
        "代缴 is recorded for {year}, but no current list names the resident any more (last seen as {groups} "
        "on {last_seen}). This year stays covered, because having the status at any time in the year counts. "
        "Nothing to do now; next year 代缴 stops unless a list names the resident again.",
    ),
    "compare.daijiao_manual_only": QT_TRANSLATE_NOOP(
        "Messages",
        "代缴 is recorded for {year} and the desk entered the status {groups} by hand, but no agency list "
        "names the resident. Send copies of the certificate to the township so the agency adds the resident "
        "to its list.",
    ),
    "compare.daijiao_not_covered": QT_TRANSLATE_NOOP(
        "Messages",
        "{amount} yuan of 代缴 is recorded for {year}, but neither a list nor the register shows a hardship "
        "status in {year}. Ask the township to check this payment, and bring in the certificate if the "
        "resident has one.",
    ),
    "compare.turning_claim_age": QT_TRANSLATE_NOOP(
        "Messages",
        "Turns {claim_age} on {birthday} and has {years} years of contributions ({min_years} are needed). "
        "Tell the resident to prepare the household register, ID card and bank card, and open a pension "
        "claim case.",
    ),
    "compare.past_claim_age": QT_TRANSLATE_NOOP(
        "Messages",
        "Reached the claim age on {birthday} with {years} years of contributions, but does not draw the "
        "pension yet. Contact the resident and open a pension claim case.",
    ),
    "compare.turning_enrol_age": QT_TRANSLATE_NOOP(
        "Messages",
        "Turns {age} on {birthday} and may then enrol in the resident pension (unless a full-time student). "
        "Tell the family and open an enrolment case after the birthday.",
    ),
    "compare.years_short": QT_TRANSLATE_NOOP(
        "Messages",
        "Has {years} years of contributions and can pay {future_years} more before turning {claim_age}: "
        "{missing} short of the {min_years} needed. Explain to the resident that the missing years can only "
        "be made up by back payment (补缴), and pay every year from now on.",
    ),
    "compare.years_short_after_age": QT_TRANSLATE_NOOP(
        "Messages",
        "Is past {claim_age} with {years} years of contributions, {missing} short of {min_years}. The missing "
        "years can be paid back (补缴); explain the cost to the resident, then open a pension claim.",
    ),
    "compare.years_short_after_age_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Is past {claim_age} with {years} years of contributions, {missing} short of {min_years}. Whether "
        "missing years can still be paid back after {claim_age} is not settled in this county: ask the "
        "township before promising the resident anything.",
    ),
    "compare.years_short_after_age_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Is past {claim_age} with {years} years of contributions, {missing} short of {min_years}, and this "
        "county does not allow paying back years after {claim_age}. Explain this to the resident and ask the "
        "township what the resident can still receive.",
    ),
    "compare.list_stale": QT_TRANSLATE_NOOP(
        "Messages",
        "The {agency} list is from {as_of}, {days} days ago; lists should be at most {max_days} days old. "
        "Ask {agency} (through the township) for the new quarter's list and import it.",
    ),
    "compare.list_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "No {agency} list has been imported yet, so people on it cannot be checked. Ask {agency} (through "
        "the township) for its current list and import it.",
    ),
    "compare.hukou_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "On a list as {groups}, but the household register is in {place}, not here. Residents enrol where "
        "their hukou is: pass the name to {place} and tell the resident to go there.",
    ),
}

# Worklist names, in the order the desk shows them (keys: core.compare.WorklistCode).
WORKLISTS: dict[str, str] = {
    "not_enrolled": QT_TRANSLATE_NOOP("Compare", "On a hardship list, not enrolled"),
    "daijiao_missing": QT_TRANSLATE_NOOP("Compare", "代缴 missing this year"),
    "daijiao_off_list": QT_TRANSLATE_NOOP("Compare", "代缴 recorded, no longer on a list"),
    "birthdays": QT_TRANSLATE_NOOP("Compare", "Turning 60 or 16 soon"),
    "years_short": QT_TRANSLATE_NOOP("Compare", "Will not reach 15 years by 60"),
    "stale_lists": QT_TRANSLATE_NOOP("Compare", "Lists out of date"),
    "hand_over": QT_TRANSLATE_NOOP("Compare", "Hukou elsewhere: hand over"),
}

# The next step of a worklist item (keys: core.compare.ActionKind).
ACTIONS: dict[str, str] = {
    "enrollment": QT_TRANSLATE_NOOP("Compare", "Open an enrolment case"),
    "daijiao": QT_TRANSLATE_NOOP("Compare", "Open a 代缴 case"),
    "pension_claim": QT_TRANSLATE_NOOP("Compare", "Open a pension claim case"),
    "tier_change": QT_TRANSLATE_NOOP("Compare", "Open a tier change case"),
    "info_change": QT_TRANSLATE_NOOP("Compare", "Open a change of details case"),
    "register": QT_TRANSLATE_NOOP("Compare", "Register the resident"),
    "confirm_match": QT_TRANSLATE_NOOP("Compare", "Check who this is"),
    "hand_over": QT_TRANSLATE_NOOP("Compare", "Hand over to %1"),
    "ask_agency": QT_TRANSLATE_NOOP("Compare", "Ask for a new list"),
    "check_payment": QT_TRANSLATE_NOOP("Compare", "Ask the township to check"),
    "send_evidence": QT_TRANSLATE_NOOP("Compare", "Send the certificate copies up"),
    "review_next_year": QT_TRANSLATE_NOOP("Compare", "Check again next year"),
    "explain_arrears": QT_TRANSLATE_NOOP("Compare", "Explain back payment"),
}

# The management ledger: its title, column titles (core.compare.LedgerColumn) and the value keys
# core.compare.ledger_cells asks the desk to word.
LEDGER: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Ledger", "%1 hardship groups: pension and 代缴 ledger, %2"),
    "as_of": QT_TRANSLATE_NOOP("Ledger", "As of %1"),
    "column.number": QT_TRANSLATE_NOOP("Ledger", "No."),
    "column.name": QT_TRANSLATE_NOOP("Ledger", "Name"),
    "column.id_number": QT_TRANSLATE_NOOP("Ledger", "ID number"),
    "column.sex": QT_TRANSLATE_NOOP("Ledger", "Sex"),
    "column.age": QT_TRANSLATE_NOOP("Ledger", "Age"),
    "column.village": QT_TRANSLATE_NOOP("Ledger", "Village"),
    "column.groups": QT_TRANSLATE_NOOP("Ledger", "Group (source, list date)"),
    "column.enrolment": QT_TRANSLATE_NOOP("Ledger", "Enrolment"),
    "column.tier": QT_TRANSLATE_NOOP("Ledger", "Tier (yuan)"),
    "column.daijiao": QT_TRANSLATE_NOOP("Ledger", "代缴 this year"),
    "column.daijiao_amount": QT_TRANSLATE_NOOP("Ledger", "代缴 amount (yuan)"),
    "column.pension": QT_TRANSLATE_NOOP("Ledger", "Pension"),
    "column.notes": QT_TRANSLATE_NOOP("Ledger", "Notes"),
    "sex.M": QT_TRANSLATE_NOOP("Ledger", "Male"),
    "sex.F": QT_TRANSLATE_NOOP("Ledger", "Female"),
    "enrolment.enrolled": QT_TRANSLATE_NOOP("Ledger", "Enrolled"),
    "enrolment.not_enrolled": QT_TRANSLATE_NOOP("Ledger", "Not enrolled"),
    "enrolment.not_registered": QT_TRANSLATE_NOOP("Ledger", "Not registered"),
    "enrolment.receiving": QT_TRANSLATE_NOOP("Ledger", "Drawing pension"),
    "daijiao.covered": QT_TRANSLATE_NOOP("Ledger", "Recorded"),
    "daijiao.daijiao_missing": QT_TRANSLATE_NOOP("Ledger", "Missing"),
    "daijiao.no_daijiao_due": QT_TRANSLATE_NOOP("Ledger", "Not due"),
    "daijiao.cannot_enrol": QT_TRANSLATE_NOOP("Ledger", "Cannot enrol"),
    "daijiao.not_enrolled": QT_TRANSLATE_NOOP("Ledger", "Not enrolled yet"),
    "daijiao.not_registered": QT_TRANSLATE_NOOP("Ledger", "Not registered yet"),
    "daijiao.handed_over": QT_TRANSLATE_NOOP("Ledger", "Handed over"),
    "pension.receiving": QT_TRANSLATE_NOOP("Ledger", "Drawing since"),
    "pension.claim_age_reached": QT_TRANSLATE_NOOP("Ledger", "Claim age reached"),
    "pension.not_yet": QT_TRANSLATE_NOOP("Ledger", "Not yet"),
    "group.manual": QT_TRANSLATE_NOOP("Ledger", "entered at the desk"),
    "group.list": QT_TRANSLATE_NOOP("Ledger", "agency list"),
}
