"""The register read on the driver's cursor gives what the ORM gives: every span and contribution year,
in order however the rows were written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from core.progress import NO_PROGRESS
from desktop.services.compare_inputs import load_contributions, load_memberships
from desktop.services.desk import Desk
from desktop.store.models import Contribution, GroupMembership, Resident


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


def _someone_without_spans(desk: Desk) -> int:
    with desk.store.session("test") as session:
        found = session.scalars(select(Resident.id).where(~Resident.memberships.any()).order_by(Resident.id)).first()
    assert found is not None
    return found


def test_spans_written_out_of_order_are_read_by_start_then_row(desk: Desk) -> None:
    resident = _someone_without_spans(desk)
    starts = [date(2026, 5, 1), date(2024, 1, 1), date(2026, 5, 1), date(2025, 3, 1)]
    with desk.store.session("test") as session:
        for number, start in enumerate(starts):
            session.add(GroupMembership(resident_id=resident, group_key=f"g{number}", source="manual",
                                        valid_from=start, valid_to=None))  # fmt: skip
    with desk.store.session("test") as session:
        spans = load_memberships(session, NO_PROGRESS)[resident]
    assert [(s.valid_from, s.group) for s in spans] == [
        (date(2024, 1, 1), "g1"), (date(2025, 3, 1), "g3"), (date(2026, 5, 1), "g0"), (date(2026, 5, 1), "g2"),
    ]  # fmt: skip
    assert all(s.source == "manual" and s.list_source is None for s in spans)


def test_contribution_years_written_out_of_order_are_read_in_year_order_with_their_amounts(desk: Desk) -> None:
    resident = _someone_without_spans(desk)
    with desk.store.session("test") as session:
        for paid in session.scalars(select(Contribution).where(Contribution.resident_id == resident)):
            session.delete(paid)
        session.flush()
        for year, government in ((2026, Decimal("100.50")), (2019, Decimal(0)), (2023, Decimal("0.01"))):
            session.add(Contribution(resident_id=resident, year=year, tier=Decimal(200), self_paid=Decimal(200),
                                     government_paid=government, subsidy=Decimal(30), other_funding=Decimal(0),
                                     arrears=year == 2019))  # fmt: skip
    with desk.store.session("test") as session:
        years = load_contributions(session, NO_PROGRESS)[resident]
    assert [(y.year, y.government_paid, y.arrears) for y in years] == [
        (2019, Decimal("0.00"), True), (2023, Decimal("0.01"), False), (2026, Decimal("100.50"), False),
    ]  # fmt: skip
    assert all(y.self_paid == Decimal("200.00") and y.subsidy == Decimal("30.00") for y in years)
