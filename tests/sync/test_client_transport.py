"""The desk's HTTP transport against real sockets: the pinned certificate, compressed bodies, refusals by
kind, the stall timeout, the clock offset, the traffic count and the backoff."""

from __future__ import annotations

import datetime
import random
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from core.problems import error
from sync.client import (
    Backoff,
    CountyClient,
    CursorExpiredError,
    DeviceRefusedError,
    RefusedError,
    SessionSupersededError,
    TransportError,
    fingerprint_hex,
    server_fingerprint,
)
from sync.protocol import (
    HELLO,
    PULL,
    PUSH,
    SESSION_HEADER,
    Hello,
    PullRequest,
    PushRequest,
    Welcome,
    decode_body,
    encode_body,
)

Reply = tuple[int, dict[str, object] | None, dict[str, str]]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    replies: dict[str, Callable[[dict[str, object], dict[str, str]], Reply]]
    seen: list[tuple[str, dict[str, str]]]
    clock_shift = datetime.timedelta(0)  # the server's clock against the desk's


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        message = decode_body(body, self.headers.get("Content-Encoding"))
        headers = dict(self.headers.items())
        self.server.seen.append((self.path, headers))
        status, answer, extra = self.server.replies[self.path](message, headers)
        data = encode_body(answer) if answer is not None else b""
        self.send_response(status)
        self.send_header("Content-Encoding", "zstd")
        self.send_header("Content-Length", str(len(data)))
        for key, value in extra.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass

    def date_time_string(self, timestamp: float | None = None) -> str:
        return format_datetime(datetime.datetime.now(datetime.UTC) + self.server.clock_shift, usegmt=True)


def _certificate(folder: Path) -> tuple[Path, Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "county.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return cert_path, key_path, "sha256:" + ":".join(digest[i : i + 2] for i in range(0, 64, 2))


def _serve(tls: tuple[Path, Path] | None) -> Iterator[tuple[str, _Server]]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.replies, server.seen = {}, []
    scheme = "http"
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{scheme}://127.0.0.1:{server.server_address[1]}", server
    server.shutdown()
    server.server_close()


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, _Server, str]]:
    cert, key, fingerprint = _certificate(tmp_path)
    for url, server in _serve((cert, key)):
        yield url, server, fingerprint


@pytest.fixture
def plain_server() -> Iterator[tuple[str, _Server]]:
    yield from _serve(None)


def _welcome(message: dict[str, object], headers: dict[str, str]) -> Reply:
    hello = Hello.from_json(message)
    welcome = Welcome("s-1", "2027-11-28T00:00:00Z", hello.pending > 0, ())
    return 200, welcome.to_json(), {}


def test_a_pinned_certificate_is_talked_to_and_another_refused(tls_server: tuple[str, _Server, str]) -> None:
    url, server, fingerprint = tls_server
    server.replies[HELLO] = _welcome
    assert server_fingerprint(url) == fingerprint
    client = CountyClient(url, "token-1", fingerprint)
    welcome = client.hello(Hello(pending=2, cursor=None, references={}))
    assert (welcome.session, welcome.more_to_pull) == ("s-1", True)
    assert server.seen[-1][1]["Authorization"] == "Bearer token-1"
    other = CountyClient(url, "token-1", "sha256:" + ":".join(["AB"] * 32))
    with pytest.raises(TransportError):
        other.hello(Hello(pending=0, cursor=None, references={}))
    assert len(server.seen) == 1  # the impostor check happens before anything is sent


def test_plain_http_needs_saying_so_and_https_needs_a_pin() -> None:
    with pytest.raises(ValueError, match="plain_http"):
        CountyClient("http://county.test", "t", None)
    with pytest.raises(ValueError, match="fingerprint"):
        CountyClient("https://county.test", "t", None)
    with pytest.raises(ValueError, match="SHA-256"):
        fingerprint_hex("sha256:AB:CD")


def test_the_session_travels_with_later_requests_and_traffic_is_counted(plain_server: tuple[str, _Server]) -> None:
    url, server = plain_server
    server.clock_shift = datetime.timedelta(days=365)  # or the desk's clock is a year behind: the same to it
    server.replies[HELLO] = _welcome
    server.replies[PULL] = lambda m, h: (410, {"problem": {"code": "sync.cursor_expired"}}, {})
    client = CountyClient(url, "t", None, plain_http=True)
    client.hello(Hello(pending=0, cursor="c:1", references={}))
    with pytest.raises(CursorExpiredError):
        client.pull(PullRequest("s-1", "c:1"))
    assert server.seen[-1][1][SESSION_HEADER] == "s-1"
    traffic = client.traffic
    assert traffic.round_trips == 2
    assert 200 < traffic.bytes_sent < 2048  # a sync with nothing new is one small request
    assert traffic.bytes_received > 0
    assert traffic.clock_offset_seconds is not None
    assert traffic.clock_offset_seconds > 300 * 24 * 3600
    assert traffic.clock_far_off  # a year off: the desk warns, and the sync went on all the same


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (401, "county.token_unknown", DeviceRefusedError),
        (403, "county.device_revoked", DeviceRefusedError),
        (409, "sync.session_superseded", SessionSupersededError),
        (422, "county.field_owned", RefusedError),
    ],
)
def test_refusals_come_back_by_kind_with_the_servers_reason(
    plain_server: tuple[str, _Server], status: int, code: str, kind: type[RefusedError]
) -> None:
    url, server = plain_server
    problem = {"code": code, "field": "status", "params": {"owner": "county"}}
    server.replies[PUSH] = lambda m, h: (status, {"problem": problem}, {})
    client = CountyClient(url, "t", None, plain_http=True)
    with pytest.raises(kind) as refused:
        client.push(PushRequest("s", ()))
    assert (refused.value.status, refused.value.problem.code) == (status, code)
    assert (refused.value.problem.field, dict(refused.value.problem.params)) == ("status", {"owner": "county"})


def test_a_server_error_is_worth_retrying_and_an_unreadable_answer_is_not(plain_server: tuple[str, _Server]) -> None:
    url, server = plain_server
    server.replies[HELLO] = lambda m, h: (503, None, {})
    client = CountyClient(url, "t", None, plain_http=True)
    with pytest.raises(TransportError):
        client.hello(Hello(0, None, {}))
    server.replies[HELLO] = lambda m, h: (200, None, {})  # an empty body: not the protocol's
    with pytest.raises(RefusedError) as refused:
        client.hello(Hello(0, None, {}))
    assert refused.value.problem.code == "sync.unreadable"


def test_a_server_that_goes_silent_is_given_up_after_the_stall_timeout() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    client = CountyClient(f"http://127.0.0.1:{listener.getsockname()[1]}", "t", None, plain_http=True,
                          stall_seconds=0.5)  # fmt: skip
    try:
        with pytest.raises(TransportError):
            client.hello(Hello(0, None, {}))
    finally:
        for conn in accepted:
            conn.close()
        listener.close()


def test_backoff_waits_longer_each_time_with_jitter_and_stops_on_a_refusal() -> None:
    backoff = Backoff(base_seconds=1.0, cap_seconds=8.0, attempts=5, rng=random.Random(7))
    delays = [backoff.delay(n) for n in range(6)]
    assert all(0 <= d <= min(8.0, 2**n) for n, d in enumerate(delays))
    assert len(set(delays)) == len(delays)  # jittered, not in step
    slept: list[float] = []
    calls = iter([TransportError("down"), TransportError("down"), "done"])

    def step() -> str:
        value = next(calls)
        if isinstance(value, Exception):
            raise value
        return value

    assert backoff.run(step, slept.append) == "done"
    assert len(slept) == 2
    tries: list[int] = []

    def refused() -> str:
        tries.append(1)
        raise RefusedError(422, error("county.field_owned"))

    with pytest.raises(RefusedError):
        backoff.run(refused, slept.append)
    assert len(tries) == 1
    with pytest.raises(TransportError):
        Backoff(attempts=3, rng=random.Random(1)).run(lambda: (_ for _ in ()).throw(TransportError("x")),
                                                      lambda s: None)  # fmt: skip
