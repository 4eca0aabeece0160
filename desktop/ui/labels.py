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
    "waiting_documents": QT_TRANSLATE_NOOP("Labels", "Waiting for papers"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready for the county"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Sent to the county"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned by the county"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Refused by the county"),
}
PAPERS = {
    "hukou_book": QT_TRANSLATE_NOOP("Labels", "Household register (户口簿), home page and own page"),
    "id_card": QT_TRANSLATE_NOOP("Labels", "Resident identity card"),
    "ssc_card": QT_TRANSLATE_NOOP("Labels", "Social security card"),
    "bank_card": QT_TRANSLATE_NOOP("Labels", "Bank card or passbook in the resident's own name"),
    "dibao_cert": QT_TRANSLATE_NOOP("Labels", "Minimum living allowance (低保) certificate"),
    "tekun_cert": QT_TRANSLATE_NOOP("Labels", "Extreme-poverty support (特困) certificate"),
    "edge_family_proof": QT_TRANSLATE_NOOP("Labels", "Proof of a low-income marginal family (低保边缘家庭)"),
    "monitoring_proof": QT_TRANSLATE_NOOP("Labels", "Proof of being monitored against falling back into poverty"),
    "disability_cert": QT_TRANSLATE_NOOP("Labels", "Disability certificate"),
    "new_id_card": QT_TRANSLATE_NOOP("Labels", "The new resident identity card"),
    "change_proof": QT_TRANSLATE_NOOP("Labels", "Police proof of the change (户籍变更证明)"),
    "proxy_authorization": QT_TRANSLATE_NOOP("Labels", "Letter of authorisation for the proxy applicant"),
    "proxy_id_card": QT_TRANSLATE_NOOP("Labels", "Proxy applicant's identity card"),
}
PROVES = {
    "proves.identity": QT_TRANSLATE_NOOP("Labels", "who the resident is and their age"),
    "proves.hukou": QT_TRANSLATE_NOOP("Labels", "where the resident's household is registered"),
    "proves.group": QT_TRANSLATE_NOOP("Labels", "that the resident belongs to a hardship group"),
    "proves.disability": QT_TRANSLATE_NOOP("Labels", "the kind and grade of disability"),
    "proves.payment_account": QT_TRANSLATE_NOOP("Labels", "the account the pension is paid into"),
    "proves.change": QT_TRANSLATE_NOOP("Labels", "why the details changed"),
    "proves.authorization": QT_TRANSLATE_NOOP("Labels", "that the resident asked the proxy to apply"),
    "proves.proxy_identity": QT_TRANSLATE_NOOP("Labels", "who the proxy applicant is"),
}
CONFIRMATIONS = {
    "signature": QT_TRANSLATE_NOOP("Labels", "Signed by the resident"),
    "fingerprint": QT_TRANSLATE_NOOP("Labels", "Fingerprint or mark, with a witness"),
    "proxy": QT_TRANSLATE_NOOP("Labels", "Applied for by a proxy (代办人)"),
}
WALK_IN_PRIORITIES = {
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "elderly": QT_TRANSLATE_NOOP("Labels", "Elderly (适老化)"),
    "disabled": QT_TRANSLATE_NOOP("Labels", "Disability green channel"),
    "veteran": QT_TRANSLATE_NOOP("Labels", "Veterans' direct channel"),
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
# the importer's source names (core.lists.ListSource) for the same offices as the demo's pinyin codes
AGENCY_ALIASES = {"civil-affairs": "minzheng", "disability": "canlian", "rural-revitalization": "xiangcun",
                  "veterans": "tuiyi"}
BY_HAND = QT_TRANSLATE_NOOP("Labels", "Entered by hand")
OTHER_LIST = QT_TRANSLATE_NOOP("Labels", "Another office's list")
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
    """The list a membership came from; no list at all is "entered by hand", an office not named here is still
    a list."""
    if not code:
        return QCoreApplication.translate(CONTEXT, BY_HAND)
    return _t(AGENCIES.get(AGENCY_ALIASES.get(code, code)), QCoreApplication.translate(CONTEXT, OTHER_LIST))


def sex(code: str) -> str:
    return _t(SEXES.get(code), code)


def paper(code: str) -> str:
    return _t(PAPERS.get(code), code)


def proves(code: str) -> str:
    return _t(PROVES.get(code), code)


def confirmation(code: str) -> str:
    return _t(CONFIRMATIONS.get(code), code)


def walk_in_priority(code: str) -> str:
    return _t(WALK_IN_PRIORITIES.get(code), code)
