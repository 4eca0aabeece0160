"""The list screens on a real demo desk: a GBK text file with a title row imported with the keyboard, a
file that needs the mapping screen, the rows not imported exported for the office, a repeat said plainly,
Cancel while reading or saving leaving nothing behind, and a damaged row matched only after a question."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from core.lists import Field
from desktop.messages import describe
from desktop.services.desk import Desk
from desktop.ui.application import create_application
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.lists import ImportDialog, ListsPage, RowsDialog
from desktop.ui.lists.import_dialog import CHOOSE, MAPPING, PREVIEW, RESULT
from desktop.ui.lists_gallery import Known, damaged_id, gbk_title_csv, register_people, unusual_columns_csv
from desktop.ui.operation import submit

WAIT_MS = 15_000
TODAY = date(2026, 11, 20)


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def known(desk: Desk) -> list[Known]:
    return register_people(desk, 12)


@pytest.fixture
def page(qtbot: QtBot, app: QApplication, desk: Desk) -> Iterator[ListsPage]:
    shown = ListsPage(desk, today=TODAY, group_labels={"dibao": "低保对象"})
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitUntil(lambda: not shown.busy, timeout=WAIT_MS)
    yield shown
    shown.stop()


def imported_files(page: ListsPage) -> list[str]:
    return [s.file_name for s in page.service.snapshots() if s.as_of_basis is not None]


def at_step(qtbot: QtBot, dialog: ImportDialog, step: int) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.steps.currentIndex() == step, timeout=WAIT_MS)


def read_file(qtbot: QtBot, page: ListsPage, path: Path, step: int = PREVIEW) -> ImportDialog:
    dialog = page.open_import()
    dialog.choose.set_path(path)
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    at_step(qtbot, dialog, step)
    return dialog


def import_file(qtbot: QtBot, page: ListsPage, path: Path) -> ImportDialog:
    dialog = read_file(qtbot, page, path)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    at_step(qtbot, dialog, RESULT)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    return dialog


def test_a_gbk_file_with_a_title_row_is_read_and_imported_with_the_keyboard(
    qtbot: QtBot, page: ListsPage, known: list[Known], tmp_path: Path
) -> None:
    path = gbk_title_csv(tmp_path, known[:8], name="dibao-q3.csv")
    page.import_button.setFocus()
    QTest.keyClick(page.import_button, Qt.Key.Key_Space)
    dialog = page.windows[-1]
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    dialog.choose.file_edit.setFocus()
    QTest.keyClicks(dialog.choose.file_edit, str(path))
    QTest.keyClick(dialog.choose.file_edit, Qt.Key.Key_Return)  # the default button: read the file
    at_step(qtbot, dialog, PREVIEW)
    step = dialog.preview_step
    assert "GB18030" in step.detected.text()
    assert "2026年第三季度" in step.detected.text()
    assert step.as_of_edit.date().toString("yyyy-MM-dd") == "2026-10-08"
    assert step.preview is not None
    assert (step.preview.matched, len(step.preview.records)) == (7, 9)
    damaged = next(r for r, p in gbk_rows(path).items() if p == damaged_id(known[0].id_number))
    assert step.rejected_table.rowCount() == 1
    cells = [cell_text(step.rejected_table, 0, c) for c in range(step.rejected_table.columnCount())]
    assert cells[0] == str(damaged)
    assert cells[1] == describe(step.preview.rejected[0].problems[0])
    assert known[0].name in cells
    assert not any(known[0].id_number[:17] in cell for cell in cells)  # the screen masks ID numbers
    assert step.diff_table.rowCount() == 9
    assert imported_files(page) == []  # reading saves nothing
    dialog.import_button.setFocus()
    QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
    at_step(qtbot, dialog, RESULT)
    assert dialog.outcome is not None
    assert dialog.outcome.ok
    qtbot.waitUntil(lambda: any(s.file_name == path.name for s in page.snapshots), timeout=WAIT_MS)
    chosen = page.chosen()
    assert chosen is not None
    assert (chosen.file_name, chosen.accepted, chosen.rejected) == (path.name, 9, 1)
    assert page.diff_button.isEnabled()
    assert page.rows_button.isEnabled()


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def gbk_rows(path: Path) -> dict[int, str]:
    """Row number as shown -> the ID number cell, read back from the written file."""
    lines = path.read_bytes().decode("gbk").splitlines()
    header = next(i for i, line in enumerate(lines) if "身份证" in line or "证件号" in line or "公民身份" in line)
    column = next(i for i, cell in enumerate(lines[header].split(",")) if "身份" in cell or "证件" in cell)
    return {i + 1: line.split(",")[column].strip("'\"") for i, line in enumerate(lines) if i > header and line}


def test_a_file_with_unknown_column_names_asks_for_the_columns_and_remembers_them(
    qtbot: QtBot, page: ListsPage, known: list[Known], tmp_path: Path
) -> None:
    dialog = read_file(qtbot, page, unusual_columns_csv(tmp_path, known[:4]), MAPPING)
    mapping = dialog.mapping
    assert "⚠" in mapping.problem.text()
    assert Field.NAME in mapping.combos
    assert mapping.combos[Field.NAME].currentData() == -1
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # required columns still missing
    assert dialog.steps.currentIndex() == MAPPING
    assert "⚠" in mapping.problem.text()
    mapping.combos[Field.NAME].setCurrentIndex(mapping.combos[Field.NAME].findData(1))
    mapping.combos[Field.HOUSEHOLD_HEAD].setCurrentIndex(0)
    mapping.combos[Field.CATEGORY].setCurrentIndex(mapping.combos[Field.CATEGORY].findData(3))
    assert known[0].name in mapping.samples[Field.NAME].text()
    assert known[0].id_number not in mapping.samples[Field.ID_NUMBER].text()  # samples of IDs are masked
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    at_step(qtbot, dialog, PREVIEW)
    assert dialog.preview is not None
    assert dialog.preview.matched == 4
    assert not dialog.preview.rejected
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    at_step(qtbot, dialog, RESULT)
    assert dialog.outcome is not None
    assert dialog.outcome.ok
    dialog.close()
    again = read_file(qtbot, page, unusual_columns_csv(tmp_path, known[4:8], name="next.csv"))
    assert again.preview is not None
    assert again.preview.matched == 4


def test_the_rows_not_imported_are_exported_for_the_office_with_the_whole_id_number(
    qtbot: QtBot, page: ListsPage, known: list[Known], tmp_path: Path
) -> None:
    dialog = read_file(qtbot, page, gbk_title_csv(tmp_path, known[:8]))
    QTest.mouseClick(dialog.preview_step.export_button, Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "problem_file_dialog")
    assert chooser is not None
    assert chooser.isVisible()
    out = tmp_path / "out" / "to-fix.xlsx"
    out.parent.mkdir()
    chooser.fileSelected.emit(str(out))
    chooser.close()
    qtbot.waitUntil(lambda: dialog.exported == out and not dialog.busy, timeout=WAIT_MS)
    assert "✓" in dialog.preview_step.saved.text()
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2
    assert dialog.preview is not None
    assert rows[1][0] == str(dialog.preview.rejected[0].row)
    assert rows[1][1] == describe(dialog.preview.rejected[0].problems[0])
    assert damaged_id(known[0].id_number) in rows[1]


def test_the_same_file_again_is_said_to_change_nothing_and_cannot_be_imported_twice(
    qtbot: QtBot, page: ListsPage, known: list[Known], tmp_path: Path
) -> None:
    path = gbk_title_csv(tmp_path, known[:8])
    import_file(qtbot, page, path).close()
    again = read_file(qtbot, page, path)
    assert again.preview_step.repeat.isVisibleTo(again)
    assert "ⓘ" in again.preview_step.repeat.text()
    assert not again.import_button.isEnabled()
    assert imported_files(page) == [path.name]


def hold_worker() -> threading.Event:
    """Keep the database worker busy until the event is set (work queued behind it waits)."""
    gate = threading.Event()
    submit(lambda: gate.wait(10))
    return gate


def cancel_in_progress_dialog(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog) is not None, timeout=WAIT_MS)
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    button = progress.findChild(QPushButton)
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("when", ["reading", "saving"])
def test_cancel_while_reading_or_saving_leaves_nothing_saved(
    qtbot: QtBot, page: ListsPage, known: list[Known], tmp_path: Path, when: str
) -> None:
    path = gbk_title_csv(tmp_path, known[:8])
    dialog = page.open_import()
    dialog.choose.set_path(path)
    if when == "saving":
        dialog.go_next()
        at_step(qtbot, dialog, PREVIEW)
    gate = hold_worker()
    if when == "reading":
        dialog.go_next()
    else:
        dialog.import_list()
    assert dialog.busy
    assert not dialog.next_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    cancel_in_progress_dialog(qtbot, dialog)  # the progress dialog shows after 600 ms; its Cancel stops the work
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    label = dialog.choose.problem if when == "reading" else dialog.preview_step.problems
    assert dialog.steps.currentIndex() == (CHOOSE if when == "reading" else PREVIEW)
    assert label.isVisibleTo(dialog)
    assert "⚠" in label.text()
    assert imported_files(page) == []


def test_a_damaged_row_is_matched_only_after_the_assistant_says_yes(
    qtbot: QtBot, page: ListsPage, known: list[Known], tmp_path: Path
) -> None:
    dialog = import_file(qtbot, page, gbk_title_csv(tmp_path, known[:8]))
    QTest.mouseClick(dialog.result_step.rows_button, Qt.MouseButton.LeftButton)
    rows = page.windows[-1]
    assert isinstance(rows, RowsDialog)
    qtbot.waitUntil(lambda: not rows.busy and rows.rows_table.rowCount() == 1, timeout=WAIT_MS)
    assert not rows.find_button.isEnabled()
    rows.rows_table.selectRow(0)
    QTest.mouseClick(rows.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not rows.busy and bool(rows.candidates), timeout=WAIT_MS)
    assert rows.candidates[0].resident.uuid == known[0].uuid
    assert rows.candidates[0].same_name
    assert rows.candidates[0].same_birth_date
    question = rows.ask_confirm()
    assert question is not None
    assert question.isVisible()
    question.no_button.click()
    assert not rows.busy
    snapshot = dialog.snapshot()
    assert snapshot is not None
    assert len(page.service.rejected_rows(snapshot.uuid)[0]) == 1  # "No" matches nobody
    question = rows.ask_confirm()
    assert question is not None
    with qtbot.waitSignal(rows.sig_matched, timeout=WAIT_MS):
        question.yes_button.click()
    qtbot.waitUntil(lambda: not rows.busy and rows.rows_table.rowCount() == 0, timeout=WAIT_MS)
    assert known[0].name in rows.done_note.text()
    assert page.service.rejected_rows(snapshot.uuid)[0] == ()
