"""Find residents by what an assistant types: a name, its pinyin or initials, or part of an ID or phone.

Results come in tiers, best first: exact ID > ID suffix > ID prefix > exact name > name prefix >
initials prefix > pinyin prefix > any other substring. Each tier is one indexed query with a LIMIT, and
later tiers run only while fewer than ``limit`` residents were found, so a common surname (马 is a third
of some villages) or the county code every ID starts with costs no more than a rare one:

- IDs and names: B-tree indexes on ``residents`` (exact, prefix, and the last four ID characters);
- pinyin and initials prefixes: FTS5 ``residents_prefix`` with prefix indexes (works for 1-2 letters);
- substrings of 3+ characters: FTS5 ``residents_trigram``.

Both FTS tables are kept in step with ``residents`` by triggers (migration 0002). Hits carry full
values; masking an ID number for display is the services' job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from desktop.store.models.people import ID_SUFFIX_LENGTH
from desktop.store.pinyin import normalize_query

MIN_ID_FRAGMENT = 4
FULL_ID_LENGTH = 18
MIN_TRIGRAM = 3
_ID_LIKE = re.compile(r"^\d+[Xx]?$")
_SEPARATORS = re.compile(r"[\s\-_'’·.]+")
_MAX_CODE_POINT = "\U0010ffff"  # sorts after every character, so "name < q + this" bounds a prefix


class MatchRank(IntEnum):
    EXACT_ID = 0
    ID_SUFFIX = 1
    ID_PREFIX = 2
    EXACT_NAME = 3
    NAME_PREFIX = 4
    INITIALS_PREFIX = 5
    PINYIN_PREFIX = 6
    SUBSTRING = 7


@dataclass(frozen=True)
class ResidentHit:
    id: int
    uuid: UUID
    name: str
    id_number: str
    birth_date: date
    sex: str
    village_code: str
    phone: str | None
    household_id: int | None
    household_uuid: UUID | None
    rank: MatchRank


def search_residents(session: Session, text_: str, limit: int = 50) -> list[ResidentHit]:
    """Residents matching ``text_``, best first, at most ``limit``."""
    query = unicodedata.normalize("NFKC", text_).strip()
    if not query or limit <= 0:
        return []
    connection = session.connection()
    found: dict[int, MatchRank] = {}
    for rank, statement, params in _tiers(query):
        if len(found) >= limit:
            break
        rows = connection.execute(statement, {**params, "limit": limit + len(found)})
        for (resident_id,) in rows:
            found.setdefault(int(resident_id), rank)
            if len(found) >= limit:
                break
    return _load(connection, found)


def _tiers(query: str) -> list[tuple[MatchRank, Any, dict[str, Any]]]:
    compact = _SEPARATORS.sub("", query)
    if _ID_LIKE.match(compact):
        return _id_tiers(compact.upper())
    if any(_is_han(ch) for ch in query):
        return _name_tiers(compact)
    letters = normalize_query(query)
    return _pinyin_tiers(letters) if letters else []


def _id_tiers(digits: str) -> list[tuple[MatchRank, Any, dict[str, Any]]]:
    if len(digits) < MIN_ID_FRAGMENT:
        return []
    tiers: list[tuple[MatchRank, Any, dict[str, Any]]] = [
        (MatchRank.EXACT_ID, _EXACT_ID, {"q": digits}),
        (MatchRank.ID_SUFFIX, _ID_SUFFIX, {"q": digits, "tail": digits[-ID_SUFFIX_LENGTH:], "n": len(digits)}),
        (MatchRank.ID_PREFIX, _ID_PREFIX, {"q": digits, "q_end": digits + _MAX_CODE_POINT}),
    ]
    if len(digits) < FULL_ID_LENGTH:  # a whole ID number is found whole or not at all
        tiers.append((MatchRank.SUBSTRING, _TRIGRAM, {"match": f"{{id_number phone}} : {_fts_phrase(digits)}"}))
    return tiers


def _name_tiers(name: str) -> list[tuple[MatchRank, Any, dict[str, Any]]]:
    tiers: list[tuple[MatchRank, Any, dict[str, Any]]] = [
        (MatchRank.EXACT_NAME, _EXACT_NAME, {"q": name}),
        (MatchRank.NAME_PREFIX, _NAME_PREFIX, {"q": name, "q_end": name + _MAX_CODE_POINT}),
    ]
    if len(name) >= MIN_TRIGRAM:
        tiers.append((MatchRank.SUBSTRING, _TRIGRAM, {"match": f"name : {_fts_phrase(name)}"}))
    return tiers


def _pinyin_tiers(letters: str) -> list[tuple[MatchRank, Any, dict[str, Any]]]:
    phrase = _fts_phrase(letters)
    tiers: list[tuple[MatchRank, Any, dict[str, Any]]] = [
        (MatchRank.INITIALS_PREFIX, _PREFIX, {"match": f"name_initials : {phrase} *"}),
        (MatchRank.PINYIN_PREFIX, _PREFIX, {"match": f"name_pinyin : {phrase} *"}),
    ]
    if len(letters) >= MIN_TRIGRAM:
        tiers.append((MatchRank.SUBSTRING, _TRIGRAM, {"match": f"{{name_pinyin name_initials}} : {phrase}"}))
    return tiers


def _fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _is_han(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo" and not ch.isascii()


_EXACT_ID = text("SELECT id FROM residents WHERE id_number = :q LIMIT :limit")
_ID_SUFFIX = text(
    f"SELECT id FROM residents WHERE substr(id_number, -{ID_SUFFIX_LENGTH}) = :tail "
    "AND substr(id_number, -:n) = :q ORDER BY id_number LIMIT :limit"
)
_ID_PREFIX = text(
    "SELECT id FROM residents WHERE id_number >= :q AND id_number < :q_end ORDER BY id_number LIMIT :limit"
)
_EXACT_NAME = text("SELECT id FROM residents WHERE name = :q ORDER BY id LIMIT :limit")
_NAME_PREFIX = text("SELECT id FROM residents WHERE name >= :q AND name < :q_end ORDER BY name, id LIMIT :limit")
_PREFIX = text("SELECT rowid FROM residents_prefix WHERE residents_prefix MATCH :match LIMIT :limit")
_TRIGRAM = text("SELECT rowid FROM residents_trigram WHERE residents_trigram MATCH :match LIMIT :limit")
_DETAILS = text(
    "SELECT r.id, r.uuid, r.name, r.id_number, r.birth_date, r.sex, r.village_code, r.phone, "
    "r.household_id, h.uuid FROM residents AS r LEFT JOIN households AS h ON h.id = r.household_id "
    "WHERE r.id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _load(connection: Connection, found: dict[int, MatchRank]) -> list[ResidentHit]:
    if not found:
        return []
    rows = {int(row[0]): row for row in connection.execute(_DETAILS, {"ids": list(found)})}
    return [_hit(rows[resident_id], rank) for resident_id, rank in found.items() if resident_id in rows]


def _hit(row: Any, rank: MatchRank) -> ResidentHit:
    return ResidentHit(
        id=int(row[0]),
        uuid=UUID(hex=row[1]),
        name=row[2],
        id_number=row[3],
        birth_date=date.fromisoformat(row[4]),
        sex=row[5],
        village_code=row[6],
        phone=row[7],
        household_id=row[8],
        household_uuid=None if row[9] is None else UUID(hex=row[9]),
        rank=rank,
    )
