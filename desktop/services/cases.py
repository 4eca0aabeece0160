"""Cases at the desk: wizard drafts, finished cases waiting for papers or for the county, their scans.

The dataclasses and method signatures below are what the wizards, the case view and the printers build on:
change one only together with its callers.

A wizard keeps its state in a *draft* (local only, never synced) from its first page on, so a lock, a
crash or a power cut loses at most the last few keystrokes. Finishing a wizard turns the draft into a
*case* (synced to the county through the outbox) and deletes the draft.

Case data (CaseRecord.data, Draft.data): plain JSON, money as decimal strings in yuan ("100.00"), dates ISO.
Common keys, every case type:
  "resident": {"name", "id_number" (full), "sex" ("M"/"F"), "birth_date", "phone", "address",
               "hukou_division", "village_code"}
      a snapshot taken when the case is finished: the form printed and sent is what the resident confirmed
  "eligibility": Eligibility.to_json() of core at finishing time (decisions, rules, citations, advice)
  "note": free text from the assistant (may be "")
enrollment (参保登记):
  "tier": "300.00"; "start_year": 2027;
  "payers": {"self": "200.00", "government": "100.00" (代缴), "subsidy": "60.00", "collective": "0.00",
             "charity": "0.00"}
  "groups": ["dibao", ...]  group keys claimed for 代缴 (may be empty);
  "checks": {"student": false, "employee_pension": false, "hukou_ningxia": true, "public_institution": false}
daijiao (代缴申请):
  "year": 2027; "group": "<group key>"; "subtype": null|"...";
  "evidence": [{"kind": "<PaperKind>", "number": "...", "issued_on": "YYYY-MM-DD"|null, "valid_until": ...|null}];
  "government_pays": "100.00"|null (null: county amount unknown); "subsidy": "30.00"|null; "manual_review": false
tier_change (缴费档次变更):
  "year": 2027; "old_tier": "200.00"|null; "new_tier": "300.00";
  "keep_minimum": false (hardship / 已脱贫 keep the 100 tier)
pension_claim (待遇领取):
  "years_paid": 15; "missing_years": 0; "arrears": {"years": 0, "advice": "<problem/advice code>"|null};
  "card": {"kind": "ssc"|"bank", "bank": "黄河农村商业银行"|null, "account": "full number"}; "start_month": "2027-03"
info_change (信息变更):
  "changes": [{"field": "name"|"id_number"|"birth_date"|"sex"|"ethnicity"|"phone"|"address",
               "old": "...", "new": "..."}]
  "needs_new_id_document": true when name, id_number or birth_date changes (DOMAIN 5.2)
Kept by the store under reserved keys of the case's JSON and handed out as typed fields, not in ``data``:
  "papers": [Paper as JSON], "confirmation": Confirmation as JSON (``paper_json``, ``confirmation_json``)
  "wizard": the wizard's own page values (``WIZARD_VALUES``), so that a case reopened for correcting shows
            every field as it was; never printed, not in ``CaseRecord.data``
A case the county returned is corrected in its wizard: ``reopen`` gives a draft whose data holds the case's
data, its page values and ``"corrects"`` (``CORRECTS``: which case, the county's reason); finishing that
draft updates the case in place. Its data then keeps the county's earlier returns under ``"returns"``
(``RETURNS``): [{"reason", "returned_on", "corrected_on"}].
Case reference: "CB" + 8 characters of Crockford base32 from the case UUID (e.g. "CB7K2M9QXA"), unique per desk;
printed in text and as the QR payload; a QR scanner types it into the search box followed by Enter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import PurePath
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import ColumnElement, Select, delete, insert, select, update
from sqlalchemy.orm import selectinload

from core.documents import CaseKind, ListProof, PaperKind, Requirement, checklist
from core.ids import mask_id
from core.problems import problem_codes
from core.references import case_reference, normalize_reference
from desktop.services.case_queries import case_list_query, correction_draft_query, status_counts
from desktop.services.errors import ServiceError
from desktop.store.attachments import AttachmentStore
from desktop.store.audit import record_event
from desktop.store.database import Store
from desktop.store.models import Attachment, Case, Resident, utc_now
from desktop.store.models import Draft as DraftRow
from desktop.store.problems import AttachmentProblem
from desktop.store.session import AuditedSession


@problem_codes
class CaseProblem(StrEnum):
    SCAN_EMPTY = "scan.empty"
    SCAN_TOO_LARGE = "scan.too_large"
    SCAN_TYPE = "scan.unsupported_type"
    RESIDENT_UNKNOWN = "case.resident_unknown"
    CASE_UNKNOWN = "case.unknown"
    CASE_CLOSED = "case.closed"
    PAPER_UNKNOWN = "case.paper_unknown"
    NOT_RETURNED = "case.not_returned"  # only a case the county sent back is reopened for correcting
    CORRECTION_STALE = "case.correction_stale"  # the case stopped waiting for a correction meanwhile
    CORRECTION_OTHER_RESIDENT = "case.correction_other_resident"


MAX_SCAN_BYTES = 15 * 1024 * 1024
SCAN_MIMES = frozenset({"image/jpeg", "image/png", "application/pdf", "image/tiff"})
_MAX_NAME = 255
_PAPERS, _CONFIRMATION = "papers", "confirmation"  # reserved keys of Case.data (see the module docstring)
WIZARD_VALUES = "wizard"  # the wizard's page values, in a draft and (reserved) in a case
CORRECTS = "corrects"  # in a draft: the returned case it corrects
RETURNS = "returns"  # in a corrected case: the county's earlier returns
_OLD_RETURN_REASON = "return_reason"  # where older cases kept the county's reason code


class CaseType(StrEnum):
    ENROLLMENT = "enrollment"  # 参保登记
    DAIJIAO = "daijiao"  # 代缴申请
    TIER_CHANGE = "tier_change"  # 缴费档次变更
    PENSION_CLAIM = "pension_claim"  # 待遇领取
    INFO_CHANGE = "info_change"  # 信息变更


class CaseStatus(StrEnum):
    WAITING_DOCUMENTS = "waiting_documents"  # finished at the desk, papers still missing
    READY = "ready"  # complete, waiting to go to the county
    SUBMITTED = "submitted"  # the county has it
    RETURNED = "returned"  # the county sent it back with a reason
    APPROVED = "approved"
    REJECTED = "rejected"


OPEN_STATUSES = frozenset({CaseStatus.WAITING_DOCUMENTS, CaseStatus.READY, CaseStatus.RETURNED})


class ConfirmationMethod(StrEnum):
    SIGNATURE = "signature"  # the resident signs
    FINGERPRINT = "fingerprint"  # fingerprint or mark, with a witness
    PROXY = "proxy"  # a 代办人 applies for the resident, with relationship and authorization


@dataclass(frozen=True)
class Confirmation:
    method: ConfirmationMethod
    witness: str | None = None  # name of the witness of a fingerprint or mark
    proxy_name: str | None = None
    proxy_relation: str | None = None
    proxy_id_number: str | None = None  # full; masked whenever shown in a list
    proxy_authorized: bool = False  # a signed authorization (委托书) was received
    confirmed_at: datetime | None = None


@dataclass(frozen=True)
class Paper:
    """One paper of a case's checklist (codes from :mod:`core.documents`) and what was received."""

    kind: str
    original: bool  # the original must be shown
    copies: int  # how many copies the county keeps
    mandatory: bool
    received: bool = False
    scans: tuple[str, ...] = ()  # content hashes in the attachment store
    proves: str = ""  # what it proves (core.documents.PROVES), for the checklist's labels
    alternatives: tuple[str, ...] = ()  # kinds that may be brought instead (the UI may swap ``kind`` to one)
    kept_original: bool = False  # the original itself is handed in (a 委托书)
    # an agency list already proves it (残疾人绿色通道): counted as received, nothing was handed in; the list's
    # source, date and file go with the case so the county checks against that very list
    verified_from: ListProof | None = None

    @classmethod
    def verified(cls, requirement: Requirement, proof: ListProof) -> Paper:
        """The paper as proven by a list: received without being brought."""
        return replace(cls.from_requirement(requirement), received=True, verified_from=proof)

    @classmethod
    def from_requirement(cls, requirement: Requirement) -> Paper:
        return cls(requirement.kind, requirement.original, requirement.copies, requirement.mandatory,
                   proves=requirement.proves, alternatives=tuple(requirement.alternatives),
                   kept_original=requirement.kept_original)

    @property
    def missing(self) -> bool:
        return self.mandatory and not self.received


@dataclass(frozen=True)
class Scan:
    content_hash: str
    name: str
    mime: str
    size: int


@dataclass(frozen=True)
class CaseRow:
    """A line of a case list."""

    uuid: UUID
    reference: str
    case_type: CaseType
    status: CaseStatus
    resident_uuid: UUID
    resident_name: str
    resident_masked_id: str
    created_at: datetime
    updated_at: datetime
    created_by: str
    updated_by: str
    missing_papers: int


@dataclass(frozen=True)
class CaseRecord:
    row: CaseRow
    data: dict[str, Any]  # the wizard's choices, as plain JSON
    papers: tuple[Paper, ...]
    confirmation: Confirmation | None
    scans: tuple[Scan, ...]
    policy_pack_version: str | None
    returned_reason: str | None = None


@dataclass(frozen=True)
class CaseFilter:
    case_type: CaseType | None = None
    status: CaseStatus | None = None
    statuses: frozenset[CaseStatus] = field(default_factory=frozenset)  # any of these, when not empty
    assistant: str | None = None  # created_by or updated_by
    since: date | None = None  # updated on or after
    until: date | None = None  # updated on or before
    resident_uuid: UUID | None = None


@dataclass(frozen=True)
class Draft:
    uuid: UUID
    case_type: CaseType
    page: int  # the wizard page id to reopen at
    data: dict[str, Any]
    resident_uuid: UUID | None
    resident_name: str | None
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class PolicyStamp:
    """Which policy pack the case's decisions were made with (kept on the case)."""

    pack_id: str
    version: str
    content_hash: str


def papers_for(case_type: CaseType, groups: frozenset[str] = frozenset(), *, proxy: bool = False,
               changed_fields: frozenset[str] = frozenset()) -> tuple[Paper, ...]:
    """The checklist of :func:`core.documents.checklist` as papers not yet received."""
    requirements = checklist(CaseKind(case_type.value), groups, proxy=proxy, changed_fields=changed_fields)
    return tuple(Paper.from_requirement(r) for r in requirements)


def status_for(papers: tuple[Paper, ...], current: CaseStatus | None = None) -> CaseStatus:
    """Ready once no mandatory paper is missing; a returned case stays returned until then."""
    if not any(p.missing for p in papers):
        return CaseStatus.READY
    return CaseStatus.RETURNED if current is CaseStatus.RETURNED else CaseStatus.WAITING_DOCUMENTS


class CasesService:
    def __init__(self, store: Store, actor: str, today: date | None = None) -> None:
        self._store = store
        self._actor = actor
        self._today = today

    # --- drafts -----------------------------------------------------------------------------
    def save_draft(self, draft_uuid: UUID | None, case_type: CaseType, page: int, data: dict[str, Any],
                   resident_uuid: UUID | None) -> UUID:
        """Create or overwrite a draft; cheap enough to call on every page change and every few seconds."""
        now = utc_now()
        values: dict[str, Any] = {
            "case_type": case_type.value, "page": page, "data": data, "updated_at": now, "updated_by": self._actor,
            "resident_id": None if resident_uuid is None
            else select(Resident.id).where(Resident.uuid == resident_uuid).scalar_subquery(),
        }
        with self._store.session(self._actor) as session:
            if draft_uuid is not None:
                # the autosave: one UPDATE and no audit event (see desktop.store.models.desk.Draft)
                result = session.execute(update(DraftRow).where(DraftRow.uuid == draft_uuid).values(**values),
                                         execution_options={"synchronize_session": False})
                if result.rowcount == 1:  # type: ignore[attr-defined]
                    return draft_uuid
            new_uuid = draft_uuid or uuid4()  # a draft discarded elsewhere comes back under its own uuid
            session.execute(insert(DraftRow).values(uuid=new_uuid, created_at=now, created_by=self._actor, **values))
            record_event(session, "draft_created", entity_type="drafts", entity_uuid=str(new_uuid),
                         detail={"case_type": case_type.value})
            return new_uuid

    def drafts(self) -> list[Draft]:
        """All unfinished wizards at this desk, newest first."""
        with self._store.session(self._actor) as session:
            rows = session.execute(_draft_query().order_by(DraftRow.updated_at.desc(), DraftRow.id.desc()))
            return [_draft(row, resident_uuid, name) for row, resident_uuid, name in rows]

    def load_draft(self, draft_uuid: UUID) -> Draft | None:
        with self._store.session(self._actor) as session:
            found = session.execute(_draft_query().where(DraftRow.uuid == draft_uuid)).first()
            return _draft(found[0], found[1], found[2]) if found is not None else None

    def discard_draft(self, draft_uuid: UUID) -> None:
        with self._store.session(self._actor) as session:
            _delete_draft(session, draft_uuid, "draft_discarded", {})

    # --- scans --------------------------------------------------------------------------------
    def store_scan(self, data: bytes, name: str, mime: str) -> Scan:
        """Encrypt and keep a scan or photo (before its case exists); refuses empty or oversized files."""
        name = PurePath(name.replace("\\", "/")).name[-_MAX_NAME:] or "scan"
        if not data:
            raise ServiceError.of(CaseProblem.SCAN_EMPTY, name=name)
        if len(data) > MAX_SCAN_BYTES:
            raise ServiceError.of(CaseProblem.SCAN_TOO_LARGE, name=name, size_mb=-(-len(data) // _MB),
                                  limit_mb=MAX_SCAN_BYTES // _MB)
        if mime not in SCAN_MIMES:
            raise ServiceError.of(CaseProblem.SCAN_TYPE, name=name, mime=mime)
        return Scan(self._store.attachments.put(data), name, mime, len(data))

    def scan_bytes(self, content_hash: str) -> bytes:
        return self._store.attachments.get(content_hash)

    # --- cases --------------------------------------------------------------------------------
    def finish(self, draft_uuid: UUID | None, case_type: CaseType, resident_uuid: UUID, data: dict[str, Any],
               papers: tuple[Paper, ...], confirmation: Confirmation, scans: tuple[Scan, ...],
               policy: PolicyStamp) -> CaseRecord:
        """Save the case (waiting_documents while a mandatory paper is missing, else ready), delete the draft.

        ``data`` may hold the wizard's page values (``WIZARD_VALUES``), kept on the case; with ``CORRECTS``
        (a draft from :meth:`reopen`) the returned case is updated instead of a new one made.
        """
        _check_papers(papers)
        _check_scans(self._store.attachments, scans)
        corrected = _corrected_uuid(data)
        with self._store.session(self._actor) as session:
            resident = session.scalars(select(Resident).where(Resident.uuid == resident_uuid)).one_or_none()
            if resident is None:
                raise ServiceError.of(CaseProblem.RESIDENT_UNKNOWN, resident=str(resident_uuid))
            stored = _case_json(data, resident, papers, confirmation)
            if corrected is not None:
                case = self._correct(session, corrected, case_type, resident, stored, papers, scans)
            else:
                case_uuid = _free_uuid(session)
                case = Case(uuid=case_uuid, reference=case_reference(case_uuid), resident=resident,
                            case_type=case_type.value, status=status_for(papers).value, data=stored)
                case.attachments.extend(_attachment(scan) for scan in _unique(scans))
                session.add(case)
            case.policy_pack_id, case.policy_pack_version = policy.pack_id, policy.version
            case.policy_pack_hash = policy.content_hash
            session.flush()
            if draft_uuid is not None:
                _delete_draft(session, draft_uuid, "draft_finished", {"case_uuid": str(case.uuid)})
            return _record(case)

    def reopen(self, case_uuid: UUID) -> Draft:
        """A draft that corrects a case the county returned (the one already open for it, if any).

        The draft holds the case's data, the wizard's page values when the case kept them, and ``CORRECTS``;
        it reopens at the first page. Only a returned case is reopened: papers brought later for any open
        case are recorded with :meth:`update_papers`.
        """
        with self._store.session(self._actor) as session:
            case = _load(session, Case.uuid == case_uuid)
            if case is None:
                raise ServiceError.of(CaseProblem.CASE_UNKNOWN, case=str(case_uuid))
            if case.status != CaseStatus.RETURNED:
                raise ServiceError.of(CaseProblem.NOT_RETURNED, reference=case.reference)
            draft_uuid = session.scalar(correction_draft_query(case_uuid))
            if draft_uuid is None:
                draft_uuid = self._correction_draft(session, case)
            found = session.execute(_draft_query().where(DraftRow.uuid == draft_uuid)).one()
            return _draft(found[0], found[1], found[2])

    def _correction_draft(self, session: AuditedSession, case: Case) -> UUID:
        data = {k: v for k, v in case.data.items() if k not in (_PAPERS, _CONFIRMATION)}
        reason = case.returned_reason or str(case.data.get(_OLD_RETURN_REASON) or "")
        data[CORRECTS] = {"case_uuid": str(case.uuid), "reference": case.reference, "reason": reason,
                          "returned_on": _local_day(case.updated_at).isoformat()}
        draft_uuid, now = uuid4(), utc_now()
        session.execute(insert(DraftRow).values(
            uuid=draft_uuid, case_type=case.case_type, page=0, data=data, resident_id=case.resident_id,
            created_at=now, created_by=self._actor, updated_at=now, updated_by=self._actor))
        record_event(session, "draft_created", entity_type="drafts", entity_uuid=str(draft_uuid),
                     detail={"case_type": case.case_type})
        record_event(session, "case_reopened", entity_type="cases", entity_uuid=str(case.uuid),
                     detail={"reference": case.reference, "draft_uuid": str(draft_uuid), "reason": reason})
        return draft_uuid

    def _returns_with_this_one(self, case: Case) -> list[dict[str, Any]]:
        """The case's returns so far plus the one being settled now (its reason, when, and when settled)."""
        earlier = [r for r in json_list(case.data.get(RETURNS)) if isinstance(r, dict)]
        this_return = {"reason": case.returned_reason or str(case.data.get(_OLD_RETURN_REASON) or ""),
                       "returned_on": _local_day(case.updated_at).isoformat(),
                       "corrected_on": (self._today or date.today()).isoformat()}
        return [*earlier, this_return]

    def _correct(self, session: AuditedSession, case_uuid: UUID, case_type: CaseType, resident: Resident,
                 stored: dict[str, Any], papers: tuple[Paper, ...], scans: tuple[Scan, ...]) -> Case:
        """The returned case with the corrected data, papers and scans; the county's reason moves to RETURNS."""
        case = _load(session, Case.uuid == case_uuid)
        if case is None:
            raise ServiceError.of(CaseProblem.CASE_UNKNOWN, case=str(case_uuid))
        if case.status != CaseStatus.RETURNED:
            raise ServiceError.of(CaseProblem.CORRECTION_STALE, reference=case.reference)
        if case.resident_id != resident.id or case.case_type != case_type.value:
            raise ServiceError.of(CaseProblem.CORRECTION_OTHER_RESIDENT, reference=case.reference,
                                  name=case.resident.name)
        case.data = {**stored, RETURNS: self._returns_with_this_one(case)}
        case.status = status_for(papers).value
        case.returned_reason = None
        wanted = {scan.content_hash: scan for scan in _unique(scans)}
        for attachment in [a for a in case.attachments if a.content_hash not in wanted]:
            case.attachments.remove(attachment)
            session.delete(attachment)  # a delete for the county too, not only an orphan left behind
        attached = {a.content_hash for a in case.attachments}
        case.attachments.extend(_attachment(s) for h, s in wanted.items() if h not in attached)
        return case

    def update_papers(self, case_uuid: UUID, papers: tuple[Paper, ...], scans: tuple[Scan, ...] = ()) -> CaseRecord:
        """Papers brought in later: the status moves to ready once nothing mandatory is missing."""
        _check_papers(papers)
        _check_scans(self._store.attachments, scans)
        with self._store.session(self._actor) as session:
            case = _load(session, Case.uuid == case_uuid)
            if case is None:
                raise ServiceError.of(CaseProblem.CASE_UNKNOWN, case=str(case_uuid))
            current = CaseStatus(case.status)
            if current not in OPEN_STATUSES:
                raise ServiceError.of(CaseProblem.CASE_CLOSED, reference=case.reference, status=current.value)
            attached = {a.content_hash for a in case.attachments}
            case.attachments.extend(_attachment(s) for s in _unique(scans) if s.content_hash not in attached)
            case.data = {**case.data, _PAPERS: [paper_json(p) for p in papers]}
            case.status = status_for(papers, current).value
            if current is CaseStatus.RETURNED and case.status == CaseStatus.READY:
                # the county returned it for papers and they are here now: the return is settled
                case.data = {**case.data, RETURNS: self._returns_with_this_one(case)}
                case.returned_reason = None
            session.flush()
            return _record(case)

    def get(self, case_uuid: UUID) -> CaseRecord | None:
        with self._store.session(self._actor) as session:
            case = _load(session, Case.uuid == case_uuid)
            return _record(case) if case is not None else None

    def find_by_reference(self, reference: str) -> CaseRecord | None:
        """What a QR code or a typed reference (any case, spaces and dashes ignored) opens."""
        normalized = normalize_reference(reference)
        if normalized is not None:
            with self._store.session(self._actor) as session:
                case = _load(session, Case.reference == normalized)
                return _record(case) if case is not None else None
        try:
            case_uuid = UUID(reference.strip())
        except ValueError:
            return None
        return self.get(case_uuid)

    def list_cases(self, case_filter: CaseFilter, limit: int = 500) -> list[CaseRow]:
        statuses = set(case_filter.statuses) | ({case_filter.status} if case_filter.status else set())
        query = case_list_query(
            case_type=case_filter.case_type.value if case_filter.case_type else None,
            statuses={s.value for s in statuses}, assistant=case_filter.assistant,
            since=case_filter.since, until=case_filter.until, resident_uuid=case_filter.resident_uuid,
            limit=limit,
        )
        with self._store.session(self._actor) as session:
            return [
                _row(case_uuid, reference, case_type, status, created_at, updated_at, created_by, updated_by,
                     resident_uuid, name, id_number, _papers(json_list(papers)))
                for (case_uuid, reference, case_type, status, created_at, updated_at, created_by, updated_by,
                     resident_uuid, name, id_number, papers) in session.execute(query)
            ]

    def counts_by_status(self) -> dict[CaseStatus, int]:
        with self._store.session(self._actor) as session:
            found = status_counts(session)
        return {status: found.get(status.value, 0) for status in CaseStatus}


# --- the case's JSON --------------------------------------------------------------------------------------


def resident_snapshot(resident: Resident) -> dict[str, Any]:
    """The resident as the printed form shows them, full ID number included (case data schema)."""
    return {"name": resident.name, "id_number": resident.id_number, "sex": resident.sex,
            "birth_date": resident.birth_date.isoformat(), "phone": resident.phone, "address": resident.address,
            "hukou_division": resident.hukou_division, "village_code": resident.village_code}


def paper_json(paper: Paper) -> dict[str, Any]:
    return {"kind": paper.kind, "original": paper.original, "copies": paper.copies, "mandatory": paper.mandatory,
            "received": paper.received, "scans": list(paper.scans), "proves": paper.proves,
            "alternatives": list(paper.alternatives), "kept_original": paper.kept_original,
            **({"verified_from": proof_json(paper.verified_from)} if paper.verified_from is not None else {})}


_PAPER_KINDS = frozenset(k.value for k in PaperKind)


def proof_json(proof: ListProof) -> dict[str, Any]:
    return {"paper": str(proof.paper), "agency": proof.agency, "as_of": proof.as_of.isoformat(),
            "file_name": proof.file_name, "content_hash": proof.content_hash, "group": proof.group}


def proof_from_json(raw: object) -> ListProof | None:
    """A paper's list proof as saved; None for papers of cases and drafts saved before lists proved papers."""
    if not isinstance(raw, dict) or not raw.get("as_of") or raw.get("paper") not in _PAPER_KINDS:
        return None
    return ListProof(PaperKind(str(raw["paper"])), str(raw.get("agency", "")), date.fromisoformat(str(raw["as_of"])),
                     str(raw.get("file_name", "")), str(raw.get("content_hash", "")),
                     str(raw["group"]) if raw.get("group") else None)


def confirmation_json(confirmation: Confirmation) -> dict[str, Any]:
    at = confirmation.confirmed_at
    return {"method": confirmation.method.value, "witness": confirmation.witness,
            "proxy_name": confirmation.proxy_name, "proxy_relation": confirmation.proxy_relation,
            "proxy_id_number": confirmation.proxy_id_number, "proxy_authorized": confirmation.proxy_authorized,
            "confirmed_at": at.isoformat() if at is not None else None}


def _case_json(data: dict[str, Any], resident: Resident, papers: tuple[Paper, ...],
               confirmation: Confirmation) -> dict[str, Any]:
    """What a finished case keeps: the wizard's data, the resident as confirmed, papers, confirmation and the
    wizard's page values; the keys the service owns (a draft's CORRECTS, RETURNS) are not taken from it."""
    stored = {k: v for k, v in data.items() if k not in _NOT_STORED}
    stored.setdefault("note", "")
    stored.update({"resident": resident_snapshot(resident), _PAPERS: [paper_json(p) for p in papers],
                   _CONFIRMATION: confirmation_json(confirmation)})
    values = data.get(WIZARD_VALUES)
    if isinstance(values, dict):
        stored[WIZARD_VALUES] = values
    return stored


def _corrected_uuid(data: dict[str, Any]) -> UUID | None:
    corrects = data.get(CORRECTS)
    return UUID(str(corrects["case_uuid"])) if isinstance(corrects, dict) and corrects.get("case_uuid") else None


def json_list(raw: object) -> list[Any]:
    """A JSON array read with json_extract arrives as text."""
    value = json.loads(raw) if isinstance(raw, str) else raw
    return value if isinstance(value, list) else []


def _papers(raw: list[Any]) -> tuple[Paper, ...]:
    return tuple(
        Paper(str(p["kind"]), bool(p["original"]), int(p["copies"]), bool(p["mandatory"]),
              received=bool(p.get("received", False)), scans=tuple(p.get("scans", ())),
              proves=str(p.get("proves", "")), alternatives=tuple(p.get("alternatives", ())),
              kept_original=bool(p.get("kept_original", False)), verified_from=proof_from_json(p.get("verified_from")))
        for p in raw if isinstance(p, dict)
    )


def _confirmation(raw: object) -> Confirmation | None:
    if not isinstance(raw, dict):
        return None
    at = raw.get("confirmed_at")
    return Confirmation(ConfirmationMethod(raw["method"]), raw.get("witness"), raw.get("proxy_name"),
                        raw.get("proxy_relation"), raw.get("proxy_id_number"), bool(raw.get("proxy_authorized")),
                        datetime.fromisoformat(at) if at else None)


# --- helpers ----------------------------------------------------------------------------------------------


_MB = 1024 * 1024
_RESERVED = (_PAPERS, _CONFIRMATION, WIZARD_VALUES)
_NOT_STORED = (*_RESERVED, CORRECTS, RETURNS, _OLD_RETURN_REASON)


def _local_day(moment: datetime) -> date:
    """The day at the desk (stamps are stored in UTC)."""
    return moment.astimezone().date()


def _check_papers(papers: tuple[Paper, ...]) -> None:
    known = {k.value for k in PaperKind}
    for paper in papers:
        if paper.kind not in known:
            raise ServiceError.of(CaseProblem.PAPER_UNKNOWN, kind=paper.kind)


def _check_scans(attachments: AttachmentStore, scans: tuple[Scan, ...]) -> None:
    for scan in scans:
        if not attachments.exists(scan.content_hash):
            raise ServiceError.of(AttachmentProblem.MISSING, sha=scan.content_hash)


def _unique(scans: tuple[Scan, ...]) -> list[Scan]:
    return list({s.content_hash: s for s in scans}.values())


def _attachment(scan: Scan) -> Attachment:
    return Attachment(content_hash=scan.content_hash, mime=scan.mime, size=scan.size, name=scan.name)


def _free_uuid(session: AuditedSession) -> UUID:
    """A new case UUID whose reference no case has yet (40 bits: a clash is rare, but must not fail)."""
    while True:
        candidate = uuid4()
        if session.scalar(select(Case.id).where(Case.reference == case_reference(candidate))) is None:
            return candidate


def _delete_draft(session: AuditedSession, draft_uuid: UUID, action: str, detail: dict[str, str]) -> None:
    deleted = session.execute(delete(DraftRow).where(DraftRow.uuid == draft_uuid),
                              execution_options={"synchronize_session": False})
    if deleted.rowcount:  # type: ignore[attr-defined]
        record_event(session, action, entity_type="drafts", entity_uuid=str(draft_uuid), detail=detail)


def _draft_query() -> Select[DraftRow, UUID | None, str | None]:
    return select(DraftRow, Resident.uuid, Resident.name).outerjoin(Resident, DraftRow.resident_id == Resident.id)


def _draft(row: DraftRow, resident_uuid: UUID | None, resident_name: str | None) -> Draft:
    return Draft(row.uuid, CaseType(row.case_type), row.page, dict(row.data), resident_uuid, resident_name,
                 row.updated_at, row.updated_by)


def _load(session: AuditedSession, where: ColumnElement[bool]) -> Case | None:
    return session.scalars(
        select(Case).where(where).options(selectinload(Case.attachments), selectinload(Case.resident))
    ).one_or_none()


def _row(case_uuid: UUID, reference: str, case_type: str, status: str, created_at: datetime,
         updated_at: datetime, created_by: str, updated_by: str, resident_uuid: UUID, name: str, id_number: str,
         papers: tuple[Paper, ...]) -> CaseRow:
    return CaseRow(case_uuid, reference, CaseType(case_type), CaseStatus(status), resident_uuid, name,
                   mask_id(id_number), created_at, updated_at, created_by, updated_by,
                   sum(1 for p in papers if p.missing))


def _record(case: Case) -> CaseRecord:
    data = dict(case.data)
    papers = _papers(json_list(data.pop(_PAPERS, [])))
    confirmation = _confirmation(data.pop(_CONFIRMATION, None))
    data.pop(WIZARD_VALUES, None)
    resident = case.resident
    scans = tuple(Scan(a.content_hash, a.name, a.mime, a.size) for a in sorted(case.attachments, key=lambda a: a.id))
    row = _row(case.uuid, case.reference, case.case_type, case.status, case.created_at, case.updated_at,
               case.created_by, case.updated_by, resident.uuid, resident.name, resident.id_number, papers)
    return CaseRecord(row, data, papers, confirmation, scans, case.policy_pack_version, case.returned_reason)
