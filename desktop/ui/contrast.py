"""WCAG 2.1 contrast of a theme's colours, computed from data the theme ships.

Each theme ``resources/themes/<name>.qss`` declares the colour pairs it paints in a sidecar
``<name>.colors.json``: ``{"pairs": [{"fg": "#rrggbb", "bg": "#rrggbb", "kind": ..., "where": "..."}],
"palette": {...}}``. Kinds: ``text`` (text on a background, WCAG 1.4.3 / 1.4.6), ``non-text`` (a field
border or focus mark a user must see, WCAG 1.4.11), ``disabled`` (inactive controls, which WCAG exempts)
and ``decorative`` (panel edges and grid lines no one needs to find a control). Every colour a sheet or
its palette or its charts paint must appear in some pair, so a colour added without being checked is caught
(:func:`undeclared_colours`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.paths import resource_dir
from desktop.ui.theme import COLOURS_SUFFIX, load_theme, theme_chart, theme_palette

NON_TEXT_MINIMUM = 3.0  # WCAG 1.4.11
_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


class PairKind(StrEnum):
    TEXT = "text"
    NON_TEXT = "non-text"
    DISABLED = "disabled"  # text of an inactive control: WCAG 1.4.3 sets no minimum
    DECORATIVE = "decorative"  # separators and panel edges no one needs to find a control (WCAG 1.4.11)


@dataclass(frozen=True)
class ColourPair:
    fg: str
    bg: str
    kind: PairKind
    where: str = ""

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.fg, self.bg)


def parse_colour(text: str) -> tuple[int, int, int]:
    """``#rgb`` or ``#rrggbb`` to its 0-255 channels."""
    if not _HEX.fullmatch(text.strip()):
        raise ValueError(f"not a #rgb or #rrggbb colour: {text!r}")
    digits = text.strip()[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4  # WCAG 2.1 uses 0.04045 (sRGB)


def relative_luminance(colour: str) -> float:
    r, g, b = (_linear(c) for c in parse_colour(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter; 1.0 to 21.0, symmetric."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def colours_path(theme: str) -> Path:
    return resource_dir() / "themes" / f"{theme}{COLOURS_SUFFIX}"


def load_pairs(theme: str) -> list[ColourPair]:
    """The colour pairs a theme declares; a theme that declares none has none (it adds no colours)."""
    path = colours_path(theme)
    if not path.is_file():
        return []
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [ColourPair(str(p["fg"]).lower(), str(p["bg"]).lower(), PairKind(p["kind"]), str(p.get("where", "")))
            for p in raw["pairs"]]


def weak_pairs(pairs: list[ColourPair], text_minimum: float,
               non_text_minimum: float = NON_TEXT_MINIMUM) -> list[ColourPair]:
    """The pairs below their minimum: text below ``text_minimum``, non-text below ``non_text_minimum``."""
    minimum = {PairKind.TEXT: text_minimum, PairKind.NON_TEXT: non_text_minimum}
    return [p for p in pairs if p.kind in minimum and p.ratio < minimum[p.kind]]


def _normal(colour: str) -> str:
    r, g, b = parse_colour(colour)
    return f"#{r:02x}{g:02x}{b:02x}"


def sheet_colours(sheet: str) -> set[str]:
    """Every ``#rgb``/``#rrggbb`` colour a stylesheet uses outside its comments, as ``#rrggbb``."""
    return {_normal(c) for c in _HEX.findall(_COMMENT.sub("", sheet))}


def theme_colours(theme: str) -> set[str]:
    """Every colour a theme paints: its sheet's, its palette's and its charts'."""
    painted = {*theme_palette(theme).values(), *theme_chart(theme).values()}
    return sheet_colours(load_theme(theme)) | {_normal(c) for c in painted}


def undeclared_colours(theme: str) -> set[str]:
    """Colours a theme paints that none of its declared pairs checks."""
    declared = {_normal(c) for p in load_pairs(theme) for c in (p.fg, p.bg)}
    return theme_colours(theme) - declared


def weak_theme_pairs(themes: Sequence[str], text_minimum: float) -> list[ColourPair]:
    """The pairs below their minimum over the sheets a display mode draws with."""
    return weak_pairs([p for theme in themes for p in load_pairs(theme)], text_minimum)
