"""Captions: pages cut between sentences, when each page is read, who may see what, the default for a resident,
the sizes, a reading's pages published in order and taken away, and the assistant's caption panel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from uuid import uuid4

import pytest
import shiboken6
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.disability import DisabilityCategory
from desktop.ui import captions
from desktop.ui.caption_panel import PHRASES, CaptionPanel, open_caption_panel, phrase_text
from desktop.ui.captions import (
    ASSISTANT,
    Caption,
    CaptionReader,
    CaptionSource,
    caption_bus,
    caption_min_pt,
    caption_pages,
    caption_points,
    captions_by_default,
    may_show,
    page_at,
    page_starts,
    plain_text,
)
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.read_aloud import ReadAloudButton, ReadState

WAIT_MS = 10_000
SUMMARY = ("马秀英，女，1981年5月3日出生。\n身份证号 6404**********0367\n"
           "您每年交 300 元，政府每年补贴 40 元。从 2041 年起，每月大约领 190.52 元，"
           "这个钱一直领到老，每个月都按时打到您的社保卡上。\n还缺：户口簿")
SPACE = re.compile(r"\s+")

chinese_text = st.text(alphabet=st.sampled_from(list("您每年交元政府补贴从起月大约领。，、：！？；\n 0123456789*")),
                       max_size=300)


def squeezed(text: str) -> str:
    return SPACE.sub("", text)


@pytest.fixture
def published() -> Iterator[list[Caption]]:
    """Every caption the bus carries while the test runs."""
    seen: list[Caption] = []
    bus = caption_bus()
    bus.sig_caption.connect(seen.append)
    yield seen
    bus.sig_caption.disconnect(seen.append)


# -- pages ---------------------------------------------------------------------------------------------------

@given(chinese_text, st.integers(min_value=8, max_value=60))
def test_pages_keep_every_word_in_order_and_none_is_longer_than_the_limit(text: str, limit: int) -> None:
    pages = caption_pages(text, limit)
    assert squeezed("".join(pages)) == squeezed(text)
    assert all(0 < len(page) <= limit for page in pages)


def test_pages_are_cut_between_sentences_and_short_lines_share_a_page() -> None:
    assert caption_pages(SUMMARY, 48) == (
        "马秀英，女，1981年5月3日出生。\n身份证号 6404**********0367",
        "您每年交 300 元，政府每年补贴 40 元。",  # the next sentence is too long to join it: cut at its commas
        "从 2041 年起，每月大约领 190.52 元，这个钱一直领到老，",
        "每个月都按时打到您的社保卡上。\n还缺：户口簿")
    assert caption_pages(SUMMARY, 40)[:2] == ("马秀英，女，1981年5月3日出生。", "身份证号 6404**********0367")


def test_markup_is_not_captioned() -> None:
    assert plain_text("<p>您好</p><p>请<b>签字</b></p>") == "您好\n请签字"
    assert caption_pages("   \n  ") == ()


@given(st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=20),
       st.integers(min_value=1_000, max_value=600_000))
def test_each_page_starts_in_turn_in_proportion_to_its_length(weights: list[int], duration: int) -> None:
    starts = page_starts(weights, duration)
    assert starts[0] == 0
    assert starts == sorted(starts)
    assert all(start < duration for start in starts)
    assert page_at(starts, 0) == 0
    assert page_at(starts, duration) == len(weights) - 1
    for number, start in enumerate(starts):
        if number + 1 == len(starts) or starts[number + 1] > start:
            assert page_at(starts, start) == number


# -- who sees what, and how large ------------------------------------------------------------------------------

def test_a_reading_shows_only_to_its_own_resident_and_the_assistants_words_to_anyone() -> None:
    mine, other = uuid4(), uuid4()
    reading = Caption("您每年交 300 元。", "read_aloud:1", CaptionSource.READ_ALOUD, mine)
    general = Caption("请看屏幕。", "read_aloud:2", CaptionSource.READ_ALOUD, None)
    said = Caption("请稍等。", ASSISTANT, CaptionSource.ASSISTANT)
    assert may_show(reading, mine, True)
    assert not may_show(reading, other, True)
    assert not may_show(reading, None, True)  # the welcome screen shows nobody's words
    assert not may_show(reading, mine, False)  # captions switched off
    assert may_show(general, None, True)
    assert not may_show(general, mine, True)  # whose words these are is not known: not on a resident's screen
    assert may_show(said, mine, False)
    assert may_show(said, None, True)
    assert not may_show(Caption("", ASSISTANT, CaptionSource.ASSISTANT), None, True)


@pytest.mark.parametrize(("age", "categories", "wanted"), [
    (40, [DisabilityCategory.HEARING], True),
    (40, [DisabilityCategory.SPEECH], True),
    (40, [DisabilityCategory.MULTIPLE], True),
    (40, [DisabilityCategory.VISION, DisabilityCategory.PHYSICAL], False),
    (40, [], False),
    (64, [], False),
    (65, [], True),
    (None, [], False),
])
def test_readings_are_captioned_without_asking_for_hearing_certificates_and_the_old(
        age: int | None, categories: list[int], wanted: bool) -> None:
    assert captions_by_default(age, categories) is wanted


def test_captions_are_at_least_30_points_and_larger_in_elderly_mode() -> None:
    assert caption_min_pt(DisplayMode.NORMAL) >= 30
    assert caption_min_pt(DisplayMode.HIGH_CONTRAST) >= 30
    assert caption_min_pt(DisplayMode.ELDERLY) > caption_min_pt(DisplayMode.NORMAL)
    assert caption_points(DisplayMode.NORMAL, 12) >= caption_min_pt(DisplayMode.NORMAL)
    assert caption_points(DisplayMode.ELDERLY, 18) >= caption_min_pt(DisplayMode.ELDERLY)
    assert caption_points(DisplayMode.ELDERLY, 18) > caption_points(DisplayMode.NORMAL, 12)


def test_the_application_has_one_bus() -> None:
    assert caption_bus() is caption_bus(QApplication.instance())


# -- a reading's pages ----------------------------------------------------------------------------------------

def test_a_silent_reading_steps_through_its_pages_then_lingers_and_goes(
        qtbot: QtBot, published: list[Caption], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(captions, "LINGER_MS", 50)
    reader = CaptionReader()
    resident = uuid4()
    pages = reader.begin(SUMMARY, resident)
    assert published == []  # nothing shows before the reading starts
    reader.run_silently(400)
    qtbot.waitUntil(lambda: bool(published) and published[-1].clears, timeout=WAIT_MS)
    shown = [c for c in published if not c.clears]
    assert [c.text for c in shown] == list(pages)
    assert [c.page for c in shown] == list(range(len(pages)))
    assert {(c.pages, c.resident_uuid, c.publisher) for c in shown} == {(len(pages), resident, reader.publisher)}
    assert published[-1].publisher == reader.publisher


def test_in_elderly_mode_the_last_words_stay_until_the_next_reading_or_stop(
        qtbot: QtBot, published: list[Caption], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(captions, "LINGER_MS", 50)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_mode(app, DisplayMode.ELDERLY)
    try:
        reader = CaptionReader()
        pages = reader.begin(SUMMARY, None)
        reader.run_silently(200)
        qtbot.waitUntil(lambda: len([c for c in published if not c.clears]) == len(pages), timeout=WAIT_MS)
        qtbot.wait(300)  # well past the linger a timed mode would give
        assert not published[-1].clears
        assert published[-1].text == pages[-1]
        reader.stop()
        assert published[-1].clears
    finally:
        apply_mode(app, DisplayMode.NORMAL)


def test_stop_takes_the_words_away_and_a_new_reading_starts_from_the_first_page(published: list[Caption]) -> None:
    reader = CaptionReader()
    reader.begin(SUMMARY, None)
    reader.at_position(0, 60_000)
    reader.at_position(59_999, 60_000)
    assert [c.page for c in published] == [0, len(reader.pages) - 1]
    reader.stop()
    assert published[-1] == Caption("", reader.publisher)
    reader.begin(SUMMARY, None)
    reader.at_position(0, 60_000)
    assert published[-1].page == 0
    assert published[-1].text == reader.pages[0]


def test_a_reading_whose_window_closes_takes_its_words_along(published: list[Caption]) -> None:
    host = QWidget()
    reader = CaptionReader(host)
    reader.begin(SUMMARY, None)
    reader.at_page(0)
    publisher = reader.publisher
    shiboken6.delete(host)
    assert published[-1] == Caption("", publisher)


def test_qts_engine_is_captioned_page_by_page_as_it_says_them(qtbot: QtBot, published: list[Caption]) -> None:
    button = ReadAloudButton(lambda: SUMMARY, engine="qt:mock")
    qtbot.addWidget(button)
    button.play()
    pages = button.captions.pages
    qtbot.waitUntil(lambda: len([c for c in published if not c.clears]) == len(pages), timeout=WAIT_MS)
    assert [c.text for c in published] == list(pages)
    qtbot.waitUntil(lambda: button.state == ReadState.READY, timeout=WAIT_MS)
    button.repeat()  # repeat shows the words again from the first page
    qtbot.waitUntil(lambda: published[-1].page == 0 and published[-1].text == pages[0], timeout=WAIT_MS)
    button.stop()
    assert published[-1] == Caption("", button.captions.publisher)


def test_espeak_with_no_loudspeaker_still_captions_the_reading(qtbot: QtBot, published: list[Caption]) -> None:
    button = ReadAloudButton(lambda: SUMMARY, resident_provider=lambda: None)
    qtbot.addWidget(button)
    with qtbot.waitSignal(button.sig_audio_ready, timeout=WAIT_MS):
        button.play()
    qtbot.waitUntil(lambda: bool(published), timeout=WAIT_MS)
    assert published[0].text == caption_pages(SUMMARY)[0]
    if button.state == ReadState.NO_DEVICE:
        assert button.stop_button.isEnabled()
    button.stop_button.click()
    assert published[-1].clears


# -- the assistant's panel -------------------------------------------------------------------------------------

@pytest.fixture
def panel(qtbot: QtBot) -> CaptionPanel:
    shown = open_caption_panel()
    qtbot.addWidget(shown)
    return shown


def test_a_phrase_is_shown_with_one_press(panel: CaptionPanel, published: list[Caption]) -> None:
    for key, words in PHRASES:
        panel.phrase_buttons[key].click()
        assert published[-1] == Caption(phrase_text(words), ASSISTANT, CaptionSource.ASSISTANT)
    assert len({words for _key, words in PHRASES}) == len(PHRASES) >= 5


def test_typed_words_are_shown_on_enter_and_escape_takes_them_away(qtbot: QtBot, panel: CaptionPanel,
                                                                   published: list[Caption]) -> None:
    panel.words_edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("请把社保卡给我")
    QApplication.sendEvent(panel.words_edit, event)
    QTest.keyClick(panel.words_edit, Qt.Key.Key_Return)
    assert published[-1] == Caption("请把社保卡给我", ASSISTANT, CaptionSource.ASSISTANT)
    assert "请把社保卡给我" in panel.status.text()
    QTest.keyClick(panel.words_edit, Qt.Key.Key_Escape)
    assert published[-1] == Caption("", "")
    assert panel.words_edit.text() == ""
    count = len(published)
    QTest.keyClick(panel.words_edit, Qt.Key.Key_Return)  # nothing typed: nothing sent
    assert len(published) == count


def test_the_panel_is_one_per_window_and_every_control_is_named(qtbot: QtBot, panel: CaptionPanel) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    first = open_caption_panel(owner)
    assert first.parentWidget() is owner
    assert first.isWindow()
    assert open_caption_panel(owner) is first
    assert panel.words_label.buddy() is panel.words_edit
    for widget in (panel.words_edit, panel.send_button, panel.clear_button, *panel.phrase_buttons.values()):
        assert widget.accessibleName()
        assert widget.objectName()
