"""WCAG contrast computed from the themes' own colour data; every shipped theme meets its mode's minimum."""

from __future__ import annotations

import pytest

from desktop.ui.contrast import (
    ColourPair,
    PairKind,
    contrast_ratio,
    load_pairs,
    parse_colour,
    relative_luminance,
    sheet_colours,
    undeclared_colours,
    weak_pairs,
    weak_theme_pairs,
)
from desktop.ui.display_mode import FIGURES, DisplayMode
from desktop.ui.theme import available_themes


def test_known_ratios_match_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777", "#fff") == pytest.approx(4.48, abs=0.005)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#ffff00", "#000000") == pytest.approx(19.56, abs=0.01)


def test_ratio_is_symmetric_and_luminance_spans_zero_to_one() -> None:
    assert contrast_ratio("#2d6a5f", "#f6f7f4") == pytest.approx(contrast_ratio("#f6f7f4", "#2d6a5f"))
    assert relative_luminance("#000") == 0.0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)


def test_short_and_long_hex_agree_and_nonsense_is_refused() -> None:
    assert parse_colour("#abc") == parse_colour("#aabbcc") == (0xAA, 0xBB, 0xCC)
    for bad in ("red", "#12345", "123456", "#gggggg"):
        with pytest.raises(ValueError, match="colour"):
            parse_colour(bad)


def test_weak_pairs_holds_text_and_non_text_to_their_own_minimum() -> None:
    grey_text = ColourPair("#777777", "#ffffff", PairKind.TEXT)  # 4.48
    grey_border = ColourPair("#777777", "#ffffff", PairKind.NON_TEXT)
    pale_border = ColourPair("#cccccc", "#ffffff", PairKind.NON_TEXT)  # 1.6
    pale_disabled = ColourPair("#cccccc", "#ffffff", PairKind.DISABLED)
    black = ColourPair("#000000", "#ffffff", PairKind.TEXT)
    pairs = [grey_text, grey_border, pale_border, pale_disabled, black]
    assert weak_pairs(pairs, 4.5) == [grey_text, pale_border]
    assert weak_pairs(pairs, 4.4) == [pale_border]
    assert weak_pairs(pairs, 7.0, non_text_minimum=1.5) == [grey_text]


@pytest.mark.parametrize("mode", list(DisplayMode))
def test_every_mode_meets_its_contrast_minimum(mode: DisplayMode) -> None:
    figures = FIGURES[mode]
    assert [p for theme in figures.themes for p in load_pairs(theme)], "a mode checks no colours at all"
    weak = weak_theme_pairs(figures.themes, figures.text_contrast)
    assert weak == [], [f"{p.fg} on {p.bg} ({p.where}): {p.ratio:.2f}" for p in weak]


def test_high_contrast_text_is_at_least_seven_to_one() -> None:
    assert FIGURES[DisplayMode.HIGH_CONTRAST].text_contrast >= 7.0
    text = [p for p in load_pairs("high_contrast") if p.kind is PairKind.TEXT]
    assert text
    assert min(p.ratio for p in text) >= 7.0


@pytest.mark.parametrize("theme", available_themes())
def test_every_colour_a_theme_paints_is_declared_and_checked(theme: str) -> None:
    assert undeclared_colours(theme) == set()


def test_a_colour_added_to_a_sheet_is_caught() -> None:
    sheet = "QLabel { color: #ABC; } /* #123456 in a comment is not painted */ QWidget { background: #00ff00; }"
    assert sheet_colours(sheet) == {"#aabbcc", "#00ff00"}
