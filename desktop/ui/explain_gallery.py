"""Gallery shots of 算得清: a demo resident at two tiers, the tiers compared as the wizards embed them, a
hardship resident whose contribution the government pays (代缴), and the printed 明白纸."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEventLoop, QSizeF, QTimer, SignalInstance
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.explanation import ExplanationService
from desktop.services.residents import ResidentProfile, ResidentsService
from desktop.services.setup import check_village
from desktop.ui.documents.html import DeskInfo
from desktop.ui.explain.screen import ExplainScreen
from desktop.ui.explain.tiers_widget import TierComparisonWidget
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.operation import run_blocking
from desktop.ui.printing import font_family

WAIT_MS = 10_000
A4_MM = (210.0, 297.0)
SHEET_DPI = 96


def wait_for(signal: SignalInstance, start: Callable[[], None]) -> None:
    """Start work and let the event loop run until `signal` fires (or a timeout: the shot shows what is there)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(WAIT_MS, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


def desk_info(ctx: GalleryContext) -> DeskInfo:
    settings = ctx.desk.settings
    code = settings.village_code or ""
    village = check_village(code).village if code else None
    return DeskInfo(village.name if village else settings.village_name or "", code,
                    village.township_name if village else "", village.county_name if village else "",
                    ctx.desk.account.display_name, date.today())


def _demo_residents(ctx: GalleryContext) -> tuple[ResidentProfile | None, ResidentProfile | None]:
    """An ordinary enrolled resident and one in a 代缴 group, both still paying (under 59)."""
    service = ResidentsService(ctx.desk.store, ctx.desk.account.username)
    daijiao = ctx.policy.contribution_rules().daijiao_groups()

    def find() -> tuple[ResidentProfile | None, ResidentProfile | None]:
        ordinary = hardship = None
        for hit in service.search("6404", limit=400):
            if not 25 <= hit.age <= 55:
                continue
            profile = service.profile(hit.uuid)
            if profile is None or profile.receiving_pension:
                continue
            in_group = any(m.active and m.group in daijiao for m in profile.memberships)
            if in_group and hardship is None:
                hardship = profile
            elif not in_group and profile.enrolled and profile.tier and ordinary is None:
                ordinary = profile
            if ordinary and hardship:
                break
        return ordinary, hardship

    return run_blocking(find)


def sheet_picture(html: str, width_px: int = 794) -> QLabel:
    """The 明白纸's first page drawn as print lays it out (A4, the printing margins), to look at on screen."""
    from desktop.ui.printing import MARGINS_MM

    scale = width_px / (A4_MM[0] / 25.4 * SHEET_DPI)
    image = QImage(width_px, round(width_px * A4_MM[1] / A4_MM[0]), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(SHEET_DPI / 0.0254 * scale))
    image.setDotsPerMeterY(round(SHEET_DPI / 0.0254 * scale))
    image.fill(QColor("white"))
    px_per_mm = image.dotsPerMeterX() / 1000
    doc = QTextDocument()
    doc.setDefaultFont(QFont(font_family(), 11))
    doc.documentLayout().setPaintDevice(image)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    body_w = (A4_MM[0] - MARGINS_MM.left() - MARGINS_MM.right()) * px_per_mm
    body_h = (A4_MM[1] - MARGINS_MM.top() - MARGINS_MM.bottom()) * px_per_mm
    doc.setPageSize(QSizeF(body_w, body_h))
    painter = QPainter(image)
    painter.translate(MARGINS_MM.left() * px_per_mm, MARGINS_MM.top() * px_per_mm)
    doc.drawContents(painter)
    painter.end()
    label = QLabel()
    label.setObjectName("sheet_picture")
    label.setPixmap(QPixmap.fromImage(image))
    label.setFixedSize(image.size())
    return label


def _whole(screen: ExplainScreen) -> ExplainScreen:
    """Tall enough to show the whole screen in one picture (on the desk it scrolls)."""
    screen.resize(screen.width(), screen.content.sizeHint().height() + 8)
    return screen


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    service = ExplanationService(ctx.policy)
    info = desk_info(ctx)
    ordinary, hardship = _demo_residents(ctx)
    screen = ExplainScreen(service, info, ctx.desk.settings.printer)
    screen.resize(1100, 900)
    if ordinary is not None:
        wait_for(screen.sig_explained, lambda: screen.show_profile(ordinary))
        yield "explain_resident", _whole(screen)
        other = next((t for t in (Decimal(1000), Decimal(500), Decimal(300)) if t != ordinary.tier), Decimal(1000))
        wait_for(screen.sig_explained, lambda: screen.choose_tier(other))
        yield "explain_resident_other_tier", _whole(screen)
        html = screen.sheet_html()
        if html:
            yield "explain_sheet", sheet_picture(html)
    if hardship is not None:
        wait_for(screen.sig_explained, lambda: screen.show_profile(hardship))
        yield "explain_hardship_daijiao", _whole(screen)
        html = screen.sheet_html()
        if html:
            yield "explain_sheet_daijiao", sheet_picture(html)
        inputs = run_blocking(lambda: service.inputs_for(hardship)).result
        if inputs is not None:
            comparison = TierComparisonWidget(service)
            wait_for(comparison.sig_ready, lambda: comparison.set_inputs(inputs, hardship.tier))
            comparison.table.selectRow(1)
            hint = comparison.sizeHint()  # as tall as a wizard page's layout would make it
            comparison.resize(max(900, hint.width()), hint.height())
            yield "explain_tiers_compared", comparison
