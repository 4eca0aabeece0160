"""The resident page: profile, household, groups with their source list, certificate, insurance, cases."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.services.residents import ResidentProfile
from desktop.ui import labels
from desktop.ui.widgets import named


class ResidentPage(QWidget):
    def __init__(self, reveal: Callable[[], str | None], group_labels: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reveal = reveal
        self._group_labels = group_labels
        self._profile: ResidentProfile | None = None
        self.title = named(QLabel(), "resident_title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.id_label = named(QLabel(), "resident_id")
        self.reveal_button = named(QPushButton(), "reveal_button")
        self.reveal_button.clicked.connect(self._show_full_id)
        self.body = named(QTextBrowser(), "resident_body")
        self.body.setOpenLinks(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.id_label)
        head.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        self.retranslate_ui()
        self.show_profile(None)

    def retranslate_ui(self) -> None:
        self.reveal_button.setText(self.tr("Show &full ID"))
        self.reveal_button.setAccessibleName(self.tr("Show the full ID number (recorded in the audit trail)"))
        self.reveal_button.setToolTip(self.tr("Shows the whole ID number; who looked is recorded."))
        self.body.setAccessibleName(self.tr("Resident details"))
        self.show_profile(self._profile)

    def show_profile(self, profile: ResidentProfile | None) -> None:
        self._profile = profile
        self.reveal_button.setEnabled(profile is not None)
        if profile is None:
            self.title.setText(self.tr("No resident selected"))
            self.id_label.clear()
            self.body.setHtml(f"<p>{escape(self.tr('Search on the left and choose a resident.'))}</p>")
            return
        s = profile.summary
        self.title.setText(s.name)
        self.id_label.setText(s.masked_id)
        self.body.setHtml(self._html(profile))

    def _show_full_id(self) -> None:
        number = self._reveal()
        if number:
            self.id_label.setText(number)

    def _html(self, p: ResidentProfile) -> str:
        s = p.summary
        parts = [
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
                (m.name, f"{m.relation or ''} · {m.masked_id} · " + self._age(m.age))
                for m in p.household
            ] or [(self.tr("Lives alone"), "")]),
            self._section(self.tr("Groups"), [
                (self._group_labels.get(m.group, m.group) + (f" ({m.subtype})" if m.subtype else ""),
                 f"{labels.agency(m.source_agency)}"
                 + (" " + self.tr("as of %1").replace("%1", m.as_of.isoformat()) if m.as_of else "")
                 + f" · {m.valid_from.isoformat()} – " + (m.valid_to.isoformat() if m.valid_to else self.tr("now"))
                 + ("" if m.active else " · " + self.tr("ended")))
                for m in p.memberships
            ] or [(self.tr("None"), "")]),
            self._section(self.tr("Disability certificate"), [
                (c.masked_number, self.tr("category: %1, grade %2")
                 .replace("%1", labels.disability_category(c.category)).replace("%2", str(c.grade)))
                for c in p.certificates
            ] or [(self.tr("None"), "")]),
            self._section(self.tr("Residents' pension"), [
                (self.tr("Enrolled"), self.tr("yes, since %1").replace("%1", str(p.enrolled_since.year))
                 if p.enrolled and p.enrolled_since else (self.tr("yes") if p.enrolled else self.tr("no"))),
                (self.tr("Tier"), self.tr("%1 yuan a year").replace("%1", f"{p.tier:.0f}") if p.tier else ""),
                (self.tr("Contribution years"), str(p.contribution_years)),
                (self.tr("Drawing the pension"), self._drawing(p)),
            ]),
            self._section(self.tr("Contributions"), [
                (str(c.year), self.tr("tier %1: self %2, government %3, subsidy %4")
                 .replace("%1", f"{c.tier:.0f}").replace("%2", f"{c.self_paid:.2f}")
                 .replace("%3", f"{c.government_paid:.2f}").replace("%4", f"{c.subsidy:.2f}"))
                for c in p.contributions[-6:]
            ] or [(self.tr("None recorded"), "")]),
            self._section(self.tr("Cases"), [
                (labels.case_type(c.case_type), f"{labels.case_status(c.status)} · {c.updated_at.isoformat()}")
                for c in p.cases
            ] or [(self.tr("None"), "")]),
        ]
        return "".join(parts)

    def _age(self, years: int) -> str:
        return self.tr("%n years old", "", years)

    def _drawing(self, p: ResidentProfile) -> str:
        if p.receiving_pension and p.pension_start:
            return self.tr("since %1").replace("%1", p.pension_start.isoformat())
        return self.tr("yes") if p.receiving_pension else self.tr("no")

    @staticmethod
    def _section(title: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        return f"<h3>{escape(title)}</h3><table cellspacing='2'>{cells}</table>"
