"""Messages for the options of `cunbao demo` (the synthetic demo village)."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "synthetic.village_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The village code {village} is not valid. Type digits only: the 6-digit county code (for "
        "example 640423) or the 9- or 12-digit code of a township or village.",
    ),
    "synthetic.village_not_ningxia": QT_TRANSLATE_NOOP(
        "Messages",
        "The code {village} is not in Ningxia. Demo data is made only for Ningxia: use a code that "
        "starts with 64, for example 640423.",
    ),
    "synthetic.village_unknown_county": QT_TRANSLATE_NOOP(
        "Messages",
        "No county has the code {county} today (taken from {village}). Use the code of a county that "
        "exists now, for example 640423 for Longde County.",
    ),
    "synthetic.residents_range": QT_TRANSLATE_NOOP(
        "Messages",
        "The number of residents must be from {minimum} to {maximum}, not {residents}. Choose a number "
        "in that range, for example 500.",
    ),
}
