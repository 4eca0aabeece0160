"""Outbox rows numbered for a bulk writer: numbered after the last seq, and the next change numbered after them."""

from __future__ import annotations

import uuid

from sqlalchemy import insert, select

from desktop.store import outbox
from desktop.store.models import OutboxEntry
from desktop.store.session import AuditedSession
from tests.desktop.store.conftest import make_resident


def test_numbered_rows_continue_the_seq_and_the_next_change_follows_them(session: AuditedSession) -> None:
    session.add(make_resident())
    session.flush()
    drafts = [outbox.ChangeDraft("residents", uuid.uuid4(), "create", 0, 1, {"name": f"n{i}"}) for i in range(3)]
    connection = session.connection()
    rows = outbox.numbered_rows(connection, drafts)
    assert [r["seq"] for r in rows] == [2, 3, 4]
    assert [r["fields"] for r in rows] == ['{"name":"n0"}', '{"name":"n1"}', '{"name":"n2"}']
    connection.execute(insert(OutboxEntry), rows)
    session.add(make_resident(name="杨小红", id_number="640423196002020022"))
    session.flush()
    assert list(session.scalars(select(OutboxEntry.seq).order_by(OutboxEntry.seq))) == [1, 2, 3, 4, 5]


def test_no_drafts_give_no_rows_and_leave_the_seq(session: AuditedSession) -> None:
    assert outbox.numbered_rows(session.connection(), []) == []
    session.add(make_resident())
    session.flush()
    assert [m.seq for m in outbox.pending(session)] == [1]
