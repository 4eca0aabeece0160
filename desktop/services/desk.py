"""Signing in to a desk: the open store, the assistant working at it and the desk's settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.services.settings import DeskSettings, load_settings
from desktop.store.audit import AuditReport, record_event
from desktop.store.database import Store
from desktop.store.layout import DataDir
from desktop.store.models import Assistant

__all__ = ["ASSISTANT", "SUPERVISOR", "Account", "AuditReport", "Desk", "desk_exists"]

SUPERVISOR = "supervisor"
ASSISTANT = "assistant"


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role == SUPERVISOR


def desk_exists(data_dir: Path) -> bool:
    layout = DataDir(data_dir)
    return layout.database.exists() or layout.keyslots.exists()


class Desk:
    """An open desk for one signed-in assistant. Close it when the assistant signs out."""

    def __init__(self, store: Store, account: Account, settings: DeskSettings) -> None:
        self.store = store
        self.account = account
        self.settings = settings

    @classmethod
    def sign_in(cls, data_dir: Path, username: str, password: str) -> Desk:
        """Unlock, open and migrate (backing up first); raises ``StoreError`` with a problem code."""
        store = Store.open(data_dir, username, password)
        try:
            with store.session(username) as session:
                row = session.scalars(select(Assistant).where(Assistant.username == username)).one()
                account = Account(row.username, row.display_name, row.role)
                record_event(session, "sign_in", entity_type="assistants", detail={"username": username})
            store.daily_backup()
        except BaseException:
            store.close()
            raise
        settings = load_settings(data_dir)
        if settings.village_code is None and store.village_code:
            settings = settings.with_changes(village_code=store.village_code)
        return cls(store, account, settings)

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir.root

    @property
    def county_code(self) -> str | None:
        return self.settings.county_code

    def verify_audit(self) -> AuditReport:
        return self.store.verify_audit()

    def backup(self, dest_dir: Path | None = None) -> Path:
        path = self.store.backup(dest_dir, reason="manual")
        with self.store.session(self.account.username) as session:
            record_event(session, "backup", detail={"file": path.name})
        return path

    def close(self) -> None:
        self.store.close()
