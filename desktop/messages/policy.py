"""Messages for policy packs, resident profiles, eligibility decisions and pension estimates."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- policy packs (county staff edit these files) --
    "policy.dir_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy folder {directory} does not exist. Reinstall Cunbao, or choose the folder that holds "
        "national.yaml and 640000.yaml.",
    ),
    "policy.file_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy file {file} is missing from {directory}. Copy it back from the Cunbao installation or "
        "from the county's policy update.",
    ),
    "policy.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy file {file} cannot be read ({detail}). Check that it is a text file saved as UTF-8 "
        "and that this computer account may open it.",
    ),
    "policy.yaml_syntax": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy file {file} is broken near line {line} ({detail}). Compare that line with the lines "
        "around it: check the indentation, the colons, brackets and quotes.",
    ),
    "policy.duplicate_key": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: the name {key} appears twice under {path}. "
        "Delete or rename one of them.",
    ),
    "policy.key_not_text": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: the name {key} under {path} must be text. "
        'Put it in quotes, for example "640423".',
    ),
    "policy.missing_field": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {path} needs an entry called {name}. "
        "Add it; write null if the value is not known.",
    ),
    "policy.unknown_field": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {name} is not a known entry at {path}. "
        "Check the spelling, or remove it.",
    ),
    "policy.unknown_figure": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: there is no figure called {name}. "
        "Check the spelling against the other policy files.",
    ),
    "policy.wrong_type": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {path} is {value}, but it must be: {expected}. "
        "Correct the value; write null if it is not known.",
    ),
    "policy.not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {path} is {value}; the allowed values are: {allowed}. "
        "Correct the value.",
    ),
    "policy.bad_format": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {path} is {value}, which is not in the form {expected}. "
        "Dates are written like 2025-01-31.",
    ),
    "policy.out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {path} is {value}, which is beyond the limit {limit}. "
        "Money cannot be negative, and rates are fractions: 0.03 for 3 %.",
    ),
    "policy.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: the value {value} at {path} is not allowed ({check}). "
        "Compare it with similar entries in the file.",
    ),
    "policy.bad_date": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {path} is {value}, which is not a real date. "
        "Correct the day or the month.",
    ),
    "policy.schema_version": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy file {file} is written for format version {found}, but this Cunbao reads version "
        "{supported}. Update Cunbao, or get the policy file made for this version.",
    ),
    "policy.layer_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: {path} says {found}, but this file must be for {expected}. "
        "The file may have the wrong name or come from another county.",
    ),
    "policy.pack_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy file {file} belongs to the policy pack {found}, but the other files belong to "
        "{expected}. Use files from the same policy pack.",
    ),
    "policy.bad_county": QT_TRANSLATE_NOOP(
        "Messages",
        "{county} is not the code of a county in region {region}. Give the six-digit code of the county, "
        "for example 640423 for Longde County.",
    ),
    "policy.period_reversed": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: "
        "the period ends on {end}, before it starts on {start}. Correct the dates.",
    ),
    "policy.periods_overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: "
        "this period of {key} overlaps the period on line {other_line}. "
        "End the earlier period the day before the later one starts.",
    ),
    "policy.unknown_source": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: "
        "the source {source} is not listed under sources in any policy file. "
        "Add the document under sources, or correct the name.",
    ),
    "policy.unknown_group": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: "
        "there is a government-paid contribution amount for the group {group}, but no such group. "
        "Add the group under groups, or correct the name.",
    ),
    "policy.confirmed_without_clause": QT_TRANSLATE_NOOP(
        "Messages",
        "In the policy file {file}, line {line}: "
        "an entry marked confirmed must name the clause of the document it rests on. "
        "Fill in clause, or set status to unconfirmed.",
    ),
    "policy.missing_figure": QT_TRANSLATE_NOOP(
        "Messages",
        "No policy file has the figure {key}, which Cunbao needs. Add it to the region file 640000.yaml.",
    ),
    "policy.missing_rule": QT_TRANSLATE_NOOP(
        "Messages",
        "No policy file has the rule {rule}, which Cunbao cites. Add it under rules in the region file "
        "640000.yaml.",
    ),
    "policy.no_value_on_date": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy pack has no value for {key} on {date}. Choose a date the pack covers, "
        "or ask the county to add the figure.",
    ),
    # -- resident profiles --
    "profile.not_object": QT_TRANSLATE_NOOP(
        "Messages",
        "The profile must be one JSON object with named entries such as id_number. Check the file.",
    ),
    "profile.unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "The profile has an entry called {name}, which Cunbao does not use. Check the spelling."
    ),
    "profile.id_missing": QT_TRANSLATE_NOOP(
        "Messages", "The profile has no ID number. Add id_number with the resident's 18-character ID number."
    ),
    "profile.id_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number in the profile is not valid; the next message says why. Correct it from the ID card.",
    ),
    "profile.hukou_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The hukou division {value} is not a six-digit division code. Use the county code of the household "
        "register, for example 640423, or leave it out to use this service point's county.",
    ),
    "profile.groups_not_list": QT_TRANSLATE_NOOP(
        "Messages", "groups must be a list of entries, each with group, from and to. Check the brackets."
    ),
    "profile.group_not_object": QT_TRANSLATE_NOOP(
        "Messages", "Entry {entry} of groups is not an entry with group, from and to. Correct that entry."
    ),
    "profile.group_key_missing": QT_TRANSLATE_NOOP(
        "Messages", "Entry {entry} of groups has no group name. Add it, for example dibao."
    ),
    "profile.group_unknown_field": QT_TRANSLATE_NOOP(
        "Messages",
        "Entry {entry} of groups has an item called {name}; only group, from and to are read. "
        "Check the spelling.",
    ),
    "profile.group_date_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "Entry {entry} of groups has the date {value}, which is not a real date written like 2025-01-31. "
        "Correct it.",
    ),
    "profile.group_dates_reversed": QT_TRANSLATE_NOOP(
        "Messages", "Entry {entry} of groups ends on {end}, before it starts on {start}. Correct the dates."
    ),
    "profile.cert_not_text": QT_TRANSLATE_NOOP(
        "Messages", "disability_cert must be the certificate number as text, in quotes. Correct it."
    ),
    "profile.cert_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability certificate number in the profile is not valid; the next message says why. "
        "Correct it from the certificate.",
    ),
    "profile.not_boolean": QT_TRANSLATE_NOOP(
        "Messages", "{name} must be true or false, not {value}. Correct it."
    ),
    "profile.years_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "contribution_years must be a whole number of years from 0 to 60, not {value}. Correct it.",
    ),
    # -- eligibility: enrolment --
    "enroll.under_age": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident is {age} on that date; enrolment starts at {min_age}. Enrol after that birthday.",
    ),
    "enroll.student": QT_TRANSLATE_NOOP(
        "Messages", "Full-time students cannot enrol in the residents' pension. Enrol after leaving school."
    ),
    "enroll.employee_pension": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident is in the employee pension scheme and cannot be in both schemes. Keep the employee "
        "scheme, or ask the county about moving between the schemes.",
    ),
    "enroll.public_institution": QT_TRANSLATE_NOOP(
        "Messages",
        "Civil servants and public-institution staff have their own pension scheme and cannot enrol here.",
    ),
    "enroll.hukou_outside_ningxia": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident's hukou ({hukou}) is outside Ningxia, and people enrol where their hukou is. "
        "Send the resident to the social security office there.",
    ),
    "enroll.hukou_from_service_county": QT_TRANSLATE_NOOP(
        "Messages",
        "No hukou division was given, so this service point's county ({county}) was used. "
        "Check the household register.",
    ),
    "enroll.hukou_other_county": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident's hukou ({hukou}) is in another Ningxia county, so the resident enrols there; that "
        "county's amounts may differ from this county's ({county}).",
    ),
    "enroll.already_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "The resident is already enrolled; there is nothing more to do to enrol."
    ),
    # -- eligibility: government-paid contribution (代缴) --
    "daijiao.not_enrolling": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident cannot enrol now (see the enrolment reasons), so the government cannot pay the "
        "contribution.",
    ),
    "daijiao.receiving_pension": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident already draws the residents' pension; the government pays contributions only for "
        "people who are still paying in.",
    ),
    "daijiao.no_group": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident is in no group whose contribution the government pays in {year}. If the resident "
        "should be on a civil affairs, disabled persons' federation or rural revitalisation list, collect "
        "the certificate and send a copy to the township.",
    ),
    "daijiao.manual_review": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability certificate is for a multiple disability (category 7) at grade 3 or 4; whether it "
        "counts for group {group} depends on the impairments it covers. Look at the certificate and send "
        "a copy to the county for a decision.",
    ),
    "daijiao.group_not_covered": QT_TRANSLATE_NOOP(
        "Messages",
        "Group {group} keeps the old minimum tier, but the notice does not give it a government-paid "
        "contribution. The resident pays the contribution.",
    ),
    "daijiao.once_per_year": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident is in several groups ({groups}); the government pays only once a year, the largest "
        "amount.",
    ),
    "daijiao.amount_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The county's amount for group {group} is not in the policy pack. Ask the county and have the "
        "pack updated.",
    ),
    # -- eligibility: keeping the old minimum tier --
    "keep_tier.no_group": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident is in no group that keeps the old minimum tier, and chooses from the current tiers.",
    ),
    "keep_tier.manual_review": QT_TRANSLATE_NOOP(
        "Messages",
        "Whether the resident keeps the old minimum tier depends on the disability certificate (multiple "
        "disability at grade 3 or 4, group {group}). Look at the certificate and ask the county.",
    ),
    # -- eligibility: pension claim --
    "claim.under_age": QT_TRANSLATE_NOOP(
        "Messages", "The resident is {age}; the pension can be claimed from the age of {claim_age}."
    ),
    "claim.years_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident has {years} contribution years and needs {min_years}, so {missing} years are missing.",
    ),
    "claim.other_basic_pension": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident draws another state basic pension and cannot also claim the residents' pension.",
    ),
    "claim.already_receiving": QT_TRANSLATE_NOOP(
        "Messages", "The resident already draws the residents' pension; there is nothing to claim."
    ),
    "claim.gap_closes_by_contributing": QT_TRANSLATE_NOOP(
        "Messages",
        "Paying every year until the claim age ({future_years} more years, this year included) is enough "
        "to reach the years needed.",
    ),
    "claim.gap_needs_arrears": QT_TRANSLATE_NOOP(
        "Messages",
        "Even paying every year from now, {arrears} years would be missing; they can be paid as arrears, "
        "which get no government subsidy.",
    ),
    "claim.arrears_after_age_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident is {claim_age} or older and lacks contribution years. Whether Ningxia allows paying "
        "missing years at this age is not in the policy pack: ask the county.",
    ),
    "claim.arrears_after_age_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident is {claim_age} or older, and the policy does not allow paying missing years now. "
        "Ask the county what other support applies.",
    ),
    # -- advice --
    "advice.flexible_worker_employee_scheme": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident works flexibly in town and may join the employee pension scheme as a flexible worker. "
        "Explain the choice and where to register.",
    ),
    "advice.flexible_employment_subsidy": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident meets the conditions for people with employment difficulties and, as a flexible "
        "worker, can apply for the flexible-employment social insurance subsidy. Tell them where to apply.",
    ),
    "advice.veteran_direct_channel": QT_TRANSLATE_NOOP(
        "Messages", "The resident is a veteran: use the veterans' direct service channel."
    ),
    "eligibility.unknown_group": QT_TRANSLATE_NOOP(
        "Messages",
        "The group {group} is not in the policy pack, so it was not counted. Check the spelling, or ask "
        "the county to add the group.",
    ),
    "eligibility.cert_ignored": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability certificate number could not be read, so no disability group was taken from it. "
        "Check the number on the certificate.",
    ),
    # -- pension estimate: bad input --
    "pension.negative": QT_TRANSLATE_NOOP(
        "Messages", "{name} cannot be negative ({value}). Enter 0 or more."
    ),
    "pension.tier_not_positive": QT_TRANSLATE_NOOP(
        "Messages", "Choose a contribution tier; 0 is not a tier."
    ),
    "pension.government_above_tier": QT_TRANSLATE_NOOP(
        "Messages",
        "The government's part ({government} yuan) is more than the tier ({tier} yuan). Enter a government "
        "part no larger than the tier.",
    ),
    "pension.rate_out_of_range": QT_TRANSLATE_NOOP(
        "Messages",
        "The interest rate {rate} is out of range. Enter it as a fraction from 0 up to 1: 0.03 for 3 %.",
    ),
    "pension.start_after_last_year": QT_TRANSLATE_NOOP(
        "Messages",
        "Contributions count until {last_year}, the year the resident turns 59, so {start_year} is too late. "
        "Enter a start year no later than {last_year}.",
    ),
    "pension.start_before_min_age": QT_TRANSLATE_NOOP(
        "Messages",
        "The resident can enrol from {first_year}, the year of the 16th birthday, so {start_year} is too "
        "early. Enter a later start year.",
    ),
    "pension.no_tiers": QT_TRANSLATE_NOOP(
        "Messages",
        "The policy pack has no contribution tiers for {year}. Choose a later start year, or have the pack "
        "updated.",
    ),
    "pension.tier_not_offered": QT_TRANSLATE_NOOP(
        "Messages", "The tier of {tier} yuan is not offered in {year}. Choose one of: {tiers}."
    ),
    "pension.arrears_negative": QT_TRANSLATE_NOOP(
        "Messages", "The number of arrears years cannot be negative ({arrears}). Enter 0 or more."
    ),
    "pension.arrears_above_total": QT_TRANSLATE_NOOP(
        "Messages",
        "Arrears can only bring the total up to {max_total} years; with these contribution years at most "
        "{allowed} arrears years are possible, not {arrears}.",
    ),
    # -- pension estimate: assumptions shown with the result --
    "pension.assume.year_end_credit": QT_TRANSLATE_NOOP(
        "Messages",
        "Each year's money is counted at the end of the year; the official account may differ slightly.",
    ),
    "pension.assume.rate": QT_TRANSLATE_NOOP(
        "Messages",
        "Interest is assumed at {rate} a year (0.03 means 3 %) for every year; the official rate may differ.",
    ),
    "pension.assume.rate_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "No interest rate is known for {from_year} to {to_year}, so no interest was counted for those "
        "years; the real balance will probably be higher.",
    ),
    "pension.assume.subsidy": QT_TRANSLATE_NOOP(
        "Messages",
        "The subsidy on the {tier} yuan tier for {from_year} to {to_year} is not known; {amount} yuan was "
        "used ({basis}).",
    ),
    "pension.assume.subsidy_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "No subsidy is known for the {tier} yuan tier for {from_year} to {to_year}; none was counted.",
    ),
    "pension.assume.arrears_in_start_year": QT_TRANSLATE_NOOP(
        "Messages", "The arrears are assumed to be paid in {year}, together with the first contribution."
    ),
    "pension.assume.basic": QT_TRANSLATE_NOOP(
        "Messages", "The basic pension was entered as {amount} yuan a month; it is not from the policy pack."
    ),
    "pension.assume.basic_projected": QT_TRANSLATE_NOOP(
        "Messages",
        "Benefits start in {month}. The basic pension for then is not known yet, so the amounts known on "
        "{as_of} were used; it will probably be higher.",
    ),
    "pension.assume.basic_part_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The part {part} of the basic pension for {month} is not known and was counted as 0. Ask the county.",
    ),
    "pension.assume.no_county_layer": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no county policy file for {county}: regional figures were used, and any county "
        "supplement is missing.",
    ),
}
