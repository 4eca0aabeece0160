"""Benchmark of the comparison (数据比对): all worklists, the ledger and the dashboard (prints figures; not a test).

    python bench/compare_bench.py [--persons 100000] [--entries 20000] [--seed 1]

Builds a synthetic register (ages 0-95, a tenth of it in hardship groups, contribution histories) and
the current lists (most entries matched, some strangers, some from other villages, some without an ID),
then times core.compare.compare, build_ledger and dashboard. Issue 5's target for the comparison is 2 s.
Peak memory is measured twice: the allocations made by the comparison itself (tracemalloc, in a
separate run because tracing slows it down) and the process's peak resident size.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time
import tracemalloc
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from core.compare import (
    CompareInput,
    ListEntry,
    Membership,
    RegisterPerson,
    ServicePoint,
    YearContribution,
    build_ledger,
    compare,
    dashboard,
)
from core.ids import make_resident_id
from core.policy import load_policy

TODAY = date(2026, 11, 28)
COUNTY = "640423"
VILLAGES = tuple(f"640423100{n:03d}" for n in range(200, 212))
HOME = frozenset(VILLAGES[:10])  # the last two villages are the neighbours'
GROUPS = (("dibao", "civil-affairs"), ("tekun", "civil-affairs"), ("dibao_bianyuan", "civil-affairs"),
          ("fanpin_jiance", "rural-revitalization"), ("tuopin", "rural-revitalization"),
          ("disab_severe", "disability"), ("disab_ivm_34", "disability"), ("veteran", "veterans"))  # fmt: skip
AS_OF = {"civil-affairs": date(2026, 10, 1), "rural-revitalization": date(2026, 9, 30),
         "disability": date(2026, 7, 1), "veterans": date(2026, 10, 15)}  # fmt: skip
_AMOUNTS = (Decimal(0), Decimal(100))


def _person(rng: random.Random, index: int) -> RegisterPerson:
    birth = TODAY - timedelta(days=rng.randint(0, 95 * 365))
    age = (TODAY - birth).days // 365
    enrolled = age >= 16 and rng.random() < 0.8
    receiving = age >= 60 and enrolled and rng.random() < 0.8
    memberships: tuple[Membership, ...] = ()
    if rng.random() < 0.1:
        group, source = rng.choice(GROUPS[:-1])
        end = rng.choice((None, None, None, date(2026, 3, 31), date(2025, 6, 30)))
        memberships = (Membership(group, "list", date(2019 + rng.randint(0, 6), 1, 1), end, list_source=source),)
    contributions: tuple[YearContribution, ...] = ()
    if enrolled and not receiving:
        first = max(2011, birth.year + 16)
        years = [y for y in range(first, 2027) if rng.random() < 0.85]
        contributions = tuple(
            YearContribution(y, Decimal(100), _AMOUNTS[bool(memberships) and rng.random() < 0.7], Decimal(30))
            for y in years
        )
    return RegisterPerson(
        key=f"{index:08d}-0000-4000-8000-000000000000",
        id_number=make_resident_id(COUNTY, birth, index % 1000),
        name=f"居民{index}",
        sex="M" if index % 2 else "F",
        birth_date=birth,
        village_code=VILLAGES[index % 10],
        hukou_division=COUNTY,
        household=f"{index // 4:06d}",
        enrolled=enrolled,
        enrolled_since=date(2012, 1, 1) if enrolled else None,
        receiving_pension=receiving,
        pension_start=birth + timedelta(days=60 * 365) if receiving else None,
        contributions=contributions,
        memberships=memberships,
    )


def _entry(rng: random.Random, persons: list[RegisterPerson], index: int) -> ListEntry:
    group, source = rng.choice(GROUPS)
    roll = rng.random()
    if roll < 0.8:
        who = rng.choice(persons)
        return ListEntry(source, AS_OF[source], group, who.name, who.id_number, register_key=who.key,
                         village_code=who.village_code)  # fmt: skip
    birth = TODAY - timedelta(days=rng.randint(16 * 365, 80 * 365))
    village = rng.choice(VILLAGES) if roll < 0.95 else None
    number = make_resident_id(COUNTY, birth, index % 1000) if roll < 0.97 else None
    return ListEntry(source, AS_OF[source], group, f"外来{index}", number, birth_date=birth, village_code=village)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    started = time.perf_counter()
    persons = [_person(rng, i) for i in range(args.persons)]
    entries = [_entry(rng, persons, i) for i in range(args.entries)]
    policy = load_policy(Path(__file__).resolve().parents[1] / "resources" / "policy", COUNTY)
    point = ServicePoint(COUNTY, HOME)
    data = CompareInput(tuple(persons), tuple(entries), AS_OF, policy, point, TODAY)
    print(f"generated {args.persons} register persons and {args.entries} list entries "
          f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
    gc.collect()
    gc.freeze()  # the generated inputs are not the comparison's garbage

    start = time.perf_counter()
    comparison = compare(data)
    compared = time.perf_counter() - start
    start = time.perf_counter()
    ledger = build_ledger(comparison)
    ledgered = time.perf_counter() - start
    start = time.perf_counter()
    dashboard(comparison, persons, [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), TODAY])
    boarded = time.perf_counter() - start

    tracemalloc.start()
    compare(data)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"comparison (all 7 worklists): {compared:.2f} s (target 2 s: {'met' if compared <= 2 else 'MISSED'})")
    for name, count in comparison.counts().items():
        print(f"  {name:18} {count:7d}")
    print(f"ledger: {len(ledger.rows)} rows in {ledgered:.2f} s; dashboard with 4 quarters: {boarded:.2f} s")
    print(f"peak memory allocated by one comparison: {traced_peak / 2**20:.0f} MiB; "
          f"process peak resident: {_peak_mib():.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
