"""The ``cunbao`` command end to end: JSON shapes, exit codes, the encrypted demo desk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_id_check_json_has_the_documented_fields(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    full_width = "６４０４２３１９８００１０１００１９"
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "id", "check", "--json", full_width)
    assert code == 0
    [item] = json.loads(out)
    assert item == {
        "input": "６４０４２３１９８００１０１００１９", "valid": True, "normalized": "640423198001010019",
        "birth_date": "1980-01-01", "sex": "M", "division_code": "640423",
        "division_name": "宁夏回族自治区固原市隆德县", "problems": [], "warnings": [],
    }


def test_id_check_exits_1_when_any_number_is_bad(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "id", "check", "--json",
                       "640423198001010019", "6.40423E+17")
    assert code == 1
    assert [i["valid"] for i in json.loads(out)] == [True, False]
    assert json.loads(out)[1]["problems"][0]["code"] == "id.sci_notation"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["pension", "estimate", "--birth-date", "not-a-date", "--start-year", "2020", "--tier", "100"])
    assert exit_info.value.code == 2


def test_eligibility_for_a_dibao_member(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({
        "id_number": "640423198001010019", "enrolled": True,
        "groups": [{"group": "dibao", "from": "2026-03-01", "to": None}],
    }), encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "eligibility", "--json", "--profile", str(profile),
                       "--date", "2026-11-28", "--county", "640423")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"enroll", "daijiao", "keep_minimum_tier", "claim", "advice", "policy"}
    assert result["daijiao"]["eligible"] is True
    assert result["daijiao"]["subsidy"] == 30
    assert "宁人社发〔2021〕154号 二(一)" in result["daijiao"]["citations"]
    assert result["policy"]["content_hash"]


def test_eligibility_reports_a_broken_profile_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "eligibility", "--json", "--profile", str(profile))
    assert code == 2
    assert str(profile) in err


def test_pension_estimate_matches_the_worked_example(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # DOMAIN.md §2.6: 100 paid by 代缴 + 30 subsidy for 15 years at 2 % -> 2,248.14, 16.17 a month
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "pension", "estimate", "--json",
                       "--birth-date", "1981-06-01", "--start-year", "2026", "--tier", "100",
                       "--government-pays", "100", "--assume-rate", "0.02", "--county", "640423")
    assert code == 0
    result = json.loads(out)
    assert result["years"] == 15
    assert result["balance_at_60"] == 2248.14
    assert result["account_monthly"] == 16.17
    assert result["unconfirmed"]


def test_policy_show_names_the_pack_and_its_hash(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "policy", "show", "--json", "--county", "640423")
    assert code == 0
    data = json.loads(out)
    assert data["policy"]["id"].startswith("nx-cxjm-pension")
    assert len(data["policy"]["content_hash"]) == 64


def test_demo_then_search_audit_backup_and_restore(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "desk"
    code, out, _ = run(capsys, "--data-dir", str(data), "demo", "--residents", "60", "--as-of", "2026-01-01",
                       "--json")
    assert code == 0
    assert json.loads(out)["username"] == "demo"
    code, _, err = run(capsys, "--data-dir", str(data), "demo", "--residents", "60")
    assert code == 1, "a second demo must not overwrite the first"
    assert err

    monkeypatch.setenv("CUNBAO_USER", "demo")
    monkeypatch.setenv("CUNBAO_PASSWORD", "demo")
    code, out, _ = run(capsys, "--data-dir", str(data), "residents", "search", "--json", "ma")
    assert code == 0
    hits = json.loads(out)
    assert hits
    assert all("*" in h["id"] for h in hits)

    code, out, _ = run(capsys, "--data-dir", str(data), "audit", "verify", "--json")
    assert code == 0
    assert json.loads(out)["ok"] is True

    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "--json")
    assert code == 0
    backup = Path(json.loads(out)["file"])
    assert backup.exists()

    code, out, _ = run(capsys, "--data-dir", str(data), "restore", "--json", str(backup))
    assert code == 0
    assert json.loads(out)["ok"] is True

    monkeypatch.setenv("CUNBAO_PASSWORD", "wrong")
    code, out, _ = run(capsys, "--data-dir", str(data), "residents", "search", "--json", "ma")
    assert code == 1
    assert json.loads(out)["problems"][0]["code"] == "keys.wrong_password"


def test_commands_needing_an_assistant_say_how_to_give_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CUNBAO_USER", raising=False)
    monkeypatch.delenv("CUNBAO_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "audit", "verify")
    assert code == 2
    assert "CUNBAO_USER" in err
