"""Benchmark of importing agency lists into a 100,000-resident desk, then comparing (prints figures; not a test).

    python bench/import_bench.py [--residents 100000] [--rows 100000] [--seed 1] [--profile apply]
                                 [--phases] [--no-compare]

Issue 5's targets: a 100,000-row list imports in at most 15 s as .xlsx and 5 s as .csv, and the comparison
takes at most 2 s. The desk is bench/desk_bench.py's (built and cached under /tmp if missing), copied afresh
twice for each run, since an import changes it. Two lists are written from its register (core.synthetic's
agency files with the register's ID numbers and names): a 民政 list as .xlsx and a 乡村振兴 list as .csv
(GB18030), so the second import is not a repeat of the first. For each file it prints the bare spreadsheet
read (calamine, or the csv module: the floor no import can beat), the import into the first copy
(ListsService.apply: it reads, checks and saves) and its ratio to the bare read, and what the desk's import
screen does on the second copy: a preview, then the import, which takes the preview's reading. Then
CompareService.compare on the first copy with both lists current, and the process's peak resident set.
``--phases`` says where each import's time went. The load average is printed with the figures: the machine
may be shared.
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
    parser.add_argument("--phases", action="store_true", help="print where each import's time went")
    args = parser.parse_args()
    bench = _desk_bench()
    base = bench.CACHE / f"cunbao-desk-bench-{args.residents}-seed{args.seed}-{date.today().year}"
    if not (base / bench.DONE_MARK).exists():
        bench.build(base, args.residents, args.seed)
    with tempfile.TemporaryDirectory(prefix="cunbao-import-bench-") as folder:
        work = Path(folder)
        started = time.perf_counter()
        for copy in ("import", "desk"):
            shutil.copytree(base / "data", work / copy)
        print(f"copied the {args.residents:,}-resident desk twice in {time.perf_counter() - started:.1f} s "
              "(not measured)")  # fmt: skip
        phases = _Phases() if args.phases else None
        run(work, bench.USER, bench.PASSWORD, args, phases)


def run(work: Path, user: str, password: str, args: argparse.Namespace, phases: _Phases | None) -> None:
    """Each list is imported cold into one copy of the desk (the import figure: read, check, save), then
    previewed and imported into the other, as the desk's import screen does (the import takes the
    preview's reading); the comparison runs on the first copy, both lists current."""
    from desktop.services.compare import CompareService
    from desktop.services.desk import Desk
    from desktop.services.lists import ListsService

    desk = Desk.sign_in(work / "import", user, password)
    at_desk = Desk.sign_in(work / "desk", user, password)
    try:
        files = _write_lists(desk, work, args.rows, args.seed)
        print(f"load average {_load()}; peak resident set after signing in twice: {_peak_mib():.0f} MiB")
        for (source, file_format), path in files.items():
            bare = _timed(partial(_bare_read, path, file_format))[0]
            if phases is not None:
                phases.spent.clear()
            cold = ListsService(desk.store, user, desk.settings.village_code)
            apply_s, result = _timed(partial(cold.apply, path, source, as_of=date.today()), args.profile == "apply")
            assert result.snapshot is not None, "the list was not imported"
            assert not result.repeat, "the list was taken for a repeat"
            opened = result.memberships_opened
            del result
            if phases is not None:
                print(f"  where the {file_format} import's {apply_s:.2f} s went: {phases.report(apply_s)}")
            screen = ListsService(at_desk.store, user, at_desk.settings.village_code)
            preview_s, preview = _timed(partial(screen.preview, path, source, as_of=date.today()),
                                        args.profile == "preview")  # fmt: skip
            counts = f"{len(preview.records):,} accepted, {preview.matched:,} matched, {len(preview.rejected):,} out"
            del preview
            if phases is not None:
                phases.spent.clear()
            then_s = _timed(partial(screen.apply, path, source, as_of=date.today()))[0]
            if phases is not None:
                print(f"  where the desk's {then_s:.2f} s import after its preview went: {phases.report(then_s)}")
            print(f"{file_format:>4} ({source}, {path.stat().st_size / 2**20:.1f} MiB): bare read {bare:.2f} s; "
                  f"import (read, check, save; {opened:,} spans opened) {apply_s:.2f} s = {apply_s / bare:.1f}x "
                  f"the bare read; at the desk: preview {preview_s:.2f} s ({counts}), then import {then_s:.2f} s; "
                  f"load average {_load()}")  # fmt: skip
        service = CompareService(desk.store, user, desk.settings.village_code)
        for _ in range(0 if args.no_compare else 2):
            compare_s, compared = _timed(service.compare, args.profile == "compare")
            print(f"compare: {compare_s:.2f} s; counts {compared.counts()}; load average {_load()}")
            del compared
    finally:
        desk.close()
        at_desk.close()
    print(f"peak resident set: {_peak_mib():.0f} MiB")


def _write_lists(desk: Any, work: Path, rows: int, seed: int) -> dict[tuple[str, str], Path]:
    from core.synthetic.agency_files import make_people, write_list
    from desktop.store.models import Resident

    started = time.perf_counter()
    with desk.store.session(desk.account.username) as session:
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


class _Phases:
    """Times the import's steps by wrapping the functions it calls (the bench's own instrument, not the app's)."""

    STEPS = (
        ("desktop.services.lists", "read_list", "read and check the rows (core)"),
        ("desktop.services.lists", "load_register", "load the register"),
        ("desktop.services.lists", "check_against_register", "match to the register"),
        ("desktop.services.lists", "records_of", "read the previous snapshot"),
        ("desktop.services.lists", "diff_snapshots", "difference"),
        ("desktop.services.lists_storage", "insert_stored", "SQLite: records"),
        ("desktop.services.lists_storage", "insert_rows", "SQLite: row reports"),
        ("desktop.services.lists_bulk", "insert_stored", "SQLite: spans and outbox"),
        ("desktop.services.lists_bulk", "_wire_fields", "outbox fields (JSON)"),
    )

    def __init__(self) -> None:
        import importlib

        self.spent: dict[str, float] = {}
        for module_name, function, label in self.STEPS:
            module = importlib.import_module(module_name)
            setattr(module, function, self._wrap(getattr(module, function), label))

    def _wrap(self, function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - started

        return timed

    def report(self, total: float) -> str:
        # the spans' and outbox's SQLite time sits inside no other step; the records' inside none either
        shown = ", ".join(f"{label} {seconds:.2f} s" for label, seconds in self.spent.items())
        return f"{shown}, the rest (commit, Python between) {total - sum(self.spent.values()):.2f} s"


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
