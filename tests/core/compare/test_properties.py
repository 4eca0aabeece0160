"""Properties: every hardship list member lands in exactly one place; nothing depends on input order."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core.compare import (
    ListEntry,
    Membership,
    MemberStatus,
    RegisterPerson,
    WorklistCode,
    build_ledger,
    dashboard,
)
from core.ids import make_resident_id
from tests.core.compare.support import COUNTY, HOME, NEIGHBOUR, daijiao_paid, run, self_paid

GROUPS = ("dibao", "tekun", "dibao_bianyuan", "fanpin_jiance", "disab_severe", "tuopin", "veteran")
SOURCES = {"dibao": "civil-affairs", "tekun": "civil-affairs", "dibao_bianyuan": "civil-affairs",
           "fanpin_jiance": "rural-revitalization", "tuopin": "rural-revitalization",
           "disab_severe": "disability", "veteran": "veterans"}  # fmt: skip
ENDS = (None, date(2025, 6, 30), date(2026, 3, 31), date(2027, 1, 1))
SETTLED = {MemberStatus.COVERED, MemberStatus.NO_DAIJIAO_DUE, MemberStatus.CANNOT_ENROL}


@st.composite
def people(draw: st.DrawFn) -> RegisterPerson:
    index = draw(st.integers(0, 999))
    birth = draw(st.dates(date(1950, 1, 1), date(2014, 12, 31)))
    memberships = tuple(
        Membership(group, draw(st.sampled_from(("list", "manual"))), date(2020, 1, 1), end)
        for group, end in draw(st.lists(st.tuples(st.sampled_from(GROUPS), st.sampled_from(ENDS)), max_size=2))
    )
    paid = draw(st.sampled_from(((), (daijiao_paid(),), (self_paid(2026),), (daijiao_paid(2025),))))
    return RegisterPerson(
        key=f"p{index}",
        id_number=make_resident_id(COUNTY, birth, index),
        name=draw(st.sampled_from("甲乙丙丁戊")),
        sex="F",
        birth_date=birth,
        village_code=draw(st.sampled_from((HOME, HOME, NEIGHBOUR))),
        hukou_division=draw(st.sampled_from((COUNTY, COUNTY, "640422"))),
        household=draw(st.sampled_from((None, "001", "002"))),
        enrolled=draw(st.booleans()),
        receiving_pension=draw(st.booleans()) and birth.year < 1966,
        contributions=paid,
        memberships=memberships,
        student=draw(st.integers(0, 9)) == 0,
    )


@st.composite
def registers(draw: st.DrawFn) -> tuple[list[RegisterPerson], list[ListEntry]]:
    persons = list({p.key: p for p in draw(st.lists(people(), max_size=8))}.values())
    entries = []
    for _ in range(draw(st.integers(0, 10))):
        group = draw(st.sampled_from(GROUPS))
        who = draw(st.sampled_from(persons)) if persons and draw(st.booleans()) else None
        stranger = draw(st.integers(0, 4))
        id_number = (
            who.id_number
            if who
            else draw(st.sampled_from((None, make_resident_id(COUNTY, date(1980, 1, 1), stranger))))
        )
        entries.append(
            ListEntry(
                source=SOURCES[group],
                as_of=date(2026, 10, 1),
                group=group,
                name=who.name if who else f"外{stranger}",
                id_number=id_number,
                village_code=draw(st.sampled_from((None, HOME, NEIGHBOUR))),
                hukou_division=draw(st.sampled_from((None, COUNTY, "640422"))),
                date_to=draw(st.sampled_from(ENDS)),
                birth_date=None if who else draw(st.sampled_from((None, date(1980, 1, 1), date(2012, 5, 5)))),
                register_key=who.key if who and draw(st.booleans()) else None,
            )
        )
    return persons, entries


@settings(max_examples=60, deadline=None)
@given(registers())
def test_every_hardship_list_member_is_settled_or_on_exactly_one_of_worklists_1_2_7(
    data: tuple[list[RegisterPerson], list[ListEntry]],
) -> None:
    persons, entries = data
    comparison = run(persons, entries)
    on = {code: [i.subject for i in comparison.worklist(code).items] for code in
          (WorklistCode.NOT_ENROLLED, WorklistCode.DAIJIAO_MISSING, WorklistCode.HAND_OVER)}  # fmt: skip
    for member in comparison.members:
        places = [member.status in SETTLED] + [member.subject in subjects for subjects in on.values()]
        assert sum(places) == 1, member
        assert on[WorklistCode.DAIJIAO_MISSING].count(member.subject) <= 1  # P-02: one 代缴 line however many lists
        person = member.person
        if member.status is MemberStatus.COVERED:
            assert person is not None
            assert person.enrolled
            paid = person.contribution(2026)
            assert paid is not None
            assert paid.daijiao
        if member.subject in on[WorklistCode.DAIJIAO_MISSING]:
            assert person is not None
            assert person.enrolled
            assert not person.receiving_pension
        if member.subject in on[WorklistCode.NOT_ENROLLED]:
            assert person is None or not person.enrolled
    listed_now = {e.register_key or e.id_number or e.name for e in entries if e.group != "veteran"
                  and e.overlaps(date(2026, 1, 1), date(2026, 12, 31))}  # fmt: skip
    identities = {m.subject.key or m.subject.id_number or m.subject.name for m in comparison.members}
    by_id = {p.id_number: p.key for p in persons}
    assert {by_id.get(i, i) for i in listed_now} <= identities  # every hardship list member is counted


@settings(max_examples=40, deadline=None)
@given(registers(), st.randoms(use_true_random=False))
def test_worklists_ledger_and_dashboard_do_not_depend_on_input_order(
    data: tuple[list[RegisterPerson], list[ListEntry]], rng: object
) -> None:
    persons, entries = data
    shuffled_persons, shuffled_entries = persons[:], entries[:]
    rng.shuffle(shuffled_persons)  # type: ignore[attr-defined]
    rng.shuffle(shuffled_entries)  # type: ignore[attr-defined]
    first, second = run(persons, entries), run(shuffled_persons, shuffled_entries)
    assert first.to_json() == second.to_json()
    assert build_ledger(first) == build_ledger(second)
    days = [date(2026, 3, 31), date(2026, 9, 30)]
    assert dashboard(first, persons, days) == dashboard(second, shuffled_persons, days)
