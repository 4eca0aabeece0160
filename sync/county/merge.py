"""What the county does with one mutation from a desk: the merge rules, as a pure function.

The store loads a record's state, asks :func:`decide`, and writes the outcome in the same transaction
as the mutation's id and result (idempotency lives there, not here). The rules (SYNC.md 7, 14, 15):

- **Authority.** Some record types are the county's alone (its decisions, merge tasks) and some fields of
  the desks' records too; a desk's mutation touching them is rejected, and the desk quarantines it.
- **Order.** A mutation that continues the desk's own offline chain (``after`` names its predecessor)
  waits, held, until that predecessor is settled (applied, or rejected: a rejected change changed nothing,
  and what follows it is judged on what the county has); an update before its record's create waits too.
  Sending 3, 1, 2 ends where 1, 2, 3 does.
- **Concurrency.** Every field remembers the server version and the device of its last change. A desk's
  change of a field that someone else changed since the desk last saw the record, to another value, is a
  hard conflict: the county's copy keeps the value it had, and both values go to the county's review.
  Changes of other fields merge. A desk's own earlier changes never conflict with its later ones.
- **Clocks.** Nothing here reads a clock: order comes from versions and the device's seq.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from uuid import UUID

from core.problems import Problem, error, problem_codes
from sync.protocol import Mutation, PushStatus


@problem_codes
class MergeProblem(StrEnum):
    TYPE_OWNED = "county.type_owned"  # only the county makes records of this type
    FIELD_OWNED = "county.field_owned"  # only the county changes this field
    ALREADY_EXISTS = "county.already_exists"  # a create for a record the county already has
    RECORD_DELETED = "county.record_deleted"  # a change to a record that was deleted
    FIELD_CONFLICT = "county.field_conflict"  # kept for review: someone else changed the same field


@dataclass(frozen=True)
class Stamp:
    """Who last changed a field, at which server version; ``device`` None is the county itself."""

    version: int
    device: UUID | None


@dataclass(frozen=True)
class Chain:
    """A device's history with one record: the seq of its last applied mutation of it, and the server
    version its current run of offline changes started from (what it had seen)."""

    last_seq: int
    seen: int


@dataclass(frozen=True)
class Record:
    entity_type: str
    uuid: UUID
    version: int
    fields: Mapping[str, Any]
    stamps: Mapping[str, Stamp]
    deleted: bool = False
    chains: Mapping[UUID, Chain] = field(default_factory=dict)


@dataclass(frozen=True)
class Authority:
    """What belongs to the county: whole record types, and fields of the desks' record types."""

    county_types: frozenset[str] = frozenset()
    county_fields: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Conflict:
    """A field two parties changed to different values: ``kept`` stays in the county's copy until a clerk
    decides; ``offered`` is the desk's value, never thrown away."""

    field: str
    kept: Any
    kept_by: UUID | None
    offered: Any
    offered_by: UUID


@dataclass(frozen=True)
class Outcome:
    status: PushStatus
    record: Record | None = None  # the record as it now is; None when nothing changed (held, rejected)
    conflicts: tuple[Conflict, ...] = ()
    problem: Problem | None = None


def decide(
    record: Record | None,
    device: UUID,
    mutation: Mutation,
    authority: Authority,
    settled: Callable[[int], bool],
) -> Outcome:
    """The outcome of ``device``'s ``mutation`` on ``record`` (None: the county has no such record yet).
    ``settled(seq)`` says whether the county has a final outcome for this device's mutation with that seq
    (held is not final)."""
    refused = _authority(mutation, authority)
    if refused is not None:
        return Outcome(PushStatus.REJECTED, problem=refused)
    if mutation.after is not None and not settled(mutation.after):
        return Outcome(PushStatus.HELD)
    if mutation.operation == "create":
        if record is not None:
            return Outcome(PushStatus.REJECTED, problem=error(MergeProblem.ALREADY_EXISTS, entity=mutation.entity_type))
        return Outcome(PushStatus.APPLIED, _created(device, mutation))
    if record is None:
        return Outcome(PushStatus.HELD)  # its create has not arrived yet
    if record.deleted:
        return Outcome(PushStatus.REJECTED, problem=error(MergeProblem.RECORD_DELETED, entity=mutation.entity_type))
    return _changed(record, device, mutation)


def _authority(mutation: Mutation, authority: Authority) -> Problem | None:
    if mutation.entity_type in authority.county_types:
        return error(MergeProblem.TYPE_OWNED, entity=mutation.entity_type)
    owned = authority.county_fields.get(mutation.entity_type, frozenset())
    touched = sorted(owned.intersection(mutation.fields))
    if touched:
        return error(MergeProblem.FIELD_OWNED, touched[0], entity=mutation.entity_type)
    return None


def _created(device: UUID, mutation: Mutation) -> Record:
    stamp = Stamp(1, device)
    return Record(
        entity_type=mutation.entity_type,
        uuid=mutation.entity_uuid,
        version=1,
        fields=dict(mutation.fields),
        stamps=dict.fromkeys(mutation.fields, stamp),
        chains={device: Chain(mutation.seq, 1)},
    )


def _changed(record: Record, device: UUID, mutation: Mutation) -> Outcome:
    chain = record.chains.get(device)
    # continuing its own offline run, the desk has seen what it saw when the run began; otherwise its base
    # is the server version it last pulled or was acknowledged
    seen = chain.seen if mutation.after is not None and chain is not None else mutation.base_version
    version = record.version + 1
    fields, stamps = dict(record.fields), dict(record.stamps)
    conflicts: list[Conflict] = []
    for name, value in mutation.fields.items():
        stamp = stamps.get(name)
        if stamp is not None and stamp.version > seen and stamp.device != device and fields.get(name) != value:
            conflicts.append(Conflict(name, fields.get(name), stamp.device, value, device))
            continue
        if fields.get(name) != value or name not in fields:
            fields[name] = value
            stamps[name] = Stamp(version, device)
    deleted = False
    if mutation.operation == "delete":
        # a record someone else changed meanwhile is not deleted behind their back: the clerk decides
        changed_by_others = [n for n, s in stamps.items() if s.version > seen and s.device != device]
        if changed_by_others:
            conflicts.extend(Conflict(n, fields.get(n), stamps[n].device, None, device) for n in changed_by_others)
        else:
            deleted = True
    chains = {**record.chains, device: Chain(mutation.seq, seen)}
    after = replace(record, version=version, fields=fields, stamps=stamps, deleted=deleted, chains=chains)
    if conflicts:
        problem = error(MergeProblem.FIELD_CONFLICT, conflicts[0].field, fields=len(conflicts))
        return Outcome(PushStatus.CONFLICT, after, tuple(conflicts), problem)
    return Outcome(PushStatus.APPLIED, after)
