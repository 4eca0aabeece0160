from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from core.documents import (
    GROUP_PAPERS,
    IDENTITY_FIELDS,
    PROVES,
    CaseKind,
    PaperKind,
    checklist,
    missing,
)

PACK = Path(__file__).resolve().parents[2] / "resources" / "policy" / "640000.yaml"
GROUP_KEYS = sorted(yaml.safe_load(PACK.read_text(encoding="utf-8"))["groups"])
FIELDS = ["name", "id_number", "birth_date", "sex", "ethnicity", "phone", "address"]

cases = st.sampled_from(list(CaseKind))
group_sets = st.frozensets(st.sampled_from([*GROUP_KEYS, "county_added_group"]))
field_sets = st.frozensets(st.sampled_from(FIELDS))


def _kinds(case: CaseKind, groups: frozenset[str] = frozenset(), proxy: bool = False,
           changed: frozenset[str] = frozenset()) -> list[PaperKind]:
    return [r.kind for r in checklist(case, groups, proxy=proxy, changed_fields=changed)]


def test_every_certificate_mapped_belongs_to_a_group_of_the_ningxia_pack() -> None:
    assert set(GROUP_PAPERS) <= set(GROUP_KEYS)
    assert set(GROUP_KEYS) - set(GROUP_PAPERS) == {"tuopin"}  # 已脱贫人口 have no certificate of their own


@given(cases, group_sets, st.booleans(), field_sets)
def test_a_checklist_names_each_paper_once_with_a_known_proves_code(
    case: CaseKind, groups: frozenset[str], proxy: bool, changed: frozenset[str]
) -> None:
    papers = checklist(case, groups, proxy=proxy, changed_fields=changed)
    kinds = [r.kind for r in papers]
    assert len(kinds) == len(set(kinds))
    assert all(r.proves in PROVES for r in papers)
    assert any(r.proves == "proves.identity" and r.mandatory for r in papers)
    assert all(r.original or r.copies > 0 for r in papers)


@given(cases, group_sets, field_sets)
def test_a_proxy_adds_exactly_the_authorization_and_the_proxys_id_card(
    case: CaseKind, groups: frozenset[str], changed: frozenset[str]
) -> None:
    alone = _kinds(case, groups, False, changed)
    with_proxy = _kinds(case, groups, True, changed)
    assert with_proxy == [*alone, PaperKind.PROXY_AUTHORIZATION, PaperKind.PROXY_ID_CARD]
    authorization = checklist(case, groups, proxy=True, changed_fields=changed)[-2]
    assert authorization.kept_original
    assert authorization.mandatory


@given(st.sampled_from([CaseKind.ENROLLMENT, CaseKind.DAIJIAO]), group_sets)
def test_enrolment_and_daijiao_ask_for_the_certificate_of_each_group_claimed(
    case: CaseKind, groups: frozenset[str]
) -> None:
    papers = checklist(case, groups)
    expected = {GROUP_PAPERS[g] for g in groups if g in GROUP_PAPERS}
    certificates = {r.kind for r in papers} - {PaperKind.ID_CARD, PaperKind.HUKOU_BOOK}
    assert certificates == expected
    assert all(r.mandatory and r.original and r.copies == 1 for r in papers)
    assert {r.kind for r in papers} >= {PaperKind.ID_CARD, PaperKind.HUKOU_BOOK}


@given(st.sampled_from([CaseKind.TIER_CHANGE, CaseKind.PENSION_CLAIM, CaseKind.INFO_CHANGE]), group_sets)
def test_other_cases_ignore_the_groups(case: CaseKind, groups: frozenset[str]) -> None:
    assert _kinds(case, groups) == _kinds(case)


def test_both_disability_groups_need_one_disability_certificate() -> None:
    papers = checklist(CaseKind.DAIJIAO, {"disab_ivm_34", "disab_severe"})
    certificate = [r for r in papers if r.kind is PaperKind.DISABILITY_CERT]
    assert len(certificate) == 1
    assert certificate[0].proves == "proves.disability"


def test_enrolment_takes_a_social_security_card_instead_of_the_id_card() -> None:
    papers = checklist(CaseKind.ENROLLMENT)
    assert missing(papers, {PaperKind.SSC_CARD, PaperKind.HUKOU_BOOK}) == ()
    assert [r.kind for r in missing(papers, {PaperKind.SSC_CARD})] == [PaperKind.HUKOU_BOOK]


def test_a_tier_change_needs_only_the_id_card_or_social_security_card() -> None:
    (paper,) = checklist(CaseKind.TIER_CHANGE)
    assert paper.accepts(PaperKind.ID_CARD)
    assert paper.accepts(PaperKind.SSC_CARD)


def test_a_pension_claim_needs_hukou_id_and_a_card_to_be_paid_on() -> None:
    papers = checklist(CaseKind.PENSION_CLAIM)
    assert [r.kind for r in papers] == [PaperKind.ID_CARD, PaperKind.HUKOU_BOOK, PaperKind.SSC_CARD]
    assert papers[2].proves == "proves.payment_account"
    assert missing(papers, {PaperKind.ID_CARD, PaperKind.HUKOU_BOOK, PaperKind.BANK_CARD}) == ()
    # the social security card cannot stand for the ID card here: it is the payment account
    assert [r.kind for r in missing(papers, {PaperKind.SSC_CARD, PaperKind.HUKOU_BOOK})] == [PaperKind.ID_CARD]


@given(field_sets)
def test_a_change_of_name_number_or_birth_date_needs_the_new_id_and_proof(changed: frozenset[str]) -> None:
    papers = checklist(CaseKind.INFO_CHANGE, changed_fields=changed)
    if changed & IDENTITY_FIELDS:
        assert [r.kind for r in papers] == [PaperKind.NEW_ID_CARD, PaperKind.CHANGE_PROOF, PaperKind.HUKOU_BOOK]
        assert all(r.mandatory for r in papers)
    else:
        assert [r.kind for r in papers] == [PaperKind.ID_CARD]


@given(cases, group_sets, st.booleans(), field_sets, st.data())
def test_missing_is_the_mandatory_papers_not_received(
    case: CaseKind, groups: frozenset[str], proxy: bool, changed: frozenset[str], data: st.DataObject
) -> None:
    papers = checklist(case, groups, proxy=proxy, changed_fields=changed)
    received = data.draw(st.frozensets(st.sampled_from([r.kind for r in papers])))
    assert {r.kind for r in missing(papers, received)} == {r.kind for r in papers if r.kind not in received}
    assert missing(papers, {r.kind for r in papers}) == ()
