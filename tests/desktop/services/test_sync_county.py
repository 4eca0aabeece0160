"""A demo desk and a real county server process: register with a code, push everything, the clerk decides,
the decision comes back to the case; a sync with nothing new is one request; the network failing mid-way
loses nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.sync import SyncService
from desktop.store.models import Case, OutboxEntry
from sync.client import Backoff
from tests.sync.test_county_http import Server, county, start, stop


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = start(tmp_path / "county", tls=False)
    yield running
    stop(running)


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


def pending(desk: Desk) -> int:
    with desk.store.session("test") as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def registered(desk: Desk, server: Server) -> SyncService:
    service = SyncService(desk.store, "demo", backoff=Backoff(attempts=2, base_seconds=0.05))
    village = desk.settings.village_code
    assert village is not None
    service.register(server.url, server.code(village), plain_http=True, name="demo desk")
    return service


def test_a_demo_desk_sends_all_its_work_and_gets_the_countys_decision_back(desk: Desk, server: Server) -> None:
    before = pending(desk)
    assert before > 0  # the demo's own work waits for sync like any other
    service = registered(desk, server)
    report = service.sync()
    assert (report.pushed, report.quarantined, report.pending) == (before, 0, 0)
    assert pending(desk) == 0
    inbox = json.loads(county(server.data_dir, "cases", "list", "--json"))
    with desk.store.session("test") as session:
        cases = {str(c.uuid): c.reference for c in session.scalars(select(Case))}
    assert {c["id"] for c in inbox} == set(cases)
    reference = next(iter(cases.values()))
    county(server.data_dir, "cases", "decide", reference, "return", "--reason", "缺户口本首页复印件")
    back = service.sync()
    assert back.decisions == 1
    with desk.store.session("test") as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        assert (case.status, case.returned_reason) == ("returned", "缺户口本首页复印件")
    assert pending(desk) == 0  # the county's decision is not sent back up
    quiet = service.sync()
    assert (quiet.pushed, quiet.pulled, quiet.round_trips) == (0, 0, 1)  # nothing new: one request
    assert quiet.bytes_sent < 2048


def test_without_registration_or_network_the_desk_says_so_and_keeps_everything(desk: Desk, server: Server) -> None:
    unregistered = SyncService(desk.store, "demo")
    with pytest.raises(ServiceError) as refused:
        unregistered.sync()
    assert refused.value.problem.code == "sync.not_registered"
    service = registered(desk, server)
    before = pending(desk)
    stop(server)
    with pytest.raises(ServiceError) as offline:
        service.sync()
    assert offline.value.problem.code == "sync.offline"
    assert pending(desk) == before
    assert service.status().pending == before
