"""Correcting a case the county returned: CasesService.reopen and finishing its draft, on a real demo desk."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.services.cases import (
    CORRECTS,
    RETURNS,
    WIZARD_VALUES,
    CaseFilter,
    CaseProblem,
    CaseRecord,
    CasesService,
    CaseStatus,
    CaseType,
    Confirmation,
    ConfirmationMethod,
    Draft,
    PolicyStamp,
    papers_for,
)
from desktop.services.errors import ServiceError
from desktop.store.database import Store
from desktop.store.models import AuditEvent, Case, OutboxEntry, Resident
from desktop.store.models import Draft as DraftRow

TODAY = date(2026, 3, 2)
POLICY = PolicyStamp("nx-cxjm-pension", "2026.1", "cd" * 32)
SIGNED = Confirmation(ConfirmationMethod.SIGNATURE, confirmed_at=datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
PNG = b"\x89PNG\r\n\x1a\n" + b"scan of an ID card" * 10
PAGE_VALUES = {"identify": {"id_text": "x"}, "choices": {"fields": {"phone": {"on": True, "new": "13909540000"}}}}


@pytest.fixture
def store(demo_dir: Path) -> Iterator[Store]:
    store = Store.open(demo_dir, "demo", "demo")
    yield store
    store.close()


@pytest.fixture
def service(store: Store) -> CasesService:
    return CasesService(store, "demo", TODAY)


def _returned(service: CasesService) -> CaseRecord:
    rows = service.list_cases(CaseFilter(status=CaseStatus.RETURNED))
    assert rows, "the demo desk has a case the county returned"
    record = service.get(rows[0].uuid)
    assert record is not None
    return record


def _count(store: Store, model: type[object], *where: object) -> int:
    with store.session("demo") as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def _events(store: Store, action: str) -> list[AuditEvent]:
    with store.session("demo") as session:
        found = list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))
        session.expunge_all()
    return found


def _finish(service: CasesService, draft: Draft, record: CaseRecord, received: bool = True,
            extra: dict[str, Any] | None = None) -> CaseRecord:
    """What a wizard resumed from ``draft`` hands in at the end: the draft's data as the pages left it."""
    assert draft.resident_uuid is not None
    data = {k: v for k, v in draft.data.items() if k != WIZARD_VALUES} | (extra or {})
    papers = tuple(replace(p, received=received) for p in record.papers)
    return service.finish(draft.uuid, draft.case_type, draft.resident_uuid, data, papers, SIGNED, (), POLICY)


def _set_returned(store: Store, case_uuid: uuid.UUID, reason: str) -> None:
    """What the county's sync does when it sends a case back."""
    with store.session("demo") as session:
        case = session.scalars(select(Case).where(Case.uuid == case_uuid)).one()
        case.status, case.returned_reason = CaseStatus.RETURNED.value, reason


# --- reopening ---------------------------------------------------------------------------------------------


def test_reopening_a_returned_case_gives_a_draft_with_its_data_pointing_at_the_case(
        store: Store, service: CasesService) -> None:
    record = _returned(service)
    draft = service.reopen(record.row.uuid)
    assert (draft.case_type, draft.resident_uuid, draft.page) == (record.row.case_type, record.row.resident_uuid, 0)
    assert draft.data[CORRECTS]["case_uuid"] == str(record.row.uuid)
    assert draft.data[CORRECTS]["reference"] == record.row.reference
    assert draft.data[CORRECTS]["reason"] == record.returned_reason
    assert date.fromisoformat(draft.data[CORRECTS]["returned_on"]) <= date.today()
    for key, value in record.data.items():
        assert draft.data[key] == value
    assert "papers" not in draft.data
    assert "confirmation" not in draft.data
    assert service.load_draft(draft.uuid) == draft
    [event] = _events(store, "case_reopened")
    assert (event.entity_type, event.entity_uuid, event.actor) == ("cases", str(record.row.uuid), "demo")
    assert json.loads(event.detail)["draft_uuid"] == str(draft.uuid)
    assert store.verify_audit().ok


def test_reopening_the_same_case_again_continues_the_same_draft(store: Store, service: CasesService) -> None:
    record = _returned(service)
    first = service.reopen(record.row.uuid)
    service.save_draft(first.uuid, first.case_type, 2, first.data | {"note": "补签"}, first.resident_uuid)
    again = service.reopen(record.row.uuid)
    assert again.uuid == first.uuid
    assert (again.page, again.data["note"]) == (2, "补签")
    assert len(_events(store, "case_reopened")) == 1
    assert _count(store, DraftRow) == 1


def test_only_a_returned_case_is_reopened(store: Store, service: CasesService) -> None:
    for status in (CaseStatus.READY, CaseStatus.WAITING_DOCUMENTS, CaseStatus.SUBMITTED):
        row = service.list_cases(CaseFilter(status=status), 1)[0]
        with pytest.raises(ServiceError) as caught:
            service.reopen(row.uuid)
        assert caught.value.code == CaseProblem.NOT_RETURNED
        assert caught.value.problem.params["reference"] == row.reference
    with pytest.raises(ServiceError) as caught:
        service.reopen(uuid.uuid4())
    assert caught.value.code == CaseProblem.CASE_UNKNOWN
    assert _count(store, DraftRow) == 0
    assert _events(store, "case_reopened") == []


# --- finishing the correction ------------------------------------------------------------------------------


def test_finishing_the_correction_updates_the_same_case_and_sends_it_as_an_update(
        store: Store, service: CasesService) -> None:
    record = _returned(service)
    cases = _count(store, Case)
    queued = _count(store, OutboxEntry)
    with store.session("demo") as session:
        version = session.scalars(select(Case.version).where(Case.uuid == record.row.uuid)).one()
    draft = service.reopen(record.row.uuid)
    corrected = _finish(service, draft, record, extra={"note": "已补签"})

    assert _count(store, Case) == cases
    assert (corrected.row.uuid, corrected.row.reference) == (record.row.uuid, record.row.reference)
    assert corrected.row.status is CaseStatus.READY
    assert corrected.returned_reason is None
    assert corrected.policy_pack_version == "2026.1"
    assert corrected.data["note"] == "已补签"
    assert corrected.data[RETURNS] == [{"reason": record.returned_reason,
                                        "returned_on": draft.data[CORRECTS]["returned_on"],
                                        "corrected_on": TODAY.isoformat()}]
    assert CORRECTS not in corrected.data
    assert service.get(record.row.uuid) == corrected
    assert service.load_draft(draft.uuid) is None
    assert service.list_cases(CaseFilter(status=CaseStatus.RETURNED, resident_uuid=record.row.resident_uuid)) == []

    with store.session("demo") as session:
        sent = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).offset(queued)).all()
        assert [(e.entity_type, e.entity_uuid, e.operation) for e in sent] == [
            ("cases", record.row.uuid, "update")]
        assert sent[0].base_version == version
        assert sent[0].new_version == version + 1
    [finished] = _events(store, "draft_finished")
    assert json.loads(finished.detail) == {"case_uuid": str(record.row.uuid)}
    assert store.verify_audit().ok


def test_a_correction_still_missing_a_paper_waits_for_it(service: CasesService) -> None:
    record = _returned(service)
    corrected = _finish(service, service.reopen(record.row.uuid), record, received=False)
    assert corrected.row.status is CaseStatus.WAITING_DOCUMENTS
    assert corrected.returned_reason is None


def test_the_wizards_page_values_stay_on_the_case_and_come_back_when_it_is_returned_again(
        store: Store, service: CasesService) -> None:
    record = _returned(service)
    draft = service.reopen(record.row.uuid)
    assert WIZARD_VALUES not in draft.data  # the demo's cases were not made in a wizard
    corrected = _finish(service, draft, record, extra={WIZARD_VALUES: PAGE_VALUES})
    assert WIZARD_VALUES not in corrected.data  # printers and the case view never see them

    _set_returned(store, record.row.uuid, "电话号码有误，请核对。")
    again = service.reopen(record.row.uuid)
    assert again.data[WIZARD_VALUES] == PAGE_VALUES
    assert again.data[CORRECTS]["reason"] == "电话号码有误，请核对。"
    assert again.data[RETURNS] == corrected.data[RETURNS]
    twice = _finish(service, again, record)
    assert [r["reason"] for r in twice.data[RETURNS]] == [record.returned_reason, "电话号码有误，请核对。"]


def test_a_new_case_keeps_the_page_values_out_of_its_data(service: CasesService, store: Store) -> None:
    with store.session("demo") as session:
        resident_uuid = session.scalars(select(Resident.uuid).order_by(Resident.id)).first()
    assert resident_uuid is not None
    data = {"year": 2027, "new_tier": "300.00", WIZARD_VALUES: PAGE_VALUES, RETURNS: ["made up"]}
    record = service.finish(None, CaseType.TIER_CHANGE, resident_uuid, data, papers_for(CaseType.TIER_CHANGE),
                            SIGNED, (), POLICY)
    assert set(record.data) == {"year", "new_tier", "note", "resident"}
    with store.session("demo") as session:
        kept = session.scalars(select(Case.data).where(Case.uuid == record.row.uuid)).one()
    assert kept[WIZARD_VALUES] == PAGE_VALUES


def test_the_corrected_case_keeps_only_the_scans_handed_in(store: Store, service: CasesService) -> None:
    record = _returned(service)
    old_scan = service.store_scan(PNG, "旧的身份证.png", "image/png")
    made = service.finish(None, record.row.case_type, record.row.resident_uuid, dict(record.data), record.papers,
                          SIGNED, (old_scan,), POLICY)
    _set_returned(store, made.row.uuid, "身份证复印件看不清，请重新复印正反面。")
    new_scan = service.store_scan(PNG + b"again", "身份证.png", "image/png")
    draft = service.reopen(made.row.uuid)
    assert draft.resident_uuid is not None
    queued = _count(store, OutboxEntry)
    corrected = service.finish(draft.uuid, draft.case_type, draft.resident_uuid, dict(draft.data), record.papers,
                               SIGNED, (new_scan,), POLICY)
    assert corrected.scans == (new_scan,)
    with store.session("demo") as session:
        sent = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).offset(queued)).all()
        assert sorted((e.entity_type, e.operation) for e in sent) == [
            ("attachments", "create"), ("attachments", "delete"), ("cases", "update")]


def test_a_correction_is_refused_once_the_case_no_longer_waits_for_it(store: Store, service: CasesService) -> None:
    record = _returned(service)
    draft = service.reopen(record.row.uuid)
    other = service.reopen(record.row.uuid)
    _finish(service, other, record)  # the same draft, finished in another window
    with pytest.raises(ServiceError) as caught:
        _finish(service, draft, record)
    assert caught.value.code == CaseProblem.CORRECTION_STALE
    assert caught.value.problem.params["reference"] == record.row.reference
    assert _count(store, Case, Case.reference == record.row.reference) == 1


def test_a_correction_cannot_move_the_case_to_another_resident(store: Store, service: CasesService) -> None:
    record = _returned(service)
    draft = service.reopen(record.row.uuid)
    with store.session("demo") as session:
        someone_else = session.scalars(select(Resident.uuid).where(Resident.uuid != record.row.resident_uuid)).first()
    assert someone_else is not None
    with pytest.raises(ServiceError) as caught:
        service.finish(draft.uuid, draft.case_type, someone_else, dict(draft.data), record.papers, SIGNED, (),
                       POLICY)
    assert caught.value.code == CaseProblem.CORRECTION_OTHER_RESIDENT
    assert caught.value.problem.params["name"] == record.row.resident_name
    assert service.load_draft(draft.uuid) is not None  # nothing was saved: the form can still be corrected
    still = service.get(record.row.uuid)
    assert still is not None
    assert still.row.status is CaseStatus.RETURNED
