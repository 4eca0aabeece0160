"""One data row into a record, or the reasons it cannot be one.

Every check runs, so a rejected row lists everything wrong with it at once, and the agency can
fix it in one go.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from core.disability import CertProblem, DisabilityCategory, DisabilityCert, groups_for_cert, parse_disability_cert
from core.ids import normalize_id_text, parse_resident_id
from core.lists.categories import disability_category, disability_grade, group_for, subtype_for
from core.lists.cells import NOTHING, compact, parse_date
from core.lists.codes import ListProblem
from core.lists.headers import normalize_label
from core.lists.model import VETERAN_GROUP, Field, ListRecord, ListSource
from core.phones import parse_phone
from core.problems import Problem, error, warning

TOTALS = ("合计", "总计", "小计", "共计", "总数")
# Lines under a table that sign it off or explain it: 制表人：张三  审核人：李四  填报日期 ...
NOTES = ("制表", "填表", "填报", "审核", "审批", "负责人", "经办人", "备注", "说明", "注:", "注：")
_ID_LIKE = re.compile(r"\d{6}")
HEAD_RELATIONS = frozenset({"户主", "本人", "户主本人"})


@dataclass(frozen=True)
class RowOutcome:
    record: ListRecord | None
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


@dataclass(frozen=True)
class RowContext:
    source: ListSource
    mapping: Mapping[Field, int]
    today: date
    default_group: str | None  # from the title, or given for a generic list


def values_of(cells: tuple[str, ...], mapping: Mapping[Field, int]) -> dict[Field, str]:
    """The row's text per field; a placeholder such as 无 or / counts as empty."""
    width = len(cells)
    return {f: "" if i >= width or cells[i] in NOTHING else cells[i] for f, i in mapping.items()}


def skip_reason(cells: tuple[str, ...], values: Mapping[Field, str], header: tuple[str, ...]) -> Problem | None:
    """A totals row, a note (制表人, 填报说明 ...) or the header printed again on the next page is
    not a person: it is skipped, with a warning. ``header`` holds the normalized header labels."""
    if _ID_LIKE.search(values.get(Field.ID_NUMBER, "")):
        return None
    if _repeats_header(cells, header):
        return warning(ListProblem.REPEATED_HEADER)
    filled = [c for c in cells if c]
    if any(compact(c).startswith(TOTALS) for c in filled[:3]):
        return warning(ListProblem.TOTALS_ROW)
    if any(compact(c).startswith(NOTES) for c in filled):
        return warning(ListProblem.NOTE_ROW, text=" ".join(filled)[:60])
    if not values.get(Field.NAME) and not values.get(Field.ID_NUMBER) and not values.get(Field.CERT_NUMBER):
        return warning(ListProblem.NOTE_ROW, text=" ".join(filled)[:60])
    return None


def _repeats_header(cells: tuple[str, ...], header: tuple[str, ...]) -> bool:
    known = [(i, label) for i, label in enumerate(header) if label]
    same = sum(i < len(cells) and normalize_label(cells[i]) == label for i, label in known)
    return same * 2 > len(known)


def check_row(row: int, values: Mapping[Field, str], ctx: RowContext) -> RowOutcome:
    errors: list[Problem] = []
    warnings: list[Problem] = []
    name = compact(values.get(Field.NAME, ""))
    if not name:
        errors.append(error(ListProblem.MISSING_NAME, Field.NAME))
    id_number = _id_number(values, ctx, errors, warnings)
    group, subtype = _group(values, ctx, errors)
    disability = _Disability()
    if ctx.source is ListSource.DISABILITY or (ctx.source is ListSource.GENERIC and _has_disability(values)):
        disability = _disability(values, id_number, ctx.today, errors, warnings)
        group = disability.group
    date_from = _date(values, Field.DATE_FROM, errors)
    date_to = _date(values, Field.DATE_TO, errors)
    if date_from and date_to and date_to < date_from:
        errors.append(
            error(ListProblem.DATES_REVERSED, Field.DATE_TO, start=date_from.isoformat(), end=date_to.isoformat())
        )
    phone = _phone(values, warnings)
    if errors or id_number is None:
        return RowOutcome(None, tuple(errors), tuple(warnings))
    record = ListRecord(
        row=row,
        id_number=id_number,
        name=name,
        group=group,
        subtype=subtype,
        review_group=disability.review_group,
        disability_category=disability.category,
        disability_grade=disability.grade,
        cert_number=disability.cert_number,
        veteran_cert=compact(values.get(Field.VETERAN_CERT, "")) or None,
        household_head=compact(values.get(Field.HOUSEHOLD_HEAD, "")) or None,
        relation=compact(values.get(Field.RELATION, "")) or None,
        address=_one_spaced(values.get(Field.ADDRESS, "")) or None,
        phone=phone,
        date_from=date_from,
        date_to=date_to,
    )
    return RowOutcome(record, (), tuple(warnings))


@lru_cache(maxsize=1 << 14)  # a household's rows share their address
def _one_spaced(text: str) -> str:
    return " ".join(text.split())


def _id_number(
    values: Mapping[Field, str], ctx: RowContext, errors: list[Problem], warnings: list[Problem]
) -> str | None:
    raw = values.get(Field.ID_NUMBER, "")
    if not raw and ctx.source is ListSource.DISABILITY:
        cert = normalize_id_text(values.get(Field.CERT_NUMBER, ""))
        if len(cert) >= 20:
            raw = cert[:18]  # the certificate begins with its holder's ID number
    if not raw:
        errors.append(error(ListProblem.MISSING_ID, Field.ID_NUMBER))
        return None
    check = parse_resident_id(raw, ctx.today)
    if not check.problems:
        return check.normalized
    errors.extend(_in_field(p, Field.ID_NUMBER) for p in check.errors)
    warnings.extend(_in_field(p, Field.ID_NUMBER) for p in check.warnings)
    return check.normalized if check.ok else None


def _in_field(problem: Problem, field: Field) -> Problem:
    return Problem(problem.code, problem.severity, field, problem.params)


def _group(values: Mapping[Field, str], ctx: RowContext, errors: list[Problem]) -> tuple[str | None, str | None]:
    """The row's group key and, for monitored households, their subtype."""
    if ctx.source is ListSource.DISABILITY:
        return None, None
    if ctx.source is ListSource.VETERANS:
        return VETERAN_GROUP, None
    category = values.get(Field.CATEGORY, "")
    subtype_text = values.get(Field.SUBTYPE, "")
    group = group_for(ctx.source, category) if category else None
    if group is None and not category and subtype_text and ctx.source is not ListSource.CIVIL_AFFAIRS:
        group = "fanpin_jiance"  # a monitoring roll often has only the subtype column
    if group is None and not category:
        group = ctx.default_group
    if group is None:
        if category:
            errors.append(error(ListProblem.UNKNOWN_CATEGORY, Field.CATEGORY, value=category))
        elif not (ctx.source is ListSource.GENERIC and _has_disability(values)):
            errors.append(error(ListProblem.MISSING_CATEGORY, Field.CATEGORY))
        return None, None
    if group != "fanpin_jiance":
        return group, None
    subtype = subtype_for(subtype_text) if subtype_text else subtype_for(category)
    if subtype_text and subtype is None:
        errors.append(error(ListProblem.UNKNOWN_SUBTYPE, Field.SUBTYPE, value=subtype_text))
    elif subtype is None:
        errors.append(error(ListProblem.MISSING_SUBTYPE, Field.SUBTYPE))
    return group, subtype


def _has_disability(values: Mapping[Field, str]) -> bool:
    return any(values.get(f) for f in (Field.CERT_NUMBER, Field.DISABILITY_CATEGORY, Field.DISABILITY_GRADE))


@dataclass(frozen=True)
class _Disability:
    group: str | None = None
    review_group: str | None = None
    category: int | None = None
    grade: int | None = None
    cert_number: str | None = None


def _disability(
    values: Mapping[Field, str], id_number: str | None, today: date, errors: list[Problem], warnings: list[Problem]
) -> _Disability:
    """Category and grade from the certificate number, checked against the columns that repeat them."""
    category_text = values.get(Field.DISABILITY_CATEGORY, "")
    grade_text = values.get(Field.DISABILITY_GRADE, "")
    category = disability_category(category_text) if category_text else None
    grade = disability_grade(grade_text) if grade_text else None
    if category_text and category is None:
        errors.append(error(ListProblem.UNKNOWN_DISABILITY_CATEGORY, Field.DISABILITY_CATEGORY, value=category_text))
    if grade_text and grade is None:
        errors.append(error(ListProblem.UNKNOWN_GRADE, Field.DISABILITY_GRADE, value=grade_text))
    cert_text = values.get(Field.CERT_NUMBER, "")
    if not cert_text:
        if not category_text:
            errors.append(error(ListProblem.MISSING_DISABILITY, Field.DISABILITY_CATEGORY))
        if not grade_text:
            errors.append(error(ListProblem.MISSING_GRADE, Field.DISABILITY_GRADE))
        if category is None or grade is None:
            return _Disability()
        return _groups(int(category), grade, None, warnings)
    check = parse_disability_cert(cert_text, id_number, today)
    for problem in check.problems:
        if problem.code != CertProblem.ID_INVALID or id_number is not None or not values.get(Field.ID_NUMBER):
            errors.append(_in_field(problem, Field.CERT_NUMBER))
    cert = check.cert
    if cert is None:
        return _Disability()
    if (category is not None and category != cert.category) or (grade is not None and grade != cert.grade):
        errors.append(
            error(
                ListProblem.CERT_DISAGREES,
                Field.CERT_NUMBER,
                category=category_text,
                grade=grade_text,
                cert=cert.number,
            )
        )
    return _groups(int(cert.category), cert.grade, cert.number, warnings)


def _groups(category: int, grade: int, cert_number: str | None, warnings: list[Problem]) -> _Disability:
    placed = groups_for_cert(DisabilityCert(cert_number or "", "", DisabilityCategory(category), grade, None))
    review = min(placed.review_groups) if placed.review_groups else None
    if review is not None:
        warnings.append(warning(ListProblem.CERT_REVIEW, Field.CERT_NUMBER, group=review))
    group = min(placed.groups) if placed.groups else None
    return _Disability(group, review, category, grade, cert_number)


def _date(values: Mapping[Field, str], field: Field, errors: list[Problem]) -> date | None:
    text = values.get(field, "")
    if not text:
        return None
    parsed = parse_date(text)
    if parsed is None:
        errors.append(error(ListProblem.BAD_DATE, field, value=text))
    return parsed


def _phone(values: Mapping[Field, str], warnings: list[Problem]) -> str | None:
    text = values.get(Field.PHONE, "")
    if not text:
        return None
    check = parse_phone(text)
    if not check.ok:
        warnings.append(warning(check.problems[0].code, Field.PHONE, shown=text))
        return None
    return check.normalized
