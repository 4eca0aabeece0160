"""The dashboard on one printed page: the service point, the figures as a ruled table and both charts as
pictures (embedded as PNG data, so the page needs no files beside it)."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from desktop.ui.documents.html import DeskInfo, Html, document, mm, page_header, paragraph, table

CHART_WIDTH_MM = 170.0  # the width of an A4 page inside its margins


@dataclass(frozen=True)
class DashboardReport:
    title: str  # translated
    summary: str  # the key figures in a sentence
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    charts: Sequence[QImage]


def png_data_uri(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide6 takes str only
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii")


def _picture(image: QImage) -> Html:
    width = mm(CHART_WIDTH_MM)
    height = round(width * image.height() / max(image.width(), 1))
    return Html(f'<p align="center" style="margin-top:4px; margin-bottom:4px">'
                f'<img src="{png_data_uri(image)}" width="{width}" height="{height}"/></p>')


def report_html(report: DashboardReport, desk: DeskInfo) -> Html:
    body = Html(page_header(report.title, desk, None) + paragraph(report.summary, bold=True)
                + table(report.headers, report.rows) + "".join(_picture(image) for image in report.charts))
    return document(body, title=f"{report.title} · {desk.printed_on.isoformat()}")
