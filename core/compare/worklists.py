"""The comparison (数据比对): the register against the agencies' lists, as seven worklists.

    comparison = compare(CompareInput(persons, entries, snapshots, policy, point, today))
    comparison.worklist(WorklistCode.DAIJIAO_MISSING).items

Every item names the person, the reason (a problem code with its figures) and the next step.
The result does not depend on the order of the inputs: members and items are sorted by village,
household and name, with the ID number and key breaking ties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from core.compare.birthdays import birthday_items, years_short_items
from core.compare.codes import CompareReason, agency_name
from core.compare.facts import PolicyFacts, policy_facts
from core.compare.inputs import CompareInput, ListEntry, RegisterPerson, ServicePoint
from core.compare.members import (
    Identity,
    Member,
    MemberStatus,
    Register,
    entries_outside,
    entry_order,
    entry_subject,
    hardship_members,
    list_identities,
    outside,
)
from core.compare.model import ActionKind, NextAction, Subject, WorkItem, Worklist, WorklistCode, sorted_items
from core.policy.trace import Traced
from core.problems import Problem, warning


@dataclass(frozen=True)
class Comparison:
    today: date
    facts: PolicyFacts
    point: ServicePoint
    worklists: tuple[Worklist, ...]  # in WorklistCode order
    members: tuple[Member, ...]  # hardship-group members of this year, in list order

    def worklist(self, code: WorklistCode) -> Worklist:
        return next(w for w in self.worklists if w.code is code)

    def counts(self) -> dict[str, int]:
        return {str(w.code): w.count for w in self.worklists}

    @property
    def unconfirmed(self) -> tuple[Traced, ...]:
        """Figures and rules the worklists rest on that the county has not confirmed."""
        return self.facts.unconfirmed

    def to_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "counts": self.counts(),
            "worklists": [w.to_json() for w in self.worklists],
            "unconfirmed": [item.to_json() for item in self.unconfirmed],
        }


def compare(data: CompareInput) -> Comparison:
    """All worklists for the day. Raises PolicyError when the pack lacks a figure they need."""
    facts = policy_facts(data.policy, data.today)
    register = Register.of(data.persons)
    listed = list_identities(register, data.entries)
    members = hardship_members(register, listed, facts, data.point, data.today)
    items: dict[WorklistCode, list[WorkItem]] = {
        WorklistCode.NOT_ENROLLED: [_not_enrolled(m, facts) for m in _with(members, _NOT_ENROLLED)],
        WorklistCode.DAIJIAO_MISSING: _daijiao_missing_items(_with(members, {_MISSING}), facts),
        WorklistCode.DAIJIAO_OFF_LIST: _off_list(register, listed, facts, data.today),
        WorklistCode.BIRTHDAYS: birthday_items(
            data.persons, facts, data.today, data.options.months_ahead, subject_of=register.subject
        ),
        WorklistCode.YEARS_SHORT: years_short_items(data.persons, facts, data.today, subject_of=register.subject),
        WorklistCode.STALE_LISTS: _stale_lists(data.snapshots, data.options.expected_sources, facts, data.today),
        WorklistCode.HAND_OVER: _hand_over(data, register, listed, members, facts),
    }
    # members by (subject order, identity): the two joined, as every subject's order is as long, is the same
    # order with one tuple fewer to compare (100,000 members are sorted)
    return Comparison(
        today=data.today,
        facts=facts,
        point=data.point,
        worklists=tuple(Worklist(code, sorted_items(items[code], register.order)) for code in WorklistCode),
        members=tuple(sorted(members.values(), key=lambda m: register.order(m.subject) + m.identity)),
    )


_NOT_ENROLLED = {MemberStatus.NOT_REGISTERED, MemberStatus.NOT_ENROLLED}
_MISSING = MemberStatus.DAIJIAO_MISSING


def _with(members: Mapping[Identity, Member], statuses: set[MemberStatus]) -> list[Member]:
    return [m for m in members.values() if m.status in statuses]


def _not_enrolled(member: Member, facts: PolicyFacts) -> WorkItem:
    groups = facts.labels_of(member.groups)
    if member.status is MemberStatus.NOT_REGISTERED:
        sources = "、".join(sorted({agency_name(e.source) for e in member.entries}))
        if member.candidates:
            reason = warning(
                CompareReason.MAYBE_IN_REGISTER, groups=groups, sources=sources, count=len(member.candidates)
            )
            target = member.candidates[0] if len(member.candidates) == 1 else None
            return WorkItem(
                reason, NextAction(ActionKind.CONFIRM_MATCH, target), member.subject,
                groups=tuple(sorted(member.groups)), candidates=member.candidates,
            )  # fmt: skip
        reason = warning(CompareReason.NOT_IN_REGISTER, groups=groups, sources=sources)
        action = NextAction(ActionKind.REGISTER)
    else:
        reason = warning(CompareReason.NOT_ENROLLED, groups=groups)
        action = NextAction(ActionKind.ENROLLMENT)
    return WorkItem(reason, action, member.subject, groups=tuple(sorted(member.groups)))


def _daijiao_missing_items(members: list[Member], facts: PolicyFacts) -> list[WorkItem]:
    """One item per member; the reason, action and groups are made once for each set of 代缴 groups
    (tens of thousands of members share a few) and shared by the items, which never change them."""
    shared: dict[frozenset[str], tuple[Problem, NextAction, tuple[str, ...]]] = {}
    items = []
    for member in members:
        found = shared.get(member.daijiao_groups)
        if found is None:
            template = _daijiao_missing(member, facts)
            found = shared[member.daijiao_groups] = (template.reason, template.action, template.groups)
        reason, action, groups = found
        items.append(WorkItem(reason, action, member.subject, groups=groups))
    return items


def _daijiao_missing(member: Member, facts: PolicyFacts) -> WorkItem:
    groups = facts.labels_of(member.daijiao_groups)
    amount = facts.daijiao_amount(member.daijiao_groups)
    if amount is None:
        reason = warning(CompareReason.DAIJIAO_MISSING_NO_AMOUNT, year=facts.year, groups=groups)
    else:
        reason = warning(CompareReason.DAIJIAO_MISSING, year=facts.year, groups=groups, amount=f"{amount:f}")
    return WorkItem(reason, NextAction(ActionKind.DAIJIAO), member.subject, groups=tuple(sorted(member.daijiao_groups)))


def _off_list(
    register: Register, listed: Mapping[Identity, list[ListEntry]], facts: PolicyFacts, today: date
) -> list[WorkItem]:
    """代缴 recorded this year for someone no current list names in a 代缴 group."""
    items = []
    for person in register.by_key.values():
        paid = person.contribution(facts.year)
        if paid is None or not paid.daijiao:
            continue
        entries = [e for e in listed.get(("key", person.key), []) if e.group in facts.daijiao_groups]
        if any(e.current for e in entries):
            continue
        items.append(_off_list_item(person, register.subject(person), entries, facts, today))
    return items


def _off_list_item(
    person: RegisterPerson, subject: Subject, entries: list[ListEntry], facts: PolicyFacts, today: date
) -> WorkItem:
    first, last = date(facts.year, 1, 1), date(facts.year, 12, 31)
    spans = [m for m in person.memberships if m.group in facts.daijiao_groups]
    manual = sorted({m.group for m in spans if m.source == "manual" and m.covers(today)})
    if manual:
        reason = warning(CompareReason.DAIJIAO_MANUAL_ONLY, year=facts.year, groups=facts.labels_of(set(manual)))
        return WorkItem(reason, NextAction(ActionKind.SEND_EVIDENCE), subject, groups=tuple(manual))
    # P-04: a status held at any time in the year covers the whole year
    seen = [(e.group or "", e.date_to or e.as_of) for e in entries if e.overlaps(first, last)]
    seen += [(m.group, m.valid_to or m.list_as_of or today) for m in spans if m.overlaps(first, last)]
    if seen:
        groups = sorted({g for g, _ in seen})
        last_seen = min(max(day for _, day in seen), last)
        reason = warning(
            CompareReason.DAIJIAO_OFF_LIST_COVERED, year=facts.year, groups=facts.labels_of(set(groups)),
            last_seen=last_seen.isoformat(),
        )  # fmt: skip
        return WorkItem(reason, NextAction(ActionKind.REVIEW_NEXT_YEAR), subject, groups=tuple(groups))
    paid = person.contribution(facts.year)
    amount = f"{paid.government_paid:f}" if paid is not None else "0"
    reason = warning(CompareReason.DAIJIAO_NOT_COVERED, year=facts.year, amount=amount)
    return WorkItem(reason, NextAction(ActionKind.CHECK_PAYMENT), subject)


def _stale_lists(
    snapshots: Mapping[str, date], expected: tuple[str, ...], facts: PolicyFacts, today: date
) -> list[WorkItem]:
    """Sources whose latest snapshot is older than the pack allows (S-12), or that never sent one."""
    items = []
    for source in sorted(set(snapshots) | set(expected)):
        as_of = snapshots.get(source)
        if as_of is None:
            reason = warning(CompareReason.LIST_MISSING, source=source, agency=agency_name(source))
        elif (today - as_of).days > facts.max_list_age_days:
            days = (today - as_of).days
            reason = warning(
                CompareReason.LIST_STALE, source=source, agency=agency_name(source), as_of=as_of.isoformat(),
                days=days, max_days=facts.max_list_age_days,
            )  # fmt: skip
        else:
            continue
        items.append(WorkItem(reason, NextAction(ActionKind.ASK_AGENCY, source), list_source=source))
    return items


def _hand_over(
    data: CompareInput,
    register: Register,
    listed: Mapping[Identity, list[ListEntry]],
    members: Mapping[Identity, Member],
    facts: PolicyFacts,
) -> list[WorkItem]:
    """Hardship members who are not this service point's, and anyone else on a list (veterans too) whose
    village or hukou is elsewhere."""
    items = [
        _hand_over_item(data, m.hand_over_to, m.subject, m.groups, facts)
        for m in members.values()
        if m.status is MemberStatus.HANDED_OVER and m.hand_over_to is not None
    ]
    for identity, entries in listed.items():
        if identity in members:
            continue
        person = register.by_key[identity[1]] if identity[0] == "key" else None
        if person is not None:
            target, subject = outside(data.point, person.village_code, person.hukou_division), register.subject(person)
        else:
            ordered = tuple(sorted(entries, key=entry_order))
            target, subject = entries_outside(data.point, ordered), entry_subject(ordered)
        if target is not None:
            groups = frozenset(e.group for e in entries if e.group)
            items.append(_hand_over_item(data, target, subject, groups, facts))
    return items


def _hand_over_item(
    data: CompareInput, target: str, subject: Subject, groups: frozenset[str], facts: PolicyFacts
) -> WorkItem:
    reason = warning(
        CompareReason.HUKOU_ELSEWHERE, place=data.point.name_of(target), division=target,
        groups=facts.labels_of(groups),
    )  # fmt: skip
    return WorkItem(reason, NextAction(ActionKind.HAND_OVER, target), subject, groups=tuple(sorted(groups)))
