"""Encrypted, content-addressed attachment files (scans and photos of case documents).

An attachment is named by the SHA-256 of its plaintext - the same scan stored twice is one file and
sync can ask "do you have this hash?" - but the file name on disk is an HMAC of that hash, so the
directory listing does not reveal which documents are here. Contents are AES-256-GCM encrypted with a
subkey of the data key, the file name bound in as associated data so files cannot be swapped.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.files import atomic_write
from desktop.store.keys import attachment_key, attachment_name_key
from desktop.store.problems import AttachmentProblem, StoreError

MAGIC = b"CBA1"
NONCE_BYTES = 12
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class AttachmentStore:
    def __init__(self, root: Path, data_key: bytes) -> None:
        self.root = root
        self._cipher = AESGCM(attachment_key(data_key))
        self._name_key = attachment_name_key(data_key)

    def put(self, data: bytes) -> str:
        """Store ``data`` (once, however often it is put) and return its SHA-256 hex digest."""
        sha = hashlib.sha256(data).hexdigest()
        path = self._path(sha)
        if not path.exists():
            nonce = os.urandom(NONCE_BYTES)
            atomic_write(path, MAGIC + nonce + self._cipher.encrypt(nonce, data, path.name.encode("ascii")))
        return sha

    def get(self, sha: str) -> bytes:
        """The plaintext, checked against its hash; :class:`StoreError` if missing or damaged."""
        path = self._path(sha)
        try:
            blob = path.read_bytes()
        except FileNotFoundError as exc:
            raise StoreError.of(AttachmentProblem.MISSING, sha=sha) from exc
        if not blob.startswith(MAGIC):
            raise StoreError.of(AttachmentProblem.DAMAGED, sha=sha)
        nonce, sealed = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES], blob[len(MAGIC) + NONCE_BYTES :]
        try:
            data = self._cipher.decrypt(nonce, sealed, path.name.encode("ascii"))
        except InvalidTag as exc:
            raise StoreError.of(AttachmentProblem.DAMAGED, sha=sha) from exc
        if hashlib.sha256(data).hexdigest() != sha:
            raise StoreError.of(AttachmentProblem.DAMAGED, sha=sha)
        return data

    def exists(self, sha: str) -> bool:
        return self._path(sha).exists()

    def delete(self, sha: str) -> bool:
        """Remove the file; False if it was not there."""
        path = self._path(sha)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True

    def _path(self, sha: str) -> Path:
        if not _SHA256_HEX.match(sha):
            raise StoreError.of(AttachmentProblem.BAD_HASH, sha=sha)
        name = hmac.new(self._name_key, sha.encode("ascii"), hashlib.sha256).hexdigest()
        return self.root / name[:2] / name
