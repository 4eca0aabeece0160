from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from sync.county import migrate
from sync.county.models import Base
from sync.county.problems import CountyError, CountyProblem
from sync.county.store import SQLITE_FILE, CountyStore

TABLES = {"devices", "registration_codes", "registration_failures"}


def test_open_migrates_to_head_on_both_backends(county_store: CountyStore) -> None:
    with county_store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert set(inspect(connection).get_table_names()) >= TABLES


def test_village_owned_tables_key_on_county_then_village(county_store: CountyStore) -> None:
    inspector = inspect(county_store.engine)
    for table in ("devices", "registration_codes"):
        key = inspector.get_pk_constraint(table)["constrained_columns"]
        assert key[:2] == ["county_code", "village_code"], table


def test_the_revisions_build_exactly_what_the_models_describe(county_store: CountyStore) -> None:
    with county_store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_reopening_a_migrated_database_changes_nothing(tmp_path: Path, database_url: str | None) -> None:
    CountyStore.open(tmp_path, database_url).close()
    store = CountyStore.open(tmp_path, database_url)
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    store.close()


def test_every_revision_walks_down_and_up(county_store: CountyStore) -> None:
    migrate.downgrade(county_store.engine, "base")
    assert not TABLES & set(inspect(county_store.engine).get_table_names())
    migrate.upgrade(county_store.engine)
    assert set(inspect(county_store.engine).get_table_names()) >= TABLES


def test_a_database_from_a_newer_server_is_refused(county_store: CountyStore, tmp_path: Path) -> None:
    with county_store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(CountyError) as refused:
        migrate.upgrade(county_store.engine)
    assert refused.value.code == CountyProblem.DATABASE_NEWER
    assert refused.value.problem.params["revision"] == "9999"


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    store = CountyStore.open(tmp_path)
    with store.session(readonly=True) as session:
        pragma = session.connection().exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert (pragma("PRAGMA busy_timeout").scalar() or 0) > 0
    store.close()
    assert (tmp_path / SQLITE_FILE).is_file()


def test_a_new_data_dir_is_private_to_the_servers_user(tmp_path: Path) -> None:
    CountyStore.open(tmp_path / "new").close()
    assert (tmp_path / "new").stat().st_mode & 0o077 == 0


def test_a_session_commits_on_success_and_rolls_back_on_error(county_store: CountyStore) -> None:
    insert = text(
        "INSERT INTO registration_failures (remote, attempted_at, reason) VALUES (:r, CURRENT_TIMESTAMP, 'x')"
    )
    with county_store.session() as session:
        session.execute(insert, {"r": "kept"})

    def fail_after_writing() -> None:
        with county_store.session() as session:
            session.execute(insert, {"r": "dropped"})
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail_after_writing()
    with county_store.session(readonly=True) as session:
        remotes = session.execute(text("SELECT remote FROM registration_failures")).scalars().all()
    assert remotes == ["kept"]


def test_an_unreachable_postgresql_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(CountyError) as refused:
        CountyStore.open(tmp_path, "postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    assert refused.value.code == CountyProblem.DATABASE_UNAVAILABLE
    assert "secret" not in str(refused.value.problem.params["url"])


def test_server_processes_starting_together_migrate_once(tmp_path: Path, database_url: str | None) -> None:
    starters = 4
    barrier = threading.Barrier(starters)
    outcomes: list[object] = []

    def start() -> None:
        barrier.wait()
        try:
            store = CountyStore.open(tmp_path / "county", database_url)
        except Exception as exc:  # collected, so that the assertion names it
            outcomes.append(exc)
            return
        store.close()
        outcomes.append("open")

    threads = [threading.Thread(target=start) for _ in range(starters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == ["open"] * starters
