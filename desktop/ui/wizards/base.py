"""CaseWizard: the frame every case wizard (参保登记, 代缴申请 ...) is built on.

A wizard subclass sets ``case_type`` and implements four hooks

- ``build_pages()``: makes its own policy and choices pages and hands them to ``add_usual_pages``, which
  puts the shared pages of :mod:`desktop.ui.wizards.pages` around them under the ids of ``Step``;
- ``checklist(proxy)``: the papers of this case (``core.documents.checklist`` with the groups claimed);
- ``review_sections()``: the review page's plain words, as (heading, lines) pairs;
- ``case_data()``: extend the base's case data (``super().case_data() | {...}``) with what is not
  already in ``self.case.data``;
and may extend ``printables(record)`` (what the last page offers to print).

What the base does for every wizard:
- a *draft* from the first change on: saved through ``CasesService.save_draft`` on every page change and
  at most 5 s after typing starts, so a lock, a crash or a power cut loses at most a few keystrokes;
- a draft reopens at its page with its values: the wizard walks forward from the first page, each page
  putting back its saved values and validating them, and stops where the assistant left off;
- Escape, Cancel or closing the window asks "keep as draft / discard / go back" (non-modal, see
  ``close_question``); with ``ask_on_close`` False (the main window quitting) the draft is kept silently;
- the dynamic property ``cunbao_resident_facing`` = True: the idle lock never locks over an open form;
- ``finish_case()`` (called by the confirmation page) saves the case via ``CasesService.finish`` and
  emits ``sig_case_saved``; the draft is gone after that and closing asks nothing more. The pages' values
  go with the case, so that a case the county returns reopens with every field as it was;
- a draft from ``CasesService.reopen`` corrects a returned case: every page shows the county's reason at
  the top, and finishing updates that case instead of making a new one;
- what the agencies' lists and the register already prove about the resident (``known_facts``): the papers
  page shows those papers verified instead of asking for them, the policy page shows the groups, the
  certificate and the veteran's 优待证 with their source;
- 退役军人直办通道, the shortest path: a wizard opened for a registered veteran (优待证 on record) starts on
  the first page that needs a decision, past the identify page, which Back still reaches (``skips_identify``).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar
from uuid import UUID

from PySide6.QtCore import QDateTime, QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QMessageBox, QWidget, QWizard

from core.documents import Requirement
from desktop.messages import describe
from desktop.services.cases import CORRECTS, WIZARD_VALUES, CaseRecord, CaseType, Draft, Paper, PolicyStamp
from desktop.services.errors import ServiceError
from desktop.services.explanation import Explanation
from desktop.services.known_papers import KnownFacts
from desktop.ui import labels
from desktop.ui.case_view import county_reason
from desktop.ui.display_mode import DisplayMode, current_mode, suggest_elderly
from desktop.ui.documents.explanation_sheet import explanation_sheet_html
from desktop.ui.operation import run_blocking
from desktop.ui.print_preview import Printable, case_printables, desk_info
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.page import CasePage, translate_as_written
from desktop.ui.wizards.pages.confirm import ConfirmPage
from desktop.ui.wizards.pages.documents import DocumentsPage
from desktop.ui.wizards.pages.identify import IdentifyPage
from desktop.ui.wizards.pages.print_page import PrintPage
from desktop.ui.wizards.pages.review import ReviewPage
from desktop.ui.wizards.text import fill

AUTOSAVE_MS = 5000


class Step(IntEnum):
    """The page ids of a case wizard, in their usual order; a wizard may leave a step out (信息变更 asks no
    policy question). The ids are kept in drafts, so a step keeps its number."""

    IDENTIFY = 0
    POLICY = 1
    CHOICES = 2
    DOCUMENTS = 3
    REVIEW = 4
    CONFIRM = 5
    PRINT = 6
RESIDENT_FACING = "cunbao_resident_facing"  # the idle lock leaves windows with this property alone


class CaseWizard(QWizard):
    case_type: ClassVar[CaseType]

    sig_case_saved = Signal(object)
    """The case was saved (finished); the argument is its UUID."""

    sig_state_changed = Signal()
    """The case state may have changed: after a page change, an edit on the current page, and on closing
    (the resident screen follows the wizard by it)."""

    def __init__(self, ctx: WizardContext, resident_uuid: UUID | None = None, draft: Draft | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = CaseState(self.case_type)
        self.ask_on_close = True
        self.close_question: QMessageBox | None = None
        self.save_status = ""  # when the draft was last saved, or why it was not
        self.correction_banners: list[QLabel] = []  # the county's reason atop each page, when correcting a case
        self._pages: dict[int, CasePage] = {}
        self._dirty = False
        self._resuming = False
        self.setProperty(RESIDENT_FACING, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_draft)
        self.build_pages()
        self.currentIdChanged.connect(self._page_changed)
        self.finished.connect(self._closed)
        height = self.fontMetrics().height()
        self.resize(height * 46, height * 34)
        self.pages_visited: list[int] = []  # page ids in the order shown (the shortest path is counted by it)
        self.currentIdChanged.connect(self._visited)
        if draft is not None:
            self._resume(draft)
        else:
            if resident_uuid is not None:
                self.case.resident = self._summary(resident_uuid)
            self.restart()
            if self.skips_identify():
                self._step_past_identify()
        self.pages_visited[:] = [self.currentId()]  # what the assistant sees first, not the steps taken to it
        self.retranslate_ui()

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate_as_written(type(self), source, disambiguation, n)

    # --- hooks for the wizards --------------------------------------------------------------------
    def build_pages(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must add its pages")

    def checklist(self, proxy: bool = False) -> tuple[Requirement, ...]:
        raise NotImplementedError(f"{type(self).__name__} must name its papers")

    def review_sections(self) -> list[tuple[str, list[str]]]:
        raise NotImplementedError(f"{type(self).__name__} must describe the case for the review")

    def printables(self, record: CaseRecord) -> list[Printable]:
        """What the last page offers to print: the form, the receipt, the please-bring slip when papers are
        missing; a wizard may add its own (the 明白纸)."""
        return case_printables(desk_info(self.ctx.desk, self.ctx.today), record, self.ctx.policy.group_labels())

    def case_data(self) -> dict[str, Any]:
        """The case data to save: the pages' ``self.case.data`` and the common keys of every case type."""
        data = {k: v for k, v in self.case.data.items() if k != WIZARD_VALUES}
        data.setdefault("note", "")
        if self.case.eligibility is not None:
            data["eligibility"] = self.case.eligibility.to_json()
        return data

    # --- building -------------------------------------------------------------------------------
    def add_usual_pages(self, policy_page: CasePage | None, choices_page: CasePage,
                        print_page: CasePage | None = None) -> None:
        """The shared pages around a wizard's own: identify → policy → choices → papers → review →
        confirm → print. Pages the wizard made itself are passed in; the shared ones are kept as
        ``identify_page``, ``documents_page``, ``review_page``, ``confirm_page`` and ``print_page``."""
        ctx, case = self.ctx, self.case
        self.identify_page = IdentifyPage(ctx, case)
        self.documents_page = DocumentsPage(ctx, case)
        self.review_page = ReviewPage(ctx, case)
        self.confirm_page = ConfirmPage(ctx, case)
        self.print_page = print_page or PrintPage(ctx, case)
        pages: list[tuple[Step, CasePage | None]] = [
            (Step.IDENTIFY, self.identify_page), (Step.POLICY, policy_page), (Step.CHOICES, choices_page),
            (Step.DOCUMENTS, self.documents_page), (Step.REVIEW, self.review_page),
            (Step.CONFIRM, self.confirm_page), (Step.PRINT, self.print_page)]
        for step, page in pages:
            if page is not None:
                self.add_page(step, page)

    def explanation_printable(self, explanation: Explanation | None, title: str) -> Printable | None:
        """The 明白纸 of the tier the resident chose, in large type to take home (None before a tier is worked out)."""
        resident = self.case.resident
        if explanation is None or resident is None:
            return None
        sheet = explanation_sheet_html(explanation, resident.name, desk_info(self.ctx.desk, self.ctx.today),
                                       resident_age=resident.age)
        return Printable("explanation", title, sheet)

    def add_page(self, step: IntEnum, page: CasePage) -> None:
        named(page, f"page_{page.key}")
        self.setPage(int(step), page)
        self._pages[int(step)] = page
        page.sig_edited.connect(self._edited)

    def case_pages(self) -> list[CasePage]:
        return [self._pages[i] for i in sorted(self._pages)]

    def retranslate_ui(self) -> None:
        self.update_title()
        for page in self.case_pages():
            page.retranslate_ui()
        self._show_correction()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def update_title(self) -> None:
        """Case type, resident and when the draft was last saved."""
        name = self.case.resident.name if self.case.resident else ""
        title = labels.case_type(self.case_type) + (f" — {name}" if name else "")
        if isinstance(self.case.data.get("home_visit"), dict):
            title += " · " + self.tr("home visit")
        self.setWindowTitle(title + (f" · {self.save_status}" if self.save_status else ""))

    # --- what is already known: 残疾人绿色通道 and 退役军人直办通道 -------------------------------------------
    def known_facts(self) -> KnownFacts | None:
        """The lists' and the register's facts about the case's resident, read once per resident."""
        case = self.case
        uuid = case.resident_uuid
        if uuid is None:
            return None
        if case.known_uuid != uuid:
            case.known = run_blocking(lambda: self.ctx.residents.known_facts(uuid))
            case.known_uuid = uuid
        return case.known

    def skips_identify(self) -> bool:
        """The veterans' direct channel: a registered veteran with a 优待证 on record starts past the identify page,
        unless that page has something to offer (large type for a resident of 65 or more, in normal type).

        Only veterans (the notice's 直办通道): for everyone else the identify page stays the first step, where the
        assistant looks at the ID card beside the register's record and is offered large type."""
        resident, facts = self.case.resident, self.known_facts()
        if resident is None or facts is None or not facts.verified_veteran or int(Step.IDENTIFY) not in self._pages:
            return False
        app = QApplication.instance()
        normal = isinstance(app, QApplication) and current_mode(app) is DisplayMode.NORMAL
        return not (suggest_elderly(resident.age) and normal)

    def _visited(self, page_id: int) -> None:
        self.pages_visited.append(page_id)

    def _step_past_identify(self) -> None:
        """Go on from the identify page as Next would (so Back returns to it), without saving a draft yet."""
        if self.currentId() != int(Step.IDENTIFY):
            return
        self._resuming = True
        try:
            self.next()
        finally:
            self._resuming = False

    # --- drafts ---------------------------------------------------------------------------------
    def draft_data(self) -> dict[str, Any]:
        data = {k: v for k, v in self.case.data.items() if k != WIZARD_VALUES}
        data[WIZARD_VALUES] = {page.key: page.values() for page in self.case_pages() if page.entered}
        return data

    def save_draft(self) -> bool:
        """Save the wizard as it is now (quick: on the database worker, waiting for it)."""
        self.autosave_timer.stop()
        if self.case.finished:
            return False
        case, data, page = self.case, self.draft_data(), max(self.currentId(), 0)
        try:
            uuid = run_blocking(lambda: self.ctx.cases.save_draft(case.draft_uuid, self.case_type, page, data,
                                                                  case.resident_uuid))
        except ServiceError as exc:
            self.save_status = self.tr("draft NOT saved: %1").replace("%1", describe(exc.problem))
            self.update_title()
            return False
        case.draft_uuid = uuid
        self._dirty = False
        time = QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        self.save_status = self.tr("draft saved %1").replace("%1", time)
        self.update_title()
        return True

    def _edited(self) -> None:
        if self.sender() is not self.currentPage():
            return  # pages filling themselves in (a language change, a page being built) are not edits
        self._dirty = True
        if not self._resuming and not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self.sig_state_changed.emit()

    def _page_changed(self, page_id: int) -> None:
        self._save_on_page_change(page_id)
        self.sig_state_changed.emit()

    def _save_on_page_change(self, page_id: int) -> None:
        if self._resuming or self.case.finished or page_id < 0 or not self.isVisible():
            return  # -1: QWizard resets itself as it closes
        if self._dirty or self.case.resident is not None or self.case.draft_uuid is not None:
            self.save_draft()

    def _summary(self, resident_uuid: UUID) -> Any:
        profile = run_blocking(lambda: self.ctx.residents.profile(resident_uuid))
        return profile.summary if profile is not None else None

    def _resume(self, draft: Draft) -> None:
        """Reopen a draft: walk forward from the first page, each page putting back its values."""
        self.case.draft_uuid = draft.uuid
        self.case.data = {k: v for k, v in draft.data.items() if k != WIZARD_VALUES}
        if isinstance(self.case.data.get(CORRECTS), dict):
            self._add_correction_banners()
        saved = draft.data.get(WIZARD_VALUES, {})
        for page in self.case_pages():
            page.set_pending_values(saved.get(page.key))
        if draft.resident_uuid is not None:
            self.case.resident = self._summary(draft.resident_uuid)
        self._resuming = True
        try:
            self.restart()
            while self.currentId() != draft.page and not self.currentPage().isCommitPage():
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break  # a page's values no longer pass: the assistant sees why on that page
        finally:
            self._resuming = False

    # --- correcting a returned case ---------------------------------------------------------------
    def correction(self) -> dict[str, Any] | None:
        """The returned case this wizard corrects (``CasesService.reopen``): reference and the county's reason."""
        corrects = self.case.data.get(CORRECTS)
        return corrects if isinstance(corrects, dict) else None

    def _add_correction_banners(self) -> None:
        for page in self.case_pages():
            layout = page.layout()
            if isinstance(layout, QBoxLayout):
                banner = set_role(wrapping_label(f"correction_banner_{page.key}"), "notice")
                layout.insertWidget(0, banner)
                self.correction_banners.append(banner)

    def _show_correction(self) -> None:
        corrects = self.correction()
        if corrects is None:
            return
        reason = county_reason(str(corrects.get("reason") or ""))
        if self.case.finished:
            text = fill(self.tr("Case %1 is corrected and goes to the county again. The county had returned it: %2"),
                        corrects.get("reference", ""), reason)
        else:
            text = fill(self.tr("Correcting case %1, returned by the county: %2"), corrects.get("reference", ""),
                        reason)
        mark = "✔ " if self.case.finished else "⚠ "
        for banner in self.correction_banners:
            banner.setText(mark + text)

    # --- finishing ------------------------------------------------------------------------------
    def finish_case(self) -> CaseRecord:
        """Save the case (ServiceError when the desk refuses it); the draft is deleted by the service."""
        case = self.case
        if case.resident is None or case.eligibility is None or case.confirmation is None:
            raise RuntimeError("a case is finished only after identification, the policy and the confirmation")
        ref = case.eligibility.policy
        stamp = PolicyStamp(ref.id, ref.version, ref.content_hash)
        papers = self.final_papers()
        used = {h for paper in papers for h in paper.scans}
        scans = tuple(scan for h, scan in case.scans.items() if h in used)
        data, resident, confirmation = self.case_data(), case.resident.uuid, case.confirmation
        data[WIZARD_VALUES] = self.draft_data()[WIZARD_VALUES]  # kept on the case for a later correction
        self.autosave_timer.stop()
        record = run_blocking(lambda: self.ctx.cases.finish(case.draft_uuid, self.case_type, resident, data,
                                                            papers, confirmation, scans, stamp))
        case.record = record
        case.draft_uuid = None
        self.save_status = ""
        self.update_title()
        self._show_correction()
        self.sig_case_saved.emit(record.row.uuid)
        return record

    def final_papers(self) -> tuple[Paper, ...]:
        """The documents page's papers and, for a proxy applicant, the proxy's papers (confirmation page)."""
        known = {p.kind for p in self.case.papers}
        return self.case.papers + tuple(p for p in self.case.proxy_papers if p.kind not in known)

    # --- closing --------------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape, Cancel and the window's close button: ask before anything typed is lost."""
        if self.case.finished or not (self._dirty or self.case.draft_uuid):
            self._close_now()
        elif not self.ask_on_close:
            self.keep_draft_and_close()
        else:
            self._ask_close()

    def keep_draft_and_close(self) -> None:
        if self.save_draft() or self.case.finished:
            self._close_now()

    def discard_and_close(self) -> None:
        uuid = self.case.draft_uuid
        if uuid is not None:
            run_blocking(lambda: self.ctx.cases.discard_draft(uuid))
            self.case.draft_uuid = None
        self._close_now()

    def _closed(self, _result: int) -> None:
        for page in self.case_pages():
            page.on_close()
        self.sig_state_changed.emit()

    def _close_now(self) -> None:
        self.autosave_timer.stop()
        super().reject()

    def _ask_close(self) -> None:
        box = named(QMessageBox(self), "close_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(labels.case_type(self.case_type))
        box.setText(self.tr("Keep what has been entered so far as a draft, to finish later?"))
        where = fill(self.tr("%1 for %2, at the step \"%3\"."), labels.case_type(self.case_type),
                     self.case.resident.name if self.case.resident else self.tr("a resident not yet identified"),
                     self.currentPage().title() if self.currentPage() else "")
        box.setInformativeText(where + "\n\n" + self.tr("A draft is listed under the desk's unfinished work. Discard "
                                                         "deletes what was typed; a resident already registered "
                                                         "stays registered."))
        keep = named(box.addButton(self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole), "keep_button")
        discard = named(box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole),
                        "discard_button")
        back = named(box.addButton(self.tr("&Go back to the form"), QMessageBox.ButtonRole.RejectRole),
                     "back_button")
        keep.setAccessibleName(self.tr("Keep as draft"))
        discard.setAccessibleName(self.tr("Discard what was typed"))
        back.setAccessibleName(self.tr("Go back to the form"))
        box.setDefaultButton(keep)
        box.setEscapeButton(back)

        def answered(button: object) -> None:
            self.close_question = None
            box.deleteLater()
            if button is keep:
                self.keep_draft_and_close()
            elif button is discard:
                self.discard_and_close()

        box.buttonClicked.connect(answered)
        self.close_question = box
        box.open()
