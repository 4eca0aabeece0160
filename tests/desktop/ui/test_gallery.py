from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from desktop.ui.gallery import render_all


def test_gallery_renders_every_screen_to_a_real_picture(tmp_path: Path) -> None:
    saved = render_all(tmp_path)
    assert {p.stem for p in saved} >= {"sign_in", "main_search"}
    for path in saved:
        image = QImage(str(path))
        assert image.width() > 300
        assert image.height() > 200
