"""Layout helpers shared by the wizards' pages: scrolling content, and the fields large type counts."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

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


def field_section(*parts: QWidget | QLayout) -> QWidget:
    """A part of a page that large type may show on its own (see ``CasePage.group_fields``).

    The page keeps hiding and showing what is inside; only the section itself is the groups' to hide.
    """
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return section


def is_field(widget: QWidget) -> bool:
    """Something the assistant fills in or chooses (DOMAIN §4.6 counts these, at most five a page in 适老化):
    an editable line edit, combo box, spin or date box, text edit, a check box or a radio button."""
    if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        return False  # the editor inside a spin box or combo box belongs to it
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox | QCheckBox | QRadioButton)


def visible_fields(root: QWidget) -> list[QWidget]:
    """The fields in ``root`` (itself included) that show whenever ``root`` does."""
    return [w for w in (root, *root.findChildren(QWidget)) if is_field(w) and (w is root or w.isVisibleTo(root))]


def count_fields(fields: Iterable[QWidget]) -> int:
    """How many fields these are, the radio buttons of one group counting once (one question)."""
    seen: set[int] = set()
    count = 0
    for widget in fields:
        if isinstance(widget, QRadioButton):
            group = widget.group()
            key = id(group) if group is not None else id(widget.parentWidget())
            if key in seen:
                continue
            seen.add(key)
        count += 1
    return count


class SwitchLabel(QLabel):
    """The label of a field that a check box beside it switches on (a row of the information change).

    Its Alt key goes to the field, ticking the box first when the field is still off; a click on it ticks or
    unticks the box, as a click on a check box's own words would.
    """

    def __init__(self, box: QAbstractButton, field: QWidget) -> None:
        super().__init__()
        self.box = box
        self.setBuddy(field)

    def event(self, event: QEvent) -> bool:
        buddy = self.buddy()
        if event.type() == QEvent.Type.Shortcut and buddy is not None and not buddy.isEnabled():
            self.box.setChecked(True)  # the page switches the field on and moves there
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.toggle()
        super().mouseReleaseEvent(event)


class SharedLabelColumn(QObject):
    """Forms put in separate sections (so large type can show them apart) keep one label column, as the one
    form they replace would: every label is as wide as the widest, followed when words or type change."""

    def __init__(self, parent: QWidget, *forms: QFormLayout) -> None:
        super().__init__(parent)
        self.labels: list[QLabel] = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel):
                    self.labels.append(label)
                    label.installEventFilter(self)
        self.align()

    def align(self) -> None:
        widest = max((label.sizeHint().width() for label in self.labels), default=0)
        for label in self.labels:
            label.setMinimumWidth(widest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.align()
        return False
