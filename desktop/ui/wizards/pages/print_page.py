"""After saving: what was saved (reference, status, papers still missing) and the print panel for the case.

The case is already saved when this page shows (the confirmation page finished it); printing can be done
now or later from the case list. A case waiting for papers offers the "please bring" slip. For a veteran the
veteran-related services are listed again as next steps (退役军人直办通道), to point to before the resident goes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.services.cases import CaseStatus
from desktop.ui import labels
from desktop.ui.print_preview import PrintPanel
from desktop.ui.theme import set_role
from desktop.ui.widgets import wrapping_label
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.layout import scrolling
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.pages.known import veteran_steps_text
from desktop.ui.wizards.text import fill


class PrintPage(CasePage):
    key = "print"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.setFinalPage(True)
        self.outcome = wrapping_label("saved_outcome")
        set_role(self.outcome, "lead")
        self.missing = wrapping_label("saved_missing")
        self.next_steps = wrapping_label("print_next_steps")
        set_role(self.next_steps, "panel")
        self.next_steps.setVisible(False)
        self.panel: PrintPanel | None = None  # made once the case is saved: it prints the saved case
        # scrolls: the veteran services above the print panel must not squeeze its buttons in large type
        self.scroll_area, self._layout = scrolling(self, "print_scroll")
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the print panel; focus scrolls to it
        self._layout.addWidget(self.outcome)
        self._layout.addWidget(self.missing)
        self._layout.addWidget(self.next_steps)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Saved: print the papers"))
        self.setSubTitle(self.tr("Print the form for the resident to sign, and give them the receipt."))
        self.scroll_area.setAccessibleName(self.tr("What was saved and what to print"))
        self._show()

    def on_enter(self) -> None:
        record = self.case.record
        if record is not None and self.panel is None:
            self.panel = PrintPanel(self.case_wizard().printables(record), self.ctx.desk.settings.printer,
                                    record.row.reference)
            self._layout.addWidget(self.panel, 1)
        self._show()

    def _show(self) -> None:
        record = self.case.record
        steps = veteran_steps_text() if record is not None and self.case.veteran else ""
        self.next_steps.setText(steps)
        self.next_steps.setVisible(bool(steps))
        if record is None:
            self.outcome.setText("")
            self.missing.setText("")
            return
        row = record.row
        self.outcome.setText("✔ " + fill(self.tr("Saved as case %1: %2."), row.reference,
                                         labels.case_status(row.status)))
        missing = [labels.paper(p.kind) for p in record.papers if p.missing]
        if row.status is CaseStatus.WAITING_DOCUMENTS and missing:
            self.missing.setText("⚠ " + fill(self.tr("Still missing: %1. Print the \"please bring\" slip for the "
                                                     "resident; the case becomes ready when the papers are "
                                                     "brought."), "、".join(missing)))
        else:
            self.missing.setText(self.tr("All papers are here: the case is ready to go to the county."))
