"""``cunbao lists import`` and ``cunbao lists show`` on a real demo desk: JSON shape, exit codes, files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from core.synthetic.agency_files import Damage, ListPerson, make_people, write_list
from desktop.cli import main
from desktop.services.desk import Desk
from desktop.services.residents import ResidentsService

IMPORT_KEYS = {"rows_read", "accepted", "rejected", "warnings", "added", "removed", "changed", "snapshot", "repeat"}


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUNBAO_USER", "demo")
    monkeypatch.setenv("CUNBAO_PASSWORD", "demo")


def demo_people(demo_dir: Path, count: int) -> list[ListPerson]:
    """A 民政 list of the demo desk's own residents."""
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        residents = ResidentsService(desk.store, "demo")
        hits = residents.search("6404", limit=count)
        numbers = [residents.reveal_id(h.uuid, "test") for h in hits]
    finally:
        desk.close()
    people = make_people("civil-affairs", count)
    return [
        replace(p, id_number=n, name=h.name, group="dibao", category_text="低保", date_to=None)
        for p, h, n in zip(people, hits, numbers, strict=True)
        if n is not None
    ]


def run(capsys: pytest.CaptureFixture[str], demo_dir: Path, *args: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(demo_dir), "--lang", "en", "lists", *args])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


@pytest.mark.usefixtures("signed_in")
def test_import_prints_the_documented_json_and_exits_1_for_rejected_rows(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    file = write_list(demo_people(demo_dir, 6), "civil-affairs", "xlsx", damages=[Damage.TITLE_ROWS, Damage.BAD_ID])
    path = tmp_path / "dibao.xlsx"
    path.write_bytes(file.data)
    problems = tmp_path / "fix.xlsx"
    code, result = run(capsys, demo_dir, "import", str(path), "--source", "civil-affairs", "--json",
                       "--export-problems", str(problems))  # fmt: skip
    assert code == 1
    assert isinstance(result, dict)
    assert set(result) >= IMPORT_KEYS
    assert (result["rows_read"], result["accepted"], result["repeat"]) == (6, 5, False)
    [bad_row] = file.damaged[Damage.BAD_ID]
    [rejected] = result["rejected"]
    assert isinstance(rejected, dict)
    assert (rejected["row"], rejected["reason"], rejected["field"]) == (bad_row, "id.checksum", "id_number")
    assert set(rejected) == {"row", "reason", "field", "expected", "found"}
    assert isinstance(result["added"], list)
    assert len(result["added"]) == 5
    assert result["removed"] == []
    assert result["changed"] == []
    snapshot = result["snapshot"]
    assert isinstance(snapshot, dict)
    assert (snapshot["source"], snapshot["as_of"], snapshot["as_of_basis"]) == ("civil-affairs", "2026-10-08", "title")
    sheet = openpyxl.load_workbook(problems).active
    assert sheet is not None
    assert [c.value for c in sheet["A"]] == ["Row", str(bad_row)]


@pytest.mark.usefixtures("signed_in")
def test_importing_the_same_file_again_says_repeat_and_exits_0(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "dibao.csv"
    path.write_bytes(write_list(demo_people(demo_dir, 4), "civil-affairs", "csv").data)
    first_code, first = run(capsys, demo_dir, "import", str(path), "--source", "civil-affairs", "--json")
    code, again = run(capsys, demo_dir, "import", str(path), "--source", "civil-affairs", "--json")
    assert (first_code, code) == (0, 0)
    assert isinstance(first, dict)
    assert isinstance(again, dict)
    assert (first["repeat"], again["repeat"]) == (False, True)
    assert isinstance(first["snapshot"], dict)
    assert isinstance(again["snapshot"], dict)
    assert again["snapshot"]["uuid"] == first["snapshot"]["uuid"]
    assert (again["added"], again["removed"], again["changed"]) == ([], [], [])


@pytest.mark.usefixtures("signed_in")
def test_strict_import_of_a_file_with_a_bad_row_saves_nothing(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "dibao.csv"
    path.write_bytes(write_list(demo_people(demo_dir, 5), "civil-affairs", "csv", damages=[Damage.BAD_ID]).data)
    code, result = run(capsys, demo_dir, "import", str(path), "--source", "civil-affairs", "--strict", "--json",
                       "--as-of", "2026-10-01")  # fmt: skip
    assert code == 1
    assert isinstance(result, dict)
    assert (result["snapshot"], result["accepted"]) == (None, 0)
    assert isinstance(result["problems"], list)
    assert "lists.strict_rejected" in [p["code"] for p in result["problems"]]
    _, shown = run(capsys, demo_dir, "show", "--source", "civil-affairs", "--json")
    assert [s["file"] for s in shown if isinstance(s, dict)] == ["demo-minzheng.xlsx"]


@pytest.mark.usefixtures("signed_in")
def test_show_lists_snapshots_with_source_as_of_counts_and_age(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "dibao.csv"
    path.write_bytes(write_list(demo_people(demo_dir, 4), "civil-affairs", "csv").data)
    run(capsys, demo_dir, "import", str(path), "--source", "civil-affairs", "--as-of", "2026-10-01", "--json")
    code, shown = run(capsys, demo_dir, "show", "--json")
    assert code == 0
    assert isinstance(shown, list)
    newest = shown[0]
    assert isinstance(newest, dict)
    assert (newest["source"], newest["as_of"], newest["file"], newest["accepted"]) == (
        "civil-affairs", "2026-10-01", "dibao.csv", 4,
    )  # fmt: skip
    assert isinstance(newest["age_days"], int)
    assert {s["source"] for s in shown if isinstance(s, dict)} >= {"minzheng", "canlian", "civil-affairs"}


def test_import_of_a_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["--data-dir", str(tmp_path), "lists", "import", str(tmp_path / "nope.xlsx"), "--source", "veterans"])
    capsys.readouterr()
    assert code == 2
