"""Gallery shots of the resident screen: the welcome, an enrolment half-way (tier and who pays being chosen)
and the final summary the resident signs (one paper still missing), on a monitor-sized window; then the
captions: the summary being read aloud with the page being read below it, the welcome with words the
assistant sent, and the assistant's caption panel."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from PySide6.QtWidgets import QWidget

from desktop.services.residents import ResidentProfile
from desktop.ui.caption_panel import PHRASES, open_caption_panel, phrase_text
from desktop.ui.captions import caption_bus
from desktop.ui.gallery_context import GalleryContext, pause
from desktop.ui.operation import run_blocking
from desktop.ui.resident_screen import ResidentScreen
from desktop.ui.wizards.base import Step
from desktop.ui.wizards.context import WizardContext
from desktop.ui.wizards.enrollment import EnrollmentWizard

SETTLE_MS = 400  # the tier comparison is worked out on the worker
MONITOR = (1280, 800)
PANEL = (900, 560)


def _settle() -> None:
    pause(SETTLE_MS)


def _enrollable(wctx: WizardContext) -> ResidentProfile:
    """A demo resident who may enrol: not enrolled, 20 to 55, in no other scheme."""
    def find() -> ResidentProfile:
        for hit in wctx.residents.search("6404", limit=400):
            profile = wctx.residents.profile(hit.uuid)
            if profile is None or profile.enrolled or profile.receiving_pension or not 20 <= hit.age <= 55:
                continue
            if not set(profile.flags) & {"student", "employee_pension", "public_institution"}:
                return profile
        raise LookupError("the demo village has nobody who may enrol")

    return run_blocking(find)


def _wizard(wctx: WizardContext, person: ResidentProfile, to: Step) -> EnrollmentWizard:
    wizard = EnrollmentWizard(wctx, person.summary.uuid)
    wizard.ask_on_close = False  # closed by the gallery: keep quiet, keep the draft (discarded at the end)
    wizard.show()
    while wizard.currentId() < to:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            break
    _settle()
    return wizard


def _screen() -> ResidentScreen:
    screen = ResidentScreen()
    screen.resize(*MONITOR)
    return screen


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    wctx = WizardContext.for_desk(ctx.desk, ctx.policy)
    person = _enrollable(wctx)
    yield "welcome", _screen()

    wizard = _wizard(wctx, person, Step.CHOICES)
    screen = _screen()
    screen.follow(wizard)
    yield "choosing_the_tier", screen
    wizard.close()

    wizard = _wizard(wctx, person, Step.DOCUMENTS)
    rows = list(wizard.documents_page.rows.values())
    for row in rows[1:]:  # the first paper is still at home
        row.received.setChecked(True)
    wizard.next()
    _settle()
    screen = _screen()
    screen.follow(wizard)
    yield "final_summary", screen

    screen = _screen()
    screen.follow(wizard)
    screen.captions_box.setChecked(True)  # the demo resident is young and hears: the assistant turned them on
    reading = wizard.review_page.read_aloud.captions
    reading.begin(wizard.review_page.plain_text(), person.summary.uuid)
    reading.at_page(1)  # the second page is being read
    yield "reading_captioned", screen
    reading.stop()
    wizard.close()

    screen = _screen()
    panel = open_caption_panel(screen)
    panel.resize(*PANEL)
    panel.show_words(phrase_text(PHRASES[1][1]))
    yield "assistant_words", screen
    panel.words_edit.setText(phrase_text(PHRASES[1][1]))
    panel.words_edit.selectAll()
    yield "caption_panel", panel
    caption_bus().clear()
    for draft in run_blocking(wctx.cases.drafts):
        run_blocking(partial(wctx.cases.discard_draft, draft.uuid))
