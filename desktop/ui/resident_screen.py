"""The resident screen (居民屏幕): a second window, turned to the resident, that follows the open case wizard.

It shows in very large type what is being entered and, at the end, the summary the resident signs: name,
masked ID (never the full number), the case, the tier, who pays what, the expected monthly pension and the
papers still missing. The facts are the review page's (:func:`summary_of` reads the same ``CaseState``),
so what the resident reads and what the assistant reads out never disagree.

Privacy comes first: the screen shows one wizard's resident at a time; when that wizard closes, or a
wizard for somebody else takes over, the previous resident is cleared before anything else is shown, and
while the assistant is still finding out who the resident is (the identify page) nothing personal shows.

Captions (字幕, desktop.ui.captions) show below the summary, in larger type still, what is being said to the
resident: the page a read-aloud key is reading, and the words the assistant sends from the caption panel.
Readings are captioned when the screen's switch is on; it turns on by itself for a resident with a hearing,
speech or multiple disability certificate, or 65 or older, and the assistant can flip it for anyone. The
captions go with the resident: a new resident, or none, clears them, and a reading from another resident's
case never shows here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any
from uuid import UUID

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases import CaseType
from desktop.services.explanation import Explanation
from desktop.services.residents import ResidentsService, ResidentSummary
from desktop.ui import labels
from desktop.ui.caption_panel import open_caption_panel
from desktop.ui.captions import Caption, CaptionSource, caption_bus, caption_points, captions_by_default, may_show
from desktop.ui.display_mode import current_mode, mode_notifier
from desktop.ui.explain import money
from desktop.ui.operation import run_blocking
from desktop.ui.widgets import named, wrapping_label
from desktop.ui.wizards.base import RESIDENT_FACING, CaseWizard, Step
from desktop.ui.wizards.context import CaseState
from desktop.ui.wizards.enrollment_choices import EnrollmentChoicesPage

KEY_PT = 32.0  # key figures (name, amounts): ≥ 30 pt (DOMAIN 4.6)
TEXT_PT = 24.0  # everything else: ≥ 24 pt
KEY_FACTOR, TEXT_FACTOR = 1.8, 1.4  # times the desk's font, when a display mode makes that larger still
GRID_SPACING = 32  # between a summary heading and its value
LONG_RUN = re.compile(r"[0-9A-Za-z*]{13,}")
ZERO_WIDTH_SPACE = "\u200b"
TEXT_SLACK = 1.08  # spaced labels lay their text out a little wider than the font measures it
SIDE_BY_SIDE_RATIO = 1.3  # a window this much wider than high shows the captions beside the summary
CAPTION_MIN_CHARS = 8  # ... when a caption line still holds this many characters there
KEY_ROWS = ("name", "tier", "pension")  # shown as key figures
PAYERS = ("self", "government", "subsidy", "collective", "charity")  # the case data's "payers" keys, in order


@dataclass(frozen=True)
class ResidentSummaryView:
    """What the resident screen shows, as plain facts (no sentences): the review page's facts of one case."""

    case_type: CaseType
    step: Step | None = None  # where the wizard is; None when it is not on a usual page
    resident_uuid: UUID | None = None
    name: str = ""
    masked_id: str = ""
    tier: Decimal | None = None  # yuan a year
    start_year: int | None = None
    payers: tuple[tuple[str, Decimal], ...] = ()  # (a PAYERS key, yuan a year); "self" always, others when > 0
    monthly_pension: Decimal | None = None  # the 算得清 estimate, when one was worked out
    papers_checked: bool = False  # the papers page was passed: the lists below are known
    received_papers: tuple[str, ...] = ()  # paper kinds
    missing_papers: tuple[str, ...] = ()
    finished: bool = False

    @property
    def empty(self) -> bool:
        """Nothing personal to show (no resident yet, or still being identified)."""
        return self.resident_uuid is None


def _yuan(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _payers(data: dict[str, Any]) -> tuple[tuple[str, Decimal], ...]:
    if isinstance(data.get("payers"), dict):
        given = {key: _yuan(data["payers"].get(key)) for key in PAYERS}
    else:  # 代缴申请 keeps the government's part and the subsidy on their own
        given = {"government": _yuan(data.get("government_pays")), "subsidy": _yuan(data.get("subsidy"))}
    return tuple((key, amount) for key in PAYERS if (amount := given.get(key)) is not None
                 and (amount > 0 or key == "self"))


def summary_of(case: CaseState, explanation: Explanation | None = None, step: Step | None = None,
               pending: dict[str, Any] | None = None) -> ResidentSummaryView:
    """The facts of ``case`` for the resident: ``explanation`` is the 算得清 estimate of the choice (for the
    monthly pension), ``pending`` the current page's values not yet written to ``case.data``. On the
    identify page, or before a resident is known, only the case type and the step."""
    resident = case.resident
    if resident is None or step is Step.IDENTIFY:
        return ResidentSummaryView(case.case_type, step, finished=case.finished)
    data = {**case.data, **(pending or {})}
    year = data.get("start_year") or data.get("year")
    papers = case.papers
    return ResidentSummaryView(
        case_type=case.case_type, step=step, resident_uuid=resident.uuid, name=resident.name,
        masked_id=resident.masked_id, tier=_yuan(data.get("tier") or data.get("new_tier")),
        start_year=int(year) if year else None, payers=_payers(data),
        monthly_pension=explanation.monthly_total if explanation is not None else None,
        papers_checked=bool(papers),
        received_papers=tuple(p.kind for p in papers if p.received),
        missing_papers=tuple(p.kind for p in papers if p.mandatory and not p.received),
        finished=case.finished)


def wizard_explanation(wizard: CaseWizard) -> Explanation | None:
    """The 算得清 estimate a wizard's choices page worked out (the tier chosen, or the pension claimed)."""
    page = getattr(wizard, "choices_page", None)
    for attribute in ("explanation", "estimate"):
        found = getattr(page, attribute, None)
        if isinstance(found, Explanation):
            return found
    return None


def summary_of_wizard(wizard: CaseWizard) -> ResidentSummaryView:
    """The wizard's case as it is on screen now, the choices being made on its current page included."""
    step = Step(wizard.currentId()) if wizard.currentId() in {s.value for s in Step} else None
    page = wizard.currentPage()
    pending = None
    if isinstance(page, EnrollmentChoicesPage) and page.explanation is not None and page.tier() is not None:
        pending = {"tier": str(page.tier()), "start_year": page.year_spin.value(), "payers": page.payers()}
    return summary_of(wizard.case, wizard_explanation(wizard), step, pending)


def breakable(words: str) -> str:
    """Caption words with a place to break a long run of digits and stars (a masked ID number) in two, so a
    narrow caption column wraps it rather than pushing the screen wider."""
    return LONG_RUN.sub(lambda m: m[0][:len(m[0]) // 2] + ZERO_WIDTH_SPACE + m[0][len(m[0]) // 2:], words)


def captions_wanted(residents: ResidentsService, resident: ResidentSummary) -> bool:
    """Whether readings are captioned for ``resident`` without asking (see
    :func:`desktop.ui.captions.captions_by_default`); the certificates come from the register."""
    profile = run_blocking(lambda: residents.profile(resident.uuid))
    categories = [c.category for c in profile.certificates] if profile is not None else []
    return captions_by_default(resident.age, categories)


def _font(key_figure: bool, bold: bool = False) -> QFont:
    """A key figure's size or the text size, larger still when the desk's display mode enlarges its font."""
    font = QFont(QApplication.font())
    points, factor = (KEY_PT, KEY_FACTOR) if key_figure else (TEXT_PT, TEXT_FACTOR)
    font.setPointSizeF(max(points, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


class ResidentScreen(QWidget):
    """The window turned to the resident. :meth:`follow` a wizard; with none, a calm welcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        named(self, "resident_screen")
        self.setProperty(RESIDENT_FACING, True)
        self.wizard: CaseWizard | None = None
        self._watched: set[int] = set()  # id() of every wizard followed, still alive
        self.view: ResidentSummaryView | None = None
        self.welcome = wrapping_label("resident_welcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_label = wrapping_label("resident_step")
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(GRID_SPACING)
        grid.setVerticalSpacing(18)
        for number, key in enumerate(("name", "id", "case", "tier", "payers", "pension", "papers")):
            heading = wrapping_label(f"resident_{key}_heading")
            heading.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = wrapping_label(f"resident_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(heading, number, 0)
            grid.addWidget(value, number, 1)
            self.rows[key] = (heading, value)
        grid.setColumnStretch(1, 1)
        self.footer = wrapping_label("resident_footer")
        self.details = QWidget()
        inner = QVBoxLayout(self.details)
        inner.addWidget(self.step_label)
        inner.addSpacing(12)
        inner.addLayout(grid)
        inner.addSpacing(12)
        inner.addWidget(self.footer)
        inner.addStretch(1)
        scroll = named(QScrollArea(), "resident_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.details)
        self.caption: Caption | None = None  # the words shown below the summary
        self.caption_label = wrapping_label("resident_caption")
        self.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # a frame of its own, not the theme's "panel" role: a style sheet rule would reset the large font
        self.caption_band = named(QFrame(), "resident_caption_band")
        self.caption_band.setFrameShape(QFrame.Shape.Box)
        self.caption_band.setLineWidth(2)
        band = QVBoxLayout(self.caption_band)
        band.setContentsMargins(16, 8, 16, 8)
        band.addWidget(self.caption_label)
        band.addStretch(1)
        self.caption_band.hide()
        self._captions_resident: UUID | None = None  # the resident the switch was last set for
        self.captions_box = named(QCheckBox(), "resident_captions")
        self.captions_box.setChecked(True)
        self.captions_box.toggled.connect(self._captions_toggled)
        self.panel_button = named(QPushButton(), "resident_caption_panel")
        self.panel_button.clicked.connect(self.open_caption_panel)
        self.controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the assistant's, in the desk's own type
        self.controls.addWidget(self.captions_box)
        self.controls.addStretch(1)
        self.controls.addWidget(self.panel_button)
        self.summary_panel = QWidget()
        summary = QVBoxLayout(self.summary_panel)
        summary.setContentsMargins(0, 0, 0, 0)
        summary.addWidget(self.welcome, 1)
        summary.addWidget(scroll, 1)
        self.side = QVBoxLayout()  # the captions, and the assistant's controls below them
        self.side.addWidget(self.caption_band)
        self.side.addStretch(1)  # keeps the controls at the bottom while no caption shows
        self.side.addLayout(self.controls)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)  # see _arrange
        self.body.setContentsMargins(48, 36, 48, 24)
        self.body.setSpacing(32)
        self.body.addWidget(self.summary_panel, 1)
        self.body.addLayout(self.side)
        self.scroll_area = scroll
        self.apply_fonts()
        app = QApplication.instance()
        if app is not None:
            mode_notifier(app).mode_changed.connect(self.apply_fonts)
            caption_bus(app).sig_caption.connect(self.show_caption)
        self.retranslate_ui()

    def apply_fonts(self) -> None:
        """Very large type, whatever the desk's display mode; followed live when the mode changes."""
        self.welcome.setFont(_font(True, bold=True))
        self.step_label.setFont(_font(False, bold=True))
        self.footer.setFont(_font(False, bold=True))
        for key, (heading, value) in self.rows.items():
            heading.setFont(_font(False))
            value.setFont(_font(key in KEY_ROWS, bold=key in KEY_ROWS))
        font = QFont(QApplication.font())
        app = QApplication.instance()
        font.setPointSizeF(caption_points(current_mode(app) if app is not None else "normal", font.pointSizeF()))
        font.setBold(True)
        self.caption_label.setFont(font)
        self._arrange()

    # --- following a wizard ------------------------------------------------------------------------
    def follow(self, wizard: CaseWizard) -> None:
        """Show ``wizard`` from now on; whoever was shown is cleared first. Every wizard followed once stays
        watched: when the assistant goes on with another open wizard, the screen turns to that one."""
        if id(wizard) not in self._watched:
            self._watched.add(id(wizard))
            wizard.sig_state_changed.connect(self._wizard_changed)
            wizard.destroyed.connect(partial(self._wizard_destroyed, id(wizard)))
        if self.wizard is not wizard:
            self.wizard = wizard
            self.clear()
        self.refresh()

    def _wizard_changed(self) -> None:
        sender = self.sender()
        if sender is self.wizard:
            self.refresh()
        elif isinstance(sender, CaseWizard) and sender.isVisible():
            self.follow(sender)

    def _wizard_destroyed(self, key: int, _obj: object = None) -> None:
        if not shiboken6.isValid(self):
            return  # the screen went first (the main window closing)
        self._watched.discard(key)
        if self.wizard is not None and id(self.wizard) == key:
            self.wizard = None
            self.clear()

    def refresh(self) -> None:
        """Show the followed wizard as it is now; a closed wizard leaves only the welcome."""
        wizard = self.wizard
        if wizard is None or not shiboken6.isValid(wizard) or not wizard.isVisible():
            self.clear()
            return
        view = summary_of_wizard(wizard)
        if self.view is not None and self.view.resident_uuid != view.resident_uuid:
            self.clear()
        resident = wizard.case.resident
        if view.resident_uuid is not None and resident is not None and resident.uuid != self._captions_resident:
            self._captions_resident = resident.uuid
            self.captions_box.setChecked(captions_wanted(wizard.ctx.residents, resident))
        self.show_view(view)

    def clear(self) -> None:
        """Nobody's data: the welcome, no captions, and the captions switch back on until a resident is known."""
        self.view = None
        self.show_caption(Caption("", ""))
        self._captions_resident = None
        self.captions_box.setChecked(True)
        for heading, value in self.rows.values():
            heading.clear()
            value.clear()
        self.step_label.clear()
        self.footer.clear()
        self._show_welcome(True)

    # --- captions ----------------------------------------------------------------------------------
    def show_caption(self, caption: Caption) -> None:
        """Show ``caption`` when this resident may see it; a clear takes away what its publisher showed."""
        shown = self.view.resident_uuid if self.view is not None else None
        if may_show(caption, shown, self.captions_box.isChecked()):
            self.caption = caption
        elif self.caption is not None and (caption.publisher in ("", self.caption.publisher)):
            self.caption = None  # cleared, or the reading went on to a page this screen may not show
        else:
            return
        words = self.caption.text if self.caption is not None else ""
        self.caption_label.setText(breakable(words))
        self.caption_label.setAccessibleName(words)
        self.caption_band.setVisible(self.caption is not None)
        self._arrange()

    def _captions_toggled(self, on: bool) -> None:
        if not on and self.caption is not None and self.caption.source is CaptionSource.READ_ALOUD:
            self.show_caption(Caption("", self.caption.publisher))

    def open_caption_panel(self) -> QWidget:
        """The assistant's panel for showing words here: on the desk's own monitor, beside the main window."""
        return open_caption_panel(self.parentWidget() or self)

    # --- showing -----------------------------------------------------------------------------------
    def show_view(self, view: ResidentSummaryView) -> None:
        self.view = view
        if view.empty:
            self.clear()
            self.view = view
            self.welcome.setText(self.tr("Welcome!\nThe assistant is now checking who you are.")
                                 if view.step is Step.IDENTIFY else self._welcome_text())
            return
        self._show_welcome(False)
        self.step_label.setText(self._step_text(view))
        self._row("name", self.tr("Name"), view.name)
        self._row("id", self.tr("ID number"), view.masked_id)
        self._row("case", self.tr("What you are applying for"), labels.case_type(view.case_type))
        tier = ""
        if view.tier is not None:
            tier = self.tr("%1 a year").replace("%1", money(view.tier))
            if view.start_year:
                tier += "\n" + self.tr("from %1").replace("%1", str(view.start_year))
        self._row("tier", self.tr("Contribution tier"), tier)
        self._row("payers", self.tr("Who pays each year"), "\n".join(
            self.tr("%1: %2").replace("%1", self._payer_name(key)).replace("%2", money(amount))
            for key, amount in view.payers))
        pension = ("" if view.monthly_pension is None else
                   self.tr("about %1 a month").replace("%1", money(view.monthly_pension)))
        self._row("pension", self.tr("Expected pension"), pension)
        papers = ""
        if view.missing_papers:
            papers = "、".join(labels.paper(k) for k in view.missing_papers)
        elif view.papers_checked:
            papers = self.tr("none, all papers are here")
        self._row("papers", self.tr("Papers still missing"), papers)
        self.footer.setText(self._footer_text(view))
        self.footer.setVisible(bool(self.footer.text()))

    def _row(self, key: str, heading: str, value: str) -> None:
        head, shown = self.rows[key]
        head.setText(self.tr("%1:").replace("%1", heading) if value else "")
        shown.setText(value)
        head.setVisible(bool(value))
        shown.setVisible(bool(value))

    def _show_welcome(self, welcome: bool) -> None:
        self.welcome.setText(self._welcome_text())
        self.welcome.setVisible(welcome)
        self.scroll_area.setVisible(not welcome)
        self.setAccessibleDescription(self.welcome.text() if welcome else "")

    def _payer_name(self, key: str) -> str:
        names = {"self": self.tr("You pay"), "government": self.tr("The government pays for you (代缴)"),
                 "subsidy": self.tr("Government subsidy"), "collective": self.tr("Village collective"),
                 "charity": self.tr("Charity or donor")}
        return names[key]

    def _step_text(self, view: ResidentSummaryView) -> str:
        if view.finished:
            return self.tr("Done. Your application has been saved.")
        steps = {Step.POLICY: self.tr("Now: checking what the policy says for you"),
                 Step.CHOICES: self.tr("Now: choosing the tier and who pays"),
                 Step.DOCUMENTS: self.tr("Now: checking your papers"),
                 Step.REVIEW: self.tr("Please check everything below"),
                 Step.CONFIRM: self.tr("Please check everything below, then sign"),
                 Step.PRINT: self.tr("Done. Your application has been saved.")}
        return steps.get(view.step, "") if view.step is not None else ""

    def _footer_text(self, view: ResidentSummaryView) -> str:
        if view.step in (Step.REVIEW, Step.CONFIRM) and not view.finished:
            return self.tr("If anything is wrong, tell the assistant before you sign.")
        return ""

    def _welcome_text(self) -> str:
        return self.tr("Welcome!\nPlease take a seat; the assistant will help you shortly.")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Resident screen"))
        self.setAccessibleName(self.tr("Resident screen"))
        self.captions_box.setText(self.tr("Show what is read aloud as &words"))
        self.captions_box.setAccessibleName(self.tr("Show what is read aloud as words on this screen"))
        self.panel_button.setText(self.tr("Show words to the &resident…"))
        self.panel_button.setAccessibleName(self.tr("Type or choose words to show the resident"))
        if self.view is not None:
            self.show_view(self.view)
        else:
            self._show_welcome(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self._arrange()
        super().resizeEvent(event)

    def _summary_width(self) -> int:
        """The summary's width with no heading or value wrapped (the welcome: half the screen)."""
        if not self.scroll_area.isVisibleTo(self):
            return self.width() // 2
        headings, values = zip(*self.rows.values(), strict=True)
        inner = self.details.layout()
        margins = inner.contentsMargins() if inner is not None else self.body.contentsMargins()
        scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        text = (self._widest(headings) + self._widest(values)) * TEXT_SLACK
        return round(text) + GRID_SPACING + margins.left() + margins.right() + 2 * scroll_bar

    def _widest(self, labels: tuple[QLabel, ...]) -> int:
        return max((label.fontMetrics().horizontalAdvance(line) for label in labels if label.isVisibleTo(self)
                    for line in label.text().splitlines()), default=0)

    def _arrange(self) -> None:
        """On a screen wide enough, the captions and the controls stand beside the summary (its values leave
        much of the screen empty), so the summary keeps its whole height and width; on a narrow one they go
        below it."""
        captioned = self.caption is not None
        band = self.caption_band.contentsMargins().left() + self.caption_band.contentsMargins().right()
        beside = (self.caption_label.fontMetrics().horizontalAdvance("字" * CAPTION_MIN_CHARS) + band + 8
                  if captioned else max(self.captions_box.sizeHint().width(), self.panel_button.sizeHint().width()))
        margins = self.body.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.body.spacing() - beside
        wide = self.width() >= self.height() * SIDE_BY_SIDE_RATIO and room >= self._summary_width()
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.controls.setDirection(QBoxLayout.Direction.TopToBottom if wide else QBoxLayout.Direction.LeftToRight)
        self.summary_panel.setMinimumWidth(self._summary_width() if wide and captioned else 0)
        self.body.setStretchFactor(self.summary_panel, 0 if wide and captioned else 1)
        self.body.setStretchFactor(self.side, 1 if wide and captioned else 0)
        self.side.setStretchFactor(self.caption_band, 1 if wide else 0)
        self.side.setStretch(1, 0 if captioned else 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Escape closes the screen: full screen on a second monitor it has no title bar to close it by."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
