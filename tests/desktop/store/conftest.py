"""Fixtures for the store tests: real SQLCipher files in tmp_path, cheap argon2, an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import Engine

from desktop.store.database import Store
from desktop.store.engine import open_engine
from desktop.store.keys import KdfParams
from desktop.store.migrate import migrate
from desktop.store.models import Resident
from desktop.store.session import AuditedSession

FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
VILLAGE = "640423100001"


class MemoryKeyring(KeyringBackend):
    """An OS credential store that lives in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def engine(tmp_path: Path, key: bytes) -> Iterator[Engine]:
    engine = open_engine(tmp_path / "test.db", key, create=True)
    migrate(engine, tmp_path / "backups")
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[AuditedSession]:
    """A session in an outer transaction that is rolled back after the test."""
    with engine.connect() as connection:
        outer = connection.begin()
        session = AuditedSession(bind=connection, join_transaction_mode="create_savepoint", info={"actor": "tester"})
        yield session
        session.close()
        outer.rollback()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.create(tmp_path / "data", "amina", "秘密-1", "马阿米娜", "supervisor", VILLAGE, kdf_params=FAST_KDF)
    yield store
    store.close()


def make_resident(name: str = "马玉兰", id_number: str = "640423195001011234", **extra: object) -> Resident:
    values: dict[str, object] = {
        "name": name,
        "id_number": id_number,
        "sex": "F",
        "birth_date": date(1950, 1, 1),
        "village_code": VILLAGE,
        "hukou_division": "640423",
    }
    values.update(extra)
    return Resident(**values)
