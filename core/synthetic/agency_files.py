"""Synthetic agency list files as they really arrive, with each kind of damage switchable.

People come from their own seeded stream (names and places of the synthetic village, valid ID
numbers), so any number of rows can be made quickly. :func:`write_list` lays them out the way
the agency's office would (title rows, merged headers, one household per block ...) in .xlsx,
.xls or .csv in any encoding, and says which person stands on which row, so that tests can
compare what is read with what was written.
"""

from __future__ import annotations

import io
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Literal

from core.disability import CATEGORY_LABELS, DisabilityCategory, DisabilityCert, groups_for_cert
from core.ids import make_resident_id
from core.lists.model import ListRecord
from core.synthetic.model import HAN, HUI
from core.synthetic.names import pick_given_name, pick_surname
from core.synthetic.places import place_for
from core.synthetic.sampling import between, chance, date_between, one_of, seeded_random

FileFormat = Literal["xlsx", "xls", "csv"]
SOURCES = ("civil-affairs", "disability", "rural-revitalization", "veterans", "generic")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16")
LONGDE_VILLAGE = "640423100201"
_GRADE_WORDS = ("一级", "二级", "三级", "四级")
_SUBTYPES = ("脱贫不稳定户", "边缘易致贫户", "突发严重困难户")
_CIVIL_WORDS = {"dibao": ("低保", "农村低保", "一类低保"), "tekun": ("特困供养",), "dibao_bianyuan": ("低保边缘",)}
_RELATIONS = ("配偶", "子", "女", "儿媳", "孙子", "孙女")


class Damage(StrEnum):
    TITLE_ROWS = "title_rows"  # a title and a filled-in-by line above the header
    TWO_ROW_HEADER = "two_row_header"  # a merged parent cell over some column names
    BLANK_ROWS = "blank_rows"  # an empty row every few rows
    TOTALS_ROW = "totals_row"  # 合计 and 制表人 rows at the end
    IDS_AS_NUMBERS = "ids_as_numbers"  # ID numbers stored as numbers (CSV: as Excel then saves them)
    APOSTROPHES = "apostrophes"  # a leading ' typed to force text
    FULL_WIDTH = "full_width"  # full-width digits in IDs and full-width spaces in names
    HOUSEHOLD_ROWS = "household_rows"  # head, address and category only on a household's first row
    BAD_ID = "bad_id"  # one ID number with a wrong check digit
    DUPLICATE_ROW = "duplicate_row"  # one row repeated exactly
    UNKNOWN_CATEGORY = "unknown_category"  # one category no rule knows
    MISSING_GRADE = "missing_grade"  # disability: one row without certificate number and grade
    MISSING_NAME = "missing_name"  # one row without a name
    BAD_DATE = "bad_date"  # one date that is no date


# Damages that spoil one row each (the others change the layout of the whole file).
ROW_DAMAGES = frozenset(
    {
        Damage.BAD_ID,
        Damage.DUPLICATE_ROW,
        Damage.UNKNOWN_CATEGORY,
        Damage.MISSING_GRADE,
        Damage.MISSING_NAME,
        Damage.BAD_DATE,
    }
)


@dataclass(frozen=True)
class ListPerson:
    """One intended row: what the agency means to say about a person."""

    id_number: str
    name: str
    household: int
    head: str
    relation: str
    address: str
    phone: str | None
    group: str | None
    subtype: str | None = None
    category_text: str = ""
    disability_category: int | None = None
    disability_grade: int | None = None
    cert_number: str | None = None
    veteran_cert: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class AgencyFile:
    data: bytes
    file_format: FileFormat
    encoding: str | None
    header_rows: tuple[int, ...]  # 1-based
    people: dict[int, ListPerson]  # row number as shown -> the person written there
    damaged: dict[Damage, tuple[int, ...]] = field(default_factory=dict)  # damage -> rows it hit

    @property
    def file_name(self) -> str:
        return f"list.{self.file_format}"


def make_people(source: str, count: int, seed: int = 0, today: date = date(2026, 10, 1)) -> list[ListPerson]:
    """``count`` people for a list from ``source``, in households where the list has them."""
    rng = seeded_random(LONGDE_VILLAGE, seed, f"agency-{source}")
    place = place_for(LONGDE_VILLAGE)
    used: set[str] = set()
    people: list[ListPerson] = []
    household = 0
    while len(people) < count:
        household += 1
        size = between(rng, 1, 5) if source in ("civil-affairs", "rural-revitalization") else 1
        members = _household(rng, place.county_code, size, used, today)
        address = place.address(between(rng, 1, 9), between(rng, 1, 60))
        listing = _listing(rng, source, today)
        head = members[0][1]
        # Nobody is listed before being born; the household shares one date, said on its first row.
        listed = max([listing.date_from or today, *(birth for _, _, birth in members)])
        for index, (id_number, name, _) in enumerate(members[: count - len(people)]):
            person = replace(
                listing,
                id_number=id_number,
                name=name,
                household=household,
                head=head,
                relation="户主" if index == 0 else one_of(rng, _RELATIONS),
                address=address,
                phone=f"139{between(rng, 0, 10**8 - 1):08d}" if chance(rng, 0.7) else None,
                date_from=listed,
                date_to=listing.date_to if listing.date_to is None or listing.date_to >= listed else None,
            )
            people.append(_personal(rng, source, person, today))
    return people


def _household(rng: random.Random, county: str, size: int, used: set[str], today: date) -> list[tuple[str, str, date]]:
    ethnicity = HUI if chance(rng, 0.4) else HAN
    surname = pick_surname(rng, ethnicity)
    members = []
    for index in range(size):
        sex: Literal["M", "F"] = "M" if index == 0 or chance(rng, 0.5) else "F"
        birth = date_between(rng, date(1935, 1, 1), date(today.year - 1, 12, 31))
        id_number = make_resident_id(county, birth, 2 * between(rng, 0, 499) + (1 if sex == "M" else 0))
        if id_number in used:
            continue
        used.add(id_number)
        name = (surname if index == 0 or chance(rng, 0.7) else pick_surname(rng, ethnicity)) + pick_given_name(
            rng, sex, birth.year, ethnicity
        )
        members.append((id_number, name, birth))
    return members or _household(rng, county, size, used, today)


def _listing(rng: random.Random, source: str, today: date) -> ListPerson:
    """The household's shared listing: group, category wording, dates."""
    start = date_between(rng, date(2016, 1, 1), date(today.year, 6, 30))
    end = date_between(rng, start, today) if chance(rng, 0.1) else None
    base = ListPerson("", "", 0, "", "", "", None, None, date_from=start, date_to=end)
    if source in ("civil-affairs", "generic"):
        group = rng.choice(("dibao", "dibao", "dibao", "tekun", "dibao_bianyuan"))
        text = group if source == "generic" and chance(rng, 0.3) else one_of(rng, _CIVIL_WORDS[group])
        return replace(base, group=group, category_text=text)
    if source == "rural-revitalization":
        if chance(rng, 0.6):
            return replace(base, group="tuopin", category_text="脱贫户", date_to=None)
        return replace(base, group="fanpin_jiance", subtype=one_of(rng, _SUBTYPES), category_text="监测户")
    if source == "veterans":
        return replace(base, group="veteran", date_to=None)
    return replace(base, date_to=None)


def _personal(rng: random.Random, source: str, person: ListPerson, today: date) -> ListPerson:
    if source == "veterans":
        return replace(person, veteran_cert=f"640423{between(rng, 2019, today.year)}{between(rng, 0, 999999):06d}")
    if source != "disability":
        return person
    category, grade = between(rng, 1, 7), between(rng, 1, 4)
    cert = f"{person.id_number}{category}{grade}"
    placed = groups_for_cert(DisabilityCert(cert, person.id_number, DisabilityCategory(category), grade, None))
    group = min(placed.groups) if placed.groups else None
    return replace(person, group=group, disability_category=category, disability_grade=grade, cert_number=cert)


@dataclass(frozen=True)
class _Column:
    label: str
    value: str  # the ListPerson attribute, or a special: "serial", "grade_text", "category_label"
    parent: str = ""  # the merged cell above it in a two-row header
    shared: bool = False  # said only on a household's first row when household rows are damaged
    alone: str = ""  # the label in a one-row header, where the parent is not there to explain it


_COLUMNS: dict[str, tuple[_Column, ...]] = {
    "civil-affairs": (
        _Column("序号", "serial"),
        _Column("户主姓名", "head", shared=True),
        _Column("姓名", "name", "家庭成员信息"),
        _Column("与户主关系", "relation", "家庭成员信息"),
        _Column("身份证号码", "id_number", "家庭成员信息"),
        _Column("保障类别", "category_text", shared=True),
        _Column("家庭住址", "address", shared=True),
        _Column("联系电话", "phone"),
        _Column("纳入时间", "date_from", shared=True),
        _Column("退出时间", "date_to"),
    ),
    "disability": (
        _Column("序号", "serial"),
        _Column("姓名", "name"),
        _Column("身份证号", "id_number"),
        _Column("残疾人证号", "cert_number"),
        _Column("类别", "category_label", "残疾情况", alone="残疾类别"),
        _Column("等级", "grade_text", "残疾情况", alone="残疾等级"),
        _Column("家庭住址", "address"),
        _Column("联系电话", "phone"),
        _Column("发证日期", "date_from"),
    ),
    "rural-revitalization": (
        _Column("序号", "serial"),
        _Column("户主姓名", "head", shared=True),
        _Column("姓名", "name"),
        _Column("与户主关系", "relation"),
        _Column("证件号码", "id_number"),
        _Column("户类型", "category_text", shared=True),
        _Column("类型", "subtype", "监测", shared=True, alone="监测类型"),
        _Column("家庭住址", "address", shared=True),
        _Column("识别时间", "date_from", shared=True),
        _Column("风险消除时间", "date_to"),
    ),
    "veterans": (
        _Column("序号", "serial"),
        _Column("姓名", "name"),
        _Column("公民身份号码", "id_number"),
        _Column("优待证号", "veteran_cert"),
        _Column("家庭住址", "address"),
        _Column("联系电话", "phone"),
        _Column("退役时间", "date_from"),
    ),
    "generic": (
        _Column("姓名", "name"),
        _Column("身份证号", "id_number"),
        _Column("类别", "category_text"),
        _Column("住址", "address"),
    ),
}
_TITLES = {
    "civil-affairs": "隆德县沙塘镇2026年第三季度低保对象花名册",
    "disability": "隆德县沙塘镇2026年第三季度持证残疾人名单",
    "rural-revitalization": "隆德县沙塘镇2026年第三季度防返贫监测对象和脱贫人口名单",
    "veterans": "隆德县沙塘镇退役军人花名册",
    "generic": "隆德县沙塘镇2026年困难群体名单",
}


Cell = str | float | date | None
_DATE_STYLES = ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d")
_BLANK_EVERY = 7
_FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def write_list(
    people: Sequence[ListPerson],
    source: str,
    file_format: FileFormat,
    *,
    encoding: str = "utf-8-sig",
    damages: Iterable[Damage] = (),
    seed: int = 0,
) -> AgencyFile:
    """The people as the agency's file, with the chosen damages; ``encoding`` is for CSV only."""
    sheet = _Sheet(source, file_format, frozenset(damages), seeded_random(LONGDE_VILLAGE, seed, "damage"))
    sheet.lay_out(people)
    if file_format == "csv":
        data = _csv_bytes(sheet.rows, encoding, sheet.date_style)
    elif file_format == "xlsx":
        data = _xlsx_bytes(sheet.rows, sheet.merges)
    else:
        data = _xls_bytes(sheet.rows, sheet.merges)
    return AgencyFile(
        data,
        file_format,
        encoding if file_format == "csv" else None,
        tuple(sheet.header_rows),
        sheet.people,
        {d: tuple(rows) for d, rows in sheet.damaged.items() if rows},
    )


class _Sheet:
    """Rows of cells with the merges a clerk would make, and where each person and damage went."""

    def __init__(self, source: str, file_format: FileFormat, damages: frozenset[Damage], rng: random.Random) -> None:
        self.source, self.file_format, self.damages, self.rng = source, file_format, damages, rng
        self.columns = _COLUMNS[source]
        self.rows: list[list[Cell]] = []
        self.merges: list[tuple[int, int, int, int]] = []  # first row, last row, first col, last col (0-based)
        self.header_rows: list[int] = []
        self.people: dict[int, ListPerson] = {}
        self.damaged: dict[Damage, list[int]] = {d: [] for d in damages}
        self.date_style = rng.choice(_DATE_STYLES)

    def lay_out(self, people: Sequence[ListPerson]) -> None:
        if Damage.TITLE_ROWS in self.damages:
            self._title()
        self._header()
        targets = self._targets(people)
        since_blank = 0
        for index, person in enumerate(people):
            first = index == 0 or people[index - 1].household != person.household
            if first and since_blank >= _BLANK_EVERY and Damage.BLANK_ROWS in self.damages:
                self.rows.append([])
                since_blank = 0
            damage = targets.get(index)
            self._person_row(index, person, first, damage)
            since_blank += 1
            if damage is Damage.DUPLICATE_ROW:
                self.rows.append(list(self.rows[-1]))
                self.damaged[Damage.DUPLICATE_ROW].append(len(self.rows))
        if Damage.TOTALS_ROW in self.damages:
            self.rows.append(["合计", f"{len(people)}人"])
            self.rows.append(["制表人：张三", "", "审核人：李四"])

    def _title(self) -> None:
        width = len(self.columns)
        self.rows.append([_TITLES[self.source]])
        self.merges.append((0, 0, 0, width - 1))
        self.rows.append(["填报单位：沙塘镇人民政府", "", "", "填报日期：2026年10月8日"])

    def _header(self) -> None:
        top = len(self.rows)
        if Damage.TWO_ROW_HEADER not in self.damages or not any(c.parent for c in self.columns):
            self.rows.append([c.alone or c.label for c in self.columns])
            self.header_rows.append(top + 1)
            return
        upper: list[Cell] = []
        lower: list[Cell] = []
        for i, column in enumerate(self.columns):
            starts = column.parent and (i == 0 or self.columns[i - 1].parent != column.parent)
            upper.append(column.parent if starts else (None if column.parent else column.label))
            lower.append(column.label if column.parent else None)
            if not column.parent:
                self.merges.append((top, top + 1, i, i))
            elif starts:
                last = max(j for j, c in enumerate(self.columns) if c.parent == column.parent)
                if last > i:
                    self.merges.append((top, top, i, last))
        self.rows.extend([upper, lower])
        self.header_rows.extend([top + 1, top + 2])

    def _targets(self, people: Sequence[ListPerson]) -> dict[int, Damage]:
        """One person per row damage, never the first row of a household that has others."""
        sizes = Counter(p.household for p in people)
        lone = [
            i
            for i, p in enumerate(people)
            if sizes[p.household] == 1 or (i > 0 and people[i - 1].household == p.household)
        ]
        applicable = [d for d in sorted(ROW_DAMAGES & self.damages) if self._applies(d)]
        chosen = self.rng.sample(lone, min(len(lone), len(applicable)))
        return dict(zip(chosen, applicable, strict=False))

    def _applies(self, damage: Damage) -> bool:
        """A damage hits a row only where the list has the column it spoils."""
        needs = {
            Damage.UNKNOWN_CATEGORY: "category_text",
            Damage.MISSING_GRADE: "grade_text",
            Damage.BAD_DATE: "date_from",
        }.get(damage, "name")
        return any(c.value == needs for c in self.columns)

    def _person_row(self, index: int, person: ListPerson, first: bool, damage: Damage | None) -> None:
        cells = [self._cell(column, index, person, first) for column in self.columns]
        if damage is not None and damage is not Damage.DUPLICATE_ROW:
            self._damage(cells, person, damage)
        self.rows.append(cells)
        row = len(self.rows)
        self.people[row] = person
        if damage is not None and damage is not Damage.DUPLICATE_ROW:
            self.damaged[damage].append(row)

    def _cell(self, column: _Column, index: int, person: ListPerson, first: bool) -> Cell:
        if column.shared and not first and Damage.HOUSEHOLD_ROWS in self.damages:
            return None
        if column.value == "serial":
            return float(index + 1) if self.file_format != "csv" else str(index + 1)
        if column.value == "grade_text":
            return _GRADE_WORDS[person.disability_grade - 1] if person.disability_grade else None
        if column.value == "category_label":
            category = person.disability_category
            return CATEGORY_LABELS[DisabilityCategory(category)] if category else None
        if column.value == "name" and Damage.FULL_WIDTH in self.damages and index % 3 == 0:
            return person.name[0] + "\u3000" + person.name[1:]
        if column.value in ("id_number", "cert_number"):
            return self._number(getattr(person, column.value))
        value = getattr(person, column.value)
        if isinstance(value, date) and self.file_format == "csv":
            return value.strftime(self.date_style)
        return value if value is None or isinstance(value, date) else str(value)

    def _number(self, number: str | None) -> Cell:
        if number is None:
            return None
        if Damage.IDS_AS_NUMBERS in self.damages and number.isdigit():
            if self.file_format != "csv":
                return float(number)
            mantissa, exponent = f"{float(number):.5E}".split("E")
            return f"{mantissa.rstrip('0').rstrip('.')}E+{int(exponent):02d}"
        if Damage.FULL_WIDTH in self.damages:
            number = number.translate(_FULL_WIDTH)
        return "'" + number if Damage.APOSTROPHES in self.damages else number

    def _damage(self, cells: list[Cell], person: ListPerson, damage: Damage) -> None:
        at = {c.value: i for i, c in enumerate(self.columns)}
        if damage is Damage.BAD_ID:
            wrong = "0" if person.id_number[-1] != "0" else "1"
            cells[at["id_number"]] = person.id_number[:-1] + wrong
        elif damage is Damage.UNKNOWN_CATEGORY:
            cells[at["category_text"]] = "其他困难"
        elif damage is Damage.MISSING_GRADE:
            cells[at["cert_number"]] = cells[at["grade_text"]] = None
        elif damage is Damage.MISSING_NAME:
            cells[at["name"]] = None
        elif damage is Damage.BAD_DATE:
            cells[at["date_from"]] = "2020-13-45"


def _text(cell: Cell, date_style: str) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.strftime(date_style)
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(cell)
    return cell


def _csv_bytes(rows: Sequence[Sequence[Cell]], encoding: str, date_style: str) -> bytes:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t" if encoding == "utf-16" else ",", lineterminator="\r\n")
    for row in rows:
        writer.writerow([_text(c, date_style) for c in row])
    return out.getvalue().encode(encoding)


def _xlsx_bytes(rows: Sequence[Sequence[Cell]], merges: Sequence[tuple[int, int, int, int]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=not merges)
    sheet = book.create_sheet("花名册") if not merges else book.active
    if merges:
        sheet.title = "花名册"
    for row in rows:
        sheet.append(list(row))
    for first_row, last_row, first_col, last_col in merges:
        sheet.merge_cells(
            start_row=first_row + 1, end_row=last_row + 1, start_column=first_col + 1, end_column=last_col + 1
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xls_bytes(rows: Sequence[Sequence[Cell]], merges: Sequence[tuple[int, int, int, int]]) -> bytes:
    """Legacy .xls through xlwt, a test-only dependency: the app itself only reads .xls."""
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("花名册")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    merged = {(r, c) for r1, r2, c1, c2 in merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None or (r, c) in merged:
                continue
            if isinstance(cell, date):
                sheet.write(r, c, cell, date_style)
            else:
                sheet.write(r, c, cell)
    for first_row, last_row, first_col, last_col in merges:
        value = rows[first_row][first_col] if first_col < len(rows[first_row]) else None
        sheet.write_merge(first_row, last_row, first_col, last_col, value if value is not None else "")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def expected_record(person: ListPerson, source: str, row: int) -> ListRecord:
    """The record a correct reader makes of this person's row, from what the file's columns say."""
    written = {c.value for c in _COLUMNS[source]}

    def shown(value: date | None, column: str) -> date | None:
        return value if column in written else None

    review = None
    if person.cert_number is not None and person.disability_category and person.disability_grade:
        category = DisabilityCategory(person.disability_category)
        cert = DisabilityCert(person.cert_number, person.id_number, category, person.disability_grade, None)
        review = min(groups_for_cert(cert).review_groups, default=None)
    return ListRecord(
        row=row,
        id_number=person.id_number,
        name=person.name,
        group=person.group,
        subtype=person.subtype,
        review_group=review,
        disability_category=person.disability_category,
        disability_grade=person.disability_grade,
        cert_number=person.cert_number,
        veteran_cert=person.veteran_cert,
        household_head=person.head if "head" in written else None,
        relation=person.relation if "relation" in written else None,
        address=person.address,
        phone=person.phone if "phone" in written else None,
        date_from=shown(person.date_from, "date_from"),
        date_to=shown(person.date_to, "date_to"),
    )
