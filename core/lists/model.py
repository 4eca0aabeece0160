"""What reading an agency list gives back: records, rejected rows, warnings and how the file was read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from core.problems import Problem


class ListSource(StrEnum):
    """Who sent the list; the values are the names the CLI takes (`--source`)."""

    CIVIL_AFFAIRS = "civil-affairs"  # 民政: 低保, 特困, 低保边缘
    DISABILITY = "disability"  # 残联: disability certificates
    RURAL_REVITALIZATION = "rural-revitalization"  # 乡村振兴: 监测对象, 已脱贫人口
    VETERANS = "veterans"  # 退役军人事务
    GENERIC = "generic"  # anything else a county sends, with an explicit mapping or group


class Field(StrEnum):
    """The columns a list may have, whatever the agency calls them."""

    NAME = "name"
    ID_NUMBER = "id_number"
    CERT_NUMBER = "cert_number"
    DISABILITY_CATEGORY = "disability_category"
    DISABILITY_GRADE = "disability_grade"
    CATEGORY = "category"
    SUBTYPE = "subtype"
    HOUSEHOLD_HEAD = "household_head"
    RELATION = "relation"
    ADDRESS = "address"
    PHONE = "phone"
    DATE_FROM = "date_from"
    DATE_TO = "date_to"
    VETERAN_CERT = "veteran_cert"


VETERAN_GROUP = "veteran"


@dataclass(frozen=True, slots=True)
class ListRecord:
    """One accepted row. ``row`` is the row number the spreadsheet or text editor shows (1-based)."""

    row: int
    id_number: str
    name: str
    group: str | None  # a policy-pack group key; None for a certificate that puts its holder in none
    subtype: str | None = None
    review_group: str | None = None  # a group staff must confirm from the certificate itself
    disability_category: int | None = None
    disability_grade: int | None = None
    cert_number: str | None = None
    veteran_cert: str | None = None
    household_head: str | None = None
    relation: str | None = None
    address: str | None = None
    phone: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def content(self) -> tuple[object, ...]:
        """Everything but the row number: what a snapshot is made of."""
        return (
            self.id_number, self.name, self.group, self.subtype, self.review_group,
            self.disability_category, self.disability_grade, self.cert_number, self.veteran_cert,
            self.household_head, self.relation, self.address, self.phone, self.date_from, self.date_to,
        )  # fmt: skip

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            out[name] = value.isoformat() if isinstance(value, date) else value
        return out


@dataclass(frozen=True, slots=True)
class RowReport:
    """A rejected row or a row with warnings: its number, what is wrong, and its cells as read."""

    row: int
    problems: tuple[Problem, ...]
    values: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        return self.problems[0].code

    def to_json(self) -> dict[str, object]:
        first = self.problems[0]
        out: dict[str, object] = {"row": self.row, "reason": first.code}
        if first.field is not None:
            out["field"] = first.field
        out.update(first.params)
        if len(self.problems) > 1:
            out["also"] = [p.to_json() for p in self.problems[1:]]
        return out


@dataclass(frozen=True)
class Detection:
    """How the file was read, for the desk to show (and correct on the mapping screen)."""

    file_format: str  # "xlsx", "xls", "csv", or "html" for an HTML table saved as .xls
    encoding: str | None = None  # text files only: "utf-8", "utf-8-sig", "gb18030", "utf-16"
    delimiter: str | None = None  # csv only
    sheet: str | None = None  # spreadsheets only
    header_rows: tuple[int, ...] = ()  # 1-based, as the spreadsheet shows them
    headers: tuple[str, ...] = ()  # the label of each column, two-row headers joined
    mapping: Mapping[Field, int] = field(default_factory=dict)  # field -> 0-based column
    unsure: tuple[Field, ...] = ()  # fields matched by a partial name, or claimed by two columns
    missing: tuple[Field, ...] = ()  # required fields no column was found for
    title: str = ""  # the text above the header
    title_group: str | None = None  # the group the title names ("低保对象花名册" -> dibao)

    @property
    def needs_mapping(self) -> bool:
        """The desk should show the mapping screen before anything is applied."""
        return bool(self.unsure or self.missing)

    def to_json(self) -> dict[str, object]:
        return {
            "format": self.file_format,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "sheet": self.sheet,
            "header_rows": list(self.header_rows),
            "headers": list(self.headers),
            "mapping": {str(f): i for f, i in self.mapping.items()},
            "unsure": [str(f) for f in self.unsure],
            "missing": [str(f) for f in self.missing],
            "title": self.title,
            "title_group": self.title_group,
        }


@dataclass(frozen=True)
class ListImport:
    """The outcome of reading one file. ``problems`` concern the whole file; if any is an error,
    nothing from the file may be applied (``accepted`` is then empty)."""

    source: ListSource
    file_name: str
    content_hash: str  # sha256 of the file's bytes
    snapshot_hash: str  # sha256 of the accepted records, independent of their order in the file
    detection: Detection | None
    rows_read: int
    accepted: tuple[ListRecord, ...]
    rejected: tuple[RowReport, ...]
    warnings: tuple[RowReport, ...]
    problems: tuple[Problem, ...]
    strict: bool

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def to_json(self) -> dict[str, object]:
        return {
            "source": str(self.source),
            "file": self.file_name,
            "content_hash": self.content_hash,
            "snapshot": self.snapshot_hash,
            "strict": self.strict,
            "ok": self.ok,
            "rows_read": self.rows_read,
            "accepted": len(self.accepted),
            "rejected": [r.to_json() for r in self.rejected],
            "warnings": [w.to_json() for w in self.warnings],
            "problems": [p.to_json() for p in self.problems],
            "detection": self.detection.to_json() if self.detection else None,
        }
