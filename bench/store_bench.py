"""Benchmark of the encrypted desk database with a synthetic village (prints figures; not a test).

    python bench/store_bench.py [--residents 100000] [--seed 1] [--keep DIR]

It builds the database once (argon2 at the production cost, residents bulk-loaded through Core so
that 100,000 audit events are not the thing measured, the search index filled by its triggers) and an
unencrypted plain ``sqlite3`` copy of the same data, then measures in a fresh process - so that peak
memory is that of opening and searching, not of generating the village:

- unlocking the key slot (argon2id), then opening the engine + migration check;
- resident search p50/p95/max for names, pinyin initials and ID-number fragments, on both copies;
- audited writes through the ORM (audit chain + outbox + search triggers);
- peak Python memory (tracemalloc) and the process's peak resident set (VmHWM, else ru_maxrss).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, create_engine, insert, text
from sqlalchemy.orm import Session

from core.synthetic import SyntheticResident, generate
from desktop.store.database import Store
from desktop.store.engine import open_engine
from desktop.store.keys import KeySlots
from desktop.store.layout import DataDir
from desktop.store.migrate import migrate
from desktop.store.models import Household, Resident
from desktop.store.pinyin import name_keys
from desktop.store.search import search_residents
from desktop.store.session import session_factory

VILLAGE = "640423100001"
USER, PASSWORD = "bench", "bench-password"
PLAIN_NAME = "plain-copy.db"
QUERIES_PER_KIND = 200
TARGET_OPEN_S, TARGET_SEARCH_MS = 0.5, 30.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="build into (and leave) this directory")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    with tempfile.TemporaryDirectory(prefix="cunbao-bench-") as scratch:
        root = args.keep or Path(scratch)
        build(root, args.residents, args.seed)
        subprocess.run([sys.executable, __file__, "--measure", str(root)], check=True)


# --- building ---------------------------------------------------------------------------------


def build(root: Path, n: int, seed: int) -> None:
    started = time.perf_counter()
    village = generate(VILLAGE, n, seed=seed, today=date(2025, 6, 1))
    print(
        f"generated {len(village.residents):,} residents in {len(village.households):,} households "
        f"({time.perf_counter() - started:.1f} s)"
    )
    started = time.perf_counter()
    store = Store.create(root / "data", USER, PASSWORD, "基准", "supervisor", VILLAGE)
    _bulk_load(store, village.households, village.residents)
    print(f"loaded into the encrypted database in {time.perf_counter() - started:.1f} s")
    _audited_writes(store)
    with store.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        plain = root / PLAIN_NAME
        plain.unlink(missing_ok=True)
        driver.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        driver.execute("SELECT sqlcipher_export('plaintext')")
        driver.execute("DETACH DATABASE plaintext")
    size = DataDir(root / "data").database.stat().st_size
    store.close()
    print(f"database {size / 2**20:.1f} MiB; plain copy {plain.stat().st_size / 2**20:.1f} MiB")


def _bulk_load(store: Store, households: Iterable[Any], residents: Iterable[SyntheticResident]) -> None:
    now = datetime.now(UTC)
    stamps = {"created_at": now, "created_by": USER, "updated_at": now, "updated_by": USER, "version": 1}
    household_ids: dict[str, int] = {}
    with store.engine.begin() as connection:
        for number, household in enumerate(households, start=1):
            household_ids[household.key] = number
        connection.execute(
            insert(Household),
            [
                {
                    "id": household_ids[h.key],
                    "uuid": uuid.uuid4(),
                    "village_code": VILLAGE,
                    "household_number": h.key,
                    "address": h.address,
                    **stamps,
                }
                for h in households
            ],
        )
        batch: list[dict[str, Any]] = []
        for resident in residents:
            batch.append(_resident_row(resident, household_ids[resident.household_key], stamps))
            if len(batch) == 5000:
                connection.execute(insert(Resident), batch)
                batch.clear()
        if batch:
            connection.execute(insert(Resident), batch)


def _resident_row(r: SyntheticResident, household_id: int, stamps: dict[str, Any]) -> dict[str, Any]:
    keys = name_keys(r.name)
    return {
        "uuid": uuid.uuid4(),
        "id_number": r.id_number,
        "name": r.name,
        "name_pinyin": keys.pinyin,
        "name_initials": keys.initials,
        "sex": r.sex,
        "birth_date": r.birth_date,
        "phone": r.phone,
        "household_id": household_id,
        "relation_to_head": r.relation_to_head,
        "village_code": r.village_code,
        "hukou_division": r.hukou_division,
        "address": r.address,
        "student": r.student,
        "employee_pension": r.employee_pension,
        "public_institution": r.public_institution,
        "veteran": r.veteran,
        "veteran_certificate_no": r.veteran_cert_no,
        "flexible_worker": r.flexible_worker,
        "employment_difficulty": r.employment_difficulty,
        "enrolled": r.enrolled,
        "enrolled_since": date(r.enrolled_since, 1, 1) if r.enrolled_since else None,
        "tier": None if r.tier is None else Decimal(r.tier),
        "receiving_pension": r.receiving_pension,
        "pension_start": r.pension_start,
        "other_basic_pension": False,
        **stamps,
    }


def _audited_writes(store: Store) -> None:
    def resident(n: int) -> Resident:
        return Resident(
            name="测试员" + chr(0x4E00 + n % 2000),
            id_number=f"64042320000101{n:04d}",
            sex="M",
            birth_date=date(2000, 1, 1),
            village_code=VILLAGE,
            hukou_division="640423",
        )

    started = time.perf_counter()
    with store.session(USER) as session:
        session.add_all(resident(n) for n in range(1000))
    bulk = time.perf_counter() - started
    started = time.perf_counter()
    for n in range(1000, 1100):
        with store.session(USER) as session:
            session.add(resident(n))
    single = (time.perf_counter() - started) / 100
    print(
        f"audited ORM writes: 1,000 residents in one transaction {bulk:.2f} s "
        f"({1000 / bulk:,.0f}/s); one resident per transaction {single * 1000:.1f} ms each "
        "(audit chain + outbox + search index, synchronous=FULL)"
    )


# --- measuring (fresh process) ----------------------------------------------------------------


def measure(root: Path) -> None:
    tracemalloc.start()
    layout = DataDir(root / "data")
    started = time.perf_counter()
    key = KeySlots.load(layout.keyslots).unlock(USER, PASSWORD)
    unlock = time.perf_counter() - started
    opens = []
    for _ in range(5):
        started = time.perf_counter()
        engine = open_engine(layout.database, key)
        migrate(engine, layout.backups)
        opens.append(time.perf_counter() - started)
        engine.dispose()
    print(f"\nunlock (argon2id t=3 m=64MiB p=2): {unlock:.3f} s")
    print(
        f"open + migrate check: first {opens[0]:.3f} s, median of 5 {statistics.median(opens):.3f} s "
        f"(target <= {TARGET_OPEN_S} s)"
    )

    encrypted = session_factory(open_engine(layout.database, key))()
    plain = Session(create_engine(f"sqlite:///{root / PLAIN_NAME}"))
    kinds = _queries(encrypted)
    for session in (encrypted, plain):  # warm both page caches the same way
        for query in ("马", "zhang", "1234"):
            search_residents(session, query)
    print(f"\nresident search, {QUERIES_PER_KIND} queries per kind, limit 50 (ms)")
    print(f"{'kind':<22}{'p50':>8}{'p95':>8}{'max':>8}{'plain p95':>11}{'ratio':>8}{'hits':>7}")
    for kind, queries in kinds.items():
        enc = _timings(lambda q: search_residents(encrypted, q), queries)
        pln = _timings(lambda q: search_residents(plain, q), queries)
        hits = statistics.mean(len(search_residents(encrypted, q)) for q in queries[:20])
        p95, plain_p95 = _p95(enc), _p95(pln)
        flag = "" if p95 <= TARGET_SEARCH_MS else "  (over target)"
        print(
            f"{kind:<22}{statistics.median(enc):8.2f}{p95:8.2f}{max(enc):8.2f}{plain_p95:11.2f}"
            f"{p95 / plain_p95:8.2f}{hits:7.1f}{flag}"
        )
    _, peak = tracemalloc.get_traced_memory()
    print(f"\npeak Python memory (tracemalloc): {peak / 2**20:.1f} MiB; peak RSS: {_peak_rss_mib():.1f} MiB")


def _peak_rss_mib() -> float:
    """This process's own peak: Linux carries a parent's ru_maxrss over fork, VmHWM restarts at exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _queries(session: Session) -> dict[str, list[str]]:
    rng = random.Random(7)
    total = session.execute(text("SELECT max(id) FROM residents")).scalar_one()
    ids = rng.sample(range(1, total + 1), QUERIES_PER_KIND)
    statement = text("SELECT name, name_initials, id_number FROM residents WHERE id IN :ids")
    rows = session.execute(statement.bindparams(bindparam("ids", expanding=True)), {"ids": ids}).all()
    names = [row[0] for row in rows]
    initials = [row[1].split()[0] for row in rows]
    suffixes = [row[2][-rng.randint(4, 6) :] for row in rows]
    middles = []
    for row in rows:
        start = rng.randint(6, 12)
        middles.append(row[2][start : start + rng.randint(4, 6)])
    surnames = [name[:1] for name in names]
    common = ["马", "王", "马玉", "m", "ma", "zh", "myl", "6404", "640423", "1950", "0423", "1390"]
    return {
        "name (full)": names,
        "name (surname only)": surnames,
        "pinyin initials": initials,
        "ID suffix (4-6)": suffixes,
        "ID fragment (middle)": middles,
        "worst: very common": common * (QUERIES_PER_KIND // len(common)),
    }


def _timings(run: Callable[[str], object], queries: list[str]) -> list[float]:
    out = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        out.append((time.perf_counter() - started) * 1000)
    return out


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


if __name__ == "__main__":
    main()
