"""Worklists 4, 5 and 6: turning 60 or 16, years that will not reach 15, late agency lists."""

from __future__ import annotations

import dataclasses
from datetime import date

from core.compare import ActionKind, CompareReason, WorklistCode
from core.compare.birthdays import add_months, anniversary, years_short_items
from core.compare.facts import policy_facts
from tests.core.compare.support import TODAY, person, policy, run, self_paid


def reasons(comparison: object, code: WorklistCode) -> dict[str | None, str]:
    worklist = comparison.worklist(code)  # type: ignore[attr-defined]
    return {i.subject.key: i.reason.code for i in worklist.items}


def test_turning_60_on_the_last_day_of_the_window_is_included_and_a_day_later_is_not() -> None:
    # today 2026-11-28, three months ahead: 2027-02-28
    edge, after = person("edge", date(1967, 2, 28)), person("after", date(1967, 3, 1))
    found = reasons(run([edge, after], months_ahead=3), WorklistCode.BIRTHDAYS)
    assert found == {"edge": CompareReason.TURNING_CLAIM_AGE}


def test_turning_60_today_is_included_and_yesterday_is_past_the_claim_age() -> None:
    today = person("today", date(1966, 11, 28), contributions=tuple(self_paid(y) for y in range(2010, 2026)))
    yesterday = person("yesterday", date(1966, 11, 27), contributions=tuple(self_paid(y) for y in range(2010, 2026)))
    found = reasons(run([today, yesterday]), WorklistCode.BIRTHDAYS)
    assert found == {"today": CompareReason.TURNING_CLAIM_AGE, "yesterday": CompareReason.PAST_CLAIM_AGE}


def test_turning_60_carries_the_birthday_and_years_and_opens_the_claim_wizard() -> None:
    resident = person("a", date(1967, 1, 10), contributions=(self_paid(2024), self_paid(2025)))
    [item] = run([resident]).worklist(WorklistCode.BIRTHDAYS).items
    assert item.reason.params["birthday"] == "2027-01-10"
    assert item.reason.params["years"] == 2
    assert item.action.kind is ActionKind.PENSION_CLAIM


def test_someone_drawing_the_pension_or_in_another_scheme_is_not_prepared_for_a_claim() -> None:
    drawing = person("d", date(1967, 1, 10), receiving_pension=True)
    employee = person("e", date(1967, 1, 10), employee_pension=True)
    assert run([drawing, employee]).worklist(WorklistCode.BIRTHDAYS).count == 0


def test_turning_16_soon_opens_the_enrollment_wizard_unless_already_enrolled() -> None:
    teen, enrolled = person("t", date(2010, 12, 25), enrolled=False), person("e", date(2010, 12, 26))
    comparison = run([teen, enrolled])
    [item] = comparison.worklist(WorklistCode.BIRTHDAYS).items
    assert item.subject is not None
    assert item.subject.key == "t"
    assert (item.reason.code, item.action.kind) == (CompareReason.TURNING_ENROL_AGE, ActionKind.ENROLLMENT)


def test_born_on_29_february_turns_60_on_1_march_in_a_common_year() -> None:
    assert anniversary(date(1968, 2, 29), 60) == date(2028, 2, 29)
    assert anniversary(date(1964, 2, 29), 61) == date(2025, 3, 1)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_a_resident_who_cannot_reach_15_years_by_60_is_listed_with_the_gap() -> None:
    # born 1972: pays 2026..2031 (6 years) and has 3 already: 6 short
    short = person("s", date(1972, 6, 1), contributions=tuple(self_paid(y) for y in (2023, 2024, 2025)))
    enough = person("e", date(1990, 6, 1))
    [item] = run([short, enough]).worklist(WorklistCode.YEARS_SHORT).items
    assert item.reason.code == CompareReason.YEARS_SHORT
    assert item.reason.params["years"] == 3
    assert item.reason.params["future_years"] == 6
    assert item.reason.params["missing"] == 6
    assert item.action.kind is ActionKind.EXPLAIN_ARREARS


def test_this_years_contribution_is_not_counted_twice() -> None:
    # born 1977: 2026..2036 is 11 years; with 2026 paid and 3 before, 14 in all: one short
    resident = person("a", date(1977, 6, 1), contributions=tuple(self_paid(y) for y in (2023, 2024, 2025, 2026)))
    [item] = run([resident]).worklist(WorklistCode.YEARS_SHORT).items
    assert item.reason.params == {"years": 4, "future_years": 10, "missing": 1, "min_years": 15, "claim_age": 60}


def test_exactly_reaching_15_years_is_not_short() -> None:
    resident = person("a", date(1977, 6, 1), contributions=tuple(self_paid(y) for y in range(2022, 2027)))
    assert run([resident]).worklist(WorklistCode.YEARS_SHORT).count == 0


def test_not_enrolled_and_short_goes_to_the_enrollment_wizard() -> None:
    resident = person("a", date(1975, 6, 1), enrolled=False)
    [item] = run([resident]).worklist(WorklistCode.YEARS_SHORT).items
    assert item.action.kind is ActionKind.ENROLLMENT


def test_past_60_and_short_follows_the_packs_arrears_rule() -> None:
    resident = person("a", date(1964, 6, 1), contributions=(self_paid(2020),))
    facts = policy_facts(policy(), TODAY)
    codes = {}
    for allowed in (None, True, False):
        [item] = years_short_items([resident], dataclasses.replace(facts, arrears_after_claim_age=allowed), TODAY)
        codes[allowed] = item.reason.code
        assert item.reason.params["missing"] == 14
        assert item.action.kind is ActionKind.EXPLAIN_ARREARS
    assert codes == {
        None: CompareReason.YEARS_SHORT_AFTER_AGE_UNKNOWN,
        True: CompareReason.YEARS_SHORT_AFTER_AGE,
        False: CompareReason.YEARS_SHORT_AFTER_AGE_NOT_ALLOWED,
    }


def test_a_list_100_days_old_is_on_time_and_101_days_late() -> None:
    snapshots = {
        "civil-affairs": date(2026, 8, 20),  # 100 days
        "disability": date(2026, 8, 19),  # 101 days
        "rural-revitalization": date(2026, 11, 1),
    }
    [item] = run([], snapshots=snapshots).worklist(WorklistCode.STALE_LISTS).items
    assert item.list_source == "disability"
    assert item.reason.params == {"source": "disability", "agency": "残联", "as_of": "2026-08-19", "days": 101,
                                  "max_days": 100}  # fmt: skip
    assert (item.action.kind, item.action.target) == (ActionKind.ASK_AGENCY, "disability")


def test_an_expected_list_never_imported_is_asked_for() -> None:
    items = run([], snapshots={"civil-affairs": TODAY}).worklist(WorklistCode.STALE_LISTS).items
    assert [(i.list_source, i.reason.code) for i in items] == [
        ("disability", CompareReason.LIST_MISSING),
        ("rural-revitalization", CompareReason.LIST_MISSING),
    ]


def test_the_json_has_every_worklist_with_its_count_and_masked_resident_references() -> None:
    resident = person("a", date(1967, 1, 10))
    out = run([resident], snapshots={}).to_json()
    assert [w["code"] for w in out["worklists"]] == [str(c) for c in WorklistCode]  # type: ignore[index]
    assert out["counts"] == {  # type: ignore[comparison-overlap]
        "not_enrolled": 0, "daijiao_missing": 0, "daijiao_off_list": 0, "birthdays": 1, "years_short": 1,
        "stale_lists": 3, "hand_over": 0,
    }  # fmt: skip
    birthdays = out["worklists"][3]  # type: ignore[index]
    [item] = birthdays["items"]
    assert item["resident"]["key"] == "a"
    assert item["resident"]["id_masked"] == resident.id_number[:4] + "*" * 10 + resident.id_number[-4:]
    assert item["action"] == "pension_claim"
    assert out["unconfirmed"]  # the claim age and minimum years are not confirmed by the county yet
