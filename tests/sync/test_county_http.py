"""The county server as a real process over HTTP and TLS, driven by the desk's client: registration with a
one-time code, a pinned certificate, push and pull, revocation, and a scan uploaded in resumable chunks."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sync.client import CountyClient, DeviceRefusedError, RefusedError, server_fingerprint
from sync.protocol import CHUNK_BYTES, Hello, Mutation, PullRequest, PushRequest, PushStatus

VILLAGE = "640104001002"
NEIGHBOUR = "640104001003"


def county(data_dir: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "sync.county.server", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    url: str
    data_dir: Path
    process: subprocess.Popen[bytes]
    fingerprint: str | None = None

    def code(self, village: str = VILLAGE) -> str:
        return str(json.loads(county(self.data_dir, "device", "issue", "--village", village, "--json"))["code"])

    def client(self, token: str | None) -> CountyClient:
        return CountyClient(self.url, token, self.fingerprint, plain_http=self.fingerprint is None)

    def register(self, village: str = VILLAGE) -> str:
        client = self.client(None)
        try:
            return client.register(self.code(village), f"desk {village}", self.fingerprint).token
        finally:
            client.close()


def start(data_dir: Path, tls: bool) -> Server:
    port = free_port()
    args = ["serve", "--host", "127.0.0.1", "--port", str(port)] + ([] if tls else ["--plain-http"])
    process = subprocess.Popen([sys.executable, "-m", "sync.county.server", "--data-dir", str(data_dir), *args],
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if process.poll() is not None:
                raise AssertionError("the county server exited") from None
            time.sleep(0.1)
    return Server(f"{'https' if tls else 'http'}://127.0.0.1:{port}", data_dir, process)


def stop(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[Server]:
    server = start(tmp_path / "county", tls=False)
    yield server
    stop(server)


def case_created(seq: int, case: uuid.UUID) -> Mutation:
    return Mutation(uuid.uuid4(), seq, "cases", case, "create", 0, 1, {"status": "ready", "tier": 100},
                    "2026-11-28T08:00:00+08:00")  # fmt: skip


def test_over_tls_the_desk_pins_the_certificate_the_county_created(tmp_path: Path) -> None:
    data_dir = tmp_path / "county"
    created = json.loads(county(data_dir, "cert", "create", "--host", "127.0.0.1", "--json"))
    server = start(data_dir, tls=True)
    try:
        seen = server_fingerprint(server.url)
        assert seen == created["fingerprint"]
        server.fingerprint = seen
        token = server.register()
        client = server.client(token)
        welcome = client.hello(Hello(0, None, {}))
        assert welcome.session
        client.close()
    finally:
        stop(server)


def test_a_desk_registers_pushes_pulls_and_a_replay_changes_nothing(plain: Server) -> None:
    client = plain.client(plain.register())
    client.hello(Hello(pending=1, cursor=None, references={}))
    case = uuid.uuid4()
    batch = PushRequest("ignored", (case_created(1, case),))
    assert [r.status for r in client.push(batch).results] == [PushStatus.APPLIED]
    assert [r.status for r in client.push(batch).results] == [PushStatus.APPLIED]  # an answer lost, sent again
    page = client.pull(PullRequest("ignored", None))
    assert [(c.entity_uuid, c.version) for c in page.changes] == [(case, 1)]
    assert not page.more
    again = client.hello(Hello(pending=0, cursor=page.cursor, references={}))
    assert not again.more_to_pull  # nothing new: the sync is this one request
    assert client.traffic.round_trips == 5


def test_another_villages_desk_sees_nothing_and_a_revoked_desk_is_stopped_at_once(plain: Server) -> None:
    ours = plain.client(plain.register())
    ours.hello(Hello(0, None, {}))
    ours.push(PushRequest("s", (case_created(1, uuid.uuid4()),)))
    neighbour = plain.client(plain.register(NEIGHBOUR))
    neighbour.hello(Hello(0, None, {}))
    assert neighbour.pull(PullRequest("s", None)).changes == ()
    listed = json.loads(county(plain.data_dir, "device", "list", "--json"))
    device_id = next(d["id"] for d in listed if d["village"] == VILLAGE)
    county(plain.data_dir, "device", "revoke", device_id)
    with pytest.raises(DeviceRefusedError) as refused:
        ours.pull(PullRequest("s", None))
    assert (refused.value.status, refused.value.problem.code) == (403, "county.device_revoked")
    stranger = plain.client("not-a-token")
    with pytest.raises(DeviceRefusedError):
        stranger.hello(Hello(0, None, {}))


def test_a_scan_cut_half_way_resumes_where_it_stopped(plain: Server) -> None:
    client = plain.client(plain.register())
    scan = os.urandom(2 * 1024 * 1024)
    sha = hashlib.sha256(scan).hexdigest()
    half = len(scan) // 2 // CHUNK_BYTES * CHUNK_BYTES
    for offset in range(0, half, CHUNK_BYTES):  # the link drops after half the file
        client.upload_chunk(sha, offset, scan[offset : offset + CHUNK_BYTES], len(scan))
    resumed = plain.client(None)
    resumed._http.headers.update(client._http.headers)
    held = resumed.attachment_received(sha)
    assert held == half
    for offset in range(held, len(scan), CHUNK_BYTES):
        held = resumed.upload_chunk(sha, offset, scan[offset : offset + CHUNK_BYTES], len(scan))
    assert held == len(scan)
    sent = client.traffic.bytes_sent + resumed.traffic.bytes_sent
    assert sent <= 1.15 * len(scan)
    other = hashlib.sha256(b"x").hexdigest()
    with pytest.raises(RefusedError) as refused:  # a chunk that does not follow what is held is refused
        client.upload_chunk(other, 5, b"abc", 10)
    assert refused.value.problem.code == "upload.wrong_offset"


ENDPOINTS = ("hello", "push", "pull", "attachment_received", "upload_chunk")


def call(client: CountyClient, endpoint: str, sha: str) -> object:
    if endpoint == "hello":
        return client.hello(Hello(0, None, {}))
    if endpoint == "push":
        return client.push(PushRequest("s", (case_created(1, uuid.uuid4()),)))
    if endpoint == "pull":
        return client.pull(PullRequest("s", None))
    if endpoint == "attachment_received":
        return client.attachment_received(sha)
    return client.upload_chunk(sha, 0, b"x", 1)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_endpoint_refuses_a_revoked_or_unknown_device(plain: Server, endpoint: str) -> None:
    token = plain.register()
    client = plain.client(token)
    client.hello(Hello(0, None, {}))
    listed = json.loads(county(plain.data_dir, "device", "list", "--json"))
    county(plain.data_dir, "device", "revoke", listed[0]["id"])
    sha = hashlib.sha256(b"x").hexdigest()
    with pytest.raises(DeviceRefusedError) as revoked:
        call(client, endpoint, sha)
    assert revoked.value.status == 403
    with pytest.raises(DeviceRefusedError) as unknown:
        call(plain.client("forged-token"), endpoint, sha)
    assert unknown.value.status == 401


def test_no_endpoint_shows_or_changes_another_villages_data(plain: Server) -> None:
    ours = plain.client(plain.register())
    ours.hello(Hello(0, None, {}))
    case = uuid.uuid4()
    ours.push(PushRequest("s", (case_created(1, case),)))
    scan = os.urandom(1000)
    sha = hashlib.sha256(scan).hexdigest()
    assert ours.upload_chunk(sha, 0, scan, len(scan)) == len(scan)
    theirs = plain.client(plain.register(NEIGHBOUR))
    welcome = theirs.hello(Hello(0, None, {}))
    assert not welcome.more_to_pull  # nothing of ours counts as new for them
    assert theirs.pull(PullRequest("s", None)).changes == ()
    assert theirs.attachment_received(sha) == 0  # our scan's name says nothing to them
    forged = Mutation(uuid.uuid4(), 1, "cases", case, "update", 1, 2, {"status": "approved"}, "2026-11-28T00:00:00Z")
    assert [r.status for r in theirs.push(PushRequest("s", (forged,))).results] == [PushStatus.HELD]
    page = ours.pull(PullRequest("s", None))
    assert [dict(c.fields)["status"] for c in page.changes] == ["ready"]  # untouched
    assert ours.attachment_received(sha) == len(scan)
