from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.store.backup import backup, daily_backup, list_backups, restore, verify_backup
from desktop.store.database import Store
from desktop.store.engine import open_engine
from desktop.store.layout import keyslots_beside
from desktop.store.models import Resident
from desktop.store.problems import BackupProblem, StoreError
from desktop.store.revisions import head_revision
from tests.desktop.store.conftest import make_resident

PASSWORD = "秘密-1"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _residents(store: Store) -> int:
    with store.session("amina") as session:
        return session.scalar(select(func.count()).select_from(Resident)) or 0


def _code(call: object) -> str:
    with pytest.raises(StoreError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code


def test_a_backup_is_encrypted_opens_with_the_same_key_and_has_its_key_slots(store: Store) -> None:
    with store.session("amina") as session:
        session.add(make_resident())
    copy = store.backup(reason="manual")
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert keyslots_beside(copy).read_bytes() == store.data_dir.keyslots.read_bytes()
    assert verify_backup(copy, store._data_key) == head_revision()
    engine = open_engine(copy, store._data_key)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM residents")).scalar_one() == "马玉兰"
    engine.dispose()


def test_a_closed_database_can_be_backed_up_by_its_path(store: Store, tmp_path: Path) -> None:
    with store.session("amina") as session:
        session.add(make_resident())
    store.close()
    copy = backup(store.data_dir.database, store._data_key, tmp_path / "offline", "manual")
    assert verify_backup(copy, store._data_key) == head_revision()
    assert keyslots_beside(copy).exists()


def test_only_the_last_n_backups_of_each_reason_are_kept(store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "kept"
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for hour in range(4):
        backup(store.engine, store._data_key, dest, "manual", keep=2, now=start + timedelta(hours=hour))
    backup(store.engine, store._data_key, dest, "before-migration", keep=2, now=start)
    kept = list_backups(dest, "manual")
    assert [p.name for p in kept] == [
        "cunbao-manual-20250101T020000000000Z.db",
        "cunbao-manual-20250101T030000000000Z.db",
    ]
    assert len(list_backups(dest, "before-migration")) == 1
    assert sorted(p.name for p in dest.glob("*.keyslots.json")) == sorted(
        keyslots_beside(p).name for p in [*kept, *list_backups(dest, "before-migration")]
    )


def test_daily_backup_only_when_the_last_is_a_day_old(store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "daily"
    monday = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
    assert daily_backup(store.engine, store._data_key, dest, now=monday) is not None
    assert daily_backup(store.engine, store._data_key, dest, now=monday + timedelta(hours=23)) is None
    assert daily_backup(store.engine, store._data_key, dest, now=monday + timedelta(hours=24)) is not None
    assert len(list_backups(dest, "daily")) == 2


def test_restore_replaces_the_database_after_saving_the_current_one(store: Store) -> None:
    with store.session("amina") as session:
        session.add(make_resident())
    copy = store.backup()
    with store.session("amina") as session:
        session.add(make_resident(name="杨小红", id_number="640423196002020022"))
    store.close()
    report = Store.restore(store.data_dir.root, copy, "amina", PASSWORD)
    assert report.previous_saved_as is not None
    assert report.previous_saved_as.exists()
    reopened = Store.open(store.data_dir.root, "amina", PASSWORD)
    assert _residents(reopened) == 1
    assert reopened.verify_audit().ok
    reopened.close()
    saved = open_engine(report.previous_saved_as, store._data_key)
    with saved.connect() as connection:  # the set-aside copy still holds the newer work
        assert connection.execute(text("SELECT count(*) FROM residents")).scalar_one() == 2
    saved.dispose()


def test_passwords_changed_after_the_backup_keep_working_after_restore(store: Store) -> None:
    copy = store.backup()
    store.change_password("amina", PASSWORD, "新密码")
    store.close()
    Store.restore(store.data_dir.root, copy, "amina", PASSWORD)
    Store.open(store.data_dir.root, "amina", "新密码").close()


def _damaged(copy: Path) -> Path:
    data = bytearray(copy.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = os.urandom(64)
    copy.write_bytes(bytes(data))
    return copy


def test_a_damaged_backup_is_refused_and_nothing_live_is_touched(store: Store) -> None:
    copy = _damaged(store.backup())
    store.close()
    live = _digest(store.data_dir.database)
    assert _code(lambda: Store.restore(store.data_dir.root, copy, "amina", PASSWORD)) == BackupProblem.INTEGRITY
    assert _digest(store.data_dir.database) == live
    assert [p.name for p in store.data_dir.backups.iterdir() if "before-restore" in p.name] == []


def test_a_backup_of_another_key_is_unreadable(store: Store, tmp_path: Path) -> None:
    copy = store.backup()
    assert _code(lambda: restore(copy, os.urandom(32), tmp_path / "live.db", tmp_path)) == BackupProblem.UNREADABLE
    assert not (tmp_path / "live.db").exists()


def test_a_backup_from_an_unknown_revision_is_refused(store: Store) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'zz_future'"))
    copy = store.backup()
    assert _code(lambda: verify_backup(copy, store._data_key)) == BackupProblem.UNKNOWN_REVISION


def test_a_backup_without_its_key_slots_cannot_be_restored(store: Store, tmp_path: Path) -> None:
    copy = store.backup()
    lonely = tmp_path / copy.name
    shutil.copyfile(copy, lonely)
    store.close()
    assert _code(lambda: Store.restore(store.data_dir.root, lonely, "amina", PASSWORD)) == BackupProblem.SLOTS_MISSING
