"""Printed documents: forms of each case type, the papers receipt, the please-bring slip, QR codes."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QTextDocument

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
from desktop.ui import labels
from desktop.ui.documents.forms import application_form, form_title
from desktop.ui.documents.html import DeskInfo, Html, esc, field_table, fill
from desktop.ui.documents.qr import PIXELS_PER_MODULE, QUIET_ZONE, qr_matrix
from desktop.ui.documents.receipts import missing_papers, papers_receipt, please_bring_slip
from desktop.ui.printing import write_pdf

DESK = DeskInfo("杨河村", "640423100201", "沙塘镇", "隆德县", "李协办", date(2026, 11, 28))
REFERENCE = "CB7K2M9QXA"
RESIDENT = {"name": "马玥堃", "id_number": "640423195703150367", "sex": "F", "birth_date": "1957-03-15",
            "phone": "13995012345", "address": "杨河村三组12号", "hukou_division": "640423",
            "village_code": "640423100201"}
GROUPS = {"dibao": "低保对象", "tekun": "特困人员", "disab_severe": "重度残疾人"}

# per case type: its data keys, and values the printed form must show
CASES: dict[CaseType, tuple[dict[str, Any], tuple[str, ...]]] = {
    CaseType.ENROLLMENT: ({"tier": "300.00", "start_year": 2027,
                           "payers": {"self": "200.00", "government": "100.00", "subsidy": "60.00",
                                      "collective": "7.00", "charity": "3.00"},
                           "groups": ["dibao"],
                           "checks": {"student": False, "employee_pension": False, "hukou_ningxia": True,
                                      "public_institution": False}},
                          ("300.00", "2027", "200.00", "100.00", "60.00", "7.00", "3.00", "☑ 低保对象", "☐ 特困人员")),
    CaseType.DAIJIAO: ({"year": 2028, "group": "disab_severe", "subtype": "一级", "manual_review": True,
                        "evidence": [{"kind": "disability_cert", "number": "64042319570315036742",
                                      "issued_on": "2020-05-01", "valid_until": None}],
                        "government_pays": "100.00", "subsidy": "30.00"},
                       ("2028", "重度残疾人", "一级", "64042319570315036742", "100.00", "30.00")),
    CaseType.TIER_CHANGE: ({"year": 2029, "old_tier": "200.00", "new_tier": "500.00", "keep_minimum": True},
                           ("2029", "200.00", "500.00")),
    CaseType.PENSION_CLAIM: ({"years_paid": 17, "missing_years": 2, "arrears": {"years": 2, "advice": None},
                              "card": {"kind": "bank", "bank": "黄河农村商业银行", "account": "6230123412341234123"},
                              "start_month": "2027-04"},
                             ("17", "黄河农村商业银行", "6230123412341234123", "2027")),
    CaseType.INFO_CHANGE: ({"changes": [{"field": "name", "old": "马月坤", "new": "马玥堃"},
                                        {"field": "phone", "old": "13995012345", "new": "18809541234"}],
                            "needs_new_id_document": True},
                           ("马月坤", "18809541234")),
}

PAPERS = (
    Paper("id_card", original=True, copies=1, mandatory=True, received=True),
    Paper("hukou_book", original=True, copies=1, mandatory=True, received=False),
    Paper("dibao_cert", original=True, copies=1, mandatory=True, received=False),
    Paper("disability_cert", original=True, copies=1, mandatory=False, received=False),
)


def make_record(case_type: CaseType = CaseType.ENROLLMENT, *, name: str = "马玥堃",
                papers: tuple[Paper, ...] = PAPERS, confirmation: Confirmation | None = None,
                data: dict[str, Any] | None = None) -> CaseRecord:
    payload = dict(data if data is not None else CASES[case_type][0])
    payload.update(resident=dict(RESIDENT, name=name), eligibility={}, note="")
    now = datetime(2026, 11, 28, 9, 30)
    row = CaseRow(UUID(int=7), REFERENCE, case_type, CaseStatus.WAITING_DOCUMENTS, UUID(int=8), name,
                  mask_id(RESIDENT["id_number"]), now, now, "demo", "demo",
                  sum(1 for p in papers if p.mandatory and not p.received))
    return CaseRecord(row, payload, papers, confirmation or Confirmation(ConfirmationMethod.SIGNATURE), (), "2026.1")


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_escape_keeps_markup_from_data_as_text() -> None:
    assert esc("<b>马</b> & 'x'") == "&lt;b&gt;马&lt;/b&gt; &amp; &#x27;x&#x27;"
    assert esc(Html("<b>ok</b>")) == "<b>ok</b>"
    assert esc(None) == ""
    assert "<td" in field_table([("姓名", "<td>")])
    assert "&lt;td&gt;" in field_table([("姓名", "<td>")])


def test_fill_replaces_high_numbers_first() -> None:
    assert fill("%1-%10-%2", *"abcdefghij") == "a-j-b"


@pytest.mark.parametrize("case_type", list(CaseType))
def test_each_form_type_shows_its_data(case_type: CaseType) -> None:
    text = plain(application_form(DESK, make_record(case_type), GROUPS))
    assert form_title(case_type) in text
    for value in (*CASES[case_type][1], "马玥堃", RESIDENT["id_number"], REFERENCE, DESK.assistant):
        assert value in text, value


def test_form_marks_an_amount_the_county_has_not_set() -> None:
    data = dict(CASES[CaseType.DAIJIAO][0], government_pays=None)
    awaiting = QCoreApplication.translate("Forms", "awaiting county confirmation")
    assert awaiting not in plain(application_form(DESK, make_record(CaseType.DAIJIAO), GROUPS))
    assert awaiting in plain(application_form(DESK, make_record(CaseType.DAIJIAO, data=data), GROUPS))


def test_proxy_section_only_when_a_proxy_applies() -> None:
    proxy = Confirmation(ConfirmationMethod.PROXY, proxy_name="马小花", proxy_relation="女儿",
                         proxy_id_number="640423198501010027", proxy_authorized=True)
    signed = plain(application_form(DESK, make_record()))
    by_proxy = plain(application_form(DESK, make_record(confirmation=proxy)))
    for value in ("马小花", "女儿", "640423198501010027"):
        assert value in by_proxy
        assert value not in signed


def test_witness_named_on_a_fingerprinted_form() -> None:
    confirmation = Confirmation(ConfirmationMethod.FINGERPRINT, witness="王见证")
    assert "王见证" in plain(application_form(DESK, make_record(confirmation=confirmation)))


def test_name_with_markup_prints_literally_in_the_pdf(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    write_pdf(application_form(DESK, make_record(name="<b>马</b>")), path)
    assert "<b>马</b>" in pdf_text(path)


def test_pdf_text_has_rare_characters_and_an_embedded_font(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    write_pdf(application_form(DESK, make_record(name="马玥堃")), path)
    text = pdf_text(path)
    assert "马玥堃" in text
    assert "640423195703150367" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows
    # columns from the right: object ID (2), uni, sub, emb
    assert all(row[-5] == "yes" for row in rows), fonts


def test_receipt_lists_every_paper_and_masks_the_id() -> None:
    text = plain(papers_receipt(DESK, make_record()))
    for paper in PAPERS:
        assert labels.paper(paper.kind) in text
    assert mask_id(RESIDENT["id_number"]) in text
    assert RESIDENT["id_number"] not in text


def test_please_bring_slip_lists_exactly_the_missing_papers() -> None:
    record = make_record()
    html = please_bring_slip(DESK, record)
    assert html is not None
    text = plain(html)
    assert [p.kind for p in missing_papers(record)] == ["hukou_book", "dibao_cert"]
    assert labels.paper("hukou_book") in text
    assert labels.paper("dibao_cert") in text
    assert labels.paper("id_card") not in text  # received
    assert labels.paper("disability_cert") not in text  # not mandatory
    assert labels.proves("proves.hukou") in text
    assert REFERENCE in text
    assert DESK.assistant in text


def test_no_slip_when_nothing_is_missing() -> None:
    complete = tuple(replace(p, received=True) if p.mandatory else p for p in PAPERS)
    assert please_bring_slip(DESK, make_record(papers=complete)) is None


def _qr_from_pdf(path: Path, out: Path) -> list[list[bool]]:
    subprocess.run(["pdfimages", "-png", str(path), str(out / "img")], check=True)
    images = sorted(out.glob("img-*.png"))
    assert len(images) == 1
    picture = QImage(str(images[0]))
    size = picture.width() // PIXELS_PER_MODULE - 2 * QUIET_ZONE
    centre = PIXELS_PER_MODULE // 2
    return [[picture.pixelColor((QUIET_ZONE + x) * PIXELS_PER_MODULE + centre,
                                (QUIET_ZONE + y) * PIXELS_PER_MODULE + centre).lightness() < 128
             for x in range(size)] for y in range(size)]


def test_qr_printed_in_the_pdf_encodes_the_case_reference(tmp_path: Path) -> None:
    path = tmp_path / "slip.pdf"
    html = please_bring_slip(DESK, make_record())
    assert html is not None
    write_pdf(html, path)
    printed = _qr_from_pdf(path, tmp_path)
    assert printed == qr_matrix(REFERENCE)
    assert printed != qr_matrix("CB7K2M9QXB")


def test_claim_advice_prints_with_the_numbers_core_gave_it() -> None:
    record = make_record(CaseType.PENSION_CLAIM)
    record.data["arrears"] = {"years": 2, "advice": "claim.arrears_after_age_unknown"}
    record.data["eligibility"] = {"claim": {"notes": [{"code": "claim.arrears_after_age_unknown",
                                                       "params": {"claim_age": 60}}]}}
    text = plain(application_form(DESK, record, GROUPS))
    assert "60" in text.split(QCoreApplication.translate("Forms", "Advice: %1").split("%1")[0])[-1]
    assert "{claim_age}" not in text
