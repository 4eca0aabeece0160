"""Gallery shots of the case wizards: every page of the 参保登记 wizard with demo data, and each bad input
(a mistyped ID number, a likely duplicate, an ineligible resident, a file that is no scan, a proxy's wrong
ID number, missing papers) as the assistant sees it.

The gallery closes each shot, and a closed wizard starts again from its first page, so each shot gets a
wizard of its own, driven to its page as an assistant would.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from core.ids import check_digit, make_resident_id
from desktop.services.cases import ConfirmationMethod
from desktop.services.residents import ResidentProfile
from desktop.ui.gallery_context import GalleryContext, pause
from desktop.ui.operation import run_blocking
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.enrollment import EnrollmentWizard

SETTLE_MS = 400  # the tier comparison is worked out on the worker


def _settle(ms: int = SETTLE_MS) -> None:
    pause(ms)


class _Demo:
    """The demo residents the shots need, found through the services."""

    def __init__(self, wctx: WizardContext) -> None:
        self.wctx = wctx
        def load() -> list[ResidentProfile]:
            hits = wctx.residents.search("6404", limit=400)
            return [p for h in hits if (p := wctx.residents.profile(h.uuid)) is not None]

        self.profiles = run_blocking(load)

    def first(self, wanted: str) -> ResidentProfile:
        daijiao = self.wctx.policy.contribution_rules().daijiao_groups()
        for p in self.profiles:
            age, flags = p.summary.age, set(p.flags)
            plain = not flags & {"student", "employee_pension", "public_institution"} and not p.receiving_pension
            if wanted == "enrollable" and plain and not p.enrolled and 20 <= age <= 55:
                return p
            if wanted == "hardship" and plain and 20 <= age <= 55 and any(m.active and m.group in daijiao
                                                                            for m in p.memberships):
                return p
            if wanted == "employee" and "employee_pension" in flags:
                return p
        return next(p for p in self.profiles if 20 <= p.summary.age <= 55)

    def id_number(self, uuid: UUID) -> str:
        return str(run_blocking(lambda: self.wctx.registration.eligibility_input(uuid))["id_number"])

    def free_id(self, birth: date) -> str:
        for sequence in range(100, 999):
            number = make_resident_id("640423", birth, sequence)
            if run_blocking(partial(self.wctx.registration.check_id, number)).existing is None:
                return number
        raise LookupError("no free ID number")


def _wizard(wctx: WizardContext, resident: UUID | None = None, to: Step = Step.IDENTIFY) -> EnrollmentWizard:
    wizard = EnrollmentWizard(wctx, resident)
    wizard.ask_on_close = False  # the gallery closes every shot: keep quiet, keep the draft
    wizard.show()
    while wizard.currentId() < to:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            break
    _settle()
    return wizard


def _scan(path: Path, text: str) -> Path:
    image = QImage(420, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#f3efe3"))
    painter = QPainter(image)
    painter.setPen(QColor("#8a4b00"))
    font = QApplication.font()
    font.setPointSize(28)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    image.save(str(path))
    return path


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    wctx = WizardContext.for_desk(ctx.desk, ctx.policy)
    demo = _Demo(wctx)
    person, hardship, employee = demo.first("enrollable"), demo.first("hardship"), demo.first("employee")
    yield from _identify_shots(wctx, demo, person)
    yield from _policy_shots(wctx, person, employee)
    yield "enrollment_choices", _wizard(wctx, person.summary.uuid, Step.CHOICES)
    yield "enrollment_choices_daijiao", _wizard(wctx, hardship.summary.uuid, Step.CHOICES)
    yield from _document_shots(ctx, wctx, hardship)
    yield from _closing_shots(wctx, person)
    for draft in run_blocking(wctx.cases.drafts):
        run_blocking(partial(wctx.cases.discard_draft, draft.uuid))


def _identify_shots(wctx: WizardContext, demo: _Demo, person: ResidentProfile) -> Iterator[tuple[str, QWidget]]:
    yield "identify_empty", _wizard(wctx)
    wizard = _wizard(wctx)
    good = demo.free_id(date(1979, 6, 14))
    wizard.identify_page.id_edit.setText(good[:17] + ("1" if check_digit(good[:17]) != "1" else "2"))
    wizard.next()
    yield "identify_bad_checksum", wizard
    wizard = _wizard(wctx)
    wizard.identify_page.id_edit.setText(demo.id_number(person.summary.uuid))
    wizard.identify_page.run_check()
    yield "identify_found", wizard
    wizard = _wizard(wctx)
    page = wizard.identify_page
    page.id_edit.setText(good)
    page.run_check()
    page.name_edit.setText("马玉兰")
    page.phone_edit.setText("139 0954 1234")
    page.address_edit.setText("隆德县沙塘镇十八里村三组")
    page.run_check()
    yield "identify_new_resident", wizard
    wizard = _wizard(wctx)
    page = wizard.identify_page
    page.id_edit.setText(demo.free_id(person.summary.birth_date))
    page.run_check()
    page.name_edit.setText(person.summary.name)
    page.run_check()
    wizard.next()  # no choice made yet: the page says so
    yield "identify_duplicate", wizard


def _policy_shots(wctx: WizardContext, person: ResidentProfile,
                  employee: ResidentProfile) -> Iterator[tuple[str, QWidget]]:
    yield "policy_eligible", _wizard(wctx, person.summary.uuid, Step.POLICY)
    wizard = _wizard(wctx, person.summary.uuid, Step.POLICY)
    for flag in ("veteran", "flexible_worker"):
        wizard.policy_page.questions[flag].setChecked(True)
    yield "policy_advice", wizard
    yield "policy_employee_scheme", _wizard(wctx, employee.summary.uuid, Step.POLICY)
    wizard = _wizard(wctx, person.summary.uuid, Step.POLICY)
    wizard.policy_page.questions["student"].setChecked(True)
    wizard.policy_page.note_edit.setPlainText("在校大学生，毕业后再来办理。")
    yield "policy_student", wizard


def _document_shots(ctx: GalleryContext, wctx: WizardContext,
                    hardship: ResidentProfile) -> Iterator[tuple[str, QWidget]]:
    yield "documents_empty", _wizard(wctx, hardship.summary.uuid, Step.DOCUMENTS)
    wizard = _wizard(wctx, hardship.summary.uuid, Step.DOCUMENTS)
    page = wizard.documents_page
    folder = ctx.scratch / "scanner"
    folder.mkdir(exist_ok=True)
    page.watch_folder(folder)
    page.add_files("id_card", [_scan(ctx.scratch / "id-front.png", "身份证 正面"),
                               _scan(ctx.scratch / "id-back.png", "身份证 反面")])
    page.add_files("hukou_book", [_scan(ctx.scratch / "hukou.png", "户口簿 首页")])
    yield "documents_with_scans", wizard
    wizard = _wizard(wctx, hardship.summary.uuid, Step.DOCUMENTS)
    notes = ctx.scratch / "说明.txt"
    notes.write_text("not a scan", encoding="utf-8")
    wizard.documents_page.add_files("hukou_book", [notes])
    yield "documents_bad_file", wizard


def _closing_shots(wctx: WizardContext, person: ResidentProfile) -> Iterator[tuple[str, QWidget]]:
    wizard = _wizard(wctx, person.summary.uuid, Step.DOCUMENTS)
    for row in wizard.documents_page.rows.values():
        row.received.setChecked(True)
    wizard.next()
    _settle()
    yield "review", wizard
    wizard = _wizard(wctx, person.summary.uuid, Step.CONFIRM)
    page = wizard.confirm_page
    page.radios[ConfirmationMethod.FINGERPRINT].setChecked(True)
    page.agreed.setChecked(True)
    wizard.next()
    yield "confirm_fingerprint_no_witness", wizard
    wizard = _wizard(wctx, person.summary.uuid, Step.CONFIRM)
    page = wizard.confirm_page
    page.radios[ConfirmationMethod.PROXY].setChecked(True)
    page.proxy_name.setText("马建军")
    page.relation.setCurrentIndex(1)
    proxy = make_resident_id("640423", date(1970, 1, 1), 123)
    page.proxy_id.setText(proxy[:17] + ("1" if proxy[17] != "1" else "2"))
    page.agreed.setChecked(True)
    wizard.next()
    yield "confirm_proxy_bad_id", wizard
    wizard = _wizard(wctx, person.summary.uuid, Step.CONFIRM)
    wizard.confirm_page.agreed.setChecked(True)
    wizard.next()
    _settle()
    yield "print_waiting_for_papers", wizard
    wizard = _wizard(wctx, person.summary.uuid, Step.DOCUMENTS)
    for row in wizard.documents_page.rows.values():
        row.received.setChecked(True)
    wizard.next()
    wizard.next()
    wizard.confirm_page.agreed.setChecked(True)
    wizard.next()
    _settle()
    yield "print_ready", wizard
    wizard = _wizard(wctx, person.summary.uuid, Step.CHOICES)
    wizard.ask_on_close = True
    wizard.reject()
    if wizard.close_question is not None:
        yield "close_question", wizard.close_question
    wizard.ask_on_close = False
    wizard.keep_draft_and_close()
