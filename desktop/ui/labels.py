"""Translated names for the codes services hand out (case types, statuses, flags, categories)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.messages.marker import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

CASE_TYPES = {
    "enrollment": QT_TRANSLATE_NOOP("Labels", "Enrolment"),
    "daijiao": QT_TRANSLATE_NOOP("Labels", "Government-paid contribution"),
    "tier_change": QT_TRANSLATE_NOOP("Labels", "Tier change"),
    "pension_claim": QT_TRANSLATE_NOOP("Labels", "Pension claim"),
    "info_change": QT_TRANSLATE_NOOP("Labels", "Change of details"),
}
CASE_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready for the county"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Sent to the county"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned by the county"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
}
FLAGS = {
    "student": QT_TRANSLATE_NOOP("Labels", "Full-time student"),
    "employee_pension": QT_TRANSLATE_NOOP("Labels", "In the employee pension scheme"),
    "public_institution": QT_TRANSLATE_NOOP("Labels", "Public-institution staff"),
    "veteran": QT_TRANSLATE_NOOP("Labels", "Veteran"),
    "flexible_worker": QT_TRANSLATE_NOOP("Labels", "Migrant flexible worker"),
    "employment_difficulty": QT_TRANSLATE_NOOP("Labels", "Has employment difficulty"),
    "other_basic_pension": QT_TRANSLATE_NOOP("Labels", "Draws another basic pension"),
}
CATEGORIES = {
    1: QT_TRANSLATE_NOOP("Labels", "vision"),
    2: QT_TRANSLATE_NOOP("Labels", "hearing"),
    3: QT_TRANSLATE_NOOP("Labels", "speech"),
    4: QT_TRANSLATE_NOOP("Labels", "physical"),
    5: QT_TRANSLATE_NOOP("Labels", "intellectual"),
    6: QT_TRANSLATE_NOOP("Labels", "mental"),
    7: QT_TRANSLATE_NOOP("Labels", "multiple"),
}
AGENCIES = {
    "minzheng": QT_TRANSLATE_NOOP("Labels", "Civil affairs list"),
    "canlian": QT_TRANSLATE_NOOP("Labels", "Disabled persons' federation list"),
    "xiangcun": QT_TRANSLATE_NOOP("Labels", "Rural revitalisation list"),
    "tuiyi": QT_TRANSLATE_NOOP("Labels", "Veterans affairs list"),
}
BY_HAND = QT_TRANSLATE_NOOP("Labels", "Entered by hand")
SEXES = {"M": QT_TRANSLATE_NOOP("Labels", "male"), "F": QT_TRANSLATE_NOOP("Labels", "female")}


def _t(source: str | None, fallback: str) -> str:
    return QCoreApplication.translate(CONTEXT, source) if source else fallback


def case_type(code: str) -> str:
    return _t(CASE_TYPES.get(code), code)


def case_status(code: str) -> str:
    return _t(CASE_STATUSES.get(code), code)


def flag(code: str) -> str:
    return _t(FLAGS.get(code), code)


def disability_category(number: int) -> str:
    return _t(CATEGORIES.get(number), str(number))


def agency(code: str | None) -> str:
    return _t(AGENCIES.get(code or ""), QCoreApplication.translate(CONTEXT, BY_HAND))


def sex(code: str) -> str:
    return _t(SEXES.get(code), code)
