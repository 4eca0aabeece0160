"""The wire format: messages survive the round trip through a compressed body, bad messages are refused
with a problem naming the field, and the hashes behave as the server's idempotency and checks need."""

from __future__ import annotations

import json
import uuid

import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from core.problems import error
from sync.protocol import (
    MAX_BODY_BYTES,
    MAX_PUSH,
    PROTOCOL_VERSION,
    Change,
    DatasetCheck,
    Hello,
    Mutation,
    ProtocolError,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    PushStatus,
    Welcome,
    dataset_hash,
    decode_body,
    encode_body,
)

CASE = uuid.UUID("3f0c9d0e-8a51-4c2e-9b6c-0f1d2e3a4b5c")


def mutation(seq: int, **changes: object) -> Mutation:
    values: dict[str, object] = {
        "mutation_id": uuid.uuid4(), "seq": seq, "entity_type": "cases", "entity_uuid": CASE,
        "operation": "update", "base_version": seq, "new_version": seq + 1,
        "fields": {"status": "ready", "data": {"tier": 100, "名字": "李秀英"}},
        "created_at": "2026-11-28T08:00:00+08:00",
    }  # fmt: skip
    values.update(changes)
    return Mutation(**values)  # type: ignore[arg-type]


def through_wire(message: dict[str, object]) -> dict[str, object]:
    return decode_body(encode_body(message))


def test_each_message_comes_back_the_same_through_a_compressed_body() -> None:
    hello = Hello(pending=3, cursor="c:41", references={"policy": "ab12", "lists:640423100201": "cd34"})
    assert Hello.from_json(through_wire(hello.to_json())) == hello
    welcome = Welcome("s-1", "2026-11-28T00:00:00Z", True, ("policy",))
    assert Welcome.from_json(through_wire(welcome.to_json())) == welcome
    push = PushRequest("s-1", (mutation(1), mutation(2)))
    assert PushRequest.from_json(through_wire(push.to_json())) == push
    results = PushResponse((
        PushResult(push.mutations[0].mutation_id, PushStatus.APPLIED, version=2),
        PushResult(push.mutations[1].mutation_id, PushStatus.REJECTED,
                   problem=error("county.field_owned", "status", owner="county")),
    ))  # fmt: skip
    assert PushResponse.from_json(through_wire(results.to_json())) == results
    pull = PullResponse((Change("residents", uuid.uuid4(), 7, {"name": "马晓东"}),), "c:42", False,
                        {"residents": DatasetCheck(1, "00" * 32)})  # fmt: skip
    assert PullResponse.from_json(through_wire(pull.to_json())) == pull
    assert PullRequest.from_json(through_wire(PullRequest("s-1", None).to_json())) == PullRequest("s-1", None)


def test_a_sync_with_nothing_new_is_a_small_request() -> None:
    hello = Hello(pending=0, cursor="c:123456", references={"policy": "f" * 64, "lists:640423100201": "e" * 64})
    assert len(encode_body(hello.to_json())) < 2048


def test_a_batch_of_case_mutations_compresses_below_a_kilobyte_each() -> None:
    batch = PushRequest("s-1", tuple(mutation(i, entity_uuid=uuid.uuid4(), mutation_id=uuid.uuid4())
                                     for i in range(1, MAX_PUSH + 1)))  # fmt: skip
    assert len(encode_body(batch.to_json())) / MAX_PUSH < 1024


def test_a_replay_has_the_same_payload_hash_and_a_changed_payload_does_not() -> None:
    first = mutation(1)
    replay = Mutation.from_json(through_wire(first.to_json()))
    assert replay.payload_hash() == first.payload_hash()
    assert mutation(1, mutation_id=first.mutation_id, fields={"status": "returned"}).payload_hash() != (
        first.payload_hash()
    )
    # the desk's wall time is for people only: it never makes two mutations differ
    assert mutation(1, mutation_id=first.mutation_id, created_at="2024-01-01T00:00:00Z").payload_hash() == (
        first.payload_hash()
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"operation": "merge"}, "operation"),
        ({"base_version": 3, "new_version": 3}, "new_version"),
        ({"entity_uuid": "not-a-uuid"}, "entity_uuid"),
        ({"seq": True}, "seq"),
        ({"fields": []}, "fields"),
    ],
)
def test_a_bad_mutation_is_refused_naming_its_field(change: dict[str, object], field: str) -> None:
    message = {**mutation(1).to_json(), **change}
    with pytest.raises(ProtocolError) as refused:
        Mutation.from_json(message)
    assert refused.value.problem.params.get("field") == field or refused.value.problem.field == field


def test_a_push_must_be_in_seq_order_and_bounded() -> None:
    out_of_order = PushRequest("s", (mutation(2), mutation(1))).to_json()
    with pytest.raises(ProtocolError, match=r"protocol\.bad_value"):
        PushRequest.from_json(out_of_order)
    too_many = {"protocol": PROTOCOL_VERSION, "session": "s", "mutations": [mutation(i).to_json()
                                                                           for i in range(MAX_PUSH + 1)]}  # fmt: skip
    with pytest.raises(ProtocolError, match=r"protocol\.too_many"):
        PushRequest.from_json(too_many)


def test_another_protocol_version_is_refused() -> None:
    with pytest.raises(ProtocolError, match=r"protocol\.bad_version"):
        Hello.from_json({**Hello(0, None, {}).to_json(), "protocol": PROTOCOL_VERSION + 1})


def test_bodies_that_are_not_one_json_object_or_too_big_are_refused() -> None:
    with pytest.raises(ProtocolError, match=r"protocol\.bad_json"):
        decode_body(b"garbage")
    with pytest.raises(ProtocolError, match=r"protocol\.bad_json"):
        decode_body(zstandard.ZstdCompressor().compress(b"[1, 2]"))
    bomb = zstandard.ZstdCompressor().compress(json.dumps({"x": "0" * (MAX_BODY_BYTES + 10)}).encode())
    assert len(bomb) < 100_000  # small on the wire, huge unpacked
    with pytest.raises(ProtocolError, match=r"protocol\.too_big"):
        decode_body(bomb)
    assert decode_body(b'{"a": 1}', "identity") == {"a": 1}
    with pytest.raises(ProtocolError, match=r"protocol\.bad_value"):
        decode_body(b"{}", "br")


@given(st.sets(st.tuples(st.uuids(version=4), st.integers(min_value=1, max_value=10**6)), max_size=30),
       st.randoms())  # fmt: skip
def test_the_dataset_hash_ignores_order_and_sees_any_version_change(pairs: set[tuple[uuid.UUID, int]],
                                                                    rng: object) -> None:  # fmt: skip
    ordered = sorted(pairs)
    shuffled = list(ordered)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert dataset_hash(ordered) == dataset_hash(shuffled)
    if ordered:
        bumped = [(ordered[0][0], ordered[0][1] + 1), *ordered[1:]]
        assert dataset_hash(bumped) != dataset_hash(ordered)
