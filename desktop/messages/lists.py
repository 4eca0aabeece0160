"""Messages for agency list files (民政, 残联, 乡村振兴, 退役军人 lists): the file and its rows."""

from __future__ import annotations

from desktop.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "lists.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The file could not be opened as a spreadsheet ({detail}). Open it in Excel or "
        "WPS, save it again as .xlsx, and import the saved copy.",
    ),
    "lists.unknown_format": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not an Excel (.xlsx, .xls) or CSV file. Ask the office that sent it for the list as an Excel file.",
    ),
    "lists.unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages",
        "The text of this CSV file cannot be read: it is in an unusual encoding. Open it "
        "in Excel or WPS, save it as .xlsx, and import that copy.",
    ),
    "lists.empty_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is empty. Check that you chose the right file, or ask the office to send the list again.",
    ),
    "lists.no_header": QT_TRANSLATE_NOOP(
        "Messages",
        "No header row was found: none of the first rows names columns such as 姓名 or "
        "身份证号. Choose the columns yourself on the column screen, or add a header row to "
        "the file.",
    ),
    "lists.column_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The list has no column for {usual_label}. Choose that column on the column "
        "screen, or ask the office to add it to the list.",
    ),
    "lists.column_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        'The column "{column}" chosen for this list earlier is not in this file. Choose '
        "the columns again on the column screen.",
    ),
    "lists.column_guessed": QT_TRANSLATE_NOOP(
        "Messages",
        'The column "{column}" was taken for {usual_label}, but this is not certain: its name '
        "is unusual, or another column has the same name. Check on the column screen that it "
        "is right before importing.",
    ),
    "lists.sheet_not_found": QT_TRANSLATE_NOOP(
        "Messages",
        'The workbook has no sheet called "{sheet}". Choose one of its sheets.',
    ),
    "lists.strict_rejected": QT_TRANSLATE_NOOP(
        "Messages",
        "Nothing was imported: {count} rows have problems and strict mode is on. Send the"
        " problem rows back to the office to be fixed, or import without strict mode to "
        "take the good rows now.",
    ),
    "lists.missing_name": QT_TRANSLATE_NOOP(
        "Messages",
        "The name is empty. Ask the office to fill in the person's name as on the ID card.",
    ),
    "lists.missing_id": QT_TRANSLATE_NOOP(
        "Messages",
        "The ID number is empty. Ask the office to fill in the 18-character ID number from the person's ID card.",
    ),
    "lists.duplicate_row": QT_TRANSLATE_NOOP(
        "Messages",
        "This row repeats row {first_row} exactly; it was left out. Ask the office to delete the repeated row.",
    ),
    "lists.conflicting_rows": QT_TRANSLATE_NOOP(
        "Messages",
        "Rows {rows} are about the same person but say different things; none of them was"
        " taken. Ask the office which row is right and to delete the others.",
    ),
    "lists.missing_category": QT_TRANSLATE_NOOP(
        "Messages",
        "The category (for example 低保 or 特困) is empty. Ask the office to fill it in.",
    ),
    "lists.unknown_category": QT_TRANSLATE_NOOP(
        "Messages",
        'The category "{value}" is not one this list can contain. Ask the office what it '
        "means, and to write for example 低保, 特困, 低保边缘, 监测户 or 脱贫户.",
    ),
    "lists.unknown_subtype": QT_TRANSLATE_NOOP(
        "Messages",
        'The monitoring type "{value}" is unknown. It must be 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户; '
        "ask the office which one.",
    ),
    "lists.missing_subtype": QT_TRANSLATE_NOOP(
        "Messages",
        "The person is a monitored household member but the monitoring type is empty. Ask"
        " the office to fill in 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户.",
    ),
    "lists.missing_disability": QT_TRANSLATE_NOOP(
        "Messages",
        "Neither the disability certificate number nor the disability category is filled "
        "in. Ask the office to fill in the 残疾人证号 from the certificate.",
    ),
    "lists.unknown_disability_category": QT_TRANSLATE_NOOP(
        "Messages",
        'The disability category "{value}" is unknown. It must be one of 视力, 听力, 言语, 肢体, '
        "智力, 精神 or 多重; check it on the certificate.",
    ),
    "lists.missing_grade": QT_TRANSLATE_NOOP(
        "Messages",
        "The disability grade is empty and there is no certificate number to read it "
        "from. Ask the office to fill in the grade (一级 to 四级) or the 残疾人证号.",
    ),
    "lists.unknown_grade": QT_TRANSLATE_NOOP(
        "Messages",
        'The disability grade "{value}" is unknown. It must be 一级, 二级, 三级 or 四级; check it on the certificate.',
    ),
    "lists.cert_disagrees": QT_TRANSLATE_NOOP(
        "Messages",
        "The category or grade in the list ({category}, {grade}) does not match the "
        "certificate number {cert}, whose last two digits give them. Check the "
        "certificate and ask the office to correct the list.",
    ),
    "lists.cert_review": QT_TRANSLATE_NOOP(
        "Messages",
        "This certificate is for a multiple disability of grade 3 or 4: the number does "
        "not say whether it includes a vision, intellectual or mental disability. Look at"
        " the certificate itself to decide whether the person qualifies.",
    ),
    "lists.bad_date": QT_TRANSLATE_NOOP(
        "Messages",
        '"{value}" is not a date. Ask the office to write it like 2024-05-01 or 2024年5月1日.',
    ),
    "lists.dates_reversed": QT_TRANSLATE_NOOP(
        "Messages",
        "The end date {end} is before the start date {start}. Ask the office which date is wrong.",
    ),
    "lists.totals_row": QT_TRANSLATE_NOOP(
        "Messages",
        "This row is a total (合计), not a person; it was skipped. Nothing needs to be done.",
    ),
    "lists.note_row": QT_TRANSLATE_NOOP(
        "Messages",
        'This row is a note, not a person ("{text}"); it was skipped. If it is a person, '
        "fill in the name and ID number.",
    ),
    "lists.repeated_header": QT_TRANSLATE_NOOP(
        "Messages",
        "This row repeats the column names, as on the second page of a printed list; it was "
        "skipped. Nothing needs to be done.",
    ),
}
