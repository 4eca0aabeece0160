"""Hardship-group members of this year, from the lists and the register together, and where each stands.

A member is one person however many lists name them: matched to the register by its key (or by ID
number when the import left the key out), otherwise by ID number, otherwise by name, birth date and
village. Each member gets exactly one status; worklists 1, 2 and 7 and the ledger are read from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from core.compare.facts import PolicyFacts
from core.compare.inputs import ListEntry, RegisterPerson, ServicePoint
from core.compare.model import Subject
from core.ids import age_on


class MemberStatus(StrEnum):
    COVERED = "covered"  # enrolled, this year's 代缴 recorded
    NO_DAIJIAO_DUE = "no_daijiao_due"  # drawing a pension (P-03), or only in groups without 代缴 (已脱贫)
    CANNOT_ENROL = "cannot_enrol"  # under the enrolment age, a full-time student, or in another scheme
    NOT_REGISTERED = "not_registered"  # worklist 1: register first
    NOT_ENROLLED = "not_enrolled"  # worklist 1
    DAIJIAO_MISSING = "daijiao_missing"  # worklist 2
    HANDED_OVER = "handed_over"  # worklist 7


Identity = tuple[str, ...]


class Member(NamedTuple):
    """A hardship-group member (a named tuple, as core.compare.model.Subject)."""

    identity: Identity
    subject: Subject
    person: RegisterPerson | None
    entries: tuple[ListEntry, ...]  # every list entry naming the person, hardship or not, in a fixed order
    groups: frozenset[str]  # groups of the pack held at any time this year (P-04)
    daijiao_groups: frozenset[str]
    age: int | None
    status: MemberStatus
    hand_over_to: str | None  # the village or county the person belongs to, when not here
    candidates: tuple[str, ...] = ()  # register keys an unmatched person may be, for the assistant to confirm


class Register:
    """The register indexed once: by key, by ID number and by name; each person's Subject and each
    subject's order are made once per comparison and shared by the members and every worklist."""

    def __init__(
        self,
        by_key: Mapping[str, RegisterPerson],
        by_id: Mapping[str, RegisterPerson],
        by_name: Mapping[str, tuple[RegisterPerson, ...]],
    ) -> None:
        self.by_key = by_key
        self.by_id = by_id
        self.by_name = by_name
        self._subjects: dict[str, Subject] = {}
        self._orders: dict[str, tuple[object, ...]] = {}

    @classmethod
    def of(cls, persons: Iterable[RegisterPerson]) -> Register:
        people = list(persons)
        by_name: dict[str, list[RegisterPerson]] = {}
        for person in people:
            by_name.setdefault(person.name, []).append(person)
        named = {name: tuple(found) for name, found in by_name.items()}
        return cls({p.key: p for p in people}, {p.id_number: p for p in people}, named)

    def match(self, entry: ListEntry) -> RegisterPerson | None:
        if entry.register_key is not None and entry.register_key in self.by_key:
            return self.by_key[entry.register_key]
        return self.by_id.get(entry.id_number) if entry.id_number else None

    def subject(self, person: RegisterPerson) -> Subject:
        found = self._subjects.get(person.key)
        if found is None:
            found = self._subjects[person.key] = person_subject(person)
        return found

    def order(self, subject: Subject) -> tuple[object, ...]:
        """``subject.order()``, computed once for each register person (a stranger's each time)."""
        if subject.key is None:
            return subject.order()
        found = self._orders.get(subject.key)
        if found is None:
            found = self._orders[subject.key] = subject.order()
        return found

    def candidates(self, entries: tuple[ListEntry, ...]) -> tuple[str, ...]:
        """Register people an unmatched list person may be (a missing or damaged ID number): the same
        name and the same birth date or village as a list gives. Only ever a suggestion to confirm."""
        found: set[str] = set()
        for entry in entries:
            born, village = birth_of(entry), entry.village_code
            if born is None and village is None:
                continue
            found.update(
                p.key
                for p in self.by_name.get(entry.name, ())
                if (born is None or p.birth_date == born) and (village is None or p.village_code == village)
            )
        return tuple(sorted(found))


def entry_order(entry: ListEntry) -> tuple[object, ...]:
    """Every field of the entry: entries that tie are equal, so no result depends on the order lists came in
    (two rows of one number, one giving a birth date, were once taken in input order)."""
    return (
        entry.source, entry.as_of, entry.group or "", entry.subtype or "", entry.name, entry.id_number or "",
        entry.village_code or "", entry.date_from or date.min, entry.date_to or date.max, entry.row or 0,
        entry.birth_date or date.min, entry.hukou_division or "", entry.register_key or "",
    )  # fmt: skip


def ordered_entries(entries: list[ListEntry]) -> tuple[ListEntry, ...]:
    """The entries in ``entry_order``. Most people are on one list or two different ones, and the order
    begins with the source: those need no sort keys."""
    if len(entries) < 2:
        return tuple(entries)
    if len(entries) == 2:
        first, second = entries
        if first.source != second.source:
            return (first, second) if first.source < second.source else (second, first)
    return tuple(sorted(entries, key=entry_order))


def list_identities(register: Register, entries: Iterable[ListEntry]) -> dict[Identity, list[ListEntry]]:
    """The list entries grouped by the person they name."""
    found: dict[Identity, list[ListEntry]] = {}
    by_key, by_id = register.by_key, register.by_id
    for entry in entries:
        # Register.match, inline: it runs for each of 100,000s of entries
        person = by_key.get(entry.register_key) if entry.register_key is not None else None
        if person is None and entry.id_number:
            person = by_id.get(entry.id_number)
        if person is not None:
            identity: Identity = ("key", person.key)
        elif entry.id_number:
            identity = ("id", entry.id_number)
        else:
            born = entry.birth_date.isoformat() if entry.birth_date else ""
            identity = ("name", entry.name, born, entry.village_code or "")
        bucket = found.get(identity)
        if bucket is None:
            found[identity] = [entry]
        else:
            bucket.append(entry)
    return found


def hardship_members(
    register: Register,
    listed: Mapping[Identity, list[ListEntry]],
    facts: PolicyFacts,
    point: ServicePoint,
    today: date,
) -> dict[Identity, Member]:
    """Everyone in a group of the pack this year, on a list or in the register's own memberships."""
    first, last = date(facts.year, 1, 1), date(facts.year, 12, 31)
    known = facts.groups
    members: dict[Identity, Member] = {}
    by_key = register.by_key
    for identity, entries in listed.items():
        # ListEntry.overlaps(first, last) and _register_groups, inline and as plain loops: this runs for
        # every entry of every list and every span of the people on them
        groups: set[str] = set()
        for e in entries:
            group = e.group
            if (
                group in known
                and (e.date_from is None or e.date_from <= last)
                and (e.date_to is None or e.date_to >= first)
            ):
                groups.add(group)
        person = by_key[identity[1]] if identity[0] == "key" else None
        if person is not None:
            for m in person.memberships:
                if m.group in known and m.valid_from <= last and (m.valid_to is None or m.valid_to >= first):
                    groups.add(m.group)
        if groups:
            members[identity] = _member(register, identity, person, entries, frozenset(groups), facts, point, today)
    for person in by_key.values():
        if not person.memberships:
            continue
        identity = ("key", person.key)
        if identity in members:
            continue
        groups = _register_groups(person, known, first, last)
        if groups:
            members[identity] = _member(register, identity, person, [], frozenset(groups), facts, point, today)
    return members


def _register_groups(person: RegisterPerson, known: frozenset[str], first: date, last: date) -> set[str]:
    # Membership.overlaps(first, last), inline
    return {
        m.group
        for m in person.memberships
        if m.group in known and m.valid_from <= last and (m.valid_to is None or m.valid_to >= first)
    }


def _member(
    register: Register,
    identity: Identity,
    person: RegisterPerson | None,
    entries: list[ListEntry],
    groups: frozenset[str],
    facts: PolicyFacts,
    point: ServicePoint,
    today: date,
) -> Member:
    ordered = ordered_entries(entries)
    daijiao = groups & facts.daijiao_groups
    if person is not None:
        subject = register.subject(person)
        age: int | None = age_on(person.birth_date, today)
        elsewhere = outside(point, person.village_code, person.hukou_division)
    else:
        subject = entry_subject(ordered)
        age = age_on(subject.birth_date, today) if subject.birth_date is not None else None
        elsewhere = entries_outside(point, ordered)
    status = _status(person, age, daijiao, elsewhere, facts)
    maybe = register.candidates(ordered) if status is MemberStatus.NOT_REGISTERED else ()
    return Member(identity, subject, person, ordered, groups, daijiao, age, status, elsewhere, maybe)


def _status(
    person: RegisterPerson | None,
    age: int | None,
    daijiao: frozenset[str],
    elsewhere: str | None,
    facts: PolicyFacts,
) -> MemberStatus:
    under_age = age is not None and age < facts.enrol_age
    if elsewhere is not None:
        return MemberStatus.HANDED_OVER
    if person is None:
        return MemberStatus.CANNOT_ENROL if under_age else MemberStatus.NOT_REGISTERED
    if person.receiving_pension:
        return MemberStatus.NO_DAIJIAO_DUE
    if person.other_scheme or under_age:
        return MemberStatus.CANNOT_ENROL
    if not person.enrolled:
        return MemberStatus.NOT_ENROLLED
    if not daijiao:
        return MemberStatus.NO_DAIJIAO_DUE
    paid = person.contribution(facts.year)
    return MemberStatus.COVERED if paid is not None and paid.daijiao else MemberStatus.DAIJIAO_MISSING


def person_subject(person: RegisterPerson) -> Subject:
    return Subject(person.name, person.key, person.id_number, person.village_code, person.household, person.birth_date)


def entry_subject(entries: tuple[ListEntry, ...]) -> Subject:
    """An unmatched person as the lists name them: the first entry's name, the first village given."""
    village = next((e.village_code for e in entries if e.village_code), None)
    born = next((b for b in map(birth_of, entries) if b is not None), None)
    return Subject(entries[0].name, None, entries[0].id_number, village, None, born)


def birth_of(entry: ListEntry) -> date | None:
    """The birth date the list gives, else the one in the ID number."""
    if entry.birth_date is not None or not entry.id_number:
        return entry.birth_date
    digits = entry.id_number[6:14]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def outside(point: ServicePoint, village: str | None, hukou: str | None) -> str | None:
    """The village or county someone belongs to when it is not this service point, else None."""
    if village and point.villages and village not in point.villages:
        return village
    if hukou and hukou != point.county:
        return hukou
    return None


def entries_outside(point: ServicePoint, entries: tuple[ListEntry, ...]) -> str | None:
    """Where the lists place an unmatched person, unless any list places them here (then they are ours)."""
    if any(e.village_code in point.villages for e in entries if e.village_code):
        return None
    return next((t for t in (outside(point, e.village_code, e.hukou_division) for e in entries) if t), None)
