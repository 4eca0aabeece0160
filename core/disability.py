"""Disability certificate numbers (第二代/第三代残疾人证) and the hardship groups they put a person in.

A number is the holder's 18-character resident ID, a category digit (1-7), a grade digit (1-4,
1 most severe) and, on some reissued certificates, a suffix such as "B1".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from core.ids import IdCheck, is_scientific_notation, normalize_id_text, parse_resident_id, upgrade_15
from core.problems import Problem, error, problem_codes


class DisabilityCategory(IntEnum):
    VISION = 1
    HEARING = 2
    SPEECH = 3
    PHYSICAL = 4
    INTELLECTUAL = 5
    MENTAL = 6
    MULTIPLE = 7


CATEGORY_LABELS: dict[DisabilityCategory, str] = {
    DisabilityCategory.VISION: "视力残疾",
    DisabilityCategory.HEARING: "听力残疾",
    DisabilityCategory.SPEECH: "言语残疾",
    DisabilityCategory.PHYSICAL: "肢体残疾",
    DisabilityCategory.INTELLECTUAL: "智力残疾",
    DisabilityCategory.MENTAL: "精神残疾",
    DisabilityCategory.MULTIPLE: "多重残疾",
}

GRADES = frozenset({1, 2, 3, 4})
_CATEGORY_DIGITS = frozenset(str(c.value) for c in DisabilityCategory)
_GRADE_DIGITS = frozenset(str(g) for g in GRADES)


@problem_codes
class CertProblem(StrEnum):
    EMPTY = "cert.empty"
    SCI_NOTATION = "cert.sci_notation"
    BAD_FORMAT = "cert.bad_format"
    BAD_CATEGORY = "cert.bad_category"
    BAD_GRADE = "cert.bad_grade"
    ID_INVALID = "cert.id_invalid"
    ID_MISMATCH = "cert.id_mismatch"
    BAD_REISSUE_SUFFIX = "cert.bad_reissue_suffix"


_CERT_LENGTH = 20
_REISSUE = re.compile(r"B(\d)")
_LEGACY_ID = re.compile(r"\d{15}")


@dataclass(frozen=True)
class DisabilityCert:
    number: str
    id_number: str
    category: DisabilityCategory
    grade: int
    reissue: int | None

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS[self.category]


@dataclass(frozen=True)
class CertCheck:
    input: str
    cert: DisabilityCert | None  # only for a number with no errors
    problems: tuple[Problem, ...]
    id_check: IdCheck | None = None  # the check of the embedded ID number, for its detailed problems

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


def _same_person_id(resident_id: str) -> str:
    """The resident's own ID in the form the certificate embeds (18 characters)."""
    normalized = normalize_id_text(resident_id)
    return upgrade_15(normalized) if _LEGACY_ID.fullmatch(normalized) else normalized


def _part_problems(text: str) -> list[Problem]:
    problems: list[Problem] = []
    category, grade, suffix = text[18], text[19], text[20:]
    if category not in _CATEGORY_DIGITS:
        problems.append(error(CertProblem.BAD_CATEGORY, category=category))
    if grade not in _GRADE_DIGITS:
        problems.append(error(CertProblem.BAD_GRADE, grade=grade))
    if suffix and _REISSUE.fullmatch(suffix) is None:
        problems.append(error(CertProblem.BAD_REISSUE_SUFFIX, suffix=suffix))
    return problems


def parse_disability_cert(raw: str, resident_id: str | None = None, today: date | None = None) -> CertCheck:
    """Check a certificate number, and that it belongs to `resident_id` when one is given."""
    text = normalize_id_text(raw)
    if not text:
        return CertCheck(raw, None, (error(CertProblem.EMPTY),))
    if is_scientific_notation(text):
        return CertCheck(raw, None, (error(CertProblem.SCI_NOTATION, shown=text),))
    if not _CERT_LENGTH <= len(text) <= _CERT_LENGTH + 2:
        return CertCheck(raw, None, (error(CertProblem.BAD_FORMAT, length=len(text)),))

    id_part = text[:18]
    problems = _part_problems(text)
    id_check = parse_resident_id(id_part, today)
    if not id_check.ok:
        problems.append(error(CertProblem.ID_INVALID, id_problem=id_check.errors[0].code))
    if resident_id and normalize_id_text(resident_id) and id_part != _same_person_id(resident_id):
        problems.append(error(CertProblem.ID_MISMATCH))
    if problems:
        return CertCheck(raw, None, tuple(problems), id_check)

    reissue = _REISSUE.fullmatch(text[20:])
    cert = DisabilityCert(
        number=text,
        id_number=id_part,
        category=DisabilityCategory(int(text[18])),
        grade=int(text[19]),
        reissue=int(reissue.group(1)) if reissue else None,
    )
    return CertCheck(raw, cert, (), id_check)


@dataclass(frozen=True)
class CertRule:
    """Certificates of these categories (None: any) and grades put the holder in `group`."""

    group: str
    categories: frozenset[int] | None
    grades: frozenset[int]

    def matches(self, cert: DisabilityCert) -> bool:
        in_category = self.categories is None or int(cert.category) in self.categories
        return in_category and cert.grade in self.grades


@dataclass(frozen=True)
class CertGroups:
    groups: frozenset[str]
    manual_review: bool
    review_groups: frozenset[str] = frozenset()  # groups a person may be in, for staff to decide


DEFAULT_CERT_RULES: tuple[CertRule, ...] = (
    CertRule("disab_severe", None, frozenset({1, 2})),
    CertRule("disab_ivm_34", frozenset({1, 5, 6}), frozenset({3, 4})),
)

# A multiple disability (多重) at grade 3-4 may or may not include a vision, intellectual or mental
# impairment; the number does not say, so staff look at the certificate itself.
DEFAULT_MANUAL_REVIEW = CertRule("disab_ivm_34", frozenset({7}), frozenset({3, 4}))


def groups_for_cert(
    cert: DisabilityCert,
    rules: Sequence[CertRule] = DEFAULT_CERT_RULES,
    manual_review: Sequence[CertRule] = (DEFAULT_MANUAL_REVIEW,),
) -> CertGroups:
    groups = frozenset(rule.group for rule in rules if rule.matches(cert))
    review = frozenset(rule.group for rule in manual_review if rule.matches(cert)) - groups
    return CertGroups(groups, bool(review), review)
