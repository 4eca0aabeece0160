"""Messages for the desk's walk-in queue."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "walkin.nobody": QT_TRANSLATE_NOOP(
        "Messages", "Nobody was named. Type the resident's ID number, or their name if they have no ID card with them."
    ),
    "walkin.name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "That name is too long (at most {limit} characters). Type only the resident's name."
    ),
    "walkin.note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The note has {length} characters; at most {limit} fit. Shorten it to the main point."
    ),
    "walkin.unknown_reason": QT_TRANSLATE_NOOP(
        "Messages", "The reason for the visit was not recognised. Choose one from the list."
    ),
    "walkin.not_in_queue": QT_TRANSLATE_NOOP(
        "Messages", "This person is no longer in the queue. Refresh the list and choose again."
    ),
    "walkin.already_finished": QT_TRANSLATE_NOOP(
        "Messages", "{name} has already been served or has left. Add them again if they came back."
    ),
    "walkin.not_a_candidate": QT_TRANSLATE_NOOP(
        "Messages", "The chosen resident does not match what was typed. Type the name or ID number again and "
        "choose from the list shown."
    ),
}
