"""The desk's 数据比对 screens: the worklists of the comparison with each person's next step, the management
ledger (管理台账) exported for the county, and the village dashboard with its charts, printable; and the part
of the main window that holds them beside the lists page."""

from __future__ import annotations

from desktop.ui.compare.dashboard import DashboardPage
from desktop.ui.compare.part import ComparePart
from desktop.ui.compare.worklists import WorklistsPage

__all__ = ["ComparePart", "DashboardPage", "WorklistsPage"]
