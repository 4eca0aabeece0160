"""Read-aloud without Qt: Chinese into pinyin the cmn-latn-pinyin voice reads, and the real espeak-ng into WAV."""

from __future__ import annotations

import re
import stat
import wave
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.progress import Cancelled, Progress
from desktop.services import speech
from desktop.services.errors import ServiceError
from desktop.services.speech import (
    SpeechProblem,
    engine_available,
    integer_words,
    readable,
    speakable,
    synthesize,
    wav_seconds,
)

SENTENCE = "您每年交 193.86 元，政府每年补贴 30 元。"
# what the voice can be handed: pinyin with a tone digit, capital letters (read by name), pauses
SPEAKABLE = re.compile(r"(?:[a-zü]+[1-5]|[a-z]+|[A-Z])(?:[,.]? (?:[a-zü]+[1-5]|[a-z]+|[A-Z]))*")


@pytest.mark.parametrize(("number", "words"), [
    (0, "零"), (7, "七"), (10, "十"), (15, "十五"), (20, "二十"), (105, "一百零五"), (110, "一百一十"),
    (193, "一百九十三"), (1005, "一千零五"), (1050, "一千零五十"), (2026, "二千零二十六"), (10005, "一万零五"),
    (120000, "十二万"), (100010, "十万零一十"), (30000500, "三千万零五百"),
])
def test_whole_numbers_are_said_in_chinese_words(number: int, words: str) -> None:
    assert integer_words(number) == words


def test_money_is_read_as_an_amount_with_the_fen_digit_by_digit() -> None:
    assert speakable("193.86 元") == "yi4 bai3 jiu3 shi2 san1 dian3 ba1 liu4 yuan2"
    assert speakable("¥1,200") == speakable("1200元")
    assert speakable("1200元").endswith("qian1 er4 bai3 yuan2")


def test_a_year_is_read_digit_by_digit_and_an_iso_date_as_year_month_day() -> None:
    assert speakable("2026年") == "er4 ling2 er4 liu4 nian2"
    assert speakable("1981-05-03") == "yi1 jiu3 ba1 yi1 nian2 wu3 yue4 san1 ri4"
    assert speakable("从 2054-07 起") == "cong2 er4 ling2 wu3 si4 nian2 qi1 yue4 qi3"
    assert speakable("国发〔2014〕8号") == "guo2 fa1 er4 ling2 yi1 si4 ba1 hao4"
    assert speakable("15年") == "shi2 wu3 nian2"  # a number of years is a number


def test_codes_and_id_numbers_are_read_one_character_at_a_time_letters_by_name() -> None:
    assert speakable("CB7K2M9QXA") == "C B qi1 K er4 M jiu3 Q X A"
    assert speakable("64042319810503123X").endswith("yi1 er4 san1 X")
    assert speakable("6404**********0367") == "liu4 si4 ling2 si4, ling2 san1 liu4 qi1"
    assert speakable("13912345678").startswith("yi1 san1 jiu3 yi1")
    assert speakable("PDF") == "P D F"


def test_hanzi_become_pinyin_with_tone_digits_neutral_tone_five_and_tone_changes_of_yi_and_bu() -> None:
    assert speakable("我的") == "wo3 de5"
    assert speakable("一百") == "yi4 bai3"
    assert speakable("不是") == "bu2 shi4"
    assert speakable("绿") == "lv4"


def test_punctuation_and_line_breaks_become_pauses_and_markup_is_not_read() -> None:
    assert speakable("你好，马秀英。\n\n再见！") == "ni2 hao3, ma3 xiu4 ying1. zai4 jian4"
    assert speakable("<p><b>马秀英</b>&nbsp;女</p><p>45 岁</p>") == "ma3 xiu4 ying1 nv3. si4 shi2 wu3 sui4"
    assert speakable("<html><head><title>明白纸</title><style>p { color: red }</style></head><body>好</body></html>") \
        == "hao3"
    assert speakable("①政府补贴：30 元") == "zheng4 fu3 bu3 tie1, san1 shi2 yuan2"
    assert speakable("利率 3.5%") == "li4 lv4 bai3 fen1 zhi1 san1 dian3 wu3"
    assert speakable("= 200 元 + 14.03 元") == "deng3 yu2 er4 bai3 yuan2 jia1 shi2 si4 dian3 ling2 san1 yuan2"


def test_readable_text_for_any_voice_has_no_markup_marks_or_stars() -> None:
    assert readable("<p>①身份证号 6404**********0367</p><p>马&amp;李</p>") == "身份证号 6 4 0 4，0 3 6 7\n马&李\n"


def test_nothing_speakable_gives_an_empty_text() -> None:
    assert speakable("  •  ——。 ") == ""


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("马秀英一不零你好的年元岁 0123456789.,，。%¥-*<>/bpXA\n"), max_size=40))
def test_anything_typed_becomes_only_what_the_voice_can_read(text: str) -> None:
    spoken = speakable(text)
    assert spoken == "" or SPEAKABLE.fullmatch(spoken), spoken


def channels_and_seconds(path: Path) -> tuple[int, float]:
    with wave.open(str(path), "rb") as audio:
        return audio.getnchannels(), audio.getnframes() / audio.getframerate()


def test_the_real_engine_is_found() -> None:
    assert engine_available()


def test_a_sentence_is_spoken_into_a_valid_wav_file(tmp_path: Path) -> None:
    out = synthesize(SENTENCE, tmp_path / "sub" / "sentence.wav")
    channels, seconds = channels_and_seconds(out)
    assert out == tmp_path / "sub" / "sentence.wav"
    assert channels == 1
    assert seconds > 0.5
    assert wav_seconds(out) == seconds


def test_a_slower_speed_gives_a_longer_recording(tmp_path: Path) -> None:
    normal = wav_seconds(synthesize(SENTENCE, tmp_path / "normal.wav", speed_wpm=175))
    slow = wav_seconds(synthesize(SENTENCE, tmp_path / "slow.wav", speed_wpm=90))
    assert slow > normal * 1.4


def test_a_long_text_is_spoken_in_chunks_with_progress_into_one_file(tmp_path: Path) -> None:
    text = "。".join(f"第{n}句，您每年交 {n}00 元" for n in range(1, 41))
    reports: list[tuple[int, int]] = []
    out = synthesize(text, tmp_path / "long.wav", progress=Progress(report=lambda d, t, _n: reports.append((d, t))))
    total = reports[-1][1]
    assert total > 1
    assert reports == [(n, total) for n in range(total + 1)]
    assert wav_seconds(out) > wav_seconds(synthesize("第1句，您每年交 100 元", tmp_path / "one.wav")) * 20


def test_cancelling_stops_between_chunks_and_leaves_no_file(tmp_path: Path) -> None:
    text = "。".join(f"第{n}句，您每年交 {n}00 元" for n in range(1, 41))
    done: list[int] = []
    progress = Progress(report=lambda d, _t, _n: done.append(d), cancelled=lambda: len(done) >= 2)
    with pytest.raises(Cancelled):
        synthesize(text, tmp_path / "cancelled.wav", progress=progress)
    assert not (tmp_path / "cancelled.wav").exists()


def test_without_the_engine_on_the_path_the_problem_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    assert not engine_available()
    with pytest.raises(ServiceError) as raised:
        synthesize(SENTENCE, tmp_path / "none.wav")
    assert raised.value.code == SpeechProblem.ENGINE_MISSING
    assert raised.value.problem.params == {"engine": "espeak-ng"}
    assert not (tmp_path / "none.wav").exists()


@pytest.mark.parametrize(("text", "speed", "code"), [
    ("。，", 140, SpeechProblem.NOTHING_TO_SAY),
    (SENTENCE, 20, SpeechProblem.BAD_SPEED),
    (SENTENCE, 1000, SpeechProblem.BAD_SPEED),
])
def test_nothing_to_say_or_an_impossible_speed_are_refused(tmp_path: Path, text: str, speed: int,
                                                           code: SpeechProblem) -> None:
    with pytest.raises(ServiceError) as raised:
        synthesize(text, tmp_path / "x.wav", speed_wpm=speed)
    assert raised.value.code == code


def fake_engine(folder: Path, body: str) -> None:
    """A stand-in espeak-ng that lists the voice but fails or hangs when asked to speak."""
    script = folder / "espeak-ng"
    script.write_text('#!/bin/sh\ncase "$1" in --voices*) echo "5 cmn-latn-pinyin --/M x"; exit 0;; esac\n' + body)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def test_an_engine_that_fails_gives_its_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_engine(tmp_path, "echo 'no audio data' >&2\nexit 3\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServiceError) as raised:
        synthesize(SENTENCE, tmp_path / "x.wav")
    assert raised.value.code == SpeechProblem.ENGINE_FAILED
    assert raised.value.problem.params["detail"] == "no audio data"


def test_an_engine_that_hangs_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_engine(tmp_path, "exec /bin/sleep 5\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(speech, "TIMEOUT_S", 0.3)
    with pytest.raises(ServiceError) as raised:
        synthesize(SENTENCE, tmp_path / "x.wav")
    assert raised.value.code == SpeechProblem.TIMEOUT
