"""Messages for read-aloud (desktop.services.speech)."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "speech.engine_missing": QT_TRANSLATE_NOOP(
        "Messages", "Read-aloud needs the speech program {engine}, and it is not installed on this computer. "
        "Ask the person who looks after the computer to install {engine}; until then, read the text to the "
        "resident yourself."
    ),
    "speech.voice_missing": QT_TRANSLATE_NOOP(
        "Messages", "The speech program {engine} is installed but has no Mandarin voice ({voice}). Ask the person "
        "who looks after the computer to install the full {engine} package; until then, read the text yourself."
    ),
    "speech.engine_failed": QT_TRANSLATE_NOOP(
        "Messages", "The speech program {engine} stopped with an error ({detail}). Press Read aloud again; if it "
        "happens again, read the text to the resident yourself and tell the person who looks after the computer."
    ),
    "speech.timeout": QT_TRANSLATE_NOOP(
        "Messages", "The speech program {engine} did not finish within {seconds} seconds. Press Read aloud again; "
        "if it happens again, restart the computer."
    ),
    "speech.nothing_to_say": QT_TRANSLATE_NOOP(
        "Messages", "There is nothing to read aloud yet. Fill in the page or choose a resident first."
    ),
    "speech.bad_speed": QT_TRANSLATE_NOOP(
        "Messages", "A reading speed of {speed} words a minute cannot be used; it must be between {lowest} and "
        "{highest}. Choose a speed from the list."
    ),
    "speech.cannot_write": QT_TRANSLATE_NOOP(
        "Messages", "The speech could not be saved to {path} ({reason}). Check that the disk is not full, then "
        "press Read aloud again."
    ),
}
