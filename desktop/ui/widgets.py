"""Small helpers for building widgets the stubs can type-check."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.text_spacing import SpacedLabel

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget its object name (tests and the accessibility audit find it by that name)."""
    widget.setObjectName(name)
    return widget


def wrapping_label(name: str, text: str = "") -> QLabel:
    """A word-wrapped label whose lines are spaced as the display mode asks (1.3× in 适老化 mode)."""
    return named(SpacedLabel(text), name)


def grow_to_words(window: QWidget) -> None:
    """Make a window taller (never narrower) to hold its wrapped words: a window does not ask its layout how
    tall wrapped text is at its width, so large type would otherwise be cut off at the bottom."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return  # no wrapped words in it: its size hint already holds everything
    layout.activate()
    needed = layout.heightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
