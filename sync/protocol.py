"""The wire format between the village desk and the county server: versioned, pure data.

Every request and response body is one JSON object, compressed with zstd (``Content-Encoding: zstd``);
small JSON batches shrink three to five times (SYNC.md 18). Nothing here opens a socket or a database:
the desk's client, the county server and the tests all build and check the same messages with it.

One sync is: ``hello`` (one small request: the server says whether anything is new, and a session id that
supersedes any stale sync of the same device, SYNC.md 19), then ``push`` batches of at most
:data:`MAX_PUSH` outbox mutations in the device's seq order, then ``pull`` pages from an opaque server
cursor (never a clock, SYNC.md 10 and 17), each page at most :data:`MAX_PULL` records or
:data:`MAX_PULL_BYTES`. Attachments go separately, by their SHA-256, in resumable chunks (SYNC.md 8).

A mutation is identified by its ``mutation_id``; its :func:`payload_hash` covers what it changes, so the
server can tell a replay (same hash: the first answer again, no side effects) from a different mutation
reusing an id (refused as a mismatch, SYNC.md 3).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import zstandard

from core.problems import Problem, Severity, error, problem_codes

PROTOCOL_VERSION = 1
MAX_PUSH = 200  # mutations per push request: round trips for N cases <= 1 + ceil(N / 200)
MAX_PULL = 500  # records per pull page
MAX_PULL_BYTES = 256 * 1024  # uncompressed JSON of one page's records
CHUNK_BYTES = 256 * 1024  # attachment upload chunk
MAX_BODY_BYTES = 16 * 1024 * 1024  # decompressed; a bigger body is refused before it is parsed
CONTENT_ENCODING = "zstd"
CONTENT_TYPE = "application/json"
OPERATIONS = ("create", "update", "delete")

# Endpoints, relative to the server's base URL. Every one but REGISTER needs the device's bearer token.
REGISTER = "/v1/devices/register"  # POST {"code", "name"} -> {"device_id", "token", "village"}
HELLO = "/v1/sync/hello"  # POST Hello -> Welcome
PUSH = "/v1/sync/push"  # POST PushRequest -> PushResponse
PULL = "/v1/sync/pull"  # POST PullRequest -> PullResponse; 410 when the cursor is unknown or expired
ATTACHMENT = "/v1/attachments/{sha256}"  # HEAD: bytes held (X-Received); PUT a chunk with Content-Range
SESSION_HEADER = "X-Sync-Session"
# The county's decisions on cases travel as records of their own type, which only the county makes.
CASE_DECISIONS = "case_decisions"
DECISIONS = ("accepted", "returned", "approved", "rejected")
# A one-time registration code: no 0/O or 1/I/L, so one read aloud over the phone or copied from paper
# stays unambiguous; shown in groups of four (K7QM-2XPA-9D4F), typed in any case, with or without dashes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12
RECEIVED_HEADER = "X-Received"
_ZSTD_LEVEL = 6


@problem_codes
class ProtocolProblem(StrEnum):
    BAD_JSON = "protocol.bad_json"
    TOO_BIG = "protocol.too_big"
    BAD_VERSION = "protocol.bad_version"
    MISSING = "protocol.missing"
    BAD_VALUE = "protocol.bad_value"
    TOO_MANY = "protocol.too_many"


@problem_codes
class SyncProblem(StrEnum):
    """What the county says when it refuses a sync request (the body is ``{"problem": ...}``)."""

    REFUSED = "sync.refused"  # a refusal whose reason this desk does not know (an older desk, a newer server)
    UNREADABLE = "sync.unreadable"  # an answer that is not what the protocol says
    SESSION_SUPERSEDED = "sync.session_superseded"  # a newer sync of the same desk started
    CURSOR_EXPIRED = "sync.cursor_expired"  # pull again from the start
    MUTATION_MISMATCH = "sync.mutation_mismatch"  # a known mutation id with another payload
    CURSOR_FORMAT = "sync.cursor_format"  # not a cursor this server issued


class ProtocolError(ValueError):
    """A message that is not what the protocol says; ``problem`` names the field and what is wrong."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.code}: {problem.params}")
        self.problem = problem


class PushStatus(StrEnum):
    APPLIED = "applied"  # committed; ``version`` is the record's new server version
    MISMATCH = "mismatch"  # the id is known with another payload: refused (HTTP 409's meaning), logged
    CONFLICT = "conflict"  # committed with a field another desk changed too: kept for county review
    HELD = "held"  # waits for an earlier mutation of the same record (sent again later is fine)
    REJECTED = "rejected"  # invalid or not the desk's to change: the desk quarantines it; ``problem`` says why


# Results after which the desk may forget the outbox entry (the server has it, durably).
# A replay of a mutation gets the first answer again, whatever it was.
SETTLED = frozenset({PushStatus.APPLIED, PushStatus.CONFLICT, PushStatus.HELD})


# --- bodies -----------------------------------------------------------------------------------------


def encode_body(message: Mapping[str, Any]) -> bytes:
    """A message as a request or response body: compact JSON, zstd-compressed."""
    text = json.dumps(message, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return zstandard.ZstdCompressor(level=_ZSTD_LEVEL).compress(text.encode("utf-8"))


def decode_body(data: bytes, content_encoding: str | None = CONTENT_ENCODING) -> dict[str, Any]:
    """A body back into its message; refuses bodies that are not one JSON object or that grow too big."""
    if content_encoding == CONTENT_ENCODING:
        try:
            with zstandard.ZstdDecompressor().stream_reader(data) as reader:
                raw = reader.read(MAX_BODY_BYTES + 1)
        except zstandard.ZstdError as exc:
            raise ProtocolError(error(ProtocolProblem.BAD_JSON, detail=str(exc)[:200])) from exc
    elif content_encoding in (None, "", "identity"):
        raw = data
    else:
        raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="content-encoding", value=content_encoding))
    if len(raw) > MAX_BODY_BYTES:
        raise ProtocolError(error(ProtocolProblem.TOO_BIG, limit=MAX_BODY_BYTES))
    try:
        message = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(error(ProtocolProblem.BAD_JSON, detail=str(exc)[:200])) from exc
    if not isinstance(message, dict):
        raise ProtocolError(error(ProtocolProblem.BAD_JSON, detail="not an object"))
    return message


def normalize_code(typed: str) -> str:
    """A registration code as typed, as the county compares it: full-width forms folded, case, dashes and
    spaces ignored."""
    folded = unicodedata.normalize("NFKC", typed).upper()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "-_")


def looks_like_code(typed: str) -> bool:
    code = normalize_code(typed)
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)


def canonical(value: Any) -> bytes:
    """The bytes hashed for idempotency: sorted keys, no spaces, UTF-8 (the desk's canonical JSON)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


# --- reading fields ---------------------------------------------------------------------------------


def _get(message: Mapping[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    if name not in message:
        raise ProtocolError(error(ProtocolProblem.MISSING, field=name))
    value = message[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field=name, value=repr(value)[:80]))
    return value


def _uuid(message: Mapping[str, Any], name: str) -> uuid.UUID:
    text = _get(message, name, str)
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field=name, value=text[:80])) from exc


def _optional(message: Mapping[str, Any], name: str, kind: type) -> Any:
    value = message.get(name)
    if value is not None and not isinstance(value, kind):
        raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field=name, value=repr(value)[:80]))
    return value


def _version(message: Mapping[str, Any]) -> None:
    if _get(message, "protocol", int) != PROTOCOL_VERSION:
        raise ProtocolError(error(ProtocolProblem.BAD_VERSION, expected=PROTOCOL_VERSION, got=message["protocol"]))


# --- hello ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hello:
    """The first request of a sync: what the desk has, so that a sync with nothing new is this one request."""

    pending: int  # outbox entries waiting
    cursor: str | None  # the last pull cursor the desk committed (None: never pulled)
    references: Mapping[str, str]  # reference dataset name -> content hash the desk holds
    missing_attachments: int = 0  # scans queued but not uploaded

    def to_json(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "pending": self.pending, "cursor": self.cursor,
                "references": dict(self.references), "missing_attachments": self.missing_attachments}  # fmt: skip

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> Hello:
        _version(message)
        references = _get(message, "references", dict)
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in references.items()):
            raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="references", value="not names and hashes"))
        return cls(
            pending=_get(message, "pending", int),
            cursor=_optional(message, "cursor", str),
            references=references,
            missing_attachments=int(_optional(message, "missing_attachments", int) or 0),
        )


@dataclass(frozen=True)
class Welcome:
    """The server's answer to :class:`Hello`. ``server_time`` is for the desk's clock warning only."""

    session: str  # carried by every later request of this sync; a newer hello supersedes it
    server_time: str  # ISO 8601, UTC
    more_to_pull: bool  # changes after the desk's cursor exist
    references_changed: tuple[str, ...]  # datasets whose hash differs from the desk's
    cursor_expired: bool = False  # the desk's cursor is unknown or too old: pull again from the start

    def to_json(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "session": self.session, "server_time": self.server_time,
                "more_to_pull": self.more_to_pull, "references_changed": list(self.references_changed),
                "cursor_expired": self.cursor_expired}  # fmt: skip

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> Welcome:
        _version(message)
        return cls(
            session=_get(message, "session", str),
            server_time=_get(message, "server_time", str),
            more_to_pull=_get(message, "more_to_pull", bool),
            references_changed=tuple(str(n) for n in _get(message, "references_changed", list)),
            cursor_expired=bool(_optional(message, "cursor_expired", bool)),
        )


# --- push -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mutation:
    """One outbox entry on the wire. ``created_at`` is the desk's wall time, for people to read only: no
    decision on the server uses it (SYNC.md 17)."""

    mutation_id: uuid.UUID
    seq: int  # the device's own order
    entity_type: str
    entity_uuid: uuid.UUID
    operation: str  # create | update | delete
    base_version: int
    new_version: int
    fields: Mapping[str, Any]
    created_at: str
    # The seq of this device's previous mutation of the same record, if that one was not yet acknowledged
    # when this one was made: then ``base_version`` continues the desk's own offline chain and the server
    # holds this mutation until that one arrives. None: ``base_version`` is a server version the desk saw.
    after: int | None = None

    def payload_hash(self) -> str:
        return payload_hash(self.entity_type, self.entity_uuid, self.operation, self.base_version, self.fields)

    def to_json(self) -> dict[str, Any]:
        return {"mutation_id": str(self.mutation_id), "seq": self.seq, "entity_type": self.entity_type,
                "entity_uuid": str(self.entity_uuid), "operation": self.operation,
                "base_version": self.base_version, "new_version": self.new_version, "fields": dict(self.fields),
                "created_at": self.created_at, "after": self.after}  # fmt: skip

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> Mutation:
        operation = _get(message, "operation", str)
        if operation not in OPERATIONS:
            raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="operation", value=operation[:20]))
        base, new = _get(message, "base_version", int), _get(message, "new_version", int)
        if base < 0 or new < base or (new == base and operation != "delete"):  # a delete keeps the last version
            raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="new_version", value=f"{base}->{new}"))
        seq, after = _get(message, "seq", int), _optional(message, "after", int)
        if after is not None and not 0 < after < seq:
            raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="after", value=f"{after} (seq {seq})"))
        return cls(
            mutation_id=_uuid(message, "mutation_id"),
            seq=seq,
            entity_type=_get(message, "entity_type", str),
            entity_uuid=_uuid(message, "entity_uuid"),
            operation=operation,
            base_version=base,
            new_version=new,
            fields=_get(message, "fields", dict),
            created_at=_get(message, "created_at", str),
            after=after,
        )


def payload_hash(entity_type: str, entity_uuid: uuid.UUID, operation: str, base_version: int,
                 fields: Mapping[str, Any]) -> str:  # fmt: skip
    """What a mutation changes, hashed: a replay has the same hash, another mutation reusing the id does not."""
    body = {"entity_type": entity_type, "entity_uuid": str(entity_uuid), "operation": operation,
            "base_version": base_version, "fields": dict(fields)}  # fmt: skip
    return hashlib.sha256(canonical(body)).hexdigest()


@dataclass(frozen=True)
class PushRequest:
    session: str
    mutations: tuple[Mutation, ...]

    def to_json(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "session": self.session,
                "mutations": [m.to_json() for m in self.mutations]}  # fmt: skip

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> PushRequest:
        _version(message)
        raw = _get(message, "mutations", list)
        if len(raw) > MAX_PUSH:
            raise ProtocolError(error(ProtocolProblem.TOO_MANY, field="mutations", limit=MAX_PUSH))
        mutations = tuple(Mutation.from_json(_object(m, "mutations")) for m in raw)
        seqs = [m.seq for m in mutations]
        if seqs != sorted(seqs) or len(set(seqs)) != len(seqs):
            raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="mutations", value="not in seq order"))
        return cls(session=_get(message, "session", str), mutations=mutations)


@dataclass(frozen=True)
class PushResult:
    mutation_id: uuid.UUID
    status: PushStatus
    version: int | None = None  # the record's server version after an applied mutation
    problem: Problem | None = None  # why a mutation was rejected or mismatched, or what conflicted

    @property
    def settled(self) -> bool:
        return self.status in SETTLED

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"mutation_id": str(self.mutation_id), "status": str(self.status)}
        if self.version is not None:
            out["version"] = self.version
        if self.problem is not None:
            out["problem"] = self.problem.to_json()
        return out

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> PushResult:
        status = _get(message, "status", str)
        if status not in PushStatus.__members__.values():
            raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="status", value=status[:20]))
        problem = _optional(message, "problem", dict)
        return cls(
            mutation_id=_uuid(message, "mutation_id"),
            status=PushStatus(status),
            version=_optional(message, "version", int),
            problem=_problem(problem) if problem is not None else None,
        )


@dataclass(frozen=True)
class PushResponse:
    results: tuple[PushResult, ...]

    def to_json(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "results": [r.to_json() for r in self.results]}

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> PushResponse:
        _version(message)
        return cls(tuple(PushResult.from_json(_object(r, "results")) for r in _get(message, "results", list)))


# --- pull -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PullRequest:
    session: str
    cursor: str | None
    limit: int = MAX_PULL

    def to_json(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "session": self.session, "cursor": self.cursor, "limit": self.limit}

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> PullRequest:
        _version(message)
        limit = _get(message, "limit", int)
        if not 1 <= limit <= MAX_PULL:
            raise ProtocolError(error(ProtocolProblem.TOO_MANY, field="limit", limit=MAX_PULL))
        return cls(session=_get(message, "session", str), cursor=_optional(message, "cursor", str), limit=limit)


@dataclass(frozen=True)
class Change:
    """A record as the county holds it now, at ``version``; the desk upserts it by (uuid, version)."""

    entity_type: str
    entity_uuid: uuid.UUID
    version: int
    fields: Mapping[str, Any]
    deleted: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"entity_type": self.entity_type, "entity_uuid": str(self.entity_uuid), "version": self.version,
                "fields": dict(self.fields), "deleted": self.deleted}  # fmt: skip

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> Change:
        return cls(
            entity_type=_get(message, "entity_type", str),
            entity_uuid=_uuid(message, "entity_uuid"),
            version=_get(message, "version", int),
            fields=_get(message, "fields", dict),
            deleted=bool(_optional(message, "deleted", bool)),
        )


@dataclass(frozen=True)
class DatasetCheck:
    """How many records of a type the desk should hold after the last page, and an order-independent hash
    of their (uuid, version) pairs (:func:`dataset_hash`): a mismatch means resync that type, not wipe."""

    count: int
    digest: str

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "digest": self.digest}


def dataset_hash(pairs: Sequence[tuple[uuid.UUID, int]] | set[tuple[uuid.UUID, int]]) -> str:
    """XOR of each (uuid, version)'s SHA-256: the same set in any order gives the same digest, and the
    server can keep it up to date record by record."""
    total = 0
    for record_uuid, version in pairs:
        total ^= pair_digest(record_uuid, version)
    return f"{total:064x}"


def pair_digest(record_uuid: uuid.UUID, version: int) -> int:
    """One (uuid, version)'s share of :func:`dataset_hash`."""
    return int.from_bytes(hashlib.sha256(f"{record_uuid}:{version}".encode()).digest(), "big")


@dataclass(frozen=True)
class PullResponse:
    changes: tuple[Change, ...]
    cursor: str  # opaque: the desk stores it with the page, in one transaction, and sends it back
    more: bool
    checks: Mapping[str, DatasetCheck] = field(default_factory=dict)  # on the last page only

    def to_json(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "changes": [c.to_json() for c in self.changes], "cursor": self.cursor,
                "more": self.more, "checks": {k: v.to_json() for k, v in self.checks.items()}}  # fmt: skip

    @classmethod
    def from_json(cls, message: Mapping[str, Any]) -> PullResponse:
        _version(message)
        checks = {
            str(name): DatasetCheck(_get(_object(c, "checks"), "count", int), _get(_object(c, "checks"), "digest", str))
            for name, c in _get(message, "checks", dict).items()
        }
        return cls(
            changes=tuple(Change.from_json(_object(c, "changes")) for c in _get(message, "changes", list)),
            cursor=_get(message, "cursor", str),
            more=_get(message, "more", bool),
            checks=checks,
        )


# --- helpers ----------------------------------------------------------------------------------------


def _object(value: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field=name, value=repr(value)[:80]))
    return value


def _problem(message: Mapping[str, Any]) -> Problem:
    """A problem as ``Problem.to_json`` wrote it."""
    severity = _optional(message, "severity", str) or Severity.ERROR
    if severity not in Severity.__members__.values():
        raise ProtocolError(error(ProtocolProblem.BAD_VALUE, field="severity", value=severity[:20]))
    params = _optional(message, "params", dict) or {}
    return Problem(_get(message, "code", str), Severity(severity), _optional(message, "field", str), params)
