"""Gallery shots of the main window: Today with a morning's queue, the register and a resident's page in
each tab, the cases page, the case view, and the walk-in dialog (found, one name for several residents,
a bad ID number). The shots use the gallery's desk and leave it open for the other areas."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from core.ids import make_resident_id
from desktop.services.cases import CaseFilter, CaseRecord, CasesService, CaseStatus, CaseType
from desktop.services.residents import ResidentProfile, ResidentsService, ResidentSummary
from desktop.services.walkins import WalkInsService, WalkInStatus
from desktop.ui.case_view import CaseView
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.main_window import CASES, RESIDENTS, MainWindow
from desktop.ui.operation import run_blocking
from desktop.ui.walk_in_dialog import WalkInDialog

WAIT_S = 10.0
SCAN_SIZE = (480, 340)


def settle(condition: Callable[[], bool], timeout: float = WAIT_S) -> None:
    """Run the event loop until the screen shows its data (or the time is up: the shot shows what is there)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while app is not None and time.monotonic() < deadline:
        app.processEvents()
        if condition():
            break
        time.sleep(0.01)


@dataclass(frozen=True)
class Cast:
    """Demo residents who play a part in the shots."""

    ordinary: ResidentSummary | None
    elderly: ResidentSummary | None
    disabled: ResidentSummary | None
    shared_name: str | None  # a name several residents have
    busy: ResidentProfile | None  # someone with contributions, groups and cases: a full resident page


def _cast(ctx: GalleryContext) -> Cast:
    residents = ResidentsService(ctx.desk.store, ctx.desk.account.username)
    everyone = residents.search("6404", 200) + residents.search("64", 200)
    profiles = [p for p in (residents.profile(s.uuid) for s in everyone) if p is not None]
    names = [p.summary.name for p in profiles]

    def first(test: Callable[[ResidentProfile], bool]) -> ResidentProfile | None:
        return next((p for p in profiles if test(p) and names.count(p.summary.name) == 1), None)

    ordinary = first(lambda p: 30 <= p.summary.age < 60 and not p.certificates and "veteran" not in p.flags)
    elderly = first(lambda p: p.summary.age >= 70)
    disabled = first(lambda p: bool(p.certificates) and p.summary.age < 70)
    busy = max(profiles, key=lambda p: (bool(p.cases) and bool(p.memberships), len(p.cases), p.contribution_years),
               default=None)
    shared = next((n for n in names if names.count(n) > 1), None)
    return Cast(ordinary.summary if ordinary else None, elderly.summary if elderly else None,
                disabled.summary if disabled else None, shared, busy)


def _morning(ctx: GalleryContext, cast: Cast, scan_picture: bytes) -> None:
    """Today's queue, one unfinished wizard and a scan on a case waiting for papers."""
    user = ctx.desk.account.username
    walk_ins = WalkInsService(ctx.desk.store, user)
    if not walk_ins.queue(include_finished=True):
        if cast.ordinary:
            serving = walk_ins.add(cast.ordinary.name, "enrollment", "带了户口簿和身份证", cast.ordinary.uuid)
            walk_ins.set_status(serving.uuid, WalkInStatus.SERVING)
        walk_ins.add("张大爷", "inquiry", "问今年的缴费档次")
        if cast.elderly:
            walk_ins.add(cast.elderly.name, "certification", "", cast.elderly.uuid)
        walk_ins.add(make_resident_id("640423", date(1952, 8, 9), 17), "pension_claim", "外地迁入，还没登记")
        if cast.disabled:
            walk_ins.add(cast.disabled.name, "daijiao", "残疾人证已带来", cast.disabled.uuid)
    cases = CasesService(ctx.desk.store, user)
    if not cases.drafts() and cast.ordinary:
        cases.save_draft(None, CaseType.ENROLLMENT, 2, {"tier": "300.00"}, cast.ordinary.uuid)
    waiting = _waiting(cases)
    if waiting is not None and not waiting.scans:
        scan = cases.store_scan(scan_picture, "户口簿本人页.png", "image/png")
        cases.update_papers(waiting.row.uuid, waiting.papers, (scan,))


def _waiting(cases: CasesService) -> CaseRecord | None:
    for row in cases.list_cases(CaseFilter(status=CaseStatus.WAITING_DOCUMENTS)):
        record = cases.get(row.uuid)
        if record is not None and any(p.missing for p in record.papers):
            return record
    return None


def _scan_picture(scratch: Path) -> bytes:
    """A stand-in photo of a household register page (painted on the UI thread, where fonts live)."""
    image = QImage(*SCAN_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("#f3ead7"))
    painter = QPainter(image)
    painter.setPen(QColor("#8a2a1f"))
    painter.drawRect(QRect(12, 12, SCAN_SIZE[0] - 24, SCAN_SIZE[1] - 24))
    painter.setFont(QFont(QApplication.font().family(), 28))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "常住人口登记卡")
    painter.end()
    path = scratch / "hukou-page.png"
    image.save(str(path))
    return path.read_bytes()


def _window(ctx: GalleryContext) -> MainWindow:
    window = MainWindow(ctx.desk, ctx.policy.group_labels(), "nx-cxjm-pension " + ctx.policy.policy().ref.version,
                        policy=ctx.policy, close_desk=False)  # the gallery's desk stays open for later areas
    window.resize(1280, 800)
    window.show()
    settle(lambda: window.today_page.queue.rowCount() > 0 or window.today_page.status_label.text() != "")
    settle(lambda: not window.today_page._query.busy)
    return window


def _dialog(window: MainWindow, who: str) -> WalkInDialog:
    window.today_page.add_walk_in()
    dialog = window.today_page.walk_in_dialog
    assert dialog is not None
    dialog.who_edit.setText(who)
    dialog.look_up()
    settle(lambda: bool(dialog.found.text()) or dialog.problem.isVisibleTo(dialog))
    return dialog


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    cast = run_blocking(lambda: _cast(ctx))
    picture = _scan_picture(ctx.scratch)
    run_blocking(lambda: _morning(ctx, cast, picture))
    cases = CasesService(ctx.desk.store, ctx.desk.account.username)

    window = _window(ctx)
    yield "today", window
    for number, name in ((1, "today_unfinished"), (3, "today_returned")):
        window = _window(ctx)
        window.today_page.tabs.setCurrentIndex(number)
        yield name, window

    window = _window(ctx)
    if cast.elderly:
        yield "walk_in_found", _dialog(window, cast.elderly.name)
    window = _window(ctx)
    if cast.shared_name:
        yield "walk_in_same_name", _dialog(window, cast.shared_name)
    window = _window(ctx)
    good = make_resident_id("640423", date(1958, 3, 15), 37)
    yield "walk_in_bad_id", _dialog(window, good[:-1] + ("1" if good[-1] == "0" else "0"))

    window = _window(ctx)
    window.nav.setCurrentRow(RESIDENTS)
    window.search_edit.setText("马")
    window.register.run_search()
    settle(lambda: window.page.profile is not None)
    yield "register_search", window
    if cast.busy is not None:
        for tab, name in ((0, "resident_overview"), (1, "resident_contributions"), (2, "resident_cases"),
                          (3, "resident_timeline")):
            window = _window(ctx)
            window.open_resident(cast.busy.summary.uuid)
            settle(lambda w=window: w.page.profile is not None)  # type: ignore[misc]
            window.page.tabs.setCurrentIndex(tab)
            yield name, window

    window = _window(ctx)
    rows = cases.list_cases(CaseFilter(), 1)
    if rows:
        window.nav.setCurrentRow(RESIDENTS)
        window.search_edit.setText(rows[0].reference)
        yield "register_scanned_reference", window

    window = _window(ctx)
    window.nav.setCurrentRow(CASES)
    settle(lambda: window.cases_page.model.rowCount() > 0)
    yield "cases", window
    window = _window(ctx)
    window.nav.setCurrentRow(CASES)
    window.cases_page.set_filter(status=CaseStatus.RETURNED)
    settle(lambda: bool(window.cases_page.model.rows)
           and all(r.status == CaseStatus.RETURNED for r in window.cases_page.model.rows))
    yield "cases_returned", window

    waiting = run_blocking(lambda: _waiting(cases))
    if waiting is not None:
        view = CaseView(ctx.desk, cases, waiting, ctx.policy.group_labels())
        view.show()
        settle(lambda: any(not view.scans_list.item(n).icon().isNull() for n in range(view.scans_list.count())))
        yield "case_waiting_for_papers", view
    returned = run_blocking(lambda: cases.list_cases(CaseFilter(status=CaseStatus.RETURNED), 1))
    record = run_blocking(lambda: cases.get(returned[0].uuid)) if returned else None
    if record is not None:
        yield "case_returned", CaseView(ctx.desk, cases, record, ctx.policy.group_labels())
