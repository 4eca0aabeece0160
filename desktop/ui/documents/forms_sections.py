"""The part of each application form that belongs to its case type, filled from the case's data keys
(see the data contract in :mod:`desktop.services.cases`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.problems import Problem, Severity, warning
from desktop.messages import describe
from desktop.services.cases import CaseType
from desktop.ui import labels
from desktop.ui.documents.html import (
    Html,
    choice_grid,
    choices,
    esc,
    field_table,
    fill,
    note,
    paragraph,
    section,
    table,
)
from desktop.ui.printing import DocumentStyle

translate = QCoreApplication.translate  # the bare name lupdate recognises

Section = Callable[[dict[str, Any], Mapping[str, str], DocumentStyle], Html]


def yuan(amount: object) -> str:
    """Money as the case keeps it ("300.00"); an amount the county has not set yet says so."""
    if amount is None or amount == "":
        return translate("Forms", "awaiting county confirmation")
    return fill(translate("Forms", "%1 yuan"), amount)


def per_year(amount: object) -> str:
    if amount is None or amount == "":
        return yuan(amount)
    return fill(translate("Forms", "%1 yuan a year"), amount)


def iso_day(value: object) -> str:
    """An ISO date from the case data written the local way; anything else as it is."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return fill(translate("Forms", "%1-%2-%3"), day.year, f"{day.month:02d}", f"{day.day:02d}")


def month(value: object) -> str:
    """A month kept as "2027-03"."""
    text = str(value or "")
    year, _, number = text.partition("-")
    if not (year.isdigit() and number.isdigit()):
        return text
    return fill(translate("Forms", "%1-%2"), year, f"{int(number):02d}")


def yes_no(value: object) -> Html:
    return choices([(translate("Forms", "yes"), bool(value)), (translate("Forms", "no"), not value)])


def _text(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def enrollment(data: dict[str, Any], groups: Mapping[str, str], style: DocumentStyle) -> Html:
    payers = data.get("payers") or {}
    checks = data.get("checks") or {}
    claimed = list(data.get("groups") or [])
    known = dict(groups)
    for key in claimed:
        known.setdefault(key, key)
    options = [(label, key in claimed) for key, label in known.items()]
    options.append((translate("Forms", "none"), not claimed))
    contribution = Html(field_table([
        (translate("Forms", "Contribution tier"), per_year(data.get("tier"))),
        (translate("Forms", "Contributions from (year)"), _text(data.get("start_year"))),
    ], style) + paragraph(translate("Forms", "Who pays each year:"), style) + table(
        (translate("Forms", "Payer"), translate("Forms", "Amount a year")), [
            (translate("Forms", "The resident"), yuan(payers.get("self"))),
            (translate("Forms", "The government on the resident's behalf (代缴)"), yuan(payers.get("government"))),
            (translate("Forms", "Government contribution subsidy"), yuan(payers.get("subsidy"))),
            (translate("Forms", "Village collective"), yuan(payers.get("collective"))),
            (translate("Forms", "Charity"), yuan(payers.get("charity"))),
        ], style, widths=(65, 35)))
    checked = field_table([
        (translate("Forms", "Full-time student"), yes_no(checks.get("student"))),
        (translate("Forms", "Already in the employee pension scheme"), yes_no(checks.get("employee_pension"))),
        (translate("Forms", "Household registered in Ningxia"), yes_no(checks.get("hukou_ningxia"))),
        (translate("Forms", "Staff of a government body or public institution"),
         yes_no(checks.get("public_institution"))),
    ], style, columns=1)
    return Html(section(translate("Forms", "Contribution details"), contribution, style)
                + section(translate("Forms", "Hardship group claimed for 代缴"), choice_grid(options, style), style)
                + section(translate("Forms", "Conditions checked"), checked, style))


def daijiao(data: dict[str, Any], groups: Mapping[str, str], style: DocumentStyle) -> Html:
    group = str(data.get("group") or "")
    evidence = [
        (labels.paper(str(item.get("kind", ""))), _text(item.get("number")), iso_day(item.get("issued_on")),
         iso_day(item.get("valid_until")))
        for item in data.get("evidence") or []
    ]
    parts = [
        section(translate("Forms", "Government-paid contribution (代缴)"), field_table([
            (translate("Forms", "For the year"), _text(data.get("year"))),
            (translate("Forms", "Hardship group"), groups.get(group, group) or "—"),
            (translate("Forms", "Kind within the group"), _text(data.get("subtype"))),
            (translate("Forms", "Amount the county pays"), per_year(data.get("government_pays"))),
            (translate("Forms", "Contribution subsidy"), per_year(data.get("subsidy"))),
            (translate("Forms", "County to check by hand"), yes_no(data.get("manual_review"))),
        ], style), style),
    ]
    if evidence:
        shown = table((translate("Forms", "Certificate"), translate("Forms", "Certificate number"),
                       translate("Forms", "Issued on"), translate("Forms", "Valid until")),
                      evidence, style, widths=(26, 32, 21, 21))
    else:
        shown = paragraph(translate("Forms", "No certificate recorded."), style)
    parts.append(section(translate("Forms", "Certificates shown"), shown, style))
    return Html("".join(parts))


def tier_change(data: dict[str, Any], groups: Mapping[str, str], style: DocumentStyle) -> Html:
    return section(translate("Forms", "Change of contribution tier"), field_table([
        (translate("Forms", "From the year"), _text(data.get("year"))),
        (translate("Forms", "Current tier"), per_year(data.get("old_tier")) if data.get("old_tier") else "—"),
        (translate("Forms", "New tier"), per_year(data.get("new_tier"))),
        (translate("Forms", "Keeps the lowest tier (hardship or lifted out of poverty)"),
         yes_no(data.get("keep_minimum"))),
    ], style), style)


def _claim_note(data: dict[str, Any], code: str) -> Problem:
    """The claim note with the parameters core gave it (kept in the eligibility snapshot), so the printed
    advice says "60" where the message has {claim_age}."""
    claim = (data.get("eligibility") or {}).get("claim") or {}
    for item in claim.get("notes") or ():
        if isinstance(item, dict) and item.get("code") == code:
            params = {k: v for k, v in (item.get("params") or {}).items() if isinstance(v, str | int)}
            return Problem(code, Severity.WARNING, None, params)
    return warning(code)


def pension_claim(data: dict[str, Any], groups: Mapping[str, str], style: DocumentStyle) -> Html:
    arrears = data.get("arrears") or {}
    card = data.get("card") or {}
    advice = arrears.get("advice")
    years = field_table([
        (translate("Forms", "Years paid"), _text(data.get("years_paid"))),
        (translate("Forms", "Years missing"), _text(data.get("missing_years"))),
        (translate("Forms", "Years to pay in arrears"), _text(arrears.get("years"))),
        (translate("Forms", "Pension from (month)"), month(data.get("start_month"))),
    ], style)
    if advice:
        years = Html(years + note(fill(translate("Forms", "Advice: %1"), describe(_claim_note(data, str(advice)))),
                                  style))
    kind = card.get("kind")
    account = field_table([
        (translate("Forms", "Paid onto"), choices([(translate("Forms", "social security card"), kind == "ssc"),
                                                    (translate("Forms", "bank card"), kind == "bank")])),
        (translate("Forms", "Bank name"), _text(card.get("bank"))),
        (translate("Forms", "Account or card number"), _text(card.get("account"))),
    ], style, columns=1)
    return Html(section(translate("Forms", "Contribution years"), years, style)
                + section(translate("Forms", "Where the pension is paid"), account, style))


def field_name(code: str) -> str:
    names = {
        "name": translate("Forms", "Name"),
        "id_number": translate("Forms", "ID number"),
        "birth_date": translate("Forms", "Date of birth"),
        "sex": translate("Forms", "Sex"),
        "ethnicity": translate("Forms", "Ethnicity"),
        "phone": translate("Forms", "Phone"),
        "address": translate("Forms", "Home address"),
    }
    return names.get(code, code)


def _change_value(code: str, value: object) -> str:
    if code == "sex":
        return labels.sex(str(value or ""))
    if code == "birth_date":
        return iso_day(value)
    return _text(value)


def info_change(data: dict[str, Any], groups: Mapping[str, str], style: DocumentStyle) -> Html:
    rows = [(field_name(str(c.get("field", ""))), _change_value(str(c.get("field", "")), c.get("old")),
             _change_value(str(c.get("field", "")), c.get("new"))) for c in data.get("changes") or []]
    changes = table((translate("Forms", "Detail to change"), translate("Forms", "Now recorded"),
                     translate("Forms", "Change to")), rows, style, widths=(22, 39, 39))
    if data.get("needs_new_id_document"):
        changes = Html(changes + paragraph(translate("Forms", "A change of name, ID number or date of birth needs "
                                                     "the new identity card (original and a copy) and the "
                                                     "police's proof of the change."), style, bold=True))
    return section(translate("Forms", "Details to change"), changes, style)


def home_visit(data: dict[str, Any], style: DocumentStyle) -> Html:
    """办理方式: a case taken on a home visit (上门服务) says so, with the day, the address and who went;
    a case taken at the service point prints nothing here."""
    visit = data.get("home_visit")
    if not isinstance(visit, dict):
        return Html("")
    return section(translate("Forms", "Taken on a home visit"), field_table([
        (translate("Forms", "How taken"), translate("Forms", "Home visit (上门服务)")),
        (translate("Forms", "Day of the visit"), iso_day(visit.get("date"))),
        (translate("Forms", "Address of the visit"), _text(visit.get("address"))),
        (translate("Forms", "Visited by"), _text(visit.get("staff"))),
    ], style), style)


SECTIONS: dict[str, Section] = {
    CaseType.ENROLLMENT: enrollment,
    CaseType.DAIJIAO: daijiao,
    CaseType.TIER_CHANGE: tier_change,
    CaseType.PENSION_CLAIM: pension_claim,
    CaseType.INFO_CHANGE: info_change,
}


def case_section(case_type: str, data: dict[str, Any], groups: Mapping[str, str], style: DocumentStyle) -> Html:
    section = SECTIONS.get(case_type)
    if section is None:
        return paragraph(esc(case_type), style)
    return section(data, groups, style)
