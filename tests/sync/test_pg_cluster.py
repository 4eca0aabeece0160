from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from tests.sync import pg_cluster


def test_no_postgresql_binaries_is_an_error_that_says_how_to_get_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pg_cluster, "PG_BIN_GLOB", str(tmp_path / "none" / "*" / "bin"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(pg_cluster.ClusterUnavailableError, match="apt-get install postgresql"):
        pg_cluster.find_bin_dir()


def test_the_newest_installed_version_is_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for version in ("9", "15", "13"):
        (tmp_path / version / "bin").mkdir(parents=True)
        (tmp_path / version / "bin" / "initdb").touch()
    monkeypatch.setattr(pg_cluster, "PG_BIN_GLOB", str(tmp_path / "*" / "bin"))
    assert pg_cluster.find_bin_dir() == tmp_path / "15" / "bin"


def test_the_session_database_is_a_real_postgresql(pg_url: str) -> None:
    libpq = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()
    assert version is not None
    assert int(version[0]) >= 120000
