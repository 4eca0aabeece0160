"""Many random (version 4) UUIDs at once, in the form SQLite stores them.

A bulk import creates hundreds of thousands of records and outbox entries; ``uuid.uuid4()`` asks the
operating system for randomness and builds an object each time, which costs more than the insert. Here
one read of ``os.urandom`` serves the whole batch, so the ids stay as unpredictable as uuid4's.
"""

from __future__ import annotations

import os

_BYTES = 16
# RFC 4122: the version nibble (4) in bits 76-79 and the variant bits (10) in bits 62-63
_CLEAR = ~((0xF << 76) | (0x3 << 62))
_SET = (0x4 << 76) | (0x2 << 62)


def uuid4_hexes(count: int) -> list[str]:
    """``count`` random UUIDs as 32 lower-case hex digits (what ``uuid.uuid4().hex`` gives)."""
    pool = os.urandom(_BYTES * count)
    from_bytes = int.from_bytes
    return [
        f"{(from_bytes(pool[i : i + _BYTES], 'big') & _CLEAR) | _SET:032x}" for i in range(0, _BYTES * count, _BYTES)
    ]
