"""What the lists and the register already prove about a resident, and a verified paper kept on a case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from core.documents import CaseKind, ListProof, PaperKind, checklist
from desktop.services.cases import Paper, _papers, paper_json
from desktop.services.desk import Desk
from desktop.services.residents import ResidentsService
from desktop.store.models import Resident

TODAY = date(2026, 3, 2)


def test_a_verified_paper_keeps_its_list_through_saving_and_old_papers_still_load() -> None:
    requirement = checklist(CaseKind.DAIJIAO, {"dibao"})[-1]
    proof = ListProof(PaperKind.DIBAO_CERT, "minzheng", date(2026, 1, 1), "低保.xlsx", "abc", "dibao")
    paper = Paper.verified(requirement, proof)
    assert paper.received
    assert not paper.missing
    assert paper.verified_from == proof
    assert _papers([paper_json(paper)]) == (paper,)
    old = dict(paper_json(Paper.from_requirement(requirement)).items())
    assert "verified_from" not in old  # papers without a list are saved as before
    assert _papers([old])[0].verified_from is None


def test_the_register_proves_list_papers_the_certificate_and_the_veterans_card(demo_dir: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        service = ResidentsService(desk.store, "demo", TODAY)
        with desk.store.session("demo") as session:
            people = list(session.scalars(select(Resident)))
            disabled = next(r.uuid for r in people if r.certificates and any(
                m.group_key == "disab_severe" and m.source == "list" for m in r.memberships))
            veteran = next(r.uuid for r in people if r.veteran and r.veteran_certificate_no)
            plain = next(r.uuid for r in people if not r.memberships and not r.certificates and not r.veteran)
        facts = service.known_facts(disabled)
        assert facts is not None
        assert PaperKind.DISABILITY_CERT in {p.paper for p in facts.proofs}
        assert facts.certificate is not None
        assert facts.certificate.proof is not None
        assert "*" in facts.certificate.masked_number  # the number leaves the service masked
        vet = service.known_facts(veteran)
        assert vet is not None
        assert vet.verified_veteran
        assert vet.veteran_list is not None
        assert vet.veteran_list.agency == "tuiyi"
        nobody = service.known_facts(plain)
        assert nobody is not None
        assert (nobody.proofs, nobody.groups, nobody.certificate, nobody.verified_veteran) == ((), (), None, False)
    finally:
        desk.close()
