"""Shared helpers: synthetic people for every source, and reading a written file back."""

from __future__ import annotations

from datetime import date

from core.lists import ListImport, ListRecord, ListSource, read_list
from core.synthetic.agency_files import AgencyFile, expected_record

TODAY = date(2026, 10, 1)


def read_back(written: AgencyFile, source: str, **options: object) -> ListImport:
    return read_list(written.data, ListSource(source), file_name=written.file_name, today=TODAY, **options)  # type: ignore[arg-type]


def expected(written: AgencyFile, source: str) -> list[ListRecord]:
    return [expected_record(person, source, row) for row, person in sorted(written.people.items())]
