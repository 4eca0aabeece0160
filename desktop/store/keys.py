"""The key hierarchy: one random data key for the database, wrapped once per assistant.

Each assistant's slot holds the data key encrypted with AES-256-GCM under a key derived from the
password with argon2id, so changing a password re-wraps one slot and never re-encrypts the database.
An optional device slot keeps its secret in the operating system's credential store (keyring) for
unattended work such as a scheduled sync. Attachments use subkeys derived from the data key (HKDF).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.store.files import atomic_write
from desktop.store.problems import KeyProblem, StoreError

FORMAT = "cunbao-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
KEYRING_SERVICE = "cunbao"
DEVICE_SLOT = "device"


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost: ``time_cost`` passes over ``memory_kib`` KiB with ``parallelism`` lanes."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2


DEFAULT_KDF = KdfParams()


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def derive_subkey(data_key: bytes, purpose: str) -> bytes:
    """A 32-byte key for one purpose (HKDF-SHA256), so no two uses share key material."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=f"cunbao/{purpose}/v1".encode()
    ).derive(data_key)


def attachment_key(data_key: bytes) -> bytes:
    return derive_subkey(data_key, "attachments/encrypt")


def attachment_name_key(data_key: bytes) -> bytes:
    return derive_subkey(data_key, "attachments/name")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _password_bytes(password: str) -> bytes:
    # the same password typed through different input methods may differ only in Unicode normalization
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        _password_bytes(password),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


class KeySlots:
    """The key-slot file beside a database: who may unwrap its data key, and how."""

    def __init__(self, path: Path, database_id: str, slots: dict[str, dict[str, Any]]) -> None:
        self.path = path
        self.database_id = database_id
        self._slots = slots

    # --- the file -----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, username: str, password: str, params: KdfParams = DEFAULT_KDF
    ) -> tuple[KeySlots, bytes]:
        """A new slot file with one assistant, and the new data key it protects."""
        data_key = new_data_key()
        slots = cls(path, str(uuid.uuid4()), {})
        slots._put_password_slot(data_key, username, password, params)
        slots.save()
        return slots, data_key

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise StoreError.of(KeyProblem.SLOTS_MISSING, path=str(path)) from exc
        try:
            doc = json.loads(raw)
            if (
                doc["format"] != FORMAT
                or doc["version"] != FORMAT_VERSION
                or not isinstance(doc["slots"], dict)
            ):
                raise ValueError("not a key-slot file")
            return cls(path, str(doc["database_id"]), dict(doc["slots"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError.of(KeyProblem.SLOTS_DAMAGED, path=str(path)) from exc

    def save(self, path: Path | None = None) -> None:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "database_id": self.database_id,
            "slots": self._slots,
        }
        atomic_write(path or self.path, json.dumps(doc, indent=1, sort_keys=True).encode("utf-8"))

    # --- assistants ---------------------------------------------------------------------------

    def usernames(self) -> list[str]:
        return sorted(name.removeprefix("user:") for name in self._slots if name.startswith("user:"))

    def unlock(self, username: str, password: str) -> bytes:
        """The data key, if ``password`` is this assistant's; otherwise :class:`StoreError`."""
        slot = self._user_slot(username)
        kdf = slot["kdf"]
        params = KdfParams(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
        wrapping = _derive(password, _unb64(kdf["salt"]), params)
        try:
            return self._unwrap(wrapping, slot, _user(username))
        except InvalidTag as exc:
            raise StoreError.of(KeyProblem.WRONG_PASSWORD, username=username) from exc

    def add_user(
        self, data_key: bytes, username: str, password: str, params: KdfParams = DEFAULT_KDF
    ) -> None:
        if _user(username) in self._slots:
            raise StoreError.of(KeyProblem.USER_EXISTS, username=username)
        self._put_password_slot(data_key, username, password, params)
        self.save()

    def change_password(
        self, username: str, old_password: str, new_password: str, params: KdfParams | None = None
    ) -> None:
        """Re-wrap only this assistant's slot; the database and the other slots stay as they are."""
        data_key = self.unlock(username, old_password)
        self.reset_password(data_key, username, new_password, params)

    def reset_password(
        self, data_key: bytes, username: str, new_password: str, params: KdfParams | None = None
    ) -> None:
        """Set a new password for an existing assistant (a supervisor's reset, with the data key open)."""
        old = self._user_slot(username)["kdf"]
        self._put_password_slot(
            data_key, username, new_password, params or KdfParams(int(old["t"]), int(old["m"]), int(old["p"]))
        )
        self.save()

    def remove_user(self, username: str) -> None:
        self._user_slot(username)
        if len(self.usernames()) == 1:
            raise StoreError.of(KeyProblem.LAST_SLOT, username=username)
        del self._slots[_user(username)]
        self.save()

    # --- the device slot ------------------------------------------------------------------------

    @property
    def device_enabled(self) -> bool:
        return DEVICE_SLOT in self._slots

    def enable_device(self, data_key: bytes) -> None:
        """Wrap the data key under a new random secret kept in the OS credential store."""
        secret = secrets.token_bytes(KEY_BYTES)
        try:
            keyring.set_password(KEYRING_SERVICE, self._keyring_name, _b64(secret))
        except keyring.errors.KeyringError as exc:
            raise StoreError.of(KeyProblem.KEYRING_UNAVAILABLE) from exc
        self._slots[DEVICE_SLOT] = {"kind": "device", **self._wrap(secret, data_key, DEVICE_SLOT)}
        self.save()

    def disable_device(self) -> None:
        self._slots.pop(DEVICE_SLOT, None)
        self.save()
        try:
            keyring.delete_password(KEYRING_SERVICE, self._keyring_name)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: the slot is what grants access, and it is removed
        except keyring.errors.KeyringError as exc:
            raise StoreError.of(KeyProblem.KEYRING_UNAVAILABLE) from exc

    def unlock_device(self) -> bytes:
        slot = self._slots.get(DEVICE_SLOT)
        if slot is None:
            raise StoreError.of(KeyProblem.DEVICE_SLOT_OFF)
        try:
            stored = keyring.get_password(KEYRING_SERVICE, self._keyring_name)
        except keyring.errors.KeyringError as exc:
            raise StoreError.of(KeyProblem.KEYRING_UNAVAILABLE) from exc
        if stored is None:
            raise StoreError.of(KeyProblem.DEVICE_SECRET_MISSING)
        try:
            return self._unwrap(_unb64(stored), slot, DEVICE_SLOT)
        except (InvalidTag, ValueError) as exc:
            raise StoreError.of(KeyProblem.DEVICE_SECRET_MISSING) from exc

    # --- internals ------------------------------------------------------------------------------

    @property
    def _keyring_name(self) -> str:
        return f"device-slot:{self.database_id}"

    def _user_slot(self, username: str) -> dict[str, Any]:
        slot = self._slots.get(_user(username))
        if slot is None:
            raise StoreError.of(KeyProblem.UNKNOWN_USER, username=username)
        return slot

    def _put_password_slot(self, data_key: bytes, username: str, password: str, params: KdfParams) -> None:
        salt = os.urandom(SALT_BYTES)
        wrapping = _derive(password, salt, params)
        kdf = {"name": "argon2id", "salt": _b64(salt), **_short(params)}
        self._slots[_user(username)] = {
            "kind": "password",
            "kdf": kdf,
            **self._wrap(wrapping, data_key, _user(username)),
        }

    def _aad(self, slot_name: str) -> bytes:
        # binds a wrapped key to this database and slot: a slot copied to another name does not open
        return f"{FORMAT}/{FORMAT_VERSION}/{self.database_id}/{slot_name}".encode()

    def _wrap(self, wrapping: bytes, data_key: bytes, slot_name: str) -> dict[str, str]:
        nonce = os.urandom(NONCE_BYTES)
        wrapped = AESGCM(wrapping).encrypt(nonce, data_key, self._aad(slot_name))
        return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}

    def _unwrap(self, wrapping: bytes, slot: dict[str, Any], slot_name: str) -> bytes:
        try:
            nonce, wrapped = _unb64(slot["nonce"]), _unb64(slot["wrapped"])
        except (KeyError, ValueError) as exc:
            raise StoreError.of(KeyProblem.SLOTS_DAMAGED, path=str(self.path)) from exc
        return AESGCM(wrapping).decrypt(nonce, wrapped, self._aad(slot_name))


def _user(username: str) -> str:
    return f"user:{username}"


def _short(params: KdfParams) -> dict[str, int]:
    full = asdict(params)
    return {"t": full["time_cost"], "m": full["memory_kib"], "p": full["parallelism"]}
