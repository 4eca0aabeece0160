"""Captions (字幕): what is being said to the resident, carried to the resident screen in very large type.

For deaf and hard-of-hearing residents (issue 4, 残疾人绿色通道) everything spoken is also shown. Two kinds of
publisher speak on the application's one :class:`CaptionBus` (:func:`caption_bus`, made like the display
mode's notifier): a read-aloud key, whose :class:`CaptionReader` publishes the page being read as the audio
plays, and the assistant, typing or picking a phrase in the caption panel. The resident screen listens and
decides with :func:`may_show` what it may show: never words about another resident.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import Qt, QTextDocumentFragment

from core.disability import DisabilityCategory
from desktop.services import speech
from desktop.ui.display_mode import DisplayMode, figures, suggest_elderly, time_limits_apply

BUS_NAME = "cunbao_caption_bus"
CAPTION_PT = 32.0  # captions in normal mode: larger than the 30 pt DOMAIN §4.6 asks of key figures
CAPTION_FACTOR = 2.0  # times the desk's font, so elderly mode (18 pt) gives 36 pt
PAGE_CHARS = 40  # one page: two lines at most on a 1280 px monitor in normal mode
LINGER_MS = 6000  # the last page stays this long after the reading ends, for a slow reader
# certificate categories whose holders get captions without asking: hearing, speech, and multiple
# disabilities (a 多重 certificate does not say which, and a caption too many costs nothing)
HEARING_CATEGORIES = frozenset({DisabilityCategory.HEARING, DisabilityCategory.SPEECH,
                                DisabilityCategory.MULTIPLE})
ASSISTANT = "assistant"  # the publisher of everything the caption panel sends

_SENTENCE = re.compile(r"(?<=[。！？；!?;])")
_CLAUSE = re.compile(r"(?<=[，、：,:])")
_CUTS: dict[int, re.Pattern[str]] = {1: _SENTENCE, 2: _CLAUSE}  # by level: 0 is lines, 3 characters
_publishers = itertools.count(1)


class CaptionSource(StrEnum):
    READ_ALOUD = "read_aloud"  # a read-aloud key speaks a screen's text
    ASSISTANT = "assistant"  # the assistant chose these words for the resident


@dataclass(frozen=True)
class Caption:
    """Words for the resident screen. Empty ``text`` takes away what ``publisher`` showed (an empty
    ``publisher`` too: whatever is shown)."""

    text: str
    publisher: str
    source: CaptionSource = CaptionSource.READ_ALOUD
    resident_uuid: UUID | None = None  # whose case the words come from; None: nobody's in particular
    page: int = 0  # counted from 0
    pages: int = 1

    @property
    def clears(self) -> bool:
        return not self.text


class CaptionBus(QObject):
    """The application's one channel of captions."""

    sig_caption = Signal(object)
    """A Caption to show, or one with empty text that takes a caption away."""

    def publish(self, caption: Caption) -> None:
        self.sig_caption.emit(caption)

    def clear(self, publisher: str = "") -> None:
        """Take away what ``publisher`` showed; with none named, whatever is shown."""
        self.sig_caption.emit(Caption("", publisher))


def caption_bus(app: QCoreApplication | None = None) -> CaptionBus:
    """The application's one bus, made on first use and owned by the application."""
    owner = app or QCoreApplication.instance()
    if owner is None:
        raise RuntimeError("captions need a running application")
    found = owner.findChild(CaptionBus, BUS_NAME)
    if isinstance(found, CaptionBus):
        return found
    bus = CaptionBus(owner)
    bus.setObjectName(BUS_NAME)
    return bus


def new_publisher(kind: str) -> str:
    """A key of its own for a publisher, so its clear never takes away somebody else's words."""
    return f"{kind}:{next(_publishers)}"


# -- what may be shown, and how large ------------------------------------------------------------------------

def may_show(caption: Caption, shown_resident: UUID | None, reading_captions_on: bool) -> bool:
    """Whether the resident screen, showing ``shown_resident`` (None: nobody), may show ``caption``.

    The assistant's words always show: the assistant sends them on purpose. A reading shows when the screen's
    captions are on, and only when it comes from the case of the resident shown, or from no particular case
    while the screen shows nobody: another resident's words never reach this resident's screen."""
    if caption.clears:
        return False
    if caption.source is CaptionSource.ASSISTANT:
        return True
    return reading_captions_on and caption.resident_uuid == shown_resident


def captions_by_default(age: int | None, categories: Sequence[int]) -> bool:
    """Readings are captioned without asking for a resident with a hearing, speech or multiple disability
    certificate, and for one old enough for large type (hearing fades with age, and few of the old hold a
    certificate for it); for anyone else the assistant switches them on."""
    return bool(HEARING_CATEGORIES & set(categories)) or suggest_elderly(age)


def caption_min_pt(mode: DisplayMode | str) -> float:
    """The smallest caption a mode allows: 30 pt, more where the mode's key figures are larger."""
    return max(30.0, figures(mode).key_figure_pt * 1.2)


def caption_points(mode: DisplayMode | str, app_point_size: float) -> float:
    return max(CAPTION_PT, caption_min_pt(mode), app_point_size * CAPTION_FACTOR)


# -- pages of a reading ------------------------------------------------------------------------------------

def plain_text(text: str) -> str:
    """What a reader hears, as words: markup taken out, blank lines dropped."""
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _parts(text: str, level: int, limit: int) -> list[str]:
    """``text`` cut at one level: its lines, a line's sentences, a sentence's clauses, then ``limit`` characters."""
    if level == 0:
        return text.splitlines()
    cut = _CUTS.get(level)
    if cut is not None:
        return [part.strip() for part in cut.split(text) if part.strip()]
    return [text[i:i + limit] for i in range(0, len(text), limit)]


def _paged(text: str, level: int, limit: int) -> list[str]:
    if len(text) <= limit:
        return [text]
    joiner = "\n" if level == 0 else ""
    pages: list[str] = []
    for part in _parts(text, level, limit):
        cut = _paged(part, level + 1, limit)
        if len(cut) == 1 and pages and len(pages[-1]) + len(joiner) + len(cut[0]) <= limit:
            pages[-1] += joiner + cut[0]
        else:
            pages.extend(cut)
    return pages


def caption_pages(text: str, limit: int = PAGE_CHARS) -> tuple[str, ...]:
    """The text as pages of at most ``limit`` characters, cut where a reader pauses: whole short lines share a
    page (each on its own line), a long line is cut between its sentences, a long sentence at its commas; the
    start of a long line or sentence never ends the page before it."""
    text = plain_text(text)
    return tuple(_paged(text, 0, limit)) if text else ()


def spoken_weight(page: str) -> int:
    """How long a page takes to say, in syllables and pauses (the Mandarin voice's units)."""
    return max(1, len(speech.speakable(page).replace(",", " ,").replace(".", " .").split()))


def page_starts(weights: Sequence[int], duration_ms: int) -> list[int]:
    """When each page starts in a reading of ``duration_ms``, each page taking time in proportion to its
    weight."""
    total = sum(weights) or 1
    starts, done = [], 0
    for weight in weights:
        starts.append(done * duration_ms // total)
        done += weight
    return starts


def page_at(starts: Sequence[int], position_ms: int) -> int:
    """The page being read at ``position_ms``."""
    return max(0, bisect_right(starts, position_ms) - 1)


def _take_away(publisher: str) -> None:
    if QCoreApplication.instance() is not None:
        caption_bus().clear(publisher)


class CaptionReader(QObject):
    """Publishes one read-aloud key's readings page by page: following the audio's position when it plays
    (:meth:`at_position`), the engine's own utterances (:meth:`at_page`), or, with no loudspeaker, a clock at
    the pace the audio would have had (:meth:`run_silently`: a deaf resident reads without hearing)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.publisher = new_publisher(CaptionSource.READ_ALOUD)
        self.pages: tuple[str, ...] = ()
        self.resident_uuid: UUID | None = None
        self.page = -1  # the page published; -1: none
        self._starts: list[int] = []
        self._clock = QTimer(self)
        self._clock.setSingleShot(True)
        self._clock.timeout.connect(self._tick)
        self._elapsed = 0
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(LINGER_MS)
        self._linger.timeout.connect(self.stop)
        # a reading's window closed mid-reading: its words go with it (the lambda holds no reference to self)
        publisher = self.publisher
        self.destroyed.connect(lambda _gone=None: _take_away(publisher))

    def begin(self, text: str, resident_uuid: UUID | None) -> tuple[str, ...]:
        """A new reading of ``text`` (nothing shows until it starts to play); its pages."""
        self.stop()
        self.pages = caption_pages(text)
        self.resident_uuid = resident_uuid
        self._starts = []
        return self.pages

    def at_position(self, position_ms: int, duration_ms: int) -> None:
        """The audio of the whole reading (``duration_ms`` long) has reached ``position_ms``."""
        if not self.pages or duration_ms <= 0:
            return
        if not self._starts:
            self._starts = page_starts([spoken_weight(p) for p in self.pages], duration_ms)
        self.at_page(page_at(self._starts, position_ms))

    def at_page(self, page: int) -> None:
        """Page ``page`` is being read now."""
        if not 0 <= page < len(self.pages):
            return
        self._linger.stop()
        if page != self.page:
            self.page = page
            caption_bus().publish(Caption(self.pages[page], self.publisher, CaptionSource.READ_ALOUD,
                                          self.resident_uuid, page, len(self.pages)))

    def run_silently(self, duration_ms: int) -> None:
        """Step through the pages as if a reading of ``duration_ms`` played, then linger on the last."""
        if not self.pages:
            return
        self._starts = page_starts([spoken_weight(p) for p in self.pages], duration_ms)
        self._starts.append(duration_ms)
        self._elapsed = 0
        self._tick()

    def _tick(self) -> None:
        page = page_at(self._starts[:-1], self._elapsed)
        self.at_page(page)
        if page + 1 < len(self.pages):
            wait = self._starts[page + 1] - self._elapsed
            self._elapsed = self._starts[page + 1]
            self._clock.start(max(1, wait))
        elif _words_may_go():
            self._linger.start(max(1, self._starts[-1] - self._elapsed) + LINGER_MS)

    def finish(self) -> None:
        """The reading ended by itself: the last page stays a little, then goes."""
        self._clock.stop()
        if self.page >= 0:
            self.at_page(len(self.pages) - 1)
            if _words_may_go():
                self._linger.start()

    def stop(self) -> None:
        """The reading stopped: its words go at once."""
        self._clock.stop()
        self._linger.stop()
        if self.page >= 0:
            self.page = -1
            caption_bus().clear(self.publisher)


def _words_may_go() -> bool:
    """In 适老化 the last words stay until the next reading or Stop: nothing changes on a timer there."""
    app = QCoreApplication.instance()
    return app is None or time_limits_apply(app)
