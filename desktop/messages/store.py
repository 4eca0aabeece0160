"""Messages for the local store: the database, passwords and key slots, audit, backups, attachments."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "store.db_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file {path} is not there. If the Cunbao folder was moved or copied, choose the folder "
        "that holds cunbao.db, or restore the latest backup.",
    ),
    "store.db_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "There is already a Cunbao database at {path}. It was left as it is. Sign in to it, or choose an "
        "empty folder for a new database.",
    ),
    "store.db_wrong_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} does not open with the key file next to it: they belong to different "
        "databases. Put back the keyslots.json that was saved with this database, or restore a backup "
        "(each backup keeps its own key file). The database was not changed.",
    ),
    "store.db_not_cunbao": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} is not a Cunbao database. It was not changed. Choose the folder that holds "
        "Cunbao's cunbao.db, or restore a backup made by Cunbao.",
    ),
    "store.db_corrupt": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is damaged or incomplete (for example, the copy was cut short). It was not "
        "changed. Restore the latest backup, and keep the damaged file for the county's technician.",
    ),
    "store.db_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is busy in another program. Close other Cunbao windows, wait a moment and "
        "try again.",
    ),
    "store.db_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of Cunbao (database version {revision}). Install "
        "the newer Cunbao to open it. Nothing was changed.",
    ),
    "store.migration_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The database could not be updated for this version of Cunbao (step {revision}). Nothing was "
        "changed, and a backup was taken first. Keep using the previous version of Cunbao and report "
        "this to the county.",
    ),
    "keys.slots_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file {path} is missing, so the database cannot be unlocked. Copy back keyslots.json "
        "from where the database came from, or restore a backup (each backup keeps its key file).",
    ),
    "keys.slots_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file {path} is damaged. Replace it with the keyslots.json saved next to the latest "
        "backup.",
    ),
    "keys.unknown_user": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no account named {username} on this computer. Check the spelling, or ask the supervisor "
        "to add the account.",
    ),
    "keys.wrong_password": QT_TRANSLATE_NOOP(
        "Messages",
        "The password for {username} is not correct. Check the input method and Caps Lock, then type it "
        "again. If it is forgotten, the supervisor can set a new one.",
    ),
    "keys.user_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "An account named {username} already exists. Choose another name, or change that account's "
        "password instead.",
    ),
    "keys.last_slot": QT_TRANSLATE_NOOP(
        "Messages",
        "{username} is the only account that can open this database, so it cannot be removed. Add "
        "another account first.",
    ),
    "keys.device_slot_off": QT_TRANSLATE_NOOP(
        "Messages",
        "Unattended opening is turned off for this computer. Sign in with your password, or ask the "
        "supervisor to turn on automatic sync.",
    ),
    "keys.device_secret_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "This computer's saved key for unattended work is missing (perhaps the system account changed). "
        "Sign in with a password; the supervisor can turn automatic sync off and on again to renew it.",
    ),
    "keys.keyring_unavailable": QT_TRANSLATE_NOOP(
        "Messages",
        "The system's password store cannot be reached, so unattended work cannot be set up. Sign in "
        "with your password instead, or ask a technician to enable the system keyring.",
    ),
    "keys.assistant_inactive": QT_TRANSLATE_NOOP(
        "Messages",
        "The account {username} is switched off. Ask the supervisor to switch it on again, or sign in "
        "with your own account.",
    ),
    "audit.actor_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The change was not saved because the program did not say which assistant made it. Sign out and "
        "in again; if it happens again, report it.",
    ),
    "audit.unrecorded_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The change was not saved because it would have bypassed the record of changes. Nothing was "
        "changed; please report this to the county.",
    ),
    "audit.event_altered": QT_TRANSLATE_NOOP(
        "Messages",
        "The record of changes was altered at entry {seq}. Do not edit the database with other tools. "
        "Report this to the supervisor, who can compare it with a backup.",
    ),
    "audit.chain_broken": QT_TRANSLATE_NOOP(
        "Messages",
        "Entries are missing from the record of changes or out of order at entry {seq}. Report this to "
        "the supervisor, who can compare it with a backup.",
    ),
    "audit.truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The record of changes ends too early: entries from {seq} on were removed. Report this to the "
        "supervisor, who can compare it with a backup.",
    ),
    "audit.head_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The marker of the last entry in the record of changes is missing (after entry {seq}). Report "
        "this to the supervisor, who can compare it with a backup.",
    ),
    "backup.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} cannot be opened with its key file and password. Choose another backup, or "
        "use the password that was valid when this backup was made. Nothing was changed.",
    ),
    "backup.integrity_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} is damaged. Choose an older backup. Nothing was changed.",
    ),
    "backup.unknown_revision": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup was made by a different version of Cunbao (database version {revision}). Install "
        "that version, or choose another backup. Nothing was changed.",
    ),
    "backup.slots_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file {path} that belongs to this backup is missing, so the backup cannot be opened. "
        "Copy it back next to the backup, or choose another backup.",
    ),
    "backup.not_encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} is not encrypted, so it is not a Cunbao backup and was not used. Choose a "
        "backup made by Cunbao.",
    ),
    "attachment.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "A scanned document is missing from this computer. Scan it again, or sync to fetch it from the "
        "county.",
    ),
    "attachment.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "A scanned document on this computer is damaged. Scan it again, or sync to fetch a good copy from "
        "the county.",
    ),
    "attachment.bad_hash": QT_TRANSLATE_NOOP(
        "Messages",
        "A scanned document was asked for with an invalid reference. Please report this; the document "
        "itself is not affected.",
    ),
}
