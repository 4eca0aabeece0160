"""Read aloud: a row of keys (read, stop, repeat, speed) that speaks a screen's text in Mandarin.

Where Qt's text-to-speech has an engine with a Chinese voice (Windows: the system's voices) it speaks directly.
Elsewhere espeak-ng speaks into a WAV file (desktop.services.speech, on a thread of its own) that QtMultimedia
plays. Qt's Linux engines are passed over: speechd has no Mandarin voice and hangs without a sound device,
mock is for tests. When nothing can speak, the key says so and is disabled; when there is no loudspeaker,
the row says that too: read-aloud never fails silently.

Every reading is also captioned (desktop.ui.captions): the page being read goes to the resident screen as the
audio plays, and with no loudspeaker the pages step by at the pace the audio would have had, so a deaf
resident can still follow; stop takes the words away, repeat shows them again from the first page.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from enum import StrEnum
from functools import cache
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.problems import error
from core.progress import Cancelled, Progress
from desktop.messages import describe
from desktop.services import speech
from desktop.services.errors import ServiceError
from desktop.ui.captions import CaptionReader
from desktop.ui.widgets import named, wrapping_label

ESPEAK = "espeak-ng"
QT_PREFIX = "qt:"
QT_ENGINES_PASSED_OVER = ("mock", "speechd")
# (espeak-ng words a minute, Qt rate -1..1) for slow, normal, fast
SPEEDS = ((100, -0.4), (speech.DEFAULT_WPM, 0.0), (180, 0.3))
NORMAL_SPEED = 1


# espeak-ng runs on a thread of its own: it has nothing to do with the database worker, and a reading
# being prepared must not hold up (or wait for) the desk's database work
_speaker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cunbao-speech")


class _Relay(QObject):
    """Carries a finished reading from the speech thread to the UI thread."""

    sig_done = Signal(object)
    """The reading's Future finished."""


class ReadState(StrEnum):
    READY = "ready"
    PREPARING = "preparing"  # espeak-ng is writing the WAV
    PLAYING = "playing"
    NO_DEVICE = "no_device"  # the WAV is written, but there is no loudspeaker to play it on
    UNAVAILABLE = "unavailable"  # no engine at all
    FAILED = "failed"


def _chinese_tts(engine: str) -> QTextToSpeech | None:
    """Qt's engine `engine` set to a Chinese voice (mainland first), or None when it has none."""
    tts = QTextToSpeech(engine)
    if tts.state() == QTextToSpeech.State.Error:
        return None
    chinese = [loc for loc in tts.availableLocales() if loc.language() == QLocale.Language.Chinese]
    if not chinese:
        return None
    chinese.sort(key=lambda loc: loc.territory() != QLocale.Country.China)
    tts.setLocale(chinese[0])
    return tts if tts.availableVoices() else None


@cache
def available_engine() -> str:
    """"qt:<engine>" with a Chinese voice, else "espeak-ng", else "" (nothing on this computer can speak)."""
    for engine in QTextToSpeech.availableEngines():
        if engine not in QT_ENGINES_PASSED_OVER and _chinese_tts(engine) is not None:
            return QT_PREFIX + engine
    return ESPEAK if speech.engine_available() else ""


def _window_resident(widget: QWidget) -> UUID | None:
    """The resident of the case in the widget's window (a case wizard keeps it in ``case``), or None."""
    found = getattr(getattr(widget.window(), "case", None), "resident_uuid", None)
    return found if isinstance(found, UUID) else None


class ReadAloudButton(QWidget):
    """Reads `text_provider()` aloud; the text is asked for each time, so it is always what the screen shows.

    `resident_provider()` says whose case the text comes from, so the resident screen shows the captions only
    to that resident; without one, the case wizard the key sits in is asked."""

    sig_state_changed = Signal(str)
    """The reading changed state: a ReadState value."""
    sig_audio_ready = Signal(str)
    """espeak-ng wrote the reading to this WAV file (before it plays)."""

    def __init__(self, text_provider: Callable[[], str], parent: QWidget | None = None, *,
                 engine: str | None = None, resident_provider: Callable[[], UUID | None] | None = None) -> None:
        super().__init__(parent)
        self._text_provider = text_provider
        self._resident_provider = resident_provider or (lambda: _window_resident(self))
        self.captions = CaptionReader(self)
        self._utterances: dict[int, int] = {}  # Qt's utterance id -> caption page
        self.engine = available_engine() if engine is None else engine
        self._tts: QTextToSpeech | None = None
        if self.engine.startswith(QT_PREFIX):
            name = self.engine.removeprefix(QT_PREFIX)
            self._tts = _chinese_tts(name) or QTextToSpeech(name)
            self._tts.setParent(self)
            self._tts.stateChanged.connect(self._tts_state)
            self._tts.aboutToSynthesize.connect(lambda utterance: self.captions.at_page(
                self._utterances.get(utterance, -1)))
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="cunbao-read-")
        self._readings = 0
        self._cancel = threading.Event()
        self._pending: tuple[Future[Path], str, int] | None = None  # the reading being written
        self._relay = _Relay(self)
        self._relay.sig_done.connect(self._synthesized, Qt.ConnectionType.QueuedConnection)
        self._last: tuple[str, int] | None = None  # text and speed of the WAV last written
        self.wav_path: Path | None = None
        self.state = ReadState.READY if self.engine else ReadState.UNAVAILABLE
        self._problem = ""
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.play_button = named(QPushButton(), "read_aloud_play")
        self.stop_button = named(QPushButton(), "read_aloud_stop")
        self.repeat_button = named(QPushButton(), "read_aloud_repeat")
        self.speed_label = QLabel()
        self.speed_combo = named(QComboBox(), "read_aloud_speed")
        self.speed_label.setBuddy(self.speed_combo)
        self.status = wrapping_label("read_aloud_status")
        self.play_button.clicked.connect(self.play)
        self.stop_button.clicked.connect(self.stop)
        self.repeat_button.clicked.connect(self.repeat)
        keys = QHBoxLayout()
        for widget in (self.play_button, self.stop_button, self.repeat_button, self.speed_label, self.speed_combo):
            keys.addWidget(widget)
        keys.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(keys)
        column.addWidget(self.status)

    def retranslate_ui(self) -> None:
        speed = self.speed_combo.currentIndex()
        self.speed_combo.clear()
        for text in (self.tr("Slow"), self.tr("Normal"), self.tr("Fast")):
            self.speed_combo.addItem(text)
        self.speed_combo.setCurrentIndex(speed if speed >= 0 else NORMAL_SPEED)
        self.speed_label.setText(self.tr("Spea&king speed:"))
        self.speed_combo.setAccessibleName(self.tr("Reading speed"))
        self.play_button.setText(self.tr("Read &aloud") if self.engine else self.tr("Read-aloud not available"))
        self.play_button.setAccessibleName(self.tr("Read the text aloud to the resident"))
        self.stop_button.setText(self.tr("St&op"))
        self.stop_button.setAccessibleName(self.tr("Stop reading aloud"))
        self.repeat_button.setText(self.tr("R&epeat"))
        self.repeat_button.setAccessibleName(self.tr("Read the same text aloud again from the start"))
        self.status.setAccessibleName(self.tr("What the reading is doing"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the keys ------------------------------------------------------------------------------------------

    def play(self) -> None:
        """Read the text from the start (whatever is being read stops first)."""
        if not self.engine:
            return
        self.stop()
        text = self._text_provider()
        pages = self.captions.begin(text, self._resident_provider())
        wpm, rate = SPEEDS[self.speed_combo.currentIndex()]
        if self._tts is not None:
            if not speech.speakable(text):
                self._fail(describe(error(speech.SpeechProblem.NOTHING_TO_SAY)))
                return
            self._tts.setRate(rate)
            # a page at a time, so the caption follows the engine's own word of which one it is saying
            self._utterances = {self._tts.enqueue(speech.readable(page)): number
                                for number, page in enumerate(pages or (text,))}
            return
        if self._last == (text, wpm) and self.wav_path is not None:
            self._play_wav(self.wav_path)
            return
        self._synthesize(text, wpm)

    def stop(self) -> None:
        self._cancel.set()
        self._pending = None
        self.captions.stop()
        if self._tts is not None:
            self._tts.stop()
        if self._player is not None:
            self._player.stop()
        if self.state in (ReadState.PREPARING, ReadState.PLAYING):
            self._set_state(ReadState.READY)

    def repeat(self) -> None:
        """Read again from the start, at the speed chosen now: the same recording while the text and speed are
        unchanged, a new one when the screen now shows something else."""
        self.play()

    # -- espeak-ng into a WAV, played by QtMultimedia -------------------------------------------------------

    def _synthesize(self, text: str, wpm: int) -> None:
        self._readings += 1
        target = Path(self._scratch.name) / f"reading-{self._readings}.wav"
        self._cancel = threading.Event()
        self._set_state(ReadState.PREPARING)
        future = _speaker.submit(speech.synthesize, text, target, wpm, Progress(cancelled=self._cancel.is_set))
        self._pending = (future, text, wpm)
        future.add_done_callback(self._relay.sig_done.emit)

    def _synthesized(self, future: Future[Path]) -> None:
        if self._pending is None or future is not self._pending[0]:
            return  # stopped, or another reading started since
        _future, text, wpm = self._pending
        self._pending = None
        error = future.exception()
        if isinstance(error, Cancelled):
            return
        if error is not None:
            self._fail(describe(error.problem) if isinstance(error, ServiceError) else str(error))
            return
        path = future.result()
        self.wav_path, self._last = path, (text, wpm)
        self.sig_audio_ready.emit(str(path))
        self._play_wav(path)

    def _play_wav(self, path: Path) -> None:
        if not QMediaDevices.audioOutputs():
            self._set_state(ReadState.NO_DEVICE)
            self.captions.run_silently(round(speech.wav_seconds(path) * 1000))
            return
        if self._player is None:
            self._audio = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._audio)
            self._player.playbackStateChanged.connect(self._playback_state)
            self._player.positionChanged.connect(self._position)
            self._player.errorOccurred.connect(lambda _error, text: self._fail(text))
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.setPosition(0)
        self._player.play()
        self._set_state(ReadState.PLAYING)

    def _playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        if state == QMediaPlayer.PlaybackState.StoppedState and self.state == ReadState.PLAYING:
            self.captions.finish()
            self._set_state(ReadState.READY)

    def _position(self, position_ms: int) -> None:
        if self._player is not None and self.state == ReadState.PLAYING:
            self.captions.at_position(position_ms, self._player.duration())

    # -- Qt's own text-to-speech ------------------------------------------------------------------------------

    def _tts_state(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking:
            self._set_state(ReadState.PLAYING)
        elif state == QTextToSpeech.State.Error and self._tts is not None:
            self._fail(self._tts.errorString())
        elif self.state == ReadState.PLAYING and state == QTextToSpeech.State.Ready:
            self.captions.finish()
            self._set_state(ReadState.READY)

    # -- showing the state ------------------------------------------------------------------------------------

    def _fail(self, problem: str) -> None:
        self._problem = problem
        self._set_state(ReadState.FAILED)

    def _set_state(self, state: ReadState) -> None:
        if state != self.state:
            self.state = state
            self._show_state()
            self.sig_state_changed.emit(str(state))

    def _show_state(self) -> None:
        words = {
            ReadState.READY: "",
            ReadState.PREPARING: self.tr("Preparing the reading…"),
            ReadState.PLAYING: self.tr("Reading aloud…"),
            ReadState.NO_DEVICE: self.tr("No loudspeaker or headphones were found, so the reading cannot be heard. "
                                         "Plug them in, then press Repeat."),
            ReadState.UNAVAILABLE: self.tr("Nothing on this computer can read aloud in Mandarin: the speech program "
                                           "espeak-ng is not installed. Read the text to the resident yourself."),
            ReadState.FAILED: self.tr("The reading failed: %1").replace("%1", self._problem),
        }
        self.status.setText(words[self.state])
        self.status.setVisible(bool(words[self.state]))
        self.play_button.setEnabled(bool(self.engine))
        self.play_button.setToolTip(words[ReadState.UNAVAILABLE] if not self.engine else "")
        # with no loudspeaker the captions still run: stop takes them away
        self.stop_button.setEnabled(self.state in (ReadState.PREPARING, ReadState.PLAYING, ReadState.NO_DEVICE))
        self.repeat_button.setEnabled(bool(self.engine) and self.state != ReadState.PREPARING)
        self.speed_combo.setEnabled(bool(self.engine))
