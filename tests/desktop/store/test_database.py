from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.store.audit import record_event
from desktop.store.database import Store
from desktop.store.layout import DATABASE_NAME, KEYSLOTS_NAME
from desktop.store.models import Assistant, AuditEvent, Resident
from desktop.store.problems import DatabaseProblem, KeyProblem, StoreError
from tests.desktop.store.conftest import FAST_KDF, VILLAGE, MemoryKeyring, make_resident

PASSWORD = "秘密-1"


def _code(call: object) -> str:
    with pytest.raises(StoreError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code


def test_create_writes_the_database_and_key_slots_and_the_first_assistant(store: Store) -> None:
    root = store.data_dir.root
    assert {p.name for p in root.iterdir()} >= {DATABASE_NAME, KEYSLOTS_NAME}
    assert store.village_code == VILLAGE
    with store.session("amina") as session:
        account = session.scalars(select(Assistant)).one()
    assert (account.username, account.role, account.active, account.created_by) == (
        "amina",
        "supervisor",
        True,
        "amina",
    )


def test_create_refuses_an_existing_data_directory(store: Store) -> None:
    root = store.data_dir.root
    assert _code(lambda: Store.create(root, "x", "y", "X", "assistant", VILLAGE, FAST_KDF)) == DatabaseProblem.EXISTS


def test_open_checks_the_password_and_keeps_the_data(store: Store) -> None:
    with store.session("amina") as session:
        session.add(make_resident())
    store.close()
    root = store.data_dir.root
    assert _code(lambda: Store.open(root, "amina", "wrong")) == KeyProblem.WRONG_PASSWORD
    reopened = Store.open(root, "amina", PASSWORD)
    with reopened.session("amina") as session:
        assert session.scalars(select(Resident.name)).all() == ["马玉兰"]
    assert not reopened.migration.upgraded
    reopened.close()


def test_a_session_rolls_back_when_its_block_fails(store: Store) -> None:
    def cancelled() -> None:
        with store.session("amina") as session:
            session.add(make_resident())
            session.flush()
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        cancelled()
    with store.session("amina") as session:
        assert session.scalars(select(Resident)).all() == []


def test_assistants_get_their_own_password_and_removal_locks_them_out(store: Store) -> None:
    root = store.data_dir.root
    store.add_assistant("amina", "fatima", "她的密码", "海法蒂玛", "assistant")
    store.close()
    fatima = Store.open(root, "fatima", "她的密码")
    with fatima.session("fatima") as session:
        session.add(make_resident())
    fatima.close()
    amina = Store.open(root, "amina", PASSWORD)
    amina.remove_assistant("amina", "fatima")
    amina.close()
    assert _code(lambda: Store.open(root, "fatima", "她的密码")) == KeyProblem.UNKNOWN_USER


def test_an_inactive_assistant_cannot_open_even_with_a_valid_slot(store: Store) -> None:
    store.add_assistant("amina", "fatima", "她的密码", "海法蒂玛", "assistant")
    with store.session("amina") as session:
        session.scalars(select(Assistant).where(Assistant.username == "fatima")).one().active = False
    store.close()
    assert _code(lambda: Store.open(store.data_dir.root, "fatima", "她的密码")) == KeyProblem.ASSISTANT_INACTIVE


def test_changing_a_password_never_rewrites_the_database(store: Store) -> None:
    store.close()
    database = store.data_dir.database
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    reopened = Store.open(store.data_dir.root, "amina", PASSWORD)
    reopened._slots.change_password("amina", PASSWORD, "新密码", FAST_KDF)
    reopened.close()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    Store.open(store.data_dir.root, "amina", "新密码").close()


def test_password_changes_are_recorded_in_the_audit_trail(store: Store) -> None:
    store.change_password("amina", PASSWORD, "新密码")
    with store.session("amina") as session:
        actions = session.scalars(select(AuditEvent.action)).all()
        record_event(session, "export", detail={"rows": 3})
    assert "password_changed" in actions
    assert store.verify_audit().ok


def test_unattended_open_uses_the_device_slot(store: Store, memory_keyring: MemoryKeyring) -> None:
    root = store.data_dir.root
    store.enable_device_slot("amina")
    store.close()
    unattended = Store.open_unattended(root)
    assert unattended.village_code == VILLAGE
    unattended.disable_device_slot("device")
    unattended.close()
    assert _code(lambda: Store.open_unattended(root)) == KeyProblem.DEVICE_SLOT_OFF


def test_a_missing_database_beside_its_key_slots_is_reported(store: Store, tmp_path: Path) -> None:
    store.close()
    store.data_dir.database.rename(tmp_path / "moved.db")
    assert _code(lambda: Store.open(store.data_dir.root, "amina", PASSWORD)) == DatabaseProblem.MISSING
