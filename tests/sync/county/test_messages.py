from __future__ import annotations

import string

from core.problems import error
from core.villages import VillageProblem
from desktop.messages import county as desk_county
from sync.county.messages import MESSAGES, Lang, describe, text
from sync.county.problems import CountyProblem
from sync.county.server import ServeProblem


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_county_and_village_problem_has_chinese_and_english() -> None:
    for code in [*CountyProblem, *VillageProblem]:
        zh, en = MESSAGES[code.value]
        assert zh.strip(), code
        assert en.strip(), code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), code


def test_every_county_code_the_clerks_commands_can_meet_has_words() -> None:
    for code in ServeProblem:  # serve refuses to start without a certificate
        assert code.value in MESSAGES, code


def test_both_languages_use_the_same_placeholders() -> None:
    for key, (zh, en) in MESSAGES.items():
        assert _placeholders(zh) == _placeholders(en), key


def test_the_desk_shows_the_same_english_for_each_county_problem() -> None:
    assert {code: MESSAGES[code][1] for code in desk_county.MESSAGES} == desk_county.MESSAGES
    assert set(desk_county.MESSAGES) == {code.value for code in CountyProblem}


def test_a_problem_is_described_with_its_parameters_in_either_language() -> None:
    problem = error(CountyProblem.RATE_LIMITED, minutes=7, limit=5)
    assert "7 分钟" in describe(problem)
    assert "in 7 minutes" in describe(problem, Lang.EN)
    assert text("no.such.key") == "no.such.key"
    assert "{limit}" in text(CountyProblem.RATE_LIMITED, Lang.EN, minutes=7)
