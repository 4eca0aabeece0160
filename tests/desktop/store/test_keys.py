from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.store.keys import KeySlots, attachment_key, attachment_name_key
from desktop.store.problems import KeyProblem, StoreError
from tests.desktop.store.conftest import FAST_KDF, MemoryKeyring


@pytest.fixture
def slots_and_key(tmp_path: Path) -> tuple[KeySlots, bytes]:
    return KeySlots.create(tmp_path / "keyslots.json", "amina", "first password", FAST_KDF)


def _code(call: object) -> str:
    with pytest.raises(StoreError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code


def test_the_password_unwraps_the_random_data_key(slots_and_key: tuple[KeySlots, bytes]) -> None:
    slots, data_key = slots_and_key
    assert len(data_key) == 32
    assert KeySlots.load(slots.path).unlock("amina", "first password") == data_key


def test_wrong_password_and_unknown_user_are_refused(slots_and_key: tuple[KeySlots, bytes]) -> None:
    slots, _ = slots_and_key
    assert _code(lambda: slots.unlock("amina", "guess")) == KeyProblem.WRONG_PASSWORD
    assert _code(lambda: slots.unlock("nobody", "first password")) == KeyProblem.UNKNOWN_USER


def test_kdf_parameters_and_a_salt_are_stored_per_slot(slots_and_key: tuple[KeySlots, bytes]) -> None:
    slots, data_key = slots_and_key
    slots.add_user(data_key, "fatima", "first password", FAST_KDF)
    doc = json.loads(slots.path.read_text())
    kdfs = [doc["slots"][f"user:{name}"]["kdf"] for name in ("amina", "fatima")]
    assert all(k["name"] == "argon2id" and (k["t"], k["m"], k["p"]) == (1, 1024, 1) for k in kdfs)
    assert kdfs[0]["salt"] != kdfs[1]["salt"]


def test_changing_a_password_rewraps_only_that_slot(slots_and_key: tuple[KeySlots, bytes]) -> None:
    slots, data_key = slots_and_key
    slots.add_user(data_key, "fatima", "her password", FAST_KDF)
    before = json.loads(slots.path.read_text())["slots"]
    slots.change_password("amina", "first password", "second password")
    after = json.loads(slots.path.read_text())["slots"]
    assert after["user:fatima"] == before["user:fatima"]
    assert after["user:amina"] != before["user:amina"]
    reloaded = KeySlots.load(slots.path)
    assert reloaded.unlock("amina", "second password") == data_key
    assert _code(lambda: reloaded.unlock("amina", "first password")) == KeyProblem.WRONG_PASSWORD


def test_adding_an_existing_user_is_refused(slots_and_key: tuple[KeySlots, bytes]) -> None:
    slots, data_key = slots_and_key
    assert _code(lambda: slots.add_user(data_key, "amina", "x", FAST_KDF)) == KeyProblem.USER_EXISTS


def test_a_removed_user_can_no_longer_unlock_but_the_last_slot_stays(
    slots_and_key: tuple[KeySlots, bytes],
) -> None:
    slots, data_key = slots_and_key
    slots.add_user(data_key, "fatima", "her password", FAST_KDF)
    slots.remove_user("fatima")
    assert KeySlots.load(slots.path).usernames() == ["amina"]
    assert _code(lambda: slots.unlock("fatima", "her password")) == KeyProblem.UNKNOWN_USER
    assert _code(lambda: slots.remove_user("amina")) == KeyProblem.LAST_SLOT


def test_a_slot_copied_under_another_name_does_not_open(slots_and_key: tuple[KeySlots, bytes]) -> None:
    slots, data_key = slots_and_key
    slots.add_user(data_key, "fatima", "her password", FAST_KDF)
    doc = json.loads(slots.path.read_text())
    doc["slots"]["user:fatima"] = doc["slots"]["user:amina"]
    slots.path.write_text(json.dumps(doc))
    assert _code(lambda: KeySlots.load(slots.path).unlock("fatima", "first password")) == KeyProblem.WRONG_PASSWORD


def test_saving_leaves_no_temporary_files(slots_and_key: tuple[KeySlots, bytes]) -> None:
    slots, data_key = slots_and_key
    slots.add_user(data_key, "fatima", "p", FAST_KDF)
    assert [p.name for p in slots.path.parent.iterdir()] == ["keyslots.json"]


def test_missing_and_damaged_slot_files_have_their_own_codes(tmp_path: Path) -> None:
    path = tmp_path / "keyslots.json"
    assert _code(lambda: KeySlots.load(path)) == KeyProblem.SLOTS_MISSING
    path.write_text("{not json")
    assert _code(lambda: KeySlots.load(path)) == KeyProblem.SLOTS_DAMAGED


def test_device_slot_keeps_its_secret_in_the_keyring(
    slots_and_key: tuple[KeySlots, bytes], memory_keyring: MemoryKeyring
) -> None:
    slots, data_key = slots_and_key
    assert _code(slots.unlock_device) == KeyProblem.DEVICE_SLOT_OFF
    slots.enable_device(data_key)
    assert KeySlots.load(slots.path).unlock_device() == data_key
    secret = next(iter(memory_keyring.secrets.values()))
    assert secret not in slots.path.read_text()
    slots.disable_device()
    assert memory_keyring.secrets == {}
    assert _code(KeySlots.load(slots.path).unlock_device) == KeyProblem.DEVICE_SLOT_OFF


def test_device_slot_without_its_keyring_secret_is_refused(
    slots_and_key: tuple[KeySlots, bytes], memory_keyring: MemoryKeyring
) -> None:
    slots, data_key = slots_and_key
    slots.enable_device(data_key)
    memory_keyring.secrets.clear()
    assert _code(slots.unlock_device) == KeyProblem.DEVICE_SECRET_MISSING


def test_attachment_subkeys_are_distinct_from_the_data_key(slots_and_key: tuple[KeySlots, bytes]) -> None:
    _, data_key = slots_and_key
    keys = {data_key, attachment_key(data_key), attachment_name_key(data_key)}
    assert len(keys) == 3
    assert attachment_key(data_key) == attachment_key(data_key)
