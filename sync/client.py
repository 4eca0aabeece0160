"""HTTP transport from the village desk to the county server: pinned TLS, zstd bodies, stall timeout,
retries with exponential backoff and jitter, and the bytes and round trips a sync report needs.

It knows messages (:mod:`sync.protocol`), not the desk's database: ``desktop.services`` decides what to
send and commits what comes back. The county's certificate is its own (``cunbao-county cert create``),
so no certificate authority vouches for it: the desk pins its SHA-256 fingerprint, learnt when it
registered with the county's one-time code, and refuses any other certificate.
"""

from __future__ import annotations

import hashlib
import random
import socket
import ssl
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from core.problems import Problem, Severity, error
from sync.protocol import (
    ATTACHMENT,
    CONTENT_ENCODING,
    CONTENT_TYPE,
    HELLO,
    PULL,
    PUSH,
    RECEIVED_HEADER,
    REGISTER,
    SESSION_HEADER,
    Hello,
    ProtocolError,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    SyncProblem,
    Welcome,
    decode_body,
    encode_body,
)

STALL_SECONDS = 30.0  # no byte moved for this long: give up on the request (SYNC.md 18)
CONNECT_SECONDS = 15.0
CLOCK_WARNING_SECONDS = 300.0  # the desk warns beyond this offset from the server, but still syncs
_T = TypeVar("_T")


class TransportError(Exception):
    """The request may not have arrived, or its answer was lost: try again later (backoff)."""


class RefusedError(Exception):
    """The server answered and said no; ``problem`` says why. Trying again will not help."""

    def __init__(self, status: int, problem: Problem) -> None:
        super().__init__(f"{status} {problem.code}")
        self.status = status
        self.problem = problem


class DeviceRefusedError(RefusedError):
    """401/403: the token is unknown or the county revoked this desk. Local data stays; sync stops."""


class SessionSupersededError(RefusedError):
    """409 on a sync request: a newer sync of this device started; this one must stop."""


class CursorExpiredError(RefusedError):
    """410: the server no longer knows the cursor; pull again from the start, outbox untouched."""


@dataclass
class Traffic:
    """What a sync cost on the wire: compressed bodies plus the header lines actually sent and received."""

    bytes_sent: int = 0
    bytes_received: int = 0
    round_trips: int = 0
    clock_offset_seconds: float | None = None  # server minus desk, from the Date header

    @property
    def clock_far_off(self) -> bool:
        return self.clock_offset_seconds is not None and abs(self.clock_offset_seconds) > CLOCK_WARNING_SECONDS


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: the n-th retry waits a random time up to base * 2**n (capped),
    so a village's desks coming back online together do not knock on the county's door in step."""

    base_seconds: float = 1.0
    cap_seconds: float = 300.0
    attempts: int = 6
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        return self.rng.uniform(0.0, min(self.cap_seconds, self.base_seconds * 2**attempt))

    def run(self, step: Callable[[], _T], sleep: Callable[[float], None] = time.sleep) -> _T:
        """``step`` until it succeeds or fails for a reason other than transport, at most ``attempts`` times."""
        for attempt in range(self.attempts):
            try:
                return step()
            except TransportError:
                if attempt == self.attempts - 1:
                    raise
                sleep(self.delay(attempt))
        raise AssertionError("unreachable")


class _PinnedAdapter(HTTPAdapter):
    """HTTPS to one certificate, named by its SHA-256 fingerprint (urllib3 checks it on every handshake)."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint_hex(fingerprint)
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        kwargs["cert_reqs"] = ssl.CERT_NONE  # no CA: the pin is the check
        kwargs["assert_hostname"] = False
        super().init_poolmanager(*args, **kwargs)


def fingerprint_hex(fingerprint: str) -> str:
    """'sha256:AB:CD:...' or plain hex -> lower-case hex, as urllib3's assert_fingerprint wants it."""
    text = fingerprint.lower().removeprefix("sha256:").replace(":", "")
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise ValueError(f"not a SHA-256 fingerprint: {fingerprint!r}")
    return text


def server_fingerprint(base_url: str, timeout: float = CONNECT_SECONDS) -> str:
    """The SHA-256 fingerprint of the certificate the server presents now (for registration only: after it,
    the desk talks to that certificate and no other)."""
    parts = urlsplit(base_url)
    host, port = parts.hostname or "localhost", parts.port or 443
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # trust on first use: the one-time code authenticates this exchange
    with socket.create_connection((host, port), timeout=timeout) as raw, context.wrap_socket(raw) as tls:
        der = tls.getpeercert(binary_form=True)
    if der is None:
        raise TransportError(f"{host}:{port} presented no certificate")
    digest = hashlib.sha256(der).hexdigest().upper()
    return "sha256:" + ":".join(digest[i : i + 2] for i in range(0, 64, 2))


@dataclass(frozen=True)
class Registration:
    device_id: str
    token: str
    village: str
    fingerprint: str | None  # None only over plain HTTP (tests)


class CountyClient:
    """One desk's connection to its county server. Not thread-safe: a desk runs one sync at a time."""

    def __init__(self, base_url: str, token: str | None, fingerprint: str | None, *, plain_http: bool = False,
                 stall_seconds: float = STALL_SECONDS) -> None:  # fmt: skip
        scheme = urlsplit(base_url).scheme
        if scheme == "http" and not plain_http:
            raise ValueError("plain HTTP to the county server needs plain_http=True (tests only)")
        if scheme == "https" and fingerprint is None:
            raise ValueError("an HTTPS county server needs the fingerprint pinned at registration")
        self.base_url = base_url.rstrip("/")
        self.traffic = Traffic()
        self._timeout = (CONNECT_SECONDS, stall_seconds)  # read: the longest silence between bytes
        self._http = requests.Session()
        self._http.trust_env = False  # a proxy setting in the village PC's environment must not reroute sync
        if fingerprint is not None:
            self._http.mount("https://", _PinnedAdapter(fingerprint))
            # requests would ask for a CA-signed chain on every request; the adapter's pin is the check instead
            self._http.verify = False
        if token is not None:
            self._http.headers["Authorization"] = f"Bearer {token}"
        self._session: str | None = None

    def close(self) -> None:
        self._http.close()

    # --- the protocol's requests ---------------------------------------------------------------------

    def register(self, code: str, name: str, fingerprint: str | None) -> Registration:
        answer = self._post(REGISTER, {"code": code, "name": name})
        return Registration(str(answer["device_id"]), str(answer["token"]), str(answer["village"]), fingerprint)

    def hello(self, hello: Hello) -> Welcome:
        welcome = Welcome.from_json(self._post(HELLO, hello.to_json()))
        self._session = welcome.session
        return welcome

    def push(self, request: PushRequest) -> PushResponse:
        return PushResponse.from_json(self._post(PUSH, request.to_json()))

    def pull(self, request: PullRequest) -> PullResponse:
        return PullResponse.from_json(self._post(PULL, request.to_json()))

    def attachment_received(self, sha256: str) -> int:
        """How many bytes of this file the server holds (its full size when it has it all)."""
        response = self._send("HEAD", ATTACHMENT.format(sha256=sha256), None, {})
        return int(response.headers.get(RECEIVED_HEADER, "0"))

    def upload_chunk(self, sha256: str, offset: int, chunk: bytes, total: int) -> int:
        """Send ``chunk`` at ``offset`` of a ``total``-byte file; returns the bytes the server now holds."""
        headers = {"Content-Range": f"bytes {offset}-{offset + len(chunk) - 1}/{total}",
                   "Content-Type": "application/octet-stream"}  # fmt: skip
        response = self._send("PUT", ATTACHMENT.format(sha256=sha256), chunk, headers)
        return int(response.headers.get(RECEIVED_HEADER, "0"))

    # --- transport -----------------------------------------------------------------------------------

    def _post(self, path: str, message: Mapping[str, Any]) -> dict[str, Any]:
        headers = {"Content-Type": CONTENT_TYPE, "Content-Encoding": CONTENT_ENCODING,
                   "Accept-Encoding": CONTENT_ENCODING}  # fmt: skip
        response = self._send("POST", path, encode_body(message), headers)
        try:
            return decode_body(response.content, response.headers.get("Content-Encoding"))
        except ProtocolError as exc:
            # the whole answer arrived (the status said so) but is not the protocol's: a proxy's error page,
            # a server of another version; retrying the same request would get the same
            raise RefusedError(response.status_code, error(SyncProblem.UNREADABLE, path=path)) from exc

    def _send(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> requests.Response:
        if self._session is not None:
            headers = {**headers, SESSION_HEADER: self._session}
        try:
            with warnings.catch_warnings():
                # urllib3 warns of an unverified HTTPS request: it is verified, by the pinned fingerprint
                warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)
                response = self._http.request(method, self.base_url + path, data=body, headers=headers,
                                              timeout=self._timeout, stream=True)  # fmt: skip
            # the body as sent on the wire: urllib3 must not undo the zstd before decode_body does
            response._content = response.raw.read(decode_content=False)
        except (requests.ConnectionError, requests.Timeout, OSError) as exc:
            raise TransportError(f"{method} {path}: {exc}") from exc
        self._count(response, body)
        if response.status_code >= 500:
            raise TransportError(f"{method} {path}: server error {response.status_code}")
        if response.status_code >= 400:
            raise _refusal(response)
        return response

    def _count(self, response: requests.Response, body: bytes | None) -> None:
        request = response.request
        sent_headers = sum(len(k) + len(v) + 4 for k, v in request.headers.items()) + len(str(request.url)) + 16
        received_headers = sum(len(k) + len(v) + 4 for k, v in response.headers.items()) + 17
        self.traffic.bytes_sent += sent_headers + len(body or b"")
        self.traffic.bytes_received += received_headers + len(response.content)
        self.traffic.round_trips += 1
        date = response.headers.get("Date")
        if date:
            try:
                server = parsedate_to_datetime(date).timestamp()
            except (TypeError, ValueError):
                return
            self.traffic.clock_offset_seconds = server - time.time()


def _refusal(response: requests.Response) -> RefusedError:
    problem = error(SyncProblem.REFUSED, status=response.status_code)
    try:
        message = decode_body(response.content, response.headers.get("Content-Encoding"))
        found = message.get("problem")
        if isinstance(found, dict) and isinstance(found.get("code"), str):
            params = found.get("params") if isinstance(found.get("params"), dict) else None
            field_name = found.get("field") if isinstance(found.get("field"), str) else None
            problem = Problem(found["code"], Severity.ERROR, field_name, params or {})
    except ProtocolError:
        pass
    kind: type[RefusedError] = RefusedError
    if response.status_code in (401, 403):
        kind = DeviceRefusedError
    elif response.status_code == 409 and problem.code == SyncProblem.SESSION_SUPERSEDED:
        kind = SessionSupersededError
    elif response.status_code == 410:
        kind = CursorExpiredError
    return kind(response.status_code, problem)
