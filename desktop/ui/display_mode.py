"""Display modes as data, switched live: normal, 适老化 (elderly) and high contrast.

A mode is a set of figures (DOMAIN §4.2, §4.6: body text, key figures, line spacing, smallest target,
fields per wizard page, contrast minimum, whether time limits may apply) and the theme sheets that
draw it. :func:`apply_mode` changes the application font and stylesheet (and palette, where a theme
declares one) while the desk runs; widgets that size things themselves listen to
``mode_notifier(app).mode_changed``. The chosen mode is kept per workstation in ``display.json``
beside the desk's ``desk.json`` (:func:`save_mode`, :func:`load_mode`).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QHelpEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QTextEdit, QToolTip, QWidget, QWizard

from desktop.ui.application import BASE_POINT_SIZE
from desktop.ui.text_spacing import LINE_SPACING_PROPERTY, space_text_view
from desktop.ui.theme import THEME_PROPERTY, load_themes, theme_palette

MODE_FILE = "display.json"
MODE_PROPERTY = "cunbao_display_mode"
NOTIFIER_NAME = "cunbao_mode_notifier"
ELDERLY_AGE = 65  # the issue: suggest 适老化 for residents 65 or older
FITTER_NAME = "cunbao_mode_fitter"
UNTIMED_TOOLTIP_MS = 24 * 3600 * 1000  # no time limits: a tooltip stays until the mouse moves on


class DisplayMode(StrEnum):
    NORMAL = "normal"
    ELDERLY = "elderly"
    HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True)
class ModeFigures:
    body_pt: float  # the application font
    key_figure_pt: float  # amounts and other figures a resident must read (MIIT 1.1: ≥ 30 in elderly mode)
    line_spacing: float  # line distance / the font's height for running text (MIIT 1.2); 1.0: the font's own
    min_target_px: int  # smallest height and width of a control a user clicks (MIIT 2.1; WCAG 2.5.8)
    max_fields_per_page: int | None  # None: no limit beyond the wizard's own design
    text_contrast: float  # minimum text contrast of the mode's colours (WCAG 1.4.3 / 1.4.6)
    time_limits: bool  # False: nothing may time out or lock while the user works (MIIT, DOMAIN §4.6)
    themes: tuple[str, ...]  # sheets in resources/themes, later ones refining earlier ones


FIGURES: dict[DisplayMode, ModeFigures] = {
    DisplayMode.NORMAL: ModeFigures(
        body_pt=BASE_POINT_SIZE,
        key_figure_pt=20,
        line_spacing=1.0,
        min_target_px=24,
        max_fields_per_page=None,
        text_contrast=4.5,
        time_limits=True,
        themes=("default",),
    ),
    DisplayMode.ELDERLY: ModeFigures(
        body_pt=18,
        key_figure_pt=30,
        line_spacing=1.3,
        min_target_px=60,
        max_fields_per_page=5,
        text_contrast=4.5,
        time_limits=False,
        themes=("default", "elderly"),
    ),
    DisplayMode.HIGH_CONTRAST: ModeFigures(
        body_pt=BASE_POINT_SIZE,
        key_figure_pt=20,
        line_spacing=1.0,
        min_target_px=24,
        max_fields_per_page=None,
        text_contrast=7.0,
        time_limits=True,
        themes=("high_contrast",),
    ),
}


def figures(mode: DisplayMode | str) -> ModeFigures:
    return FIGURES[DisplayMode(mode)]


def suggest_elderly(age: int | None) -> bool:
    """Whether to offer 适老化 mode for a resident of this age (65 or older; unknown age: no)."""
    return age is not None and age >= ELDERLY_AGE


class ModeNotifier(QObject):
    """Tells screens that size things themselves (key figures, rich text) that the mode changed."""

    mode_changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        # the palette before any mode touched it (the platform's, on a desktop), for going back to normal
        self.normal_palette = QPalette(app.palette()) if isinstance(app, QApplication) else QPalette()


def mode_notifier(app: QCoreApplication) -> ModeNotifier:
    """The application's one notifier, made on first use and owned by the application."""
    found = app.findChild(ModeNotifier, NOTIFIER_NAME)
    if isinstance(found, ModeNotifier):
        return found
    notifier = ModeNotifier(app)
    notifier.setObjectName(NOTIFIER_NAME)
    return notifier


def _palette(app: QApplication, mode: DisplayMode) -> QPalette:
    palette = QPalette(mode_notifier(app).normal_palette)
    for theme in FIGURES[mode].themes:
        for key, colour in theme_palette(theme).items():
            group, _, role = key.rpartition(":")  # "Text" for every state, "Disabled:Text" for one
            if group:
                palette.setColor(getattr(QPalette.ColorGroup, group), getattr(QPalette.ColorRole, role), QColor(colour))
            else:
                palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def fit_widget(widget: QWidget, mode: DisplayMode) -> None:
    """What a display mode needs of one widget that no style sheet can say: a rich text view gets the mode's
    line spacing (:func:`~desktop.ui.text_spacing.space_text_view`); with no time limits a tooltip stays up
    until the mouse moves on."""
    widget.setToolTipDuration(-1 if FIGURES[mode].time_limits else UNTIMED_TOOLTIP_MS)
    if isinstance(widget, QTextEdit):
        space_text_view(widget)


def _needs_fitting(mode: DisplayMode) -> bool:
    """Whether widgets made while ``mode`` is on need :func:`fit_widget` (the normal look needs nothing)."""
    return FIGURES[mode].line_spacing > 1.0 or not FIGURES[mode].time_limits


class ModeFitter(QObject):
    """Fits each widget made while a mode that needs it is on, as Qt polishes it before it is first shown.

    An application-wide event filter, so it is installed only while such a mode is on (it sees every
    event). Widgets already there are fitted by :func:`apply_mode` itself. A Python QProxyStyle overriding
    ``polish`` would be the natural hook, but it was written under PySide6 6.12, which dropped a reference to
    None on each call (see the pin in pyproject.toml), and this filter needs no Python style in the way.
    """

    def __init__(self, app: QApplication, mode: DisplayMode) -> None:
        super().__init__(app)
        self.setObjectName(FITTER_NAME)
        self.mode = mode
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            fit_widget(watched, self.mode)
        elif event.type() == QEvent.Type.ToolTip and not FIGURES[self.mode].time_limits:
            return _untimed_item_tip(watched, event)
        return False


def _untimed_item_tip(watched: QObject, event: QEvent) -> bool:
    """Show a table's or list's item tooltip with no time limit. Item views show them through their delegate,
    which ignores the widget's tooltip duration, so Qt's own tip would vanish after ten seconds or so."""
    view = watched.parent()
    if not isinstance(view, QAbstractItemView) or view.viewport() is not watched or not isinstance(event, QHelpEvent):
        return False
    index = view.indexAt(event.pos())
    text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
    if not text:
        return False  # Qt hides whatever tip was up
    QToolTip.showText(event.globalPos(), str(text), view.viewport(), view.visualRect(index), UNTIMED_TOOLTIP_MS)
    return True


def _follow_widgets(app: QApplication, mode: DisplayMode) -> None:
    """Fit every widget there is to ``mode`` and leave a fitter for those to come, if the mode needs one."""
    fitter = app.findChild(ModeFitter, FITTER_NAME)
    if isinstance(fitter, ModeFitter):
        app.removeEventFilter(fitter)
        fitter.setParent(None)
        fitter.deleteLater()
    for widget in app.allWidgets():
        fit_widget(widget, mode)
        if isinstance(widget, QWizard):
            # QWizard sizes its header (its own page title and subtitle, sized by the theme sheets) only
            # when the page changes: laid out again here, or the new fonts would be cut
            widget.setTitleFormat(widget.titleFormat())
    if _needs_fitting(mode):
        ModeFitter(app, mode)


def apply_mode(app: QApplication, mode: DisplayMode | str) -> None:
    """Switch the whole application to ``mode`` at once, without a restart."""
    mode = DisplayMode(mode)
    sheet = load_themes(FIGURES[mode].themes)  # first, so a missing sheet changes nothing
    font = QFont(app.font())
    font.setPointSizeF(FIGURES[mode].body_pt)
    # the mode is known before the font and sheet change, so widgets re-laid out by them see its spacing
    app.setProperty(MODE_PROPERTY, str(mode))
    app.setProperty(LINE_SPACING_PROPERTY, FIGURES[mode].line_spacing)
    app.setPalette(_palette(app, mode))
    app.setFont(font)
    app.setStyleSheet(sheet)
    app.setProperty(THEME_PROPERTY, "+".join(FIGURES[mode].themes))
    _follow_widgets(app, mode)
    mode_notifier(app).mode_changed.emit(str(mode))


def time_limits_apply(app: QCoreApplication) -> bool:
    """Whether anything may change the interface on a timer now (a message that goes away, a lock after
    idling); False in 适老化 mode, where nothing changes before the assistant moves on (MIIT, DOMAIN §4.6)."""
    return figures(current_mode(app)).time_limits


def current_mode(app: QCoreApplication) -> DisplayMode:
    value = app.property(MODE_PROPERTY)
    try:
        return DisplayMode(value)
    except ValueError:
        return DisplayMode.NORMAL


def load_mode(data_dir: Path) -> DisplayMode:
    """The mode this workstation last chose; normal when none was saved or the file is unreadable."""
    try:
        raw = json.loads((data_dir / MODE_FILE).read_text(encoding="utf-8"))
        return DisplayMode(raw["mode"])
    except (OSError, ValueError, KeyError, TypeError):
        return DisplayMode.NORMAL


def save_mode(data_dir: Path, mode: DisplayMode | str) -> None:
    """Write atomically, like desk.json, so a power cut leaves the old or the new choice."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".display-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"mode": str(DisplayMode(mode))}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, data_dir / MODE_FILE)


class DisplayMenu(QMenu):
    """The Desk menu's "Display" entries: one checked mode, applied at once and remembered."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("display_menu")
        self._data_dir = data_dir
        self._group = QActionGroup(self)
        self.mode_actions: dict[DisplayMode, QAction] = {}
        app = QApplication.instance()
        chosen = current_mode(app) if app is not None else DisplayMode.NORMAL
        for mode in DisplayMode:
            action = self.addAction("")
            action.setObjectName(f"display_{mode}")
            action.setCheckable(True)
            action.setChecked(mode is chosen)
            action.triggered.connect(lambda _c=False, m=mode: self.choose(m))
            self._group.addAction(action)
            self.mode_actions[mode] = action
        if isinstance(app, QApplication):
            # a switch made elsewhere (the identify page's 大字 offer) moves the tick too
            mode_notifier(app).mode_changed.connect(self._mode_changed)
        self.retranslate_ui()

    def _mode_changed(self, mode: str) -> None:
        try:
            self.mode_actions[DisplayMode(mode)].setChecked(True)
        except ValueError:
            return

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("D&isplay"))
        self.mode_actions[DisplayMode.NORMAL].setText(self.tr("&Normal"))
        self.mode_actions[DisplayMode.ELDERLY].setText(self.tr("&Large type for older residents (适老化)"))
        self.mode_actions[DisplayMode.HIGH_CONTRAST].setText(self.tr("&High contrast"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose(self, mode: DisplayMode) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_mode(app, mode)
        save_mode(self._data_dir, mode)
        self.mode_actions[mode].setChecked(True)
