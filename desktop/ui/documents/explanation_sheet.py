"""The 明白纸: one A4 page in large type a resident takes home, saying in plain words who pays what each
year, what the account holds at 60 and the monthly pension in its two parts, with the account growing as
a simple bar chart, every figure awaiting county confirmation marked and footnoted with its source, and the
service point, the assistant and the date.

Body text is at least 16 pt and key numbers at least 28 pt (16.5 pt body and 29 pt key numbers at first);
the footnotes, for the assistant and the county more than for the resident, are smaller. A long village name
or many footnotes (or English, which takes more room) may not fit: the sheet then tightens step by step
(smaller footnotes, fewer bars, a 16 pt body) until it fits one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QFont, QImage, QTextDocument

from desktop.services.explanation import Explanation, Topic, UnconfirmedFigure
from desktop.ui.documents.html import DeskInfo, Html, document, esc, fill, format_date, heading, note, paragraph
from desktop.ui.explain import awaiting, figure_name, footnote, mark, money, say
from desktop.ui.printing import BODY_PT, FOOTER_MM, MARGINS_MM, DocumentStyle, font_family

translate = QCoreApplication.translate  # the bare name lupdate recognises
KEY_PT = 19.5  # key numbers, before the style's scale: 29.25 pt at scale 1.5, 28.4 pt at 16 / 11
MONTHLY_PT = 22.0
BAR_COLOUR = "#2d6a5f"
MARK_COLOUR = "#8a4b00"
A4_MM = QSizeF(210.0, 297.0)
MEASURE_DPI = 1200  # QPrinter.HighResolution, as the PDF is written
FIT_SHARE = 0.97


@dataclass(frozen=True)
class SheetLayout:
    style: DocumentStyle
    footnote_pt: float  # before the style's scale
    bar_rows: int


# from roomy to tight; every one keeps the body at 16 pt or more and the key numbers at 28 pt or more
LAYOUTS = (
    SheetLayout(DocumentStyle(scale=1.5), 8.5, 4),
    SheetLayout(DocumentStyle(scale=1.5), 7.5, 3),
    SheetLayout(DocumentStyle(scale=16 / BODY_PT), 7.0, 3),
)


def explanation_sheet_html(explanation: Explanation, resident_name: str, desk: DeskInfo, *,
                           resident_age: int | None = None, layout: SheetLayout | None = None) -> str:
    """The whole 明白纸 as HTML for :func:`desktop.ui.printing.write_pdf` or ``print_html``; in `layout`,
    or else in the first of LAYOUTS that fits one A4 page (the tightest when none does)."""
    html = ""
    for candidate in (layout,) if layout is not None else LAYOUTS:
        html = _sheet(explanation, resident_name, desk, resident_age, candidate)
        if fits_one_page(html):
            break
    return html


def fits_one_page(html: str) -> bool:
    """Whether the document takes one A4 page as :mod:`desktop.ui.printing` lays it out, measured at the PDF's
    resolution with a margin: text set for another printer's resolution comes out a few percent taller or
    shorter."""
    device = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(MEASURE_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    doc = QTextDocument()
    doc.setDefaultFont(QFont(font_family(), int(BODY_PT)))
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    width = A4_MM.width() - MARGINS_MM.left() - MARGINS_MM.right()
    height = A4_MM.height() - MARGINS_MM.top() - MARGINS_MM.bottom() - FOOTER_MM
    doc.setTextWidth(width / 25.4 * MEASURE_DPI)
    return doc.size().height() <= height / 25.4 * MEASURE_DPI * FIT_SHARE


def _sheet(e: Explanation, resident_name: str, desk: DeskInfo, resident_age: int | None,
           layout: SheetLayout) -> str:
    style = layout.style
    notes = {u.key: index for index, u in enumerate(_footnoted(e))}
    title = translate("ExplanationSheet", "Pension explanation sheet (明白纸)")
    who = (fill(translate("ExplanationSheet", "%1, %2 years old"), resident_name, resident_age)
           if resident_age is not None else resident_name)
    chosen = fill(translate("ExplanationSheet", "%1: the tier of %2 a year, worked out under today's policy"),
                  who, money(e.tier))
    parts = [
        _header(title, chosen, style),
        heading(translate("ExplanationSheet", "Who pays what each year"), style),
        _payers(e, notes, style),
        heading(translate("ExplanationSheet", "What you get every month from 60"), style),
        _monthly(e, notes, style),
        heading(translate("ExplanationSheet", "How your account grows"), style),
        _bars(e.balance_series, style, layout),
        paragraph(" ".join(say(s) for s in e.sentences if s.code.endswith(("years_enough", "years_short"))), style),
        _footnotes(e, style, layout.footnote_pt),
        _signature(desk, style),
    ]
    return document(Html("".join(parts)), style, title)


_LISTED = (Topic.CONDITIONS, Topic.TIERS)  # named together in one line, not footnoted one by one


def _footnoted(e: Explanation) -> tuple[UnconfirmedFigure, ...]:
    """The figures behind the amounts on the sheet get a numbered footnote each."""
    return tuple(u for u in e.unconfirmed if u.topic not in _LISTED
                 and (u.topic is not Topic.GOVERNMENT or e.yearly.government_paid))


def _header(title: str, who: str, style: DocumentStyle) -> Html:
    return Html(f'<p style="font-size:{style.title_pt}; font-weight:bold; margin-bottom:2px">{esc(title)}</p>'
                f'<p style="font-size:{style.heading_pt}; font-weight:bold; margin-top:0; margin-bottom:4px">'
                f'{esc(who)}</p>')


def _marks(figures: Sequence[UnconfirmedFigure], notes: dict[str, int], style: DocumentStyle) -> Html:
    shown = [u for u in figures if u.key in notes]
    if not shown:
        return Html("")
    text = awaiting() + " " + "".join(mark(notes[u.key]) for u in shown)
    return Html(f'<span style="font-size:{style.small_pt}; color:{MARK_COLOUR}">{esc(text)}</span>')


def _payers(e: Explanation, notes: dict[str, int], style: DocumentStyle) -> Html:
    y = e.yearly
    cells: list[tuple[str, Decimal, tuple[UnconfirmedFigure, ...]]] = [
        (translate("ExplanationSheet", "You pay"), y.self_paid, ())]
    if y.government_paid:
        cells.append((translate("ExplanationSheet", "Government pays (代缴)"), y.government_paid,
                      e.unconfirmed_about(Topic.GOVERNMENT)))
    cells.append((translate("ExplanationSheet", "Government subsidy"), y.subsidy, e.unconfirmed_about(Topic.SUBSIDY)))
    if y.other:
        cells.append((translate("ExplanationSheet", "Collective, charity"), y.other, ()))
    width = 100 // len(cells)
    # "white-space:pre" keeps an amount on one line: Qt would rather break "200 yuan" inside the word
    row = "".join(
        f'<td width="{width}%" valign="top" style="border:1px solid #888888">'
        f'<p style="margin:0">{esc(caption)}</p>'
        f'<p style="margin:0; font-size:{style.pt(KEY_PT)}; font-weight:bold; white-space:pre">{esc(money(amount))}</p>'
        f"{_marks(figures, notes, style)}</td>"
        for caption, amount, figures in cells
    )
    return Html(f'<table width="100%" cellspacing="0" cellpadding="{round(5 * style.scale)}" '
                f'style="border-collapse:collapse; font-size:{style.body_pt}"><tr>{row}</tr></table>'
                + paragraph(fill(translate("ExplanationSheet", "In all %1 a year goes into your own account."),
                                 money(y.credit)), style))


def _monthly(e: Explanation, notes: dict[str, int], style: DocumentStyle) -> Html:
    basic, account = e.unconfirmed_about(Topic.BASIC), e.unconfirmed_about(Topic.ACCOUNT)
    total = fill(translate("ExplanationSheet", "About %1 a month"), money(e.monthly_total))
    parts = fill(translate("ExplanationSheet", "= basic pension %1 + personal account %2"),
                 money(e.basic_monthly), money(e.account_monthly))
    detail = fill(translate("ExplanationSheet", "Your account at 60: about %1; divided by %2 gives the account "
                            "part. Paid from %3, for life."),
                  money(e.balance_at_60), f"{e.divisor.normalize():f}", e.benefit_start)
    return Html(f'<p style="font-size:{style.pt(MONTHLY_PT)}; font-weight:bold; margin-top:2px; margin-bottom:0">'
                f"{esc(total)}</p>"
                f'<p style="font-size:{style.heading_pt}; margin-top:2px; margin-bottom:2px">{esc(parts)} '
                f"{_marks((*basic, *account), notes, style)}</p>"
                + paragraph(detail, style))


def _milestones(series: Sequence[tuple[int, Decimal]], rows: int) -> list[tuple[int, Decimal]]:
    """At most `rows` points, evenly spread, always the first and the last year."""
    if len(series) <= rows:
        return list(series)
    step = (len(series) - 1) / (rows - 1)
    return [series[round(i * step)] for i in range(rows)]


def _bars(series: Sequence[tuple[int, Decimal]], style: DocumentStyle, layout: SheetLayout) -> Html:
    points = _milestones(series, layout.bar_rows)
    if not points:
        return Html("")
    top = max(b for _, b in points) or Decimal(1)
    rows = []
    for year, balance in points:
        percent = max(1, round(float(balance / top) * 100))
        # QTextDocument ignores the width of a lone nested table, so the bar and the rest are two cells
        rest = f'<td width="{100 - percent}%"></td>' if percent < 100 else ""
        thickness = style.pt(layout.footnote_pt)
        bar = (f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
               f'<td width="{percent}%" bgcolor="{BAR_COLOUR}" style="font-size:{thickness}">&nbsp;</td>'
               f"{rest}</tr></table>")
        year_text = fill(translate("ExplanationSheet", "end of %1"), year)
        rows.append(f'<tr><td width="22%">{esc(year_text)}</td><td width="50%" valign="middle">{bar}</td>'
                    f'<td width="28%" align="right">{esc(money(balance))}</td></tr>')
    return Html(f'<table width="100%" cellspacing="0" cellpadding="1" style="font-size:{style.body_pt}">'
                f'{"".join(rows)}</table>')


def _footnotes(e: Explanation, style: DocumentStyle, footnote_pt: float) -> Html:
    figures = _footnoted(e)
    conditions = [u for u in e.unconfirmed if u.topic in _LISTED]
    if not figures and not conditions:
        return note(translate("ExplanationSheet", "All figures used are confirmed by the county."), style)
    lines = [footnote(index, u) for index, u in enumerate(figures)]
    if conditions:
        names = translate("ExplanationSheet", ", ").join(figure_name(u.key) for u in conditions)
        sources = translate("ExplanationSheet", ", ").join(dict.fromkeys(u.citation for u in conditions))
        lines.append(fill(translate("ExplanationSheet", "Also awaiting county confirmation: %1 (source: %2)."),
                          names, sources))
    title = translate("ExplanationSheet", "Figures marked \"awaiting county confirmation\" may still change:")
    size = style.pt(footnote_pt)
    body = "".join(f'<p style="font-size:{size}; margin-top:0; margin-bottom:0">{esc(line)}</p>' for line in lines)
    return Html(f'<p style="font-size:{size}; font-weight:bold; margin-top:6px; margin-bottom:1px">'
                f"{esc(title)}</p>{body}")


def _signature(desk: DeskInfo, style: DocumentStyle) -> Html:
    place = f"{desk.service_point}（{desk.village_code}）" if desk.village_code else desk.service_point
    line = fill(translate("ExplanationSheet", "Service point: %1. Assistant: %2. Date: %3."),
                place, desk.assistant, format_date(desk.printed_on))
    caveat = translate("ExplanationSheet", "These are estimates under today's policy, not a decision: the county "
                       "social insurance agency works out the pension when you claim it.")
    return Html(f'<p style="font-size:{style.small_pt}; margin-top:6px; margin-bottom:0">{esc(caveat)}<br/>'
                f"<b>{esc(line)}</b></p>")
