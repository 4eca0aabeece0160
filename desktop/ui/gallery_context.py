"""What a screen needs to render itself for the gallery: a signed-in demo desk and its policy.

Each UI area offers ``gallery_shots(ctx) -> Iterator[tuple[str, QWidget]]`` in its own
``*_gallery.py`` module; :mod:`desktop.ui.gallery` renders every shot to ``<name>.png``.
A shot is shown, grabbed and then closed by the gallery; yield it only once it looks as the
assistant would see it (pages filled in, a problem shown ...).

Never close ``ctx.desk``: later areas still use it. A screen that closes its desk when it closes (the
main window) gets a desk of its own: ``Desk.sign_in(ctx.data_dir, DEMO_USER, DEMO_PASSWORD)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.desk import Desk
from desktop.services.policy import PolicyService


@dataclass
class GalleryContext:
    app: QApplication
    data_dir: Path  # a fresh demo desk (200 synthetic residents), signed in as the demo supervisor
    desk: Desk
    policy: PolicyService
    scratch: Path  # an empty folder for files a screen needs (scans, PDFs)


class ShotProvider(Protocol):
    def __call__(self, ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]: ...


def pause(ms: int) -> None:
    """Let the event loop run for a while: work on the database worker lands and layouts settle."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
