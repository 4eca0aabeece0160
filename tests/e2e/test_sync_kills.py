"""Nothing lost, nothing twice: a desk and a county server, each killed with SIGKILL at random crash points
(before a push, after the county's commit, mid-page ...), then a clean sync. After every round the desk's
outbox is empty, the county holds each of the desk's mutations exactly once, every record has one copy at
the same version on both sides, and every county decision reached the desk once.

``CUNBAO_KILLS`` sets the number of rounds (100 here; ``bench/sync_kills.py`` runs 1,000).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.demo import create_demo
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.services.sync import SyncService
from desktop.services.sync_apply import synced_tables
from desktop.store.keys import KdfParams
from desktop.store.meta import OUTBOX_SEQ, get_meta
from desktop.store.models import Attachment, CountyDecision, OutboxEntry, UploadedFile
from sync.county import devices, exchange
from sync.county.records import MutationRow, RecordRow
from sync.county.store import CountyStore
from sync.crash import POINTS

KILLS = int(os.environ.get("CUNBAO_KILLS", "100"))
SEED = int(os.environ.get("CUNBAO_KILLS_SEED", "5"))
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
ROOT = Path(__file__).resolve().parents[2]


class Forked:
    """One of tests/e2e/forks.py's fork servers, talked to line by line."""

    def __init__(self, *args: str, prefix: tuple[str, ...] = ()) -> None:
        self.process = subprocess.Popen([*prefix, sys.executable, "-m", "tests.e2e.forks", *args], cwd=ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip

    def ask(self, line: str) -> str:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@dataclass
class World:
    desk_dir: Path
    county_dir: Path
    desk: Forked
    county: Forked


def make_world(desk_dir: Path, county_dir: Path, template: Path | None = None,
               desk_prefix: tuple[str, ...] = ()) -> World:  # fmt: skip
    """A registered demo desk (copied from ``template`` if given) and a county, both behind fork servers."""
    if template is not None:
        shutil.copytree(template, desk_dir)
    else:
        rules = PolicyService(desk_dir, county="640423").contribution_rules()
        create_demo(desk_dir, rules, residents=40, seed=3, as_of=date(2026, 1, 1), kdf_params=FAST_KDF)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    CountyStore.open(county_dir).close()
    county = Forked("county", str(county_dir), str(port))
    assert county.ask("start -") == "started"
    opened = Desk.sign_in(desk_dir, "demo", "demo")
    try:
        village = opened.settings.village_code
        assert village is not None
        store = CountyStore.open(county_dir)
        with store.session() as session:
            code = devices.issue_code(session, village, datetime.now(UTC)).code
        store.close()
        SyncService(opened.store, "demo").register(f"http://127.0.0.1:{port}", code, plain_http=True)
    finally:
        opened.close()
    desk = Forked("desk", str(desk_dir), "demo", "demo", prefix=desk_prefix)
    return World(desk_dir, county_dir, desk, county)


def close_world(world: World) -> None:
    world.desk.close()
    world.county.ask("stop")
    world.county.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path / "desk", tmp_path / "county")
    yield made
    close_world(made)


def test_random_kills_of_the_desk_and_the_county_lose_nothing_and_double_nothing(world: World) -> None:
    rng = random.Random(SEED)
    killed = dict.fromkeys(POINTS, 0)
    for round_number in range(KILLS):
        assert world.desk.ask(f"edit {rng.randint(1, 4)} {round_number}") == "exit 0"
        if round_number % 7 == 3:
            _county_decides(world, rng)
        point, passage = rng.choice(POINTS), rng.randint(1, 3)
        if point.startswith("desk."):
            outcome = world.desk.ask(f"sync {point}:{passage}")
            assert outcome in ("exit -9", "exit 0"), outcome
        else:
            assert world.county.ask(f"start {point}:{passage}") == "started"
            outcome = world.desk.ask("sync -")
            assert outcome in ("exit 0", "exit 1"), outcome  # 1: the county died under it
            assert world.county.ask("start -") == "started"
        killed[point] += outcome in ("exit -9", "exit 1")
        assert world.desk.ask("sync -") == "exit 0"
        _assert_in_step(world, round_number)
    if KILLS >= 50:
        assert all(killed.values()), killed  # every crash point was hit at least once


def _county_decides(world: World, rng: random.Random) -> None:
    store = CountyStore.open(world.county_dir)
    try:
        with store.session() as session:
            cases = [row for row, _ in exchange.county_cases(session)]
            if cases:
                case = rng.choice(cases)
                decision = rng.choice(["accepted", "returned", "approved"])
                exchange.county_decide(session, case, decision, "材料不全" if decision == "returned" else None,
                                       "clerk", datetime.now(UTC))  # fmt: skip
    finally:
        store.close()


def _assert_in_step(world: World, round_number: int) -> None:
    desk = Desk.sign_in(world.desk_dir, "demo", "demo")
    store = CountyStore.open(world.county_dir)
    try:
        with desk.store.session("test") as session:
            assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0, round_number
            last_seq = int(get_meta(session.connection(), OUTBOX_SEQ) or 0)
            device = uuid.UUID(str(get_meta(session.connection(), "sync_device")))
            ours: dict[tuple[str, uuid.UUID], int] = {}
            for name, model in synced_tables().items():
                for record_uuid, version in session.execute(select(model.uuid, model.version)):
                    ours[(name, record_uuid)] = version
            decisions = [d for (d,) in session.execute(select(CountyDecision.uuid))]
            scans = {(sha, size) for sha, size in session.execute(select(Attachment.content_hash, Attachment.size))}
            uploaded = set(session.scalars(select(UploadedFile.content_hash)))
        with store.session(readonly=True) as session:
            seqs = list(session.scalars(select(MutationRow.seq).where(MutationRow.device_id == device)))
            theirs = {(r.entity_type, r.entity_uuid): r.version
                      for r in session.scalars(select(RecordRow).where(RecordRow.deleted.is_(False)))}  # fmt: skip
            county_decisions = {k[1] for k in theirs if k[0] == "case_decisions"}
        assert sorted(seqs) == list(range(1, last_seq + 1)), round_number  # every change once, none lost
        desk_side = {k: v for k, v in theirs.items() if k[0] != "case_decisions"}
        assert desk_side == ours, round_number  # one copy of each record, at the same version
        assert sorted(decisions) == sorted(county_decisions), round_number  # each decision arrived once
        assert uploaded == {sha for sha, _ in scans}, round_number  # every scan went up whole, once
        if scans:
            village_dir = world.county_dir / "attachments" / device_village(world)
            for sha, size in scans:
                kept = village_dir / sha[:2] / sha
                assert kept.stat().st_size == size, round_number
                assert hashlib.sha256(kept.read_bytes()).hexdigest() == sha, round_number
            assert not list((village_dir / "partial").glob("*.part")), round_number  # no half file left
    finally:
        desk.close()
        store.close()


def device_village(world: World) -> Path:
    """The county's folder of the desk's village (county code, then village code)."""
    (county,) = [p for p in (world.county_dir / "attachments").iterdir() if p.is_dir()]
    (village,) = [p for p in county.iterdir() if p.is_dir()]
    return Path(county.name) / village.name
