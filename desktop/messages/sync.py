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
    "county.type_owned": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the county office makes records of this kind ({entity}); the desk's change was set aside. "
        "Nothing else was affected. Discard the set-aside change, or tell the county office if it matters.",
    ),
    "county.field_owned": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the county office changes '{field}' of a {entity} record; the desk's change was set aside. "
        "Discard it, or ask the county office to make the change.",
    ),
    "county.already_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "The county already has this {entity} record, so it was not created again. The desk's copy is set "
        "aside; tell the county office so that they can check which one is right.",
    ),
    "county.record_deleted": QT_TRANSLATE_NOOP(
        "Messages",
        "This {entity} record was deleted at the county, so the desk's change could not be applied. The change "
        "is set aside; ask the county office whether the record should come back.",
    ),
    "county.field_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed '{field}' of this record at the same time ({fields} field(s) in all). The county "
        "kept both values and a clerk will decide; nothing was lost.",
    ),
    "county.cert_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no server certificate in {folder} yet. Run 'cunbao-county cert create --host NAME-OR-IP' "
        "first, then start the server.",
    ),
    "upload.bad_name": QT_TRANSLATE_NOOP(
        "Messages",
        "A scan was sent under a name the county does not accept. Nothing was lost; the scan stays here and is "
        "sent again by the next sync.",
    ),
    "upload.bad_range": QT_TRANSLATE_NOOP(
        "Messages",
        "A piece of a scan arrived without saying where it belongs. Nothing was lost; the next sync sends it "
        "again.",
    ),
    "upload.wrong_offset": QT_TRANSLATE_NOOP(
        "Messages",
        "The county holds {held} bytes of this scan, so the desk goes on from there. Nothing was lost.",
    ),
    "upload.too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "A scan is larger than the {limit} bytes the county accepts. Scan the paper again at a lower "
        "resolution, or in black and white, and attach the new scan.",
    ),
    "upload.hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "A scan arrived damaged at the county and was thrown away there. The scan on this desk is fine; the "
        "next sync sends it again from the start.",
    ),
    "sync.not_registered": QT_TRANSLATE_NOOP(
        "Messages",
        "This desk is not registered with a county server yet. Ask the county office for a registration code, "
        "then register the desk with the server's address and the code.",
    ),
    "sync.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "A sync of this desk is already running. Wait for it to finish; nothing needs to be done twice.",
    ),
    "sync.offline": QT_TRANSLATE_NOOP(
        "Messages",
        "The county server could not be reached ({detail}). Nothing was lost: the work waits here and goes up "
        "with the next sync. Check the network cable or the mobile signal, then sync again.",
    ),
    "sync.not_set_aside": QT_TRANSLATE_NOOP(
        "Messages",
        "That change is no longer set aside (it may have been discarded already). Open the list again.",
    ),
}
