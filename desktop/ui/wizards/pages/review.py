"""Everything in plain words, to read to the resident before they confirm (the wizard's ``review_sections``).

A mistake is corrected with Back; the assistant may add a note for the township and county here.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from desktop.services.cases import Paper
from desktop.ui import labels
from desktop.ui.display_mode import mode_notifier
from desktop.ui.documents.receipts import list_name
from desktop.ui.read_aloud import ReadAloudButton
from desktop.ui.widgets import named
from desktop.ui.wizards.context import CaseState, WizardContext
from desktop.ui.wizards.page import CasePage
from desktop.ui.wizards.text import fill

translate = QCoreApplication.translate  # the bare name lupdate recognises; "CaseReview": the review lines' context


class ReviewPage(CasePage):
    key = "review"

    def __init__(self, ctx: WizardContext, case: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, case, parent)
        self.summary = named(QTextBrowser(), "review_text")
        self.summary.setOpenLinks(False)
        self.note_label = QLabel()
        self.note_edit = named(QPlainTextEdit(), "review_note")
        self.note_edit.setTabChangesFocus(True)
        self.fit_font()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            mode_notifier(app).mode_changed.connect(self.fit_font)
        self.note_label.setBuddy(self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        self.read_aloud = ReadAloudButton(self.plain_text, self)  # for residents who cannot read it
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit)
        self.watch(self.note_edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Read it to the resident"))
        self.setSubTitle(self.tr("Read everything below to the resident. If something is wrong, go Back and "
                                 "correct it."))
        self.summary.setAccessibleName(self.tr("Summary of the application"))
        self.note_label.setText(self.tr("Note for the &township and county (optional):"))
        self.note_edit.setAccessibleName(self.tr("Note for the township and county"))
        if self.entered:
            self._show()

    def fit_font(self, _mode: str = "") -> None:
        """Four lines of the application font, followed when the display mode changes."""
        self.note_edit.setMaximumHeight(QFontMetrics(QApplication.font()).height() * 4)

    def on_enter(self) -> None:
        self.note_edit.setPlainText(str(self.case.data.get("note", "")))
        self._show()

    def _show(self) -> None:
        html = []
        sections = self.case_wizard().review_sections()
        visit = home_visit_lines(self.case)
        if visit:
            sections = [(self.tr("How the case is taken"), visit), *sections]
        for heading, lines in sections:
            html.append(f'<p style="font-size: large; font-weight: bold;">{escape(heading)}</p>')
            html.append("<p>" + "<br>".join(escape(line) for line in lines) + "</p>")
        self.summary.setHtml("".join(html))

    def plain_text(self) -> str:
        return self.summary.toPlainText()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.case.data["note"] = self.note_edit.toPlainText().strip()
        return True

    def values(self) -> dict[str, Any]:
        return {"note": self.note_edit.toPlainText()}

    def restore(self, values: dict[str, Any]) -> None:
        self.note_edit.setPlainText(str(values.get("note", "")))

def home_visit_lines(case: CaseState) -> list[str]:
    """A case taken at the resident's home (上门服务): when, where and by whom, read out with the rest."""
    visit = case.data.get("home_visit")
    if not isinstance(visit, dict):
        return []
    return [fill(translate("CaseReview", "On a home visit (上门服务) on %1 at %2, by %3."), visit.get("date", ""),
                 visit.get("address", ""), visit.get("staff", ""))]


def resident_lines(case: CaseState) -> list[str]:
    """Who the case is for, as the review reads it out."""
    r = case.resident
    if r is None:
        return []
    return [fill(translate("CaseReview", "%1, %2, born %3 (%4 years old)"), r.name, labels.sex(r.sex),
                 r.birth_date.isoformat(), r.age),
            fill(translate("CaseReview", "ID number %1"), r.masked_id)]


def paper_lines(papers: Sequence[Paper], waiting: str | None = None) -> list[str]:
    """The papers received and those still missing, as the review reads them out; ``waiting`` (translated,
    ``%1`` = the missing papers) says what waits for them, the application by default."""
    received = [labels.paper(p.kind) for p in papers if p.received and p.verified_from is None]
    missing = [labels.paper(p.kind) for p in papers if p.mandatory and not p.received]
    names = "、".join(received) if received else translate("CaseReview", "none")
    lines = [fill(translate("CaseReview", "Received: %1."), names)]
    for paper in papers:
        proof = paper.verified_from
        if proof is not None:
            lines.append(fill(translate("CaseReview", "%1: verified from the %2 (list date %3), no need to bring it."),
                              labels.paper(paper.kind), list_name(proof.agency), proof.as_of.isoformat()))
    if missing:
        waiting = waiting or translate("CaseReview", "Still missing: %1. The application waits until they are brought.")
        lines.append(fill(waiting, "、".join(missing)))
    return lines
