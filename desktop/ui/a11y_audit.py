"""Accessibility audit of one window in one display mode (issue 4, "Evidence"): pure inspection.

:func:`audit_window` looks at a shown top-level widget and returns what a screen-reader or keyboard user,
or an older resident, would stumble on; :func:`audit_theme` checks the mode's colour pairs. Checks:

- ``unnamed``: a focusable widget whose accessible name (what ``QAccessible`` reports, so a button's
  text counts) is empty: a screen reader would say only "button" or "edit".
- ``unreachable``: a visible, enabled control that takes focus but that Tab never reaches (it is not in
  the window's focus chain with Tab focus), so a keyboard user cannot get there.
- ``small_text``: a label, button or field whose font is below the mode's body size. Deliberately
  secondary text (the ``hint`` and ``count`` label roles: explanations beside a field, "12 residents")
  may be :data:`SECONDARY_TOLERANCE_PT` smaller: MIIT 1.1 (DOMAIN §4.2) sets 18 pt for the *main*
  text of elderly mode, and DOMAIN §4.6 asks 18 pt for the base font, not for every aside. Nothing
  else may be smaller, and no text at all below :data:`ABSOLUTE_FLOOR_PT`.
- ``small_target``: a button, check box, radio button, combo box, spin box or field lower than the
  mode's ``min_target_px`` (MIIT 2.1: 60 px in elderly mode; WCAG 2.5.8 24 px otherwise).
- ``weak_contrast``: a colour pair the mode's sheets paint below its minimum (WCAG 1.4.3/1.4.6/1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.ui.contrast import weak_theme_pairs
from desktop.ui.display_mode import FIGURES, DisplayMode

SECONDARY_ROLES = frozenset({"hint", "count"})
SECONDARY_TOLERANCE_PT = 2.0  # a hint may be 16 pt beside 18 pt body text, 10 pt beside 12 pt
ABSOLUTE_FLOOR_PT = 9.0  # below this no one at the desk reads it, whatever its role
_ROUNDING_PT = 0.05  # point sizes from pixel sizes round; a hair below is the same size

# controls a user operates: each must be reachable by Tab and large enough to hit
_CONTROLS: tuple[type[QWidget], ...] = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit,
                                        QPlainTextEdit, QAbstractItemView, QAbstractSlider, QTabBar)
# controls whose height is a click target (lists and text areas are large by nature)
_TARGETS: tuple[type[QWidget], ...] = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox)
_TEXTS: tuple[type[QWidget], ...] = (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox,
                                     QTextEdit, QPlainTextEdit)


class Check(StrEnum):
    UNNAMED = "unnamed"
    UNREACHABLE = "unreachable"
    SMALL_TEXT = "small_text"
    SMALL_TARGET = "small_target"
    WEAK_CONTRAST = "weak_contrast"


@dataclass(frozen=True)
class Finding:
    check: Check
    widget: str  # the widget's objectName, or its class when it has none; the pair's place for contrast
    detail: str  # what was measured, for the person fixing it


def _label(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _is_internal(widget: QWidget) -> bool:
    """Qt's own parts of a composite control (a spin box's editor, a combo's line edit, a field's clear
    button, which only repeats what Delete does) and widgets that hand their focus to another (a chart's
    viewport): the control they belong to carries the name, the focus and the size."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit) or widget.focusProxy() is not None


def window_widgets(top: QWidget) -> list[QWidget]:
    """The widgets of ``top``'s own window that are visible in it (popups and other windows excluded)."""
    found = [top, *top.findChildren(QWidget)]
    return [w for w in found if w.window() is top and (w is top or w.isVisibleTo(top)) and not _is_internal(w)]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _takes_focus(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled()


def _unnamed(widgets: list[QWidget]) -> list[Finding]:
    return [Finding(Check.UNNAMED, _label(w), type(w).__name__) for w in widgets
            if _takes_focus(w) and not accessible_name(w)]


def tab_chain(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, from the first one that takes Tab focus."""
    members: list[QWidget] = []
    start = top
    current = top.nextInFocusChain()
    seen = {id(start)}
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        members.append(current)
        current = current.nextInFocusChain()
    return [w for w in [top, *members] if bool(w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
            and w.isEnabled() and w.window() is top and (w is top or w.isVisibleTo(top))]


def exclusive_peers(button: QAbstractButton) -> list[QAbstractButton]:
    """The buttons one Tab stop stands for: Qt keeps only one radio button of an exclusive group in the
    tab chain (the checked or last focused one) and the arrow keys move within the group."""
    if not button.isCheckable():
        return []
    group = button.group()
    if group is not None:
        return group.buttons() if group.exclusive() else []
    parent = button.parentWidget()
    if not button.autoExclusive() or parent is None:
        return []
    return [b for b in parent.findChildren(QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if b.autoExclusive() and b.isCheckable()]


def _unreachable(top: QWidget, widgets: list[QWidget]) -> list[Finding]:
    reachable = {id(w) for w in tab_chain(top)}
    for button in [w for w in widgets if isinstance(w, QAbstractButton)]:
        if any(id(peer) in reachable for peer in exclusive_peers(button)):
            reachable.add(id(button))
    return [Finding(Check.UNREACHABLE, _label(w), f"{type(w).__name__} focus policy {w.focusPolicy().name}")
            for w in widgets if isinstance(w, _CONTROLS) and _takes_focus(w) and id(w) not in reachable]


def point_size(font: QFont, widget: QWidget) -> float:
    """The font's size in points, also when a sheet gave it in pixels."""
    size = font.pointSizeF()
    if size > 0:
        return size
    return font.pixelSize() * 72.0 / max(widget.logicalDpiY(), 1)


def smallest_allowed_pt(widget: QWidget, mode: DisplayMode) -> float:
    body = FIGURES[mode].body_pt
    if isinstance(widget, QLabel) and widget.property("role") in SECONDARY_ROLES:
        return max(body - SECONDARY_TOLERANCE_PT, ABSOLUTE_FLOOR_PT)
    return body


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel | QAbstractButton):
        return bool(widget.text().strip())
    return True  # a field shows what the user types


def _small_text(widgets: list[QWidget], mode: DisplayMode) -> list[Finding]:
    findings = []
    for widget in widgets:
        if not isinstance(widget, _TEXTS) or not _has_text(widget):
            continue
        size, allowed = point_size(widget.font(), widget), smallest_allowed_pt(widget, mode)
        if size < allowed - _ROUNDING_PT:
            findings.append(Finding(Check.SMALL_TEXT, _label(widget), f"{size:g} pt < {allowed:g} pt"))
    return findings


def _small_targets(widgets: list[QWidget], mode: DisplayMode) -> list[Finding]:
    minimum = FIGURES[mode].min_target_px
    return [Finding(Check.SMALL_TARGET, _label(w), f"{type(w).__name__} {w.height()} px < {minimum} px")
            for w in widgets if isinstance(w, _TARGETS) and w.isEnabled() and w.height() < minimum]


def audit_window(top: QWidget, mode: DisplayMode) -> list[Finding]:
    """Everything wrong with the shown window ``top`` in ``mode`` (the mode must already be applied)."""
    widgets = window_widgets(top)
    return [*_unnamed(widgets), *_unreachable(top, widgets), *_small_text(widgets, mode),
            *_small_targets(widgets, mode)]


def audit_theme(mode: DisplayMode) -> list[Finding]:
    """The colour pairs of the mode's sheets below their contrast minimum."""
    figures = FIGURES[mode]
    return [Finding(Check.WEAK_CONTRAST, pair.where or f"{pair.fg} on {pair.bg}",
                    f"{pair.kind} {pair.fg} on {pair.bg} {pair.ratio:.2f}:1")
            for pair in weak_theme_pairs(figures.themes, figures.text_contrast)]


def audit(top: QWidget, mode: DisplayMode) -> list[Finding]:
    """The window's findings and the theme's, for one shown window in one applied mode."""
    return [*audit_window(top, mode), *audit_theme(mode)]
