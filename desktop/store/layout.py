"""Where the desk keeps its files inside a data directory: the one place that names them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "cunbao.db"
KEYSLOTS_NAME = "keyslots.json"
ATTACHMENTS_DIR = "attachments"
BACKUPS_DIR = "backups"
WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"


@dataclass(frozen=True)
class DataDir:
    """The files of one desk installation under ``root``."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def keyslots(self) -> Path:
        return self.root / KEYSLOTS_NAME

    @property
    def attachments(self) -> Path:
        return self.root / ATTACHMENTS_DIR

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIR


def sidecar_files(database: Path) -> tuple[Path, Path]:
    """The WAL and shared-memory files SQLite keeps beside ``database``."""
    return (database.with_name(database.name + WAL_SUFFIX), database.with_name(database.name + SHM_SUFFIX))


def keyslots_beside(database_copy: Path) -> Path:
    """The key-slot file stored next to a backup copy (a backup cannot be opened without it)."""
    return database_copy.with_name(database_copy.name + "." + KEYSLOTS_NAME)
