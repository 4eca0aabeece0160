"""Messages for importing agency lists at the desk: rows held against the register, and the import itself."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "lists.name_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number belongs to {register_name} in the register, but the list says {name}. One of the two is "
        "wrong: ask the office that sent the list to check the name and the ID number of this row.",
    ),
    "lists.not_in_register": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is on the list but not in this service point's register. If the person lives in another "
        "village, hand the case over to that village; if the person lives here, register them first.",
    ),
    "lists.other_village": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} is in the register with a hukou in another village ({village}). Hand the case over to that "
        "village's service point.",
    ),
    "lists.nothing_accepted": QT_TRANSLATE_NOOP(
        "Messages",
        "No row of this file could be imported, so nothing was saved. Check that the right list and the right "
        "source were chosen, and look at the reasons given for the rows.",
    ),
    "lists.older_snapshot": QT_TRANSLATE_NOOP(
        "Messages",
        "This list is as of {as_of}, but a newer list of the same office (as of {newest}) is already imported. "
        "It is kept for the record but changes nobody's status. Import it only if you need the old list.",
    ),
    "lists.as_of_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The list's date {as_of} is in the future. Enter the date the office made the list, today or earlier.",
    ),
    "lists.snapshot_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "This imported list is not in the database (or was not imported from a file). Choose the list again "
        "from the list of imports.",
    ),
    "lists.row_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "Row {row} is not a rejected row with a wrong or missing ID number (or it was already matched). Only "
        "such rows can be matched to a resident; the others must be fixed by the office that sent the list.",
    ),
    "lists.row_still_rejected": QT_TRANSLATE_NOOP(
        "Messages",
        "Even with the resident's ID number, row {row} cannot be read ({codes}). Send the row back to the "
        "office that sent the list to be fixed.",
    ),
    "lists.already_on_list": QT_TRANSLATE_NOOP(
        "Messages",
        "This resident is already on this list, in row {row} ({name}). Choose another resident, or leave this "
        "row for the office that sent the list to fix.",
    ),
    "lists.resident_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "The chosen resident is no longer in the register. Search for the resident again and choose again.",
    ),
}
