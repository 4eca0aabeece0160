"""Cases at the desk: wizard drafts, finished cases waiting for papers or for the county, their scans.

CONTRACT (session lead, 2026-11-28): the dataclasses and method signatures below are what the UI builds on.
The bodies are filled in by the cases/store work; change a signature only together with its callers.

A wizard keeps its state in a *draft* (local only, never synced) from its first page on, so a lock, a
crash or a power cut loses at most the last few keystrokes. Finishing a wizard turns the draft into a
*case* (synced to the county through the outbox) and deletes the draft.

Case data (CaseRecord.data, Draft.data): plain JSON, money as decimal strings in yuan ("100.00"), dates ISO.
Common keys, every case type:
  "resident": {"name", "id_number" (full), "sex" ("M"/"F"), "birth_date", "phone", "address", "hukou_division", "village_code"}
      a snapshot taken when the case is finished: the form printed and sent is what the resident confirmed
  "eligibility": Eligibility.to_json() of core at finishing time (decisions, rules, citations, advice)
  "note": free text from the assistant (may be "")
enrollment (参保登记):
  "tier": "300.00"; "start_year": 2027;
  "payers": {"self": "200.00", "government": "100.00" (代缴), "subsidy": "60.00", "collective": "0.00", "charity": "0.00"}
  "groups": ["dibao", ...]  group keys claimed for 代缴 (may be empty); "checks": {"student": false, "employee_pension": false, "hukou_ningxia": true, "public_institution": false}
daijiao (代缴申请):
  "year": 2027; "group": "<group key>"; "subtype": null|"..."; "evidence": [{"kind": "<PaperKind>", "number": "...", "issued_on": "YYYY-MM-DD"|null, "valid_until": ...|null}];
  "government_pays": "100.00"|null (null: county amount unknown); "subsidy": "30.00"|null; "manual_review": false
tier_change (缴费档次变更):
  "year": 2027; "old_tier": "200.00"|null; "new_tier": "300.00"; "keep_minimum": false (hardship / 已脱贫 keep the 100 tier)
pension_claim (待遇领取):
  "years_paid": 15; "missing_years": 0; "arrears": {"years": 0, "advice": "<problem/advice code>"|null};
  "card": {"kind": "ssc"|"bank", "bank": "黄河农村商业银行"|null, "account": "full number"}; "start_month": "2027-03"
info_change (信息变更):
  "changes": [{"field": "name"|"id_number"|"birth_date"|"sex"|"ethnicity"|"phone"|"address", "old": "...", "new": "..."}]
  "needs_new_id_document": true when name, id_number or birth_date changes (DOMAIN 5.2)
Case reference: "CB" + 8 characters of Crockford base32 from the case UUID (e.g. "CB7K2M9QXA"), unique per desk; printed in text and as the QR payload; a QR scanner types it into the search box followed by Enter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from desktop.store.database import Store


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


class CasesService:
    def __init__(self, store: Store, actor: str, today: date | None = None) -> None:
        self._store = store
        self._actor = actor
        self._today = today

    # --- drafts -----------------------------------------------------------------------------
    def save_draft(self, draft_uuid: UUID | None, case_type: CaseType, page: int, data: dict[str, Any],
                   resident_uuid: UUID | None) -> UUID:
        """Create or overwrite a draft; cheap enough to call on every page change and every few seconds."""
        raise NotImplementedError

    def drafts(self) -> list[Draft]:
        """All unfinished wizards at this desk, newest first."""
        raise NotImplementedError

    def load_draft(self, draft_uuid: UUID) -> Draft | None:
        raise NotImplementedError

    def discard_draft(self, draft_uuid: UUID) -> None:
        raise NotImplementedError

    # --- scans --------------------------------------------------------------------------------
    def store_scan(self, data: bytes, name: str, mime: str) -> Scan:
        """Encrypt and keep a scan or photo (before its case exists); refuses empty or oversized files."""
        raise NotImplementedError

    def scan_bytes(self, content_hash: str) -> bytes:
        raise NotImplementedError

    # --- cases --------------------------------------------------------------------------------
    def finish(self, draft_uuid: UUID | None, case_type: CaseType, resident_uuid: UUID, data: dict[str, Any],
               papers: tuple[Paper, ...], confirmation: Confirmation, scans: tuple[Scan, ...],
               policy: PolicyStamp) -> CaseRecord:
        """Save the case (waiting_documents while a mandatory paper is missing, else ready), delete the draft."""
        raise NotImplementedError

    def update_papers(self, case_uuid: UUID, papers: tuple[Paper, ...], scans: tuple[Scan, ...] = ()) -> CaseRecord:
        """Papers brought in later: the status moves to ready once nothing mandatory is missing."""
        raise NotImplementedError

    def get(self, case_uuid: UUID) -> CaseRecord | None:
        raise NotImplementedError

    def find_by_reference(self, reference: str) -> CaseRecord | None:
        """What a QR code or a typed reference (any case, spaces and dashes ignored) opens."""
        raise NotImplementedError

    def list_cases(self, case_filter: CaseFilter, limit: int = 500) -> list[CaseRow]:
        raise NotImplementedError

    def counts_by_status(self) -> dict[CaseStatus, int]:
        raise NotImplementedError
