from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from desktop.ui.gallery import providers, render_all


def test_gallery_renders_every_area_to_real_pictures(tmp_path: Path) -> None:
    saved = render_all(tmp_path)
    names = {p.stem for p in saved}
    assert "sign_in" in names
    for area, _provider in providers():
        assert any(name.startswith(f"{area}__") for name in names), f"{area} rendered nothing"
    for path in saved:
        image = QImage(str(path))
        assert image.width() > 300, path.name
        assert image.height() > 120, path.name  # the smallest real dialog: a question, a field, two buttons
