"""Gallery shots of printing: the print panel (papers missing, nothing missing, a failed save) and every
printed document (the five forms, the receipt, the please-bring slip) as its pages, for a demo resident."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from core.documents import CaseKind, checklist
from core.ids import mask_id
from desktop.services.cases import (
    CaseRecord,
    CaseRow,
    CaseStatus,
    CaseType,
    Confirmation,
    ConfirmationMethod,
    Paper,
)
from desktop.services.residents import ResidentProfile, ResidentsService
from desktop.ui.documents.forms import application_form
from desktop.ui.documents.receipts import papers_receipt, please_bring_slip
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.operation import run_blocking
from desktop.ui.print_preview import PrintDialog, PrintPanel, case_printables, desk_info
from desktop.ui.printing import page_images
from desktop.ui.widgets import named

PAGE_DPI = 72  # about what the assistant sees in a preview: small print must still be readable here
REFERENCE = "CB7K2M9QXA"


def _resident(ctx: GalleryContext) -> ResidentProfile | None:
    service = ResidentsService(ctx.desk.store, ctx.desk.account.username)

    def find() -> ResidentProfile | None:
        for hit in service.search("6404", limit=100):
            profile = service.profile(hit.uuid)
            if profile is not None and profile.address:
                return profile
        return None

    return run_blocking(find)


def _case_data(profile: ResidentProfile | None, ctx: GalleryContext) -> dict[CaseType, dict[str, Any]]:
    groups = list(ctx.policy.group_labels())
    group = groups[0] if groups else "dibao"
    old_name = (profile.summary.name[:-1] + "月") if profile else "马月"
    return {
        CaseType.ENROLLMENT: {"tier": "300.00", "start_year": 2027, "groups": [group],
                              "payers": {"self": "200.00", "government": "100.00", "subsidy": "60.00",
                                         "collective": "0.00", "charity": "0.00"},
                              "checks": {"student": False, "employee_pension": False, "hukou_ningxia": True,
                                         "public_institution": False}},
        CaseType.DAIJIAO: {"year": 2027, "group": group, "subtype": None, "manual_review": True,
                           "evidence": [{"kind": "dibao_cert", "number": "NX640423-2025-0317",
                                         "issued_on": "2025-03-01", "valid_until": "2027-02-28"}],
                           "government_pays": None, "subsidy": "30.00"},
        CaseType.TIER_CHANGE: {"year": 2027, "old_tier": "200.00", "new_tier": "500.00", "keep_minimum": False},
        CaseType.PENSION_CLAIM: {"years_paid": 15, "missing_years": 0, "arrears": {"years": 0, "advice": None},
                                 "card": {"kind": "ssc", "bank": "宁夏黄河农村商业银行",
                                          "account": "6230940112345678901"}, "start_month": "2027-04"},
        CaseType.INFO_CHANGE: {"changes": [{"field": "name", "old": old_name,
                                            "new": profile.summary.name if profile else "马玥"},
                                           {"field": "phone", "old": "13995012345", "new": "18809541234"}],
                               "needs_new_id_document": True},
    }


CONFIRMATIONS = {
    CaseType.ENROLLMENT: Confirmation(ConfirmationMethod.SIGNATURE),
    CaseType.DAIJIAO: Confirmation(ConfirmationMethod.FINGERPRINT, witness="王秀兰"),
    CaseType.TIER_CHANGE: Confirmation(ConfirmationMethod.SIGNATURE),
    CaseType.PENSION_CLAIM: Confirmation(ConfirmationMethod.PROXY, proxy_name="马小花", proxy_relation="女儿",
                                         proxy_id_number="640423198501010027", proxy_authorized=True),
    CaseType.INFO_CHANGE: Confirmation(ConfirmationMethod.SIGNATURE),
}


def _record(ctx: GalleryContext, profile: ResidentProfile | None, case_type: CaseType,
            data: dict[str, Any]) -> CaseRecord:
    confirmation = CONFIRMATIONS[case_type]
    groups = set(data.get("groups") or []) | ({data["group"]} if data.get("group") else set())
    changed = {c["field"] for c in data.get("changes") or []}
    needs = checklist(CaseKind(case_type.value), groups, proxy=confirmation.method is ConfirmationMethod.PROXY,
                      changed_fields=changed)
    # the first paper arrived, the others are still to come: every document has something to show
    papers = tuple(Paper(r.kind, r.original, r.copies, r.mandatory, received=index == 0)
                   for index, r in enumerate(needs))
    summary = profile.summary if profile else None
    name = summary.name if summary else "马玥"
    id_number = (_full_id(ctx, summary.uuid) if summary else None) or "640423195703150367"
    resident = {"name": name, "id_number": id_number, "sex": summary.sex if summary else "F",
                "birth_date": summary.birth_date.isoformat() if summary else "1957-03-15",
                "phone": "13995012345", "address": profile.address if profile else "",
                "hukou_division": profile.hukou_division if profile else "640423",
                "village_code": ctx.desk.settings.village_code or ""}
    now = datetime.now().replace(microsecond=0)
    row = CaseRow(UUID(int=1), REFERENCE, case_type, CaseStatus.WAITING_DOCUMENTS,
                  summary.uuid if summary else UUID(int=2), name, mask_id(id_number), now, now,
                  ctx.desk.account.username, ctx.desk.account.username,
                  sum(1 for p in papers if p.mandatory and not p.received))
    return CaseRecord(row, dict(data, resident=resident, eligibility={}, note=""), papers, confirmation, (),
                      None)


def _full_id(ctx: GalleryContext, resident_uuid: UUID) -> str | None:
    service = ResidentsService(ctx.desk.store, ctx.desk.account.username)
    return run_blocking(lambda: service.reveal_id(resident_uuid, reason="gallery"))


def pages_widget(html: str, name: str) -> QWidget:
    """The document's pages side by side, as they come out of the printer."""
    widget = named(QWidget(), name)
    layout = QHBoxLayout(widget)
    for index, image in enumerate(page_images(html, PAGE_DPI)):
        label = named(QLabel(), f"{name}_page_{index + 1}")
        label.setPixmap(QPixmap.fromImage(image))
        label.setStyleSheet("border: 1px solid #888888;")
        layout.addWidget(label)
    return widget


def _settle(panel: PrintPanel) -> None:
    """Let a save finish, so the shot shows its outcome."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if not panel.busy else None)
    timer.start(20)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    timer.stop()


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    info = desk_info(ctx.desk)
    profile = _resident(ctx)
    groups = ctx.policy.group_labels()
    records = {t: _record(ctx, profile, t, data) for t, data in _case_data(profile, ctx).items()}
    enrollment = records[CaseType.ENROLLMENT]

    panel = PrintPanel(case_printables(info, enrollment, groups), ctx.desk.settings.printer, REFERENCE)
    panel.resize(560, 300)
    yield "print_panel_papers_missing", panel

    complete = replace(enrollment, papers=tuple(replace(p, received=True) for p in enrollment.papers))
    done = PrintPanel(case_printables(info, complete, groups), ctx.desk.settings.printer, REFERENCE)
    done.resize(560, 300)
    yield "print_panel_nothing_missing", done

    done.save_pdf(ctx.scratch / "no-such-folder" / f"{REFERENCE}.pdf")
    _settle(done)
    yield "print_panel_save_failed", done

    dialog = PrintDialog(case_printables(info, enrollment, groups), ctx.desk.settings.printer, REFERENCE)
    dialog.resize(600, 380)
    yield "print_dialog", dialog

    for case_type, record in records.items():
        yield f"print_form_{case_type.value}", pages_widget(application_form(info, record, groups),
                                                           f"form_{case_type.value}")
    claim = records[CaseType.PENSION_CLAIM]
    yield "print_receipt", pages_widget(papers_receipt(info, claim), "receipt")
    slip = please_bring_slip(info, claim)
    if slip is not None:
        yield "print_please_bring", pages_widget(slip, "please_bring")
