"""Gallery shots of home visits (上门服务): Today with overdue, today's and coming visits beside a queue with
long notes, the dialog to plan a visit (filled in, and refusing a past day with nobody to go), moving and
cancelling a visit, the wizard opened for a visit, and the form of a case taken on a visit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop.services.cases import CaseType
from desktop.services.home_visits import HOME_VISIT_KEY, HomeVisitRow, HomeVisitsService, VisitPlan
from desktop.services.residents import ResidentsService, ResidentSummary
from desktop.services.walkins import WalkInsService
from desktop.ui.documents.forms import application_form
from desktop.ui.gallery_context import GalleryContext, pause
from desktop.ui.home_visit_dialog import CancelVisitDialog, HomeVisitDialog
from desktop.ui.main_gallery import settle
from desktop.ui.main_window import MainWindow
from desktop.ui.operation import run_blocking
from desktop.ui.print_preview import desk_info
from desktop.ui.printing_gallery import _case_data, _record, _resident, pages_widget

STAFF = "马协理员"
LONG_NOTE = "女儿代问：老人卧床三年，想问补缴以前年份的钱怎么算，能不能上门办"


def _elders(ctx: GalleryContext) -> list[ResidentSummary]:
    residents = ResidentsService(ctx.desk.store, ctx.desk.account.username)
    found = {r.uuid: r for prefix in ("6404", "64") for r in residents.search(prefix, 200)}
    return sorted((r for r in found.values() if r.age >= 60), key=lambda r: -r.age)


def _plan_week(ctx: GalleryContext, people: list[ResidentSummary]) -> None:
    """An overdue visit, two today, one in a few days; and a walk-in whose note is long (once per desk)."""
    user = ctx.desk.account.username
    visits = HomeVisitsService(ctx.desk.store, user)
    if visits.agenda() or len(people) < 4:
        return
    today = visits.day()
    earlier = HomeVisitsService(ctx.desk.store, user, today - timedelta(days=3))
    earlier.schedule(VisitPlan(people[0].uuid, "certification", today - timedelta(days=1), STAFF,
                               note="每年的资格认证，老人行动不便"))
    visits.schedule(VisitPlan(people[1].uuid, "pension_claim", today, STAFF, part_of_day="morning",
                              note="卧床，带上按手印用的印泥"))
    visits.schedule(VisitPlan(people[2].uuid, "info_change", today, "李协理员", "沙塘镇新村5号（女儿家）",
                              "afternoon", "换了电话号码"))
    visits.schedule(VisitPlan(people[3].uuid, "tier_change", today + timedelta(days=4), STAFF))
    walk_ins = WalkInsService(ctx.desk.store, user)
    walk_ins.add("马桂兰", "inquiry", LONG_NOTE)


def _window(ctx: GalleryContext) -> MainWindow:
    window = MainWindow(ctx.desk, ctx.policy.group_labels(), policy=ctx.policy, close_desk=False)
    window.resize(1280, 800)
    window.show()
    settle(lambda: window.today_page.visits.rowCount() > 0)
    settle(lambda: not window.today_page._query.busy)
    return window


def _saved(dialog: HomeVisitDialog | CancelVisitDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(dialog.buttons.isEnabled)
    pause(100)


def _form(ctx: GalleryContext, visit: HomeVisitRow | None) -> QWidget:
    profile = _resident(ctx)
    data = dict(_case_data(profile, ctx)[CaseType.PENSION_CLAIM])
    if visit is not None:
        data[HOME_VISIT_KEY] = visit.case_mark(visit.planned_on)
    record = _record(ctx, profile, CaseType.PENSION_CLAIM, data)
    return pages_widget(application_form(desk_info(ctx.desk), record, ctx.policy.group_labels()), "form_home_visit")


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    people = run_blocking(lambda: _elders(ctx))
    run_blocking(lambda: _plan_week(ctx, people))
    window = _window(ctx)
    yield "home_visits_today", window

    if people:
        defaults = run_blocking(lambda: window.home_visits.defaults(people[-1].uuid))
        plan = HomeVisitDialog(window.home_visits, defaults, STAFF, kind="enrollment", parent=window)
        plan.note_edit.setText("腿脚不便，下午在家")
        plan.open()
        yield "home_visit_plan", plan

        bad = HomeVisitDialog(window.home_visits, defaults, "", parent=window)
        past: date = window.home_visits.day() - timedelta(days=2)
        bad.date_edit.setDate(QDate(past.year, past.month, past.day))
        bad.open()
        _saved(bad)
        yield "home_visit_refused", bad

    page = window.today_page
    due = page.visits.rows[1] if page.visits.rowCount() > 1 else None
    if due is not None:
        move = HomeVisitDialog(window.home_visits, due.defaults(), STAFF, due, parent=window)
        move.open()
        yield "home_visit_move", move
        cancel = CancelVisitDialog(window.home_visits, due, window)
        cancel.open()
        _saved(cancel)  # no reason yet: the dialog says one is needed
        yield "home_visit_cancel_needs_reason", cancel
        wizard = window.start_home_visit(due)
        if wizard is not None:
            pause(300)
            yield "home_visit_wizard", wizard
            wizard.autosave_timer.stop()
            wizard.discard_and_close()  # the gallery's desk keeps no draft of it

    yield "home_visit_form", _form(ctx, due)
