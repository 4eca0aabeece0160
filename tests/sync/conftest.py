"""Fixtures for the sync tests: a real PostgreSQL for the session, a county store on each backend.

``$CUNBAO_TEST_PG_URL`` (a ``postgresql+psycopg://`` URL) names a server to use; without it a throwaway
cluster is started once per session. No PostgreSQL is a failure, not a skip: the county's production
database must be tested for real.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from sync.county.store import CountyStore
from tests.sync.pg_cluster import ClusterUnavailableError, start_cluster

PG_URL_VARIABLE = "CUNBAO_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The URL of a PostgreSQL database the tests may create and drop schemas in."""
    given = os.environ.get(PG_URL_VARIABLE)
    if given:
        yield given
        return
    try:
        cluster = start_cluster()
    except ClusterUnavailableError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster.url
    finally:
        cluster.stop()


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def pg_schema_url(pg_url: str) -> Iterator[str]:
    """A URL whose connections see only a fresh schema of their own (dropped afterwards)."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_libpq(pg_url), autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield (
            make_url(pg_url)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    finally:
        with psycopg.connect(_libpq(pg_url), autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    """None (SQLite in the data dir) or a fresh PostgreSQL schema: each store test runs on both."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("pg_schema_url"))


@pytest.fixture
def county_store(tmp_path: Path, database_url: str | None) -> Iterator[CountyStore]:
    store = CountyStore.open(tmp_path / "county", database_url)
    try:
        yield store
    finally:
        store.close()
