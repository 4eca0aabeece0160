"""A throwaway PostgreSQL cluster for the tests: initdb, pg_ctl start on a free port, stop and remove.

Run as root (CI), initdb refuses to run, so the cluster belongs to the ``postgres`` user and its
commands run through ``runuser``. Durability is off (fsync, full-page writes): the data dies with the test.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
DATABASE = "cunbao_test"
SERVICE_USER = "postgres"


class ClusterUnavailableError(RuntimeError):
    pass


def find_bin_dir() -> Path:
    """The newest installed server binaries (Debian layout first, then initdb on PATH)."""
    candidates = sorted(
        (Path(d) for d in glob.glob(PG_BIN_GLOB) if (Path(d) / "initdb").exists()),
        key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1]
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ClusterUnavailableError(
        "No PostgreSQL server binaries found (looked for /usr/lib/postgresql/*/bin/initdb and initdb on PATH). "
        "The county store tests need a real PostgreSQL: install it (Debian/Ubuntu: apt-get install postgresql) "
        "or point $CUNBAO_TEST_PG_URL at a database you may create schemas in."
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    port: int
    as_root: bool

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SERVICE_USER}@127.0.0.1:{self.port}/{DATABASE}"

    def _run(self, args: Sequence[str]) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ClusterUnavailableError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{tail}")

    def start(self) -> None:
        self._run(["initdb", "-D", str(self.data), "-A", "trust", "-U", SERVICE_USER, "-E", "UTF8", "--no-sync"])
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        self._run(["pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start"])
        self._run(["createdb", "-h", str(self.root), "-p", str(self.port), "-U", SERVICE_USER, DATABASE])

    def stop(self) -> None:
        try:
            self._run(["pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    bin_dir = find_bin_dir()
    as_root = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="cunbao-pg-"))
    if as_root:
        try:
            shutil.chown(root, user=SERVICE_USER)
        except LookupError as exc:
            shutil.rmtree(root, ignore_errors=True)
            raise ClusterUnavailableError(
                f"Running as root, the cluster must belong to the user {SERVICE_USER!r}, which does not exist. "
                "Install PostgreSQL from the distribution (apt-get install postgresql creates it) or set "
                "$CUNBAO_TEST_PG_URL."
            ) from exc
    cluster = Cluster(bin_dir, root, free_port(), as_root)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster
