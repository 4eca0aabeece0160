"""New group spans written in bulk reach the outbox exactly as the session hook would queue them, and the
audit trail records the batch with a chain that still verifies."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.desk import Desk
from desktop.services.lists_bulk import CREATE_MANY, insert_rows, insert_synced
from desktop.store.models import (
    AuditEvent,
    GroupMembership,
    ListRecordRow,
    ListRowReport,
    ListSnapshot,
    OutboxEntry,
    Resident,
)

_TIMES = ("created_at", "updated_at")


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


def _span(resident_id: int, snapshot_id: int, group: str) -> dict[str, object]:
    return {"resident_id": resident_id, "group_key": group, "subtype": None, "source": "list",
            "list_snapshot_id": snapshot_id, "valid_from": date(2026, 1, 1), "valid_to": None}  # fmt: skip


def _newest_outbox(desk: Desk, count: int) -> list[OutboxEntry]:
    with desk.store.session("test") as session:
        rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc()).limit(count)).all()
        return list(reversed(rows))


def test_bulk_spans_are_queued_with_the_fields_the_session_hook_sends(desk: Desk) -> None:
    with desk.store.session("demo") as session:
        residents = session.execute(select(Resident.id, Resident.uuid).order_by(Resident.id).limit(3)).all()
        snapshot = session.scalars(select(ListSnapshot).order_by(ListSnapshot.id)).first()
        assert snapshot is not None
        snapshot_id, snapshot_uuid = snapshot.id, snapshot.uuid
        session.add(GroupMembership(**_span(residents[0].id, snapshot_id, "bench_hook")))
    by_hook = _newest_outbox(desk, 1)[0]
    with desk.store.session("demo") as session:
        written = insert_synced(session, GroupMembership, [_span(r.id, snapshot_id, "bench_bulk") for r in residents],
                                {"list_snapshot_uuid": str(snapshot_uuid)})  # fmt: skip
    assert written == 3
    bulk = _newest_outbox(desk, 3)
    hook_fields = json.loads(by_hook.fields)
    for entry, resident in zip(bulk, residents, strict=True):
        fields = json.loads(entry.fields)
        assert (entry.entity_type, entry.operation, entry.base_version, entry.new_version) == (
            by_hook.entity_type, by_hook.operation, by_hook.base_version, by_hook.new_version)  # fmt: skip
        assert set(fields) == set(hook_fields)
        assert fields["resident_uuid"] == str(resident.uuid)
        assert fields["list_snapshot_uuid"] == str(snapshot_uuid)
        same = {k: v for k, v in fields.items() if k not in (*_TIMES, "resident_uuid", "group_key")}
        assert same == {k: v for k, v in hook_fields.items() if k not in (*_TIMES, "resident_uuid", "group_key")}
    assert [e.seq for e in bulk] == list(range(by_hook.seq + 1, by_hook.seq + 4))
    with desk.store.session("test") as session:
        stored = session.scalars(select(GroupMembership).where(GroupMembership.group_key == "bench_bulk")).all()
        assert sorted(str(m.uuid) for m in stored) == sorted(str(e.entity_uuid) for e in bulk)
        assert {(m.version, m.created_by) for m in stored} == {(1, "demo")}
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        detail = json.loads(event.detail)
        assert (event.action, event.entity_type, detail["count"]) == (CREATE_MANY, "group_memberships", 3)
        assert len(detail["sha256"]) == 64
    assert desk.verify_audit().ok


def test_a_row_missing_a_column_is_refused_and_nothing_is_written(desk: Desk) -> None:
    with desk.store.session("test") as session:
        before = session.scalar(select(func.count()).select_from(GroupMembership))
        resident = session.scalar(select(Resident.id).limit(1))
    row = _span(int(resident or 0), 1, "bench_bulk")
    del row["valid_to"]
    with pytest.raises(ValueError, match="need exactly"), desk.store.session("demo") as session:
        insert_synced(session, GroupMembership, [row], {})
    with desk.store.session("test") as session:
        assert session.scalar(select(func.count()).select_from(GroupMembership)) == before


def _stored(desk: Desk, table: str, key: str, values: tuple[object, ...]) -> list[tuple[object, ...]]:
    """Rows as SQLite holds them (the driver's values, no SQLAlchemy types), without their ids and row numbers."""
    with desk.store.session("test") as session:
        cursor = session.connection().connection.cursor()
        cursor.execute(f"SELECT * FROM {table} WHERE {key} IN ({', '.join('?' * len(values))})", values)
        names = [d[0] for d in cursor.description]
        return [tuple(v for n, v in zip(names, row, strict=True) if n not in ("id", "row")) for row in cursor]


def test_rows_inserted_on_the_drivers_cursor_are_stored_as_core_stores_them(desk: Desk) -> None:
    with desk.store.session("test") as session:
        snapshot_id = session.scalar(select(ListSnapshot.id).limit(1))
        resident_id = session.scalar(select(Resident.id).limit(1))
    base = {"snapshot_id": snapshot_id, "id_number": "640423198005170011", "name": "张三", "group_key": "dibao",
            "subtype": None, "review_group": None, "disability_category": 2, "disability_grade": None,
            "cert_number": None, "veteran_cert": None, "household_head": "张三", "relation": "户主",
            "address": "龙德村 3 组", "phone": None, "date_from": date(2026, 1, 31), "date_to": None,
            "resident_id": resident_id, "match": "id"}  # fmt: skip
    problems = [{"code": "id.checksum", "severity": "error"}]
    report = {"snapshot_id": snapshot_id, "kind": "rejected", "problems": problems, "cells": ["a", "1"]}
    with desk.store.session("test") as session:
        connection = session.connection()
        connection.execute(ListRecordRow.__table__.insert(), [{**base, "row": 90001}])
        insert_rows(connection, ListRecordRow.__table__, [{**base, "row": 90002}])
        connection.execute(ListRowReport.__table__.insert(), [{**report, "row": 90001}])
        insert_rows(connection, ListRowReport.__table__, [{**report, "row": 90002}])
    for table in ("list_records", "list_row_reports"):
        by_core, by_driver = _stored(desk, table, "row", (90001, 90002))
        assert by_core == by_driver


def test_a_column_with_a_default_left_out_is_refused(desk: Desk) -> None:
    with desk.store.session("demo") as session, pytest.raises(ValueError, match="has a default"):
        insert_rows(session.connection(), GroupMembership.__table__, [{"group_key": "dibao"}])


def test_snapshot_records_are_written_with_every_column_of_their_table() -> None:
    from sqlalchemy.dialects import sqlite

    from desktop.services.lists_storage import _RECORD_KEYS

    table = ListRecordRow.__table__
    assert sorted(_RECORD_KEYS) == sorted(c.key for c in table.columns if not c.primary_key)
    # they go in as given: none of them may need the conversion Core would apply
    assert all(table.c[k].type.bind_processor(sqlite.dialect()) is None for k in _RECORD_KEYS)
