"""Fork servers for the kill tests: a desk and a county that can be killed and started again in a fraction
of a second, so that a test can afford a hundred real SIGKILLs.

``python -m tests.e2e.forks desk DATA_DIR USER PASSWORD`` reads commands on stdin, one per line:

- ``sync SPEC`` forks a desk process that signs in and syncs once with ``CUNBAO_CRASH_AT=SPEC`` (``-`` for
  none) and answers ``exit N`` (``-9`` when it was killed);
- ``edit N SEED`` forks one that changes N residents' phone numbers and, every other time, attaches a scan
  to a case (new work to push), and answers ``exit 0``.

``python -m tests.e2e.forks county DATA_DIR PORT`` answers ``start SPEC`` by reaping the server process if it
died, stopping it if it runs, and forking a fresh one on PORT with that crash spec (``started``), and ``stop``
by stopping it (``stopped``).

The parent imports everything once and never opens a database, so every child starts clean, as a new
process would, without Python's start-up.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import sys
import time
from pathlib import Path

from sync.crash import VARIABLE


def _child_exit(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def _desk(data_dir: Path, user: str, password: str) -> None:
    from sqlalchemy import select

    from desktop.services.desk import Desk
    from desktop.services.errors import ServiceError
    from desktop.services.sync import SyncService
    from desktop.store.models import Attachment, Case, Resident
    from sync.client import Backoff

    def sync(spec: str) -> int:
        if spec != "-":
            os.environ[VARIABLE] = spec
        desk = Desk.sign_in(data_dir, user, password)
        try:
            SyncService(desk.store, user, backoff=Backoff(attempts=1)).sync()
            return 0
        except ServiceError:
            return 1
        finally:
            desk.close()

    def edit(count: int, seed: int) -> int:
        rng = random.Random(seed)
        desk = Desk.sign_in(data_dir, user, password)
        try:
            with desk.store.session(user) as session:
                residents = list(session.scalars(select(Resident).order_by(Resident.id)))
                for resident in rng.sample(residents, min(count, len(residents))):
                    resident.phone = f"139{rng.randrange(10**8):08d}"
                cases = list(session.scalars(select(Case).order_by(Case.id)))
                if cases and rng.random() < 0.5:  # a scan brought later, a few hundred KB
                    scan = rng.randbytes(rng.randrange(100_000, 700_000))
                    sha = desk.store.attachments.put(scan)
                    case = rng.choice(cases)
                    case.attachments.append(Attachment(content_hash=sha, mime="image/jpeg", size=len(scan),
                                                       name=f"scan-{seed}.jpg"))  # fmt: skip
            return 0
        finally:
            desk.close()

    for line in sys.stdin:
        words = line.split()
        pid = os.fork()
        if pid == 0:
            code = sync(words[1]) if words[0] == "sync" else edit(int(words[1]), int(words[2]))
            os._exit(code)
        print(f"exit {_child_exit(pid)}", flush=True)


def _county(data_dir: Path, port: int) -> None:
    import uvicorn

    from sync.county.api import create_app
    from sync.county.store import CountyStore

    child: int | None = None

    def stop() -> None:
        nonlocal child
        if child is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGTERM)
        _child_exit(child)
        child = None

    for line in sys.stdin:
        words = line.split()
        stop()
        if words[0] == "stop":
            print("stopped", flush=True)
            continue
        pid = os.fork()
        if pid == 0:
            if words[1] != "-":
                os.environ[VARIABLE] = words[1]
            store = CountyStore.open(data_dir)
            uvicorn.run(create_app(store, data_dir), host="127.0.0.1", port=port, log_level="critical")
            os._exit(0)
        child = pid
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.02)
        print("started", flush=True)
    stop()


if __name__ == "__main__":
    if sys.argv[1] == "desk":
        _desk(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
    else:
        _county(Path(sys.argv[2]), int(sys.argv[3]))
