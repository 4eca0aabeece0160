"""Messages for the county server's refusals, as a desk or the county clerk meets them.

The same English as ``sync/county/messages.py`` (the clerk's command line), kept identical by
``tests/sync/county/test_messages.py``.
"""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "county.code_format": QT_TRANSLATE_NOOP(
        "Messages",
        "That is not a registration code: a code has {length} letters and digits (like K7QM-2XPA-9D4F, "
        "without 0, 1, I, L or O). Type the code exactly as the county office gave it.",
    ),
    "county.code_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The county server does not know this registration code. Check each character and type it again; if "
        "it still fails, ask the county office for a new code.",
    ),
    "county.code_used": QT_TRANSLATE_NOOP(
        "Messages",
        "This registration code has already been used; each code works only once. Ask the county office for a"
        " new code for this computer.",
    ),
    "county.code_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "This registration code has expired. Ask the county office for a new code and register soon after you get it.",
    ),
    "county.rate_limited": QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong registration codes ({limit}) were tried from this address, so registering is paused "
        "for safety. Try again in {minutes} minutes, and check the code first.",
    ),
    "county.device_name": QT_TRANSLATE_NOOP(
        "Messages",
        "Give this computer a name of at most {most} characters, such as 'village office PC'.",
    ),
    "county.token_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The county server does not know this computer. Ask the county office for a registration code and "
        "register this computer again.",
    ),
    "county.device_revoked": QT_TRANSLATE_NOOP(
        "Messages",
        "The county office has stopped sync for this computer ({device}). Everything on it stays and it keeps"
        " working offline. Call the county office to learn why and to register again.",
    ),
    "county.device_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no device {shown}. Run 'cunbao-county device list' to see the devices and copy the whole id.",
    ),
    "county.valid_hours": QT_TRANSLATE_NOOP(
        "Messages",
        "A validity of {shown} hours is not possible: give a number of hours from 1 to {most}.",
    ),
    "county.village_other_county": QT_TRANSLATE_NOOP(
        "Messages",
        "Village {shown} belongs to county {county}, but this server serves only {served}. Check the village "
        "code, or issue the code on the server of that county.",
    ),
    "county.database_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "The county database {url} cannot be opened: {reason}. Check the database address, user and password,"
        " and that the database server is running.",
    ),
    "county.database_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "The database was written by a newer county server (revision {revision}); this program cannot use it."
        " Install the newest Cunbao county server.",
    ),
    "county.migration_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Upgrading the database to revision {revision} failed: {reason}. The database was not changed. Send "
        "this message to your technical support.",
    ),
    "county.cert_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate {path} already exists. Every registered computer trusts exactly this certificate and"
        " would have to register again after a change. To replace it anyway, add --replace.",
    ),
    "county.cert_host": QT_TRANSLATE_NOOP(
        "Messages",
        "'{shown}' is not a host name or IP address. Give the server's name (like county.example.cn) or IP "
        "address (like 192.168.1.10), without https://.",
    ),
}
