"""退役军人直办通道: the 优待证 number checked as typed, and the veteran-related services the desk points to.

The real 优待证 numbering is not public to us (the demo invents one, see core.synthetic.lists.veteran_record:
county code, year, six digits). So the check accepts what looks like a certificate number (digits, perhaps
with capital letters, 8 to 24 characters) and refuses only obvious junk: too short, no digits, one digit
repeated, or letters that are not Latin capitals.

The next steps are pointers, not decisions: the desk names the office and the service, never an amount.
None of them is confirmed by a Ningxia document in resources/policy yet (``confirmed`` False); the wording
stays general so that it is true whatever the county's details are (DOMAIN S-15: 退役军人 related items go
down to the village).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from core.problems import Problem, error, problem_codes, warning

MIN_LENGTH, MAX_LENGTH = 8, 24
_ALLOWED = re.compile(r"[0-9A-Z]+")
_FULL_WIDTH = str.maketrans({chr(0xFF10 + d): str(d) for d in range(10)}
                            | {chr(0xFF21 + c): chr(ord("A") + c) for c in range(26)})


@problem_codes
class VeteranProblem(StrEnum):
    CERT_EMPTY = "veteran.cert_empty"
    CERT_LENGTH = "veteran.cert_length"
    CERT_CHARACTERS = "veteran.cert_characters"
    CERT_NO_DIGITS = "veteran.cert_no_digits"
    CERT_REPEATED = "veteran.cert_repeated"


@problem_codes
class VeteranService(StrEnum):
    """The veteran-related services listed as next steps (words in desktop/messages/veterans.py)."""

    PREFERENTIAL_CARD = "veteran_service.preferential_card"  # what the 优待证 gives, at the service station
    PENSION_TRANSFER = "veteran_service.pension_transfer"  # 军人退役养老保险关系转移接续
    SERVICE_STATION = "veteran_service.service_station"  # 退役军人服务站 of the village or township
    EMPLOYMENT = "veteran_service.employment"  # employment and training help
    HARDSHIP_HELP = "veteran_service.hardship_help"  # 困难帮扶


@dataclass(frozen=True)
class NextStep:
    code: VeteranService
    confirmed: bool  # a Ningxia document in the policy pack confirms it; False: a general pointer only


VETERAN_NEXT_STEPS: tuple[NextStep, ...] = tuple(NextStep(code, confirmed=False) for code in VeteranService)


def normalize_certificate_no(text: str) -> str:
    """Spaces and dashes dropped, full-width digits and letters made plain, letters in capitals."""
    plain = text.translate(_FULL_WIDTH).upper()
    return re.sub(r"[\s\-－—]+", "", plain)


def check_certificate_no(text: str) -> tuple[str | None, tuple[Problem, ...]]:
    """The 优待证 number as it will be kept, or None with the problems that make it junk. Nothing typed is only a
    warning: a veteran without the card at hand is still a veteran, and the county can ask for the number."""
    number = normalize_certificate_no(text)
    if not number:
        return None, (warning(VeteranProblem.CERT_EMPTY, "veteran_certificate_no"),)
    problems: list[Problem] = []
    if not _ALLOWED.fullmatch(number):
        problems.append(error(VeteranProblem.CERT_CHARACTERS, "veteran_certificate_no"))
    if not MIN_LENGTH <= len(number) <= MAX_LENGTH:
        problems.append(error(VeteranProblem.CERT_LENGTH, "veteran_certificate_no", length=len(number),
                              min=MIN_LENGTH, max=MAX_LENGTH))
    digits = [c for c in number if c.isdigit()]
    if not digits:
        problems.append(error(VeteranProblem.CERT_NO_DIGITS, "veteran_certificate_no"))
    elif len(set(number)) == 1:
        problems.append(error(VeteranProblem.CERT_REPEATED, "veteran_certificate_no"))
    return (None, tuple(problems)) if problems else (number, ())
