"""The mapping screen: which column of the file holds each field, shown with the first rows' values, the
required fields said in words. Opened when the reader is unsure or a required column is missing, or
when the assistant asks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.lists import Detection, Field, ListSource
from core.lists.layout import required_missing
from desktop.ui.lists.common import masked, problem_label, show_text
from desktop.ui.lists.labels import SOURCE_FIELDS, field_label, plain
from desktop.ui.theme import set_role
from desktop.ui.widgets import named, wrapping_label

SAMPLES = 3
NONE = -1


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def required_fields(source: ListSource, title_group: str | None) -> tuple[Field, ...]:
    """What a file from ``source`` cannot do without (a disability list may give a certificate instead)."""
    return required_missing(source, {}, title_group)


class MappingStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = set_role(named(QLabel(), "mapping_heading"), "heading")
        self.intro = wrapping_label("mapping_intro")
        self.header_spin = named(QSpinBox(), "header_row_spin")
        self.header_spin.setRange(1, 1)
        self.header_label = named(QLabel(), "header_row_label")
        self.header_label.setBuddy(self.header_spin)
        self.problem = problem_label("mapping_problem")
        self.form = QFormLayout()
        self.form.addRow(self.header_label, self.header_spin)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = named(QScrollArea(), "mapping_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take Tab; the area scrolls to them
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        self.combos: dict[Field, QComboBox] = {}
        self.samples: dict[Field, QLabel] = {}
        self._labels: dict[Field, QLabel] = {}
        self._rows: Sequence[tuple[str, ...]] = ()
        self._detection: Detection | None = None
        self._source = ListSource.GENERIC
        self._detected_row = 1
        self._required: tuple[Field, ...] = ()
        self.header_spin.valueChanged.connect(self._header_moved)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Which column holds what?"))
        self.intro.setText(self.tr(
            "Choose for each item the column of the file that holds it. Under each choice you see the first "
            "values of that column, so you can check it is the right one. Items marked (required) must have a "
            "column."))
        self.header_label.setText(self.tr("&Header row (the row with the column names):"))
        self.header_spin.setAccessibleName(self.tr("Header row"))
        for field, label in self._labels.items():
            required = field in self._required
            text = field_label(field)
            label.setText(self.tr("%1 (required):").replace("%1", text) if required else
                          self.tr("%1:").replace("%1", text))
            self.combos[field].setAccessibleName(plain(label.text()).rstrip(":："))
        self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- filling -------------------------------------------------------------------------------

    def load(self, source: ListSource, detection: Detection, rows: Sequence[tuple[str, ...]]) -> None:
        """Show the fields of ``source`` with the columns found in ``detection``; ``rows`` are the first rows
        of the sheet as read (for the header row's labels and the sample values)."""
        self._detection = detection
        self._source = source
        self._rows = rows
        self._required = required_fields(source, detection.title_group)
        self._detected_row = detection.header_rows[-1] if detection.header_rows else 1
        for field in list(self.combos):
            self.form.removeRow(self._labels[field])
        self.combos.clear()
        self.samples.clear()
        self._labels.clear()
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(1, max(1, len(rows)))
        self.header_spin.setValue(self._detected_row)
        self.header_spin.blockSignals(False)
        for field in SOURCE_FIELDS[source]:
            combo = named(QComboBox(), f"map_{field}")
            sample = named(wrapping_label(f"sample_{field}"), f"sample_{field}")
            set_role(sample, "hint")
            label = named(QLabel(), f"map_label_{field}")
            label.setBuddy(combo)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(combo)
            column.addWidget(sample)
            self.form.addRow(label, box)
            self.combos[field], self.samples[field], self._labels[field] = combo, sample, label
            combo.currentIndexChanged.connect(lambda _i, f=field: self._show_sample(f))
        previous: QWidget = self.header_spin
        for combo in self.combos.values():  # made after the dialog's buttons: Tab reaches them in reading order
            QWidget.setTabOrder(previous, combo)
            previous = combo
        self.retranslate_ui()
        for field, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(detection.mapping.get(field, NONE))))
        missing = [field_label(f) for f in detection.missing]
        unsure = [field_label(f) for f in detection.unsure]
        words = []
        if missing:
            words.append(self.tr("No column was found for: %1.").replace("%1", "、".join(plain(m) for m in missing)))
        if unsure:
            words.append(self.tr("Please check the column chosen for: %1.").replace(
                "%1", "、".join(plain(u) for u in unsure)))
        show_text(self.problem, " ".join(words))

    def _labels_now(self) -> list[str]:
        """The column names: as detected (two-row headers joined) unless the assistant moved the header row."""
        row = self.header_spin.value()
        if self._detection is not None and row == self._detected_row and self._detection.headers:
            return list(self._detection.headers)
        return list(self._rows[row - 1]) if 0 < row <= len(self._rows) else []

    def _width(self) -> int:
        return max([len(self._labels_now()), *(len(r) for r in self._rows)], default=0)

    def _fill_choices(self) -> None:
        labels = self._labels_now()
        for combo in self.combos.values():
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), NONE)
            for index in range(self._width()):
                name = labels[index] if index < len(labels) and labels[index] else self.tr("(no name)")
                combo.addItem(self.tr("Column %1: %2").replace("%1", column_letter(index)).replace("%2", name), index)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        for field in self.combos:
            self._show_sample(field)

    def _header_moved(self, _row: int) -> None:
        self._fill_choices()

    def _show_sample(self, field: Field) -> None:
        index = self.combos[field].currentData()
        label = self.samples[field]
        if index is None or index == NONE:
            label.setText(self.tr("Not taken from the file."))
            return
        start = self.header_spin.value()
        values = [r[index] for r in self._rows[start:] if index < len(r) and r[index].strip()][:SAMPLES]
        label.setText(self.tr("First values: %1").replace("%1", "、".join(masked(v) for v in values)) if values
                      else self.tr("This column is empty in the first rows."))

    # --- the answer ----------------------------------------------------------------------------

    def mapping(self) -> dict[str, int]:
        return {str(f): int(c.currentData()) for f, c in self.combos.items() if c.currentData() not in (None, NONE)}

    def header_row(self) -> int | None:
        """The header row to read with, or None to keep the one detected (a two-row header stays joined)."""
        row = self.header_spin.value()
        detected = self._detection is not None and bool(self._detection.header_rows)
        return None if detected and row == self._detected_row else row

    def unmapped_required(self) -> list[Field]:
        chosen = {Field(f): i for f, i in self.mapping().items()}
        title_group = self._detection.title_group if self._detection else None
        return list(required_missing(self._source, chosen, title_group))
