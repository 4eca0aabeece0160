"""Benchmark of reading agency list files (prints figures; not a test).

    python bench/lists_bench.py [--rows 50000] [--seed 1] [--source civil-affairs]

Writes a synthetic list of ``--rows`` rows as .xlsx and as .csv (GB18030, as 民政 offices save
them), then for each file measures the bare spreadsheet read (calamine or the csv module: the floor
no import can beat), the full read-and-check with core.lists, rows per second, the ratio of the two,
and the process's peak resident memory. Generating the files is not measured.
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import resource
import time
from collections.abc import Callable

import python_calamine

from core.lists import ListSource, read_list
from core.synthetic.agency_files import Damage, make_people, write_list


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _bare_read(data: bytes, file_format: str) -> None:
    if file_format == "csv":
        for _ in csv.reader(io.StringIO(data.decode("gb18030"), newline="")):
            pass
        return
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    book.get_sheet_by_index(0).to_python()


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", default="civil-affairs", choices=[s.value for s in ListSource])
    args = parser.parse_args()

    started = time.perf_counter()
    people = make_people(args.source, args.rows, seed=args.seed)
    damages = {Damage.TITLE_ROWS, Damage.HOUSEHOLD_ROWS}
    files = {
        "xlsx": write_list(people, args.source, "xlsx", damages=damages, seed=args.seed).data,
        "csv": write_list(people, args.source, "csv", encoding="gb18030", damages=damages, seed=args.seed).data,
    }
    # The generator's objects are not the importer's: keep them out of the collector's way.
    del people
    gc.collect()
    gc.freeze()
    print(f"generated {args.rows} rows of {args.source} in {time.perf_counter() - started:.1f} s (not measured)")
    for file_format, data in files.items():
        bare = _timed(lambda data=data, file_format=file_format: _bare_read(data, file_format))  # type: ignore[misc]
        start = time.perf_counter()
        result = read_list(data, ListSource(args.source))
        full = time.perf_counter() - start
        print(
            f"{file_format:>5}: {len(data) / 2**20:6.1f} MiB  bare read {bare:6.2f} s  "
            f"read+check {full:6.2f} s  {result.rows_read / full:9,.0f} rows/s  "
            f"ratio {full / bare:5.1f}x  accepted {len(result.accepted)}  rejected {len(result.rejected)}"
        )
    print(f"peak resident memory {_peak_mib():.0f} MiB")


if __name__ == "__main__":
    main()
