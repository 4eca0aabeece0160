from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm.exc import StaleDataError

from desktop.store import outbox
from desktop.store.meta import device_id
from desktop.store.models import Attachment, Case, Household, OutboxEntry, Resident
from desktop.store.session import APPLY_REMOTE, AuditedSession, session_factory
from tests.desktop.store.conftest import make_resident


def _entries(session: AuditedSession) -> list[OutboxEntry]:
    return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_each_change_of_a_synced_record_queues_a_mutation(session: AuditedSession) -> None:
    resident = make_resident()
    session.add(resident)
    session.flush()
    resident.phone = "13900001111"
    session.flush()
    resident.phone = "13900002222"
    session.flush()
    created, first, second = _entries(session)
    assert (created.operation, created.base_version, created.new_version) == ("create", 0, 1)
    assert (first.operation, first.base_version, first.new_version) == ("update", 1, 2)
    assert (second.base_version, second.new_version) == (2, 3)
    assert resident.version == 3
    assert json.loads(second.fields) == {"phone": "13900002222", "updated_at": _stamp(resident.updated_at)}
    assert {e.entity_uuid for e in (created, first, second)} == {resident.uuid}
    assert json.loads(created.fields)["name"] == "马玉兰"
    assert len({e.mutation_id for e in (created, first, second)}) == 3
    assert {e.device_id for e in (created, first, second)} == {device_id(session.connection())}


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def test_references_are_sent_as_uuids_and_parents_come_first(session: AuditedSession) -> None:
    household = Household(village_code="640423100001")
    resident = make_resident(household=household)
    resident.cases.append(Case(case_type="enrollment", status="draft", data={}))
    session.add(resident)
    session.flush()
    entries = _entries(session)
    assert [e.entity_type for e in entries] == ["households", "residents", "cases"]
    assert json.loads(entries[1].fields)["household_uuid"] == str(household.uuid)
    assert "household_id" not in json.loads(entries[1].fields)
    assert json.loads(entries[2].fields)["resident_uuid"] == str(resident.uuid)


def test_deleting_queues_a_delete_with_the_last_version(session: AuditedSession) -> None:
    resident = make_resident()
    session.add(resident)
    session.flush()
    resident.phone = "1"
    session.flush()
    session.delete(resident)
    session.flush()
    last = _entries(session)[-1]
    assert (last.operation, last.base_version, json.loads(last.fields)) == ("delete", 2, {})


def test_changes_applied_from_the_server_are_audited_but_not_queued(session: AuditedSession) -> None:
    session.info[APPLY_REMOTE] = True
    resident = make_resident(version=7)
    session.add(resident)
    session.flush()
    assert _entries(session) == []
    assert resident.version == 7


def test_seq_keeps_growing_after_acknowledged_entries_are_removed(session: AuditedSession) -> None:
    session.add(make_resident())
    session.flush()
    sent = outbox.pending(session)
    assert outbox.acknowledge(session, [m.mutation_id for m in sent]) == 1
    session.add(make_resident(name="杨小红", id_number="640423196002020022"))
    session.flush()
    assert [m.seq for m in outbox.pending(session)] == [2]


def test_quarantine_keeps_the_entry_visible_and_out_of_the_send_queue(session: AuditedSession) -> None:
    session.add(make_resident())
    session.add(make_resident(name="杨小红", id_number="640423196002020022"))
    session.flush()
    first, second = outbox.pending(session)
    outbox.record_attempt(session, first.mutation_id, "sync.timeout")
    outbox.quarantine(session, first.mutation_id, "sync.rejected")
    assert [m.mutation_id for m in outbox.pending(session)] == [second.mutation_id]
    (held,) = outbox.quarantined(session)
    assert (held.mutation_id, held.attempts, held.last_problem) == (first.mutation_id, 1, "sync.rejected")
    assert outbox.counts(session) == {"pending": 1, "quarantined": 1}


@pytest.fixture
def two_sessions(engine: Engine) -> Iterator[tuple[AuditedSession, AuditedSession]]:
    factory = session_factory(engine)
    with factory(info={"actor": "a"}) as first, factory(info={"actor": "b"}) as second:
        yield first, second


def test_an_update_based_on_a_stale_version_is_refused(
    two_sessions: tuple[AuditedSession, AuditedSession],
) -> None:
    first, second = two_sessions
    with first.begin():
        first.add(make_resident())
    with second.begin():
        theirs = second.scalars(select(Resident)).one()  # kept after commit (expire_on_commit=False)
    with first.begin():
        first.scalars(select(Resident)).one().phone = "1"
    theirs.phone = "2"
    with pytest.raises(StaleDataError):
        second.flush()
    second.rollback()


def test_no_change_is_kept_without_its_outbox_entry(engine: Engine) -> None:
    factory = session_factory(engine)

    def interrupted() -> None:
        with factory(info={"actor": "a"}) as session, session.begin():
            session.add(make_resident())
            session.flush()
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        interrupted()
    with factory() as session:
        assert _entries(session) == []
        assert session.scalars(select(Resident)).all() == []


def test_a_record_dropped_from_its_parent_goes_to_the_county_as_a_delete(session: AuditedSession) -> None:
    resident = make_resident()
    case = Case(case_type="enrollment", status="ready", data={})
    resident.cases.append(case)
    case.attachments.append(Attachment(content_hash="0" * 64, mime="image/png", size=1, name="scan.png"))
    session.add(resident)
    session.flush()
    before = len(_entries(session))
    case.attachments.clear()  # delete-orphan: SQLAlchemy deletes it inside the flush
    session.flush()
    assert [(e.entity_type, e.operation) for e in _entries(session)[before:]] == [("attachments", "delete")]


def test_a_change_made_while_the_last_one_waits_names_it_and_one_after_an_ack_does_not(
    session: AuditedSession,
) -> None:
    resident = make_resident()
    session.add(resident)
    session.flush()
    resident.phone = "13900001111"
    session.flush()
    created, first = _entries(session)
    assert (created.after, first.after) == (None, created.seq)  # the county holds it until the create settles
    outbox.acknowledge(session, [created.mutation_id, first.mutation_id])
    resident.phone = "13900002222"
    session.flush()
    (later,) = _entries(session)
    assert later.after is None  # its base is a version the county has
    assert outbox.pending(session)[0].after is None
