"""A demo desk full of synthetic residents, so the app can be tried without real data.

The people come from :mod:`core.synthetic` (valid but invented ID numbers); the same options
give the same village. Everything goes through the audited store like real work does.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from core.disability import parse_disability_cert
from core.progress import NO_PROGRESS, Progress
from core.synthetic import SyntheticCase, SyntheticGroup, SyntheticResident, generate
from desktop.services.demo_cases import demo_case
from desktop.services.desk import SUPERVISOR
from desktop.services.errors import ServiceError
from desktop.services.settings import load_settings, save_settings
from desktop.store.database import Store
from desktop.store.keys import KdfParams
from desktop.store.layout import DataDir, sidecar_files
from desktop.store.models import (
    Case,
    Contribution,
    DisabilityCertificate,
    GroupMembership,
    Household,
    ListSnapshot,
    Resident,
)

DEMO_USER = "demo"
DEMO_PASSWORD = "demo"
DEMO_DISPLAY_NAME = "演示协办员"
DEFAULT_VILLAGE = "640423101202"  # 马河村委会, 沙塘镇, 隆德县: the county whose copy of the founding notice we hold
DEFAULT_RESIDENTS = 600
BATCH = 200



class ContributionRules(Protocol):
    """What a year's contribution earns; services.policy answers from the policy pack."""

    def subsidy(self, tier: Decimal, on: date) -> Decimal: ...

    def daijiao(self, on: date) -> Decimal: ...

    def daijiao_groups(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class DemoReport:
    data_dir: Path
    village_code: str
    residents: int
    households: int
    cases: int
    username: str
    password: str


def demo_reference_date(as_of: date | None) -> date:
    """1 January of this year unless given: the same options give the same village all year."""
    return as_of or date(date.today().year, 1, 1)


def create_demo(
    data_dir: Path,
    rules: ContributionRules,
    village_code: str = DEFAULT_VILLAGE,
    residents: int = DEFAULT_RESIDENTS,
    seed: int = 0,
    as_of: date | None = None,
    progress: Progress = NO_PROGRESS,
    kdf_params: KdfParams | None = None,
) -> DemoReport:
    """Create the database with the ``demo`` supervisor and fill it; raises if one exists."""
    today = demo_reference_date(as_of)
    village = generate(village_code, residents, seed=seed, today=today)
    existed = {path for path in (DataDir(data_dir).attachments, DataDir(data_dir).backups) if path.exists()}
    store = Store.create(data_dir, DEMO_USER, DEMO_PASSWORD, DEMO_DISPLAY_NAME, SUPERVISOR, village_code,
                         kdf_params=kdf_params)
    try:
        snapshots = _snapshots(store, village.residents, today)
        by_key = {r.key: r for r in village.residents}
        addresses = tuple(hh.address for hh in village.households)
        cases_by_resident: dict[str, list[SyntheticCase]] = {}
        for case in village.cases:
            cases_by_resident.setdefault(case.resident_key, []).append(case)
        done = 0
        total = len(village.households)
        for start in range(0, total, BATCH):
            progress.check()
            with store.session(DEMO_USER) as session:
                for hh in village.households[start:start + BATCH]:
                    household = Household(village_code=village_code, household_number=hh.key, address=hh.address)
                    session.add(household)
                    for key in hh.member_keys:
                        person = by_key[key]
                        resident = _resident(person, household)
                        session.add(resident)
                        _add_details(session, resident, person, snapshots, rules, today)
                        for case in cases_by_resident.get(key, []):
                            made = demo_case(case, person, resident, rules, addresses)
                            session.add(Case(resident=resident, case_type=case.case_type, status=made.status,
                                             data=made.data, returned_reason=made.returned_reason))
            done = min(total, start + BATCH)
            progress.report(done, total, "")
    except BaseException:
        store.close()
        _remove_partial(data_dir, keep=existed)
        raise
    store.close()
    save_settings(data_dir, load_settings(data_dir).with_changes(village_code=village_code,
                                                                 village_name=_village_name(village_code)))
    return DemoReport(data_dir, village_code, len(village.residents), len(village.households),
                      len(village.cases), DEMO_USER, DEMO_PASSWORD)


def _remove_partial(data_dir: Path, keep: set[Path]) -> None:
    """A cancelled or failed demo leaves nothing behind: it held no real data."""
    layout = DataDir(data_dir)
    for path in (layout.database, *sidecar_files(layout.database), layout.keyslots):
        path.unlink(missing_ok=True)
    for folder in (layout.attachments, layout.backups):
        if folder not in keep:
            shutil.rmtree(folder, ignore_errors=True)


def _snapshots(store: Store, people: tuple[SyntheticResident, ...], today: date) -> dict[str, ListSnapshot]:
    """One list snapshot per agency, hashed over its synthetic rows like a real import would be."""
    rows: dict[str, list[tuple[str, str, str]]] = {}
    for person in people:
        for g in person.groups:
            rows.setdefault(g.source, []).append((person.id_number, g.group, g.start.isoformat()))
    out: dict[str, ListSnapshot] = {}
    with store.session(DEMO_USER) as session:
        for source, items in sorted(rows.items()):
            digest = hashlib.sha256(json.dumps(sorted(items)).encode()).hexdigest()
            snap = ListSnapshot(source_agency=source, as_of=today, quarter=f"{today.year}Q{(today.month - 1) // 3 + 1}",
                                file_name=f"demo-{source}.xlsx", content_hash=digest)
            session.add(snap)
            session.flush()
            out[source] = snap
        session.expunge_all()
    return out


def _resident(p: SyntheticResident, household: Household) -> Resident:
    return Resident(
        id_number=p.id_number, name=p.name, sex=p.sex, birth_date=p.birth_date, phone=p.phone,
        household=household, relation_to_head=p.relation_to_head, village_code=p.village_code,
        hukou_division=p.hukou_division, address=p.address, student=p.student,
        employee_pension=p.employee_pension, public_institution=p.public_institution, veteran=p.veteran,
        veteran_certificate_no=p.veteran_cert_no, flexible_worker=p.flexible_worker,
        employment_difficulty=p.employment_difficulty, enrolled=p.enrolled,
        enrolled_since=date(p.enrolled_since, 1, 1) if p.enrolled_since else None,
        tier=Decimal(p.tier) if p.tier is not None else None, receiving_pension=p.receiving_pension,
        pension_start=p.pension_start,
    )


def _add_details(
    session: Session,
    resident: Resident,
    p: SyntheticResident,
    snapshots: dict[str, ListSnapshot],
    rules: ContributionRules,
    today: date,
) -> None:
    add = session.add
    for g in p.groups:
        add(_membership(resident, g, snapshots))
    if p.disability_cert:
        check = parse_disability_cert(p.disability_cert, p.id_number)
        if check.cert is not None:
            add(DisabilityCertificate(resident=resident, number=check.cert.number,
                                      category=int(check.cert.category), grade=check.cert.grade))
    daijiao_groups = rules.daijiao_groups()
    hardship_years = {y for g in p.groups if g.group in daijiao_groups
                      for y in range(g.start.year, (g.end or today).year + 1)}
    last_year = today.year - 1 if not p.receiving_pension else (p.pension_start or today).year - 1
    tier = Decimal(p.tier or 100)
    for year in range(last_year - p.contribution_years + 1, last_year + 1):
        year_end = date(year, 12, 31)
        paid_by_government = min(tier, rules.daijiao(year_end)) if year in hardship_years else Decimal(0)
        add(Contribution(resident=resident, year=year, tier=tier, self_paid=tier - paid_by_government,
                         government_paid=paid_by_government, subsidy=rules.subsidy(tier, year_end),
                         other_funding=Decimal(0), arrears=False))


def _membership(resident: Resident, g: SyntheticGroup, snapshots: dict[str, ListSnapshot]) -> GroupMembership:
    snap = snapshots.get(g.source)
    return GroupMembership(
        resident=resident, group_key=g.group, subtype=g.subtype,
        source="list" if snap is not None else "manual",
        list_snapshot_id=snap.id if snap is not None else None,
        valid_from=g.start, valid_to=g.end,
    )


def _village_name(code: str) -> str | None:
    """The service point's own name for the status bar and printed papers, as the first-run setup keeps it."""
    from desktop.services.setup import village_table  # setup builds on this module

    try:
        village = village_table().lookup_village(code).village
    except ServiceError:
        return None
    return village.name if village else None
