"""Sync through a shaped link (bench/shaping_proxy.py): each figure next to its floor (prints; not a test).

    python bench/sync_bench.py [--cases 200] [--profile P1]

A demo desk registers with a county server process and makes its first sync over a plain link. Then, through
the proxy with the chosen profile (P1 "bad 3G": 64 kbit/s up, 256 down, 600 ms RTT):

1. ``--cases`` new cases are made at the desk and synced: the time, the bytes on the wire per case, and the
   push's round trips (the issue's targets: 200 cases in at most 45 s, at most 1 KB a case, at most
   1 + ceil(N/200) round trips to push);
2. a sync with nothing new (target: one request under 2 KB);
3. a 2 MB scan whose upload the link cuts at half (a real TCP reset): the sync in which it happens retries
   and resumes, and the bytes sent for it are compared with its size (target: at most 1.15 times).

Floors are bytes / bandwidth in each direction plus round trips x RTT (shaping_proxy.floor_seconds).
"""

from __future__ import annotations

import argparse
import copy
import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.shaping_proxy import PROFILES, Faults, LinkProfile, ShapingProxy, floor_seconds  # noqa: E402
from desktop.services.demo import create_demo  # noqa: E402
from desktop.services.desk import Desk  # noqa: E402
from desktop.services.policy import PolicyService  # noqa: E402
from desktop.services.sync import SyncService  # noqa: E402
from desktop.store.keys import KdfParams  # noqa: E402
from desktop.store.models import Attachment, Case, Resident  # noqa: E402
from sync.client import Backoff  # noqa: E402
from sync.county import devices  # noqa: E402
from sync.county.store import CountyStore  # noqa: E402

FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
SCAN_BYTES = 2 * 1024 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="P1")
    args = parser.parse_args()
    profile = PROFILES[args.profile]
    with tempfile.TemporaryDirectory(prefix="cunbao-sync-bench-") as folder:
        work = Path(folder)
        port = _free_port()
        command = ["serve", "--plain-http", "--host", "127.0.0.1", "--port", str(port)]
        server = subprocess.Popen(
            [sys.executable, "-m", "sync.county.server", "--data-dir", str(work / "county"), *command], cwd=ROOT
        )
        try:
            _wait(port)
            desk = _desk(work)
            try:
                with ShapingProxy(("127.0.0.1", port), PROFILES["none"]) as proxy:
                    service = _register(desk, work / "county", proxy.address)
                    first = service.sync()
                    print(f"first sync over a plain link: {first.pushed:,} changes up, {first.pulled:,} down")
                    proxy.set_profile(profile)
                    _cases(desk, args.cases)
                    _figures_cases(service, proxy, profile, args.cases)
                    _figures_nothing(service, proxy, profile)
                    _figures_scan(desk, service, proxy, profile)
            finally:
                desk.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


def _figures_cases(service: SyncService, proxy: ShapingProxy, profile: LinkProfile, count: int) -> None:
    before = proxy.counters
    started = time.perf_counter()
    report = service.sync()
    elapsed = time.perf_counter() - started
    moved = proxy.counters.since(before)
    floor = floor_seconds(moved.bytes_up, moved.bytes_down, report.round_trips, profile)
    print(f"{count} cases on {_name(profile)}: {elapsed:.1f} s (floor {floor:.1f} s; target <= 45 s); "
          f"{moved.bytes_up / count:.0f} bytes up a case (target <= 1024); round trips: hello 1 + push "
          f"{report.push_requests} (target <= {1 + math.ceil(count / 200)} together), pull {report.pull_requests} "
          f"for {report.pulled} records (target <= {1 + math.ceil(report.pulled / 500)}); "
          f"{moved.bytes_down / 1024:.0f} KiB down")  # fmt: skip


def _figures_nothing(service: SyncService, proxy: ShapingProxy, profile: LinkProfile) -> None:
    before = proxy.counters
    started = time.perf_counter()
    report = service.sync()
    elapsed = time.perf_counter() - started
    moved = proxy.counters.since(before)
    floor = floor_seconds(moved.bytes_up, moved.bytes_down, report.round_trips, profile)
    print(f"nothing new: {report.round_trips} request(s), {moved.bytes_up + moved.bytes_down} bytes on the wire "
          f"(target: one request under 2048), {elapsed:.1f} s (floor {floor:.1f} s)")  # fmt: skip


def _figures_scan(desk: Desk, service: SyncService, proxy: ShapingProxy, profile: LinkProfile) -> None:
    scan = random.Random(7).randbytes(SCAN_BYTES)
    with desk.store.session("demo") as session:
        case = session.scalars(select(Case).order_by(Case.id)).first()
        assert case is not None
        sha = desk.store.attachments.put(scan)
        case.attachments.append(Attachment(content_hash=sha, mime="image/jpeg", size=len(scan), name="scan.jpg"))
    # on P2: over P1's 64 kbit/s a 2 MB scan alone takes four and a half minutes; the figure is about bytes
    profile = PROFILES["P2"]
    proxy.set_profile(profile)
    proxy.set_faults(Faults(reset_after_up=SCAN_BYTES // 2, only_first=True))
    before = proxy.counters
    started = time.perf_counter()
    report = service.sync()
    elapsed = time.perf_counter() - started
    moved = proxy.counters.since(before)
    proxy.set_faults(None)
    floor = floor_seconds(SCAN_BYTES, 0, report.round_trips, profile)
    ratio = moved.bytes_up / SCAN_BYTES
    print(f"2 MB scan cut at half on {_name(profile)}: uploaded {report.uploaded}, {ratio:.3f}x its size sent "
          f"with its record (target <= 1.15), {moved.resets} reset(s), {elapsed:.0f} s "
          f"(floor {floor:.0f} s)")  # fmt: skip


def _desk(work: Path) -> Desk:
    data = work / "desk"
    rules = PolicyService(data, county="640423").contribution_rules()
    create_demo(data, rules, residents=120, seed=1, as_of=date(2026, 1, 1), kdf_params=FAST_KDF)
    return Desk.sign_in(data, "demo", "demo")


def _register(desk: Desk, county_dir: Path, address: tuple[str, int]) -> SyncService:
    store = CountyStore.open(county_dir)
    with store.session() as session:
        assert desk.settings.village_code is not None
        code = devices.issue_code(session, desk.settings.village_code, datetime.now(UTC)).code
    store.close()
    service = SyncService(desk.store, "demo", backoff=Backoff(attempts=8, base_seconds=0.5, cap_seconds=4))
    service.register(f"http://{address[0]}:{address[1]}", code, plain_http=True)
    return service


def _cases(desk: Desk, count: int) -> None:
    """New cases as the wizards save them: a demo case's data made each resident's own (name, ID number,
    phone, address and dates differ from case to case, as they do at the desk; copies would compress to
    nothing and flatter the figures)."""
    rng = random.Random(3)
    with desk.store.session("demo") as session:
        templates = list(session.scalars(select(Case)))
        residents = list(session.scalars(select(Resident)))
        for n in range(count):
            model, resident = templates[n % len(templates)], rng.choice(residents)
            data = copy.deepcopy(model.data)
            data["resident"] = {"name": resident.name, "id_number": resident.id_number, "sex": resident.sex,
                                "birth_date": resident.birth_date.isoformat(), "phone": resident.phone,
                                "address": resident.address, "hukou_division": resident.id_number[:6],
                                "village_code": resident.village_code}  # fmt: skip
            data["opened_on"] = date(2026, rng.randint(1, 11), rng.randint(1, 28)).isoformat()
            session.add(Case(resident_id=resident.id, case_type=model.case_type, status="ready", data=data,
                             policy_pack_id=model.policy_pack_id, policy_pack_version=model.policy_pack_version,
                             policy_pack_hash=model.policy_pack_hash))  # fmt: skip


def _name(profile: LinkProfile) -> str:
    return profile.name


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the county server did not start")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
