from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from desktop.store.engine import PAGE_SIZE, open_engine
from desktop.store.problems import DatabaseProblem, StoreError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path, key: bytes) -> Path:
    """A closed encrypted database of several pages."""
    path = tmp_path / "filled.db"
    engine = open_engine(path, key, create=True)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x TEXT)"))
        connection.execute(text("INSERT INTO t VALUES (:x)"), [{"x": "马玉兰" * 40} for _ in range(400)])
    engine.dispose()
    return path


def _code_of(path: Path, key: bytes) -> str:
    with pytest.raises(StoreError) as caught:
        open_engine(path, key)
    return caught.value.code


def test_every_connection_gets_wal_foreign_keys_full_sync_busy_timeout_and_memory_temp(
    engine: Engine,
) -> None:
    with engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout", "temp_store")
        }
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "busy_timeout": 5000,
        "temp_store": 2,
    }


def test_database_file_is_encrypted(filled: Path) -> None:
    assert not filled.read_bytes().startswith(b"SQLite format 3")


def test_wrong_key_is_reported_and_the_file_is_untouched(filled: Path) -> None:
    before = _digest(filled)
    assert _code_of(filled, os.urandom(32)) == DatabaseProblem.WRONG_KEY
    assert _digest(filled) == before
    assert not (filled.parent / (filled.name + "-wal")).exists()


@pytest.mark.parametrize("cut", [PAGE_SIZE * 3 + 100, PAGE_SIZE * 3])
def test_truncated_file_is_corrupt_not_wrong_key_and_untouched(filled: Path, key: bytes, cut: int) -> None:
    filled.write_bytes(filled.read_bytes()[:cut])
    before = _digest(filled)
    assert _code_of(filled, key) == DatabaseProblem.CORRUPT
    assert _digest(filled) == before


def test_damaged_first_page_with_the_right_key_is_corrupt(filled: Path, key: bytes) -> None:
    data = bytearray(filled.read_bytes())
    data[100:200] = bytes(100)
    filled.write_bytes(bytes(data))
    assert _code_of(filled, key) == DatabaseProblem.CORRUPT


def test_other_files_are_not_a_database_and_stay_untouched(tmp_path: Path, key: bytes) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("村民名单 - not a database at all\n" * 10, encoding="utf-8")
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE t (x)")
    for path in (notes, plain):
        before = _digest(path)
        assert _code_of(path, key) == DatabaseProblem.NOT_A_DATABASE
        assert _digest(path) == before


def test_empty_file_is_corrupt_and_not_replaced_by_a_new_database(tmp_path: Path, key: bytes) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    assert _code_of(empty, key) == DatabaseProblem.CORRUPT
    assert empty.stat().st_size == 0


def test_missing_file_is_reported_unless_creating(tmp_path: Path, key: bytes) -> None:
    assert _code_of(tmp_path / "nowhere.db", key) == DatabaseProblem.MISSING
    open_engine(tmp_path / "new.db", key, create=True).dispose()
    with pytest.raises(StoreError) as caught:
        open_engine(tmp_path / "new.db", key, create=True)
    assert caught.value.code == DatabaseProblem.EXISTS


def test_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_engine(tmp_path / "x.db", b"short", create=True)


def test_nested_transactions_roll_back_only_the_inner_part(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE n (x INTEGER)")
        connection.exec_driver_sql("INSERT INTO n VALUES (1)")
        inner = connection.begin_nested()
        connection.exec_driver_sql("INSERT INTO n VALUES (2)")
        inner.rollback()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT x FROM n").scalars().all() == [1]
