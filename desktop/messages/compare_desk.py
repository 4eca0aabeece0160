"""Words of the desk's ledger file beyond core's columns: the sheet's name and the note on a masked copy,
and the progress notes of a comparison (keys: desktop.services.compare.STEPS)."""

from __future__ import annotations

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
