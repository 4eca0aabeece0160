"""A TCP proxy that shapes a link like a village's network, and breaks it on purpose (benchmarks, fault tests).

    python bench/shaping_proxy.py --listen 127.0.0.1:8081 --target 127.0.0.1:8080 --profile P1 \
        [--reset-after-up N] [--reset-after-down N] [--drop-response] [--stall-after-down N --stall-seconds S] \
        [--reset-every S] [--stall-every S] [--long-run-faults] [--only-first | --every-nth K] \
        [--down-kbit R] [--up-kbit R] [--rtt-ms T] [--report-every S]        (Ctrl+C prints the counters)

It sits between the desk's sync client and the county server and forwards bytes (HTTP or TLS alike; it never
parses them), shaping each direction on its own:

- bandwidth: a token bucket per direction, shared by all connections as a real link is, with a small burst
  (1500 bytes or 20 ms of the rate, whichever is more), so a 200 KB upload at 64 kbit/s takes about 25 s;
- latency: every chunk is stamped when it has been "serialised" and delivered RTT/2 later, a pipeline rather
  than stop-and-wait, so latency never cuts throughput. A new connection's first bytes wait one RTT more,
  the TCP handshake a client on the real link would pay (TLS handshakes pass through and pay their own);
- faults (:class:`Faults`): a real TCP reset (SO_LINGER 0, then close) of both sides once N bytes went up or
  down, "drop the response" (the request goes through whole, the reset comes with the first response byte:
  the server committed, the client never hears), a stall (nothing forwarded either way for S seconds, the
  connection kept open), a reset or a stall of every open connection every T seconds; byte faults hit every
  connection, the first only, or every k-th;
- counters (:class:`Counters`): bytes up and down, connections, resets and stalls, in total and per
  connection, readable while running.

Loss is not modelled packet by packet: a user-space proxy only sees the reliable stream TCP makes of a lossy
link. P1's 2 % loss shows up as periodic resets and stalls (:data:`LONG_RUN_FAULTS`); the retransmission
delays of a lossy link in between are not reproduced. Rates are in kbit/s of 1000 bits; the counters are TCP
payload bytes, without IP/TCP headers. Bytes a client writes sit in socket buffers before the proxy
shapes them, so a client's own "sent" progress runs ahead of the wire; its replies do not.

A :class:`ShapingProxy` runs its asyncio loop in a background thread; its profile and faults can be
changed while it runs, so one proxy serves a whole benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import socket
import struct
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from types import TracebackType
from typing import Literal, Self, TypeVar

_R = TypeVar("_R")

Direction = Literal["up", "down"]
_READ_SIZE = 65536
_QUEUE_PIECES = 256
_UNLIMITED_PIECE = 65536
_FLUSH_TIMEOUT_S = 2.0
_CALL_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class LinkProfile:
    """A link: bandwidth per direction in kbit/s (None: unlimited) and the round-trip time."""

    name: str
    down_kbit_s: float | None
    up_kbit_s: float | None
    rtt_ms: float
    handshake_rtts: int = 1

    def __post_init__(self) -> None:
        for rate in (self.down_kbit_s, self.up_kbit_s):
            if rate is not None and rate <= 0:
                raise ValueError(f"a bandwidth must be positive (or None for unlimited), not {rate}")
        if self.rtt_ms < 0 or self.handshake_rtts < 0:
            raise ValueError("the RTT and the handshake's round trips cannot be negative")

    def bytes_per_second(self, direction: Direction) -> float | None:
        rate = self.up_kbit_s if direction == "up" else self.down_kbit_s
        return None if rate is None else rate * 1000 / 8

    @property
    def one_way_s(self) -> float:
        return self.rtt_ms / 2000


PROFILES: dict[str, LinkProfile] = {
    "P1": LinkProfile("P1", down_kbit_s=256, up_kbit_s=64, rtt_ms=600),
    "P2": LinkProfile("P2", down_kbit_s=2000, up_kbit_s=512, rtt_ms=150),
    "none": LinkProfile("none", down_kbit_s=None, up_kbit_s=None, rtt_ms=0, handshake_rtts=0),
}


@dataclass(frozen=True)
class Faults:
    """What goes wrong, counted from when these faults were set (or the connection opened, if later).

    Byte thresholds fire when the N-th byte of that direction has been forwarded (N = 0: when the first
    byte arrives, before it is forwarded). ``drop_response`` is a reset as the first response byte arrives.
    A stall freezes both directions of the connection for ``stall_seconds``, once per connection. These
    byte faults hit the connections ``only_first`` or ``every_nth`` selects (1 = all), numbered from when
    the faults were set, connections already open first (a client's pooled keep-alive connection counts).
    ``reset_every_s`` resets, and ``stall_every_s`` stalls, every open connection every T seconds regardless.
    """

    reset_after_up: int | None = None
    reset_after_down: int | None = None
    drop_response: bool = False
    stall_after_up: int | None = None
    stall_after_down: int | None = None
    stall_seconds: float = 0.0
    only_first: bool = False
    every_nth: int = 1
    reset_every_s: float | None = None
    stall_every_s: float | None = None

    def __post_init__(self) -> None:
        thresholds = (self.reset_after_up, self.reset_after_down, self.stall_after_up, self.stall_after_down)
        if any(n is not None and n < 0 for n in thresholds):
            raise ValueError("byte thresholds cannot be negative")
        if self.every_nth < 1:
            raise ValueError("every_nth counts connections from 1")
        stalls = (self.stall_after_up, self.stall_after_down, self.stall_every_s)
        if any(n is not None for n in stalls) and self.stall_seconds <= 0:
            raise ValueError("a stall needs stall_seconds > 0")
        if any(period is not None and period <= 0 for period in (self.reset_every_s, self.stall_every_s)):
            raise ValueError("reset_every_s and stall_every_s must be positive")

    def selects(self, ordinal: int) -> bool:
        """Whether the byte faults hit the ``ordinal``-th connection (from 1) since they were set."""
        if self.only_first:
            return ordinal == 1
        return ordinal % self.every_nth == 0

    def reset_after(self, direction: Direction) -> int | None:
        limit = self.reset_after_up if direction == "up" else self.reset_after_down
        if direction == "down" and self.drop_response:
            return 0
        return limit

    def stall_after(self, direction: Direction) -> int | None:
        return self.stall_after_up if direction == "up" else self.stall_after_down


NO_FAULTS = Faults()
# The faults belonging to each profile for long runs: SYNC.md's P1 drops the link about every 2 minutes.
LONG_RUN_FAULTS: dict[str, Faults] = {"P1": Faults(reset_every_s=120.0), "P2": NO_FAULTS, "none": NO_FAULTS}


def floor_seconds(bytes_up: int, bytes_down: int, round_trips: int, profile: LinkProfile) -> float:
    """The least time a transfer can take on the link: bytes / bandwidth per direction + round trips x RTT."""
    seconds = round_trips * profile.rtt_ms / 1000
    counts: tuple[tuple[Direction, int], ...] = (("up", bytes_up), ("down", bytes_down))
    for direction, count in counts:
        rate = profile.bytes_per_second(direction)
        if rate is not None:
            seconds += count / rate
    return seconds


@dataclass(frozen=True)
class ConnectionCounters:
    """One connection: bytes forwarded each way, and whether (and why) the proxy reset it."""

    id: int
    bytes_up: int
    bytes_down: int
    stalls: int
    reset: str | None
    open: bool


@dataclass(frozen=True)
class Counters:
    """Totals and per-connection figures; ``since(earlier)`` gives what happened in between."""

    bytes_up: int
    bytes_down: int
    connections: int
    resets: int
    stalls: int
    per_connection: tuple[ConnectionCounters, ...]

    def since(self, earlier: Counters) -> Counters:
        before = {c.id: c for c in earlier.per_connection}
        changed = []
        for now in self.per_connection:
            then = before.get(now.id)
            if then is None:
                changed.append(now)
            elif (now.bytes_up, now.bytes_down, now.stalls, now.reset) != (
                then.bytes_up, then.bytes_down, then.stalls, then.reset
            ):
                changed.append(replace(now, bytes_up=now.bytes_up - then.bytes_up,
                                       bytes_down=now.bytes_down - then.bytes_down,
                                       stalls=now.stalls - then.stalls))
        return Counters(self.bytes_up - earlier.bytes_up, self.bytes_down - earlier.bytes_down,
                        self.connections - earlier.connections, self.resets - earlier.resets,
                        self.stalls - earlier.stalls, tuple(changed))

    def describe(self) -> str:
        lines = [f"{self.connections} connections, {self.bytes_up} bytes up, {self.bytes_down} bytes down, "
                 f"{self.resets} resets, {self.stalls} stalls"]
        for c in self.per_connection:
            state = "open" if c.open else (f"reset ({c.reset})" if c.reset else "closed")
            lines.append(f"  #{c.id}: {c.bytes_up} up, {c.bytes_down} down, {c.stalls} stalls, {state}")
        return "\n".join(lines)


@dataclass
class _Piece:
    data: bytes
    deliver_at: float


class _TokenBucket:
    """Serialisation delay of one direction of the link, shared by every connection on it."""

    def __init__(self, proxy: ShapingProxy, direction: Direction) -> None:
        self._proxy = proxy
        self._direction: Direction = direction
        self._lock = asyncio.Lock()
        self._tokens = 0.0
        self._stamp: float | None = None

    async def take(self, count: int) -> None:
        async with self._lock:  # FIFO: connections share the link in turn
            rate = self._proxy.profile.bytes_per_second(self._direction)
            now = asyncio.get_running_loop().time()
            if rate is None:
                self._stamp = now
                return
            burst = max(1500.0, rate * 0.02)
            elapsed = burst / rate if self._stamp is None else now - self._stamp
            self._tokens = min(burst, self._tokens + elapsed * rate) - count
            self._stamp = now
            if self._tokens < 0:
                # Oversleeping is credited back by the next refill, so the long-run rate stays exact.
                await asyncio.sleep(-self._tokens / rate)


def _piece_size(rate: float | None) -> int:
    """About 20 ms of the rate, so a profile change or a fault threshold applies promptly."""
    if rate is None:
        return _UNLIMITED_PIECE
    return int(min(16384, max(256, rate * 0.02)))


def _pieces(data: bytes, size: int) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), size):
        yield bytes(view[start:start + size])


def _unsent_bytes(sock: socket.socket) -> int:
    if sys.platform == "linux":
        import fcntl
        import termios

        raw = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, struct.pack("i", 0))
        return int(struct.unpack("i", raw)[0])
    return 0


class _Connection:
    def __init__(self, ident: int, opened: float, client: asyncio.StreamWriter) -> None:
        self.id = ident
        self.opened = opened
        self.client = client
        self.server: asyncio.StreamWriter | None = None
        self.forwarded: dict[Direction, int] = {"up": 0, "down": 0}
        self.base: dict[Direction, int] = {"up": 0, "down": 0}
        self.faults = NO_FAULTS
        self.selected = False
        self.stalled = False
        self.stalls = 0
        self.frozen_until = 0.0
        self.reset_reason: str | None = None
        self.closed = False
        self.handler: asyncio.Task[object] | None = None
        self.tasks: list[asyncio.Task[None]] = []

    def assign(self, faults: Faults, ordinal: int) -> None:
        self.faults = faults
        self.selected = faults.selects(ordinal)
        self.base = dict(self.forwarded)
        self.stalled = False

    def next_event(self, direction: Direction) -> tuple[int, Literal["reset", "stall"]] | None:
        """Bytes still to forward in ``direction`` before the nearest fault, and which fault it is."""
        if not self.selected:
            return None
        done = self.forwarded[direction] - self.base[direction]
        events: list[tuple[int, Literal["reset", "stall"]]] = []
        reset_at = self.faults.reset_after(direction)
        if reset_at is not None:
            events.append((max(0, reset_at - done), "reset"))
        stall_at = self.faults.stall_after(direction)
        if stall_at is not None and not self.stalled:
            events.append((max(0, stall_at - done), "stall"))
        return min(events, key=lambda event: (event[0], event[1] != "reset")) if events else None

    def reset_reason_for(self, direction: Direction) -> str:
        if direction == "down" and self.faults.drop_response:
            return "response dropped"
        return f"after {self.forwarded[direction] - self.base[direction]} bytes {direction}"

    def snapshot(self) -> ConnectionCounters:
        return ConnectionCounters(self.id, self.forwarded["up"], self.forwarded["down"], self.stalls,
                                  self.reset_reason, not self.closed)


class ShapingProxy:
    """The proxy, run in a background thread: ``with ShapingProxy(target, PROFILES["P1"]) as proxy: ...``."""

    def __init__(self, target: tuple[str, int], profile: LinkProfile, faults: Faults | None = None,
                 listen: tuple[str, int] = ("127.0.0.1", 0)) -> None:
        self._target = target
        self._listen = listen
        self._profile = profile
        self._faults = faults or NO_FAULTS
        self._lock = threading.Lock()
        self._connections: dict[int, _Connection] = {}
        self._next_id = 0
        self._ordinal = 0
        self._totals = {"bytes_up": 0, "bytes_down": 0, "resets": 0, "stalls": 0}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._address: tuple[str, int] | None = None
        self._periodic: list[asyncio.Task[None]] = []
        self._finished: list[ConnectionCounters] = []
        self._buckets: dict[Direction, _TokenBucket] = {}

    # -- life cycle ------------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the proxy is already running")
        self._thread = threading.Thread(target=self._run, name="shaping-proxy", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._start_error is not None:
            self._thread.join()
            raise self._start_error

    def close(self) -> None:
        loop, stop, thread = self._loop, self._stop, self._thread
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop finished on its own
                loop.call_soon_threadsafe(stop.set)
        if thread is not None:
            thread.join()

    @property
    def address(self) -> tuple[str, int]:
        if self._address is None:
            raise RuntimeError("the proxy is not running")
        return self._address

    # -- settings and figures (any thread) ------------------------------------------------------------

    @property
    def profile(self) -> LinkProfile:
        return self._profile

    def set_profile(self, profile: LinkProfile) -> None:
        """Takes effect with the next chunk each direction shapes (a chunk is about 20 ms of the rate)."""
        self._profile = profile

    @property
    def faults(self) -> Faults:
        return self._faults

    def set_faults(self, faults: Faults | None) -> None:
        """Open connections are numbered first (by age) and count their bytes from now; returns when in force."""
        chosen = faults or NO_FAULTS
        if self._loop is None or not self._loop.is_running():
            self._faults = chosen  # applied when the proxy starts
            return
        self._call_in_loop(lambda: self._apply_faults(chosen))

    def reset_all(self, reason: str = "manual") -> int:
        """Resets every open connection now; returns how many there were."""
        return self._call_in_loop(lambda: self._reset_open(reason))

    def stall_all(self, seconds: float) -> int:
        """Freezes every open connection for ``seconds`` from now; returns how many there were."""
        return self._call_in_loop(lambda: self._stall_open(seconds))

    @property
    def counters(self) -> Counters:
        with self._lock:
            per_connection = tuple(sorted([*self._finished, *(c.snapshot() for c in self._connections.values())],
                                          key=lambda c: c.id))
            return Counters(self._totals["bytes_up"], self._totals["bytes_down"], self._next_id,
                            self._totals["resets"], self._totals["stalls"], per_connection)

    def _call_in_loop(self, action: Callable[[], _R]) -> _R:
        """Runs ``action`` on the proxy's loop (the only thread that touches connections) and waits for it."""
        loop = self._loop
        if loop is None or loop.is_closed() or not loop.is_running():
            return action()
        if threading.current_thread() is self._thread:
            return action()

        async def run() -> _R:
            return action()

        return asyncio.run_coroutine_threadsafe(run(), loop).result(timeout=_CALL_TIMEOUT_S)

    # -- the loop's side ------------------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as error:
            if not self._ready.is_set():
                self._start_error = error
            raise
        finally:
            self._ready.set()  # start() must not wait for a loop that died
            loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        self._buckets = {"up": _TokenBucket(self, "up"), "down": _TokenBucket(self, "down")}
        try:
            server = await asyncio.start_server(self._handle, self._listen[0], self._listen[1])
        except OSError as error:
            self._start_error = error
            self._ready.set()
            return
        host, port = server.sockets[0].getsockname()[:2]
        self._address = (str(host), int(port))
        self._apply_faults(self._faults)
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            server.close()
            for task in self._periodic:
                task.cancel()
            handlers = [c.handler for c in self._connections.values() if c.handler is not None]
            for connection in list(self._connections.values()):
                self._shut(connection, rst=False)
            await asyncio.gather(*handlers, *self._periodic, return_exceptions=True)
            await server.wait_closed()

    def _apply_faults(self, faults: Faults) -> None:
        self._faults = faults
        self._ordinal = 0
        for connection in sorted(self._connections.values(), key=lambda c: c.id):
            if not connection.closed:
                self._ordinal += 1
                connection.assign(faults, self._ordinal)
        for task in self._periodic:
            task.cancel()
        loop = asyncio.get_running_loop()
        self._periodic = []
        if faults.reset_every_s is not None:
            reset = partial(self._reset_open, "periodic")
            self._periodic.append(loop.create_task(_every(faults.reset_every_s, reset)))
        if faults.stall_every_s is not None:
            stall = partial(self._stall_open, faults.stall_seconds)
            self._periodic.append(loop.create_task(_every(faults.stall_every_s, stall)))

    def _reset_open(self, reason: str) -> int:
        victims = [c for c in self._connections.values() if not c.closed]
        for connection in victims:
            self._reset(connection, reason)
        return len(victims)

    def _stall_open(self, seconds: float) -> int:
        victims = [c for c in self._connections.values() if not c.closed]
        for connection in victims:
            self._stall(connection, seconds)
        return len(victims)

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            self._next_id += 1
            connection = _Connection(self._next_id, loop.time(), client_writer)
            self._connections[connection.id] = connection
        connection.handler = asyncio.current_task()
        self._ordinal += 1
        connection.assign(self._faults, self._ordinal)
        try:
            await self._relay(connection, client_reader, client_writer)
        finally:
            self._shut(connection, rst=False)
            with self._lock:  # a long run's closed connections keep only their figures
                del self._connections[connection.id]
                self._finished.append(connection.snapshot())

    async def _relay(self, connection: _Connection, client_reader: asyncio.StreamReader,
                     client_writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        try:
            server_reader, server_writer = await asyncio.open_connection(*self._target)
        except OSError:
            self._shut(connection, rst=True)
            return
        connection.server = server_writer
        if connection.closed:  # reset while connecting
            self._shut(connection, rst=True)
            server_writer.transport.abort()
            return
        up: asyncio.Queue[_Piece | None] = asyncio.Queue(_QUEUE_PIECES)
        down: asyncio.Queue[_Piece | None] = asyncio.Queue(_QUEUE_PIECES)
        connection.tasks = [
            loop.create_task(self._guard(connection, partial(self._shape, connection, "up", client_reader, up))),
            loop.create_task(self._guard(connection, partial(self._deliver, connection, "up", up, server_writer))),
            loop.create_task(self._guard(connection, partial(self._shape, connection, "down", server_reader, down))),
            loop.create_task(self._guard(connection, partial(self._deliver, connection, "down", down, client_writer))),
        ]
        await asyncio.gather(*connection.tasks, return_exceptions=True)

    async def _guard(self, connection: _Connection, work: Callable[[], Awaitable[None]]) -> None:
        """A peer that resets or vanishes: the proxy resets the other side too, as a broken link would."""
        try:
            await work()
        except (ConnectionError, OSError):
            self._shut(connection, rst=True)

    async def _shape(self, connection: _Connection, direction: Direction, source: asyncio.StreamReader,
                     queue: asyncio.Queue[_Piece | None]) -> None:
        """Reads, charges each piece to the link's bandwidth and stamps it with its arrival time."""
        loop = asyncio.get_running_loop()
        bucket = self._buckets[direction]
        first = True
        while True:
            data = await source.read(_READ_SIZE)
            if not data:
                await queue.put(None)
                return
            if first and direction == "up":
                # The client's first bytes leave once its SYN has come back, which the local connect skipped.
                profile = self._profile
                await _sleep_until(connection.opened + profile.handshake_rtts * profile.rtt_ms / 1000)
            first = False
            for piece in _pieces(data, _piece_size(self._profile.bytes_per_second(direction))):
                await _sleep_until(connection.frozen_until)
                await bucket.take(len(piece))
                await queue.put(_Piece(piece, loop.time() + self._profile.one_way_s))

    async def _deliver(self, connection: _Connection, direction: Direction, queue: asyncio.Queue[_Piece | None],
                       target: asyncio.StreamWriter) -> None:
        """Writes each piece when it is due, firing the connection's faults at their byte counts."""
        while True:
            piece = await queue.get()
            if piece is None:
                if target.can_write_eof():
                    target.write_eof()
                return
            await _sleep_until(piece.deliver_at)
            data = piece.data
            while data:
                await _sleep_until(connection.frozen_until)
                event = connection.next_event(direction)
                if event is None or event[0] > len(data):
                    await self._write(connection, direction, target, data)
                    break
                remaining, kind = event
                await self._write(connection, direction, target, data[:remaining])
                data = data[remaining:]
                if kind == "reset":
                    await _flushed(target)
                    self._reset(connection, connection.reset_reason_for(direction))
                    return
                connection.stalled = True
                self._stall(connection, connection.faults.stall_seconds)

    async def _write(self, connection: _Connection, direction: Direction, target: asyncio.StreamWriter,
                     data: bytes) -> None:
        if not data:
            return
        target.write(data)
        await target.drain()
        with self._lock:
            connection.forwarded[direction] += len(data)
            self._totals[f"bytes_{direction}"] += len(data)

    def _stall(self, connection: _Connection, seconds: float) -> None:
        until = asyncio.get_running_loop().time() + seconds
        connection.frozen_until = max(connection.frozen_until, until)
        with self._lock:
            connection.stalls += 1
            self._totals["stalls"] += 1

    def _reset(self, connection: _Connection, reason: str) -> None:
        if connection.closed:
            return
        with self._lock:
            connection.reset_reason = reason
            self._totals["resets"] += 1
        self._shut(connection, rst=True)

    def _shut(self, connection: _Connection, *, rst: bool) -> None:
        """Closes both sides; with ``rst`` a real reset (SO_LINGER 0 drops the unsent and sends RST)."""
        if connection.closed:
            return
        with self._lock:
            connection.closed = True
        current = asyncio.current_task()
        for task in connection.tasks:
            if task is not current:
                task.cancel()
        for writer in (connection.client, connection.server):
            if writer is None:
                continue
            if rst:
                sock = writer.get_extra_info("socket")
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
            else:
                writer.close()



async def _every(period: float, action: Callable[[], object]) -> None:
    """Runs ``action`` every ``period`` seconds on the loop's clock, without drifting."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    beat = 0
    while True:
        beat += 1
        await _sleep_until(start + beat * period)
        action()


async def _sleep_until(moment: float) -> None:
    delay = moment - asyncio.get_running_loop().time()
    if delay > 0:
        await asyncio.sleep(delay)


async def _flushed(writer: asyncio.StreamWriter) -> None:
    """Waits until the kernel has sent (and the peer acknowledged) what was written, so a reset loses none of it."""
    sock = writer.get_extra_info("socket")
    if sock is None:
        return
    deadline = time.monotonic() + _FLUSH_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            if _unsent_bytes(sock) == 0:
                return
        except OSError:
            return
        await asyncio.sleep(0.002)


# -- command line -------------------------------------------------------------------------------------


def _address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, not {text!r}")
    return host, int(port)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--listen", type=_address, default=("127.0.0.1", 8081), help="HOST:PORT to accept on")
    parser.add_argument("--target", type=_address, required=True, help="HOST:PORT of the server")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="P1")
    parser.add_argument("--down-kbit", type=float, help="override the profile's download rate")
    parser.add_argument("--up-kbit", type=float, help="override the profile's upload rate")
    parser.add_argument("--rtt-ms", type=float, help="override the profile's round-trip time")
    parser.add_argument("--long-run-faults", action="store_true", help="the profile's periodic resets (P1: 2 min)")
    parser.add_argument("--reset-after-up", type=int, metavar="N")
    parser.add_argument("--reset-after-down", type=int, metavar="N")
    parser.add_argument("--drop-response", action="store_true", help="reset as the first response byte arrives")
    parser.add_argument("--stall-after-up", type=int, metavar="N")
    parser.add_argument("--stall-after-down", type=int, metavar="N")
    parser.add_argument("--stall-seconds", type=float, default=0.0, metavar="S")
    parser.add_argument("--reset-every", type=float, metavar="S", help="reset every open connection every S s")
    parser.add_argument("--stall-every", type=float, metavar="S", help="stall every open connection every S s")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--only-first", action="store_true", help="byte faults hit the first connection only")
    which.add_argument("--every-nth", type=int, default=1, metavar="K", help="byte faults hit every K-th connection")
    parser.add_argument("--report-every", type=float, metavar="S", help="print the counters every S seconds")
    return parser.parse_args(argv)


def settings_from(args: argparse.Namespace) -> tuple[LinkProfile, Faults]:
    profile = PROFILES[args.profile]
    if (args.down_kbit, args.up_kbit, args.rtt_ms) != (None, None, None):
        profile = LinkProfile(
            f"{profile.name}*",
            down_kbit_s=profile.down_kbit_s if args.down_kbit is None else args.down_kbit,
            up_kbit_s=profile.up_kbit_s if args.up_kbit is None else args.up_kbit,
            rtt_ms=profile.rtt_ms if args.rtt_ms is None else args.rtt_ms,
            handshake_rtts=profile.handshake_rtts,
        )
    base = LONG_RUN_FAULTS[args.profile] if args.long_run_faults else NO_FAULTS
    faults = replace(
        base,
        reset_after_up=args.reset_after_up,
        reset_after_down=args.reset_after_down,
        drop_response=args.drop_response,
        stall_after_up=args.stall_after_up,
        stall_after_down=args.stall_after_down,
        stall_seconds=args.stall_seconds,
        only_first=args.only_first,
        every_nth=args.every_nth,
        reset_every_s=args.reset_every if args.reset_every is not None else base.reset_every_s,
        stall_every_s=args.stall_every,
    )
    return profile, faults


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        profile, faults = settings_from(args)
    except ValueError as error:
        print(f"shaping_proxy: {error}", file=sys.stderr)
        return 2
    with ShapingProxy(args.target, profile, faults, listen=args.listen) as proxy:
        host, port = proxy.address
        print(f"shaping {host}:{port} -> {args.target[0]}:{args.target[1]} as {profile} with {faults}", flush=True)
        try:
            while True:
                time.sleep(args.report_every or 3600)
                if args.report_every:
                    print(proxy.counters.describe(), flush=True)
        except KeyboardInterrupt:
            print(proxy.counters.describe(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
