"""The shaping proxy of the sync benchmarks: rates, latency, resets, stalls and counters, against real sockets."""

from __future__ import annotations

import http.client
import http.server
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.shaping_proxy import PROFILES, Faults, LinkProfile, ShapingProxy, floor_seconds

FAST = LinkProfile("fast", down_kbit_s=None, up_kbit_s=None, rtt_ms=0, handshake_rtts=0)
MBIT = LinkProfile("1 Mbit/s", down_kbit_s=1000, up_kbit_s=1000, rtt_ms=0, handshake_rtts=0)


class _Handler(socketserver.BaseRequestHandler):
    """First line is the command: ECHO (echo until EOF), SEND n (send n bytes, close), RECV (count until EOF)."""

    server: _Target

    def handle(self) -> None:
        try:
            self._serve(self.request)
        except ConnectionResetError:
            self.server.resets += 1

    def _serve(self, sock: socket.socket) -> None:
        command = b""
        while not command.endswith(b"\n"):
            byte = sock.recv(1)
            if not byte:
                return
            command += byte
        self.server.received_bytes(len(command))
        verb, _, argument = command.strip().partition(b" ")
        if verb == b"ECHO":
            while data := sock.recv(65536):
                self.server.received_bytes(len(data))
                sock.sendall(data)
        elif verb == b"SEND":
            sock.sendall(b"x" * int(argument))
        elif verb == b"RECV":
            total = 0
            while data := sock.recv(65536):
                total += len(data)
                self.server.received_bytes(len(data))
            sock.sendall(b"GOT %d\n" % total)


class _Target(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received = 0
        self.resets = 0
        self._lock = threading.Lock()

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.server_address[:2]
        return str(host), int(port)

    def received_bytes(self, count: int) -> None:
        with self._lock:
            self.received += count


@pytest.fixture
def target() -> Iterator[_Target]:
    server = _Target()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _connect(proxy: ShapingProxy) -> socket.socket:
    return socket.create_connection(proxy.address, timeout=10)


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _upload_seconds(proxy: ShapingProxy, size: int) -> float:
    with _connect(proxy) as sock:
        start = time.monotonic()
        sock.sendall(b"RECV\n" + b"u" * size)
        sock.shutdown(socket.SHUT_WR)
        assert _read_all(sock) == b"GOT %d\n" % size
        return time.monotonic() - start


def _download_seconds(proxy: ShapingProxy, size: int) -> float:
    with _connect(proxy) as sock:
        start = time.monotonic()
        sock.sendall(b"SEND %d\n" % size)
        assert len(_read_all(sock)) == size
        return time.monotonic() - start


def _received_until_reset(sock: socket.socket) -> int:
    received = 0
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return received
        assert chunk, "the connection was closed, not reset"
        received += len(chunk)


def _echo_connection(proxy: ShapingProxy) -> socket.socket:
    sock = _connect(proxy)
    sock.sendall(b"ECHO\n")
    return sock


def _echo_seconds(sock: socket.socket, payload: bytes) -> float:
    start = time.monotonic()
    sock.sendall(payload)
    received = b""
    while len(received) < len(payload):
        received += sock.recv(65536)
    assert received == payload
    return time.monotonic() - start


def test_upload_and_download_run_at_the_configured_rate(target: _Target) -> None:
    with ShapingProxy(target.address, MBIT) as proxy:
        up = _upload_seconds(proxy, 250_000)
        down = _download_seconds(proxy, 250_000)
    assert up == pytest.approx(2.0, rel=0.15)
    assert down == pytest.approx(2.0, rel=0.15)


def test_latency_adds_one_rtt_per_round_trip_and_the_handshake_one_more(target: _Target) -> None:
    slow = LinkProfile("slow", down_kbit_s=None, up_kbit_s=None, rtt_ms=400)
    with ShapingProxy(target.address, slow) as proxy, _echo_connection(proxy) as sock:
        first = _echo_seconds(sock, b"hello")  # the first bytes of a connection pay the TCP handshake
        again = _echo_seconds(sock, b"hello again")
    assert first == pytest.approx(0.8, abs=0.08)
    assert again == pytest.approx(0.4, abs=0.06)


def test_latency_does_not_cut_throughput(target: _Target) -> None:
    laggy = LinkProfile("laggy", down_kbit_s=1000, up_kbit_s=1000, rtt_ms=300)
    with ShapingProxy(target.address, laggy) as proxy:
        seconds = _upload_seconds(proxy, 250_000)
    # handshake RTT + 2 s on the wire + the last byte's way up + the reply's way down; stop-and-wait is far slower
    assert seconds == pytest.approx(0.3 + 2.0 + 0.15 + 0.15, rel=0.15)


def test_reset_after_n_bytes_up_forwards_exactly_n_then_resets_both_sides(target: _Target) -> None:
    with ShapingProxy(target.address, FAST, Faults(reset_after_up=1000)) as proxy, _connect(proxy) as sock:
        sock.sendall(b"RECV\n" + b"u" * 5000)
        with pytest.raises(ConnectionResetError):
            sock.recv(100)
        _wait_for(lambda: target.resets == 1)
        assert target.received == 1000
        counters = proxy.counters
    assert (counters.bytes_up, counters.resets) == (1000, 1)
    assert counters.per_connection[0].reset == "after 1000 bytes up"


def test_reset_after_n_bytes_down_delivers_exactly_n_then_the_client_sees_a_reset(target: _Target) -> None:
    with ShapingProxy(target.address, FAST, Faults(reset_after_down=30_000)) as proxy, \
            _connect(proxy) as sock:
        sock.sendall(b"SEND 100000\n")
        assert _received_until_reset(sock) == 30_000
        assert proxy.counters.bytes_down == 30_000


def test_dropped_response_reaches_the_server_whole_but_the_client_gets_a_reset() -> None:
    bodies: list[bytes] = []

    class Committing(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Committing)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    body = b"m" * 20_000
    try:
        with ShapingProxy(("127.0.0.1", server.server_address[1]), PROFILES["P2"], Faults(drop_response=True)) as proxy:
            client = http.client.HTTPConnection(*proxy.address, timeout=10)
            client.request("POST", "/push", body=body)
            with pytest.raises(ConnectionResetError):
                client.getresponse()
            client.close()
            counters = proxy.counters
            assert (counters.bytes_down, counters.per_connection[0].reset) == (0, "response dropped")
    finally:
        server.shutdown()
        server.server_close()
    assert bodies == [body]


def test_a_stall_holds_the_bytes_for_the_given_time_without_closing(target: _Target) -> None:
    faults = Faults(stall_after_down=4000, stall_seconds=1.0)
    with ShapingProxy(target.address, FAST, faults) as proxy, _connect(proxy) as sock:
        sock.sendall(b"SEND 10000\n")
        first = b""
        while len(first) < 4000:
            first += sock.recv(4000 - len(first))
        held_from = time.monotonic()
        rest = _read_all(sock)
        held = time.monotonic() - held_from
        assert proxy.counters.stalls == 1
    assert (len(first), len(rest)) == (4000, 6000)
    assert held == pytest.approx(1.0, abs=0.1)


def test_counters_match_what_was_sent_each_way_per_connection_and_in_total(target: _Target) -> None:
    with ShapingProxy(target.address, FAST) as proxy:
        with _echo_connection(proxy) as sock:
            _echo_seconds(sock, b"e" * 3000)
        _download_seconds(proxy, 7000)
        _wait_for(lambda: not any(c.open for c in proxy.counters.per_connection))
        counters = proxy.counters
    assert (counters.connections, counters.resets, counters.stalls) == (2, 0, 0)
    assert [(c.bytes_up, c.bytes_down) for c in counters.per_connection] == [(3005, 3000), (len(b"SEND 7000\n"), 7000)]
    assert (counters.bytes_up, counters.bytes_down) == (3005 + 10, 10_000)


def test_counters_since_an_earlier_reading_give_what_happened_in_between(target: _Target) -> None:
    with ShapingProxy(target.address, FAST) as proxy:
        _download_seconds(proxy, 1000)
        _wait_for(lambda: not any(c.open for c in proxy.counters.per_connection))
        before = proxy.counters
        _download_seconds(proxy, 2000)
        _wait_for(lambda: not any(c.open for c in proxy.counters.per_connection))
        delta = proxy.counters.since(before)
    assert (delta.connections, delta.bytes_down, [c.id for c in delta.per_connection]) == (1, 2000, [2])


def test_a_profile_change_while_running_applies_to_the_next_chunk(target: _Target) -> None:
    crawl = LinkProfile("crawl", down_kbit_s=40, up_kbit_s=None, rtt_ms=0, handshake_rtts=0)  # 5 KB/s: 40 s
    with ShapingProxy(target.address, crawl) as proxy, _connect(proxy) as sock:
        start = time.monotonic()
        sock.sendall(b"SEND 200000\n")
        received = len(sock.recv(65536))
        proxy.set_profile(FAST)
        received += len(_read_all(sock))
        seconds = time.monotonic() - start
    assert received == 200_000
    assert seconds < 1.0


def test_the_first_connection_only_or_every_kth_is_hit(target: _Target) -> None:
    def outcome(proxy: ShapingProxy) -> str:
        try:
            _download_seconds(proxy, 100)
        except ConnectionResetError:
            return "reset"
        return "ok"

    with ShapingProxy(target.address, FAST, Faults(reset_after_up=0, only_first=True)) as proxy:
        assert [outcome(proxy) for _ in range(3)] == ["reset", "ok", "ok"]
        _wait_for(lambda: not any(c.open for c in proxy.counters.per_connection))  # else the last is numbered 1
        proxy.set_faults(Faults(reset_after_up=0, every_nth=2))
        assert [outcome(proxy) for _ in range(4)] == ["ok", "reset", "ok", "reset"]
        assert proxy.counters.resets == 3


def test_faults_set_on_an_open_connection_count_bytes_from_then(target: _Target) -> None:
    with ShapingProxy(target.address, FAST) as proxy, _echo_connection(proxy) as sock:
        _echo_seconds(sock, b"a" * 500)
        proxy.set_faults(Faults(reset_after_down=100))
        sock.sendall(b"b" * 300)
        assert _received_until_reset(sock) == 100


def test_periodic_resets_cut_every_open_connection(target: _Target) -> None:
    with ShapingProxy(target.address, FAST, Faults(reset_every_s=0.3)) as proxy:
        with _echo_connection(proxy) as one, _echo_connection(proxy) as two:
            _echo_seconds(one, b"1")
            _echo_seconds(two, b"2")
            start = time.monotonic()
            for sock in (one, two):
                with pytest.raises(ConnectionResetError):
                    sock.recv(10)
            assert time.monotonic() - start < 0.35
        assert proxy.counters.resets == 2
        assert {c.reset for c in proxy.counters.per_connection} == {"periodic"}


def test_periodic_and_manual_stalls_freeze_every_open_connection(target: _Target) -> None:
    faults = Faults(stall_every_s=0.5, stall_seconds=0.3)
    with ShapingProxy(target.address, FAST, faults) as proxy, _echo_connection(proxy) as sock:
        started = time.monotonic()
        _echo_seconds(sock, b"before")
        time.sleep(0.55 - (time.monotonic() - started))  # inside the first periodic stall (0.5 to 0.8 s)
        periodic = _echo_seconds(sock, b"during")
        proxy.set_faults(None)
        assert proxy.stall_all(0.4) == 1
        manual = _echo_seconds(sock, b"manual")
        assert proxy.counters.stalls == 2
    assert periodic == pytest.approx(0.25, abs=0.1)
    assert manual == pytest.approx(0.4, abs=0.1)


def test_reset_all_resets_the_open_connections_now(target: _Target) -> None:
    with ShapingProxy(target.address, FAST) as proxy, _echo_connection(proxy) as sock:
        _echo_seconds(sock, b"hi")
        assert proxy.reset_all() == 1
        with pytest.raises(ConnectionResetError):
            sock.recv(10)
        assert proxy.counters.per_connection[0].reset == "manual"


def test_a_refusing_target_leaves_the_client_with_a_reset() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with ShapingProxy(("127.0.0.1", closed_port), FAST) as proxy:
        # the reset may beat the end of the client's connect() or come at its first read: a reset either way
        with pytest.raises(ConnectionResetError), _connect(proxy) as sock:
            sock.recv(10)
        assert proxy.counters.connections == 1


def test_floor_seconds_adds_each_direction_at_its_rate_and_the_round_trips() -> None:
    # P1: 200 KB up at 64 kbit/s = 25 s, 20 KB down at 256 kbit/s = 0.625 s, 2 round trips of 600 ms = 1.2 s
    assert floor_seconds(200_000, 20_000, 2, PROFILES["P1"]) == pytest.approx(26.825)
    assert floor_seconds(10**9, 10**9, 3, PROFILES["none"]) == 0.0


def test_bad_fault_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="stall_seconds"):
        Faults(stall_after_up=10)
    with pytest.raises(ValueError, match="every_nth"):
        Faults(every_nth=0)


def test_the_command_line_proxy_prints_its_counters_on_ctrl_c(target: _Target) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    script = Path(__file__).resolve().parents[2] / "bench" / "shaping_proxy.py"
    host, target_port = target.address
    process = subprocess.Popen(
        [sys.executable, str(script), "--listen", f"127.0.0.1:{port}", "--target", f"{host}:{target_port}",
         "--profile", "none"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert f"shaping 127.0.0.1:{port}" in process.stdout.readline()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"SEND 1234\n")
            assert len(_read_all(sock)) == 1234
        time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert "1 connections, 10 bytes up, 1234 bytes down, 0 resets" in output


def _wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)
