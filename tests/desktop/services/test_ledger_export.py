"""The ledger writer on its own: text that looks like a formula stays text, amounts are yuan numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from core.compare import Enrolment, Ledger, LedgerRow, MemberStatus, PensionState, Subject
from core.compare.ledger import GroupLine
from desktop.services.ledger_export import YUAN_FORMAT, display_width, write_ledger


def row(name: str, id_number: str, amount: Decimal | None) -> LedgerRow:
    return LedgerRow(
        number=1, subject=Subject(name, "k", id_number, "640423101202"), id_number=id_number, sex="F",
        village="马河村", age=40, groups=(GroupLine("dibao", "低保对象", "list", "民政", date(2026, 10, 1)),),
        enrolment=Enrolment.ENROLLED, tier=Decimal(100), status=MemberStatus.DAIJIAO_MISSING,
        daijiao_amount=amount, pension=PensionState.NOT_YET, pension_start=None, notes=(),
    )  # fmt: skip


def test_a_name_that_looks_like_a_formula_is_written_as_text_and_amounts_as_yuan(tmp_path: Path) -> None:
    ledger = Ledger("马河村", 2026, date(2026, 11, 20), (row('=HYPERLINK("x")', "000000000000000001", Decimal(100)),))
    out = tmp_path / "ledger.xlsx"
    assert write_ledger(out, ledger, lambda key: key, lambda p: p.code) == 1
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    name, number, amount = sheet["B4"], sheet["C4"], sheet["K4"]
    assert (name.data_type, name.value) == ("s", '=HYPERLINK("x")')
    assert (number.data_type, number.value) == ("s", "000000000000000001")  # leading zeros kept: text
    assert (amount.value, amount.number_format) == (100, YUAN_FORMAT)
    assert not list(tmp_path.glob(".*.part"))


def test_wide_characters_count_twice_for_the_column_width() -> None:
    assert (display_width("马河村"), display_width("A1"), display_width("１")) == (6, 2, 2)
