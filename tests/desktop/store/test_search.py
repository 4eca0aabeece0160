from __future__ import annotations

import pytest

from desktop.store.search import MatchRank, search_residents
from desktop.store.session import AuditedSession
from tests.desktop.store.conftest import make_resident

PEOPLE = [
    ("马玉兰", "640423195001011234", "13909541234"),
    ("马玉", "640423195203035678", None),
    ("马玉兰花", "640423196005051111", "13800001234"),
    ("杨马玉兰", "640423197007072222", None),
    ("单玉兰", "640423198009093333", None),
    ("曾国庆", "64042319491001123X", "15309540000"),
    ("吕小红", "640423199912124444", None),
    ("海小红", "640423198506061234", None),
]


@pytest.fixture
def people(session: AuditedSession) -> AuditedSession:
    for name, id_number, phone in PEOPLE:
        session.add(make_resident(name=name, id_number=id_number, phone=phone))
    session.flush()
    return session


def _names(session: AuditedSession, query: str) -> list[str]:
    return [hit.name for hit in search_residents(session, query)]


def _ranked(session: AuditedSession, query: str) -> list[tuple[str, MatchRank]]:
    return [(hit.name, hit.rank) for hit in search_residents(session, query)]


def test_exact_name_comes_before_prefix_before_other_substring(people: AuditedSession) -> None:
    assert _ranked(people, "马玉兰") == [
        ("马玉兰", MatchRank.EXACT_NAME),
        ("马玉兰花", MatchRank.NAME_PREFIX),
        ("杨马玉兰", MatchRank.SUBSTRING),
    ]


def test_one_and_two_character_names_use_prefixes(people: AuditedSession) -> None:
    assert _ranked(people, "马玉")[0] == ("马玉", MatchRank.EXACT_NAME)
    assert set(_names(people, "马玉")) == {"马玉", "马玉兰", "马玉兰花"}
    assert set(_names(people, "马")) == {"马玉", "马玉兰", "马玉兰花"}


def test_full_id_number_ranks_first_and_id_suffix_before_other_fragments(people: AuditedSession) -> None:
    assert _ranked(people, "640423195001011234")[0] == ("马玉兰", MatchRank.EXACT_ID)
    ranked = _ranked(people, "1234")
    assert [name for name, rank in ranked if rank is MatchRank.ID_SUFFIX] == ["马玉兰", "海小红"]
    assert ("马玉兰花", MatchRank.SUBSTRING) in ranked  # phone 13800001234
    assert ranked.index(("马玉兰花", MatchRank.SUBSTRING)) > 1


def test_an_id_typed_from_the_start_is_found_by_prefix(people: AuditedSession) -> None:
    assert _ranked(people, "6404231960") == [("马玉兰花", MatchRank.ID_PREFIX)]
    assert _ranked(people, "64042319491001123x") == [("曾国庆", MatchRank.EXACT_ID)]
    assert len(_names(people, "6404")) == len(PEOPLE)


def test_id_fragments_match_anywhere_and_need_four_digits(people: AuditedSession) -> None:
    assert _names(people, "1960 0505") == ["马玉兰花"]
    assert _names(people, "123x") == ["曾国庆"]
    assert _names(people, "123") == []


def test_full_width_digits_are_understood(people: AuditedSession) -> None:
    assert _names(people, "１９６００５０５") == ["马玉兰花"]


def test_phone_fragments_are_found(people: AuditedSession) -> None:
    assert _names(people, "0954 0000") == ["曾国庆"]


def test_initials_prefix_ranks_before_pinyin_prefix(people: AuditedSession) -> None:
    ranked = _ranked(people, "myl")
    assert ranked[:2] == [("马玉兰", MatchRank.INITIALS_PREFIX), ("马玉兰花", MatchRank.INITIALS_PREFIX)]
    assert _ranked(people, "mayulan")[:2] == [
        ("马玉兰", MatchRank.PINYIN_PREFIX),
        ("马玉兰花", MatchRank.PINYIN_PREFIX),
    ]
    assert ("杨马玉兰", MatchRank.SUBSTRING) in _ranked(people, "mayulan")


def test_one_and_two_letter_pinyin_queries_work(people: AuditedSession) -> None:
    assert set(_names(people, "m")) >= {"马玉", "马玉兰", "马玉兰花"}
    assert set(_names(people, "Ma")) == {"马玉", "马玉兰", "马玉兰花"}


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("shan", "单玉兰"),
        ("dan", "单玉兰"),
        ("syl", "单玉兰"),
        ("zeng", "曾国庆"),
        ("zgq", "曾国庆"),
        ("lvxiao", "吕小红"),
    ],
)
def test_surnames_are_found_by_every_reading(people: AuditedSession, query: str, name: str) -> None:
    assert name in _names(people, query)


def test_the_index_follows_updates_and_deletes_in_the_same_transaction(people: AuditedSession) -> None:
    hit = search_residents(people, "吕小红")[0]
    resident = people.get_one(type(make_resident()), hit.id)
    resident.name = "吕小燕"
    people.flush()
    assert _names(people, "吕小红") == []
    assert _names(people, "lxy") == ["吕小燕"]
    people.delete(resident)
    people.flush()
    assert _names(people, "lxy") == []


def test_hits_carry_the_fields_the_services_need(people: AuditedSession) -> None:
    hit = search_residents(people, "曾国庆")[0]
    assert (hit.id_number, hit.phone, hit.sex, hit.village_code) == (
        "64042319491001123X",
        "15309540000",
        "F",
        "640423100001",
    )
    assert hit.uuid is not None
    assert hit.household_uuid is None


def test_limit_and_empty_queries(people: AuditedSession) -> None:
    assert len(search_residents(people, "马", limit=2)) == 2
    assert search_residents(people, "   ") == []
    assert search_residents(people, "\"'*") == []
    assert search_residents(people, "zzzz") == []
