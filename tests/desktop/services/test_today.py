"""Work due on the Today page: claims at 60, contribution gaps, and worklists later work adds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy.orm import Session

from core.ids import make_resident_id
from desktop.services.desk import Desk
from desktop.services.residents import ResidentSummary
from desktop.services.today import (
    DueItem,
    DueKind,
    TodayService,
    Worklist,
    add_months,
    birthday_at,
    contribution_gaps,
    pension_claims_due,
)
from desktop.store.models import Case, Contribution, Resident

TODAY = date(2026, 3, 2)
_sequence = iter(range(501, 999, 2))


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


def add(desk: Desk, name: str, birth: date, *, enrolled: bool = True, receiving: bool = False,
        paid: range = range(0), claim: str | None = None, enrolled_since: date | None = date(2015, 1, 1)) -> None:
    with desk.store.session("demo") as session:
        resident = Resident(name=name, id_number=make_resident_id("640423", birth, next(_sequence)), sex="M",
                            birth_date=birth, village_code="640423100201", hukou_division="640423",
                            enrolled=enrolled, enrolled_since=enrolled_since if enrolled else None,
                            receiving_pension=receiving, tier=Decimal(200) if enrolled else None)
        session.add(resident)
        for year in paid:
            session.add(Contribution(resident=resident, year=year, tier=Decimal(200), self_paid=Decimal(200)))
        if claim:
            session.add(Case(resident=resident, case_type="pension_claim", status=claim, data={}))


def due(desk: Desk, kind: DueKind) -> dict[str, DueItem]:
    work = TodayService(desk.store, "demo", today=TODAY).work_due(limit_per_kind=1000)
    return {item.resident.name: item for item in work.items if item.kind == kind}


def test_months_and_birthdays_clamp_to_the_end_of_a_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 2), -14) == date(2025, 1, 2)
    assert birthday_at(date(1964, 2, 29), 60) == date(2024, 2, 29)
    assert birthday_at(date(1966, 2, 28), 60) == date(2026, 2, 28)
    assert birthday_at(date(1968, 2, 29), 60) == date(2028, 2, 29)


def test_residents_reaching_60_soon_need_the_claim(desk: Desk) -> None:
    add(desk, "两月后六十", date(1966, 5, 2), paid=range(2011, 2026))
    add(desk, "四月后六十", date(1966, 7, 10))
    add(desk, "已领待遇", date(1966, 4, 1), receiving=True)
    add(desk, "未参保者", date(1966, 4, 1), enrolled=False)
    add(desk, "正在申领", date(1966, 4, 1), claim="ready")
    add(desk, "申领被拒", date(1966, 4, 15), claim="rejected")
    add(desk, "过了六十", date(1966, 1, 5))
    listed = due(desk, DueKind.PENSION_CLAIM)
    assert {"两月后六十", "申领被拒", "过了六十"} <= set(listed)
    assert not {"四月后六十", "已领待遇", "未参保者", "正在申领"} & set(listed)
    soon = listed["两月后六十"]
    assert soon.due_date == date(2026, 5, 2)
    assert soon.detail == {"birthday": "2026-05-02", "years_paid": 15}
    assert listed["过了六十"].due_date < TODAY  # overdue: shown, soonest first
    assert "*" in soon.resident.masked_id


def test_enrolled_residents_who_paid_nothing_last_year_are_reminded(desk: Desk) -> None:
    add(desk, "去年断缴", date(1985, 6, 1), paid=range(2016, 2025))
    add(desk, "按时缴费", date(1985, 6, 1), paid=range(2016, 2026))
    add(desk, "今年参保", date(1990, 6, 1), enrolled_since=date(2026, 1, 1))
    add(desk, "年满六十", date(1964, 6, 1), paid=range(2016, 2024))
    add(desk, "没有参保", date(1985, 6, 1), enrolled=False)
    listed = due(desk, DueKind.CONTRIBUTION_GAP)
    assert "去年断缴" in listed
    assert not {"按时缴费", "今年参保", "年满六十", "没有参保"} & set(listed)
    assert listed["去年断缴"].detail == {"year": 2025}
    assert listed["去年断缴"].due_date == date(2026, 12, 31)


def test_a_worklist_shows_its_first_items_and_counts_them_all(desk: Desk) -> None:
    for n in range(5):
        add(desk, f"断缴{n}", date(1980, 1, 1 + n), paid=range(2016, 2024))
    work = TodayService(desk.store, "demo", today=TODAY, sources=[contribution_gaps]).work_due(limit_per_kind=3)
    assert len(work.items) == 3
    assert work.totals[DueKind.CONTRIBUTION_GAP] >= 5


def test_later_worklists_plug_in_as_sources(desk: Desk) -> None:
    def list_check(session: Session, today: date, limit: int) -> Worklist:
        summary = ResidentSummary(uuid4(), "名单核对", "6404**********0367", "F", date(1970, 1, 1), 56,
                                  "640423100201", None)
        return Worklist("list_mismatch", 1, (DueItem("list_mismatch", summary, today, {"agency": "minzheng"}),))

    work = TodayService(desk.store, "demo", today=TODAY, sources=[list_check, pension_claims_due]).work_due()
    assert work.totals["list_mismatch"] == 1
    assert [i.due_date for i in work.items] == sorted(i.due_date for i in work.items)
    assert any(i.kind == "list_mismatch" and i.detail == {"agency": "minzheng"} for i in work.items)
