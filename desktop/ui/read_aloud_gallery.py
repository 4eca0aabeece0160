"""Gallery shots of the read-aloud keys under a summary: ready, after reading (playing, or no loudspeaker),
nothing to read, and a computer with no speech engine."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.gallery_context import GalleryContext
from desktop.ui.read_aloud import ReadAloudButton, ReadState
from desktop.ui.widgets import wrapping_label

WAIT_MS = 10_000


def _summary() -> str:
    return QCoreApplication.translate(
        "ReadAloudGallery", "Ma Xiuying, female, born 1981-05-03 (45 years old)\nID number 6404**********0367\n"
        "Each year you pay 300 yuan; the government adds 40 yuan.\nFrom 2041-06, about 190.52 yuan every month.")


def _host(text: str, engine: str | None = None) -> tuple[QWidget, ReadAloudButton]:
    host = QWidget()
    column = QVBoxLayout(host)
    column.addWidget(wrapping_label("read_aloud_sample", text))
    button = ReadAloudButton(lambda: text, host, engine=engine)
    column.addWidget(button)
    column.addStretch(1)
    host.resize(900, 260)
    return host, button


def _read(button: ReadAloudButton) -> None:
    """Press read and let the event loop run until the reading plays or says why it cannot."""
    loop = QEventLoop()

    def changed(state: str) -> None:
        if state != ReadState.PREPARING:
            loop.quit()

    button.sig_state_changed.connect(changed)
    QTimer.singleShot(WAIT_MS, loop.quit)
    button.play()
    loop.exec()


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    host, button = _host(_summary())
    yield "ready", host
    _read(button)
    yield "after_reading", host
    empty, nothing = _host("")
    _read(nothing)
    yield "nothing_to_read", empty
    unavailable, _button = _host(_summary(), engine="")
    yield "no_engine", unavailable
