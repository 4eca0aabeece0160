"""Layout helpers shared by the wizards' pages."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.widgets import named


def scrolling(page: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A page whose content scrolls when large type makes it taller than the window; the content's layout.

    Without it a QWizard squeezes a tall page below its widgets' minimum sizes and they overlap.
    """
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    scroll = named(QScrollArea(), name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll, layout
