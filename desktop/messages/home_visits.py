"""Messages for planning and recording home visits (上门服务)."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "home_visit.unknown_resident": QT_TRANSLATE_NOOP(
        "Messages", "This resident is not in the register. Find the resident first (or register them), then plan "
        "the visit from their page."
    ),
    "home_visit.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "The purpose of the visit was not recognised. Choose one from the list."
    ),
    "home_visit.unknown_part_of_day": QT_TRANSLATE_NOOP(
        "Messages", "The time of day was not recognised. Choose morning, afternoon or any time."
    ),
    "home_visit.date_in_past": QT_TRANSLATE_NOOP(
        "Messages", "The visit date {date} has already passed (today is {today}). Choose today or a later day."
    ),
    "home_visit.no_address": QT_TRANSLATE_NOOP(
        "Messages", "No address is known for {name}. Type the address where the visit will take place."
    ),
    "home_visit.address_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The address has {length} characters; at most {limit} fit. Leave out what is not needed to "
        "find the house."
    ),
    "home_visit.no_staff": QT_TRANSLATE_NOOP(
        "Messages", "Nobody is named to make the visit. Type the name of the person who will go."
    ),
    "home_visit.staff_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The names of the people who will go are too long (at most {limit} characters). Shorten them."
    ),
    "home_visit.note_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The note has {length} characters; at most {limit} fit. Shorten it to the main point."
    ),
    "home_visit.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This home visit is no longer on the list. Refresh the list and choose again."
    ),
    "home_visit.not_planned": QT_TRANSLATE_NOOP(
        "Messages", "The visit to {name} is already done or cancelled. Plan a new visit if another one is needed."
    ),
    "home_visit.no_cancel_reason": QT_TRANSLATE_NOOP(
        "Messages", "Say why the visit is cancelled, for example \"moved in with a daughter in town\"."
    ),
    "home_visit.reason_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The reason has {length} characters; at most {limit} fit. Shorten it to the main point."
    ),
    "home_visit.unknown_case": QT_TRANSLATE_NOOP(
        "Messages", "The case taken on this visit was not found. Check the Cases list, then mark the visit done "
        "again."
    ),
    "home_visit.case_of_other_resident": QT_TRANSLATE_NOOP(
        "Messages", "That case belongs to another resident, not to {name}. Choose the case taken on this visit."
    ),
}
