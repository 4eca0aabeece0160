"""The demo's cases in the shape the wizards save (case data schema in desktop.services.cases).

A synthetic case says what kind of work it is and how far it got; here it gets the data, the papers
and the confirmation a finished wizard would have saved. A case waiting for documents lacks at least one
mandatory paper; every later status has them all. Invented numbers (a card account, a new phone) are
derived from the case key, so the same options give the same demo.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any, Protocol

from core.synthetic import SyntheticCase, SyntheticResident
from desktop.services.cases import (
    CaseType,
    Confirmation,
    ConfirmationMethod,
    Paper,
    confirmation_json,
    paper_json,
    papers_for,
    resident_snapshot,
)
from desktop.store.models import Resident

# what the county writes when it sends a case back, by the synthetic return reason
RETURN_REASONS = {
    "materials_incomplete": "材料不全，请补交户口簿本人页复印件。",
    "signature_missing": "登记表缺本人签字或手印，请补签。",
    "id_copy_unreadable": "身份证复印件看不清，请重新复印正反面。",
    "hukou_page_missing": "缺户口簿首页复印件。",
    "list_not_confirmed": "本人不在民政部门本季度名单上，请补交低保证复印件。",
}
_PENSION_AGE = 60
_FULL_YEARS = 15
_TWO_PLACES = Decimal("0.01")


class Rules(Protocol):
    def subsidy(self, tier: Decimal, on: date) -> Decimal: ...

    def daijiao(self, on: date) -> Decimal: ...

    def daijiao_groups(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class DemoCase:
    status: str
    data: dict[str, Any]
    returned_reason: str | None


def demo_case(case: SyntheticCase, person: SyntheticResident, resident: Resident, rules: Rules,
              addresses: tuple[str, ...]) -> DemoCase:
    """``resident`` is the person's row (flushed), ``addresses`` the village's, for a move."""
    case_type = CaseType(case.case_type)
    seed = int(hashlib.sha256(f"{case.key}:{person.id_number}".encode()).hexdigest(), 16)
    groups = _active_groups(person, rules, case.created)
    data: dict[str, Any]
    changed: frozenset[str] = frozenset()
    if case_type is CaseType.ENROLLMENT:
        data = _enrollment(case, person, rules, groups)
    elif case_type is CaseType.DAIJIAO:
        data = _daijiao(case, person, rules, groups)
        groups = frozenset({data["group"]}) if data["group"] else frozenset()
    elif case_type is CaseType.TIER_CHANGE:
        data = _tier_change(case, person)
    elif case_type is CaseType.PENSION_CLAIM:
        data = _pension_claim(case, person, seed)
    else:
        data = _info_change(case, person, seed, addresses)
        changed = frozenset(c["field"] for c in data["changes"])
    claimed = groups if case_type in (CaseType.ENROLLMENT, CaseType.DAIJIAO) else frozenset()
    papers = _received(papers_for(case_type, claimed, changed_fields=changed), case.status, seed)
    confirmed = datetime.combine(case.created, time(2, 0), UTC)  # 10 o'clock at the desk
    data.update({
        "note": "",
        "opened_on": case.created.isoformat(),
        "resident": resident_snapshot(resident),
        "papers": [paper_json(p) for p in papers],
        "confirmation": confirmation_json(Confirmation(ConfirmationMethod.SIGNATURE, confirmed_at=confirmed)),
    })
    reason = case.data.get("return_reason")
    return DemoCase(case.status, data, RETURN_REASONS.get(str(reason)) if reason else None)


def _received(papers: tuple[Paper, ...], status: str, seed: int) -> tuple[Paper, ...]:
    """All papers in, except one mandatory paper still to come while the case waits for documents."""
    mandatory = [i for i, p in enumerate(papers) if p.mandatory]
    lacking = mandatory[seed % len(mandatory)] if status == "waiting_documents" and mandatory else None
    return tuple(Paper(p.kind, p.original, p.copies, p.mandatory, received=i != lacking, proves=p.proves,
                       alternatives=p.alternatives, kept_original=p.kept_original)
                 for i, p in enumerate(papers))


def _yuan(amount: Decimal | int) -> str:
    return str(Decimal(amount).quantize(_TWO_PLACES))


def _active_groups(person: SyntheticResident, rules: Rules, on: date) -> frozenset[str]:
    return frozenset(g.group for g in person.groups if g.group in rules.daijiao_groups() and g.active_in_year(on.year))


def _enrollment(case: SyntheticCase, person: SyntheticResident, rules: Rules,
                groups: frozenset[str]) -> dict[str, Any]:
    tier = Decimal(str(case.data.get("tier") or 100))
    government = min(tier, rules.daijiao(case.created)) if groups else Decimal(0)
    return {
        "tier": _yuan(tier), "start_year": case.created.year,
        "payers": {"self": _yuan(tier - government), "government": _yuan(government),
                   "subsidy": _yuan(rules.subsidy(tier, case.created)), "collective": "0.00", "charity": "0.00"},
        "groups": sorted(groups),
        "checks": {"student": person.student, "employee_pension": person.employee_pension,
                   "hukou_ningxia": person.hukou_division.startswith("64"),
                   "public_institution": person.public_institution},
    }


def _daijiao(case: SyntheticCase, person: SyntheticResident, rules: Rules,
             groups: frozenset[str]) -> dict[str, Any]:
    listed = case.data.get("groups")
    claimed = [str(g) for g in listed if g in groups] if isinstance(listed, list | tuple) else []
    claimed = claimed or sorted(groups)
    group = claimed[0] if claimed else None
    subtype = next((g.subtype for g in person.groups if g.group == group), None)
    evidence = []
    if group is not None and group.startswith("disab") and person.disability_cert:
        evidence.append({"kind": "disability_cert", "number": person.disability_cert, "issued_on": None,
                         "valid_until": None})
    return {
        "year": int(str(case.data.get("year", case.created.year))), "group": group, "subtype": subtype,
        "evidence": evidence, "government_pays": _yuan(rules.daijiao(case.created)),
        "subsidy": _yuan(rules.subsidy(Decimal(100), case.created)), "manual_review": False,
    }


def _tier_change(case: SyntheticCase, person: SyntheticResident) -> dict[str, Any]:
    old, new = case.data.get("from_tier"), case.data.get("to_tier")
    return {"year": int(str(case.data.get("year", case.created.year))),
            "old_tier": _yuan(Decimal(str(old))) if old is not None else None,
            "new_tier": _yuan(Decimal(str(new or person.tier or 100))), "keep_minimum": False}


def _pension_claim(case: SyntheticCase, person: SyntheticResident, seed: int) -> dict[str, Any]:
    years = person.contribution_years
    month = case.data.get("claim_month")
    if month is None:
        birthday = _sixtieth_birthday(person.birth_date)
        start = max(birthday, case.created)
        month = f"{start.year + start.month // 12}-{start.month % 12 + 1:02d}"  # the month after
    return {
        "years_paid": years, "missing_years": max(0, _FULL_YEARS - years),
        "arrears": {"years": 0, "advice": None},
        "card": {"kind": "ssc", "bank": None, "account": f"6231{seed % 10**15:015d}"},
        "start_month": str(month),
    }


def _sixtieth_birthday(birth: date) -> date:
    try:
        return birth.replace(year=birth.year + _PENSION_AGE)
    except ValueError:  # born on 29 February
        return date(birth.year + _PENSION_AGE, 3, 1)


def _info_change(case: SyntheticCase, person: SyntheticResident, seed: int,
                 addresses: tuple[str, ...]) -> dict[str, Any]:
    field = str(case.data.get("field", "address"))
    if field == "phone":
        old, new = person.phone, f"139{seed % 10**8:08d}"
    else:
        others = [a for a in addresses if a != person.address] or [person.address]
        old, new = person.address, others[seed % len(others)]
    return {"changes": [{"field": field, "old": old, "new": new}], "needs_new_id_document": False}
