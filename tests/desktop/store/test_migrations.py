from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from desktop.store.engine import open_engine
from desktop.store.migrate import migrate, move_to
from desktop.store.problems import DatabaseProblem, StoreError
from desktop.store.revisions import head_revision, revisions_in_order
from desktop.store.search import search_residents
from desktop.store.session import session_factory
from tests.desktop.store.conftest import make_resident


def _fill(engine: Engine) -> None:
    with session_factory(engine)(info={"actor": "tester"}) as session, session.begin():
        for n in range(30):
            session.add(
                make_resident(
                    name=f"马玉{chr(0x4E00 + n)}",
                    id_number=f"64042319500101{n:04d}",
                    birth_date=date(1950, 1, 1),
                )
            )


def _counts(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        return [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("residents", "audit_events", "outbox")
        ]


def test_there_are_at_least_two_revisions_in_one_line() -> None:
    order = revisions_in_order()
    assert len(order) >= 2
    assert order[-1] == head_revision()


def test_every_revision_walks_down_and_up_keeping_the_data(engine: Engine) -> None:
    _fill(engine)
    before = _counts(engine)
    order = revisions_in_order()
    for target in reversed(order[:-1]):
        move_to(engine, target)
        assert _counts(engine) == before
    for target in order[1:]:
        move_to(engine, target)
        assert _counts(engine) == before
    with session_factory(engine)() as session:  # the search index was rebuilt on the way up
        assert len(search_residents(session, "马玉")) == 30


def test_a_database_already_at_head_is_only_checked(engine: Engine, tmp_path: Path) -> None:
    report = migrate(engine, tmp_path / "more-backups")
    assert (report.upgraded, report.backup) == (False, None)
    assert not (tmp_path / "more-backups").exists()


def test_a_database_behind_is_backed_up_before_the_upgrade(engine: Engine, tmp_path: Path) -> None:
    _fill(engine)
    move_to(engine, revisions_in_order()[0])
    report = migrate(engine, tmp_path / "backups")
    assert report.upgraded
    assert report.from_revision == revisions_in_order()[0]
    assert report.backup is not None
    assert report.backup.exists()
    assert report.to_revision == head_revision()


def test_a_newer_database_is_refused_and_left_untouched(engine: Engine, tmp_path: Path, key: bytes) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    path = tmp_path / "test.db"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    reopened = open_engine(path, key)
    with pytest.raises(StoreError) as caught:
        migrate(reopened, tmp_path / "backups-newer")
    reopened.dispose()
    assert caught.value.code == DatabaseProblem.NEWER
    assert caught.value.problem.params == {"revision": "9999_from_the_future"}
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "backups-newer").exists()
