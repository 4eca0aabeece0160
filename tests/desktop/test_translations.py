"""The app starts in Chinese: every user-facing string is in the zh_CN catalogue, translated and compiled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import translations
from desktop.i18n import ensure_core_application, install_translators


def test_catalogue_is_complete_and_compiled() -> None:
    assert translations.problems() == []


def test_interface_speaks_chinese_by_default() -> None:
    app = ensure_core_application()
    assert install_translators(app)
    assert QCoreApplication.translate("SignInDialog", "Sign in to Cunbao") == "登录村保"
