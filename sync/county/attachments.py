"""Scans and other attachments as the desks upload them: content-addressed, in resumable chunks, per village.

A file is named by its SHA-256. The desk asks how much the county holds (HEAD) and sends the rest in chunks
(PUT with ``Content-Range``); a chunk must start where the held part ends, so a link cut mid-file costs at
most the chunk in flight (SYNC.md 8). The whole file is hashed before it is kept; a file that does not match
its name is thrown away. Files live under the village's own folder: asking about another village's file
says nothing about it.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import defaultdict
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from core.problems import Problem, error, problem_codes

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CHUNK_BYTES = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")
_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")


@problem_codes
class UploadProblem(StrEnum):
    BAD_NAME = "upload.bad_name"  # not a SHA-256 in hex
    BAD_RANGE = "upload.bad_range"  # no usable Content-Range
    WRONG_OFFSET = "upload.wrong_offset"  # the chunk does not start where the held part ends
    TOO_BIG = "upload.too_big"
    HASH_MISMATCH = "upload.hash_mismatch"  # the whole file is not what its name says


class UploadRefusedError(Exception):
    def __init__(self, status: int, problem: Problem, received: int) -> None:
        super().__init__(problem.code)
        self.status = status
        self.problem = problem
        self.received = received


class Village(Protocol):
    @property
    def county_code(self) -> str: ...

    @property
    def village_code(self) -> str: ...


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        # one upload of a file at a time: the offset check and the append must not interleave (a desk that
        # timed out may retry while its first request is still being read)
        self._locks: defaultdict[Path, threading.Lock] = defaultdict(threading.Lock)
        self._guard = threading.Lock()

    def received(self, village: Village, sha256: str) -> int:
        """Bytes held of this file: its size when complete, the part uploaded so far, or 0."""
        done, part = self._paths(village, sha256)
        if done.exists():
            return done.stat().st_size
        return part.stat().st_size if part.exists() else 0

    def write(self, village: Village, sha256: str, content_range: str, chunk: bytes) -> int:
        """Append ``chunk`` at the offset ``content_range`` names; returns the bytes now held."""
        done, part = self._paths(village, sha256)
        with self._guard:
            lock = self._locks[done]
        with lock:
            return self._write(done, part, sha256, content_range, chunk)

    def _write(self, done: Path, part: Path, sha256: str, content_range: str, chunk: bytes) -> int:
        if done.exists():
            return done.stat().st_size  # a known file: nothing to do
        held = part.stat().st_size if part.exists() else 0
        match = _RANGE.fullmatch(content_range.strip())
        if match is None:
            raise UploadRefusedError(400, error(UploadProblem.BAD_RANGE), held)
        start, end, total = (int(g) for g in match.groups())
        if end - start + 1 != len(chunk) or end >= total or len(chunk) > MAX_CHUNK_BYTES:
            raise UploadRefusedError(400, error(UploadProblem.BAD_RANGE), held)
        if total > MAX_FILE_BYTES:
            raise UploadRefusedError(413, error(UploadProblem.TOO_BIG, limit=MAX_FILE_BYTES), held)
        if start != held:
            raise UploadRefusedError(409, error(UploadProblem.WRONG_OFFSET, held=held), held)
        part.parent.mkdir(parents=True, exist_ok=True)
        with part.open("ab") as out:
            out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        held += len(chunk)
        if held < total:
            return held
        digest = hashlib.sha256()
        with part.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != sha256:
            part.unlink()
            raise UploadRefusedError(422, error(UploadProblem.HASH_MISMATCH), 0)
        done.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, done)
        return held

    def _paths(self, village: Village, sha256: str) -> tuple[Path, Path]:
        if _SHA256.fullmatch(sha256) is None:
            raise UploadRefusedError(400, error(UploadProblem.BAD_NAME), 0)
        folder = self.root / village.county_code / village.village_code
        return folder / sha256[:2] / sha256, folder / "partial" / f"{sha256}.part"
