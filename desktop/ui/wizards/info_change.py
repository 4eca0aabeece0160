"""信息变更: changing a resident's details (DOMAIN 5.2).

identify → which details change, what is recorded now and what they become (checked) → papers by what
changes (the new ID card and the police's proof for a name, ID number or birth date; the ID card alone
otherwise) → review, saying what changes here at once and what waits for the county → confirmation →
print. Saving changes the phone and address in this desk's register at once; everything else is changed
by the county.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from core.documents import IDENTITY_FIELDS, CaseKind, Requirement, checklist
from desktop.services.cases import CaseRecord, CaseType
from desktop.ui.operation import run_blocking
from desktop.ui.widgets import wrapping_label
from desktop.ui.wizards.base import CaseWizard
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.info_change_choices import CONTACT_FIELDS, InfoChangeChoicesPage
from desktop.ui.wizards.pages.print_page import PrintPage
from desktop.ui.wizards.pages.review import paper_lines, resident_lines
from desktop.ui.wizards.text import fill


def changes(case: CaseState) -> list[dict[str, str]]:
    return list(case.data.get("changes") or [])


def contact_changes(case: CaseState) -> dict[str, str]:
    """The phone and address to write into the register, by field."""
    return {c["field"]: c["new"] for c in changes(case) if c["field"] in CONTACT_FIELDS}


class InfoChangePrintPage(PrintPage):
    """The shared last page, saying also that the register has the new phone or address now."""

    def __init__(self, ctx: WizardContext, case: CaseState) -> None:
        super().__init__(ctx, case)
        self.applied = wrapping_label("contact_applied")
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, self.applied)
        self._show_applied()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._show_applied()

    def on_enter(self) -> None:
        super().on_enter()
        self._show_applied()

    def _show_applied(self) -> None:
        if not hasattr(self, "applied"):
            return  # the shared page fills itself in before this page has built its own parts
        fields = contact_changes(self.case) if self.case.finished else {}
        names = {"phone": self.tr("phone %1"), "address": self.tr("address %1")}
        self.applied.setText("✔ " + fill(self.tr("The register has the new details now: %1."),
                                         "；".join(fill(names[f], v) for f, v in fields.items())))
        self.applied.setVisible(bool(fields))


class InfoChangeWizard(CaseWizard):
    case_type = CaseType.INFO_CHANGE

    def build_pages(self) -> None:
        ctx, case = self.ctx, self.case
        self.choices_page = InfoChangeChoicesPage(ctx, case)
        self.add_usual_pages(None, self.choices_page, InfoChangePrintPage(ctx, case))

    def checklist(self, proxy: bool = False) -> tuple[Requirement, ...]:
        fields = frozenset(c["field"] for c in changes(self.case))
        return checklist(CaseKind.INFO_CHANGE, proxy=proxy, changed_fields=fields)

    def finish_case(self) -> CaseRecord:
        """Phone and address go into the register first: doing it again is harmless if saving the case fails,
        and the case then keeps the resident as they confirmed them."""
        contact, resident = contact_changes(self.case), self.case.resident
        if contact and resident is not None:
            run_blocking(lambda: self.ctx.registration.apply_contact_change(
                resident.uuid, contact.get("phone"), contact.get("address")))
        return super().finish_case()

    # --- the review -------------------------------------------------------------------------------
    def review_sections(self) -> list[tuple[str, list[str]]]:
        return [(self.tr("The resident"), resident_lines(self.case)),
                (self.tr("What changes"), self._change_lines()),
                (self.tr("What happens when the case is saved"), self._effect_lines()),
                (self.tr("Papers"), paper_lines(self.case.papers, self.tr("Still missing: %1. The change waits until "
                                                                          "they are brought.")))]


    def _change_lines(self) -> list[str]:
        page = self.choices_page
        return [fill(self.tr("%1: %2 → %3"), page.field_name(c["field"]),
                     page.shown(c["field"], c["old"]) or self.tr("(not recorded)"), page.shown(c["field"], c["new"]))
                for c in changes(self.case)]

    def _effect_lines(self) -> list[str]:
        fields = {c["field"] for c in changes(self.case)}
        lines = []
        if fields & CONTACT_FIELDS:
            lines.append(self.tr("The new phone or address is written into this desk's register as soon as you "
                                 "save, and goes to the county with the case."))
        if fields & IDENTITY_FIELDS:
            lines.append(self.tr("The name, ID number or date of birth changes only after the county has checked "
                                 "the new ID card and the police's proof of the change; until then the register "
                                 "keeps the details recorded now."))
        if fields & {"sex", "ethnicity"}:
            lines.append(self.tr("The county changes the sex or ethnicity with this form and the ID card."))
        return lines



WIZARD = InfoChangeWizard
