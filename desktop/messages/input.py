"""Messages for files handed to the desk's commands."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "input.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} cannot be read ({reason}). Check the name and that the file is not open "
        "in another program."),
    "input.bad_json": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is not valid JSON (line {line}: {reason}). Fix the file or save it again "
        "from the program that made it."),
}
