"""The desk's screens for agency lists (名单比对): the lists page, importing a list step by step, the
difference against the previous list, and the rows to fix with matching confirmed by the assistant."""

from __future__ import annotations

from desktop.ui.lists.import_dialog import ImportDialog
from desktop.ui.lists.page import ListsPage
from desktop.ui.lists.snapshot_dialogs import DifferenceDialog, RowsDialog

__all__ = ["DifferenceDialog", "ImportDialog", "ListsPage", "RowsDialog"]
