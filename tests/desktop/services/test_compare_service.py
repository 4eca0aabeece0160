"""The comparison on a real demo desk: lists made from the demo's own residents, imported, then compared."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from uuid import UUID

import openpyxl
import pytest
from sqlalchemy import select

from core.compare import ActionKind, CompareReason, WorklistCode
from core.documents import CaseKind
from core.ids import age_on
from core.progress import Cancelled, Progress
from core.synthetic.agency_files import Damage, make_people, write_list
from desktop.services.compare import STEPS, CompareService
from desktop.services.desk import Desk
from desktop.services.lists import ListsService
from desktop.store.models import AuditEvent, Contribution, Resident

TODAY = date(2026, 11, 20)
OTHER_VILLAGE = "640423101203"  # 十八里村委会, in the demo village's own township


@dataclass(frozen=True)
class Person:
    uuid: UUID
    id_number: str
    name: str


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def service(desk: Desk) -> CompareService:
    return CompareService(desk.store, desk.account.username, desk.settings.village_code, TODAY)


def residents(desk: Desk, *, enrolled: bool, count: int) -> list[Person]:
    """Adults of working age in no other scheme and no group yet; enrolled ones without 代缴 this year."""
    with desk.store.session("test") as session:
        paid = select(Contribution.resident_id).where(Contribution.year == TODAY.year)
        rows = session.scalars(
            select(Resident)
            .where(Resident.enrolled.is_(enrolled), Resident.receiving_pension.is_(False),
                   Resident.student.is_(False), Resident.employee_pension.is_(False),
                   Resident.public_institution.is_(False), Resident.id.not_in(paid), ~Resident.memberships.any())
            .order_by(Resident.id)
        )  # fmt: skip
        found = [Person(r.uuid, r.id_number, r.name) for r in rows if 20 <= age_on(r.birth_date, TODAY) <= 55]
    assert len(found) >= count, "the demo desk has too few such residents for this test"
    return found[:count]


def import_dibao(desk: Desk, tmp_path: Path, people: Sequence[Person], as_of: date, strangers: int = 0) -> None:
    listed = make_people("civil-affairs", len(people) + strangers, seed=3, today=TODAY)
    rows = [
        replace(p, id_number=r.id_number, name=r.name, group="dibao", category_text="低保", date_to=None)
        for p, r in zip(listed, people, strict=False)
    ] + [replace(p, group="dibao", category_text="低保", date_to=None) for p in listed[len(people) :]]
    path = tmp_path / f"dibao-{as_of.isoformat()}.xlsx"
    path.write_bytes(write_list(rows, "civil-affairs", "xlsx").data)
    lists = ListsService(desk.store, desk.account.username, desk.settings.village_code, today=TODAY)
    result = lists.apply(path, "civil-affairs", as_of=as_of)
    assert result.snapshot is not None
    assert not result.rejected


def test_a_listed_resident_not_enrolled_is_on_worklist_1_with_the_enrolment_wizard(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    people = residents(desk, enrolled=False, count=2)
    import_dibao(desk, tmp_path, people, date(2026, 10, 1))
    result = service.compare()
    items = {i.resident: i for i in result.worklist(WorklistCode.NOT_ENROLLED).items}
    for person in people:
        item = items[person.uuid]
        assert (item.action, item.wizard) == (ActionKind.ENROLLMENT, CaseKind.ENROLLMENT)
        assert item.item.reason.code == CompareReason.NOT_ENROLLED
        assert item.name == person.name
    core_items = result.comparison.worklist(WorklistCode.NOT_ENROLLED).items
    assert [i.item for i in result.worklist(WorklistCode.NOT_ENROLLED).items] == list(core_items)


def test_an_enrolled_listed_resident_without_this_years_daijiao_is_on_worklist_2(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    people = residents(desk, enrolled=True, count=2)
    import_dibao(desk, tmp_path, people, date(2026, 10, 1))
    worklist = service.compare().worklist(WorklistCode.DAIJIAO_MISSING)
    items = {i.resident: i for i in worklist.items}
    assert {p.uuid for p in people} <= worklist.residents()
    assert all(items[p.uuid].wizard is CaseKind.DAIJIAO for p in people)
    assert items[people[0].uuid].item.reason.params["year"] == TODAY.year


def test_a_stranger_on_a_list_is_to_be_registered_and_leads_to_no_resident(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    import_dibao(desk, tmp_path, residents(desk, enrolled=False, count=1), date(2026, 10, 1), strangers=2)
    strangers = [i for i in service.compare().worklist(WorklistCode.NOT_ENROLLED).items if i.resident is None]
    assert len(strangers) == 2
    assert {i.action for i in strangers} == {ActionKind.REGISTER}
    assert {i.item.reason.code for i in strangers} == {CompareReason.NOT_IN_REGISTER}
    snapshot = ListsService(desk.store, "demo", today=TODAY).snapshots("civil-affairs")[0]
    assert all([(r.source, r.snapshot) for r in i.list_rows] == [("civil-affairs", snapshot.uuid)] for i in strangers)
    assert len({i.list_rows[0].row for i in strangers}) == 2


def test_a_listed_resident_of_another_village_is_handed_over_to_it_by_name(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    [moved] = residents(desk, enrolled=False, count=1)
    with desk.store.session("test") as session:
        session.scalars(select(Resident).where(Resident.uuid == moved.uuid)).one().village_code = OTHER_VILLAGE
    import_dibao(desk, tmp_path, [moved], date(2026, 10, 1))
    result = service.compare()
    [item] = [i for i in result.worklist(WorklistCode.HAND_OVER).items if i.resident == moved.uuid]
    assert (item.action, item.item.action.target, item.target_name) == (ActionKind.HAND_OVER, OTHER_VILLAGE, "十八里村")
    assert moved.uuid not in result.worklist(WorklistCode.NOT_ENROLLED).residents()


def test_only_the_newest_snapshot_of_a_source_is_compared_and_every_matched_entry_names_its_resident(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    people = residents(desk, enrolled=True, count=3)
    import_dibao(desk, tmp_path, people, date(2026, 7, 1))
    import_dibao(desk, tmp_path, people[:2], date(2026, 10, 1))
    data, days, current = service.inputs()
    civil = [e for e in data.entries if e.source == "civil-affairs"]
    assert {e.as_of for e in civil} == {date(2026, 10, 1)}
    assert {e.register_key for e in civil} == {str(p.uuid) for p in people[:2]}
    assert data.snapshots["civil-affairs"] == current["civil-affairs"].as_of == date(2026, 10, 1)
    assert {date(2026, 7, 1), date(2026, 10, 1)} <= set(days)
    assert data.point.villages == frozenset({desk.settings.village_code})
    assert data.point.name_of(desk.settings.village_code or "") == "马河村"
    keyed = {p.key: p for p in data.persons}
    assert len(keyed) == len(data.persons) == 120
    assert {m.list_source for p in people[:2] for m in keyed[str(p.uuid)].memberships} == {"civil-affairs"}


def test_contributions_are_read_as_yuan_in_year_order(desk: Desk, service: CompareService) -> None:
    data = service.inputs().data
    with desk.store.session("test") as session:
        stored = session.scalars(select(Contribution).order_by(Contribution.resident_id, Contribution.year)).first()
        assert stored is not None
        key, year, paid = str(stored.resident.uuid), stored.year, stored.self_paid
    person = next(p for p in data.persons if p.key == key)
    assert [c.year for c in person.contributions] == sorted(c.year for c in person.contributions)
    found = person.contribution(year)
    assert found is not None
    assert found.self_paid == paid


def test_the_dashboard_has_a_trend_point_for_each_quarter_a_list_came_in(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    people = residents(desk, enrolled=False, count=2)
    import_dibao(desk, tmp_path, people, date(2026, 7, 1))
    import_dibao(desk, tmp_path, people[:1], date(2026, 10, 1))
    figures = service.dashboard()
    assert [p.quarter for p in figures.trend] == ["2026Q1", "2026Q3", "2026Q4"]
    assert figures.today.day == TODAY
    everyone = figures.today.coverage_of("*")
    assert everyone is not None
    assert everyone.whole >= len(people)


def test_the_comparison_reports_its_steps_and_stops_on_cancel(service: CompareService) -> None:
    notes: list[str] = []
    service.compare(Progress(report=lambda done, total, note: notes.append(note)))
    assert notes[0] == STEPS[0]
    assert notes[-1] == STEPS[-1]
    with pytest.raises(Cancelled):
        service.compare(Progress(cancelled=lambda: True))


WORDS = {"title": "%1困难群体管理台账（%2）", "as_of": "截至%1", "sheet": "台账", "masked": "（已隐藏）"}


def words(key: str) -> str:
    return WORDS.get(key, key)


def test_the_ledger_file_is_titled_frozen_printable_and_keeps_id_numbers_as_text(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    people = residents(desk, enrolled=True, count=2)
    import_dibao(desk, tmp_path, people, date(2026, 10, 1))
    out = tmp_path / "台账.xlsx"
    export = service.export_ledger(out, words, lambda p: p.code)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet["A1"].value == "马河村困难群体管理台账（2026）"
    assert sheet["A2"].value == "截至2026-11-20"
    assert (sheet.title, sheet.freeze_panes, sheet.print_title_rows) == ("台账", "A4", "$3:$3")
    assert (sheet.page_setup.orientation, sheet.page_setup.fitToWidth) == ("landscape", 1)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert [c.value for c in sheet[3]][:3] == ["column.number", "column.name", "column.id_number"]
    data_rows = list(sheet.iter_rows(min_row=4))
    assert len(data_rows) == export.rows >= 2
    ids = [row[2] for row in data_rows]
    assert all(cell.data_type == "s" and isinstance(cell.value, str) and len(cell.value) == 18 for cell in ids)
    assert {p.id_number for p in people} <= {cell.value for cell in ids}
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    with desk.store.session("test") as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "compare.ledger_export")).one()
        detail = json.loads(event.detail)
    assert (event.actor, detail["file"], detail["rows"], detail["masked"]) == ("demo", "台账.xlsx", export.rows, False)


def test_a_masked_ledger_hides_the_middle_of_each_id_number_and_says_so(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    out = tmp_path / "masked.xlsx"
    export = service.export_ledger(out, words, lambda p: p.code, mask_ids=True)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    ids = [row[2].value for row in sheet.iter_rows(min_row=4)]
    assert ids
    assert all(isinstance(v, str) and "*" * 10 in v for v in ids)
    assert sheet["A2"].value == "截至2026-11-20  （已隐藏）"
    with desk.store.session("test") as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "compare.ledger_export")).one()
        detail = json.loads(event.detail)
    assert detail["masked"] is True
    assert detail["rows"] == export.rows


def test_a_stranger_whose_address_names_another_village_of_the_county_is_handed_over_not_registered(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    elsewhere, here = make_people("civil-affairs", 2, seed=11, today=TODAY)
    rows = [
        replace(
            elsewhere, address="宁夏隆德县沙塘镇十八里村三组5号", relation="户主", head=elsewhere.name, household=1
        ),
        replace(here, address="宁夏隆德县沙塘镇马河村一组9号", relation="户主", head=here.name, household=2),
    ]
    rows = [replace(p, group="dibao", category_text="低保", date_to=None) for p in rows]
    path = tmp_path / "dibao.xlsx"
    path.write_bytes(write_list(rows, "civil-affairs", "xlsx").data)
    ListsService(desk.store, "demo", today=TODAY).apply(path, "civil-affairs", as_of=date(2026, 10, 1))
    result = service.compare()
    [handed] = [i for i in result.worklist(WorklistCode.HAND_OVER).items if i.name == elsewhere.name]
    assert (handed.item.action.target, handed.target_name) == (OTHER_VILLAGE, "十八里村")
    [ours] = [i for i in result.worklist(WorklistCode.NOT_ENROLLED).items if i.name == here.name]
    assert ours.action is ActionKind.REGISTER


def test_a_listed_resident_with_a_damaged_id_number_waits_on_worklist_1_until_the_assistant_confirms_who(
    desk: Desk, service: CompareService, tmp_path: Path
) -> None:
    people = residents(desk, enrolled=False, count=2)
    listed = make_people("civil-affairs", 2, seed=3, today=TODAY)
    rows = [
        replace(p, id_number=r.id_number, name=r.name, group="dibao", category_text="低保", date_to=None)
        for p, r in zip(listed, people, strict=True)
    ]
    file = write_list(rows, "civil-affairs", "xlsx", damages=[Damage.BAD_ID])
    [bad_row] = file.damaged[Damage.BAD_ID]
    damaged = next(r for p, r in zip(rows, people, strict=True) if p == file.people[bad_row])
    path = tmp_path / "dibao.xlsx"
    path.write_bytes(file.data)
    lists = ListsService(desk.store, "demo", today=TODAY)
    imported = lists.apply(path, "civil-affairs", as_of=date(2026, 10, 1))
    assert imported.snapshot is not None
    [waiting] = [i for i in service.compare().worklist(WorklistCode.NOT_ENROLLED).items if i.resident is None]
    assert (waiting.action, waiting.item.reason.code) == (ActionKind.CONFIRM_MATCH, CompareReason.MAYBE_IN_REGISTER)
    assert waiting.candidates == (damaged.uuid,)
    [row] = waiting.list_rows
    assert (row.snapshot, row.row) == (imported.snapshot.uuid, bad_row)
    lists.confirm_match(row.snapshot, row.row, waiting.candidates[0])
    items = service.compare().worklist(WorklistCode.NOT_ENROLLED).items
    assert all(i.resident is not None for i in items)
    assert damaged.uuid in {i.resident for i in items if i.action is ActionKind.ENROLLMENT}
