"""Papers an agency list already proves (残疾人绿色通道): which requirements they cover, and what is missing then."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from core.documents import (
    GROUP_PAPERS,
    LIST_PROVABLE,
    CaseKind,
    ListProof,
    PaperKind,
    checklist,
    covered,
    group_proofs,
    missing,
)

DAY = date(2026, 1, 1)
AGENCIES = ["minzheng", "canlian", "xiangcun", "tuiyi", "disability"]
memberships = st.lists(st.tuples(st.sampled_from([*GROUP_PAPERS, "tuopin", "veteran"]), st.sampled_from(AGENCIES),
                                 st.dates(date(2020, 1, 1), date(2026, 12, 31)), st.sampled_from(["a.xlsx", "b.csv"]),
                                 st.just("hash")), max_size=6)


def test_a_dibao_list_proves_the_dibao_certificate() -> None:
    (proof,) = group_proofs([("dibao", "minzheng", DAY, "低保.xlsx", "h1")])
    assert proof == ListProof(PaperKind.DIBAO_CERT, "minzheng", DAY, "低保.xlsx", "h1", "dibao")


def test_the_disability_list_proves_the_certificate_whatever_group_it_gives() -> None:
    proofs = group_proofs([("tuopin", "canlian", DAY, "残联.xlsx", "h2")])
    assert [p.paper for p in proofs] == [PaperKind.DISABILITY_CERT]
    assert proofs[0].agency == "canlian"


def test_a_group_without_a_certificate_proves_no_paper() -> None:
    assert group_proofs([("tuopin", "xiangcun", DAY, "x.xlsx", ""), ("veteran", "tuiyi", DAY, "v.xlsx", "")]) == ()


def test_of_two_lists_proving_one_paper_the_newest_is_kept() -> None:
    old, new = date(2025, 6, 30), date(2025, 12, 31)
    (proof,) = group_proofs([("disab_severe", "canlian", new, "new.xlsx", "n"),
                             ("disab_ivm_34", "canlian", old, "old.xlsx", "o")])
    assert proof.as_of == new
    assert proof.file_name == "new.xlsx"


def test_a_daijiao_case_for_a_disability_group_needs_only_identity_and_hukou_when_the_list_has_it() -> None:
    needs = checklist(CaseKind.DAIJIAO, {"disab_severe"})
    proofs = group_proofs([("disab_severe", "canlian", DAY, "残联.xlsx", "h")])
    proven = covered(needs, proofs)
    assert set(proven) == {PaperKind.DISABILITY_CERT}
    assert [r.kind for r in missing(needs, set(), set(proven))] == [PaperKind.ID_CARD, PaperKind.HUKOU_BOOK]
    assert missing(needs, {"id_card", "hukou_book"}, set(proven)) == ()


def test_a_proof_for_a_paper_the_case_does_not_need_covers_nothing() -> None:
    proofs = group_proofs([("dibao", "minzheng", DAY, "低保.xlsx", "h")])
    assert covered(checklist(CaseKind.TIER_CHANGE), proofs) == {}


@given(st.sampled_from(list(CaseKind)), st.frozensets(st.sampled_from(list(GROUP_PAPERS))), st.booleans(), memberships)
def test_a_list_never_stands_in_for_identity_hukou_or_a_proxy(case: CaseKind, groups: frozenset[str], proxy: bool,
                                                               rows: list[tuple[str, str, date, str, str]]) -> None:
    needs = checklist(case, groups, proxy=proxy)
    proven = covered(needs, group_proofs(rows))
    for requirement in needs:
        if requirement.kind in proven:
            assert requirement.proves in LIST_PROVABLE
            assert proven[requirement.kind].paper is requirement.kind
    # a proven paper is never missing, and nothing else changes
    left = missing(needs, set(), set(proven))
    assert {r.kind for r in left} == {r.kind for r in needs if r.mandatory} - set(proven)
