"""Words of the desk's ledger file beyond core's columns: the sheet's name and the note on a masked copy,
and the progress notes of a comparison (keys: desktop.services.compare.STEPS); ``ledger_text`` words
every ledger key in the interface language for desktop.services.ledger_export (the CLI and the screens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.messages.compare import LEDGER
from desktop.messages.marker import QT_TRANSLATE_NOOP

LEDGER_SHEET: dict[str, str] = {
    "sheet": QT_TRANSLATE_NOOP("Ledger", "Ledger"),
    "masked": QT_TRANSLATE_NOOP(
        "Ledger", "(ID numbers partly hidden: this copy cannot be matched with the official system)"
    ),
}

PROGRESS: dict[str, str] = {
    "compare.reading_register": QT_TRANSLATE_NOOP("Compare", "Reading the register…"),
    "compare.reading_lists": QT_TRANSLATE_NOOP("Compare", "Reading the agencies' lists…"),
    "compare.comparing": QT_TRANSLATE_NOOP("Compare", "Comparing the lists with the register…"),
}


def ledger_text(key: str) -> str:
    """A ledger key ("title", "column.name", "sex.F" ...) in the interface language; unknown keys as they are."""
    source = LEDGER.get(key) or LEDGER_SHEET.get(key)
    return QCoreApplication.translate("Ledger", source) if source is not None else key


def progress_note(note: str) -> str:
    """A comparison's progress note (desktop.services.compare.STEPS) in the interface language."""
    source = PROGRESS.get(note)
    return QCoreApplication.translate("Compare", source) if source is not None else note
