"""Messages for syncing with the county: refusals from the server and answers the desk cannot read."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "sync.refused": QT_TRANSLATE_NOOP(
        "Messages",
        "The county server refused the request (code {status}) without saying why. Nothing here was lost. "
        "Try again later; if it keeps happening, tell the county office which day and time it happened.",
    ),
    "sync.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The county server's answer could not be read. Nothing here was lost; the work waits to be sent. "
        "Check that the server address is the county's, then try again.",
    ),
    "sync.session_superseded": QT_TRANSLATE_NOOP(
        "Messages",
        "Another sync of this desk started, so this one stopped. Nothing was lost; the newer one carries on.",
    ),
    "sync.cursor_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The county asked this desk to fetch its data again from the start. Work not yet sent stays here and "
        "is sent as usual.",
    ),
    "sync.mutation_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The county already has a change with this number but different contents, so it refused this one. "
        "The change is kept here, set aside. Tell the county office; do not delete the desk's data.",
    ),
    "sync.cursor_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The county did not recognise where this desk's last download ended. The desk fetches the data again "
        "from the start; work not yet sent stays here.",
    ),
    "protocol.bad_json": QT_TRANSLATE_NOOP(
        "Messages",
        "A sync message could not be read ({detail}). Nothing was lost. Try again; if it keeps happening, "
        "the desk and the county server may be of different versions: tell the county office.",
    ),
    "protocol.too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "A sync message was larger than {limit} bytes and was refused. Nothing was lost. Tell the county "
        "office: the desk sends smaller batches after an update.",
    ),
    "protocol.bad_version": QT_TRANSLATE_NOOP(
        "Messages",
        "The desk and the county server speak different versions of the sync protocol (expected {expected}, "
        "got {got}). Nothing was lost. Ask the county office which version of Cunbao to install.",
    ),
    "protocol.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "A sync message lacked the part '{field}'. Nothing was lost. Tell the county office: the desk and "
        "the server may be of different versions.",
    ),
    "protocol.bad_value": QT_TRANSLATE_NOOP(
        "Messages",
        "A sync message had an unusable value for '{field}' ({value}). Nothing was lost. Tell the county "
        "office: the desk and the server may be of different versions.",
    ),
    "protocol.too_many": QT_TRANSLATE_NOOP(
        "Messages",
        "A sync message held more items in '{field}' than the {limit} allowed. Nothing was lost; the desk "
        "sends smaller batches. Tell the county office if this keeps happening.",
    ),
}
