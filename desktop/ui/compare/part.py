"""The main window's 名单比对 part in one widget: the lists page (核对名单), the worklists (工作清单) and the
figures (统计) as tabs. The first comparison runs when the part is first shown (not at sign-in); an import or a
confirmed match compares again, and each comparison's figures go to the dashboard, so the three never disagree."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.desk import Desk
from desktop.ui.compare.dashboard import DashboardPage
from desktop.ui.compare.worklists import WorklistsPage
from desktop.ui.lists import ListsPage
from desktop.ui.widgets import named

LISTS_TAB, WORKLISTS_TAB, DASHBOARD_TAB = range(3)


class ComparePart(QWidget):
    sig_open_resident = Signal(object)
    """Open the resident page: the resident's UUID."""
    sig_open_wizard = Signal(str, object)
    """Start a case: its type and the resident's UUID (None: someone not yet in the register)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, today: date | None = None,
                 group_labels: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_part")
        self.tabs = named(QTabWidget(), "compare_tabs")
        self.lists = ListsPage(desk, today=today, group_labels=group_labels)
        self.worklists = WorklistsPage(desk, today=today, group_labels=group_labels, compare_now=False)
        self.dashboard = DashboardPage(desk, today=today, group_labels=group_labels)
        for page in (self.lists, self.worklists, self.dashboard):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.lists.sig_lists_changed.connect(self.worklists.refresh)
        self.worklists.sig_matched.connect(self.lists.refresh)
        self.worklists.sig_compared.connect(self.dashboard.show_result)
        self.worklists.sig_open_resident.connect(self.sig_open_resident)
        self.worklists.sig_open_wizard.connect(self.sig_open_wizard)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(LISTS_TAB, self.tr("Check &lists"))
        self.tabs.setTabText(WORKLISTS_TAB, self.tr("&To do"))
        self.tabs.setTabText(DASHBOARD_TAB, self.tr("&Figures"))
        self.tabs.setAccessibleName(self.tr("Lists, worklists and figures"))
        self.tabs.tabBar().setAccessibleName(self.tr("Lists, worklists and figures"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self.worklists.result is None and not self.worklists.busy:
            self.worklists.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """The register changed elsewhere (a case finished): compare again, unless nothing was compared yet and
        the part is hidden (it compares when first shown)."""
        if self.worklists.result is not None or self.worklists.busy or self.isVisible():
            self.worklists.refresh()

    @property
    def busy(self) -> bool:
        return self.lists.busy or self.worklists.busy or self.dashboard.busy

    def stop(self) -> None:
        """Stop what the pages started (the main window calls it before closing the desk)."""
        for page in (self.lists, self.worklists, self.dashboard):
            page.stop()
