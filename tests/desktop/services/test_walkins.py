"""The walk-in queue on a real demo desk: who is found, their priority, the serving order, the states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.ids import make_resident_id, mask_id
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.walkins import Priority, WalkInsService, WalkInStatus
from desktop.store.models import DisabilityCertificate, Resident, WalkIn

VILLAGE = "640423100201"


class Clock:
    """A desk clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, minutes: int = 1) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(desk: Desk, clock: Clock) -> WalkInsService:
    return WalkInsService(desk.store, "demo", clock=clock)


def add_resident(desk: Desk, name: str, birth: date, sequence: int, *, veteran: bool = False,
                 certificate: bool = False) -> str:
    number = make_resident_id("640423", birth, sequence)
    with desk.store.session("demo") as session:
        resident = Resident(name=name, id_number=number, sex="M" if sequence % 2 else "F", birth_date=birth,
                            village_code=VILLAGE, hukou_division="640423", veteran=veteran)
        session.add(resident)
        if certificate:
            session.add(DisabilityCertificate(resident=resident, number=number + "42", category=4, grade=2))
    return number


def walk_in_count(desk: Desk) -> int:
    with desk.store.session("demo") as session:
        return int(session.scalar(select(func.count(WalkIn.id))) or 0)


def test_priority_follows_the_special_channels(desk: Desk, service: WalkInsService) -> None:
    elderly = add_resident(desk, "甲老人", date(1950, 5, 1), 901)
    disabled = add_resident(desk, "乙残疾", date(1980, 5, 1), 903, certificate=True)
    veteran = add_resident(desk, "丙军人", date(1975, 5, 1), 905, veteran=True)
    both = add_resident(desk, "丁老兵", date(1951, 1, 1), 907, veteran=True, certificate=True)
    normal = add_resident(desk, "戊青年", date(1990, 5, 1), 909)
    assert service.identify(elderly).priority is Priority.ELDERLY
    assert service.identify(disabled).priority is Priority.DISABLED
    assert service.identify(veteran).priority is Priority.VETERAN
    assert service.identify(both).priority is Priority.ELDERLY  # the first channel that applies
    assert service.identify(normal).priority is Priority.NORMAL


def test_queue_is_served_by_priority_then_arrival(desk: Desk, service: WalkInsService, clock: Clock) -> None:
    numbers = {
        "normal_early": add_resident(desk, "早到者", date(1990, 5, 1), 911),
        "veteran": add_resident(desk, "退伍者", date(1975, 5, 1), 913, veteran=True),
        "elderly_late": add_resident(desk, "晚到老人", date(1949, 5, 1), 915),
        "disabled": add_resident(desk, "持证者", date(1982, 5, 1), 917, certificate=True),
        "elderly_early": add_resident(desk, "早到老人", date(1948, 5, 1), 919),
        "normal_late": add_resident(desk, "晚到者", date(1991, 5, 1), 921),
    }
    arrival = ["normal_early", "veteran", "elderly_early", "disabled", "elderly_late", "normal_late"]
    for key in arrival:
        service.add(numbers[key], "inquiry")
        clock.tick()
    names = [row.name for row in service.queue()]
    assert names == ["早到老人", "晚到老人", "持证者", "退伍者", "早到者", "晚到者"]


def test_a_bad_id_number_is_refused_with_its_problem_and_nothing_is_saved(desk: Desk,
                                                                           service: WalkInsService) -> None:
    good = make_resident_id("640423", date(1960, 1, 1), 11)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    arrival = service.identify(bad)
    assert not arrival.ok
    assert [p.code for p in arrival.problems] == ["id.checksum"]
    before = walk_in_count(desk)
    with pytest.raises(ServiceError) as caught:
        service.add(bad, "enrollment", "带了户口簿")
    assert caught.value.code == "id.checksum"
    assert walk_in_count(desk) == before


def test_an_unregistered_id_is_queued_with_the_priority_its_birth_date_gives(service: WalkInsService) -> None:
    number = make_resident_id("640423", date(1940, 2, 2), 31)
    row = service.add(number, "enrollment")
    assert row.resident_uuid is None
    assert row.priority is Priority.ELDERLY
    assert row.masked_id == mask_id(number)
    assert number not in repr(row)


def test_a_name_shared_by_several_residents_asks_which_one(desk: Desk, service: WalkInsService) -> None:
    add_resident(desk, "同名人", date(1960, 1, 1), 41)
    second = add_resident(desk, "同名人", date(1950, 1, 1), 43)
    arrival = service.identify("同名人")
    assert arrival.resident is None
    assert len(arrival.candidates) == 2
    chosen = next(c for c in arrival.candidates if c.masked_id == mask_id(second))
    row = service.add("同名人", "pension_claim", resident_uuid=chosen.uuid)
    assert row.resident_uuid == chosen.uuid
    assert row.priority is Priority.ELDERLY
    with pytest.raises(ServiceError, match=r"walkin\.not_a_candidate"):
        service.add("同名人", "inquiry", resident_uuid=row.uuid)


def test_an_unknown_name_is_queued_by_name(service: WalkInsService) -> None:
    row = service.add("从没来过", "inquiry", "问缴费")
    assert (row.name, row.resident_uuid, row.priority, row.note) == ("从没来过", None, Priority.NORMAL, "问缴费")


def test_nobody_typed_and_unknown_reasons_are_refused(service: WalkInsService) -> None:
    assert [p.code for p in service.identify("   ").problems] == ["walkin.nobody"]
    with pytest.raises(ServiceError, match=r"walkin\.unknown_reason"):
        service.add("某人", "haircut")


def test_serving_done_and_left_leave_the_open_queue(desk: Desk, service: WalkInsService, clock: Clock) -> None:
    first = service.add("第一位", "inquiry")
    clock.tick()
    second = service.add("第二位", "inquiry")
    serving = service.set_status(second.uuid, WalkInStatus.SERVING)
    assert serving.served_by == "demo"
    assert [r.name for r in service.queue()] == ["第二位", "第一位"]  # the one at the desk comes first
    clock.tick()
    done = service.set_status(second.uuid, WalkInStatus.DONE)
    assert done.finished_at == clock.now
    service.set_status(first.uuid, WalkInStatus.LEFT)
    assert service.queue() == []
    assert {r.status for r in service.queue(include_finished=True)} == {WalkInStatus.DONE, WalkInStatus.LEFT}
    with pytest.raises(ServiceError, match=r"walkin\.already_finished"):
        service.set_status(first.uuid, WalkInStatus.SERVING)
    assert desk.verify_audit().ok


def test_yesterdays_walk_ins_are_not_in_todays_queue(service: WalkInsService, clock: Clock) -> None:
    service.add("昨天来的", "inquiry")
    clock.tick(24 * 60)
    service.add("今天来的", "inquiry")
    assert [r.name for r in service.queue()] == ["今天来的"]
