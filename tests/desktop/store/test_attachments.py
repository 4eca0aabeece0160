from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.store.attachments import AttachmentStore
from desktop.store.problems import AttachmentProblem, StoreError

SCAN = b"%PDF-1.4 \xe9\xa9\xac\xe7\x8e\x89\xe5\x85\xb0 640423195001011234" * 50


@pytest.fixture
def attachments(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "attachments", os.urandom(32))


def _files(store: AttachmentStore) -> list[Path]:
    return [p for p in store.root.rglob("*") if p.is_file()]


def test_put_returns_the_plaintext_hash_and_get_gives_the_bytes_back(attachments: AttachmentStore) -> None:
    sha = attachments.put(SCAN)
    assert sha == hashlib.sha256(SCAN).hexdigest()
    assert attachments.exists(sha)
    assert attachments.get(sha) == SCAN


def test_putting_the_same_bytes_twice_keeps_one_file(attachments: AttachmentStore) -> None:
    attachments.put(SCAN)
    first = _files(attachments)[0].read_bytes()
    attachments.put(SCAN)
    assert len(_files(attachments)) == 1
    assert _files(attachments)[0].read_bytes() == first


def test_files_are_encrypted_and_named_without_the_plain_hash(attachments: AttachmentStore) -> None:
    sha = attachments.put(SCAN)
    (path,) = _files(attachments)
    assert sha not in str(path)
    assert b"640423195001011234" not in path.read_bytes()
    assert "马玉兰".encode() not in path.read_bytes()


def test_a_damaged_file_is_detected(attachments: AttachmentStore) -> None:
    sha = attachments.put(SCAN)
    (path,) = _files(attachments)
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        attachments.get(sha)
    assert caught.value.code == AttachmentProblem.DAMAGED


def test_another_key_cannot_read_or_even_find_the_file(attachments: AttachmentStore) -> None:
    sha = attachments.put(SCAN)
    stranger = AttachmentStore(attachments.root, os.urandom(32))
    assert not stranger.exists(sha)


def test_delete_missing_and_malformed_hashes(attachments: AttachmentStore) -> None:
    sha = attachments.put(SCAN)
    assert attachments.delete(sha)
    assert not attachments.delete(sha)
    with pytest.raises(StoreError) as missing:
        attachments.get(sha)
    assert missing.value.code == AttachmentProblem.MISSING
    with pytest.raises(StoreError) as bad:
        attachments.get("../../etc/passwd")
    assert bad.value.code == AttachmentProblem.BAD_HASH
