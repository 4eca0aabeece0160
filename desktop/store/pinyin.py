"""Pinyin search keys for a name: full syllables and initials, with every reading of the first character.

Surnames are often read differently from the same character elsewhere (单 shàn, 曾 zēng, 解 xiè,
仇 qiú, 朴 piáo), and pypinyin's phrase context cannot know a name is a name, so every reading of the
first character is kept. ü is written ``v``, as on a pinyin keyboard.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin, pinyin

MAX_READINGS = 4


@dataclass(frozen=True)
class NameKeys:
    """Space-separated readings, context reading first: ``pinyin`` ("shanyulan danyulan"), ``initials``."""

    pinyin: str
    initials: str


def _ascii(syllable: str) -> str:
    return "".join(ch for ch in syllable.lower() if ch.isascii() and ch.isalnum())


def name_keys(name: str) -> NameKeys:
    name = name.strip()
    if not name:
        return NameKeys("", "")
    context = [_ascii(s) for s in lazy_pinyin(name, style=Style.NORMAL, errors="default")]
    first_readings = [_ascii(s) for s in pinyin(name[0], style=Style.NORMAL, heteronym=True)[0]]
    firsts = _unique([context[0], *first_readings])[:MAX_READINGS]
    rest = context[1:]
    fulls = _unique("".join([first, *rest]) for first in firsts)
    initials = _unique("".join(s[:1] for s in [first, *rest]) for first in firsts)
    return NameKeys(" ".join(fulls), " ".join(initials))


def normalize_query(text: str) -> str:
    """What a typed pinyin query is compared with: lower-case letters and digits, no spaces or quotes."""
    return _ascii(text.replace("ü", "v").replace("Ü", "v"))


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)
