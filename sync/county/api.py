"""The county server's HTTP API (ASGI, FastAPI): registration, the sync exchange and attachment uploads.

Bodies are the protocol's zstd-compressed JSON (:mod:`sync.protocol`); a refusal is ``{"problem": ...}``
with a status the desk's client sorts by (401/403 device, 409 session, 410 cursor, 4xx other). Each request
runs in one database transaction that commits before the answer is sent, so an answer means a durable
commit. Database work runs in the thread pool: the event loop only moves bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.requests import ClientDisconnect

from core.problems import Problem, error
from sync.county import devices, exchange
from sync.county.attachments import AttachmentStore, UploadRefusedError
from sync.county.exchange import Scope, SyncRefusedError
from sync.county.problems import CountyError, CountyProblem
from sync.county.store import CountyStore
from sync.crash import crash_point
from sync.protocol import (
    ATTACHMENT,
    CONTENT_ENCODING,
    CONTENT_TYPE,
    HELLO,
    MAX_BODY_BYTES,
    PULL,
    PUSH,
    RECEIVED_HEADER,
    REGISTER,
    SESSION_HEADER,
    Hello,
    ProtocolError,
    PullRequest,
    PushRequest,
    decode_body,
    encode_body,
)

_T = TypeVar("_T")
Clock = Callable[[], datetime]
# Refusals of the device layer by status: 401/403 mean "this device may not sync" (the desk stops and says
# so), 429 "too many attempts", anything else is a request the county cannot accept (422).
_COUNTY_STATUS: dict[str, int] = {
    CountyProblem.TOKEN_UNKNOWN: 401,
    CountyProblem.DEVICE_REVOKED: 403,
    CountyProblem.RATE_LIMITED: 429,
}


@dataclass(frozen=True)
class County:
    store: CountyStore
    attachments: AttachmentStore
    clock: Clock


def create_app(store: CountyStore, data_dir: Path, clock: Clock | None = None) -> FastAPI:
    county = County(store, AttachmentStore(data_dir / "attachments"), clock or (lambda: datetime.now(UTC)))
    app = FastAPI(title="Cunbao county server", docs_url=None, redoc_url=None, openapi_url=None)

    @app.post(REGISTER)
    async def register(request: Request) -> Response:
        message = await _message(request)
        remote = request.client.host if request.client else "unknown"

        def work(session: Session) -> dict[str, Any]:
            done = devices.register(session, str(message.get("code", "")), str(message.get("name", "")), remote,
                                    county.clock())  # fmt: skip
            return {"device_id": str(done.device_id), "token": done.token, "village": done.village_code,
                    "county": done.county_code}  # fmt: skip

        return await _answer(county, work)

    @app.post(HELLO)
    async def hello(request: Request) -> Response:
        message = Hello.from_json(await _message(request))
        token = _token(request)

        def work(session: Session) -> dict[str, Any]:
            scope = _scope(session, token, county.clock())
            return exchange.hello(session, scope, message, county.clock()).to_json()

        return await _answer(county, work)

    @app.post(PUSH)
    async def push(request: Request) -> Response:
        message = PushRequest.from_json(await _message(request))
        token, sync_session = _token(request), request.headers.get(SESSION_HEADER)

        def work(session: Session) -> dict[str, Any]:
            scope = _scope(session, token, county.clock())
            exchange.check_session(session, scope, sync_session)
            return exchange.push(session, scope, message, county.clock()).to_json()

        return await _answer(county, work)

    @app.post(PULL)
    async def pull(request: Request) -> Response:
        message = PullRequest.from_json(await _message(request))
        token, sync_session = _token(request), request.headers.get(SESSION_HEADER)

        def work(session: Session) -> dict[str, Any]:
            scope = _scope(session, token, county.clock())
            exchange.check_session(session, scope, sync_session)
            return exchange.pull(session, scope, message).to_json()

        return await _answer(county, work)

    @app.head(ATTACHMENT)
    async def attachment_received(sha256: str, request: Request) -> Response:
        token = _token(request)
        scope = await _guarded(lambda: _authorised(county, token))
        if isinstance(scope, Response):
            return scope
        held = await _guarded(lambda: county.attachments.received(scope, sha256))
        if isinstance(held, Response):
            return held
        return Response(status_code=200, headers={RECEIVED_HEADER: str(held)})

    @app.put(ATTACHMENT)
    async def attachment_chunk(sha256: str, request: Request) -> Response:
        token = _token(request)
        scope = await _guarded(lambda: _authorised(county, token))
        if isinstance(scope, Response):
            return scope
        try:
            chunk = await request.body()
        except ClientDisconnect:  # the link was cut mid-chunk: nothing was written, the desk resumes later
            return Response(status_code=400)
        content_range = request.headers.get("Content-Range", "")
        held = await _guarded(lambda: county.attachments.write(scope, sha256, content_range, chunk))
        if isinstance(held, Response):
            return held
        return Response(status_code=200, headers={RECEIVED_HEADER: str(held)})

    @app.exception_handler(ProtocolError)
    async def bad_message(request: Request, exc: ProtocolError) -> Response:
        return _refusal(400, exc.problem)

    return app


async def _message(request: Request) -> dict[str, Any]:
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise ProtocolError(error("protocol.too_big", limit=MAX_BODY_BYTES))
    return decode_body(body, request.headers.get("Content-Encoding"))


def _token(request: Request) -> str:
    header = request.headers.get("Authorization", "")
    return header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""


def _scope(session: Session, token: str, now: datetime) -> Scope:
    device = devices.authenticate(session, token, now)
    return Scope(device.device_id, device.county_code, device.village_code)


def _authorised(county: County, token: str) -> Scope:
    with county.store.session() as session:
        return _scope(session, token, county.clock())


async def _answer(county: County, work: Callable[[Session], dict[str, Any]]) -> Response:
    """Run ``work`` in one transaction (committed before answering) and answer with its message."""

    def run() -> dict[str, Any]:
        with county.store.session() as session:
            answer = work(session)
        crash_point("county.after_commit")
        return answer

    answer = await _guarded(run)
    if isinstance(answer, Response):
        return answer
    return Response(encode_body(answer), media_type=CONTENT_TYPE, headers={"Content-Encoding": CONTENT_ENCODING})


async def _guarded(step: Callable[[], _T]) -> _T | Response:
    """``step`` in the thread pool; a refusal becomes its answer (the transaction was rolled back)."""
    try:
        return await run_in_threadpool(step)
    except CountyError as exc:
        return _refusal(_COUNTY_STATUS.get(exc.problem.code, 422), exc.problem)
    except SyncRefusedError as exc:
        return _refusal(exc.status, exc.problem)
    except UploadRefusedError as exc:
        return _refusal(exc.status, exc.problem, {RECEIVED_HEADER: str(exc.received)})


def _refusal(status: int, problem: Problem, headers: dict[str, str] | None = None) -> Response:
    body = encode_body({"problem": problem.to_json()})
    return Response(body, status_code=status, media_type=CONTENT_TYPE,
                    headers={"Content-Encoding": CONTENT_ENCODING, **(headers or {})})  # fmt: skip
