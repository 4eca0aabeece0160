"""Home visits (上门服务) on a real demo desk: planning, moving, cancelling, finishing, the lists, the trail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from sqlalchemy import select

from desktop.services.cases import CaseFilter, CaseRow, CasesService
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.home_visits import HomeVisitsService, Timing, VisitPlan, VisitStatus
from desktop.services.residents import ResidentSummary, resident_summary
from desktop.store.models import AuditEvent, Resident

TODAY = date(2026, 3, 2)
DONE_AT = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def service(desk: Desk) -> HomeVisitsService:
    return HomeVisitsService(desk.store, "demo", TODAY, clock=lambda: DONE_AT)


def people(desk: Desk) -> list[ResidentSummary]:
    with desk.store.session("demo") as session:
        return [resident_summary(r, TODAY) for r in session.scalars(select(Resident).order_by(Resident.id))]


def a_case(desk: Desk) -> CaseRow:
    rows = CasesService(desk.store, "demo", TODAY).list_cases(CaseFilter(), 5)
    assert rows, "the demo desk has cases"
    return rows[0]


def plan(resident: ResidentSummary, days: int = 1, **changes: Any) -> VisitPlan:
    values: dict[str, object] = {"resident_uuid": resident.uuid, "kind": "pension_claim",
                                 "planned_on": TODAY + timedelta(days=days), "staff": "张协理员"}
    values.update(changes)
    return VisitPlan(**values)  # type: ignore[arg-type]


def events(desk: Desk, entity_uuid: object) -> list[AuditEvent]:
    with desk.store.session("demo") as session:
        found = list(session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "home_visits",
                                                              AuditEvent.entity_uuid == str(entity_uuid))
                                     .order_by(AuditEvent.seq)))
        session.expunge_all()
    return found


def set_address(desk: Desk, resident: ResidentSummary, address: str | None) -> None:
    with desk.store.session("demo") as session:
        row = session.scalars(select(Resident).where(Resident.uuid == resident.uuid)).one()
        row.address = address
        if row.household is not None:
            row.household.address = None


def test_a_visit_is_planned_at_the_residents_address_and_audited(desk: Desk, service: HomeVisitsService) -> None:
    person = people(desk)[0]
    set_address(desk, person, "十八里村三组12号")
    visit = service.schedule(plan(person, note="卧床，需带印泥", part_of_day="morning"))
    assert (visit.status, visit.timing, visit.address, visit.part_of_day) == (
        VisitStatus.PLANNED, Timing.UPCOMING, "十八里村三组12号", "morning")
    assert (visit.resident.uuid, visit.note, visit.staff) == (person.uuid, "卧床，需带印泥", "张协理员")
    assert [e.action for e in events(desk, visit.uuid)] == ["create"]
    assert service.get(visit.uuid) == visit
    assert desk.verify_audit().ok


def test_moving_a_visit_keeps_resident_and_kind_and_is_audited(desk: Desk, service: HomeVisitsService) -> None:
    person = people(desk)[0]
    visit = service.schedule(plan(person, address="村委会旁"))
    moved = service.reschedule(visit.uuid, plan(people(desk)[1], days=5, kind="inquiry", address="女儿家：沙塘镇",
                                                staff="李协理员", part_of_day="afternoon"))
    assert (moved.resident.uuid, moved.kind) == (person.uuid, "pension_claim")
    assert (moved.planned_on, moved.address, moved.staff, moved.part_of_day) == (
        TODAY + timedelta(days=5), "女儿家：沙塘镇", "李协理员", "afternoon")
    trail = events(desk, visit.uuid)
    assert [e.action for e in trail] == ["create", "update"]
    assert json.loads(trail[1].detail)["after"]["staff"] == "李协理员"


def test_a_cancelled_visit_keeps_its_reason_and_cannot_be_done(desk: Desk, service: HomeVisitsService) -> None:
    visit = service.schedule(plan(people(desk)[0], address="三组"))
    with pytest.raises(ServiceError, match=r"home_visit\.no_cancel_reason"):
        service.cancel(visit.uuid, "  ")
    cancelled = service.cancel(visit.uuid, "已搬到城里女儿家")
    assert (cancelled.status, cancelled.cancel_reason, cancelled.timing) == (
        VisitStatus.CANCELLED, "已搬到城里女儿家", Timing.FINISHED)
    with pytest.raises(ServiceError, match=r"home_visit\.not_planned"):
        service.mark_done(visit.uuid)
    with pytest.raises(ServiceError, match=r"home_visit\.not_planned"):
        service.reschedule(visit.uuid, plan(people(desk)[0], address="三组"))
    assert [e.action for e in events(desk, visit.uuid)] == ["create", "update"]


def test_done_with_the_case_it_produced(desk: Desk, service: HomeVisitsService) -> None:
    case = a_case(desk)
    owner = next(p for p in people(desk) if p.uuid == case.resident_uuid)
    visit = service.schedule(plan(owner, days=0, address="三组"))
    done = service.mark_done(visit.uuid, case.uuid)
    assert (done.status, done.case_uuid, done.case_reference, done.done_at) == (
        VisitStatus.DONE, case.uuid, case.reference, DONE_AT)
    assert [e.action for e in events(desk, visit.uuid)] == ["create", "update"]
    with pytest.raises(ServiceError, match=r"home_visit\.not_planned"):
        service.mark_done(visit.uuid, case.uuid)
    assert desk.verify_audit().ok


def test_a_case_of_someone_else_or_unknown_is_refused(desk: Desk, service: HomeVisitsService) -> None:
    case = a_case(desk)
    other = next(p for p in people(desk) if p.uuid != case.resident_uuid)
    visit = service.schedule(plan(other, days=0, address="三组"))
    with pytest.raises(ServiceError, match=r"home_visit\.case_of_other_resident"):
        service.mark_done(visit.uuid, case.uuid)
    with pytest.raises(ServiceError, match=r"home_visit\.unknown_case"):
        service.mark_done(visit.uuid, uuid4())
    assert service.get(visit.uuid).status is VisitStatus.PLANNED  # type: ignore[union-attr]
    assert service.mark_done(visit.uuid).case_uuid is None  # a question answered at home needs no case


def test_the_lists_put_overdue_first_then_today_then_the_coming_days(desk: Desk, service: HomeVisitsService) -> None:
    a, b, c, d = people(desk)[:4]
    earlier = HomeVisitsService(desk.store, "demo", TODAY - timedelta(days=3))
    overdue = earlier.schedule(plan(a, days=-2, address="一组"))  # planned three days ago for two days ago
    today = service.schedule(plan(b, days=0, address="二组"))
    soon = service.schedule(plan(c, days=3, address="三组"))
    service.schedule(plan(d, days=30, address="四组"))
    assert [(v.uuid, v.timing) for v in service.due()] == [(overdue.uuid, Timing.OVERDUE), (today.uuid, Timing.DUE)]
    assert [v.uuid for v in service.upcoming(7)] == [soon.uuid]
    assert overdue.case_mark(TODAY)["date"] == TODAY.isoformat()  # the day it was made, not the day planned
    assert [v.uuid for v in service.agenda(7)] == [overdue.uuid, today.uuid, soon.uuid]
    afternoon = service.schedule(plan(a, days=0, address="一组", part_of_day="afternoon"))
    morning = service.schedule(plan(c, days=0, address="三组", part_of_day="morning"))
    assert [v.uuid for v in service.due()] == [overdue.uuid, morning.uuid, afternoon.uuid, today.uuid]
    service.cancel(soon.uuid, "不用去了")
    assert service.upcoming(7) == []
    assert [v.uuid for v in service.of_resident(c.uuid)] == [soon.uuid, morning.uuid]  # the latest day first


@pytest.mark.parametrize(("changes", "code"), [
    ({"days": -1}, "home_visit.date_in_past"),
    ({"kind": "haircut"}, "home_visit.unknown_kind"),
    ({"part_of_day": "midnight"}, "home_visit.unknown_part_of_day"),
    ({"staff": "  "}, "home_visit.no_staff"),
    ({"address": "村" * 201}, "home_visit.address_too_long"),
    ({"note": "长" * 201}, "home_visit.note_too_long"),
])
def test_bad_plans_are_refused_with_their_code(desk: Desk, service: HomeVisitsService, changes: dict[str, Any],
                                               code: str) -> None:
    bad = plan(people(desk)[0], **{"address": "三组", **changes})
    assert [p.code for p in service.check(bad)] == [code]
    with pytest.raises(ServiceError, match=code.replace(".", r"\.")):
        service.schedule(bad)
    assert service.agenda(400) == []


def test_no_address_anywhere_is_refused_and_an_unknown_resident_too(desk: Desk, service: HomeVisitsService) -> None:
    person = people(desk)[0]
    set_address(desk, person, None)
    assert service.defaults(person.uuid).address == ""
    assert [p.code for p in service.check(plan(person))] == ["home_visit.no_address"]
    assert service.schedule(plan(person, address="沙塘镇十八里村")).address == "沙塘镇十八里村"
    stranger = VisitPlan(uuid4(), "inquiry", TODAY, "张协理员")
    assert [p.code for p in service.check(stranger)] == ["home_visit.unknown_resident"]
    with pytest.raises(ServiceError, match=r"home_visit\.unknown_resident"):
        service.schedule(stranger)
    with pytest.raises(ServiceError, match=r"home_visit\.not_found"):
        service.cancel(uuid4(), "没有这次上门")
