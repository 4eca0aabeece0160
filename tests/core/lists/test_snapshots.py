"""Snapshots: the same people in any order are the same snapshot; two snapshots differ by people."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core.lists import ListRecord, ListSource, diff_snapshots, snapshot_hash
from core.synthetic.agency_files import Damage, ListPerson, make_people, write_list
from tests.core.lists.support import TODAY, read_back

CIVIL = make_people("civil-affairs", 14, seed=9, today=TODAY)
# An exact copy and a contradicting row: how they are settled must not depend on where they stand.
ROWS = [*CIVIL, CIVIL[3], replace(CIVIL[6], group="tekun", category_text="特困供养")]
BASELINE = read_back(write_list(ROWS, "civil-affairs", "csv"), "civil-affairs")


def _contents(records: tuple[ListRecord, ...]) -> list[tuple[object, ...]]:
    return sorted((r.content() for r in records), key=repr)


@settings(max_examples=40, deadline=None)
@given(order=st.permutations(range(len(ROWS))), file_format=st.sampled_from(["csv", "xlsx"]))
def test_any_order_of_the_data_rows_gives_the_same_snapshot_and_records(order: list[int], file_format: str) -> None:
    shuffled = [ROWS[i] for i in order]
    result = read_back(write_list(shuffled, "civil-affairs", file_format), "civil-affairs")  # type: ignore[arg-type]
    assert result.snapshot_hash == BASELINE.snapshot_hash
    assert _contents(result.accepted) == _contents(BASELINE.accepted)
    assert sorted(r.reason for r in result.rejected) == sorted(r.reason for r in BASELINE.rejected)


def test_the_baseline_settles_the_copy_and_the_contradiction() -> None:
    assert len(BASELINE.accepted) == len(CIVIL) - 1  # the contradicted person is left out
    assert sorted(r.reason for r in BASELINE.rejected) == [
        "lists.conflicting_rows",
        "lists.conflicting_rows",
        "lists.duplicate_row",
    ]


@settings(max_examples=15, deadline=None)
@given(st.randoms(use_true_random=False))
def test_any_order_of_whole_households_gives_the_same_snapshot(rng: object) -> None:
    people = make_people("rural-revitalization", 20, seed=1, today=TODAY)
    households: dict[int, list[ListPerson]] = {}
    for person in people:
        households.setdefault(person.household, []).append(person)
    blocks = list(households.values())
    rng.shuffle(blocks)  # type: ignore[attr-defined]
    shuffled = [p for block in blocks for p in block]
    damages = {Damage.HOUSEHOLD_ROWS, Damage.BLANK_ROWS}
    before = read_back(write_list(people, "rural-revitalization", "xlsx", damages=damages), "rural-revitalization")
    after = read_back(write_list(shuffled, "rural-revitalization", "xlsx", damages=damages), "rural-revitalization")
    assert after.snapshot_hash == before.snapshot_hash
    assert _contents(after.accepted) == _contents(before.accepted)


def _record(id_tail: int, **changes: object) -> ListRecord:
    base = ListRecord(row=2, id_number=f"64042319500304{id_tail:04d}", name="马福", group="dibao")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_snapshot_hash_ignores_row_numbers_but_not_contents() -> None:
    a, b = _record(1), _record(2)
    assert snapshot_hash(ListSource.CIVIL_AFFAIRS, [a, b]) == snapshot_hash(
        ListSource.CIVIL_AFFAIRS, [replace(b, row=9), replace(a, row=3)]
    )
    assert snapshot_hash(ListSource.CIVIL_AFFAIRS, [a]) != snapshot_hash(
        ListSource.CIVIL_AFFAIRS, [replace(a, phone="13900000000")]
    )
    assert snapshot_hash(ListSource.CIVIL_AFFAIRS, [a]) != snapshot_hash(ListSource.GENERIC, [a])


def test_the_diff_names_added_removed_and_changed_people() -> None:
    stays, leaves, joins = _record(1), _record(2), _record(3)
    regraded = ListRecord(row=5, id_number="640423195003040004", name="马兰", group="disab_ivm_34", disability_grade=3)
    previous = [stays, leaves, regraded]
    current = [
        replace(stays, row=7, date_to=date(2026, 6, 30)),
        joins,
        replace(regraded, group="disab_severe", disability_grade=2),
    ]
    diff = diff_snapshots(ListSource.CIVIL_AFFAIRS, previous, current)
    assert diff.added == (joins,)
    assert diff.removed == (leaves,)
    assert [(c.after.id_number, c.fields) for c in diff.changed] == [
        (stays.id_number, ("date_to",)),
        (regraded.id_number, ("group", "disability_grade")),
    ]
    assert diff.to_json()["changed"][0]["fields"] == {"date_to": [None, "2026-06-30"]}  # type: ignore[index]


def test_moving_from_one_civil_affairs_group_to_another_is_a_change_not_a_new_person() -> None:
    before = [_record(1, group="dibao_bianyuan")]
    after = [_record(1, group="dibao")]
    diff = diff_snapshots(ListSource.CIVIL_AFFAIRS, before, after)
    assert (diff.added, diff.removed, [c.fields for c in diff.changed]) == ((), (), [("group",)])


def test_on_a_rural_list_a_second_group_is_an_addition() -> None:
    before = [_record(1, group="tuopin")]
    after = [*before, _record(1, group="fanpin_jiance", subtype="脱贫不稳定户")]
    diff = diff_snapshots(ListSource.RURAL_REVITALIZATION, before, after)
    assert [r.group for r in diff.added] == ["fanpin_jiance"]
    assert diff.removed == ()
    assert diff.changed == ()


def test_a_new_phone_number_or_a_reordered_file_is_no_difference() -> None:
    records = [_record(1), _record(2)]
    moved = [replace(records[1], row=2, phone="13900000000"), replace(records[0], row=3)]
    assert diff_snapshots(ListSource.CIVIL_AFFAIRS, records, moved).empty


def test_two_imports_of_the_same_source_diff_by_the_rows_that_changed() -> None:
    people = make_people("disability", 10, seed=6, today=TODAY)
    old = read_back(write_list(people, "disability", "xlsx"), "disability")
    changed = replace(
        people[2], disability_grade=1, cert_number=people[2].id_number + f"{people[2].disability_category}1"
    )
    new_people = [*people[:2], changed, *people[4:]]
    new = read_back(write_list(new_people, "disability", "xlsx"), "disability")
    diff = diff_snapshots(ListSource.DISABILITY, old.accepted, new.accepted)
    assert [r.id_number for r in diff.removed] == [people[3].id_number]
    assert diff.added == ()
    assert [c.after.id_number for c in diff.changed] == [people[2].id_number]
    assert "disability_grade" in diff.changed[0].fields
