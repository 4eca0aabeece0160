"""Render every screen to PNG on a fresh demo desk: ``python -m desktop.ui.gallery OUT_DIR``.

For looking at the screens after UI work (Chinese must render, nothing cut off or overlapping).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from core.problems import error
from desktop.messages import describe
from desktop.services.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.application import create_application
from desktop.ui.main_window import MainWindow
from desktop.ui.sign_in import SignInDialog


def _save(widget: QWidget, out: Path, name: str) -> Path:
    widget.show()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def render_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["gallery"])
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "desk"
        policy = PolicyService(data, county="640423")
        create_demo(data, policy.contribution_rules(), residents=200)
        sign_in = SignInDialog(data, DEMO_USER, app.translate("Startup", "No data yet, so a demo database of %1 "
                               "synthetic residents was made. Sign in as \"%2\" with the password \"%3\".")
                               .replace("%1", "200").replace("%2", DEMO_USER).replace("%3", DEMO_PASSWORD))
        sign_in.resize(520, 300)
        saved.append(_save(sign_in, out, "sign_in"))
        sign_in.show_problem(describe(error("keys.wrong_password", username=DEMO_USER)))
        saved.append(_save(sign_in, out, "sign_in_problem"))
        desk = Desk.sign_in(data, DEMO_USER, DEMO_PASSWORD)
        window = MainWindow(desk, policy.group_labels(), "nx-cxjm-pension " + policy.policy().ref.version)
        window.search_edit.setText("马")
        window.run_search()
        saved.append(_save(window, out, "main_search"))
        for row in range(window.model.rowCount()):
            summary = window.model.resident(row)
            profile = desk and summary and window._residents.profile(summary.uuid)
            if profile and profile.memberships and profile.certificates:
                window.table.selectRow(row)
                break
        saved.append(_save(window, out, "main_resident_with_groups"))
        window.close()
    return saved


if __name__ == "__main__":
    for saved_path in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "gallery")):
        print(saved_path)
