"""The resident page: profile, household, groups with their source list, certificate, insurance,
contribution years, every case, a timeline, and new cases for this resident."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases import CaseType
from desktop.services.home_visits import HomeVisitRow, VisitStatus
from desktop.services.residents import CaseSummary, ContributionYear, ResidentProfile
from desktop.ui import labels
from desktop.ui.home_visit_dialog import visit_day
from desktop.ui.residents_model import Column, RowsModel, make_table
from desktop.ui.theme import set_role
from desktop.ui.walk_in_dialog import reason_label
from desktop.ui.widgets import named

PENSION_AGE = 60


@dataclass(frozen=True)
class TimelineEntry:
    day: date
    shown: str  # the date as shown: a whole date, or only the year for a year's contribution
    text: str


class ResidentPage(QWidget):
    sig_reveal = Signal(object)
    """The assistant asked to see the whole ID number (audited by the service): the resident's UUID."""
    sig_open_case = Signal(object)
    """A case of this resident was opened: its UUID."""
    sig_new_case = Signal(str, object)
    """A new case for this resident: the case type and the resident's UUID."""
    sig_plan_visit = Signal(object)
    """Plan a home visit (上门服务) for this resident, who cannot come: the resident's UUID."""

    def __init__(self, group_labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group_labels = group_labels
        self._profile: ResidentProfile | None = None
        self._visits: tuple[HomeVisitRow, ...] = ()
        self.title = set_role(named(QLabel(), "resident_title"), "title")
        self.id_label = named(QLabel(), "resident_id")
        self.reveal_button = named(QPushButton(), "reveal_button")
        self.reveal_button.clicked.connect(self._ask_reveal)
        self.new_case_button = set_role(named(QPushButton(), "new_case_button"), "menu")
        self.new_case_menu = QMenu(self)
        self.new_case_actions: dict[CaseType, QAction] = {}
        for case_type in CaseType:
            action = self.new_case_menu.addAction("")
            action.triggered.connect(lambda _c=False, t=case_type: self._new_case(t))
            self.new_case_actions[case_type] = action
        # with the new cases, not a button of its own: three buttons do not fit the page's row in large type
        self.new_case_menu.addSeparator()
        self.plan_visit_action = self.new_case_menu.addAction("")
        self.plan_visit_action.triggered.connect(lambda _c=False: self._plan_visit())
        self.new_case_button.setMenu(self.new_case_menu)
        self.tabs = named(QTabWidget(), "resident_tabs")
        self.tabs.setUsesScrollButtons(False)  # every tab whole: the page asks for the width its tabs need
        self.body = named(QTextBrowser(), "resident_body")
        self.body.setOpenLinks(False)
        self.contributions = RowsModel[ContributionYear]([
            Column(lambda: self.tr("Year"), lambda c: str(c.year)),
            Column(lambda: self.tr("Tier"), lambda c: f"{c.tier:.0f}"),
            Column(lambda: self.tr("Paid by the resident"), lambda c: f"{c.self_paid:.2f}"),
            Column(lambda: self.tr("Paid by the county (代缴)"), lambda c: f"{c.government_paid:.2f}"),
            Column(lambda: self.tr("Subsidy"), lambda c: f"{c.subsidy:.2f}"),
            Column(lambda: self.tr("Other funding"), lambda c: f"{c.other_funding:.2f}"),
            Column(lambda: self.tr("Paid late"), lambda c: self.tr("yes") if c.arrears else "", lambda c: c.arrears),
        ], self)
        self.contributions_table = make_table(self.contributions, "contributions_table")
        self.cases = RowsModel[CaseSummary]([
            Column(lambda: self.tr("Case"), lambda c: labels.case_type(c.case_type)),
            Column(lambda: self.tr("Status"), lambda c: labels.case_status(c.status),
                   lambda c: c.status in ("returned", "waiting_documents")),
            Column(lambda: self.tr("Opened"), lambda c: c.created_at.isoformat()),
            Column(lambda: self.tr("Last change"), lambda c: c.updated_at.isoformat()),
            Column(lambda: self.tr("By"), lambda c: c.updated_by),
        ], self)
        self.cases_table = make_table(self.cases, "resident_cases_table")
        self.cases_table.doubleClicked.connect(self._open_case)
        self.cases_table.activated.connect(self._open_case)
        self.timeline = RowsModel[TimelineEntry]([
            Column(lambda: self.tr("When"), lambda e: e.shown),
            Column(lambda: self.tr("What happened"), lambda e: e.text),
        ], self)
        self.timeline_table = make_table(self.timeline, "timeline_table")
        for widget in (self.body, self.contributions_table, self.cases_table, self.timeline_table):
            self.tabs.addTab(widget, "")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.id_label, 1)
        actions = QHBoxLayout()  # a row of its own: the buttons keep their whole text in large type too
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.new_case_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    @property
    def profile(self) -> ResidentProfile | None:
        return self._profile

    def retranslate_ui(self) -> None:
        self.reveal_button.setText(self.tr("Show &full ID"))
        self.reveal_button.setAccessibleName(self.tr("Show the full ID number (recorded in the audit trail)"))
        self.reveal_button.setToolTip(self.tr("Shows the whole ID number; who looked is recorded."))
        self.new_case_button.setText(self.tr("&New case for this resident"))
        self.new_case_button.setAccessibleName(self.tr("Start a new case for this resident"))
        for case_type, action in self.new_case_actions.items():
            action.setText(labels.case_type(case_type) + "…")
        self.plan_visit_action.setText(self.tr("Plan a &home visit (cannot come)…"))
        self.body.setAccessibleName(self.tr("Resident details"))
        self.contributions_table.setAccessibleName(self.tr("Contribution years"))
        self.cases_table.setAccessibleName(self.tr("The resident's cases; press Enter to open one"))
        self.timeline_table.setAccessibleName(self.tr("Timeline, newest first"))
        self.tabs.setAccessibleName(self.tr("Parts of the resident page"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the resident page"))
        for model in (self.contributions, self.cases, self.timeline):
            model.retranslate()
        self.show_profile(self._profile, self._visits)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_profile(self, profile: ResidentProfile | None, visits: Sequence[HomeVisitRow] = ()) -> None:
        """The resident, with their home visits (上门服务: planned, done or cancelled) in the timeline."""
        self._profile = profile
        self._visits = tuple(visits)
        self.reveal_button.setEnabled(profile is not None)
        self.new_case_button.setEnabled(profile is not None)
        p = profile
        self.contributions.set_rows(list(reversed(p.contributions)) if p else [])
        self.cases.set_rows(list(p.cases) if p else [])
        self.timeline.set_rows(self.timeline_of(p) if p else [])
        self._tab_titles()
        if p is None:
            self.title.setText(self.tr("No resident selected"))
            self.id_label.clear()
            hint = self.tr("Search for a resident, then choose one in the list.")
            self.body.setHtml("<p>" + escape(hint) + "</p>")
            return
        self.title.setText(p.summary.name)
        self.id_label.setText(p.summary.masked_id)
        self.body.setHtml(self._html(p))

    def show_full_id(self, resident_uuid: UUID, number: str | None) -> None:
        """The service's answer to :attr:`sig_reveal`, if the same resident is still shown."""
        if number and self._profile is not None and self._profile.summary.uuid == resident_uuid:
            self.id_label.setText(number)

    def _tab_titles(self) -> None:
        p = self._profile
        self.tabs.setTabText(0, self.tr("&Overview"))
        self.tabs.setTabText(1, self.tr("&Contributions (%1)").replace("%1", str(p.contribution_years if p else 0)))
        self.tabs.setTabText(2, self.tr("C&ases (%1)").replace("%1", str(len(p.cases) if p else 0)))
        self.tabs.setTabText(3, self.tr("&Timeline"))

    def _ask_reveal(self) -> None:
        if self._profile is not None:
            self.sig_reveal.emit(self._profile.summary.uuid)

    def _new_case(self, case_type: CaseType) -> None:
        if self._profile is not None:
            self.sig_new_case.emit(str(case_type), self._profile.summary.uuid)

    def _plan_visit(self) -> None:
        if self._profile is not None:
            self.sig_plan_visit.emit(self._profile.summary.uuid)

    def _open_case(self, index: QModelIndex) -> None:
        case = self.cases.row(index.row()) if index.isValid() else None
        if case is not None:
            self.sig_open_case.emit(case.uuid)

    # --- the overview ----------------------------------------------------------------------------

    def _html(self, p: ResidentProfile) -> str:
        s = p.summary
        return "".join([
            self._section(self.tr("Profile"), [
                (self.tr("Sex"), labels.sex(s.sex)),
                (self.tr("Born"), s.birth_date.isoformat() + " (" + self._age(s.age) + ")"),
                (self.tr("Phone"), s.phone or self.tr("none")),
                (self.tr("Address"), p.address or ""),
                (self.tr("Household registration"), p.hukou_name),
                (self.tr("Relation to household head"), p.relation_to_head or ""),
                (self.tr("Also noted"), "、".join(labels.flag(f) for f in p.flags) or self.tr("nothing")),
            ]),
            self._section(self.tr("Household"), [
                (m.name, f"{m.relation or ''} · {m.masked_id} · " + self._age(m.age)) for m in p.household
            ] or [(self.tr("Lives alone"), "")]),
            self._section(self.tr("Groups"), [
                (self._group(m.group) + (f" ({m.subtype})" if m.subtype else ""),
                 labels.agency(m.source_agency)
                 + (" " + self.tr("as of %1").replace("%1", m.as_of.isoformat()) if m.as_of else "")
                 + f" · {m.valid_from.isoformat()} – " + (m.valid_to.isoformat() if m.valid_to else self.tr("now"))
                 + ("" if m.active else " · " + self.tr("ended")))
                for m in p.memberships
            ] or [(self.tr("None"), "")]),
            self._section(self.tr("Disability certificate"), [
                (c.masked_number, self.tr("category: %1, grade %2")
                 .replace("%1", labels.disability_category(c.category)).replace("%2", str(c.grade))
                 + (" · " + self.tr("valid until %1").replace("%1", c.valid_until.isoformat())
                    if c.valid_until else ""))
                for c in p.certificates
            ] or [(self.tr("None"), "")]),
            self._section(self.tr("Residents' pension"), [
                (self.tr("Enrolled"), self.tr("yes, since %1").replace("%1", str(p.enrolled_since.year))
                 if p.enrolled and p.enrolled_since else (self.tr("yes") if p.enrolled else self.tr("no"))),
                (self.tr("Tier"), self.tr("%1 yuan a year").replace("%1", f"{p.tier:.0f}") if p.tier else ""),
                (self.tr("Contribution years"), str(p.contribution_years)),
                (self.tr("Drawing the pension"), self._drawing(p)),
            ]),
        ])

    def _group(self, key: str) -> str:
        return self._group_labels.get(key, key)

    def _age(self, years: int) -> str:
        return self.tr("%n years old", "", years)

    def _drawing(self, p: ResidentProfile) -> str:
        if p.receiving_pension and p.pension_start:
            return self.tr("since %1").replace("%1", p.pension_start.isoformat())
        return self.tr("yes") if p.receiving_pension else self.tr("no")

    @staticmethod
    def _section(title: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        # rich text ignores CSS padding in cells; the table's own cellpadding keeps the columns apart
        return f"<h3>{escape(title)}</h3><table cellspacing='0' cellpadding='3'>{cells}</table>"

    # --- the timeline ----------------------------------------------------------------------------

    def timeline_of(self, p: ResidentProfile) -> list[TimelineEntry]:
        """Enrolment, contributions, group spans, cases and the pension, newest first."""
        entries: list[tuple[date, int, TimelineEntry]] = []

        def add(day: date, text: str, shown: str | None = None, order: int = 0) -> None:
            entries.append((day, order, TimelineEntry(day, shown or day.isoformat(), text)))

        if p.enrolled_since:
            add(p.enrolled_since, self.tr("Enrolled in the residents' pension"))
        for c in p.contributions:
            add(date(c.year, 12, 31), self.tr("Contribution for %1: tier %2 yuan").replace("%1", str(c.year))
                .replace("%2", f"{c.tier:.0f}") + (" · " + self.tr("paid late") if c.arrears else ""),
                str(c.year), -1)
        for m in p.memberships:
            add(m.valid_from, self.tr("Joined: %1 (%2)").replace("%1", self._group(m.group))
                .replace("%2", labels.agency(m.source_agency)))
            if m.valid_to:
                add(m.valid_to, self.tr("Left: %1").replace("%1", self._group(m.group)))
        for case in p.cases:
            add(case.created_at, self.tr("Case opened: %1").replace("%1", labels.case_type(case.case_type)))
            if case.updated_at != case.created_at:
                add(case.updated_at, self.tr("%1: %2").replace("%1", labels.case_type(case.case_type))
                    .replace("%2", labels.case_status(case.status)), order=1)
        for v in self._visits:
            what = (self.tr("Home visit for %1: %2, %3").replace("%1", reason_label(v.kind))
                    .replace("%2", v.address).replace("%3", v.staff))
            if v.status is VisitStatus.DONE:
                what += " · " + self.tr("done") + (f" · {v.case_reference}" if v.case_reference else "")
            elif v.status is VisitStatus.CANCELLED:
                what += " · " + self.tr("cancelled: %1").replace("%1", v.cancel_reason)
            add(v.planned_on, what, visit_day(v.planned_on, v.part_of_day), order=3)
        if p.pension_start:
            add(p.pension_start, self.tr("Started drawing the pension"), order=2)
        elif p.enrolled:
            sixty = _birthday(p.summary.birth_date, PENSION_AGE)
            add(sixty, self.tr("Reaches 60: can claim the pension"))
        return [entry for _day, _order, entry in sorted(entries, key=lambda e: (e[0], e[1]), reverse=True)]


def _birthday(birth: date, years: int) -> date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February in a year without one
        return date(birth.year + years, 2, 28)
