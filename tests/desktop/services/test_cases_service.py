"""CasesService on a real encrypted demo desk: drafts, scans, finishing, papers, look-ups and lists."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core.documents import PaperKind
from core.ids import mask_id
from core.references import case_reference
from desktop.services.cases import (
    MAX_SCAN_BYTES,
    OPEN_STATUSES,
    RETURNS,
    CaseFilter,
    CaseProblem,
    CasesService,
    CaseStatus,
    CaseType,
    Confirmation,
    ConfirmationMethod,
    Paper,
    PolicyStamp,
    papers_for,
)
from desktop.services.errors import ServiceError
from desktop.store.database import Store
from desktop.store.models import Attachment, AuditEvent, Case, Draft, OutboxEntry, Resident, utc_now
from desktop.store.problems import AttachmentProblem

POLICY = PolicyStamp("nx-cxjm-pension", "2025.1-draft", "ab" * 32)
SIGNED = Confirmation(ConfirmationMethod.SIGNATURE, confirmed_at=datetime(2026, 3, 2, 2, 0, tzinfo=UTC))
PNG = b"\x89PNG\r\n\x1a\n" + b"scan of a hukou page" * 10


@pytest.fixture
def store(demo_dir: Path) -> Iterator[Store]:
    store = Store.open(demo_dir, "demo", "demo")
    yield store
    store.close()


def _resident(store: Store, offset: int = 0) -> Resident:
    with store.session("demo") as session:
        resident = session.scalars(select(Resident).order_by(Resident.id).offset(offset)).first()
        assert resident is not None
        session.expunge(resident)
        return resident


def _count(store: Store, model: type[object], *where: object) -> int:
    with store.session("demo") as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def _all_received(papers: tuple[Paper, ...]) -> tuple[Paper, ...]:
    return tuple(Paper(p.kind, p.original, p.copies, p.mandatory, received=True, proves=p.proves,
                       alternatives=p.alternatives) for p in papers)


def _finish(service: CasesService, resident: Resident, papers: tuple[Paper, ...] | None = None,
            draft: uuid.UUID | None = None, case_type: CaseType = CaseType.TIER_CHANGE) -> uuid.UUID:
    record = service.finish(draft, case_type, resident.uuid, {"year": 2027, "new_tier": "300.00"},
                            papers if papers is not None else papers_for(case_type), SIGNED, (), POLICY)
    return record.row.uuid


# --- drafts -----------------------------------------------------------------------------------------------


def test_a_draft_survives_closing_and_reopening_the_store(demo_dir: Path) -> None:
    store = Store.open(demo_dir, "demo", "demo")
    resident = _resident(store)
    service = CasesService(store, "demo")
    draft_uuid = service.save_draft(None, CaseType.ENROLLMENT, 1, {"tier": "100.00"}, resident.uuid)
    service.save_draft(draft_uuid, CaseType.ENROLLMENT, 3, {"tier": "300.00", "note": "带户口簿"}, resident.uuid)
    store.close()

    reopened = Store.open(demo_dir, "demo", "demo")
    try:
        draft = CasesService(reopened, "demo").load_draft(draft_uuid)
        assert draft is not None
        assert (draft.page, draft.data, draft.case_type) == (3, {"tier": "300.00", "note": "带户口簿"},
                                                              CaseType.ENROLLMENT)
        assert (draft.resident_uuid, draft.resident_name, draft.updated_by) == (resident.uuid, resident.name, "demo")
    finally:
        reopened.close()


def test_autosaving_a_draft_writes_one_audit_event_and_nothing_to_the_outbox(store: Store) -> None:
    service = CasesService(store, "demo")
    events, queued = _count(store, AuditEvent), _count(store, OutboxEntry)
    draft_uuid = service.save_draft(None, CaseType.DAIJIAO, 0, {}, None)
    for page in range(1, 20):
        assert service.save_draft(draft_uuid, CaseType.DAIJIAO, page % 4, {"keystrokes": page}, None) == draft_uuid
    assert _count(store, AuditEvent) == events + 1
    assert _count(store, OutboxEntry) == queued
    assert _count(store, Draft) == 1
    with store.session("demo") as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert event is not None
    assert (event.action, event.entity_uuid) == ("draft_created", str(draft_uuid))
    assert store.verify_audit().ok


def test_drafts_are_listed_newest_first_and_a_discarded_one_is_gone_with_an_event(store: Store) -> None:
    service = CasesService(store, "demo")
    first = service.save_draft(None, CaseType.ENROLLMENT, 0, {}, None)
    second = service.save_draft(None, CaseType.PENSION_CLAIM, 0, {}, None)
    service.save_draft(first, CaseType.ENROLLMENT, 2, {}, None)
    assert [d.uuid for d in service.drafts()] == [first, second]
    service.discard_draft(first)
    assert [d.uuid for d in service.drafts()] == [second]
    assert service.load_draft(first) is None
    assert _count(store, AuditEvent, AuditEvent.action == "draft_discarded", AuditEvent.entity_uuid == str(first)) == 1


def test_saving_a_draft_that_was_discarded_elsewhere_brings_it_back(store: Store) -> None:
    service = CasesService(store, "demo")
    draft_uuid = service.save_draft(None, CaseType.TIER_CHANGE, 0, {}, None)
    service.discard_draft(draft_uuid)
    assert service.save_draft(draft_uuid, CaseType.TIER_CHANGE, 1, {"year": 2027}, None) == draft_uuid
    loaded = service.load_draft(draft_uuid)
    assert loaded is not None
    assert loaded.data == {"year": 2027}


# --- scans ------------------------------------------------------------------------------------------------


def test_a_scan_is_kept_encrypted_and_read_back(store: Store) -> None:
    service = CasesService(store, "demo")
    scan = service.store_scan(PNG, "C:\\扫描\\户口簿.png", "image/png")
    assert (scan.name, scan.mime, scan.size) == ("户口簿.png", "image/png", len(PNG))
    assert service.scan_bytes(scan.content_hash) == PNG
    files = [p for p in store.data_dir.attachments.rglob("*") if p.is_file()]
    assert files
    assert all(PNG not in p.read_bytes() for p in files)


@pytest.mark.parametrize(
    ("data", "mime", "code"),
    [
        (b"", "image/png", CaseProblem.SCAN_EMPTY),
        (b"x" * (MAX_SCAN_BYTES + 1), "image/jpeg", CaseProblem.SCAN_TOO_LARGE),
        (b"PK\x03\x04", "application/zip", CaseProblem.SCAN_TYPE),
    ],
)
def test_empty_oversized_or_unknown_files_are_refused(store: Store, data: bytes, mime: str, code: str) -> None:
    with pytest.raises(ServiceError) as caught:
        CasesService(store, "demo").store_scan(data, "scan", mime)
    assert caught.value.code == code


# --- finishing --------------------------------------------------------------------------------------------


def test_finishing_writes_one_case_one_outbox_entry_one_case_event_and_deletes_the_draft(store: Store) -> None:
    resident = _resident(store)
    service = CasesService(store, "demo")
    draft_uuid = service.save_draft(None, CaseType.ENROLLMENT, 5, {"tier": "300.00"}, resident.uuid)
    cases, queued, events = _count(store, Case), _count(store, OutboxEntry), _count(store, AuditEvent)

    record = service.finish(draft_uuid, CaseType.ENROLLMENT, resident.uuid,
                            {"tier": "300.00", "start_year": 2027, "papers": "ignored"},
                            papers_for(CaseType.ENROLLMENT), SIGNED, (), POLICY)

    assert _count(store, Case) == cases + 1
    assert _count(store, Draft) == 0
    with store.session("demo") as session:
        new_entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).offset(queued)).all()
        new_events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq).offset(events)).all()
    assert [(e.entity_type, e.entity_uuid, e.operation) for e in new_entries] == [
        ("cases", record.row.uuid, "create")]
    assert [(e.action, e.entity_type) for e in new_events] == [("create", "cases"), ("draft_finished", "drafts")]
    assert new_events[1].entity_uuid == str(draft_uuid)
    assert store.verify_audit().ok


def test_a_finished_case_keeps_the_resident_papers_confirmation_and_policy(store: Store) -> None:
    resident = _resident(store)
    record = CasesService(store, "demo").finish(
        None, CaseType.ENROLLMENT, resident.uuid, {"tier": "300.00"}, papers_for(CaseType.ENROLLMENT, proxy=True),
        Confirmation(ConfirmationMethod.PROXY, proxy_name="马成", proxy_relation="儿子",
                     proxy_id_number="640423198001011237", proxy_authorized=True), (), POLICY)
    assert record.row.status is CaseStatus.WAITING_DOCUMENTS
    assert record.row.missing_papers == 4
    assert record.row.reference == case_reference(record.row.uuid)
    assert record.row.resident_masked_id == mask_id(resident.id_number)
    assert record.data["resident"]["id_number"] == resident.id_number  # the printed form needs it whole
    assert record.data["resident"]["birth_date"] == resident.birth_date.isoformat()
    assert record.data["note"] == ""
    assert "papers" not in record.data
    assert "confirmation" not in record.data
    assert record.confirmation is not None
    assert record.confirmation.proxy_id_number == "640423198001011237"
    assert [p.kind for p in record.papers][-2:] == [PaperKind.PROXY_AUTHORIZATION, PaperKind.PROXY_ID_CARD]
    assert record.policy_pack_version == POLICY.version
    with store.session("demo") as session:
        case = session.scalars(select(Case).where(Case.uuid == record.row.uuid)).one()
        assert (case.policy_pack_id, case.policy_pack_hash) == (POLICY.pack_id, POLICY.content_hash)


def test_a_case_with_every_mandatory_paper_is_ready(store: Store) -> None:
    resident = _resident(store)
    service = CasesService(store, "demo")
    case_uuid = _finish(service, resident, _all_received(papers_for(CaseType.TIER_CHANGE)))
    record = service.get(case_uuid)
    assert record is not None
    assert (record.row.status, record.row.missing_papers) == (CaseStatus.READY, 0)


def test_scans_become_attachments_of_the_case(store: Store) -> None:
    resident = _resident(store)
    service = CasesService(store, "demo")
    scan = service.store_scan(PNG, "hukou.png", "image/png")
    papers = tuple(Paper(p.kind, p.original, p.copies, p.mandatory, received=True,
                         scans=(scan.content_hash,) if p.kind == PaperKind.ID_CARD else ())
                   for p in papers_for(CaseType.TIER_CHANGE))
    record = service.finish(None, CaseType.TIER_CHANGE, resident.uuid, {}, papers, SIGNED, (scan, scan), POLICY)
    assert record.scans == (scan,)
    assert record.papers[0].scans == (scan.content_hash,)
    assert _count(store, Attachment, Attachment.content_hash == scan.content_hash) == 1


def test_finishing_with_a_scan_that_was_never_stored_is_refused(store: Store) -> None:
    resident = _resident(store)
    service = CasesService(store, "demo")
    ghost = service.store_scan(PNG, "x.png", "image/png")
    store.attachments.delete(ghost.content_hash)
    cases = _count(store, Case)
    with pytest.raises(ServiceError) as caught:
        service.finish(None, CaseType.TIER_CHANGE, resident.uuid, {}, (), SIGNED, (ghost,), POLICY)
    assert caught.value.code == AttachmentProblem.MISSING
    assert _count(store, Case) == cases


def test_finishing_for_an_unknown_resident_or_with_an_unknown_paper_is_refused(store: Store) -> None:
    service = CasesService(store, "demo")
    with pytest.raises(ServiceError) as caught:
        service.finish(None, CaseType.TIER_CHANGE, uuid.uuid4(), {}, (), SIGNED, (), POLICY)
    assert caught.value.code == CaseProblem.RESIDENT_UNKNOWN
    with pytest.raises(ServiceError) as caught:
        _finish(service, _resident(store), (Paper("passport", True, 1, True),))
    assert caught.value.code == CaseProblem.PAPER_UNKNOWN


# --- papers brought later ---------------------------------------------------------------------------------


def test_papers_brought_later_make_the_case_ready(store: Store) -> None:
    resident = _resident(store)
    service = CasesService(store, "demo")
    case_uuid = _finish(service, resident, case_type=CaseType.PENSION_CLAIM)
    queued = _count(store, OutboxEntry)
    scan = service.store_scan(PNG, "card.png", "image/png")
    papers = papers_for(CaseType.PENSION_CLAIM)
    record = service.update_papers(case_uuid, _all_received(papers[:2]) + papers[2:], (scan,))
    assert (record.row.status, record.row.missing_papers) == (CaseStatus.WAITING_DOCUMENTS, 1)
    assert record.scans == (scan,)
    record = service.update_papers(case_uuid, _all_received(papers), (scan,))
    assert (record.row.status, record.row.missing_papers) == (CaseStatus.READY, 0)
    assert record.scans == (scan,)  # the same scan is attached once
    with store.session("demo") as session:
        sent = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).offset(queued)).all()
    assert [(e.entity_type, e.operation) for e in sent] == [
        ("cases", "update"), ("attachments", "create"), ("cases", "update")]


def test_a_returned_case_stays_returned_until_its_papers_are_complete(store: Store) -> None:
    service = CasesService(store, "demo")
    case_uuid = _finish(service, _resident(store), case_type=CaseType.PENSION_CLAIM)
    with store.session("demo") as session:
        case = session.scalars(select(Case).where(Case.uuid == case_uuid)).one()
        case.status, case.returned_reason = CaseStatus.RETURNED.value, "缺银行卡复印件"
    papers = papers_for(CaseType.PENSION_CLAIM)
    record = service.update_papers(case_uuid, _all_received(papers[:2]) + papers[2:])
    assert (record.row.status, record.returned_reason) == (CaseStatus.RETURNED, "缺银行卡复印件")
    ready = service.update_papers(case_uuid, _all_received(papers))
    assert (ready.row.status, ready.returned_reason) == (CaseStatus.READY, None)
    assert [r["reason"] for r in ready.data[RETURNS]] == ["缺银行卡复印件"]  # the return is kept as history


def test_papers_of_a_case_the_county_has_cannot_change(store: Store) -> None:
    service = CasesService(store, "demo")
    case_uuid = _finish(service, _resident(store))
    with store.session("demo") as session:
        session.scalars(select(Case).where(Case.uuid == case_uuid)).one().status = CaseStatus.SUBMITTED.value
    with pytest.raises(ServiceError) as caught:
        service.update_papers(case_uuid, ())
    assert caught.value.code == CaseProblem.CASE_CLOSED
    with pytest.raises(ServiceError) as caught:
        service.update_papers(uuid.uuid4(), ())
    assert caught.value.code == CaseProblem.CASE_UNKNOWN


# --- look-ups and lists -----------------------------------------------------------------------------------


def test_a_sloppily_typed_reference_or_the_full_uuid_opens_the_case(store: Store) -> None:
    service = CasesService(store, "demo")
    case_uuid = _finish(service, _resident(store))
    reference = case_reference(case_uuid)
    sloppy = f" {reference[:2].lower()} {reference[2:6]}-{reference[6:].lower()} ".replace("0", "o")
    for typed in (reference, sloppy, str(case_uuid), case_uuid.hex.upper()):
        found = service.find_by_reference(typed)
        assert found is not None, typed
        assert found.row.uuid == case_uuid
    nobodys = "CB00000000" if reference != "CB00000000" else "CB11111111"
    assert service.find_by_reference(nobodys) is None
    assert service.find_by_reference("马玉兰") is None
    assert service.find_by_reference("") is None


def test_the_demo_cases_have_papers_that_fit_their_status(store: Store) -> None:
    rows = CasesService(store, "demo").list_cases(CaseFilter(), limit=10_000)
    assert rows
    for row in rows:
        if row.status is CaseStatus.WAITING_DOCUMENTS:
            assert row.missing_papers >= 1
        else:
            assert row.missing_papers == 0
    assert {r.status for r in rows} >= {CaseStatus.WAITING_DOCUMENTS, CaseStatus.READY, CaseStatus.SUBMITTED}
    service = CasesService(store, "demo")
    for row in rows:
        record = service.get(row.uuid)
        assert record is not None
        assert bool(record.returned_reason) == (row.status is CaseStatus.RETURNED)
        assert record.data["resident"]["name"] == row.resident_name
        assert record.confirmation is not None


def test_counts_by_status_match_the_lists(store: Store) -> None:
    service = CasesService(store, "demo")
    counts = service.counts_by_status()
    assert set(counts) == set(CaseStatus)
    for status in CaseStatus:
        assert len(service.list_cases(CaseFilter(status=status), limit=10_000)) == counts[status]


def test_list_filters_by_type_status_assistant_dates_and_resident(store: Store) -> None:
    first, second = _resident(store, 0), _resident(store, 1)
    mine = CasesService(store, "demo")
    store.add_assistant("demo", "lan", "pw", "马兰", "assistant")
    hers = CasesService(store, "lan")
    a = _finish(mine, first, case_type=CaseType.TIER_CHANGE)
    b = _finish(hers, second, case_type=CaseType.INFO_CHANGE)
    c = _finish(hers, first, _all_received(papers_for(CaseType.DAIJIAO)), case_type=CaseType.DAIJIAO)

    def uuids(**fields: object) -> set[uuid.UUID]:
        return {r.uuid for r in mine.list_cases(CaseFilter(**fields), limit=10_000)}  # type: ignore[arg-type]

    assert uuids(assistant="lan") == {b, c}
    assert uuids(assistant="lan", case_type=CaseType.DAIJIAO) == {c}
    assert uuids(assistant="lan", status=CaseStatus.READY) == {c}
    assert uuids(assistant="lan", statuses=frozenset(OPEN_STATUSES)) == {b, c}
    assert uuids(assistant="lan", statuses=frozenset({CaseStatus.APPROVED})) == set()
    assert {a, c} <= uuids(resident_uuid=first.uuid)
    assert b not in uuids(resident_uuid=first.uuid)
    today = date.today()  # the filter is by the desk's own calendar day
    assert {a, b, c} <= uuids(since=today, until=today)
    assert uuids(since=today + timedelta(days=1)) == set()
    assert {a, b, c}.isdisjoint(uuids(until=today - timedelta(days=1)))
    rows = mine.list_cases(CaseFilter(assistant="lan"))
    assert [r.uuid for r in rows] == [c, b]  # newest first
    assert rows[1].resident_masked_id == mask_id(second.id_number)
    assert len(mine.list_cases(CaseFilter(), limit=3)) == 3


def test_ten_thousand_cases_list_quickly_through_the_indexes(store: Store) -> None:
    resident = _resident(store)
    start = utc_now()
    statuses = [s.value for s in CaseStatus]
    types = [t.value for t in CaseType]
    with store.session("demo") as session:
        resident_id = session.scalar(select(Resident.id).where(Resident.uuid == resident.uuid))
        rows = []
        for n in range(10_000):
            case_uuid = uuid.UUID(int=(n + 1) << 88 | n)
            stamp = start - timedelta(minutes=n)
            rows.append({"uuid": case_uuid, "reference": case_reference(case_uuid), "version": 1,
                         "resident_id": resident_id, "case_type": types[n % 5], "status": statuses[n % 6],
                         "data": {"papers": [{"kind": "id_card", "original": True, "copies": 1, "mandatory": True,
                                              "received": n % 2 == 0}], "eligibility": {"x": "y" * 2000}},
                         "created_at": stamp, "created_by": "bulk", "updated_at": stamp, "updated_by": "bulk"})
        # the rows go straight into the table: this test measures reading, not the audit hook
        session.connection().execute(Case.__table__.insert(), rows)  # type: ignore[attr-defined]
    service = CasesService(store, "demo")
    began = time.perf_counter()
    waiting = service.list_cases(CaseFilter(status=CaseStatus.WAITING_DOCUMENTS))
    everything = service.list_cases(CaseFilter())
    recent = service.list_cases(CaseFilter(since=date.today(), assistant="bulk"))
    elapsed = time.perf_counter() - began
    assert len(waiting) == len(everything) == 500
    assert recent
    assert elapsed < 1.0
    with store.engine.connect() as connection:
        plan = " ".join(str(r[-1]) for r in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE status = 'ready' ORDER BY updated_at DESC LIMIT 500")))
    assert "ix_cases_" in plan
