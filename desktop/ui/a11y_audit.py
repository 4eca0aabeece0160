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
- ``unlabelled``: an input field (editable line edit, combo box, spin or date box, text edit) with no label
  for it: no QLabel whose buddy it is and no QFormLayout label beside it. ``no_mnemonic``: its label has no
  ``&`` key, so Alt+key cannot reach it. ``mnemonic_clash``: another label or button of the window uses the
  same key, so Alt+key only cycles between them.
- ``tab_order``: Tab moves to a control that is clearly earlier in reading order than the one before it
  (on an earlier line and not the top of a next column, or left of it on the same line).
- ``too_many_fields``: in a mode with a limit (适老化: five), a wizard page showing more fields at once
  (``desktop.ui.wizards.layout.count_fields``: a radio group counts once).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from desktop.ui.contrast import weak_theme_pairs
from desktop.ui.display_mode import FIGURES, DisplayMode
from desktop.ui.wizards.layout import count_fields, is_field

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
    UNLABELLED = "unlabelled"
    NO_MNEMONIC = "no_mnemonic"
    MNEMONIC_CLASH = "mnemonic_clash"
    TAB_ORDER = "tab_order"
    TOO_MANY_FIELDS = "too_many_fields"


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


def mnemonic(text: str) -> str:
    """The Alt key of a label's or button's text ("&Name" → "n"; "&&" is a plain ampersand), or ""."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return ""


def input_fields(widgets: list[QWidget]) -> list[QWidget]:
    """The fields typed or chosen in that a label must name (check boxes and radio buttons carry their own)."""
    return [w for w in widgets if is_field(w) and not isinstance(w, QCheckBox | QRadioButton)]


def field_labels(top: QWidget, widgets: list[QWidget]) -> dict[int, QLabel]:
    """Each labelled field's label, by id(field): a shown QLabel with it as buddy, else its form row's label."""
    labels: dict[int, QLabel] = {}
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_widget = field_item.widget() if field_item else None
            label_widget = label_item.widget() if label_item else None
            if field_widget is not None and isinstance(label_widget, QLabel) and label_widget.isVisibleTo(top):
                labels[id(field_widget)] = label_widget
    for shown in [w for w in widgets if isinstance(w, QLabel)]:
        buddy = shown.buddy()
        if buddy is not None:
            labels[id(buddy)] = shown  # a buddy is what Alt+key reaches: it wins over a form's label
    return labels


def _labels_and_keys(top: QWidget, widgets: list[QWidget]) -> list[Finding]:
    labels = field_labels(top, widgets)
    keys: dict[str, list[QWidget]] = {}
    for widget in widgets:
        text = widget.text() if isinstance(widget, QAbstractButton) else \
            widget.text() if isinstance(widget, QLabel) and widget.buddy() is not None else ""
        if key := mnemonic(text):
            keys.setdefault(key, []).append(widget)
    findings = []
    for field in input_fields(widgets):
        label = labels.get(id(field))
        if label is None:
            findings.append(Finding(Check.UNLABELLED, _label(field), type(field).__name__))
            continue
        key = mnemonic(label.text())
        if not key or label.buddy() is not field:
            findings.append(Finding(Check.NO_MNEMONIC, _label(field), f"label {label.text()!r}"))
        elif len(keys.get(key, [])) > 1:
            others = ", ".join(_label(w) for w in keys[key] if w is not label)
            findings.append(Finding(Check.MNEMONIC_CLASH, _label(field), f"Alt+{key.upper()} also on {others}"))
    return findings


TAB_TOLERANCE_PX = 8  # edges of controls on one line rarely line up exactly


def _scrolled_content(widget: QWidget) -> QWidget | None:
    """The content widget of the innermost scroll area ``widget`` is in (None outside scroll areas)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return child
        child, parent = parent, parent.parentWidget()
    return None


def _place(widget: QWidget, top: QWidget) -> QRect:
    """Where the widget reads in ``top``: scrolled out of sight above or below, it reads at that edge of its
    scroll area (Tab scrolls it into view there)."""
    place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    content = _scrolled_content(widget)
    if content is None:
        return place
    viewport = content.parentWidget()
    assert viewport is not None
    seen = QRect(viewport.mapTo(top, QPoint(0, 0)), viewport.size())
    top_edge = min(max(place.top(), seen.top()), seen.bottom())
    bottom_edge = max(min(place.bottom(), seen.bottom()), top_edge)
    return QRect(QPoint(place.left(), top_edge), QPoint(place.right(), bottom_edge))


def _pair_places(before: QWidget, after: QWidget, top: QWidget) -> tuple[QRect, QRect]:
    """Two controls in one scroll area compare where they are in its content, seen or not; others as shown."""
    content = _scrolled_content(before)
    if content is not None and content is _scrolled_content(after):
        return (QRect(before.mapTo(content, QPoint(0, 0)), before.size()),
                QRect(after.mapTo(content, QPoint(0, 0)), after.size()))
    return _place(before, top), _place(after, top)


def goes_back(before: QRect, after: QRect, tolerance: int = TAB_TOLERANCE_PX) -> bool:
    """Whether ``after`` is clearly earlier in reading order (left to right, top to bottom) than ``before``.

    Earlier: wholly above it and not the top of a next column (which starts right of it), or on the same line
    and wholly left of it. Overlaps within the tolerance count as the same place."""
    above = after.bottom() < before.top() - tolerance
    next_column = after.left() >= before.right() - tolerance
    same_line = after.top() < before.bottom() - tolerance and before.top() < after.bottom() - tolerance
    left = after.left() < before.left() - tolerance and after.right() <= before.left() + tolerance
    return (above and not next_column) or (same_line and left and not above)


def reading_start(places: list[QRect], tolerance: int = TAB_TOLERANCE_PX) -> int:
    """The index of the place read first: the leftmost of those beside the topmost one."""
    topmost = min(places, key=lambda place: place.top())
    first_line = [i for i, place in enumerate(places) if place.top() < topmost.bottom() - tolerance]
    return min(first_line, key=lambda i: places[i].left())


def _tab_order(top: QWidget) -> list[Finding]:
    """Tab's circle read from the control a reader starts at (a wizard's chain begins at its buttons, below)."""
    chain = [w for w in tab_chain(top) if w is not top and not _is_internal(w)]
    if len(chain) < 2:
        return []
    places = [_place(w, top) for w in chain]
    start = reading_start(places)
    order = list(range(start, len(chain))) + list(range(start))
    return [Finding(Check.TAB_ORDER, _label(chain[after]), f"after {_label(chain[before])}")
            for before, after in pairwise(order) if goes_back(*_pair_places(chain[before], chain[after], top))]


def _too_many_fields(top: QWidget, widgets: list[QWidget], mode: DisplayMode) -> list[Finding]:
    limit = FIGURES[mode].max_fields_per_page
    page = top.currentPage() if isinstance(top, QWizard) else None
    if limit is None or page is None:
        return []
    shown = count_fields(w for w in widgets if is_field(w) and page.isAncestorOf(w))
    return [Finding(Check.TOO_MANY_FIELDS, _label(page), f"{shown} fields > {limit}")] if shown > limit else []


def audit_window(top: QWidget, mode: DisplayMode) -> list[Finding]:
    """Everything wrong with the shown window ``top`` in ``mode`` (the mode must already be applied)."""
    widgets = window_widgets(top)
    return [*_unnamed(widgets), *_unreachable(top, widgets), *_small_text(widgets, mode),
            *_small_targets(widgets, mode), *_labels_and_keys(top, widgets), *_tab_order(top),
            *_too_many_fields(top, widgets, mode)]


def audit_theme(mode: DisplayMode) -> list[Finding]:
    """The colour pairs of the mode's sheets below their contrast minimum."""
    figures = FIGURES[mode]
    return [Finding(Check.WEAK_CONTRAST, pair.where or f"{pair.fg} on {pair.bg}",
                    f"{pair.kind} {pair.fg} on {pair.bg} {pair.ratio:.2f}:1")
            for pair in weak_theme_pairs(figures.themes, figures.text_contrast)]


def audit(top: QWidget, mode: DisplayMode) -> list[Finding]:
    """The window's findings and the theme's, for one shown window in one applied mode."""
    return [*audit_window(top, mode), *audit_theme(mode)]
