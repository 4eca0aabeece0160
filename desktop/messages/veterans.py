"""Messages for the veterans' direct channel: the 优待证 number as typed, and the services the desk points to."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "veteran.cert_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "No 优待证 number is on record. If the resident has the veteran preferential card with them, type its "
        "number as printed on the card; if not, the application can go on without it.",
    ),
    "veteran.cert_length": QT_TRANSLATE_NOOP(
        "Messages",
        "The card number has {length} characters; a 优待证 number has {min} to {max}. Copy it again from the "
        "card.",
    ),
    "veteran.cert_characters": QT_TRANSLATE_NOOP(
        "Messages",
        "A 优待证 number has only digits and capital letters. Copy it again from the card, without Chinese "
        "characters or punctuation.",
    ),
    "veteran.cert_no_digits": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a card number: it has no digits. Copy the number printed on the 优待证.",
    ),
    "veteran.cert_repeated": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a card number: it is one character repeated. Copy the number printed on the 优待证.",
    ),
    "veteran_service.preferential_card": QT_TRANSLATE_NOOP(
        "Messages",
        "Veteran preferential card (优待证): tell the resident what the card is for and that the veterans' service "
        "station explains what it gives locally.",
    ),
    "veteran_service.pension_transfer": QT_TRANSLATE_NOOP(
        "Messages",
        "Military service years and pension: if the resident's military pension insurance (军人退役养老保险) was "
        "not yet transferred, point them to the county social security office to have it transferred and "
        "connected (转移接续).",
    ),
    "veteran_service.service_station": QT_TRANSLATE_NOOP(
        "Messages",
        "Veterans' service station (退役军人服务站) of the village or township: give the resident its address and "
        "telephone; it handles veterans' affairs.",
    ),
    "veteran_service.employment": QT_TRANSLATE_NOOP(
        "Messages",
        "Work and training: the veterans' service station helps veterans look for work and join training; "
        "tell the resident to ask there.",
    ),
    "veteran_service.hardship_help": QT_TRANSLATE_NOOP(
        "Messages",
        "Help in hardship (困难帮扶): a veteran's family in difficulty can ask the veterans' service station for "
        "help; note it for the station if the resident wishes.",
    ),
}
