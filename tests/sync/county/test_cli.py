from __future__ import annotations

import json
import ssl
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sync.county import devices
from sync.county.certs import fingerprint
from sync.county.cli import build_parser, main
from sync.county.store import CountyStore

VILLAGE = "640104001002"
OTHER_COUNTY_VILLAGE = "640202001001"


@pytest.fixture
def county_args(tmp_path: Path, database_url: str | None) -> list[str]:
    """Global options naming a fresh county (SQLite in a temp dir, or a fresh PostgreSQL schema)."""
    args = ["--data-dir", str(tmp_path / "county")]
    return args + (["--database-url", database_url] if database_url else [])


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_device_issue_prints_exactly_code_village_and_expiry_as_json(
    county_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    status, out, _ = _run(capsys, *county_args, "device", "issue", "--village", VILLAGE, "--json")
    assert status == 0
    issued = json.loads(out)
    assert set(issued) == {"code", "village", "expires_at"}
    assert issued["village"] == VILLAGE
    assert len(issued["code"].replace("-", "")) == 12
    expires = datetime.fromisoformat(issued["expires_at"])
    assert before + timedelta(hours=72) <= expires <= datetime.now(UTC) + timedelta(hours=72)


def test_the_issued_code_registers_a_device_that_list_then_shows(
    tmp_path: Path, database_url: str | None, county_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(capsys, *county_args, "device", "issue", "--village", VILLAGE, "--valid-hours", "2", "--json")
    code = json.loads(out)["code"]
    store = CountyStore.open(tmp_path / "county", database_url)
    with store.session() as session:
        registration = devices.register(session, code, "村部电脑", "10.0.0.1", datetime.now(UTC))
    store.close()
    status, out, _ = _run(capsys, *county_args, "device", "list", "--json")
    assert status == 0
    [listed] = json.loads(out)
    assert listed["id"] == str(registration.device_id)
    assert (listed["county"], listed["village"], listed["name"]) == ("640104", VILLAGE, "村部电脑")
    assert listed["revoked_at"] is None
    status, out, _ = _run(capsys, *county_args, "device", "revoke", str(registration.device_id))
    assert status == 0
    assert "已停用" in out
    _, out, _ = _run(capsys, *county_args, "device", "list", "--json")
    assert json.loads(out)[0]["revoked_at"] is not None
    _, out, _ = _run(capsys, *county_args, "device", "list")
    assert "村部电脑" in out
    assert "已停用" in out


def test_human_output_is_chinese_and_english_on_request(
    county_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(capsys, *county_args, "device", "issue", "--village", VILLAGE)
    assert "注册码：" in out
    assert "崇安社区居委会" in out
    _, out, _ = _run(capsys, *county_args, "--lang", "en", "device", "issue", "--village", VILLAGE)
    assert "Registration code: " in out
    _, out, _ = _run(capsys, *county_args, "device", "list")
    assert out.strip() == "还没有注册的设备。"


def test_refusals_exit_1_and_say_what_to_do_on_stderr(
    county_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, *county_args, "device", "issue", "--village", "110101001001")
    assert (status, out) == (1, "")
    assert "不是宁夏的村" in err
    status, _, err = _run(capsys, *county_args, "--lang", "en", "device", "revoke", str(uuid.uuid4()))
    assert status == 1
    assert "device list" in err
    status, _, err = _run(capsys, *county_args, "device", "issue", "--village", VILLAGE, "--valid-hours", "0")
    assert status == 1
    assert "小时" in err


def test_a_server_naming_its_counties_refuses_another_countys_village(
    county_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    served = [*county_args, "--county", "640104"]
    status, _, err = _run(capsys, *served, "device", "issue", "--village", OTHER_COUNTY_VILLAGE)
    assert status == 1
    assert "640202" in err
    assert _run(capsys, *served, "device", "issue", "--village", VILLAGE)[0] == 0


def test_cert_create_prints_the_fingerprint_and_keeps_an_existing_certificate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path)]
    status, out, _ = _run(capsys, *data, "cert", "create", "--host", "county.example", "--host", "10.0.0.5", "--json")
    assert status == 0
    created = json.loads(out)
    cert = Path(created["cert"])
    assert created["fingerprint"] == fingerprint(cert.read_bytes())
    assert created["hosts"] == ["county.example", "10.0.0.5", "localhost", "127.0.0.1"]
    ssl.create_default_context(cafile=str(cert))  # a certificate the standard library loads
    status, _, err = _run(capsys, *data, "cert", "create")
    assert status == 1
    assert "--replace" in err
    status, out, _ = _run(capsys, *data, "cert", "create", "--replace")
    assert status == 0
    assert "指纹：sha256:" in out
    assert fingerprint(cert.read_bytes()) != created["fingerprint"]


def test_the_data_dir_comes_from_the_environment_when_not_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CUNBAO_COUNTY_DATA", str(tmp_path / "from-env"))
    assert _run(capsys, "device", "list")[0] == 0
    assert (tmp_path / "from-env" / "county.sqlite3").is_file()


def test_wrong_usage_exits_2_and_the_parser_takes_more_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "device", "issue")[0] == 2  # --village is required
    assert _run(capsys, "nonsense")[0] == 2

    def add_serve(commands: object) -> None:
        commands.add_parser("serve")  # type: ignore[attr-defined]

    args = build_parser([add_serve]).parse_args(["serve"])
    assert args.command == "serve"
