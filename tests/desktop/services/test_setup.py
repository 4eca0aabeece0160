from __future__ import annotations

from pathlib import Path

import pytest

from core.progress import Progress
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.settings import load_settings
from desktop.services.setup import (
    DEFAULT_IDLE_MINUTES,
    check_server_url,
    create_desk,
    idle_lock_minutes,
    last_username,
    remember_username,
    set_idle_lock_minutes,
    try_demo,
    village_table,
)
from tests.desktop.conftest import FAST_KDF

VILLAGE = "640423100004"  # 隆德县城关镇红崖社区


def _create(data_dir: Path, **changes: str) -> Desk:
    args: dict[str, str] = {"village_code": VILLAGE, "username": "mali", "display_name": " 马丽 ",
                            "password": "hongya2024", "printer": "", "county_server": ""}
    args.update(changes)
    return create_desk(data_dir, args["village_code"], args["username"], args["display_name"], args["password"],
                       args["printer"], args["county_server"], kdf_params=FAST_KDF)


def test_create_desk_opens_it_for_the_first_supervisor_and_saves_the_settings(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    desk = _create(data, printer="HP LaserJet", county_server=" https://cunbao.longde.example/ ")
    try:
        assert desk.account.username == "mali"
        assert desk.account.display_name == "马丽"
        assert desk.account.is_supervisor
        assert desk.store.village_code == VILLAGE
    finally:
        desk.close()
    settings = load_settings(data)
    assert settings.village_code == VILLAGE
    assert settings.village_name == "红崖社区"
    assert settings.printer == "HP LaserJet"
    assert settings.county_server == "https://cunbao.longde.example/"
    assert last_username(data) == "mali"
    again = Desk.sign_in(data, "mali", "hongya2024")
    try:
        assert again.account.is_supervisor
        assert again.verify_audit().ok
    finally:
        again.close()


def test_empty_printer_and_server_are_kept_as_none(tmp_path: Path) -> None:
    _create(tmp_path / "desk").close()
    settings = load_settings(tmp_path / "desk")
    assert settings.printer is None
    assert settings.county_server is None


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("village_code", "", "village.empty"),
        ("village_code", "6404231000", "village.format"),
        ("village_code", "620102001001", "village.outside_ningxia"),
        ("village_code", "640423100999", "village.unknown"),
        ("username", "Ma Li", "account.username_format"),
        ("username", "m", "account.username_format"),
        ("username", "a" * 33, "account.username_format"),
        ("display_name", "   ", "account.name_empty"),
        ("password", "short", "account.password_short"),
        ("password", "mali", "account.password_short"),
        ("username", "hongya2024", "account.password_is_username"),
        ("county_server", "ftp://county", "setup.server_url"),
        ("county_server", "cunbao.longde", "setup.server_url"),
    ],
)
def test_bad_setup_is_refused_with_a_code_and_leaves_no_files(tmp_path: Path, field: str, value: str,
                                                              code: str) -> None:
    data = tmp_path / "desk"
    with pytest.raises(ServiceError) as caught:
        _create(data, **{field: value})
    assert caught.value.code == code
    assert not data.exists()


def test_a_second_desk_in_the_same_folder_is_refused(tmp_path: Path) -> None:
    _create(tmp_path / "desk").close()
    with pytest.raises(ServiceError) as caught:
        _create(tmp_path / "desk", username="other")
    assert caught.value.code == "store.db_exists"


def test_unwritable_folder_is_a_service_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ServiceError) as caught:
        _create(blocker / "desk")
    assert caught.value.code == "setup.folder_unwritable"


def test_server_url_rules() -> None:
    assert check_server_url("") == []
    assert check_server_url("http://10.0.0.5:8080") == []
    assert check_server_url("https://sb.nx.gov.cn/cunbao") == []
    assert [p.code for p in check_server_url("https://")] == ["setup.server_url"]
    assert [p.code for p in check_server_url("http://a b")] == ["setup.server_url"]


def test_shipped_village_table_is_found() -> None:
    assert len(village_table()) > 2800
    assert village_table().lookup_village(VILLAGE).ok


def test_try_demo_makes_a_desk_to_sign_in_to(tmp_path: Path) -> None:
    notes: list[int] = []
    report = try_demo(tmp_path / "demo", Progress(report=lambda done, total, note: notes.append(done)),
                      residents=30, kdf_params=FAST_KDF)
    assert report.residents == 30
    assert notes
    assert load_settings(tmp_path / "demo").village_name == "马河村委会"  # the status bar names the village
    Desk.sign_in(tmp_path / "demo", report.username, report.password).close()


def test_workstation_remembers_the_last_user_and_the_idle_delay(tmp_path: Path) -> None:
    assert last_username(tmp_path) == ""
    assert idle_lock_minutes(tmp_path) == DEFAULT_IDLE_MINUTES
    remember_username(tmp_path, "mali")
    set_idle_lock_minutes(tmp_path, 5)
    assert last_username(tmp_path) == "mali"
    assert idle_lock_minutes(tmp_path) == 5
    set_idle_lock_minutes(tmp_path, 100000)
    assert idle_lock_minutes(tmp_path) == 120


def test_a_damaged_workstation_file_gives_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "workstation.json").write_text('{"idle_lock_minutes": "soon", "last_username": 3')
    assert last_username(tmp_path) == ""
    assert idle_lock_minutes(tmp_path) == DEFAULT_IDLE_MINUTES
