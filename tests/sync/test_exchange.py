"""The county's side of a sync on its real database (SQLite and PostgreSQL): replays, order, conflicts,
pages and cursors, sessions, and villages that never see each other's records."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from sync.county import devices, exchange
from sync.county.exchange import Scope, SyncRefusedError
from sync.county.records import ConflictRow, RecordRow
from sync.county.store import CountyStore
from sync.protocol import (
    Hello,
    Mutation,
    PullRequest,
    PushRequest,
    PushStatus,
    dataset_hash,
)

NOW = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
VILLAGE = "640104001002"
NEIGHBOUR = "640104001003"


def device(store: CountyStore, village: str = VILLAGE) -> Scope:
    with store.session() as session:
        code = devices.issue_code(session, village, NOW).code
    with store.session() as session:
        done = devices.register(session, code, f"desk of {village}", "127.0.0.1", NOW)
    return Scope(done.device_id, done.county_code, done.village_code)


@pytest.fixture
def desk(county_store: CountyStore) -> Scope:
    return device(county_store)


class Desk:
    """A desk's outbox as the protocol sends it: seq, base versions and ``after`` kept like the real one."""

    def __init__(self) -> None:
        self.seq = 0
        self.versions: dict[uuid.UUID, int] = {}
        self.last: dict[uuid.UUID, int] = {}

    def change(self, record: uuid.UUID, operation: str, fields: dict[str, Any], *, chained: bool = True,
               entity_type: str = "cases") -> Mutation:  # fmt: skip
        self.seq += 1
        base = self.versions.get(record, 0)
        after = self.last.get(record) if chained else None
        self.versions[record], self.last[record] = base + 1, self.seq
        return Mutation(uuid.uuid4(), self.seq, entity_type, record, operation, base, base + 1, fields,
                        "2020-01-01T00:00:00Z", after)  # fmt: skip


def push(store: CountyStore, scope: Scope, *mutations: Mutation) -> list[PushStatus]:
    with store.session() as session:
        answer = exchange.push(session, scope, PushRequest("s", mutations), NOW)
    return [r.status for r in answer.results]


def record(store: CountyStore, scope: Scope, entity_uuid: uuid.UUID) -> RecordRow | None:
    with store.session(readonly=True) as session:
        return session.get(RecordRow, (scope.county_code, scope.village_code, "cases", entity_uuid))


def test_a_replay_gets_the_first_answer_and_changes_nothing(county_store: CountyStore, desk: Scope) -> None:
    case = uuid.uuid4()
    created = Desk().change(case, "create", {"status": "ready", "tier": 100})
    assert push(county_store, desk, created) == [PushStatus.APPLIED]
    assert push(county_store, desk, created) == [PushStatus.APPLIED]
    row = record(county_store, desk, case)
    assert row is not None
    assert (row.version, row.feed_seq) == (1, 1)  # applied once
    forged = Mutation(created.mutation_id, created.seq, "cases", case, "create", 0, 1, {"status": "approved"},
                      created.created_at)  # fmt: skip
    assert push(county_store, desk, forged) == [PushStatus.MISMATCH]


def test_mutations_arriving_3_1_2_end_where_1_2_3_do(county_store: CountyStore) -> None:
    in_order, shuffled = device(county_store), device(county_store)
    ends = []
    for scope, order in ((in_order, (0, 1, 2)), (shuffled, (2, 0, 1))):
        desk, case = Desk(), uuid.uuid4()
        sent = [desk.change(case, "create", {"tier": 100, "phone": "1"}),
                desk.change(case, "update", {"tier": 200}), desk.change(case, "update", {"phone": "2"})]  # fmt: skip
        statuses = [push(county_store, scope, sent[i])[0] for i in order]
        if order != (0, 1, 2):
            assert statuses[0] is PushStatus.HELD  # the third waits for the first two
        row = record(county_store, scope, case)
        assert row is not None
        ends.append((row.version, row.fields))
    assert ends[0] == ends[1] == (3, {"tier": 200, "phone": "2"})


def test_two_desks_on_one_field_leave_a_conflict_for_review_with_both_values(county_store: CountyStore) -> None:
    first, second = device(county_store), device(county_store)
    case, a, b = uuid.uuid4(), Desk(), Desk()
    push(county_store, first, a.change(case, "create", {"status": "ready", "tier": 100}))
    b.versions[case] = 1  # the second desk pulled version 1
    assert push(county_store, second, b.change(case, "update", {"tier": 200})) == [PushStatus.APPLIED]
    assert push(county_store, first, a.change(case, "update", {"tier": 300, "status": "sent"})) == [PushStatus.CONFLICT]
    row = record(county_store, first, case)
    assert row is not None
    assert row.fields == {"status": "sent", "tier": 200}
    with county_store.session(readonly=True) as session:
        conflict = session.scalars(select(ConflictRow)).one()
    assert (conflict.field, conflict.kept, conflict.offered) == ("tier", 200, 300)
    assert (conflict.kept_by, conflict.offered_by) == (second.device_id, first.device_id)


def test_the_countys_fields_are_refused_to_a_desk(county_store: CountyStore, desk: Scope) -> None:
    case, d = uuid.uuid4(), Desk()
    push(county_store, desk, d.change(case, "create", {"status": "ready"}))
    with county_store.session() as session:
        answer = exchange.push(session, desk, PushRequest("s", (d.change(case, "update", {"county_status": "ok"}),)),
                               NOW)  # fmt: skip
    assert answer.results[0].status is PushStatus.REJECTED
    assert answer.results[0].problem is not None
    assert answer.results[0].problem.code == "county.field_owned"


def test_pull_pages_through_the_village_and_ends_with_checks_the_desk_can_verify(
    county_store: CountyStore, desk: Scope
) -> None:
    d = Desk()
    cases = [uuid.uuid4() for _ in range(7)]
    push(county_store, desk, *[d.change(c, "create", {"n": i}) for i, c in enumerate(cases)])
    push(county_store, desk, d.change(uuid.uuid4(), "create", {"event": "x"}, entity_type="audit_events"))
    seen: dict[uuid.UUID, int] = {}
    cursor, pages = None, 0
    while True:
        with county_store.session(readonly=True) as session:
            page = exchange.pull(session, desk, PullRequest("s", cursor, limit=3))
        pages += 1
        seen.update({c.entity_uuid: c.version for c in page.changes})
        assert all(c.entity_type == "cases" for c in page.changes)  # audit events only go up
        cursor = page.cursor
        if not page.more:
            break
    assert pages == 3
    assert set(seen) == set(cases)
    assert page.checks["cases"].count == 7
    assert page.checks["cases"].digest == dataset_hash(list(seen.items()))
    with county_store.session(readonly=True) as session:
        again = exchange.pull(session, desk, PullRequest("s", cursor))
    assert (again.changes, again.more) == ((), False)


def test_an_unknown_cursor_is_refused_with_410_and_hello_says_start_again(
    county_store: CountyStore, desk: Scope
) -> None:
    with county_store.session(readonly=True) as session, pytest.raises(SyncRefusedError) as refused:
        exchange.pull(session, desk, PullRequest("s", "f1.999"))
    assert refused.value.status == 410
    with county_store.session() as session:
        welcome = exchange.hello(session, desk, Hello(0, "nonsense", {}), NOW)
    assert welcome.cursor_expired


def test_a_newer_sync_of_the_same_desk_supersedes_the_older(county_store: CountyStore, desk: Scope) -> None:
    with county_store.session() as session:
        older = exchange.hello(session, desk, Hello(0, None, {}), NOW).session
    with county_store.session() as session:
        newer = exchange.hello(session, desk, Hello(0, None, {}), NOW).session
    with county_store.session() as session:
        exchange.check_session(session, desk, newer)
        with pytest.raises(SyncRefusedError) as refused:
            exchange.check_session(session, desk, older)
    assert refused.value.status == 409


def test_a_desk_never_reads_or_writes_another_villages_records(county_store: CountyStore, desk: Scope) -> None:
    neighbour = device(county_store, NEIGHBOUR)
    case, d = uuid.uuid4(), Desk()
    push(county_store, desk, d.change(case, "create", {"name": "马晓东"}))
    with county_store.session(readonly=True) as session:
        assert exchange.pull(session, neighbour, PullRequest("s", None)).changes == ()
    # knowing the identifier does not help: an update naming it waits for a create in its own village
    intruder = Desk()
    intruder.versions[case] = 1
    assert push(county_store, neighbour, intruder.change(case, "update", {"name": "x"}, chained=False)) == [
        PushStatus.HELD
    ]
    row = record(county_store, desk, case)
    assert row is not None
    assert row.fields == {"name": "马晓东"}
    with county_store.session(readonly=True) as session:
        assert session.scalar(select(func.count()).select_from(RecordRow)) == 1
