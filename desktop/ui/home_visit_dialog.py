"""Plan a home visit (上门服务) for a resident who cannot come, or move one already planned; and cancel one.

The dialog starts from the resident's own address and the assistant's name, so that a usual visit needs
only a purpose and a day. Every problem with what was chosen is said at once, in words, and nothing
typed is lost: the dialog stays open until the visit is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.problems import Problem
from desktop.messages import describe
from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.services.errors import ServiceError
from desktop.services.home_visits import (
    KINDS,
    MAX_ADDRESS,
    MAX_NOTE,
    MAX_REASON,
    MAX_STAFF,
    PARTS_OF_DAY,
    HomeVisitRow,
    HomeVisitsService,
    VisitDefaults,
    VisitPlan,
)
from desktop.ui.operation import Operation
from desktop.ui.theme import set_role
from desktop.ui.walk_in_dialog import reason_label
from desktop.ui.widgets import grow_to_words, named, wrapping_label

ANY_TIME = ""  # the time-of-day box's first choice: the visit is not fixed to a part of the day
PARTS = {
    "morning": QT_TRANSLATE_NOOP("HomeVisit", "morning"),
    "afternoon": QT_TRANSLATE_NOOP("HomeVisit", "afternoon"),
}


def part_of_day_label(code: str | None) -> str:
    """Morning, afternoon, or any time of the day."""
    if code in PARTS:
        return QCoreApplication.translate("HomeVisit", PARTS[code])
    return QCoreApplication.translate("HomeVisit", "any time")


def visit_day(planned_on: date, part_of_day: str | None) -> str:
    """The day as the lists show it: "2026-03-02 morning"; any time of day adds nothing."""
    return planned_on.isoformat() + (" " + part_of_day_label(part_of_day) if part_of_day else "")


class _GrowingDialog(QDialog):
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        grow_to_words(self)

    def fit_width(self, characters: int) -> None:
        """About this many characters wide, but never wider than the screen it is on."""
        wanted = self.fontMetrics().averageCharWidth() * characters
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().width() * 9 // 10)
        self.resize(max(wanted, self.minimumSizeHint().width()), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must name its texts")  # each dialog has its own words

    def show_problems(self, label: QLabel, texts: list[str]) -> None:
        label.setText("\n".join("⚠ " + t for t in texts))  # words and a sign, never colour alone
        label.setVisible(bool(texts))
        self.grow_to_fit()


class HomeVisitDialog(_GrowingDialog):
    sig_saved = Signal(object)
    """The visit is planned (or moved): its HomeVisitRow."""

    def __init__(self, visits: HomeVisitsService, defaults: VisitDefaults, staff: str,
                 visit: HomeVisitRow | None = None, kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits = visits
        self._defaults = defaults
        self._visit = visit
        self.intro = set_role(wrapping_label("home_visit_intro"), "hint")
        self.who = set_role(wrapping_label("home_visit_resident"), "count")
        self.kind_label, self.kind_combo = QLabel(), named(QComboBox(), "home_visit_kind")
        self.date_label, self.date_edit = QLabel(), named(QDateEdit(), "home_visit_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.part_label, self.part_combo = QLabel(), named(QComboBox(), "home_visit_part_of_day")
        self.address_label, self.address_edit = QLabel(), named(QLineEdit(), "home_visit_address")
        self.address_edit.setMaxLength(MAX_ADDRESS)
        self.staff_label, self.staff_edit = QLabel(), named(QLineEdit(), "home_visit_staff")
        self.staff_edit.setMaxLength(MAX_STAFF)
        self.note_label, self.note_edit = QLabel(), named(QLineEdit(), "home_visit_note")
        self.note_edit.setMaxLength(MAX_NOTE)
        for label, field in ((self.kind_label, self.kind_combo), (self.date_label, self.date_edit),
                             (self.part_label, self.part_combo),
                             (self.address_label, self.address_edit), (self.staff_label, self.staff_edit),
                             (self.note_label, self.note_edit)):
            label.setBuddy(field)
        self.problem = set_role(wrapping_label("home_visit_problem"), "problem")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        set_role(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "primary")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 1)
        when.addWidget(self.part_label)
        when.addWidget(self.part_combo, 1)
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.date_label, when)
        form.addRow(self.address_label, self.address_edit)
        form.addRow(self.staff_label, self.staff_edit)
        form.addRow(self.note_label, self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(self.problem)  # a row of its own: a form layout gives wrapped words too little height
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.retranslate_ui()
        self._fill(staff, kind)
        self.fit_width(64)

    def _fill(self, staff: str, kind: str | None) -> None:
        visit = self._visit
        chosen = visit.kind if visit else (kind if kind in KINDS else KINDS[0])
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(chosen), 0))
        self.kind_combo.setEnabled(visit is None)  # a visit for something else is another visit
        day = visit.planned_on if visit else self._visits.day()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        part = visit.part_of_day if visit else None
        self.part_combo.setCurrentIndex(max(self.part_combo.findData(part or ANY_TIME), 0))
        self.address_edit.setText(visit.address if visit else self._defaults.address)
        self.staff_edit.setText(visit.staff if visit else staff)
        self.note_edit.setText(visit.note if visit else "")

    def retranslate_ui(self) -> None:
        r = self._defaults.resident
        if self._visit is None:
            self.setWindowTitle(self.tr("Plan a home visit"))
            self.intro.setText(self.tr("For a resident who cannot come to the service point: choose what the visit "
                                       "is for and the day. The case is taken at their home with the usual form."))
        else:
            self.setWindowTitle(self.tr("Move the home visit"))
            self.intro.setText(self.tr("Choose another day, time, address or person for this visit."))
        self.who.setText(self.tr("%1, %2, %3 years old").replace("%1", r.name).replace("%2", r.masked_id)
                         .replace("%3", str(r.age)))
        self.kind_label.setText(self.tr("&For:"))
        self.kind_combo.setAccessibleName(self.tr("What the visit is for"))
        self.date_label.setText(self.tr("&Day:"))
        self.date_edit.setAccessibleName(self.tr("Day of the visit"))
        self.part_label.setText(self.tr("&Time:"))
        self.part_combo.setAccessibleName(self.tr("Time of day of the visit"))
        self.address_label.setText(self.tr("&Address:"))
        self.address_edit.setPlaceholderText(self.tr("where the resident can be found, e.g. 十八里村三组12号"))
        self.address_edit.setAccessibleName(self.tr("Address of the visit"))
        self.staff_label.setText(self.tr("&Who goes:"))
        self.staff_edit.setAccessibleName(self.tr("Who will make the visit"))
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setPlaceholderText(self.tr("e.g. bedridden, bring the ink pad for a fingerprint"))
        self.note_edit.setAccessibleName(self.tr("Note about the visit"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Plan the visit") if self._visit is None else self.tr("&Move the visit"))
        ok.setAccessibleName(ok.text().replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Close"))
        cancel.setAccessibleName(self.tr("Close without saving"))
        _refill(self.kind_combo, [(reason_label(k), k) for k in KINDS])
        parts = [(part_of_day_label(None), ANY_TIME)] + [(part_of_day_label(p), p) for p in PARTS_OF_DAY]
        _refill(self.part_combo, parts)

    def plan(self) -> VisitPlan:
        """What the dialog holds now, as the service takes it."""
        day = self.date_edit.date()
        kind = self.kind_combo.currentData()
        part = self.part_combo.currentData()
        return VisitPlan(self._defaults.resident.uuid, str(kind), date(day.year(), day.month(), day.day()),
                         self.staff_edit.text(), self.address_edit.text(), str(part) if part else None,
                         self.note_edit.text())

    def save(self) -> None:
        plan, visits, visit = self.plan(), self._visits, self._visit

        def work(_progress: object) -> list[Problem] | HomeVisitRow:
            problems = visits.check(plan)
            if problems:
                return problems
            return visits.reschedule(visit.uuid, plan) if visit else visits.schedule(plan)

        self.buttons.setEnabled(False)
        Operation(work, self._answered, self._failed, self, self.tr("Saving the visit…"), cancellable=False).start()

    def _answered(self, answer: list[Problem] | HomeVisitRow) -> None:
        self.buttons.setEnabled(True)
        if isinstance(answer, list):
            self.show_problems(self.problem, [describe(p) for p in answer])
            return
        self.sig_saved.emit(answer)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_problems(self.problem, [describe(exc.problem) if isinstance(exc, ServiceError) else str(exc)])


class CancelVisitDialog(_GrowingDialog):
    """Cancel a planned visit, saying why (the reason stays on the visit)."""

    sig_cancelled = Signal(object)
    """The visit is cancelled: its HomeVisitRow."""

    def __init__(self, visits: HomeVisitsService, visit: HomeVisitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits = visits
        self._visit = visit
        self.what = wrapping_label("cancel_visit_what")
        self.reason_label, self.reason_edit = QLabel(), named(QLineEdit(), "cancel_visit_reason")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_label.setBuddy(self.reason_edit)
        self.problem = set_role(wrapping_label("cancel_visit_problem"), "problem")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.cancel_visit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.retranslate_ui()
        self.fit_width(56)

    def retranslate_ui(self) -> None:
        v = self._visit
        self.setWindowTitle(self.tr("Cancel the home visit"))
        self.what.setText(self.tr("Cancel the visit to %1 on %2 (%3)?").replace("%1", v.resident.name)
                          .replace("%2", visit_day(v.planned_on, v.part_of_day)).replace("%3", reason_label(v.kind)))
        self.reason_label.setText(self.tr("&Why:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. moved in with a daughter in town"))
        self.reason_edit.setAccessibleName(self.tr("Why the visit is cancelled"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Cancel the &visit"))
        ok.setAccessibleName(self.tr("Cancel the visit"))
        keep = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(self.tr("&Keep the visit"))
        keep.setAccessibleName(self.tr("Keep the visit as planned"))

    def cancel_visit(self) -> None:
        reason, visits, visit = self.reason_edit.text(), self._visits, self._visit
        self.buttons.setEnabled(False)
        Operation(lambda _p: visits.cancel(visit.uuid, reason), self._cancelled, self._failed, self,
                  self.tr("Cancelling the visit…"), cancellable=False).start()

    def _cancelled(self, row: HomeVisitRow) -> None:
        self.buttons.setEnabled(True)
        self.sig_cancelled.emit(row)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_problems(self.problem, [describe(exc.problem) if isinstance(exc, ServiceError) else str(exc)])
        self.reason_edit.setFocus()


def plan_visit(parent: QWidget, visits: HomeVisitsService, resident_uuid: UUID, staff: str, kind: str | None,
               saved: Callable[[HomeVisitRow], None], opened: Callable[[HomeVisitDialog], None],
               failed: Callable[[BaseException], None]) -> None:
    """Read the resident's address on the database worker, then open the dialog to plan a visit for them."""
    def show(defaults: VisitDefaults) -> None:
        dialog = HomeVisitDialog(visits, defaults, staff, kind=kind, parent=parent)
        dialog.sig_saved.connect(saved)
        opened(dialog)
        dialog.open()

    Operation(lambda _p: visits.defaults(resident_uuid), show, failed, parent,
              QCoreApplication.translate("HomeVisit", "Reading the resident's address…"), cancellable=False).start()


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """New words for a combo's items, keeping the chosen one."""
    chosen = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
