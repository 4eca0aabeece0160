"""Load the translations: Cunbao starts in Chinese unless ``CUNBAO_LANG`` asks otherwise."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import i18n_dir

LANG_ENV = "CUNBAO_LANG"
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []  # keep references: Qt does not own installed translators


def language() -> str:
    return os.environ.get(LANG_ENV, DEFAULT_LANGUAGE)


def ensure_core_application() -> QCoreApplication:
    """Headless commands need an application object for translators, but no GUI."""
    app = QCoreApplication.instance()
    return app if app is not None else QCoreApplication([])


def install_translators(app: QCoreApplication, lang: str | None = None) -> bool:
    """Install Cunbao's catalogue and Qt's own (standard buttons); True if Cunbao's loaded."""
    lang = lang or language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(lang))
    ours = QTranslator()
    loaded = ours.load(f"cunbao_{lang}", str(i18n_dir()))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
