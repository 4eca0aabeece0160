"""Case references: "CB" and 8 Crockford base32 characters, short enough to read over a phone and to type.

The 8 characters are the first 40 bits of the case's UUID (random in a version-4 UUID). Crockford's
alphabet leaves out I, L, O and U, so a typed reference can be read back leniently: lower case, spaces,
dashes, and the letters people confuse with digits (O for 0, I and L for 1) are all accepted.
"""

from __future__ import annotations

import re
import unicodedata
from uuid import UUID

PREFIX = "CB"
BODY_LENGTH = 8
REFERENCE_LENGTH = len(PREFIX) + BODY_LENGTH
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_BITS = 5 * BODY_LENGTH
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_NOISE = re.compile(r"[\s\-_\u2010-\u2015\u2212\u30fc\uff70.·]")
_BODY = re.compile(f"[{CROCKFORD}]{{{BODY_LENGTH}}}")


def case_reference(case_uuid: UUID) -> str:
    """The reference a case with this UUID is printed and found under."""
    value = case_uuid.int >> (128 - _BITS)
    chars = [CROCKFORD[(value >> shift) & 0x1F] for shift in range(_BITS - 5, -1, -5)]
    return PREFIX + "".join(chars)


def normalize_reference(text: str) -> str | None:
    """The reference as stored, from what was typed or scanned; None when it cannot be one."""
    cleaned = _NOISE.sub("", unicodedata.normalize("NFKC", text)).upper()
    if not cleaned.startswith(PREFIX):
        return None
    body = cleaned[len(PREFIX):].translate(_CONFUSABLE)
    if _BODY.fullmatch(body) is None:
        return None
    return PREFIX + body
