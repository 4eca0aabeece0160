"""Which papers each kind of case needs, originals or copies, and what each one proves (DOMAIN 5.2-5.4).

Pure data: the UI names the kinds through its labels, the services record what arrived.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from datetime import date
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


PROVES = (
    "proves.identity",  # who the resident is, and their age
    "proves.hukou",  # where the hukou is, and the family
    "proves.group",  # membership of a hardship group (低保, 特困 ...)
    "proves.disability",  # category and grade of a disability
    "proves.payment_account",  # the account in the resident's own name the pension is paid into
    "proves.change",  # why a name, ID number or birth date changed
    "proves.authorization",  # the resident lets a 代办人 apply for them
    "proves.proxy_identity",  # who the 代办人 is
)

# The certificate that shows each group of the Ningxia pack (resources/policy/640000.yaml). 其他已脱贫人口
# (tuopin) has no certificate of its own, and groups a county adds are not known here: they add no paper.
GROUP_PAPERS: dict[str, PaperKind] = {
    "dibao": PaperKind.DIBAO_CERT,
    "tekun": PaperKind.TEKUN_CERT,
    "dibao_bianyuan": PaperKind.EDGE_FAMILY_PROOF,
    "fanpin_jiance": PaperKind.MONITORING_PROOF,
    "disab_ivm_34": PaperKind.DISABILITY_CERT,
    "disab_severe": PaperKind.DISABILITY_CERT,
}

# Changing these needs the new ID card and the police's proof of the change (DOMAIN 5.2); the others
# (phone, address, sex, ethnicity) the resident changes with their ID card alone.
IDENTITY_FIELDS = frozenset({"name", "id_number", "birth_date"})


@dataclass(frozen=True)
class Requirement:
    kind: PaperKind
    original: bool  # the original must be shown (and is handed back)
    copies: int  # copies the county keeps
    mandatory: bool  # the case cannot be sent without it
    proves: str  # a code for what it proves, e.g. "proves.identity" (labels in the UI)
    alternatives: tuple[PaperKind, ...] = ()  # any one of these may be brought instead
    kept_original: bool = False  # the original itself is handed in and kept (a 委托书)

    def accepts(self, kind: str) -> bool:
        return kind == self.kind or kind in self.alternatives


def _paper(kind: PaperKind, proves: str, *alternatives: PaperKind) -> Requirement:
    """An original shown and one copy kept, needed before the case can go: what most papers ask."""
    return Requirement(kind, original=True, copies=1, mandatory=True, proves=proves, alternatives=alternatives)


_IDENTITY = _paper(PaperKind.ID_CARD, "proves.identity", PaperKind.SSC_CARD)
_HUKOU = _paper(PaperKind.HUKOU_BOOK, "proves.hukou")
_PROXY = (
    Requirement(PaperKind.PROXY_AUTHORIZATION, original=True, copies=0, mandatory=True,
                proves="proves.authorization", kept_original=True),
    _paper(PaperKind.PROXY_ID_CARD, "proves.proxy_identity"),
)


def _group_papers(groups: Set[str]) -> list[Requirement]:
    kinds = dict.fromkeys(GROUP_PAPERS[g] for g in sorted(groups) if g in GROUP_PAPERS)
    return [
        _paper(kind, "proves.disability" if kind is PaperKind.DISABILITY_CERT else "proves.group")
        for kind in kinds
    ]


def checklist(case: CaseKind, groups: Set[str] = frozenset(), *, proxy: bool = False,
              changed_fields: Set[str] = frozenset()) -> tuple[Requirement, ...]:
    """The papers for a case: by kind, the hardship groups claimed (group keys of the pack), a proxy
    applicant, and for a change of details the fields changed.

    ``groups`` counts for an enrolment (the groups it claims 代缴 for) and a 代缴 application only;
    ``changed_fields`` only for a change of details.
    """
    papers: list[Requirement]
    if case is CaseKind.ENROLLMENT:
        papers = [_IDENTITY, _HUKOU, *_group_papers(groups)]
    elif case is CaseKind.DAIJIAO:
        papers = [_paper(PaperKind.ID_CARD, "proves.identity"), _HUKOU, *_group_papers(groups)]
    elif case is CaseKind.TIER_CHANGE:
        papers = [_IDENTITY]
    elif case is CaseKind.PENSION_CLAIM:
        papers = [_paper(PaperKind.ID_CARD, "proves.identity"), _HUKOU,
                  _paper(PaperKind.SSC_CARD, "proves.payment_account", PaperKind.BANK_CARD)]
    elif changed_fields & IDENTITY_FIELDS:
        papers = [_paper(PaperKind.NEW_ID_CARD, "proves.identity"), _paper(PaperKind.CHANGE_PROOF, "proves.change"),
                  _HUKOU]
    else:
        papers = [_paper(PaperKind.ID_CARD, "proves.identity")]
    if proxy:
        papers.extend(_PROXY)
    return tuple(papers)


def missing(requirements: tuple[Requirement, ...], received: Set[str],
            proven: Set[str] = frozenset()) -> tuple[Requirement, ...]:
    """The mandatory papers none of whose accepted kinds was received, leaving out those an agency list already
    proves (``proven``: paper kinds, see :func:`covered`)."""
    return tuple(r for r in requirements
                 if r.mandatory and r.kind not in proven and not any(r.accepts(k) for k in received))


# --- papers an agency list already proves (残疾人绿色通道: not asked again) ---------------------------------

# The disabled persons' federation, whose list carries the disability certificate itself (number, category,
# grade): "canlian" in the demo desk, "disability" as core.lists.ListSource names the source.
CERTIFICATE_AGENCIES = frozenset({"canlian", "disability"})
# What a list can prove; identity, hukou and a proxy's papers are always seen at the desk.
LIST_PROVABLE = frozenset({"proves.group", "proves.disability"})


@dataclass(frozen=True)
class ListProof:
    """A fact an imported agency list already proves, so its paper need not be brought: the paper it stands for
    and the list snapshot it comes from (the county checks against that very list)."""

    paper: PaperKind
    agency: str  # minzheng, canlian, xiangcun, tuiyi ...
    as_of: date  # the list's as-of date
    file_name: str
    content_hash: str = ""
    group: str | None = None  # the group the list has the resident in, when it proves a group


def group_proofs(memberships: Iterable[tuple[str, str, date, str, str]]) -> tuple[ListProof, ...]:
    """The papers proven by list memberships in force: (group, agency, as_of, file_name, content_hash) each.

    A group of :data:`GROUP_PAPERS` proves its certificate. A membership of the disabled persons' federation's
    list also proves the 残疾人证: that list is the certificate register (number, category and grade). Of two
    lists proving the same paper the newest is kept.
    """
    best: dict[PaperKind, ListProof] = {}
    for group, agency, as_of, file_name, content_hash in memberships:
        kinds = {GROUP_PAPERS[group]} if group in GROUP_PAPERS else set()
        if agency in CERTIFICATE_AGENCIES:
            kinds.add(PaperKind.DISABILITY_CERT)
        for kind in kinds:
            proof = ListProof(kind, agency, as_of, file_name, content_hash, group)
            if kind not in best or (best[kind].as_of, best[kind].file_name) < (as_of, file_name):
                best[kind] = proof
    return tuple(best[k] for k in sorted(best))


def covered(requirements: Iterable[Requirement], proofs: Iterable[ListProof]) -> dict[PaperKind, ListProof]:
    """The requirements a list already proves, by paper kind, with the proof (see :data:`LIST_PROVABLE`)."""
    by_kind = {p.paper: p for p in proofs}
    return {r.kind: by_kind[r.kind] for r in requirements
            if r.kind in by_kind and r.proves in LIST_PROVABLE}

