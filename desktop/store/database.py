"""The store as the services see it: create or open a data directory, hand out audited sessions.

The data key stays inside: callers get sessions, attachments, backups and account operations.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, select

from desktop.store.attachments import AttachmentStore
from desktop.store.audit import AuditReport, record_event, verify_audit_chain
from desktop.store.backup import RestoreReport, daily_backup, restore
from desktop.store.backup import backup as backup_database
from desktop.store.engine import open_engine
from desktop.store.keys import DEFAULT_KDF, KdfParams, KeySlots
from desktop.store.layout import DataDir, keyslots_beside
from desktop.store.meta import VILLAGE_CODE, device_id, get_meta, set_meta
from desktop.store.migrate import MigrationReport, migrate
from desktop.store.models import Assistant
from desktop.store.problems import BackupProblem, DatabaseProblem, KeyProblem, StoreError
from desktop.store.session import AuditedSession, session_factory

DEVICE_ACTOR = "device"


class Store:
    """One open database: :meth:`create` or :meth:`open` it, work in :meth:`session`, then :meth:`close`."""

    def __init__(
        self,
        data_dir: DataDir,
        engine: Engine,
        slots: KeySlots,
        data_key: bytes,
        migration: MigrationReport,
        kdf_params: KdfParams,
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.migration = migration
        self._slots = slots
        self._data_key = data_key
        self._kdf = kdf_params
        self._sessions = session_factory(engine)
        self.attachments = AttachmentStore(data_dir.attachments, data_key)

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        username: str,
        password: str,
        display_name: str,
        role: str,
        village_code: str,
        kdf_params: KdfParams | None = None,
    ) -> Store:
        """A new encrypted database with its first assistant; refuses to touch an existing one."""
        layout = DataDir(data_dir)
        if layout.database.exists() or layout.keyslots.exists():
            raise StoreError.of(DatabaseProblem.EXISTS, path=str(layout.database))
        kdf = kdf_params or DEFAULT_KDF
        slots, data_key = KeySlots.create(layout.keyslots, username, password, kdf)
        try:
            engine = open_engine(layout.database, data_key, create=True)
            report = migrate(engine, layout.backups)
        except BaseException:
            layout.keyslots.unlink(missing_ok=True)
            layout.database.unlink(missing_ok=True)
            raise
        store = cls(layout, engine, slots, data_key, report, kdf)
        with store.session(username) as session:
            session.add(Assistant(username=username, display_name=display_name, role=role, active=True))
            connection = session.connection()
            set_meta(connection, VILLAGE_CODE, village_code)
            device_id(connection)
        return store

    @classmethod
    def open(
        cls,
        data_dir: Path,
        username: str,
        password: str,
        backup_dir: Path | None = None,
        kdf_params: KdfParams | None = None,
    ) -> Store:
        """Unlock with an assistant's password, open, migrate (after a backup) and check the account."""
        layout = DataDir(data_dir)
        slots = KeySlots.load(layout.keyslots)
        data_key = slots.unlock(username, password)
        store = cls._open_with_key(layout, slots, data_key, backup_dir, kdf_params)
        try:
            store._check_active(username)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_unattended(cls, data_dir: Path, backup_dir: Path | None = None) -> Store:
        """Open with the device slot (its secret in the OS credential store), for scheduled work."""
        layout = DataDir(data_dir)
        slots = KeySlots.load(layout.keyslots)
        return cls._open_with_key(layout, slots, slots.unlock_device(), backup_dir, None)

    @classmethod
    def _open_with_key(
        cls, layout: DataDir, slots: KeySlots, key: bytes, backup_dir: Path | None, kdf: KdfParams | None
    ) -> Store:
        engine = open_engine(layout.database, key)
        try:
            report = migrate(engine, backup_dir or layout.backups)
        except BaseException:
            engine.dispose()
            raise
        return cls(layout, engine, slots, key, report, kdf or DEFAULT_KDF)

    def close(self) -> None:
        self.engine.dispose()

    # --- work ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self, actor: str) -> Iterator[AuditedSession]:
        """A session acting for ``actor``: committed if the block succeeds, rolled back if it raises."""
        with self._sessions(info={"actor": actor}) as session, session.begin():
            yield session

    @property
    def village_code(self) -> str | None:
        with self.engine.connect() as connection:
            return get_meta(connection, VILLAGE_CODE)

    def verify_audit(self) -> AuditReport:
        with self._sessions() as session:
            return verify_audit_chain(session)

    def backup(self, dest_dir: Path | None = None, reason: str = "manual", keep: int = 10) -> Path:
        return backup_database(
            self.engine, self._data_key, dest_dir or self.data_dir.backups, reason, keep=keep
        )

    def daily_backup(self, dest_dir: Path | None = None, keep: int = 7) -> Path | None:
        return daily_backup(self.engine, self._data_key, dest_dir or self.data_dir.backups, keep=keep)

    @staticmethod
    def restore(data_dir: Path, backup_file: Path, username: str, password: str) -> RestoreReport:
        """Replace the database of ``data_dir`` (which must be closed) with a checked backup.

        The backup's own key-slot file opens it, so a password that was valid when it was taken works.
        """
        layout = DataDir(data_dir)
        slots_file = keyslots_beside(backup_file)
        if not slots_file.exists():
            raise StoreError.of(BackupProblem.SLOTS_MISSING, path=str(slots_file))
        key = KeySlots.load(slots_file).unlock(username, password)
        return restore(backup_file, key, layout.database, layout.backups)

    # --- accounts -----------------------------------------------------------------------------

    def usernames_with_keys(self) -> list[str]:
        return self._slots.usernames()

    def add_assistant(self, actor: str, username: str, password: str, display_name: str, role: str) -> None:
        self._slots.add_user(self._data_key, username, password, self._kdf)
        try:
            with self.session(actor) as session:
                session.add(Assistant(username=username, display_name=display_name, role=role, active=True))
        except BaseException:
            self._slots.remove_user(username)
            raise

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """Re-wrap one slot: the database is not re-encrypted."""
        self._slots.change_password(username, old_password, new_password, self._kdf)
        with self.session(username) as session:
            record_event(session, "password_changed", entity_type="assistants", detail={"username": username})

    def reset_password(self, actor: str, username: str, new_password: str) -> None:
        """A supervisor sets a new password for an assistant who forgot theirs."""
        self._slots.reset_password(self._data_key, username, new_password, self._kdf)
        with self.session(actor) as session:
            record_event(session, "password_reset", entity_type="assistants", detail={"username": username})

    def remove_assistant(self, actor: str, username: str) -> None:
        """Remove the key slot (the password no longer opens anything); the account row stays, inactive."""
        self._slots.remove_user(username)
        with self.session(actor) as session:
            account = session.scalars(select(Assistant).where(Assistant.username == username)).one_or_none()
            if account is not None:
                account.active = False

    def enable_device_slot(self, actor: str) -> None:
        self._slots.enable_device(self._data_key)
        with self.session(actor) as session:
            record_event(session, "device_slot_enabled")

    def disable_device_slot(self, actor: str) -> None:
        self._slots.disable_device()
        with self.session(actor) as session:
            record_event(session, "device_slot_disabled")

    @property
    def device_slot_enabled(self) -> bool:
        return self._slots.device_enabled

    def _check_active(self, username: str) -> None:
        with self._sessions() as session:
            active = session.scalars(
                select(Assistant.active).where(Assistant.username == username)
            ).one_or_none()
        if not active:
            raise StoreError.of(KeyProblem.ASSISTANT_INACTIVE, username=username)
