"""Read-aloud without Qt: Chinese text into what espeak-ng's Mandarin voice reads well, then into a WAV file.

The voice ``cmn-latn-pinyin`` reads pinyin syllables with tone digits 1-5 (5: neutral tone) correctly, and a
lone capital letter by its letter name; the plain ``cmn`` voice reads tone digits in English. So hanzi become
pinyin here (pypinyin, which knows the readings of words better than a character-by-character table), numbers
become the words people say (193.86 元: 一百九十三点八六元; 2026年: 二零二六年), ID numbers and codes are read
one character at a time, and punctuation becomes pauses.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import unicodedata
import wave
from enum import StrEnum
from pathlib import Path

from pypinyin import Style, lazy_pinyin

from core.problems import problem_codes
from core.progress import NO_PROGRESS, Progress
from desktop.services.errors import ServiceError

ENGINE = "espeak-ng"
VOICE = "cmn-latn-pinyin"
DEFAULT_WPM = 140  # a little slower than espeak's 175: most residents at the desk are old
MIN_WPM = 80
MAX_WPM = 450
TIMEOUT_S = 30.0  # one chunk of a few sentences takes milliseconds; this only catches a hung engine
CHUNK_CHARS = 400  # texts are synthesised a few sentences at a time, so a long one can be cancelled


@problem_codes
class SpeechProblem(StrEnum):
    ENGINE_MISSING = "speech.engine_missing"
    VOICE_MISSING = "speech.voice_missing"
    ENGINE_FAILED = "speech.engine_failed"
    TIMEOUT = "speech.timeout"
    NOTHING_TO_SAY = "speech.nothing_to_say"
    BAD_SPEED = "speech.bad_speed"
    CANNOT_WRITE = "speech.cannot_write"


# -- numbers in words -------------------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"
_DIGIT_PINYIN = ("ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3")
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _below_ten_thousand(n: int) -> str:
    """1..9999 in words, with 零 for a gap inside (1005: 一千零五) and none at the end (1500: 一千五百)."""
    out: list[str] = []
    gap = False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[power])
    return "".join(out)


def integer_words(n: int) -> str:
    """A whole number as it is said: 0 零, 15 十五, 193 一百九十三, 10005 一万零五, 120000 十二万."""
    if n < 0:
        return "负" + integer_words(-n)
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    gap = False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out += "零"
        out += _below_ten_thousand(group) + _BIG_UNITS[index]
        gap = False
    # 十五, 十二万: people do not say the leading 一 of 一十
    return out[1:] if out.startswith("一十") else out


def decimal_words(integer: str, fraction: str = "") -> str:
    """193 and 86 (the digits either side of the point): 一百九十三点八六; the fraction digit by digit."""
    words = integer_words(int(integer))
    if fraction:
        words += "点" + "".join(_DIGITS[int(d)] for d in fraction)
    return words


def _spelled(code: str) -> list[str]:
    """An ID number or code one character at a time: digits as pinyin, letters by name, a run of * as a pause."""
    out: list[str] = []
    for char in code:
        if char.isdigit():
            out.append(_DIGIT_PINYIN[int(char)])
        elif char.isalpha():
            out.append(char.upper())
        elif out and out[-1] != ",":
            out.append(",")
    return out


# -- text to speakable pinyin -----------------------------------------------------------------------------

_HIDDEN = re.compile(r"<(head|style|script|title)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_MASKED = re.compile(r"([0-9]*)\*{2,}([0-9Xx]*)")
_TAG = re.compile(r"<(br|/p|/div|/li|/h\d|/tr)\b[^>]*>|<[^>]+>", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<![0-9])(\d{4})-(\d{1,2})-(\d{1,2})(?![0-9])")
_YEAR_MONTH = re.compile(r"(?<![0-9])(\d{4})-(\d{1,2})(?![0-9-])")
_GROUPED = re.compile(r"(?<![0-9.,])\d{1,3}(?:,\d{3})+(?![0-9]|,[0-9])")
_CURRENCY = re.compile(r"[¥￥]\s*(\d+(?:\.\d+)?)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_HANZI = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_TOKEN = re.compile(
    r"(?P<year>(?<![0-9.])\d{4}(?=\s*年)|(?<=[〔\[])\d{4}(?=[〕\]]))"  # 2026年; 宁人社发〔2017〕163号
    r"|(?P<number>(?<![0-9A-Za-z*])\d+(?:\.\d+)?(?![0-9A-Za-z*]))"
    r"|(?P<run>[0-9A-Za-z*]+)"
    rf"|(?P<hanzi>[{_HANZI}]+)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.DOTALL,
)
_SYMBOLS = {"+": "加", "=": "等于", "÷": "除以", "×": "乘", "~": "到", "～": "到"}
_SENTENCE_END = set("。！？!?；;.")
_CLAUSE = set("，、,：:（）()《》〈〉【】[]「」『』“”\"'‘’—–-…/|·")


def _unmarked(text: str) -> str:
    """Markup out (a line break or paragraph end stays a line break), entities decoded, footnote marks out."""
    text = _HIDDEN.sub("", text)
    text = _TAG.sub(lambda m: "\n" if m.group(1) else "", text)
    text = html.unescape(text)
    return re.sub("[\u2460-\u2473]", "", text)  # footnote marks ①..⑳: the listener cannot look them up


def readable(text: str) -> str:
    """The text for a voice that reads Chinese itself (Qt's, on Windows): no markup or footnote marks, and a
    masked ID number as single digits with a pause for the hidden part, not as stars."""
    return _MASKED.sub(lambda m: " ".join(m[1]) + "，" + " ".join(m[2]), _unmarked(text))


def _plain(text: str) -> str:
    """Unmarked text, widths normalised, and the number forms that need their neighbours rewritten: dates,
    12,000, ¥, %."""
    text = unicodedata.normalize("NFKC", _unmarked(text))
    text = _ISO_DATE.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", text)
    text = _YEAR_MONTH.sub(lambda m: f"{m[1]}年{int(m[2])}月", text)
    text = _GROUPED.sub(lambda m: m[0].replace(",", ""), text)
    text = _CURRENCY.sub(lambda m: m[1] + "元", text)
    return _PERCENT.sub(lambda m: "百分之" + m[1], text)


def _is_code(run: str) -> bool:
    """ID numbers, masked IDs, phone numbers, codes: read one character at a time."""
    digits = sum(c.isdigit() for c in run)
    if digits == 0:
        return "*" in run
    return digits != len(run) or len(run) >= 9 or (len(run) > 1 and run.startswith("0"))


def _pinyin(hanzi: str) -> list[str]:
    # tone_sandhi: 一 and 不 change tone before others (一百 yi4 bai3, 不是 bu2 shi4); the voice cannot know
    return list(lazy_pinyin(hanzi, style=Style.TONE3, neutral_tone_with_five=True, tone_sandhi=True,
                            errors="ignore"))


def _number(text: str) -> list[str]:
    integer, _point, fraction = text.partition(".")
    if (not fraction and _is_code(integer)) or len(integer) > 16:  # past 万亿: a code, not an amount
        return _spelled(integer)
    return _pinyin(decimal_words(integer, fraction))


def _word(latin: str) -> list[str]:
    """A Latin word: pinyin (with or without a tone digit) as it is; capitals (PDF, CB) spelled by letter name."""
    if latin.isupper():
        return list(latin)
    return [latin.lower()]


def _alnum(run: str) -> list[str]:
    if _is_code(run):
        return _spelled(run)
    if run.isalpha():
        return _word(run)
    # pinyin typed with its tone digit (hao3) is already what the voice reads
    return [run.lower()] if re.fullmatch(r"[A-Za-z]+[1-5]", run) else _spelled(run)


def speakable(text: str) -> str:
    """Text (plain or simple HTML) as the cmn-latn-pinyin voice reads it: pinyin syllables with tone digits,
    numbers in words, codes by character, and "," or "." for the pauses; empty when nothing can be said."""
    words: list[str] = []

    def pause(mark: str) -> None:
        if not words:
            return
        if words[-1] in (",", "."):
            if mark == ".":
                words[-1] = "."
            return
        words.append(mark)

    for match in _TOKEN.finditer(_plain(text)):
        kind, token = match.lastgroup, match[0]
        if kind == "year":
            words.extend(_spelled(token))
        elif kind == "number":
            words.extend(_number(token))
        elif kind == "run":
            words.extend(_alnum(token))
        elif kind == "hanzi":
            words.extend(_pinyin(token))
        elif kind == "space":
            if "\n" in token:
                pause(".")
        elif token in _SYMBOLS:
            words.extend(_pinyin(_SYMBOLS[token]))
        elif token in _SENTENCE_END:
            pause(".")
        elif token in _CLAUSE:
            pause(",")
    while words and words[-1] in (",", "."):
        words.pop()
    return " ".join(words).replace(" ,", ",").replace(" .", ".")


def _chunks(spoken: str) -> list[str]:
    """Whole sentences, grouped up to CHUNK_CHARS, so synthesis can stop between them."""
    sentences = [s.strip() + "." for s in spoken.split(".") if s.strip(" ,")]
    chunks: list[str] = []
    for sentence in sentences:
        if chunks and len(chunks[-1]) + len(sentence) < CHUNK_CHARS:
            chunks[-1] += " " + sentence
        else:
            chunks.append(sentence)
    return chunks


# -- the engine ---------------------------------------------------------------------------------------------

def _engine() -> str:
    found = shutil.which(ENGINE)
    if found is None:
        raise ServiceError.of(SpeechProblem.ENGINE_MISSING, engine=ENGINE)
    return found


def _has_voice(engine: str) -> bool:
    try:
        listed = subprocess.run([engine, "--voices=cmn"], capture_output=True, text=True, timeout=TIMEOUT_S)
    except (OSError, subprocess.SubprocessError):
        return False
    return listed.returncode == 0 and VOICE in listed.stdout.lower()


def engine_available() -> bool:
    """espeak-ng is on the PATH and has the Mandarin pinyin voice."""
    engine = shutil.which(ENGINE)
    return engine is not None and _has_voice(engine)


def _speak(engine: str, chunk: str, speed_wpm: int, target: Path) -> Path:
    source = target.with_suffix(".txt")
    source.write_text(chunk, encoding="utf-8")
    command = [engine, "-v", VOICE, "-s", str(speed_wpm), "-w", str(target), "-f", str(source)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        raise ServiceError.of(SpeechProblem.TIMEOUT, engine=ENGINE, seconds=round(TIMEOUT_S)) from exc
    except OSError as exc:
        raise ServiceError.of(SpeechProblem.ENGINE_FAILED, engine=ENGINE, detail=str(exc)) from exc
    if done.returncode != 0 or not target.is_file():
        if not _has_voice(engine):
            raise ServiceError.of(SpeechProblem.VOICE_MISSING, engine=ENGINE, voice=VOICE)
        detail = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[0]
        raise ServiceError.of(SpeechProblem.ENGINE_FAILED, engine=ENGINE, detail=detail)
    return target


def synthesize(text: str, out: Path, speed_wpm: int = DEFAULT_WPM, progress: Progress = NO_PROGRESS) -> Path:
    """Speak `text` in Mandarin into the WAV file `out` (replaced whole, never left half-written) and return it.

    Raises ServiceError with a SpeechProblem; core.progress.Cancelled when `progress` asks to stop."""
    engine = _engine()
    if not MIN_WPM <= speed_wpm <= MAX_WPM:
        raise ServiceError.of(SpeechProblem.BAD_SPEED, speed=speed_wpm, lowest=MIN_WPM, highest=MAX_WPM)
    chunks = _chunks(speakable(text))
    if not chunks:
        raise ServiceError.of(SpeechProblem.NOTHING_TO_SAY)
    with tempfile.TemporaryDirectory(prefix="cunbao-speech-") as scratch:
        work = Path(scratch)
        parts: list[Path] = []
        for index, chunk in enumerate(chunks):
            progress.check()
            progress.report(index, len(chunks), "")
            parts.append(_speak(engine, chunk, speed_wpm, work / f"part-{index}.wav"))
        progress.report(len(chunks), len(chunks), "")
        _deliver(_joined(parts, work / "speech.wav"), out)
    return out


def _joined(parts: list[Path], target: Path) -> Path:
    """One WAV of the parts in order (espeak-ng writes them all with the same format)."""
    with wave.open(str(target), "wb") as joined:
        for index, part in enumerate(parts):
            with wave.open(str(part), "rb") as piece:
                if index == 0:
                    joined.setparams(piece.getparams())
                joined.writeframes(piece.readframes(piece.getnframes()))
    return target


def _deliver(pending: Path, out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(pending), str(out))
    except OSError as exc:
        raise ServiceError.of(SpeechProblem.CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc)) from exc


def wav_seconds(path: Path) -> float:
    """How long a WAV file plays."""
    with wave.open(str(path), "rb") as audio:
        return audio.getnframes() / audio.getframerate()

