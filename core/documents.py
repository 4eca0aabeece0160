"""Which papers each kind of case needs, originals or copies, and what each one proves (DOMAIN 5.2-5.4).

CONTRACT (session lead, 2026-11-28): the kinds and the ``checklist`` signature; the rules are filled in by
the cases work. Pure data: the UI names the kinds through its labels, the services record what arrived.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from enum import StrEnum


class PaperKind(StrEnum):
    HUKOU_BOOK = "hukou_book"  # 户口簿 home page and own page: hukou (residence) and family
    ID_CARD = "id_card"  # 居民身份证: identity, age
    SSC_CARD = "ssc_card"  # 社会保障卡: identity; the pension is paid onto its financial account
    BANK_CARD = "bank_card"  # 银行卡/存折 in the resident's own name: where the pension is paid
    DIBAO_CERT = "dibao_cert"  # 低保证: 低保对象
    TEKUN_CERT = "tekun_cert"  # 特困人员救助供养证: 特困人员
    EDGE_FAMILY_PROOF = "edge_family_proof"  # 低保边缘家庭认定证明
    MONITORING_PROOF = "monitoring_proof"  # 防止返贫监测对象认定证明: 易返贫致贫监测对象
    DISABILITY_CERT = "disability_cert"  # 残疾人证: category and grade
    NEW_ID_CARD = "new_id_card"  # the new 居民身份证 for a change of name, ID number or birth date
    CHANGE_PROOF = "change_proof"  # 公安户籍变更证明: why the name, number or birth date changed
    PROXY_AUTHORIZATION = "proxy_authorization"  # 委托书: the resident authorises a 代办人
    PROXY_ID_CARD = "proxy_id_card"  # 代办人身份证


class CaseKind(StrEnum):
    """Mirrors the desk's case types (core has no dependency on the desk)."""

    ENROLLMENT = "enrollment"
    DAIJIAO = "daijiao"
    TIER_CHANGE = "tier_change"
    PENSION_CLAIM = "pension_claim"
    INFO_CHANGE = "info_change"


@dataclass(frozen=True)
class Requirement:
    kind: PaperKind
    original: bool  # the original must be shown (and is handed back)
    copies: int  # copies the county keeps
    mandatory: bool  # the case cannot be sent without it
    proves: str  # a code for what it proves, e.g. "proves.identity" (labels in the UI)


def checklist(case: CaseKind, groups: Set[str] = frozenset(), *, proxy: bool = False,
              changed_fields: Set[str] = frozenset()) -> tuple[Requirement, ...]:
    """The papers for a case: by kind, the hardship groups claimed (group keys of the pack), a proxy
    applicant, and for a change of details the fields changed."""
    raise NotImplementedError
