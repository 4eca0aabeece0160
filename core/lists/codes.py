"""Problem codes of agency list files: the file as a whole, and single rows.

Rows also carry the codes of :mod:`core.ids`, :mod:`core.disability` and :mod:`core.phones`
unchanged, so an invalid ID number reads the same everywhere in the app.
"""

from __future__ import annotations

from enum import StrEnum

from core.problems import problem_codes


@problem_codes
class ListProblem(StrEnum):
    # the file
    UNREADABLE = "lists.unreadable"
    UNKNOWN_FORMAT = "lists.unknown_format"
    UNKNOWN_ENCODING = "lists.unknown_encoding"
    EMPTY_FILE = "lists.empty_file"
    NO_HEADER = "lists.no_header"
    COLUMN_MISSING = "lists.column_missing"
    COLUMN_NOT_FOUND = "lists.column_not_found"
    COLUMN_GUESSED = "lists.column_guessed"
    SHEET_NOT_FOUND = "lists.sheet_not_found"
    STRICT_REJECTED = "lists.strict_rejected"
    # one row
    MISSING_NAME = "lists.missing_name"
    MISSING_ID = "lists.missing_id"
    DUPLICATE_ROW = "lists.duplicate_row"
    CONFLICTING_ROWS = "lists.conflicting_rows"
    MISSING_CATEGORY = "lists.missing_category"
    UNKNOWN_CATEGORY = "lists.unknown_category"
    UNKNOWN_SUBTYPE = "lists.unknown_subtype"
    MISSING_SUBTYPE = "lists.missing_subtype"
    MISSING_DISABILITY = "lists.missing_disability"
    UNKNOWN_DISABILITY_CATEGORY = "lists.unknown_disability_category"
    MISSING_GRADE = "lists.missing_grade"
    UNKNOWN_GRADE = "lists.unknown_grade"
    CERT_DISAGREES = "lists.cert_disagrees"
    CERT_REVIEW = "lists.cert_review"
    BAD_DATE = "lists.bad_date"
    DATES_REVERSED = "lists.dates_reversed"
    TOTALS_ROW = "lists.totals_row"
    NOTE_ROW = "lists.note_row"
    REPEATED_HEADER = "lists.repeated_header"
