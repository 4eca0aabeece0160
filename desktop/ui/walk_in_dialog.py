"""Add a walk-in to today's queue: who (ID number or name), why, and a note.

What was typed is looked up as the assistant types (on the database worker, newest answer only) and
the dialog says who it is and with which priority, or what is wrong with the ID number, in words.
Nothing typed is ever thrown away: a refused number stays in the box to be corrected. Chinese names
come in through the input method (QInputMethodEvent), which QLineEdit handles like typing.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import describe
from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.services.errors import ServiceError
from desktop.services.walkins import MAX_NOTE, REASONS, Arrival, Priority, WalkInRow, WalkInsService
from desktop.ui import labels
from desktop.ui.operation import Operation
from desktop.ui.search_worker import LatestOnly
from desktop.ui.theme import set_role
from desktop.ui.widgets import grow_to_words, named, wrapping_label

LOOKUP_DELAY_MS = 250
ERRANDS = {
    "inquiry": QT_TRANSLATE_NOOP("WalkIn", "Question or advice"),
    "certification": QT_TRANSLATE_NOOP("WalkIn", "Yearly check that a pensioner is alive (资格认证)"),
    "other": QT_TRANSLATE_NOOP("WalkIn", "Something else"),
}


def reason_label(code: str) -> str:
    """A walk-in's reason in words: a case type, or one of the desk's other errands."""
    if code in ERRANDS:
        return QCoreApplication.translate("WalkIn", ERRANDS[code])
    return labels.case_type(code)


class WalkInDialog(QDialog):
    sig_added = Signal(object)
    """The walk-in is in the queue: its WalkInRow."""

    def __init__(self, walk_ins: WalkInsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._walk_ins = walk_ins
        self._arrival: Arrival | None = None
        self._lookup = LatestOnly(self)
        self.intro = set_role(wrapping_label("walk_in_intro"), "hint")
        self.who_label, self.who_edit = QLabel(), named(QLineEdit(), "walk_in_who")
        self.who_edit.setMaxLength(40)
        self.found = wrapping_label("walk_in_found")
        self.choice_label, self.choice_combo = QLabel(), named(QComboBox(), "walk_in_choice")
        self.reason_label, self.reason_combo = QLabel(), named(QComboBox(), "walk_in_reason")
        self.note_label, self.note_edit = QLabel(), named(QLineEdit(), "walk_in_note")
        self.note_edit.setMaxLength(MAX_NOTE)
        for label, field in ((self.who_label, self.who_edit), (self.choice_label, self.choice_combo),
                             (self.reason_label, self.reason_combo), (self.note_label, self.note_edit)):
            label.setBuddy(field)
        self.problem = set_role(wrapping_label("walk_in_problem"), "problem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        set_role(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "primary")
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        who = QFormLayout()
        who.addRow(self.who_label, self.who_edit)
        form = QFormLayout()
        form.addRow(self.choice_label, self.choice_combo)
        form.addRow(self.reason_label, self.reason_combo)
        form.addRow(self.note_label, self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(who)
        # wrapped words in rows of their own: a form layout gives them too little height in large type
        layout.addWidget(self.found)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # a long problem grows the dialog
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.who_edit.textChanged.connect(lambda _t: self._timer.start())
        self.retranslate_ui()
        self._show_arrival(None)
        self.resize(560, 360)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a walk-in"))
        self.intro.setText(self.tr("Who came in, and why? An ID number finds the resident and their priority; "
                                   "a name works too."))
        self.who_label.setText(self.tr("&ID number or name:"))
        self.who_edit.setPlaceholderText(self.tr("the 18 characters of the ID card, or a name such as 马玉兰"))
        self.who_edit.setAccessibleName(self.tr("ID number or name of the person who came in"))
        self.choice_label.setText(self.tr("&Which one:"))
        self.choice_combo.setAccessibleName(self.tr("Residents with this name: choose the one who came in"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_combo.setAccessibleName(self.tr("Reason for the visit"))
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setPlaceholderText(self.tr("e.g. brought the household register"))
        self.note_edit.setAccessibleName(self.tr("Note about the visit"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add to the queue"))
        ok.setAccessibleName(self.tr("Add to the queue"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        chosen = self.reason_combo.currentData()
        self.reason_combo.clear()
        for code in REASONS:
            self.reason_combo.addItem(reason_label(code), code)
        self.reason_combo.setCurrentIndex(max(self.reason_combo.findData(chosen), 0))
        self._show_arrival(self._arrival)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        grow_to_words(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def arrival(self) -> Arrival | None:
        return self._arrival

    def look_up(self) -> None:
        self._timer.stop()
        text = self.who_edit.text()
        if not text.strip():
            self._show_arrival(None)
            return
        self._lookup.request(lambda: self._walk_ins.identify(text), self._show_arrival, self._failed)

    def _show_arrival(self, arrival: Arrival | None) -> None:
        self._arrival = arrival
        self.choice_combo.clear()
        many = arrival is not None and len(arrival.candidates) > 1
        self.choice_label.setVisible(many)
        self.choice_combo.setVisible(many)
        self.problem.setVisible(False)
        self.found.setVisible(arrival is not None and arrival.ok)
        if arrival is None:
            self.found.setText("")
            return
        if not arrival.ok:
            self.found.setText("")
            self._show_problem("\n".join(describe(p) for p in arrival.problems if p.is_error))
            return
        if many:
            self.choice_combo.addItem(self.tr("Not sure: add by name only"), None)
            for c in arrival.candidates:
                self.choice_combo.addItem(self.tr("%1, %2, %3 years old").replace("%1", c.name)
                                          .replace("%2", c.masked_id).replace("%3", str(c.age)), c.uuid)
        self.found.setText(self._found_text(arrival))

    def _found_text(self, arrival: Arrival) -> str:
        priority = labels.walk_in_priority(arrival.priority)
        r = arrival.resident
        if r is not None:
            text = self.tr("Found: %1, %2, %3 years old.").replace("%1", r.name).replace("%2", r.masked_id) \
                .replace("%3", str(r.age))
        elif arrival.candidates:
            text = self.tr("%n residents are called %1.", "", len(arrival.candidates)).replace("%1", arrival.name)
        elif arrival.id_number:
            text = self.tr("This ID number is not in the register yet; the person is queued by the number.")
        else:
            text = self.tr("No resident with this name; the person is queued by name.")
        if arrival.priority != Priority.NORMAL:
            text += " " + self.tr("Priority: %1.").replace("%1", priority)
        warnings = [describe(p) for p in arrival.problems if not p.is_error]
        return " ".join([text, *warnings])

    def _show_problem(self, text: str) -> None:
        self.problem.setText("⚠ " + text)  # words and a sign, never colour alone
        self.problem.setVisible(True)
        self.adjustSize()

    def _failed(self, exc: BaseException) -> None:
        self._show_problem(describe(exc.problem) if isinstance(exc, ServiceError) else str(exc))

    def add(self) -> None:
        text, reason, note = self.who_edit.text(), str(self.reason_combo.currentData()), self.note_edit.text()
        chosen = self.choice_combo.currentData() if self.choice_combo.isVisible() else None
        resident_uuid = chosen if isinstance(chosen, UUID) else None
        self.buttons.setEnabled(False)
        Operation(lambda _p: self._walk_ins.add(text, reason, note, resident_uuid), self._added, self._refused,
                  self, self.tr("Adding to the queue…"), cancellable=False).start()

    def _added(self, row: WalkInRow) -> None:
        self.buttons.setEnabled(True)
        self.sig_added.emit(row)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._failed(exc)
        self.who_edit.setFocus()
