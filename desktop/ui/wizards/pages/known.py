"""What the lists and the register already say about the resident, in words (残疾人绿色通道, 退役军人直办通道):
shown on the policy page instead of being asked, and the veteran services listed as next steps there and on the
last page."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from core.problems import Problem
from core.veterans import VETERAN_NEXT_STEPS
from desktop.messages import describe
from desktop.services.known_papers import KnownFacts
from desktop.ui import labels
from desktop.ui.documents.receipts import list_name
from desktop.ui.wizards.text import fill

translate = QCoreApplication.translate  # the bare name lupdate recognises


def veteran_steps_text() -> str:
    """The veteran-related services the assistant points to (core.veterans), under a heading."""
    head = translate("VeteranSteps", "Veterans' direct channel (退役军人直办通道): point the resident to these "
                     "services")
    return head + "\n" + "\n".join("➜ " + describe(Problem(step.code)) for step in VETERAN_NEXT_STEPS)


def known_lines(facts: KnownFacts, group_labels: Mapping[str, str]) -> list[str]:
    """The groups, the disability certificate and the veteran's 优待证 as the register has them, each with its
    source (list and date), in the words the policy page and the review show."""
    lines = [fill(translate("KnownFacts", "%1 — %2, list date %3"), group_labels.get(g.group, g.group)
                  + (f"（{g.subtype}）" if g.subtype else ""), list_name(g.agency), g.as_of.isoformat())
             for g in facts.groups]
    cert = facts.certificate
    if cert is not None:
        what = fill(translate("KnownFacts", "Disability certificate %1: %2, grade %3"), cert.masked_number,
                    labels.disability_category(cert.category), cert.grade)
        if cert.proof is not None:
            lines.append(fill(translate("KnownFacts", "%1 — %2, list date %3"), what, list_name(cert.proof.agency),
                              cert.proof.as_of.isoformat()))
        else:
            lines.append(fill(translate("KnownFacts", "%1 — on file at the desk, not from a list"), what))
    if facts.verified_veteran:
        source = (fill(translate("KnownFacts", "%1, list date %2"), list_name(facts.veteran_list.agency),
                       facts.veteran_list.as_of.isoformat()) if facts.veteran_list is not None
                  else translate("KnownFacts", "in the register"))
        lines.append(fill(translate("KnownFacts", "Veteran, preferential card (优待证) number %1 — %2"),
                          facts.veteran_certificate_no, source))
    return lines


def veteran_review_line(facts: KnownFacts | None, typed: str | None) -> str | None:
    """The veteran's 优待证 as the review reads it out: from the register, or as typed on the policy page."""
    if facts is not None and facts.verified_veteran:
        return fill(translate("KnownFacts", "Veteran: preferential card (优待证) number %1, from the register."),
                    facts.veteran_certificate_no)
    if typed:
        return fill(translate("KnownFacts", "Veteran: preferential card (优待证) number %1, as shown today; the county "
                              "records it."), typed)
    return None
