"""A desk whose clock is two years ahead or behind syncs exactly as one whose clock is right: the same
records at the same versions on the county, the same decisions on the desk (SYNC.md 17). The desk runs under
libfaketime; only its own wall-clock stamps (for people to read) differ."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.services.demo import create_demo
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.store.models import Case
from sync.county import exchange
from sync.county.records import RecordRow
from sync.county.store import CountyStore
from tests.e2e.test_sync_kills import FAST_KDF, World, close_world, make_world

FAKETIME = shutil.which("faketime")
SKEWS = ("+0d", "+730d", "-730d")
_CLOCK_FIELDS = {"created_at", "updated_at", "received_at", "done_at", "decided_at", "imported_at"}


def _scenario(world: World, references: list[str]) -> None:
    """The same work at every clock: edits, a sync, two decisions, another edit and sync."""
    for round_number in range(3):
        assert world.desk.ask(f"edit 3 {round_number}") == "exit 0"
        assert world.desk.ask("sync -") == "exit 0"
    store = CountyStore.open(world.county_dir)
    try:
        with store.session() as session:
            for reference, decision in zip(references, ("returned", "approved"), strict=True):
                case = exchange.find_case(session, reference)
                assert case is not None
                exchange.county_decide(session, case, decision, "缺材料" if decision == "returned" else None,
                                       "clerk", datetime.now(UTC))  # fmt: skip
    finally:
        store.close()
    assert world.desk.ask("edit 2 9") == "exit 0"
    assert world.desk.ask("sync -") == "exit 0"


def _outcome(world: World) -> tuple[dict[Any, Any], dict[str, tuple[str, str | None]]]:
    store = CountyStore.open(world.county_dir)
    try:
        with store.session(readonly=True) as session:
            records = {
                _key(r): (r.version, _without_clocks(r.fields))
                for r in session.scalars(select(RecordRow).where(RecordRow.entity_type != "case_decisions"))
            }  # fmt: skip
    finally:
        store.close()
    desk = Desk.sign_in(world.desk_dir, "demo", "demo")
    try:
        with desk.store.session("test") as session:
            cases = {c.reference: (c.status, c.returned_reason) for c in session.scalars(select(Case))}
    finally:
        desk.close()
    return records, cases


def _key(row: RecordRow) -> tuple[Any, ...]:
    """Which record: a scan attached in the scenario has a new UUID in each run, so it is named by what it is."""
    if row.entity_type == "attachments":
        return (row.entity_type, row.fields["content_hash"], row.fields["case_uuid"], row.fields["name"])
    return (row.entity_type, row.entity_uuid)


def _without_clocks(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k not in _CLOCK_FIELDS}


@pytest.mark.skipif(FAKETIME is None, reason="libfaketime is installed by .ci/run")
def test_a_desk_two_years_off_syncs_exactly_as_one_on_time(tmp_path: Path) -> None:
    template = tmp_path / "template"
    rules = PolicyService(template, county="640423").contribution_rules()
    create_demo(template, rules, residents=30, seed=4, as_of=date(2026, 1, 1), kdf_params=FAST_KDF)
    opened = Desk.sign_in(template, "demo", "demo")
    with opened.store.session("test") as session:
        references = [c.reference for c in session.scalars(select(Case).order_by(Case.id).limit(2))]
    opened.close()
    outcomes = []
    for skew in SKEWS:
        world = make_world(tmp_path / skew / "desk", tmp_path / skew / "county", template,
                           desk_prefix=(str(FAKETIME), "-f", skew))  # fmt: skip
        try:
            _scenario(world, references)
            outcomes.append(_outcome(world))
        finally:
            close_world(world)
    for other in outcomes[1:]:
        differ = {k: (v, other[0].get(k)) for k, v in outcomes[0][0].items() if other[0].get(k) != v}
        assert not differ, list(differ.items())[:3]
        assert other[1] == outcomes[0][1]
    records, cases = outcomes[0]
    assert cases[references[0]] == ("returned", "缺材料")
    assert cases[references[1]][0] == "approved"
    assert len(records) > 100
