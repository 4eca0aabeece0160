"""Each damage real files carry: the layout ones are undone, the row ones reported on their own row."""

from __future__ import annotations

import pytest

from core.synthetic.agency_files import ROW_DAMAGES, SOURCES, Damage, make_people, write_list
from tests.core.lists.support import TODAY, expected, read_back

FORMATS = ("xlsx", "xls", "csv")
PEOPLE = {source: make_people(source, 30, seed=5, today=TODAY) for source in SOURCES}
HOUSEHOLD_SOURCES = ("civil-affairs", "rural-revitalization")
ROW_REASONS = {
    Damage.BAD_ID: "id.checksum",
    Damage.DUPLICATE_ROW: "lists.duplicate_row",
    Damage.UNKNOWN_CATEGORY: "lists.unknown_category",
    Damage.MISSING_GRADE: "lists.missing_grade",
    Damage.MISSING_NAME: "lists.missing_name",
    Damage.BAD_DATE: "lists.bad_date",
}
REPAIRED = (
    Damage.TITLE_ROWS,
    Damage.TWO_ROW_HEADER,
    Damage.BLANK_ROWS,
    Damage.APOSTROPHES,
    Damage.FULL_WIDTH,
    Damage.HOUSEHOLD_ROWS,
)


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("damage", REPAIRED)
@pytest.mark.parametrize("source", SOURCES)
def test_layout_damage_is_undone_and_rows_keep_their_shown_numbers(
    source: str, damage: Damage, file_format: str
) -> None:
    written = write_list(PEOPLE[source], source, file_format, damages={damage})  # type: ignore[arg-type]
    result = read_back(written, source)
    assert result.rejected == ()
    assert list(result.accepted) == expected(written, source)


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("source", SOURCES)
def test_all_layout_damages_at_once_are_undone(source: str, file_format: str) -> None:
    written = write_list(PEOPLE[source], source, file_format, damages=REPAIRED, encoding="gb18030")  # type: ignore[arg-type]
    result = read_back(written, source)
    assert list(result.accepted) == expected(written, source)
    assert result.detection is not None
    assert result.detection.header_rows == written.header_rows
    assert result.detection.title.startswith("隆德县沙塘镇")


def test_title_rows_are_counted_in_row_numbers() -> None:
    plain = write_list(PEOPLE["veterans"], "veterans", "xlsx")
    titled = write_list(PEOPLE["veterans"], "veterans", "xlsx", damages={Damage.TITLE_ROWS, Damage.TWO_ROW_HEADER})
    assert [r.row for r in read_back(plain, "veterans").accepted][:2] == [2, 3]
    assert [r.row for r in read_back(titled, "veterans").accepted][:2] == [4, 5]


def test_the_title_names_the_group_when_a_civil_affairs_list_has_no_category_column() -> None:
    people = list(PEOPLE["civil-affairs"])
    written = write_list(people, "civil-affairs", "csv", damages={Damage.TITLE_ROWS})
    header_line = written.data.decode("utf-8-sig").splitlines()[2]
    assert "保障类别" in header_line
    without = written.data.decode("utf-8-sig").replace("保障类别", "备用").encode("utf-8-sig")
    from core.lists import ListSource, read_list

    result = read_list(without, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert result.detection is not None
    assert result.detection.title_group == "dibao"
    assert {r.group for r in result.accepted} == {"dibao"}


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("source", HOUSEHOLD_SOURCES)
def test_household_members_get_the_head_address_and_category_of_their_first_row(source: str, file_format: str) -> None:
    written = write_list(PEOPLE[source], source, file_format, damages={Damage.HOUSEHOLD_ROWS})  # type: ignore[arg-type]
    members = [row for row, p in written.people.items() if p.relation != "户主"]
    assert members
    by_row = {r.row: r for r in read_back(written, source).accepted}
    for row in members:
        person = written.people[row]
        assert (by_row[row].household_head, by_row[row].address, by_row[row].group) == (
            person.head,
            person.address,
            person.group,
        )


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("source", SOURCES)
def test_ids_stored_as_numbers_are_reported_as_damaged_not_guessed(source: str, file_format: str) -> None:
    written = write_list(PEOPLE[source], source, file_format, damages={Damage.IDS_AS_NUMBERS})  # type: ignore[arg-type]
    result = read_back(written, source)
    numeric = {row for row, p in written.people.items() if p.id_number.isdigit()}
    assert numeric
    assert {r.row for r in result.rejected} == numeric
    for report in result.rejected:
        assert report.reason in ("id.sci_notation", "cert.sci_notation")
        assert "E+17" in str(report.problems[0].params["shown"])
    assert {r.row for r in result.accepted} == set(written.people) - numeric


def _spoilable() -> list[tuple[str, Damage]]:
    """(source, damage) pairs where the list has the column the damage spoils."""
    return [
        (source, damage)
        for source in SOURCES
        for damage in sorted(ROW_DAMAGES)
        if damage in write_list(PEOPLE[source], source, "csv", damages={damage}).damaged
    ]


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize(("source", "damage"), _spoilable())
def test_a_bad_row_is_rejected_on_its_row_and_the_others_are_accepted(
    source: str, damage: Damage, file_format: str
) -> None:
    written = write_list(PEOPLE[source], source, file_format, damages={damage, Damage.TITLE_ROWS})  # type: ignore[arg-type]
    result = read_back(written, source)
    (bad_row,) = written.damaged[damage]
    assert [(r.row, r.reason) for r in result.rejected] == [(bad_row, ROW_REASONS[damage])]
    good = [r for r in expected(written, source) if r.row != bad_row]
    assert list(result.accepted) == good
    assert result.rejected[0].values, "the original cells travel with the problem"


@pytest.mark.parametrize("file_format", FORMATS)
def test_totals_and_signature_rows_are_skipped_with_a_warning(file_format: str) -> None:
    source = "civil-affairs"
    written = write_list(PEOPLE[source], source, file_format, damages={Damage.TOTALS_ROW})  # type: ignore[arg-type]
    result = read_back(written, source)
    last = max(written.people)
    assert [(w.row, w.reason) for w in result.warnings] == [
        (last + 1, "lists.totals_row"),
        (last + 2, "lists.note_row"),
    ]
    assert list(result.accepted) == expected(written, source)
    assert result.rows_read == len(PEOPLE[source]) + 2
