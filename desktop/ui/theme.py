"""Themes are data: a Qt stylesheet per theme in ``resources/themes/<name>.qss``, applied to the application.

Stylesheets size fonts in points only, so a larger-type theme (or a scaled application font) never
meets a pixel size it cannot move. Widgets opt into the styled roles through the ``role`` property
(``title``, ``heading``, ``hint``, ``problem``, ``count``, ``badge``), set with :func:`set_role`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import resource_dir

DEFAULT_THEME = "default"
THEME_SUFFIX = ".qss"
COLOURS_SUFFIX = ".colors.json"
ROLE_PROPERTY = "role"
THEME_PROPERTY = "cunbao_theme"
W = TypeVar("W", bound=QWidget)


class ThemeNotFoundError(LookupError):
    """No stylesheet of that name ships with Cunbao."""


def available_themes() -> list[str]:
    """The names of the shipped themes, sorted (``default`` first)."""
    folder = resource_dir() / "themes"
    names = sorted(p.stem for p in folder.glob(f"*{THEME_SUFFIX}"))
    return sorted(names, key=lambda n: n != DEFAULT_THEME)


def load_theme(name: str = DEFAULT_THEME) -> str:
    path = resource_dir() / "themes" / f"{name}{THEME_SUFFIX}"
    if not path.is_file():
        raise ThemeNotFoundError(name)
    return path.read_text(encoding="utf-8")


def load_themes(names: Sequence[str]) -> str:
    return "\n".join(load_theme(name) for name in names)


def apply_theme(app: QApplication, name: str = DEFAULT_THEME) -> None:
    """Style the whole application; the name is kept so later screens can ask which theme is on."""
    app.setStyleSheet(load_theme(name))
    app.setProperty(THEME_PROPERTY, name)


def apply_themes(app: QApplication, names: Sequence[str]) -> None:
    """Style the application with several sheets in order, later rules refining earlier ones
    (the elderly sheet only enlarges what the default sheet draws)."""
    app.setStyleSheet(load_themes(names))
    app.setProperty(THEME_PROPERTY, "+".join(names))


def theme_palette(name: str) -> dict[str, str]:
    """The palette a theme sets in its ``<name>.colors.json`` (``QPalette.ColorRole`` name, or ``Group:Role``
    for one state such as ``Disabled:Text``, to ``#rrggbb``), for what a stylesheet does not draw: check
    marks, spin boxes, scroll bars."""
    path = resource_dir() / "themes" / f"{name}{COLOURS_SUFFIX}"
    if not path.is_file():
        return {}
    palette = json.loads(path.read_text(encoding="utf-8")).get("palette", {})
    return {str(role): str(colour) for role, colour in palette.items()}


CHART_ROLES = ("background", "text", "line", "fill", "grid")


def theme_chart(name: str) -> dict[str, str]:
    """The colours a theme gives charts (QtCharts paints them itself, out of reach of style sheets) in its
    ``<name>.colors.json``: ``{"chart": {"background", "text", "line", "fill", "grid"}}``, ``#rrggbb`` each."""
    path = resource_dir() / "themes" / f"{name}{COLOURS_SUFFIX}"
    if not path.is_file():
        return {}
    chart = json.loads(path.read_text(encoding="utf-8")).get("chart", {})
    return {str(role): str(colour) for role, colour in chart.items() if role in CHART_ROLES}


def chart_colours(names: Sequence[str]) -> dict[str, str]:
    """The chart colours of several sheets drawn in order, later ones refining earlier ones."""
    colours: dict[str, str] = {}
    for name in names:
        colours.update(theme_chart(name))
    return colours


def current_themes(app: QApplication) -> list[str]:
    """The sheets the application is drawn with now, in order (``["default", "elderly"]``)."""
    return [name for name in current_theme(app).split("+") if name] or [DEFAULT_THEME]


def current_theme(app: QApplication) -> str:
    value = app.property(THEME_PROPERTY)
    return value if isinstance(value, str) else ""


def set_role(widget: W, role: str) -> W:
    """Mark a widget with a styled role; re-polish so a change after showing takes effect."""
    widget.setProperty(ROLE_PROPERTY, role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget
