"""The county's merge rules on their own (no database, no network): authority, order, concurrency, and
three desks plus the county converging without losing a value whatever the order and the failures."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.county.merge import Authority, Conflict, Record, Stamp, decide
from sync.protocol import Mutation, PushStatus

AUTHORITY = Authority(county_types=frozenset({"case_decisions"}), county_fields={"cases": frozenset({"decision"})})
DESK_A, DESK_B, DESK_C = (uuid.UUID(int=n) for n in (1, 2, 3))
CASE = uuid.UUID(int=100)


def mutation(seq: int, operation: str, base: int, fields: dict[str, Any], *, after: int | None = None,
             entity: uuid.UUID = CASE, entity_type: str = "cases") -> Mutation:  # fmt: skip
    return Mutation(uuid.uuid4(), seq, entity_type, entity, operation, base, base + 1, fields,
                    "2026-11-28T00:00:00Z", after)  # fmt: skip


def never(seq: int) -> bool:
    return False


def created(fields: dict[str, Any]) -> Record:
    outcome = decide(None, DESK_A, mutation(1, "create", 0, fields), AUTHORITY, never)
    assert outcome.status is PushStatus.APPLIED
    assert outcome.record is not None
    return outcome.record


def test_county_types_and_fields_are_refused_to_a_desk() -> None:
    refused = decide(None, DESK_A, mutation(1, "create", 0, {"x": 1}, entity_type="case_decisions"), AUTHORITY, never)
    assert (refused.status, refused.problem and refused.problem.code) == (PushStatus.REJECTED, "county.type_owned")
    record = created({"status": "ready"})
    refused = decide(record, DESK_A, mutation(2, "update", 1, {"decision": "accepted"}), AUTHORITY, never)
    assert refused.status is PushStatus.REJECTED
    assert refused.problem is not None
    assert (refused.problem.code, refused.problem.field) == ("county.field_owned", "decision")
    assert refused.record is None  # nothing changed


def test_different_fields_merge_and_the_same_field_is_kept_for_review_with_both_values() -> None:
    record = created({"status": "ready", "tier": 100, "phone": "1"})
    by_b = decide(record, DESK_B, mutation(1, "update", 1, {"tier": 200}), AUTHORITY, never)
    assert by_b.status is PushStatus.APPLIED
    assert by_b.record is not None
    # desk A saw version 1 too: its phone merges, its tier meets B's change
    by_a = decide(by_b.record, DESK_A, mutation(2, "update", 1, {"phone": "2", "tier": 300}), AUTHORITY, never)
    assert by_a.status is PushStatus.CONFLICT
    assert by_a.record is not None
    assert dict(by_a.record.fields) == {"status": "ready", "tier": 200, "phone": "2"}
    assert by_a.conflicts == (Conflict("tier", 200, DESK_B, 300, DESK_A),)


def test_a_desks_own_offline_run_never_conflicts_with_itself() -> None:
    record = created({"tier": 100})
    first = decide(record, DESK_A, mutation(2, "update", 1, {"tier": 200}), AUTHORITY, never)
    assert first.record is not None
    applied = {2}
    second = decide(first.record, DESK_A, mutation(3, "update", 2, {"tier": 300}, after=2), AUTHORITY,
                    applied.__contains__)  # fmt: skip
    assert second.status is PushStatus.APPLIED
    assert second.record is not None
    assert second.record.fields["tier"] == 300


def test_a_mutation_waits_for_its_predecessor_and_an_update_for_its_create() -> None:
    assert decide(None, DESK_A, mutation(2, "update", 1, {"tier": 1}), AUTHORITY, never).status is PushStatus.HELD
    record = created({"tier": 100})
    held = decide(record, DESK_A, mutation(3, "update", 2, {"tier": 300}, after=2), AUTHORITY, never)
    assert (held.status, held.record) == (PushStatus.HELD, None)


def test_a_deleted_record_is_not_changed_and_a_changed_one_is_not_deleted_behind_a_back() -> None:
    record = created({"tier": 100})
    by_b = decide(record, DESK_B, mutation(1, "update", 1, {"tier": 200}), AUTHORITY, never)
    assert by_b.record is not None
    delete = decide(by_b.record, DESK_A, mutation(2, "delete", 1, {}), AUTHORITY, never)
    assert delete.status is PushStatus.CONFLICT
    assert delete.record is not None
    assert not delete.record.deleted
    gone = decide(by_b.record, DESK_B, mutation(2, "delete", 2, {}), AUTHORITY, never)
    assert gone.record is not None
    assert gone.record.deleted
    late = decide(gone.record, DESK_A, mutation(3, "update", 1, {"tier": 5}), AUTHORITY, never)
    assert late.problem is not None
    assert late.problem.code == "county.record_deleted"


# --- three desks, the county, random order and failures ---------------------------------------------


@dataclass
class Server:
    records: dict[uuid.UUID, Record] = field(default_factory=dict)
    applied: dict[uuid.UUID, set[int]] = field(default_factory=dict)
    results: dict[uuid.UUID, PushStatus] = field(default_factory=dict)  # by mutation id: replays answered
    held: list[tuple[uuid.UUID, Mutation]] = field(default_factory=list)
    conflicts: list[tuple[uuid.UUID, Conflict]] = field(default_factory=list)
    landed: set[tuple[uuid.UUID, str, Any]] = field(default_factory=set)  # (record, field, value) ever applied

    def receive(self, device: uuid.UUID, m: Mutation) -> PushStatus:
        if m.mutation_id in self.results:
            return self.results[m.mutation_id]
        status = self._apply(device, m)
        if status is PushStatus.HELD:
            self.held.append((device, m))
        self.results[m.mutation_id] = status
        self._release()
        return status

    def _apply(self, device: uuid.UUID, m: Mutation) -> PushStatus:
        seqs = self.applied.setdefault(device, set())
        outcome = decide(self.records.get(m.entity_uuid), device, m, AUTHORITY, seqs.__contains__)
        if outcome.status is not PushStatus.HELD:
            seqs.add(m.seq)  # settled: applied, in conflict, or rejected
        if outcome.record is not None:
            self.records[m.entity_uuid] = outcome.record
            for name, value in outcome.record.fields.items():
                self.landed.add((m.entity_uuid, name, _key(value)))
            self.conflicts.extend((m.entity_uuid, c) for c in outcome.conflicts)
        return outcome.status

    def _release(self) -> None:
        progress = True
        while progress:
            progress = False
            for device, m in list(self.held):
                if self._apply(device, m) is not PushStatus.HELD:
                    self.held.remove((device, m))
                    progress = True

    def county_decides(self, record_uuid: uuid.UUID, value: str) -> None:
        record = self.records.get(record_uuid)
        if record is None or record.deleted:
            return
        version = record.version + 1
        self.records[record_uuid] = Record(
            record.entity_type, record.uuid, version, {**record.fields, "decision": value},
            {**record.stamps, "decision": Stamp(version, None)}, record.deleted, record.chains,
        )  # fmt: skip


def _key(value: Any) -> Any:
    return value


@dataclass
class Desk:
    device: uuid.UUID
    seq: int = 0
    local: dict[uuid.UUID, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    outbox: list[Mutation] = field(default_factory=list)
    offered: list[tuple[uuid.UUID, str, Any]] = field(default_factory=list)
    quarantined: list[Mutation] = field(default_factory=list)

    def change(
        self, record_uuid: uuid.UUID, operation: str, fields: dict[str, Any], county_owned: bool = False
    ) -> None:
        version, values = self.local.get(record_uuid, (0, {}))
        previous = [m.seq for m in self.outbox if m.entity_uuid == record_uuid]
        self.seq += 1
        m = Mutation(uuid.uuid4(), self.seq, "cases", record_uuid, operation, version, version + 1, fields,
                     "1970-01-01T00:00:00Z", previous[-1] if previous else None)  # fmt: skip
        self.outbox.append(m)
        self.local[record_uuid] = (version + 1, {**values, **fields})
        if not county_owned:
            self.offered.extend((record_uuid, k, v) for k, v in fields.items())

    def push(self, server: Server, count: int, answer_lost: bool, reordered: bool = False) -> None:
        batch = self.outbox[:count]
        # a retried batch may overtake the one before it: the county must cope with any arrival order
        sent = list(reversed(batch)) if reordered else batch
        results = {m.mutation_id: server.receive(self.device, m) for m in sent}
        statuses = [results[m.mutation_id] for m in batch]
        if not answer_lost:  # the server committed; the desk forgets only what it heard acknowledged
            self.outbox = self.outbox[len(batch) :]
            self.quarantined += [m for m, s in zip(batch, statuses, strict=True) if s is PushStatus.REJECTED]

    def pull(self, server: Server) -> None:
        for record_uuid, record in server.records.items():
            pending = [m for m in self.outbox if m.entity_uuid == record_uuid]
            if not pending:
                self.local[record_uuid] = (record.version, dict(record.fields))
            else:  # its own unsent changes stay on top of what the county has
                _version, _ = self.local[record_uuid]
                merged = dict(record.fields)
                for m in pending:
                    merged.update(m.fields)
                self.local[record_uuid] = (_version, merged)


RECORDS = [uuid.UUID(int=200 + n) for n in range(3)]
FIELDS = ("status", "tier", "phone")

operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 2), st.sampled_from(FIELDS), st.integers(0, 9)),
    st.tuples(st.just("push"), st.integers(0, 2), st.integers(1, 4), st.booleans(), st.booleans()),
    st.tuples(st.just("pull"), st.integers(0, 2)),
    st.tuples(st.just("county"), st.integers(0, 2), st.sampled_from(["accepted", "returned"])),
    st.tuples(st.just("overreach"), st.integers(0, 2), st.integers(0, 2)),  # a desk writes the decision
)


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, max_size=60))
def test_three_desks_and_the_county_converge_and_lose_nothing(ops: list[tuple[Any, ...]]) -> None:
    server = Server()
    desks = [Desk(d) for d in (DESK_A, DESK_B, DESK_C)]
    for n, record_uuid in enumerate(RECORDS):  # each case starts at one desk and reaches the county
        desks[n].change(record_uuid, "create", {"status": "draft", "tier": 100, "phone": "0"})
        desks[n].push(server, 1, False)
    for desk in desks:
        desk.pull(server)
    decisions: dict[uuid.UUID, str] = {}
    for op in ops:
        if op[0] == "edit":
            desk, record_uuid = desks[op[1]], RECORDS[op[2]]
            desk.change(record_uuid, "update", {op[3]: f"{op[3]}-{op[1]}-{op[4]}"})
        elif op[0] == "push":
            desks[op[1]].push(server, op[2], op[3], op[4])
        elif op[0] == "pull":
            desks[op[1]].pull(server)
        elif op[0] == "county":
            server.county_decides(RECORDS[op[1]], op[2])
            decisions[RECORDS[op[1]]] = op[2]
        else:
            desks[op[1]].change(RECORDS[op[2]], "update", {"decision": "approved-by-desk"}, county_owned=True)
    for desk in desks:  # the network comes back for good
        while desk.outbox:
            desk.push(server, 4, False)
    for desk in desks:
        desk.pull(server)
    assert not server.held
    for desk in desks:  # all agree with the county
        assert {u: v for u, (_, v) in desk.local.items()} == {u: dict(r.fields) for u, r in server.records.items()}
    for record_uuid in RECORDS:  # the county's decisions stand; a desk's attempt is set aside, visibly
        assert server.records[record_uuid].fields.get("decision") == decisions.get(record_uuid)
    for desk in desks:
        assert all(set(m.fields) == {"decision"} for m in desk.quarantined)
    reviewed = {(u, c.field, c.offered) for u, c in server.conflicts}
    for desk in desks:  # every value a desk offered reached the county's copy or its review
        for offered in desk.offered:
            assert offered in server.landed or offered in reviewed, offered
