"""Worklists: who needs what done, why (a problem code) and which step to take next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from operator import itemgetter
from typing import NamedTuple

from core.documents import CaseKind
from core.ids import mask_id
from core.problems import Problem


class WorklistCode(StrEnum):
    NOT_ENROLLED = "not_enrolled"  # 1: on a hardship list, not in the resident pension
    DAIJIAO_MISSING = "daijiao_missing"  # 2: enrolled, this year's 代缴 not recorded
    DAIJIAO_OFF_LIST = "daijiao_off_list"  # 3: 代缴 recorded, no longer on any list
    BIRTHDAYS = "birthdays"  # 4: turning 60 (claim) or 16 (can enrol) soon
    YEARS_SHORT = "years_short"  # 5: cannot reach the minimum years by 60 without arrears
    STALE_LISTS = "stale_lists"  # 6: an agency's quarterly push is late
    HAND_OVER = "hand_over"  # 7: on a list, hukou outside this service point


class ActionKind(StrEnum):
    """The next step. The first five open the desk's case wizard of the same name (core.documents.CaseKind)."""

    ENROLLMENT = "enrollment"
    DAIJIAO = "daijiao"
    PENSION_CLAIM = "pension_claim"
    TIER_CHANGE = "tier_change"
    INFO_CHANGE = "info_change"
    REGISTER = "register"  # put the person in the register first, then enrol
    CONFIRM_MATCH = "confirm_match"  # look at the suggested register people; link the list entry to the right one
    HAND_OVER = "hand_over"  # pass the person to the village or county named in the target
    ASK_AGENCY = "ask_agency"  # ask the agency named in the target for a fresh list
    CHECK_PAYMENT = "check_payment"  # ask the township why 代缴 was paid with no status this year
    SEND_EVIDENCE = "send_evidence"  # send the certificate copies up so the agency lists the person
    REVIEW_NEXT_YEAR = "review_next_year"  # covered this year (P-04); 代缴 stops next year unless listed again
    EXPLAIN_ARREARS = "explain_arrears"  # show the resident the years missing and how arrears work

    @property
    def wizard(self) -> CaseKind | None:
        try:
            return CaseKind(self.value)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class NextAction:
    kind: ActionKind
    target: str | None = None  # a village or county code to hand over to, or the agency list to ask for


class Subject(NamedTuple):
    """Who an item is about: a register person (``key``), or a list identity nobody in the register matched.
    Subjects, items and members are named tuples: a comparison makes 100,000s, and a tuple is made several
    times faster than a frozen dataclass."""

    name: str
    key: str | None = None
    id_number: str | None = None
    village_code: str | None = None
    household: str | None = None
    birth_date: date | None = None

    def order(self) -> tuple[object, ...]:
        """By village, household, name; people without a village or household after those with one."""
        return (
            self.village_code is None,
            self.village_code or "",
            self.household is None,
            self.household or "",
            self.name,
            self.id_number or "",
            self.key or "",
            self.birth_date or date.min,
        )


class WorkItem(NamedTuple):
    reason: Problem
    action: NextAction
    subject: Subject | None = None  # None for an item about a list (worklist 6)
    list_source: str | None = None
    groups: tuple[str, ...] = ()  # group keys, sorted
    candidates: tuple[str, ...] = ()  # register keys the person may be (CONFIRM_MATCH), sorted

    def order(self) -> tuple[object, ...]:
        who = self.subject.order() if self.subject else ()
        params = tuple(sorted((k, str(v)) for k, v in self.reason.params.items()))
        return (*who, self.list_source or "", self.reason.code, params, self.groups, self.candidates)


@dataclass(frozen=True)
class Worklist:
    code: WorklistCode
    items: tuple[WorkItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    def keys(self) -> frozenset[str]:
        """The register people on the list."""
        return frozenset(i.subject.key for i in self.items if i.subject is not None and i.subject.key is not None)

    def to_json(self) -> dict[str, object]:
        return {"code": str(self.code), "count": self.count, "items": [_item_json(i) for i in self.items]}


def sorted_items(
    items: list[WorkItem], subject_order: Callable[[Subject], tuple[object, ...]] = Subject.order
) -> tuple[WorkItem, ...]:
    """The items in ``WorkItem.order``. That order begins with the subject's (``subject_order`` may give it
    from a cache), so the items are sorted by it and only items of an equal subject order by the whole
    key, which costs a tuple of the reason's figures that 100,000s of items need not build."""
    keyed = sorted(((subject_order(i.subject) if i.subject else (), i) for i in items), key=itemgetter(0))
    ordered: list[WorkItem] = []
    start = 0
    for end in range(1, len(keyed) + 1):
        if end == len(keyed) or keyed[end][0] != keyed[start][0]:
            run = [item for _, item in keyed[start:end]]
            ordered += run if len(run) == 1 else sorted(run, key=WorkItem.order)
            start = end
    return tuple(ordered)


def _item_json(item: WorkItem) -> dict[str, object]:
    out: dict[str, object] = {
        "reason": item.reason.to_json(),
        "action": str(item.action.kind),
        "target": item.action.target,
        "groups": list(item.groups),
    }
    if item.candidates:
        out["candidates"] = list(item.candidates)
    if item.subject is not None:
        out["resident"] = {
            "key": item.subject.key,
            "id_masked": mask_id(item.subject.id_number) if item.subject.id_number else None,
            "name": item.subject.name,
            "village_code": item.subject.village_code,
            "birth_date": item.subject.birth_date.isoformat() if item.subject.birth_date else None,
        }
    if item.list_source is not None:
        out["list_source"] = item.list_source
    return out
