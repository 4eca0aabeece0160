from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from core.ids import mask_id
from desktop.services.desk import Desk
from desktop.services.residents import ResidentsService
from desktop.store.models import AuditEvent, Resident


def _first_resident(desk: Desk) -> Resident:
    with desk.store.session("demo") as session:
        resident = session.scalars(select(Resident).order_by(Resident.id)).first()
        assert resident is not None
        session.expunge(resident)
        return resident


def test_search_results_carry_masked_id_numbers_only(demo_dir: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        resident = _first_resident(desk)
        hits = ResidentsService(desk.store, "demo").search(resident.id_number)
        assert hits[0].uuid == resident.uuid
        assert hits[0].masked_id == mask_id(resident.id_number)
        assert resident.id_number not in repr(hits)
    finally:
        desk.close()


def test_revealing_a_full_id_is_recorded_in_the_audit_chain(demo_dir: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        resident = _first_resident(desk)
        service = ResidentsService(desk.store, "demo")
        assert service.reveal_id(resident.uuid) == resident.id_number
        with desk.store.session("demo") as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.action == "reveal_id")).all()
            assert [e.entity_uuid for e in events] == [str(resident.uuid)]
            assert events[0].actor == "demo"
        assert desk.verify_audit().ok
    finally:
        desk.close()


def test_resident_page_shows_household_groups_and_contributions(demo_dir: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        service = ResidentsService(desk.store, "demo")
        with desk.store.session("demo") as session:
            listed = session.scalars(select(Resident).where(Resident.memberships.any())).first()
            assert listed is not None
            uuid = listed.uuid
        profile = service.profile(uuid)
        assert profile is not None
        assert profile.memberships
        assert all(m.source in {"list", "manual"} for m in profile.memberships)
        assert "*" in profile.summary.masked_id
    finally:
        desk.close()


def test_a_cancelled_demo_leaves_an_empty_data_folder(tmp_path: Path) -> None:
    import pytest

    from core.progress import Cancelled, Progress
    from desktop.services.demo import create_demo
    from desktop.services.policy import PolicyService
    from tests.desktop.conftest import FAST_KDF

    data = tmp_path / "data"
    rules = PolicyService(data, county="640423").contribution_rules()
    with pytest.raises(Cancelled):
        create_demo(data, rules, residents=50, kdf_params=FAST_KDF, progress=Progress(cancelled=lambda: True))
    assert list(data.iterdir()) == []
