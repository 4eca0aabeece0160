"""Every compare screen and state of the gallery passes the accessibility audit in every display mode:
accessible names, labels with mnemonics, Tab order, text and target sizes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.a11y_audit import audit_window
from desktop.ui.application import create_application, dispose_widgets
from desktop.ui.compare_gallery import gallery_shots
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.gallery_context import GalleryContext

EXPECTED_SHOTS = {
    "worklist_not_enrolled", "worklist_confirm_match", "confirm_match_question", "worklist_daijiao_missing",
    "worklist_years_short", "worklist_stale_lists", "worklist_filtered_by_group", "ledger_saved", "worklists_stopped",
    "dashboard", "dashboard_print", "part_worklists_tab",
}  # fmt: skip


@pytest.fixture
def app() -> Iterator[QApplication]:
    application = create_application()
    yield application
    apply_mode(application, DisplayMode.NORMAL)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


@pytest.mark.parametrize("mode", list(DisplayMode))
def test_every_compare_screen_passes_the_audit(
    qtbot: QtBot, app: QApplication, mode: DisplayMode, demo_template: Path, tmp_path: Path
) -> None:
    data, scratch = tmp_path / "data", tmp_path / "scratch"
    shutil.copytree(demo_template, data)
    scratch.mkdir()
    desk = Desk.sign_in(data, "demo", "demo")
    kept: list[QWidget] = []
    findings: list[str] = []
    names: set[str] = set()
    try:
        apply_mode(app, mode)
        ctx = GalleryContext(app, data, desk, PolicyService(data, county="640423"), scratch)
        for name, widget in gallery_shots(ctx):
            names.add(name)
            widget.show()
            _settle(app)
            findings += [f"{name}: {f.check} {f.widget} {f.detail}" for f in audit_window(widget, mode)]
            kept.append(widget)
    finally:
        for widget in kept:
            widget.close()
        dispose_widgets()
        desk.close()
    assert names == EXPECTED_SHOTS
    assert findings == [], "\n".join(findings)
