"""Benchmark of importing agency lists into a 100,000-resident desk, then comparing (prints figures; not a test).

    python bench/import_bench.py [--residents 100000] [--rows 100000] [--seed 1] [--profile apply]

Issue 5's targets: a 100,000-row list imports in at most 15 s as .xlsx and 5 s as .csv, and the comparison
takes at most 2 s. The desk is bench/desk_bench.py's (built and cached under /tmp if missing), copied afresh
for each run, since an import changes it. Two lists are written from its register (core.synthetic's agency
files with the register's ID numbers and names): a 民政 list as .xlsx and a 乡村振兴 list as .csv (GB18030),
so the second import is not a repeat of the first. For each file it prints the bare spreadsheet read
(calamine, or the csv module: the floor no import can beat), ListsService.preview, ListsService.apply,
the import (apply: it reads, checks and saves) and its ratio to the bare read, and preview + apply (the screen
previews before it imports); then CompareService.compare with both lists current, and the process's peak
resident set. The load average is printed with the figures: the machine may be shared.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import importlib.util
import io
import os
import pstats
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import python_calamine
from sqlalchemy import select

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
FILES = (("civil-affairs", "xlsx"), ("rural-revitalization", "csv"))


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
    parser.add_argument("--rows", type=int, default=100_000, help="rows of each list (at most the residents)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", choices=("preview", "apply", "compare"), help="print cProfile's top functions")
    parser.add_argument("--no-compare", action="store_true", help="time the imports only")
    args = parser.parse_args()
    bench = _desk_bench()
    base = bench.CACHE / f"cunbao-desk-bench-{args.residents}-seed{args.seed}-{date.today().year}"
    if not (base / bench.DONE_MARK).exists():
        bench.build(base, args.residents, args.seed)
    with tempfile.TemporaryDirectory(prefix="cunbao-import-bench-") as folder:
        work = Path(folder)
        started = time.perf_counter()
        shutil.copytree(base / "data", work / "data")
        print(f"copied the {args.residents:,}-resident desk in {time.perf_counter() - started:.1f} s (not measured)")
        run(work, bench.USER, bench.PASSWORD, args.rows, args.seed, args.profile, not args.no_compare)


def run(
    work: Path, user: str, password: str, rows: int, seed: int, profile: str | None, with_compare: bool = True
) -> None:
    from desktop.services.compare import CompareService
    from desktop.services.desk import Desk
    from desktop.services.lists import ListsService

    desk = Desk.sign_in(work / "data", user, password)
    try:
        files = _write_lists(desk, user, work, rows, seed)
        lists = ListsService(desk.store, user, desk.settings.village_code)
        print(f"load average {_load()}; peak resident set after signing in: {_peak_mib():.0f} MiB")
        for (source, file_format), path in files.items():
            bare = _timed(partial(_bare_read, path, file_format))[0]
            preview_s, preview = _timed(partial(lists.preview, path, source, as_of=date.today()), profile == "preview")
            counts = f"{len(preview.records):,} accepted, {preview.matched:,} matched, {len(preview.rejected):,} out"
            del preview
            apply_s, result = _timed(partial(lists.apply, path, source, as_of=date.today()), profile == "apply")
            assert result.snapshot is not None, "the list was not imported"
            assert not result.repeat, "the list was taken for a repeat"
            print(f"{file_format:>4} ({source}, {path.stat().st_size / 2**20:.1f} MiB): bare read {bare:.2f} s, "
                  f"preview {preview_s:.2f} s ({counts}), apply {apply_s:.2f} s "
                  f"({result.memberships_opened:,} spans opened); import (apply: read, check, save) {apply_s:.2f} s = "
                  f"{apply_s / bare:.1f}x the bare read; preview then apply, as at the desk, "
                  f"{preview_s + apply_s:.2f} s; load average {_load()}")  # fmt: skip
            del result
        service = CompareService(desk.store, user, desk.settings.village_code)
        for _ in range(2 if with_compare else 0):
            compare_s, compared = _timed(service.compare, profile == "compare")
            print(f"compare: {compare_s:.2f} s; counts {compared.counts()}; load average {_load()}")
            del compared
    finally:
        desk.close()
    print(f"peak resident set: {_peak_mib():.0f} MiB")


def _write_lists(desk: Any, user: str, work: Path, rows: int, seed: int) -> dict[tuple[str, str], Path]:
    from core.synthetic.agency_files import make_people, write_list
    from desktop.store.models import Resident

    started = time.perf_counter()
    with desk.store.session(user) as session:
        register = list(session.execute(select(Resident.id_number, Resident.name)))
    rng = random.Random(seed)
    paths: dict[tuple[str, str], Path] = {}
    for source, file_format in FILES:
        chosen = rng.sample(register, min(rows, len(register)))
        made = make_people(source, len(chosen), seed=seed)
        people = [replace(p, id_number=n, name=name, date_to=None) for p, (n, name) in zip(made, chosen, strict=True)]
        if source == "civil-affairs":
            people = [replace(p, group="dibao", category_text="低保") for p in people]
        encoding = "gb18030" if file_format == "csv" else "utf-8-sig"
        path = work / f"{source}.{file_format}"
        path.write_bytes(write_list(people, source, file_format, encoding=encoding).data)  # type: ignore[arg-type]
        paths[(source, file_format)] = path
    print(f"wrote the lists in {time.perf_counter() - started:.1f} s (not measured)")
    return paths


def _bare_read(path: Path, file_format: str) -> None:
    data = path.read_bytes()
    if file_format == "csv":
        for _ in csv.reader(io.StringIO(data.decode("gb18030"), newline="")):
            pass
        return
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    book.get_sheet_by_index(0).to_python()


def _timed(step: Callable[[], T], profile: bool = False) -> tuple[float, T]:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    value = step()
    if profiler is not None:
        profiler.disable()
    elapsed = time.perf_counter() - started
    if profiler is not None:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
    return elapsed, value


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    main()
