"""Whole-file behaviour: mapping, strictness, progress, and what makes a row fail."""

from __future__ import annotations

import io
import itertools
from datetime import date

import pytest
from openpyxl import Workbook

from core.ids import make_resident_id
from core.lists import Field, ListSource, read_list
from core.progress import Cancelled, Progress
from core.synthetic.agency_files import Damage, make_people, write_list
from tests.core.lists.support import TODAY, expected, read_back

A = make_resident_id("640423", date(1950, 3, 4), 11)
B = make_resident_id("640423", date(1962, 7, 8), 22)
C = make_resident_id("640423", date(1975, 1, 2), 33)


def csv(*lines: str, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def test_a_quoted_line_break_keeps_the_row_numbers_of_the_text_editor() -> None:
    data = csv("姓名,身份证号,保障类别,家庭住址", f'马福,{A},低保,"一组', '3号"', f"马兰,{B},低保,二组")
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert [(r.row, r.address) for r in result.accepted] == [(2, "一组 3号"), (4, "二组")]


def test_an_id_whose_last_digits_excel_turned_to_zeros_is_reported_as_such() -> None:
    rounded = A[:15] + "000"
    with_x = make_resident_id("640423", date(1962, 7, 8), 3)
    assert with_x.endswith("X")
    data = csv("姓名,身份证号,保障类别", f"马福,{rounded},低保", f"马兰,{with_x.lower()},低保")
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert [(r.row, r.reason) for r in result.rejected] == [(2, "id.excel_rounded")]
    assert [r.id_number for r in result.accepted] == [with_x]


def test_a_legacy_15_digit_id_stored_as_a_number_is_exact_and_converted() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号", "保障类别"])
    sheet.append(["马福", 640423500304111, "低保"])
    buffer = io.BytesIO()
    book.save(buffer)
    result = read_list(buffer.getvalue(), ListSource.CIVIL_AFFAIRS, today=TODAY)
    (record,) = result.accepted
    assert record.id_number.startswith("64042319500304111")
    assert [w.reason for w in result.warnings] == ["id.converted_from_15"]


def test_an_html_table_saved_as_xls_is_read_with_its_merged_cells() -> None:
    page = f"""<html><head><meta charset="gb2312"></head><body><table>
    <tr><td colspan="4">隆德县沙塘镇2026年第三季度残疾人名单</td></tr>
    <tr><th rowspan="2">姓名</th><th rowspan="2">身份证号</th><th colspan="2">残疾情况</th></tr>
    <tr><th>类别</th><th>等级</th></tr>
    <tr><td>马福</td><td>&#39;{A}</td><td>视力</td><td>三级</td></tr>
    <tr><td>马兰</td><td>{B}</td><td>肢体</td><td>一级</td></tr>
    </table></body></html>"""
    result = read_list(page.encode("gbk"), ListSource.DISABILITY, file_name="名单.xls", today=TODAY)
    assert result.detection is not None
    assert (result.detection.file_format, result.detection.encoding) == ("html", "gb18030")
    assert result.detection.header_rows == (2, 3)
    assert [(r.row, r.id_number, r.group) for r in result.accepted] == [(4, A, "disab_ivm_34"), (5, B, "disab_severe")]


def test_a_header_printed_again_on_the_next_page_is_skipped() -> None:
    data = csv("姓名,身份证号,保障类别", f"马福,{A},低保", "", "姓名,身份证号,保障类别", f"马兰,{B},低保")
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert [r.row for r in result.accepted] == [2, 5]
    assert [(w.row, w.reason) for w in result.warnings] == [(4, "lists.repeated_header")]


def test_placeholders_for_nothing_count_as_empty() -> None:
    data = csv("姓名,身份证号,保障类别,联系电话,退出时间", f"马福,{A},低保,无,/", "马兰,无,低保,—,")
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert [(r.phone, r.date_to) for r in result.accepted] == [(None, None)]
    assert [(r.row, r.reason) for r in result.rejected] == [(3, "lists.missing_id")]
    assert result.warnings == ()


def test_invisible_characters_pasted_into_a_name_are_dropped() -> None:
    data = csv("姓名,身份证号,保障类别", f"马\u200b福\ufeff,{A},低保")
    assert [r.name for r in read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY).accepted] == ["马福"]


def test_rows_about_one_person_that_disagree_are_all_rejected() -> None:
    data = csv("姓名,身份证号,保障类别", f"马福,{A},低保", f"马兰,{B},低保", f"马福,{A},特困")
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert [(r.row, r.reason, dict(r.problems[0].params)) for r in result.rejected] == [
        (2, "lists.conflicting_rows", {"rows": "2, 4"}),
        (4, "lists.conflicting_rows", {"rows": "2, 4"}),
    ]
    assert [r.row for r in result.accepted] == [3]


def test_a_person_may_be_on_a_rural_list_twice_in_different_groups() -> None:
    data = csv("姓名,身份证号,户类型,监测类型", f"马福,{A},脱贫户,", f"马福,{A},监测户,脱贫不稳定户")
    result = read_list(data, ListSource.RURAL_REVITALIZATION, today=TODAY)
    assert [(r.group, r.subtype) for r in result.accepted] == [("tuopin", None), ("fanpin_jiance", "脱贫不稳定户")]


def test_a_monitored_household_without_a_subtype_is_rejected() -> None:
    data = csv("姓名,身份证号,户类型,监测类型", f"马福,{A},监测户,", f"马兰,{B},监测户,因病")
    result = read_list(data, ListSource.RURAL_REVITALIZATION, today=TODAY)
    assert [(r.row, r.reason) for r in result.rejected] == [(2, "lists.missing_subtype"), (3, "lists.unknown_subtype")]


def test_disability_columns_must_agree_with_the_certificate_number() -> None:
    data = csv(
        "姓名,身份证号,残疾人证号,残疾类别,残疾等级",
        f"马福,{A},{A}13,视力,三级",
        f"马兰,{B},{B}13,听力,三级",
        f"马军,{C},{A}41,,",
        f"马梅,{make_resident_id('640423', date(1980, 1, 1), 44)},,,二级",
    )
    result = read_list(data, ListSource.DISABILITY, today=TODAY)
    assert [(r.group, r.disability_category, r.disability_grade) for r in result.accepted] == [("disab_ivm_34", 1, 3)]
    assert [(r.row, r.reason) for r in result.rejected] == [
        (3, "lists.cert_disagrees"),
        (4, "cert.id_mismatch"),
        (5, "lists.missing_disability"),
    ]


def test_a_multiple_disability_of_grade_three_is_accepted_for_review() -> None:
    data = csv("姓名,残疾人证号", f"马福,{A}73")
    result = read_list(data, ListSource.DISABILITY, today=TODAY)
    (record,) = result.accepted
    assert (record.id_number, record.group, record.review_group) == (A, None, "disab_ivm_34")
    assert [w.reason for w in result.warnings] == ["lists.cert_review"]


def test_an_end_before_the_start_is_rejected_and_a_bad_phone_only_warned() -> None:
    data = csv("姓名,身份证号,保障类别,纳入时间,退出时间,联系电话", f"马福,{A},低保,2024-05-01,2023-01-01,139")
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert [r.reason for r in result.rejected] == ["lists.dates_reversed"]
    assert [w.reason for w in result.warnings] == ["phone.bad_format"]


def test_an_unsure_mapping_is_flagged_and_an_explicit_one_is_used_as_given() -> None:
    data = csv("成员名字,证件号码及备注,救助情况", f"马福,{A},低保")
    guessed = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert guessed.detection is not None
    assert guessed.detection.needs_mapping
    assert guessed.accepted == ()
    assert {p.code for p in guessed.problems} >= {"lists.column_missing"}
    mapping: dict[Field, str | int] = {Field.NAME: "成员名字", Field.ID_NUMBER: 1, Field.CATEGORY: "救助情况"}
    given = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY, mapping=mapping, header_row=1)
    assert given.ok
    assert [(r.name, r.group) for r in given.accepted] == [("马福", "dibao")]
    assert given.detection is not None
    assert not given.detection.needs_mapping


def test_a_file_without_a_header_asks_for_the_mapping() -> None:
    result = read_list(csv("a,b,c", f"马福,{A},低保"), ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert result.detection is not None
    assert result.detection.needs_mapping
    mapped = read_list(
        csv("a,b,c", f"马福,{A},低保"),
        ListSource.CIVIL_AFFAIRS,
        today=TODAY,
        mapping={Field.NAME: 0, Field.ID_NUMBER: 1, Field.CATEGORY: 2},
        header_row=1,
    )
    assert [(r.row, r.group) for r in mapped.accepted] == [(2, "dibao")]


def test_a_remembered_column_that_is_gone_stops_the_import() -> None:
    data = csv("姓名,身份证号,保障类别", f"马福,{A},低保")
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY, mapping={Field.NAME: "户主姓名"})
    assert not result.ok
    assert result.problems[0].code == "lists.column_not_found"
    assert result.accepted == ()


def test_a_generic_list_takes_a_default_group() -> None:
    data = csv("姓名,身份证号", f"马福,{A}")
    assert [p.code for p in read_list(data, ListSource.GENERIC, today=TODAY).problems] == ["lists.column_missing"]
    result = read_list(data, ListSource.GENERIC, today=TODAY, default_group="tekun")
    assert [r.group for r in result.accepted] == ["tekun"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "lists.empty_file"),
        (b"PK\x03\x04not really a zip", "lists.unreadable"),
        (b"\x00\x01\x02\x03binary", "lists.unknown_format"),
        ("姓名,身份证号".encode() + b"\xff\xfe\xfa\x80\x81", "lists.unknown_encoding"),
        (b"a,b\r\n1,2\r\n", "lists.no_header"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(data: bytes, code: str) -> None:
    result = read_list(data, ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert not result.ok
    assert [p.code for p in result.problems] == [code]
    assert result.accepted == ()


def test_strict_mode_rejects_the_whole_file_for_one_bad_row() -> None:
    people = make_people("veterans", 12, seed=2, today=TODAY)
    written = write_list(people, "veterans", "xlsx", damages={Damage.BAD_ID})
    lenient, strict = read_back(written, "veterans"), read_back(written, "veterans", strict=True)
    assert len(lenient.accepted) == 11
    assert lenient.ok
    assert strict.accepted == ()
    assert not strict.ok
    assert [(p.code, dict(p.params)) for p in strict.problems] == [("lists.strict_rejected", {"count": 1})]
    assert strict.rejected == lenient.rejected
    clean = read_back(write_list(people, "veterans", "xlsx"), "veterans", strict=True)
    assert clean.ok
    assert list(clean.accepted) == expected(write_list(people, "veterans", "xlsx"), "veterans")


def test_progress_is_reported_and_cancel_stops_the_read() -> None:
    people = make_people("civil-affairs", 2500, seed=4, today=TODAY)
    data = write_list(people, "civil-affairs", "csv").data
    seen: list[tuple[int, int]] = []
    read_list(
        data, ListSource.CIVIL_AFFAIRS, today=TODAY, progress=Progress(report=lambda d, t, _: seen.append((d, t)))
    )
    assert seen[-1] == (2500, 2500)
    assert len(seen) >= 3
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        read_list(data, ListSource.CIVIL_AFFAIRS, progress=Progress(cancelled=lambda: next(calls) >= 2))


def test_the_sheet_naming_the_most_columns_is_chosen_and_another_can_be_asked_for() -> None:
    book = Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["本表由民政办填报"])
    data_sheet = book.create_sheet("低保")
    data_sheet.append(["姓名", "身份证号", "保障类别"])
    data_sheet.append(["马福", A, "低保"])
    buffer = io.BytesIO()
    book.save(buffer)
    result = read_list(buffer.getvalue(), ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert result.detection is not None
    assert result.detection.sheet == "低保"
    assert [r.row for r in result.accepted] == [2]
    hidden = book.create_sheet("旧名单")
    hidden.append(["姓名", "身份证号", "保障类别", "家庭住址", "联系电话"])
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    again = read_list(buffer.getvalue(), ListSource.CIVIL_AFFAIRS, today=TODAY)
    assert again.detection is not None
    assert again.detection.sheet == "低保", "a hidden sheet is not what the office meant to send"
    missing = read_list(buffer.getvalue(), ListSource.CIVIL_AFFAIRS, today=TODAY, sheet="没有")
    assert [p.code for p in missing.problems] == ["lists.sheet_not_found"]
