"""``cunbao compare`` and ``cunbao ledger export`` on a real demo desk: JSON shape, exit codes, the file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from core.compare import WorklistCode
from core.synthetic.agency_files import make_people, write_list
from desktop.cli import main
from desktop.messages.compare_desk import ledger_text, progress_note
from desktop.services.compare import STEPS
from desktop.services.desk import Desk
from desktop.services.residents import ResidentsService

ON = "2026-11-20"
ITEM_KEYS = {"reason", "action", "target", "groups", "message", "action_label", "list_rows"}
RESIDENT_KEYS = {"key", "id_masked", "name", "village_code", "birth_date"}


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUNBAO_USER", "demo")
    monkeypatch.setenv("CUNBAO_PASSWORD", "demo")


def run(capsys: pytest.CaptureFixture[str], demo_dir: Path, *args: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(demo_dir), "--lang", "en", *args])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def import_strangers(capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path) -> None:
    """A 低保 list of one demo resident and two people nobody registered, imported."""
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        service = ResidentsService(desk.store, "demo")
        [hit] = service.search("6404", limit=1)
        number = service.reveal_id(hit.uuid, "test")
    finally:
        desk.close()
    assert number is not None
    people = [replace(p, group="dibao", category_text="低保", date_to=None) for p in make_people("civil-affairs", 3)]
    people[0] = replace(people[0], id_number=number, name=hit.name)
    path = tmp_path / "dibao.xlsx"
    path.write_bytes(write_list(people, "civil-affairs", "xlsx").data)
    code, _ = run(capsys, demo_dir, "lists", "import", str(path), "--source", "civil-affairs", "--as-of",
                  "2026-10-01", "--json")  # fmt: skip
    assert code == 0


@pytest.mark.usefixtures("signed_in")
def test_compare_json_lists_every_worklist_with_counts_words_and_resident_references(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    import_strangers(capsys, demo_dir, tmp_path)
    code, result = run(capsys, demo_dir, "compare", "--on", ON, "--json")
    assert code == 0
    assert result["today"] == ON
    assert [w["code"] for w in result["worklists"]] == [str(c) for c in WorklistCode]
    assert result["counts"] == {w["code"]: len(w["items"]) for w in result["worklists"]}
    assert result["snapshots"]["civil-affairs"] == "2026-10-01"
    assert result["residents"] == 120
    first = result["worklists"][0]
    assert first["title"] == "On a hardship list, not enrolled"
    strangers = [i for i in first["items"] if i["reason"]["code"] == "compare.not_in_register"]
    assert len(strangers) == 2
    assert all(set(i) >= ITEM_KEYS and i["action"] == "register" for i in strangers)
    assert all(i["action_label"] == "Register the resident" for i in strangers)
    rows = [r for i in strangers for r in i["list_rows"]]
    assert sorted(r["row"] for r in rows) == sorted({r["row"] for r in rows})
    assert {(r["source"], r["as_of"]) for r in rows} == {("civil-affairs", "2026-10-01")}
    residents = [i["resident"] for w in result["worklists"] for i in w["items"] if i.get("resident")]
    assert residents
    assert all(set(r) == RESIDENT_KEYS for r in residents)
    assert all("*" in r["id_masked"] for r in residents if r["id_masked"])
    stale = result["worklists"][5]["items"]
    assert any(i["action_label"] == "Ask for a new list" and i["target"] == "disability" for i in stale)


@pytest.mark.usefixtures("signed_in")
def test_ledger_export_writes_the_file_and_prints_its_rows(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ledger.xlsx"
    code, result = run(capsys, demo_dir, "ledger", "export", str(out), "--masked", "--on", ON, "--json")
    assert code == 0
    assert (result["ok"], result["masked"], result["as_of"], result["file"]) == (True, True, ON, str(out))
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet["A1"].value == "马河村 hardship groups: pension and 代缴 ledger, 2026"
    assert sheet["C3"].value == "ID number"
    assert sheet.max_row - 3 == result["rows"] > 0


@pytest.mark.usefixtures("signed_in")
def test_ledger_export_into_a_missing_folder_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    code = main(["--data-dir", str(demo_dir), "--lang", "en", "ledger", "export", str(tmp_path / "no" / "x.xlsx")])
    assert code == 2
    assert "no" in capsys.readouterr().err


@pytest.mark.usefixtures("english")
def test_every_ledger_key_and_progress_note_has_words() -> None:
    assert (ledger_text("column.id_number"), ledger_text("sheet"), ledger_text("no.such.key")) == (
        "ID number",
        "Ledger",
        "no.such.key",
    )
    assert [progress_note(step) for step in STEPS] == [
        "Reading the register…",
        "Reading the agencies' lists…",
        "Comparing the lists with the register…",
    ]
