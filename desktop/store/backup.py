"""Encrypted backups with SQLite's online backup API, and restoring one without risking the live data.

A backup is a single self-contained file (rollback journal, no WAL) encrypted with the same data key,
with a copy of the key-slot file beside it - without that file nobody could open the copy. Restoring
checks the copy thoroughly first; the live files are then set aside (copied as they are, so even a
damaged database is kept) and replaced with one atomic rename.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from desktop.store.engine import connect_raw, engine_path, is_plain_sqlite
from desktop.store.files import fsync_file, sync_directory
from desktop.store.keys import KeySlots
from desktop.store.layout import KEYSLOTS_NAME, keyslots_beside, sidecar_files
from desktop.store.problems import BackupProblem, StoreError
from desktop.store.revisions import known_revisions

DAILY = "daily"
BEFORE_RESTORE = "before-restore"
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    revision: str
    previous_saved_as: Path | None


def backup_name(reason: str, at: datetime) -> str:
    return f"cunbao-{reason}-{at.astimezone(UTC).strftime(_STAMP_FORMAT)}.db"


def list_backups(dest_dir: Path, reason: str) -> list[Path]:
    """Backups for ``reason``, oldest first (the names sort by time)."""
    if not dest_dir.is_dir():
        return []
    pattern = re.compile(rf"^cunbao-{re.escape(reason)}-(\d{{8}}T\d{{12}}Z)\.db$")
    return sorted(p for p in dest_dir.iterdir() if pattern.match(p.name))


def backup_time(path: Path) -> datetime:
    stamp = path.name.rsplit("-", 1)[1].removesuffix(".db")
    return datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=UTC)


def backup(
    source: Engine | Path,
    key: bytes,
    dest_dir: Path,
    reason: str,
    *,
    keep: int = 10,
    keyslots: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy the live database into ``dest_dir`` (online: others may keep working), keep the last ``keep``.

    ``keyslots`` defaults to the key-slot file beside the source database; it is copied beside the backup.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be lower-case words with hyphens: {reason!r}")
    dest_dir.mkdir(parents=True, exist_ok=True)
    source_path = engine_path(source) if isinstance(source, Engine) else source
    final = dest_dir / backup_name(reason, now or datetime.now(UTC))
    tmp = final.with_name("." + final.name + ".tmp")
    try:
        _copy_online(source, key, tmp)
        _check_copy(tmp, key)
        slots = keyslots or source_path.with_name(KEYSLOTS_NAME)
        if slots.exists():
            shutil.copyfile(slots, keyslots_beside(final))
            fsync_file(keyslots_beside(final))
        os.replace(tmp, final)
        sync_directory(dest_dir)
    finally:
        tmp.unlink(missing_ok=True)
    _prune(dest_dir, reason, keep)
    return final


def daily_backup(
    source: Engine | Path, key: bytes, dest_dir: Path, *, keep: int = 7, now: datetime | None = None
) -> Path | None:
    """A ``daily`` backup if the last one is a day old or more; None if a recent one exists."""
    moment = now or datetime.now(UTC)
    existing = list_backups(dest_dir, DAILY)
    if existing and moment - backup_time(existing[-1]) < timedelta(days=1):
        return None
    return backup(source, key, dest_dir, DAILY, keep=keep, now=moment)


def verify_backup(path: Path, key: bytes) -> str:
    """The migration revision of a backup that passed every check; otherwise :class:`StoreError`."""
    if not path.is_file():
        raise StoreError.of(BackupProblem.UNREADABLE, path=str(path))
    if is_plain_sqlite(path):
        raise StoreError.of(BackupProblem.NOT_ENCRYPTED, path=str(path))
    try:
        conn = connect_raw(path, key, read_only=True)
    except StoreError as exc:
        raise StoreError.of(BackupProblem.UNREADABLE, path=str(path)) from exc
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise StoreError.of(BackupProblem.INTEGRITY, path=str(path))
        if [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()] != ["ok"]:
            raise StoreError.of(BackupProblem.INTEGRITY, path=str(path))
        revision = _revision(conn)
    except StoreError:
        raise
    except Exception as exc:  # a damaged page can surface as any SQLite error
        raise StoreError.of(BackupProblem.INTEGRITY, path=str(path)) from exc
    finally:
        conn.close()
    if revision not in known_revisions():
        raise StoreError.of(BackupProblem.UNKNOWN_REVISION, revision=revision or "")
    return revision


def restore(backup_file: Path, key: bytes, database: Path, backup_dir: Path) -> RestoreReport:
    """Replace the (closed) live database with a verified backup, after setting the live files aside.

    The backup's key-slot file replaces the live one only if the backup is of another database:
    passwords changed since the backup stay valid when the database is the same.
    """
    revision = verify_backup(backup_file, key)
    backup_slots = keyslots_beside(backup_file)
    if not backup_slots.exists():
        raise StoreError.of(BackupProblem.SLOTS_MISSING, path=str(backup_slots))
    live_slots = database.with_name(KEYSLOTS_NAME)
    previous = _set_aside(database, live_slots, backup_dir) if database.exists() else None

    tmp = database.with_name("." + database.name + ".restoring")
    shutil.copyfile(backup_file, tmp)
    fsync_file(tmp)
    for sidecar in sidecar_files(database):
        sidecar.unlink(missing_ok=True)  # a stale WAL would be replayed onto the restored file
    os.replace(tmp, database)
    if (
        not live_slots.exists()
        or KeySlots.load(backup_slots).database_id != KeySlots.load(live_slots).database_id
    ):
        tmp_slots = live_slots.with_name("." + live_slots.name + ".restoring")
        shutil.copyfile(backup_slots, tmp_slots)
        fsync_file(tmp_slots)
        os.replace(tmp_slots, live_slots)
    sync_directory(database.parent)
    return RestoreReport(backup_file, revision, previous)


def _copy_online(source: Engine | Path, key: bytes, target: Path) -> None:
    dest = connect_raw(target, key, wal=False)
    try:
        if isinstance(source, Engine):
            raw = source.raw_connection()
            try:
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
            finally:
                raw.close()
        else:
            src = connect_raw(source, key)
            try:
                src.backup(dest)
            finally:
                src.close()
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL beside it
    finally:
        dest.close()
    fsync_file(target)


def _check_copy(path: Path, key: bytes) -> None:
    if is_plain_sqlite(path):
        raise StoreError.of(BackupProblem.NOT_ENCRYPTED, path=str(path))
    conn = connect_raw(path, key, read_only=True)
    conn.close()


def _revision(conn: Any) -> str | None:
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    if has_table.fetchone() is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _set_aside(database: Path, live_slots: Path, backup_dir: Path) -> Path:
    """Copy the live files byte for byte: no key needed, and a damaged database is kept as it is."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    saved = backup_dir / backup_name(BEFORE_RESTORE, datetime.now(UTC))
    shutil.copyfile(database, saved)
    fsync_file(saved)
    wal, _ = sidecar_files(database)
    if wal.exists():
        saved_wal, _ = sidecar_files(saved)
        shutil.copyfile(wal, saved_wal)
        fsync_file(saved_wal)
    if live_slots.exists():
        shutil.copyfile(live_slots, keyslots_beside(saved))
        fsync_file(keyslots_beside(saved))
    sync_directory(backup_dir)
    return saved


def _prune(dest_dir: Path, reason: str, keep: int) -> None:
    for old in list_backups(dest_dir, reason)[:-keep]:
        old.unlink(missing_ok=True)
        keyslots_beside(old).unlink(missing_ok=True)
        sidecar_files(old)[0].unlink(missing_ok=True)
