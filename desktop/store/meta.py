"""The meta table: a few named values that belong to this database rather than to any record."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.store.models import Meta

DEVICE_ID = "device_id"
VILLAGE_CODE = "village_code"
AUDIT_HEAD = "audit_head"
OUTBOX_SEQ = "outbox_seq"


def get_meta(connection: Connection, key: str) -> str | None:
    return connection.execute(select(Meta.value).where(Meta.key == key)).scalar_one_or_none()


def set_meta(connection: Connection, key: str, value: str) -> None:
    statement = insert(Meta).values(key=key, value=value)
    connection.execute(statement.on_conflict_do_update(index_elements=[Meta.key], set_={"value": value}))


def device_id(connection: Connection) -> uuid.UUID:
    """This database's device id, created on first use (in the caller's transaction)."""
    stored = get_meta(connection, DEVICE_ID)
    if stored is not None:
        return uuid.UUID(stored)
    new = uuid.uuid4()
    set_meta(connection, DEVICE_ID, str(new))
    return new
