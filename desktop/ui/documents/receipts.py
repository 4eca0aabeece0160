"""Slips about a case's papers: the receipt of what was handed in, and "please bring" for what is missing.

Both go home with the resident, so the ID number is masked on them (the form for the county has it whole).
What each paper proves comes from :func:`core.documents.checklist` for the case, so the slip tells the
resident why the paper is needed. A paper an agency list proves (残疾人绿色通道) was not handed in: the receipt
names the list and its date instead, and the slip never asks for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core.documents import CaseKind, Requirement, checklist
from core.ids import mask_id
from desktop.services.cases import CaseRecord, ConfirmationMethod, Paper
from desktop.ui import labels
from desktop.ui.documents.html import (
    DeskInfo,
    Html,
    check,
    document,
    field_table,
    fill,
    format_date,
    keep_together,
    note,
    page_header,
    paragraph,
    section,
    signature_boxes,
    signed_line,
    table,
)
from desktop.ui.printing import NORMAL, DocumentStyle

# the slip goes home with residents, many of them elderly: larger type than the forms
SLIP_STYLE = DocumentStyle(scale=1.3)

translate = QCoreApplication.translate  # the bare name lupdate recognises


# core.lists.ListSource names the agencies differently from the demo desk; both mean the same list
def list_name(agency: str) -> str:
    """The list an agency's code stands for (残联名单 ...); an agency the labels do not know is still a list,
    never "entered by hand"."""
    code = labels.AGENCY_ALIASES.get(agency, agency)
    if code in labels.AGENCIES:
        return labels.agency(code)
    return fill(translate("Receipts", "the list of %1"), agency)


def requirements(record: CaseRecord) -> tuple[Requirement, ...]:
    """The checklist the case's papers came from (for what each proves and what may stand in for it)."""
    try:
        kind = CaseKind(str(record.row.case_type))
    except ValueError:
        return ()
    data: dict[str, Any] = record.data
    groups = set(data.get("groups") or []) | ({str(data["group"])} if data.get("group") else set())
    changed = {str(c.get("field")) for c in data.get("changes") or []}
    proxy = record.confirmation is not None and record.confirmation.method is ConfirmationMethod.PROXY
    return checklist(kind, groups, proxy=proxy, changed_fields=changed)


def requirement_for(paper: Paper, found: tuple[Requirement, ...]) -> Requirement | None:
    return next((r for r in found if r.accepts(paper.kind)), None)


def missing_papers(record: CaseRecord) -> tuple[Paper, ...]:
    """The mandatory papers not received yet: what keeps the case from going to the county (a paper a list proves
    is never missing)."""
    return tuple(p for p in record.papers if p.mandatory and not p.received and p.verified_from is None)


def _verified_row(paper: Paper, requirement: Requirement | None) -> tuple[object, ...]:
    proof = paper.verified_from
    assert proof is not None
    verified = fill(translate("Receipts", "verified from the %1, not needed"), list_name(proof.agency))
    return (_paper_name(paper, requirement), "—", "—", Html(f"{check(True)} {verified}"), format_date(proof.as_of), "")


def _paper_name(paper: Paper, requirement: Requirement | None) -> str:
    name = labels.paper(paper.kind)
    if requirement is not None and requirement.alternatives:
        others = [labels.paper(k) for k in (requirement.kind, *requirement.alternatives) if k != paper.kind]
        name = fill(translate("Receipts", "%1 (or: %2)"), name, translate("Receipts", ", ").join(others))
    return name


def _what_to_bring(paper: Paper, requirement: Requirement | None) -> str:
    if requirement is not None and requirement.kept_original:
        return translate("Receipts", "the original; we keep it")
    if paper.original and paper.copies:
        return fill(translate("Receipts", "the original, and copies: %1"), paper.copies)
    if paper.original:
        return translate("Receipts", "the original")
    return fill(translate("Receipts", "copies: %1"), paper.copies)


def _resident_lines(record: CaseRecord) -> list[tuple[object, object]]:
    person = record.data.get("resident") or {}
    return [
        (translate("Receipts", "Resident's name"), person.get("name") or record.row.resident_name),
        (translate("Receipts", "ID number"), mask_id(str(person["id_number"])) if person.get("id_number")
         else record.row.resident_masked_id),
        (translate("Receipts", "Applying for"), labels.case_type(str(record.row.case_type))),
        (translate("Receipts", "Case reference"), record.row.reference),
    ]


def papers_receipt(desk: DeskInfo, record: CaseRecord, style: DocumentStyle = NORMAL) -> Html:
    """Each paper of the case: original seen, copies kept, received or not, when and by whom."""
    found = requirements(record)
    received_on = format_date(desk.printed_on)
    rows = []
    for paper in record.papers:
        requirement = requirement_for(paper, found)
        if paper.verified_from is not None:
            rows.append(_verified_row(paper, requirement))
            continue
        if not paper.original:
            original = "—"
        elif not paper.received:
            original = ""
        elif requirement is not None and requirement.kept_original:
            original = translate("Receipts", "original kept")
        else:
            original = translate("Receipts", "seen, handed back")
        copies = fill(translate("Receipts", "%1 kept"), paper.copies) if paper.received and paper.copies else \
            ("—" if not paper.copies else "")
        rows.append((_paper_name(paper, requirement), original, copies,
                     Html(f"{check(paper.received)} " + (translate("Receipts", "yes") if paper.received
                                                         else translate("Receipts", "not yet"))),
                     received_on if paper.received else "", desk.assistant if paper.received else ""))
    title = translate("Receipts", "Receipt for papers handed in")
    missing = len(missing_papers(record))
    parts = [
        page_header(title, desk, record.row.reference, style),
        field_table(_resident_lines(record), style),
        section(translate("Receipts", "Papers of this case"), table(
            (translate("Receipts", "Paper"), translate("Receipts", "Original shown"),
             translate("Receipts", "Copies kept"), translate("Receipts", "Received?"), translate("Receipts", "Date"),
             translate("Receipts", "Handled by")),
            rows, style, widths=(30, 15, 11, 13, 19, 12)), style),
    ]
    if missing:
        parts.append(paragraph(fill(translate("Receipts", "%1 papers are still missing: see the slip \"Please "
                                              "bring\"."), missing), style, bold=True))
    if any(p.verified_from is not None for p in record.papers):
        parts.append(paragraph(translate("Receipts", "Papers marked \"verified\" were not handed in: the agency's "
                                         "list (its date in the Date column) already proves them."), style))
    parts.append(keep_together(Html(
        paragraph(translate("Receipts", "The papers marked as received above were handed in."), style)
        + signature_boxes([translate("Receipts", "Handed in by (resident or proxy)"),
                           translate("Receipts", "Received by (assistant)")], style)
        + signed_line([translate("Receipts", "Date")], style))))
    parts.append(note(translate("Receipts", "Keep this receipt. Originals were handed back at once; the county "
                                "keeps the copies with the application."), style))
    return document(Html("".join(parts)), style, f"{title}  {record.row.reference}")


def please_bring_slip(desk: DeskInfo, record: CaseRecord, style: DocumentStyle = SLIP_STYLE) -> Html | None:
    """The papers still missing, what each proves, where to bring them; None when nothing is missing."""
    missing = missing_papers(record)
    if not missing:
        return None
    found = requirements(record)
    person = record.data.get("resident") or {}
    name = person.get("name") or record.row.resident_name
    rows = []
    for paper in missing:
        requirement = requirement_for(paper, found)
        # a code the labels do not name yet is left blank rather than printed as a code
        proves = labels.proves(requirement.proves) if requirement and requirement.proves in labels.PROVES else ""
        rows.append((_paper_name(paper, requirement), _what_to_bring(paper, requirement), proves))
    title = translate("Receipts", "Please bring these papers")
    parts = [
        page_header(title, desk, record.row.reference, style),
        paragraph(fill(translate("Receipts", "Dear %1, for your %2 we still need the papers below. Please "
                                 "bring them:"), name, labels.case_type(str(record.row.case_type))), style),
        table((translate("Receipts", "Paper"), translate("Receipts", "What to bring"),
               translate("Receipts", "It shows")),
              rows, style, widths=(40, 25, 35)),
        section(translate("Receipts", "Where to bring them"), Html(
            paragraph(fill(translate("Receipts", "To the village service point %1, to the assistant %2."),
                           desk.service_point, desk.assistant), style)
            + paragraph(fill(translate("Receipts", "Bring this slip, or tell us the case reference %1."),
                             record.row.reference), style, bold=True)
            + paragraph(translate("Receipts", "We look at the originals and hand them back at once."), style)),
            style),
    ]
    return document(Html("".join(parts)), style, f"{title}  {record.row.reference}")
