"""Messages for the service point's village code, first-run setup and the desk's accounts."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "village.empty": QT_TRANSLATE_NOOP(
        "Messages", "No service point is chosen yet. Choose the county, the township and then the village or "
        "community in the list."),
    "village.format": QT_TRANSLATE_NOOP(
        "Messages", "\"{shown}\" is not a village code: a village or community code has {length} digits. "
        "Choose the village in the list instead of typing the code."),
    "village.outside_ningxia": QT_TRANSLATE_NOOP(
        "Messages", "The code {shown} is not in Ningxia (Ningxia codes start with 64). Choose your village in "
        "the list."),
    "village.unknown": QT_TRANSLATE_NOOP(
        "Messages", "No village or community has the code {shown} in the 2023 statistical codes. Choose your "
        "village in the list; if it is missing, ask the county office for its code."),
    "village.data_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The list of villages ({path}) cannot be read ({reason}). Reinstall Cunbao or ask the "
        "county's technician."),
    "village.data_malformed": QT_TRANSLATE_NOOP(
        "Messages", "The list of villages ({path}) is damaged at line {line}. Reinstall Cunbao or ask the "
        "county's technician."),
    "setup.server_url": QT_TRANSLATE_NOOP(
        "Messages", "\"{shown}\" is not a server address. An address starts with http:// or https://, for "
        "example https://cunbao.example.gov.cn. Leave the box empty if the county has not given you one."),
    "setup.folder_unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Cunbao cannot write its data into the folder {path} ({reason}). Ask the county's technician "
        "to make the folder writable, or choose another folder."),
    "account.username_format": QT_TRANSLATE_NOOP(
        "Messages", "\"{shown}\" cannot be a user name. Use 2 to 32 small Latin letters, digits or _, for "
        "example mali or ma_li2 (pinyin works well)."),
    "account.username_taken": QT_TRANSLATE_NOOP(
        "Messages", "The user name {username} is already used on this desk (perhaps by a deactivated account). "
        "Choose another one, for example with a digit added."),
    "account.name_empty": QT_TRANSLATE_NOOP(
        "Messages", "Type the assistant's name as it should appear on printed forms."),
    "account.name_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The name is too long: at most {limit} characters. Shorten it."),
    "account.password_short": QT_TRANSLATE_NOOP(
        "Messages", "The password is too short: use at least {minimum} characters. A few words or digits you "
        "can remember but others cannot guess work well."),
    "account.password_is_username": QT_TRANSLATE_NOOP(
        "Messages", "The password must not be the same as the user name: anyone could guess it. Choose another "
        "password."),
    "account.password_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The two passwords are not the same. Type the password again in both boxes."),
    "account.role_unknown": QT_TRANSLATE_NOOP(
        "Messages", "\"{role}\" is not a role on this desk. Choose assistant or supervisor."),
    "account.supervisor_only": QT_TRANSLATE_NOOP(
        "Messages", "Only a supervisor can do this, and {username} is not one. Ask the supervisor of the service "
        "point."),
    "account.unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no account {username} on this desk. Check the user name in the list of accounts."),
    "account.inactive": QT_TRANSLATE_NOOP(
        "Messages", "The account {username} is deactivated. Add a new account for this person instead."),
    "account.deactivate_self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot deactivate your own account while you are signed in with it. Ask another "
        "supervisor to do it."),
    "account.last_supervisor": QT_TRANSLATE_NOOP(
        "Messages", "{username} is the last active supervisor: without one nobody could manage accounts. Add "
        "another supervisor account first."),
}
