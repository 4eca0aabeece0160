"""Sync with the county server: register this desk once, then send its changes and take back the county's.

One sync at a time per desk (a lock file beside the database). A sync is: hello (one small request when
nothing is new), push the outbox in seq order in batches, forgetting an entry only once the county has
answered for it, then pull pages from the county's cursor, each page committed together with its cursor.
A change the county refuses is set aside in the outbox's quarantine, visible and never deleted by itself;
later changes of the same record wait behind it. A failing network is retried with backoff, then the sync
stops with nothing lost: the next sync goes on from where this one stopped.
"""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import Any

import filelock
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.problems import problem_codes
from core.progress import NO_PROGRESS, Progress
from desktop.services.errors import ServiceError
from desktop.services.sync_apply import Applied, apply_changes
from desktop.store import outbox
from desktop.store.audit import record_event
from desktop.store.database import Store
from desktop.store.meta import get_meta, set_meta
from desktop.store.models import Attachment, OutboxEntry, SyncCursor, UploadedFile, utc_now
from desktop.store.session import APPLY_REMOTE
from sync.client import Backoff, CountyClient, CursorExpiredError, RefusedError, TransportError, server_fingerprint
from sync.crash import crash_point
from sync.protocol import CHUNK_BYTES, MAX_PUSH, Hello, Mutation, PullRequest, PushRequest, PushStatus

SERVER, TOKEN, FINGERPRINT, DEVICE, PLAIN = "sync_server", "sync_token", "sync_fingerprint", "sync_device", "sync_plain"
LAST_PUSH, LAST_PULL = "sync_last_push", "sync_last_pull"
RECORDS = "records"  # the SyncCursor dataset of the county's record feed
LOCK_FILE = "sync.lock"
_REFUSED = frozenset({PushStatus.REJECTED, PushStatus.MISMATCH})
FIRST_CHUNK, SMALLEST_CHUNK = 64 * 1024, 16 * 1024  # scan upload chunks, up to the protocol's CHUNK_BYTES
QUICK_CHUNK_SECONDS, SLOW_CHUNK_SECONDS = 3.0, 10.0


@problem_codes
class SyncServiceProblem(StrEnum):
    NOT_REGISTERED = "sync.not_registered"  # no county server yet: register the desk first
    BUSY = "sync.busy"  # another sync of this desk is running
    OFFLINE = "sync.offline"  # the county server could not be reached, even after retries
    NOT_SET_ASIDE = "sync.not_set_aside"  # no such refused change (discarded already?)


@dataclass(frozen=True)
class SetAside:
    """A change the county refused, as the assistant sees it."""

    mutation_id: uuid.UUID
    entity_type: str
    entity_uuid: uuid.UUID
    operation: str
    problem: str  # the county's problem code
    made_at: str  # when it was made here (this desk's clock)
    fields: list[str]


@dataclass(frozen=True)
class SyncStatus:
    registered: bool
    server: str | None
    pending: int
    quarantined: int
    last_push: str | None  # the desk's clock, for people to read
    last_pull: str | None


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    quarantined: int = 0
    conflicts: int = 0
    held: int = 0
    decisions: int = 0
    uploaded: int = 0  # scans the county now holds whole
    push_requests: int = 0
    pull_requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    round_trips: int = 0
    clock_offset_seconds: float | None = None
    clock_warning: bool = False
    pending: int = 0
    unknown_types: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed, "pulled": self.pulled, "quarantined": self.quarantined,
            "conflicts": self.conflicts, "held": self.held, "decisions": self.decisions, "uploaded": self.uploaded,
            "push_requests": self.push_requests, "pull_requests": self.pull_requests,
            "bytes_sent": self.bytes_sent, "bytes_received": self.bytes_received, "round_trips": self.round_trips,
            "clock_offset_seconds": None if self.clock_offset_seconds is None else round(self.clock_offset_seconds),
            "clock_warning": self.clock_warning, "pending": self.pending,
        }  # fmt: skip


ClientFactory = Callable[[str, str | None, str | None, bool], CountyClient]


def _client(server: str, token: str | None, fingerprint: str | None, plain: bool) -> CountyClient:
    return CountyClient(server, token, fingerprint, plain_http=plain)


class SyncService:
    def __init__(self, store: Store, actor: str, *, backoff: Backoff | None = None,
                 client_factory: ClientFactory = _client) -> None:  # fmt: skip
        self._store = store
        self._actor = actor
        self._backoff = backoff or Backoff()
        self._client_factory = client_factory

    # --- registration and status -----------------------------------------------------------------

    def register(self, server: str, code: str, *, plain_http: bool = False, name: str | None = None) -> str:
        """Register this desk with the county using its one-time code; returns the county's device id. The
        certificate the server shows now is pinned: later syncs talk to it and to no other."""
        server = server.rstrip("/")
        fingerprint = None if plain_http else self._retry(lambda: server_fingerprint(server))
        client = self._client_factory(server, None, fingerprint, plain_http)
        try:
            done = self._retry(lambda: client.register(code, name or socket.gethostname(), fingerprint))
        finally:
            client.close()
        with self._store.session(self._actor) as session:
            connection = session.connection()
            for key, value in ((SERVER, server), (TOKEN, done.token), (FINGERPRINT, fingerprint or ""),
                               (DEVICE, done.device_id), (PLAIN, "1" if plain_http else "")):  # fmt: skip
                set_meta(connection, key, value)
            detail = {"server": server, "device": done.device_id, "village": done.village, "fingerprint": fingerprint}
            record_event(session, "sync.register", detail=detail)
        return str(done.device_id)

    def status(self) -> SyncStatus:
        with self._store.session(self._actor) as session:
            connection = session.connection()
            counts = outbox.counts(session)
            return SyncStatus(
                registered=bool(get_meta(connection, TOKEN)),
                server=get_meta(connection, SERVER),
                pending=counts[outbox.PENDING],
                quarantined=counts[outbox.QUARANTINED],
                last_push=get_meta(connection, LAST_PUSH),
                last_pull=get_meta(connection, LAST_PULL),
            )

    def set_aside(self) -> list[SetAside]:
        """The changes the county refused, oldest first, with its reason: kept until the assistant decides."""
        with self._store.session(self._actor) as session:
            return [
                SetAside(m.mutation_id, m.entity_type, m.entity_uuid, m.operation, m.last_problem or "sync.refused",
                         m.created_at.isoformat(timespec="minutes"), sorted(m.fields))
                for m in outbox.quarantined(session)
            ]

    def discard(self, mutation_id: uuid.UUID, reason: str) -> None:
        """Give up a change the county refused (audited with the assistant's reason and what it changed);
        the record's later changes, which waited behind it, go up with the next sync."""
        with self._store.session(self._actor) as session:
            entry = session.scalars(
                select(OutboxEntry).where(OutboxEntry.mutation_id == mutation_id,
                                          OutboxEntry.status == outbox.QUARANTINED)
            ).one_or_none()  # fmt: skip
            if entry is None:
                raise ServiceError.of(SyncServiceProblem.NOT_SET_ASIDE)
            record_event(session, "sync.discarded", entity_type=entry.entity_type,
                         entity_uuid=str(entry.entity_uuid),
                         detail={"mutation": str(mutation_id), "seq": entry.seq, "operation": entry.operation,
                                 "problem": entry.last_problem, "fields": entry.fields, "reason": reason})  # fmt: skip
            session.delete(entry)

    # --- a sync ------------------------------------------------------------------------------------

    def sync(self, progress: Progress = NO_PROGRESS) -> SyncReport:
        lock = filelock.FileLock(str(self._store.data_dir.root / LOCK_FILE), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout as exc:
            raise ServiceError.of(SyncServiceProblem.BUSY) from exc
        try:
            return self._sync(progress)
        finally:
            lock.release()

    def _sync(self, progress: Progress) -> SyncReport:
        client = self._connect()
        report = SyncReport()
        try:
            with self._store.session(self._actor) as session:
                counts = outbox.counts(session)
                cursor = self._cursor(session)
            welcome = self._retry(lambda: client.hello(Hello(counts[outbox.PENDING], cursor, {})))
            self._push(client, welcome.session, report, progress)
            if welcome.more_to_pull or welcome.cursor_expired or report.pushed:
                self._pull(client, welcome.session, None if welcome.cursor_expired else cursor, report, progress)
            # scans last: metadata never waits for them (SYNC.md 8), and a cut link resumes where it stopped
            self._upload(client, report, progress)
        finally:
            traffic = client.traffic
            report.bytes_sent, report.bytes_received = traffic.bytes_sent, traffic.bytes_received
            report.round_trips, report.clock_offset_seconds = traffic.round_trips, traffic.clock_offset_seconds
            report.clock_warning = traffic.clock_far_off
            client.close()
        with self._store.session(self._actor) as session:
            report.pending = outbox.counts(session)[outbox.PENDING]
        return report

    def _connect(self) -> CountyClient:
        with self._store.session(self._actor) as session:
            connection = session.connection()
            server, token = get_meta(connection, SERVER), get_meta(connection, TOKEN)
            fingerprint, plain = get_meta(connection, FINGERPRINT) or None, bool(get_meta(connection, PLAIN))
        if not server or not token:
            raise ServiceError.of(SyncServiceProblem.NOT_REGISTERED)
        return self._client_factory(server, token, fingerprint, plain)

    def _push(self, client: CountyClient, sync_session: str, report: SyncReport, progress: Progress) -> None:
        while True:
            progress.check()
            with self._store.session(self._actor) as session:
                batch = _sendable(session)
                total = report.pushed + outbox.counts(session)[outbox.PENDING]
            if not batch:
                return
            request = PushRequest(sync_session, tuple(batch))
            crash_point("desk.before_push")
            answer = self._retry(partial(client.push, request))
            report.push_requests += 1
            crash_point("desk.after_push_reply")
            with self._store.session(self._actor) as session:
                settled = [r.mutation_id for r in answer.results if r.settled]
                outbox.acknowledge(session, settled)
                for result in answer.results:
                    if result.status in _REFUSED:
                        code = result.problem.code if result.problem is not None else str(result.status)
                        outbox.quarantine(session, result.mutation_id, code)
                        report.quarantined += 1
                    report.conflicts += result.status is PushStatus.CONFLICT
                    report.held += result.status is PushStatus.HELD
                set_meta(session.connection(), LAST_PUSH, utc_now().isoformat(timespec="seconds"))
                if report.quarantined:
                    record_event(session, "sync.quarantined", detail={"count": report.quarantined})
            report.pushed += len(settled)
            progress.report(report.pushed, max(total, report.pushed), "sync.pushing")

    def _pull(self, client: CountyClient, sync_session: str, cursor: str | None, report: SyncReport,
              progress: Progress) -> None:  # fmt: skip
        restarted = False
        while True:
            progress.check()
            try:
                page = self._retry(partial(client.pull, PullRequest(sync_session, cursor)))
            except CursorExpiredError:
                if restarted:
                    raise
                cursor, restarted = None, True  # start again from the beginning; the outbox is untouched
                continue
            report.pull_requests += 1
            crash_point("desk.after_pull_reply")
            applied = Applied()
            with self._store.session(self._actor) as session:
                session.info[APPLY_REMOTE] = True
                apply_changes(session, page.changes, applied)
                crash_point("desk.mid_pull_apply")
                self._save_cursor(session, page.cursor)
                set_meta(session.connection(), LAST_PULL, utc_now().isoformat(timespec="seconds"))
                if page.changes:
                    record_event(session, "sync.pulled", detail={"records": applied.records,
                                                                 "decisions": applied.decisions,
                                                                 "waiting": applied.waiting})  # fmt: skip
            report.pulled += len(page.changes)
            report.decisions += applied.decisions
            report.unknown_types += [t for t in applied.unknown if t not in report.unknown_types]
            cursor = page.cursor
            progress.report(report.pulled, report.pulled + (1 if page.more else 0), "sync.pulling")
            if not page.more:
                return

    def _upload(self, client: CountyClient, report: SyncReport, progress: Progress) -> None:
        with self._store.session(self._actor) as session:
            done = select(UploadedFile.content_hash)
            hashes = list(session.scalars(
                select(Attachment.content_hash).where(Attachment.content_hash.not_in(done)).distinct()
            ))  # fmt: skip
        size = FIRST_CHUNK
        for number, sha in enumerate(hashes, start=1):
            progress.check()
            data = self._store.attachments.get(sha)
            held = self._retry(partial(client.attachment_received, sha))
            while held < len(data):
                chunk = data[held : held + size]
                crash_point("desk.mid_upload")
                started = time.monotonic()
                held = self._retry(partial(client.upload_chunk, sha, held, chunk, len(data)))
                size = next_chunk_size(size, time.monotonic() - started)
            with self._store.session(self._actor) as session:
                session.merge(UploadedFile(content_hash=sha, uploaded_at=utc_now()))
            report.uploaded += 1
            progress.report(number, len(hashes), "sync.uploading")

    def _cursor(self, session: Session) -> str | None:
        row = session.get(SyncCursor, RECORDS)
        return row.cursor if row is not None else None

    def _save_cursor(self, session: Session, cursor: str) -> None:
        row = session.get(SyncCursor, RECORDS)
        if row is None:
            session.add(SyncCursor(dataset=RECORDS, cursor=cursor, updated_at=utc_now()))
        else:
            row.cursor, row.updated_at = cursor, utc_now()

    def _retry(self, step: Callable[[], Any]) -> Any:
        try:
            return self._backoff.run(step)
        except TransportError as exc:
            raise ServiceError.of(SyncServiceProblem.OFFLINE, detail=str(exc)[:200]) from exc
        except RefusedError as exc:
            raise ServiceError(exc.problem) from exc


def next_chunk_size(size: int, seconds: float) -> int:
    """The next chunk's size, so that one takes a few seconds on this link: on 64 kbit/s a 256 KiB chunk
    takes half a minute, which a stall timeout would take for a dead link, and a cut costs the whole chunk."""
    if seconds < QUICK_CHUNK_SECONDS:
        return min(size * 2, CHUNK_BYTES)
    if seconds > SLOW_CHUNK_SECONDS:
        return max(size // 2, SMALLEST_CHUNK)
    return size


def _sendable(session: Session) -> list[Mutation]:
    """The next batch in seq order; a record with a change set aside waits behind it (SYNC.md 6)."""
    blocked = {
        (t, u)
        for t, u in session.execute(
            select(OutboxEntry.entity_type, OutboxEntry.entity_uuid).where(OutboxEntry.status == outbox.QUARANTINED)
        )
    }
    batch: list[Mutation] = []
    offset = 0
    while len(batch) < MAX_PUSH:
        entries = outbox.pending(session, limit=MAX_PUSH, offset=offset)
        if not entries:
            break
        offset += len(entries)
        for entry in entries:
            if (entry.entity_type, entry.entity_uuid) in blocked:
                continue
            batch.append(Mutation(entry.mutation_id, entry.seq, entry.entity_type, entry.entity_uuid, entry.operation,
                                  entry.base_version, entry.new_version, entry.fields,
                                  entry.created_at.isoformat(), entry.after))  # fmt: skip
            if len(batch) == MAX_PUSH:
                break
    return batch

