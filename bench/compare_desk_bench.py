"""Benchmark of the comparison at the desk on a 100,000-resident encrypted desk (prints figures; not a test).

    python bench/compare_desk_bench.py [--residents 100000] [--listed 20000] [--seed 1] [--rebuild]

The desk is bench/desk_bench.py's (built there and cached under /tmp if missing), copied once to a cache
of its own, where agency lists made from its residents are imported through ListsService: a 民政 低保
list and a 乡村振兴 list sharing ``--listed`` people between them, each with a few strangers nobody
registered. Then a fresh sign-in measures what the compare screen and ``cunbao ledger export`` do (the
memory figures are the process's: run it again once the lists are cached for those of a fresh process):

- reading the register and the current lists from the store into core's inputs (CompareService.inputs),
- core's comparison, the ledger's rows, the .xlsx written, the dashboard,
- and the process's peak resident set (VmHWM).

Issue 5's target for the comparison is 2 s; the reading is the desk's part of it.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from sqlalchemy import select

HERE = Path(__file__).resolve().parent
DONE_MARK = "lists-imported"
STRANGERS = 200
T = TypeVar("T")


def _desk_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("desk_bench", HERE / "desk_bench.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--listed", type=int, default=20_000, help="register residents put on the lists")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="copy the desk and import the lists again")
    args = parser.parse_args()
    bench = _desk_bench()
    year = date.today().year
    base = bench.CACHE / f"cunbao-desk-bench-{args.residents}-seed{args.seed}-{year}"
    if not (base / bench.DONE_MARK).exists():
        bench.build(base, args.residents, args.seed)
    root = bench.CACHE / f"cunbao-compare-bench-{args.residents}-{args.listed}-seed{args.seed}-{year}"
    if args.rebuild or not (root / DONE_MARK).exists():
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(base / "data", root / "data")
        _import_lists(root / "data", bench.USER, bench.PASSWORD, args.listed, args.seed)
        (root / DONE_MARK).write_text("ok")
    else:
        print(f"reusing the desk with its lists cached in {root}")
    measure(root / "data", bench.USER, bench.PASSWORD)


def _import_lists(data_dir: Path, user: str, password: str, listed: int, seed: int) -> None:
    from core.synthetic.agency_files import make_people, write_list
    from desktop.services.desk import Desk
    from desktop.services.lists import ListsService
    from desktop.store.models import Resident

    desk = Desk.sign_in(data_dir, user, password)
    try:
        with desk.store.session(user) as session:
            register = list(session.execute(select(Resident.id_number, Resident.name)))
        rng = random.Random(seed)
        chosen = rng.sample(register, min(listed, len(register)))
        # a fifth of the people on both lists; 低保 for everyone on the 民政 list, the 乡村振兴 list's own mix
        halves = {
            "civil-affairs": (chosen[: len(chosen) * 3 // 5], ("dibao", "低保")),
            "rural-revitalization": (chosen[len(chosen) * 2 // 5 :], None),
        }
        lists = ListsService(desk.store, user, desk.settings.village_code)
        for source, (people, kind) in halves.items():
            started = time.perf_counter()
            made = make_people(source, len(people) + STRANGERS, seed=seed)
            rows = [replace(p, id_number=n, name=name) for p, (n, name) in zip(made, people, strict=False)]
            rows += made[len(people) :]
            rows = [replace(p, date_to=None) for p in rows]
            if kind is not None:
                rows = [replace(p, group=kind[0], category_text=kind[1]) for p in rows]
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"{source}.csv"
                path.write_bytes(write_list(rows, source, "csv").data)
                result = lists.apply(path, source, as_of=date.today())
            print(f"imported the {source} list: {result.accepted:,} accepted, {result.matched:,} in the register, "
                  f"{len(result.rejected):,} rejected ({time.perf_counter() - started:.1f} s)")  # fmt: skip
    finally:
        desk.close()


def measure(data_dir: Path, user: str, password: str) -> None:
    from desktop.services.compare import CompareService
    from desktop.services.desk import Desk

    desk = Desk.sign_in(data_dir, user, password)
    try:
        service = CompareService(desk.store, user, desk.settings.village_code)
        print(f"peak resident set after signing in (argon2id's memory cost included): {_peak_mib():.0f} MiB")
        # the machine may be shared: each step is timed three times and the best and the worst are printed
        reads, loaded = _timed(service.inputs)
        data = loaded.data
        print(f"read {len(data.persons):,} residents, "
              f"{sum(len(p.contributions) for p in data.persons):,} contribution years, "
              f"{sum(len(p.memberships) for p in data.persons):,} group spans and {len(data.entries):,} list "
              f"entries: {_span(reads)}")  # fmt: skip
        wholes, result = _timed(service.compare)
        print(f"compare (read + core): {_span(wholes)}; counts {result.counts()}")
        print(f"peak resident set so far: {_peak_mib():.0f} MiB")
        started = time.perf_counter()
        ledger = service.ledger(result=result)
        print(f"ledger rows: {len(ledger.rows):,} in {time.perf_counter() - started:.2f} s")
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            export = service.export_ledger(Path(folder) / "ledger.xlsx", str, lambda p: p.code, result=result)
            print(f"ledger .xlsx: {export.rows:,} rows written in {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        figures = service.dashboard(result)
        print(f"dashboard: {len(figures.trend)} trend points in {time.perf_counter() - started:.2f} s")
    finally:
        desk.close()
    print(f"peak resident set with the ledger file written: {_peak_mib():.0f} MiB")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(step: Callable[[], T]) -> tuple[list[float], T]:
    times: list[float] = []
    values: list[T] = []
    for _ in range(3):
        values.clear()  # one result alive at a time, as at the desk
        started = time.perf_counter()
        values.append(step())
        times.append(time.perf_counter() - started)
    return times, values[0]


def _span(times: list[float]) -> str:
    return f"{min(times):.2f} s best, {max(times):.2f} s worst of {len(times)}"


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    main()
