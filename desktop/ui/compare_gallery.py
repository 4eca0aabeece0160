"""Gallery shots of the 数据比对 screens: the worklists after a 民政 list made from the demo desk's own residents
was imported (a person with a case to open, a list row with a damaged ID number to link to a resident after
a question, a late list with a plain instruction, a worklist filtered by
group, the ledger saved, a comparison stopped), the dashboard with its charts and its print panel, and the
part of the main window holding the lists, the worklists and the figures as tabs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QWidget

from core.compare import ActionKind, WorklistCode
from desktop.services.demo import DEMO_PASSWORD, DEMO_USER
from desktop.services.desk import Desk
from desktop.services.lists import ListsService
from desktop.ui.compare import ComparePart, DashboardPage, WorklistsPage
from desktop.ui.compare.part import WORKLISTS_TAB
from desktop.ui.display_mode import DisplayMode, current_mode, figures
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.lists_gallery import gbk_title_csv, register_people
from desktop.ui.main_gallery import settle

PAGE_SIZE = (1200, 760)


def page_size(ctx: GalleryContext) -> tuple[int, int]:
    """The gallery's page size, grown with the mode's type (适老化 type is half as large again)."""
    scale = figures(current_mode(ctx.app)).body_pt / figures(DisplayMode.NORMAL).body_pt
    return round(PAGE_SIZE[0] * scale), round(PAGE_SIZE[1] * scale)


def private_desk(ctx: GalleryContext) -> Desk:
    """A copy of the gallery's desk, so the list imported here changes nothing the other areas' shots find
    (their residents' groups, the lists page). The gallery's desk is idle between shots: its file is whole."""
    folder = ctx.scratch / "compare-desk"
    if not folder.exists():
        shutil.copytree(ctx.data_dir, folder)
    return Desk.sign_in(folder, DEMO_USER, DEMO_PASSWORD)


def import_demo_lists(desk: Desk, folder: Path) -> None:
    """A 民政 list naming eight of the desk's residents, one with a mistyped ID number, and two strangers."""
    known = register_people(desk, 8)
    lists = ListsService(desk.store, desk.account.username, desk.settings.village_code)
    lists.apply(gbk_title_csv(folder, known), "civil-affairs")


def _choose(page: WorklistsPage, code: WorklistCode, action: ActionKind | None = None) -> None:
    page.select_worklist(code)
    for row, item in enumerate(page.shown):
        if action is None or item.action is action:
            page.people.selectRow(row)
            return


def _ready(page: WorklistsPage) -> bool:
    return not page.busy and page.result is not None


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    desk = private_desk(ctx)
    try:
        yield from _shots(ctx, desk)
    finally:
        desk.close()


def _shots(ctx: GalleryContext, desk: Desk) -> Iterator[tuple[str, QWidget]]:
    import_demo_lists(desk, ctx.scratch)
    labels = ctx.policy.group_labels()
    page = WorklistsPage(desk, group_labels=labels)
    page.resize(*page_size(ctx))
    settle(lambda: _ready(page))
    _choose(page, WorklistCode.NOT_ENROLLED, ActionKind.ENROLLMENT)
    yield "worklist_not_enrolled", page
    _choose(page, WorklistCode.NOT_ENROLLED, ActionKind.CONFIRM_MATCH)
    yield "worklist_confirm_match", page
    question = page.ask_confirm()
    if question is not None:
        hint = question.sizeHint()
        question.resize(max(hint.width(), 560), max(hint.height(), 260))  # the gallery's smallest shot
        yield "confirm_match_question", question
        question.close()
    _choose(page, WorklistCode.DAIJIAO_MISSING)
    yield "worklist_daijiao_missing", page
    _choose(page, WorklistCode.YEARS_SHORT)
    yield "worklist_years_short", page
    _choose(page, WorklistCode.STALE_LISTS)
    yield "worklist_stale_lists", page
    page.select_worklist(WorklistCode.NOT_ENROLLED)
    page.group_combo.setCurrentIndex(min(1, page.group_combo.count() - 1))
    yield "worklist_filtered_by_group", page
    page.group_combo.setCurrentIndex(0)
    page.masked_box.setChecked(True)
    page.export_to(Path(ctx.scratch) / "管理台账.xlsx")
    settle(lambda: not page.busy and page.last_export is not None)
    yield "ledger_saved", page

    stopped = WorklistsPage(desk, group_labels=labels, compare_now=False)
    stopped.resize(*page_size(ctx))
    stopped.refresh()
    if stopped.job is not None:
        stopped.job.stop()
    settle(lambda: not stopped.busy)
    yield "worklists_stopped", stopped

    dashboard = DashboardPage(desk, group_labels=labels, compare_now=True)
    width, height = page_size(ctx)
    dashboard.resize(width, round(height * 1.2))
    settle(lambda: not dashboard.busy and dashboard.board is not None)
    yield "dashboard", dashboard
    dialog = dashboard.open_print()
    if dialog is not None:
        hint = dialog.sizeHint()
        dialog.resize(max(hint.width(), 640), max(hint.height(), 360))
        yield "dashboard_print", dialog
        dialog.close()

    part = ComparePart(desk, group_labels=labels)
    part.resize(*page_size(ctx))
    part.tabs.setCurrentIndex(WORKLISTS_TAB)
    part.show()  # the part compares when first shown
    settle(lambda: not part.busy and part.worklists.result is not None)
    yield "part_worklists_tab", part
    for busy in (page, stopped, dashboard, part):
        busy.stop()
    settle(lambda: not any(p.busy for p in (page, stopped, dashboard, part)))
