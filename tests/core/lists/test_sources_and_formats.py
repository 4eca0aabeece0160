"""Every source, in every format and encoding, reads back exactly as written, row numbers included."""

from __future__ import annotations

import pytest

from core.lists import ListSource
from core.synthetic.agency_files import ENCODINGS, SOURCES, Damage, make_people, write_list
from tests.core.lists.support import TODAY, expected, read_back

PEOPLE = {source: make_people(source, 24, seed=3, today=TODAY) for source in SOURCES}


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("file_format", ["xlsx", "xls"])
def test_spreadsheet_reads_back_every_person_on_the_row_it_was_written(source: str, file_format: str) -> None:
    written = write_list(PEOPLE[source], source, file_format)  # type: ignore[arg-type]
    result = read_back(written, source)
    assert result.ok
    assert result.rejected == ()
    assert list(result.accepted) == expected(written, source)
    assert result.rows_read == len(PEOPLE[source])
    assert result.detection is not None
    assert result.detection.file_format == file_format
    assert result.detection.sheet == "花名册"
    assert not result.detection.needs_mapping


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_csv_in_each_encoding_is_detected_and_reads_back(source: str, encoding: str) -> None:
    written = write_list(PEOPLE[source], source, "csv", encoding=encoding)
    result = read_back(written, source)
    assert list(result.accepted) == expected(written, source)
    assert result.detection is not None
    detected = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "gbk": "gb18030", "utf-16": "utf-16"}
    assert result.detection.encoding == detected[encoding]
    assert result.detection.delimiter == ("\t" if encoding == "utf-16" else ",")


def test_every_group_of_each_source_is_read_as_its_policy_pack_key() -> None:
    groups = {
        source: {r.group for r in read_back(write_list(PEOPLE[source], source, "csv"), source).accepted}
        for source in SOURCES
    }
    assert groups["civil-affairs"] == {"dibao", "tekun", "dibao_bianyuan"}
    assert groups["rural-revitalization"] == {"tuopin", "fanpin_jiance"}
    assert groups["veterans"] == {"veteran"}
    assert groups["disability"] <= {"disab_severe", "disab_ivm_34", None}
    assert "disab_severe" in groups["disability"]


def test_monitored_households_carry_their_official_subtype() -> None:
    source = "rural-revitalization"
    result = read_back(write_list(PEOPLE[source], source, "xlsx"), source)
    monitored = [r for r in result.accepted if r.group == "fanpin_jiance"]
    assert monitored
    assert all(r.subtype in ("脱贫不稳定户", "边缘易致贫户", "突发严重困难户") for r in monitored)
    assert all(r.subtype is None for r in result.accepted if r.group == "tuopin")


def test_content_hash_is_the_sha256_of_the_bytes_and_the_snapshot_ignores_the_format() -> None:
    import hashlib

    source = "civil-affairs"
    as_csv = read_back(write_list(PEOPLE[source], source, "csv", encoding="gbk"), source)
    written = write_list(PEOPLE[source], source, "xlsx", damages={Damage.TITLE_ROWS, Damage.BLANK_ROWS})
    as_xlsx = read_back(written, source)
    assert as_xlsx.content_hash == hashlib.sha256(written.data).hexdigest()
    assert as_csv.content_hash != as_xlsx.content_hash
    assert as_csv.snapshot_hash == as_xlsx.snapshot_hash


def test_the_same_file_read_twice_gives_the_same_snapshot() -> None:
    written = write_list(PEOPLE["disability"], "disability", "xls")
    first, second = read_back(written, "disability"), read_back(written, "disability")
    assert first.snapshot_hash == second.snapshot_hash
    assert first.content_hash == second.content_hash


def test_the_result_serialises_to_the_cli_shape() -> None:
    import json

    written = write_list(PEOPLE["veterans"], "veterans", "csv", damages={Damage.MISSING_NAME})
    shape = read_back(written, "veterans").to_json()
    assert {"rows_read", "accepted", "rejected", "warnings", "snapshot", "content_hash"} <= set(shape)
    rejected = shape["rejected"]
    assert isinstance(rejected, list)
    assert rejected[0] == {
        "row": written.damaged[Damage.MISSING_NAME][0],
        "reason": "lists.missing_name",
        "field": "name",
    }
    json.dumps(shape, ensure_ascii=False)
    assert ListSource("veterans") is ListSource.VETERANS
