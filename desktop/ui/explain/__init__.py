"""算得清 on screen: the explanation screen, its balance chart and the tiers side by side.

This module holds what the screen, the comparison and the printed 明白纸 say alike: the names of the policy
figures, how a figure's value reads, the footnote marks of unconfirmed figures (待县级确认) and the
sentences of the plain story.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from core.problems import Problem, Severity
from desktop.messages import describe
from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.services.explanation import Sentence, UnconfirmedFigure, yuan_text

CONTEXT = "Explain"
translate = QCoreApplication.translate  # the bare name lupdate recognises

# figure keys (or key prefixes, ending in ".") and their names for residents and assistants
FIGURE_NAMES = (
    ("contribution.subsidy.", QT_TRANSLATE_NOOP("Explain", "Government subsidy on the tier")),
    ("daijiao.amount", QT_TRANSLATE_NOOP("Explain", "What the government pays for you (代缴)")),
    ("basic_pension.central_minimum", QT_TRANSLATE_NOOP("Explain", "Basic pension: national minimum")),
    ("basic_pension.region_base", QT_TRANSLATE_NOOP("Explain", "Basic pension: Ningxia's own part")),
    ("basic_pension.region_increment", QT_TRANSLATE_NOOP("Explain", "Basic pension: Ningxia's yearly raises")),
    ("basic_pension.region_total", QT_TRANSLATE_NOOP("Explain", "Basic pension: Ningxia standard")),
    ("basic_pension.county_supplement", QT_TRANSLATE_NOOP("Explain", "Basic pension: county supplement")),
    ("account.divisor", QT_TRANSLATE_NOOP("Explain", "Number the account is divided by")),
    ("account.interest_rate", QT_TRANSLATE_NOOP("Explain", "Interest on the account")),
    ("contribution.tiers", QT_TRANSLATE_NOOP("Explain", "Contribution tiers")),
    ("claim.age", QT_TRANSLATE_NOOP("Explain", "Age to draw the pension")),
    ("claim.min_years", QT_TRANSLATE_NOOP("Explain", "Years of contributions needed")),
    ("claim.benefit_start_months_after", QT_TRANSLATE_NOOP("Explain", "Months after the birthday the pension starts")),
    ("enrol.min_age", QT_TRANSLATE_NOOP("Explain", "Youngest age to enrol")),
    ("arrears.earns_subsidy", QT_TRANSLATE_NOOP("Explain", "Subsidy on missing years paid later")),
    ("arrears.max_total_years", QT_TRANSLATE_NOOP("Explain", "Most years in all, missing years included")),
)
_MONEY = ("contribution.subsidy.", "daijiao.", "basic_pension.")
_PERCENT = ("account.interest_rate",)


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def figure_name(key: str) -> str:
    for prefix, name in FIGURE_NAMES:
        if key == prefix or (prefix.endswith(".") and key.startswith(prefix)):
            return tr(name)
    return key


def with_figure_names(problem: Problem) -> Problem:
    """Core names a figure by its pack key ("basic_pension.region_base"); a resident reads its name."""
    params = {k: figure_name(v) if isinstance(v, str) else v for k, v in problem.params.items()}
    return Problem(problem.code, problem.severity, problem.field, params)


def money(amount: Decimal) -> str:
    """An amount with its unit: "200 元"."""
    return translate("Explain", "%1 yuan").replace("%1", yuan_text(amount))


def _number(key: str, value: Decimal) -> str:
    if key.startswith(_MONEY):
        return money(value)
    if key in _PERCENT:
        return f"{(value * 100).normalize():f}%"
    return f"{value.normalize():f}"


def value_text(figure: UnconfirmedFigure) -> str:
    """How the value used reads: "30 元", "暂按 60 元", "不知道，按 0 计算", "100、300、500 元"."""
    value = figure.value
    if value is None:
        return translate("Explain", "not known, counted as 0")
    if isinstance(value, bool):
        return translate("Explain", "yes") if value else translate("Explain", "no")
    if isinstance(value, tuple):
        listed = translate("Explain", ", ").join(yuan_text(v) for v in value)
        text = translate("Explain", "%1 yuan").replace("%1", listed)
    else:
        text = _number(figure.key, value)
    if figure.assumed:
        return translate("Explain", "%1 for now").replace("%1", text)
    return text


def awaiting() -> str:
    return translate("Explain", "awaiting county confirmation")


def mark(index: int) -> str:
    """The footnote mark of the index-th unconfirmed figure (0-based): ①, ②, … then (21)."""
    return chr(0x2460 + index) if index < 20 else f"({index + 1})"


def footnote(index: int, figure: UnconfirmedFigure) -> str:
    """The footnote line, shown under a heading that says the figures await county confirmation:
    "① 政府补贴：30 元（出自 宁人社发〔2017〕163号）"."""
    return (translate("Explain", "%1 %2: %3 (source: %4)")
            .replace("%1", mark(index)).replace("%2", figure_name(figure.key))
            .replace("%3", value_text(figure)).replace("%4", figure.citation))


def tooltip(figure: UnconfirmedFigure) -> str:
    return (translate("Explain", "Awaiting county confirmation: %1 is %2.\nSource: %3")
            .replace("%1", figure_name(figure.key)).replace("%2", value_text(figure))
            .replace("%3", figure.citation if figure.citation == figure.source_title
                     else f"{figure.citation} ({figure.source_title})"))


def say(sentence: Sentence) -> str:
    """One sentence of the plain story, in the desk's language."""
    return describe(Problem(sentence.code, Severity.WARNING, None, sentence.params))


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A font `factor` times the size of `base`: sizes follow the application font, so large type scales all."""
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 1.0) * factor)
    font.setBold(bold)
    return font
