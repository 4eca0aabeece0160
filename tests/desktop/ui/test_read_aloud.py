"""Read-aloud keys: espeak-ng writes the reading to a WAV that plays (or the row says there is no loudspeaker),
stop and repeat, the speed, Qt's own engine, the key that says nothing can speak, and audio for the 算得清
sentences of a demo resident and for a review summary."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.i18n import install_translators
from desktop.services.cases import CaseType, Paper
from desktop.services.desk import Desk
from desktop.services.explanation import ExplanationService
from desktop.services.policy import PolicyService
from desktop.services.residents import ResidentProfile, ResidentsService
from desktop.services.speech import speakable, wav_seconds
from desktop.ui.documents.explanation_sheet import explanation_sheet_html
from desktop.ui.documents.html import DeskInfo
from desktop.ui.explain import say
from desktop.ui.operation import run_blocking
from desktop.ui.print_preview import Printable, PrintPanel
from desktop.ui.read_aloud import ESPEAK, SPEEDS, ReadAloudButton, ReadState, available_engine
from desktop.ui.wizards.context import CaseState
from desktop.ui.wizards.pages.review import paper_lines, resident_lines

WAIT_MS = 10_000
SENTENCE = "您每年交 300 元，政府每年补贴 40 元。从 2041 年起，每月大约领 190.52 元。"
HANZI = re.compile(r"[\u4e00-\u9fff]")
DESK = DeskInfo("杨河村", "640423100201", "沙塘镇", "隆德县", "李协办", date(2026, 11, 28))
SOUNDED = (ReadState.PLAYING, ReadState.NO_DEVICE)


def make(qtbot: QtBot, text: str = SENTENCE, engine: str | None = None) -> ReadAloudButton:
    button = ReadAloudButton(lambda: text, engine=engine)
    qtbot.addWidget(button)
    return button


def read_to_file(qtbot: QtBot, button: ReadAloudButton) -> Path:
    """Press read: the WAV is written, then it plays or the row says there is no loudspeaker, without blocking."""
    with qtbot.waitSignal(button.sig_audio_ready, timeout=WAIT_MS) as ready:
        button.play_button.click()
    qtbot.waitUntil(lambda: button.state in SOUNDED, timeout=WAIT_MS)
    return Path(ready.args[0])


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    install_translators(app)


def test_on_linux_espeak_ng_reads_and_qts_engines_without_mandarin_are_passed_over() -> None:
    assert available_engine() == ESPEAK


@pytest.mark.usefixtures("english")
def test_read_writes_the_wav_and_plays_it_or_says_there_is_no_loudspeaker(qtbot: QtBot) -> None:
    button = make(qtbot)
    wav = read_to_file(qtbot, button)
    assert wav_seconds(wav) > 2.0
    assert button.wav_path == wav
    if button.state == ReadState.NO_DEVICE:
        assert button.status.isVisible() or not button.isVisible()
        assert "loudspeaker" in button.status.text()
        assert button.repeat_button.isEnabled()


def test_stop_while_preparing_cancels_the_reading(qtbot: QtBot) -> None:
    button = make(qtbot)
    ready: list[str] = []
    button.sig_audio_ready.connect(ready.append)
    button.play()
    states = [button.state, button.stop_button.isEnabled()]
    button.stop()
    states.append(button.state)
    qtbot.wait(300)
    states.append(button.state)
    assert ready == []
    assert states == [ReadState.PREPARING, True, ReadState.READY, ReadState.READY]


def test_repeat_reuses_the_reading_until_the_speed_changes_and_slow_is_longer(qtbot: QtBot) -> None:
    button = make(qtbot)
    first = read_to_file(qtbot, button)
    ready: list[str] = []
    button.sig_audio_ready.connect(ready.append)
    button.repeat()
    qtbot.waitUntil(lambda: button.state in SOUNDED, timeout=WAIT_MS)
    assert ready == []  # the same text at the same speed: the same recording again
    button.speed_combo.setCurrentIndex(0)
    assert SPEEDS[0][0] < SPEEDS[1][0]
    with qtbot.waitSignal(button.sig_audio_ready, timeout=WAIT_MS) as slow:
        button.repeat_button.click()
    assert wav_seconds(Path(slow.args[0])) > wav_seconds(first) * 1.2


@pytest.mark.usefixtures("english")
def test_nothing_to_read_is_said_in_words(qtbot: QtBot) -> None:
    button = make(qtbot, "  ")
    with qtbot.waitSignal(button.sig_state_changed, timeout=WAIT_MS,
                          check_params_cb=lambda state: state == ReadState.FAILED):
        button.play()
    assert "nothing to read" in button.status.text()


@pytest.mark.usefixtures("english")
def test_without_any_engine_the_key_says_so_and_is_disabled(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    available_engine.cache_clear()
    try:
        assert available_engine() == ""
        button = make(qtbot)
    finally:
        available_engine.cache_clear()
    assert button.state == ReadState.UNAVAILABLE
    assert not button.play_button.isEnabled()
    assert "not available" in button.play_button.text()
    assert "espeak-ng" in button.status.text()
    assert not button.status.isHidden()
    button.play()
    assert button.state == ReadState.UNAVAILABLE


def test_qts_own_engine_speaks_directly_and_stops(qtbot: QtBot) -> None:
    button = make(qtbot, engine="qt:mock")
    with qtbot.waitSignal(button.sig_state_changed, timeout=WAIT_MS,
                          check_params_cb=lambda state: state == ReadState.PLAYING):
        button.play()
    assert button.stop_button.isEnabled()
    button.stop_button.click()
    qtbot.waitUntil(lambda: button.state == ReadState.READY, timeout=WAIT_MS)
    assert button.wav_path is None


def test_every_key_has_a_name_and_the_speed_its_label(qtbot: QtBot) -> None:
    button = make(qtbot)
    for widget in (button.play_button, button.stop_button, button.repeat_button, button.speed_combo):
        assert widget.accessibleName()
        assert widget.objectName()
    assert button.speed_label.buddy() is button.speed_combo
    assert button.speed_combo.currentIndex() == 1


def _demo_resident(desk: Desk, policy: PolicyService) -> ResidentProfile:
    residents = ResidentsService(desk.store, desk.account.username)

    def find() -> ResidentProfile:
        for hit in residents.search("6404", limit=200):
            profile = residents.profile(hit.uuid)
            if profile and 20 <= hit.age <= 55 and not profile.receiving_pension:
                return profile
        raise AssertionError("no resident of working age in the demo")

    return run_blocking(find)


def test_the_explanation_its_sheet_and_a_review_summary_of_a_demo_resident_are_read_into_audio(
    qtbot: QtBot, demo_dir: Path, chinese: None
) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        policy = PolicyService(demo_dir, county="640423")
        profile = _demo_resident(desk, policy)
        service = ExplanationService(policy)
        explained = run_blocking(lambda: service.explain(service.inputs_for(profile).result))  # type: ignore[arg-type]
    finally:
        desk.close()
    explanation = explained.result
    assert explanation is not None, explained.problems
    story = "\n".join(say(s) for s in explanation.sentences)
    review = "\n".join(resident_lines(CaseState(CaseType.ENROLLMENT, resident=profile.summary)) + paper_lines((
        Paper("id_card", True, 1, True, received=True), Paper("hukou_book", True, 1, True, received=False))))
    sheet = explanation_sheet_html(explanation, profile.summary.name, DESK, resident_age=profile.summary.age)
    assert re.fullmatch(r"[a-z0-9A-Z ,.]+", speakable(sheet)), speakable(sheet)  # no markup, no style read out
    panel = PrintPanel([Printable("form", "form", "<p>表</p>"), Printable("explanation", "明白纸", sheet)])
    qtbot.addWidget(panel)
    assert not panel.read_aloud.isHidden()  # the 明白纸 on the print page can be heard before it goes home
    assert panel._explanation_text() == QTextDocumentFragment.fromHtml(sheet).toPlainText()
    panel.set_documents([Printable("form", "form", "<p>表</p>")])
    assert panel.read_aloud.isHidden()
    for text in (story, review, sheet):
        assert len(HANZI.findall(text)) > 10, text  # the resident hears Chinese, not English or codes
        button = make(qtbot, text)
        wav = read_to_file(qtbot, button)
        assert wav_seconds(wav) > len(speakable(text).split()) * 0.1  # a tenth of a second a syllable at least
