"""Words for the list screens: who sent a list, the columns a list may have, how a file was read, and the
notes the import's progress sends (core and the service report codes; the desk says them in words)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from core.lists import Field, ListSource
from desktop.messages.marker import QT_TRANSLATE_NOOP
from desktop.services.lists_model import AsOfBasis, source_of_agency

CONTEXT = "ListLabels"

SOURCES: dict[ListSource, str] = {
    ListSource.CIVIL_AFFAIRS: QT_TRANSLATE_NOOP("ListLabels", "Civil affairs"),
    ListSource.DISABILITY: QT_TRANSLATE_NOOP("ListLabels", "Disabled persons' federation"),
    ListSource.RURAL_REVITALIZATION: QT_TRANSLATE_NOOP("ListLabels", "Rural revitalization"),
    ListSource.VETERANS: QT_TRANSLATE_NOOP("ListLabels", "Veterans affairs"),
    ListSource.GENERIC: QT_TRANSLATE_NOOP("ListLabels", "Other office"),
}

# The mnemonic letters are chosen so that no two fields of one source share one, nor the dialog's buttons
# (Back B, Next X, Import I) or the header row (H).
FIELDS: dict[Field, str] = {
    Field.NAME: QT_TRANSLATE_NOOP("ListLabels", "&Name"),
    Field.ID_NUMBER: QT_TRANSLATE_NOOP("ListLabels", "I&D number"),
    Field.CERT_NUMBER: QT_TRANSLATE_NOOP("ListLabels", "&Certificate number"),
    Field.DISABILITY_CATEGORY: QT_TRANSLATE_NOOP("ListLabels", "Disability &type"),
    Field.DISABILITY_GRADE: QT_TRANSLATE_NOOP("ListLabels", "Disability &grade"),
    Field.CATEGORY: QT_TRANSLATE_NOOP("ListLabels", "Categor&y"),
    Field.SUBTYPE: QT_TRANSLATE_NOOP("ListLabels", "&Subtype"),
    Field.HOUSEHOLD_HEAD: QT_TRANSLATE_NOOP("ListLabels", "Household h&ead"),
    Field.RELATION: QT_TRANSLATE_NOOP("ListLabels", "&Relation to the head"),
    Field.ADDRESS: QT_TRANSLATE_NOOP("ListLabels", "&Address"),
    Field.PHONE: QT_TRANSLATE_NOOP("ListLabels", "&Phone"),
    Field.DATE_FROM: QT_TRANSLATE_NOOP("ListLabels", "Listed &from"),
    Field.DATE_TO: QT_TRANSLATE_NOOP("ListLabels", "&Left the list on"),
    Field.VETERAN_CERT: QT_TRANSLATE_NOOP("ListLabels", "&Veteran card number"),
}

_COMMON = (Field.NAME, Field.ID_NUMBER)
# The columns the mapping screen offers for each source, in the order agencies usually put them.
SOURCE_FIELDS: dict[ListSource, tuple[Field, ...]] = {
    ListSource.CIVIL_AFFAIRS: (*_COMMON, Field.CATEGORY, Field.HOUSEHOLD_HEAD, Field.RELATION, Field.ADDRESS,
                               Field.PHONE, Field.DATE_FROM, Field.DATE_TO),
    ListSource.DISABILITY: (*_COMMON, Field.CERT_NUMBER, Field.DISABILITY_CATEGORY, Field.DISABILITY_GRADE,
                            Field.ADDRESS, Field.PHONE),
    ListSource.RURAL_REVITALIZATION: (*_COMMON, Field.CATEGORY, Field.SUBTYPE, Field.HOUSEHOLD_HEAD, Field.RELATION,
                                      Field.ADDRESS, Field.PHONE, Field.DATE_FROM, Field.DATE_TO),
    ListSource.VETERANS: (*_COMMON, Field.VETERAN_CERT, Field.ADDRESS, Field.PHONE, Field.DATE_FROM),
    ListSource.GENERIC: (*_COMMON, Field.CATEGORY, Field.CERT_NUMBER, Field.DISABILITY_CATEGORY,
                         Field.DISABILITY_GRADE, Field.ADDRESS, Field.PHONE, Field.DATE_FROM, Field.DATE_TO),
}

BASES: dict[str, str] = {
    AsOfBasis.GIVEN: QT_TRANSLATE_NOOP("ListLabels", "the date you chose"),
    AsOfBasis.TITLE: QT_TRANSLATE_NOOP("ListLabels", "the date written above the table in the file"),
    AsOfBasis.QUARTER: QT_TRANSLATE_NOOP("ListLabels", "the last day of the quarter named in the file's title"),
    AsOfBasis.TODAY: QT_TRANSLATE_NOOP("ListLabels", "today: the file names no date"),
}

FORMATS: dict[str, str] = {
    "xlsx": QT_TRANSLATE_NOOP("ListLabels", "Excel workbook (.xlsx)"),
    "xls": QT_TRANSLATE_NOOP("ListLabels", "older Excel workbook (.xls)"),
    "csv": QT_TRANSLATE_NOOP("ListLabels", "text table (.csv)"),
    "html": QT_TRANSLATE_NOOP("ListLabels", "web page table saved as .xls"),
}

ENCODINGS: dict[str, str] = {
    "utf-8": QT_TRANSLATE_NOOP("ListLabels", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ListLabels", "UTF-8 (with a mark at the start)"),
    "gb18030": QT_TRANSLATE_NOOP("ListLabels", "Chinese GBK / GB18030"),
    "utf-16": QT_TRANSLATE_NOOP("ListLabels", "UTF-16 (Unicode)"),
}

NOTES: dict[str, str] = {
    "lists.rows": QT_TRANSLATE_NOOP("ListLabels", "Reading the rows of the list…"),
    "lists.saving": QT_TRANSLATE_NOOP("ListLabels", "Saving the list…"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def source_label(source: ListSource | str) -> str:
    """The office a list came from; the demo desk's pinyin agency names are understood too."""
    known = source if isinstance(source, ListSource) else source_of_agency(source)
    return _tr(SOURCES[known]) if known is not None else str(source)


def field_label(field: Field) -> str:
    return _tr(FIELDS[field])


_CJK_MNEMONIC = re.compile(r"[(（]&[^&][)）]")  # the Chinese way: "姓名(&N)"


def plain(text: str) -> str:
    """A label's words without its mnemonic marker (for accessible names and sentences)."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def basis_label(basis: str | None) -> str:
    return _tr(BASES[basis]) if basis in BASES else ""


def format_label(file_format: str) -> str:
    return _tr(FORMATS[file_format]) if file_format in FORMATS else file_format


def encoding_label(encoding: str | None) -> str:
    return _tr(ENCODINGS[encoding]) if encoding in ENCODINGS else (encoding or "")


def progress_note(note: str) -> str:
    return _tr(NOTES[note]) if note in NOTES else note
