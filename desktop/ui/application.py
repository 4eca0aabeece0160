"""The QApplication Cunbao runs in: bundled CJK font, Chinese translations, readable sizes."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_translators
from desktop.paths import resource_dir
from desktop.ui.theme import apply_theme

FONT_FILE = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
BASE_POINT_SIZE = 12


def ensure_platform() -> None:
    """Without a display Qt aborts; fall back to offscreen instead (self-test, CI, ssh)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def load_font() -> str:
    """Register the shipped font and return its family; name it explicitly (PLATFORM.md: Qt
    otherwise may pick a Japanese face on machines with full Noto CJK)."""
    font_id = QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else FONT_FAMILY


def create_application(argv: Sequence[str] = (), lang: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        ensure_platform()
        app = QApplication(list(argv) or ["cunbao"])
    app.setApplicationName("cunbao")
    app.setApplicationDisplayName("村保")
    app.setOrganizationName("cunbao")
    family = load_font()
    font = QFont(family, BASE_POINT_SIZE)
    app.setFont(font)
    install_translators(app, lang)
    apply_theme(app)
    QGuiApplication.setApplicationDisplayName(app.translate("App", "Cunbao village desk"))
    return app


def dispose_widgets(collect: bool = True) -> None:
    """Delete every top-level widget while the application still exists.

    Left to Python's shutdown, windows, dialogs and their models are destroyed in no particular order
    after the QApplication, which crashed PySide6 6.12 at exit now and then (a segfault or "pure
    virtual method called" after all work was done): harmless to data, fatal to an exit code.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if collect:
        gc.collect()
