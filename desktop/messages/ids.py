"""Messages for resident ID numbers, disability certificates and phone numbers."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "id.empty": QT_TRANSLATE_NOOP(
        "Messages", "The ID number is empty. Type the 18 characters from the resident's ID card."
    ),
    "id.sci_notation": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number shows as {shown}: the spreadsheet stored it as a number and lost digits. "
        "In the spreadsheet, format the column as Text, type the number again from the ID card, "
        "and import it again.",
    ),
    "id.excel_rounded": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number ends in 000 and its last character is wrong: a spreadsheet probably stored it "
        "as a number and replaced the last digits with zeros. Format the column as Text, type the "
        "number again from the ID card, and import it again.",
    ),
    "id.bad_characters": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number contains characters that do not belong in it: {characters}. An ID number has only "
        "digits, and the letter X may appear only as the last character. Check it against the ID card.",
    ),
    "id.bad_length": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number has {length} characters; it must have 18 (or 15 on very old cards). "
        "Check for a missing or extra digit against the ID card.",
    ),
    "id.bad_date": QT_TRANSLATE_NOOP(
        "Messages",
        "Characters 7 to 14 of the ID number ({digits}) are not a real date of birth. "
        "Check those digits against the ID card.",
    ),
    "id.future_date": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of birth in the ID number ({birth_date}) is in the future. "
        "Check characters 7 to 14 against the ID card.",
    ),
    "id.too_old": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of birth in the ID number ({birth_date}) is before {earliest}. "
        "Check characters 7 to 14 against the ID card.",
    ),
    "id.checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number does not add up: with these first 17 digits the last character should be "
        "{expected}, not {found}. One digit is probably mistyped; compare every digit with the ID card.",
    ),
    "id.unknown_division": QT_TRANSLATE_NOOP(
        "Messages",
        "The first six digits of the ID number ({division_code}) are not a place code that exists or "
        "ever existed in China. Check the first six digits against the ID card.",
    ),
    "id.converted_from_15": QT_TRANSLATE_NOOP(
        "Messages",
        "This is an old 15-digit ID number ({original}). It was converted to the 18-digit form "
        "{converted}. If the resident has a newer ID card, use the number on it.",
    ),
    "id.historical_division": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number starts with an old place code, {division_code} ({name}); today that place is "
        "{current_name} ({current_code}). This is normal for people registered long ago; "
        "nothing needs fixing.",
    ),
    "id.retired_division": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number starts with an old place code, {division_code} ({name}), that is no longer used. "
        "This is normal for people registered long ago; nothing needs fixing.",
    ),
    "cert.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability certificate number is empty. Type the 20 characters printed on the certificate.",
    ),
    "cert.sci_notation": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability certificate number shows as {shown}: the spreadsheet stored it as a number and "
        "lost digits. Format the column as Text, type the number again from the certificate, "
        "and import it again.",
    ),
    "cert.bad_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability certificate number has {length} characters; it must have 20 (the holder's "
        "18-character ID number, the category and the grade), sometimes followed by B and a digit. "
        "Check it against the certificate. First-generation certificates are no longer valid.",
    ),
    "cert.bad_category": QT_TRANSLATE_NOOP(
        "Messages",
        "Character 19 of the disability certificate number is {category}; it must be the category, "
        "a digit from 1 to 7. Check it against the certificate.",
    ),
    "cert.bad_grade": QT_TRANSLATE_NOOP(
        "Messages",
        "Character 20 of the disability certificate number is {grade}; it must be the grade, "
        "a digit from 1 to 4. Check it against the certificate.",
    ),
    "cert.id_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The first 18 characters of the disability certificate number are not a valid ID number. "
        "Compare them digit by digit with the certificate and with the resident's ID card.",
    ),
    "cert.id_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The first 18 characters of the disability certificate number are not this resident's ID number. "
        "Check that the certificate belongs to this resident and that both numbers are typed correctly.",
    ),
    "cert.bad_reissue_suffix": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability certificate number ends in {suffix}; after the 20 characters only B and one digit "
        "(for a reissued certificate) may follow. Check the end of the number against the certificate.",
    ),
    "phone.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The phone number is empty. Type an 11-digit mobile number or a landline with its area code.",
    ),
    "phone.bad_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The phone number {shown} is not a mobile or Ningxia landline number. Type an 11-digit mobile "
        "number starting with 1, or a landline with its area code (0951 to 0955), such as 0954-5012345.",
    ),
}
