"""What the register already knows about a resident from the agencies' lists, so the wizards do not ask again.

残疾人绿色通道: a hardship group or a disability certificate that an imported list (民政, 残联, 乡村振兴 ...)
holds today proves its paper; the wizard shows it verified, with the list's source and date, instead of asking
for it. 退役军人直办通道: a registered veteran's 优待证 number is shown, not asked.

Only memberships from a list (``source == "list"``, with their snapshot) prove anything: a group entered by hand
at the desk still needs its paper. ``ResidentsService.known_facts`` reads this for the wizards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.documents import CERTIFICATE_AGENCIES, ListProof, PaperKind, group_proofs
from core.ids import mask_id
from desktop.store.models import DisabilityCertificate, GroupMembership, Resident

VETERAN_GROUP = "veteran"  # the 退役军人事务 list's group (core.synthetic.lists.VETERAN_GROUP)


@dataclass(frozen=True)
class ListedGroup:
    """A group a list has the resident in today, with the list it comes from."""

    group: str
    subtype: str | None
    agency: str
    as_of: date
    file_name: str


@dataclass(frozen=True)
class KnownCertificate:
    """The disability certificate in force, as the 残联 list gave it (number masked like an ID)."""

    masked_number: str
    category: int
    grade: int
    valid_until: date | None
    proof: ListProof | None  # the 残联 list it comes from; None: on file but not from a list


@dataclass(frozen=True)
class KnownFacts:
    proofs: tuple[ListProof, ...]  # the papers lists prove today (core.documents.covered picks the case's)
    groups: tuple[ListedGroup, ...]  # every group a list has the resident in today
    certificate: KnownCertificate | None
    veteran: bool
    veteran_certificate_no: str | None
    veteran_list: ListedGroup | None  # the 退役军人事务 list entry, when the list has the resident

    @property
    def verified_veteran(self) -> bool:
        """A veteran with a 优待证 number on record: the veteran question is answered, not asked."""
        return self.veteran and bool(self.veteran_certificate_no)


def known_facts(resident: Resident, today: date) -> KnownFacts:
    """The resident's list facts in force today (memberships, snapshots and certificates loaded)."""
    listed = tuple(sorted((_listed(m) for m in resident.memberships if _from_list_today(m, today)),
                          key=lambda g: (g.group, g.as_of)))
    proofs = group_proofs((m.group_key, snap.source_agency, snap.as_of, snap.file_name, snap.content_hash)
                          for m in resident.memberships
                          if _from_list_today(m, today) and (snap := m.list_snapshot) is not None)
    return KnownFacts(
        proofs=proofs,
        groups=tuple(g for g in listed if g.group != VETERAN_GROUP),
        certificate=_certificate(resident.certificates, proofs, today),
        veteran=resident.veteran,
        veteran_certificate_no=resident.veteran_certificate_no or None,
        veteran_list=next((g for g in listed if g.group == VETERAN_GROUP), None),
    )


def _from_list_today(m: GroupMembership, today: date) -> bool:
    return (m.source == "list" and m.list_snapshot is not None and m.valid_from <= today
            and (m.valid_to is None or m.valid_to >= today))


def _listed(m: GroupMembership) -> ListedGroup:
    snap = m.list_snapshot
    assert snap is not None  # _from_list_today checked it
    return ListedGroup(m.group_key, m.subtype, snap.source_agency, snap.as_of, snap.file_name)


def _certificate(certificates: list[DisabilityCertificate], proofs: tuple[ListProof, ...],
                 today: date) -> KnownCertificate | None:
    """The most severe certificate in force (grade 1 is the most severe), proven when the 残联 list has the
    resident; a certificate that has ended proves nothing and is not shown."""
    valid = [c for c in certificates if c.valid_until is None or c.valid_until >= today]
    if not valid:
        return None
    cert = min(valid, key=lambda c: (c.grade, c.number))
    proof = next((p for p in proofs if p.paper is PaperKind.DISABILITY_CERT and p.agency in CERTIFICATE_AGENCIES),
                 None)
    return KnownCertificate(mask_id(cert.number[:18]) + cert.number[18:], cert.category, cert.grade,
                            cert.valid_until, proof)
