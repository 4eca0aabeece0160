from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from desktop.store.models import Base, Contribution, Money, UtcDateTime
from desktop.store.pinyin import name_keys, normalize_query
from desktop.store.session import AuditedSession
from tests.desktop.store.conftest import make_resident


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    def include_name(name: str | None, type_: str, parent: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith("residents_"))

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        indexes = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars().all()
    assert "ix_residents_id_suffix" in indexes  # expression indexes are not compared by alembic


def test_constraints_are_named_by_the_convention() -> None:
    names = {c.name for table in Base.metadata.tables.values() for c in table.constraints}
    assert {
        "pk_residents",
        "uq_residents_id_number",
        "ck_residents_sex",
        "fk_cases_resident_id_residents",
    } <= names
    assert None not in names


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_money_round_trips_exactly_through_integer_fen(amount: Decimal) -> None:
    money = Money()
    stored = money.process_bind_param(amount, None)  # type: ignore[arg-type]
    assert isinstance(stored, int)
    assert money.process_result_value(stored, None) == amount  # type: ignore[arg-type]


def test_money_with_fractions_of_a_fen_is_refused() -> None:
    with pytest.raises(ValueError, match="fen"):
        Money().process_bind_param(Decimal("0.005"), None)  # type: ignore[arg-type]


def test_contribution_amounts_come_back_as_decimal_yuan(session: AuditedSession) -> None:
    resident = make_resident()
    resident.contributions.append(
        Contribution(
            year=2024,
            tier=Decimal(200),
            self_paid=Decimal("170.50"),
            government_paid=Decimal("29.50"),
            subsidy=Decimal(30),
        )
    )
    session.add(resident)
    session.flush()
    session.expire_all()
    row = session.scalars(select(Contribution)).one()
    assert (row.tier, row.self_paid, row.government_paid, row.other_funding) == (
        Decimal("200.00"),
        Decimal("170.50"),
        Decimal("29.50"),
        Decimal("0.00"),
    )


def test_timestamps_are_stored_in_utc_and_naive_ones_refused() -> None:
    kind = UtcDateTime()
    beijing = datetime(2025, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    stored = kind.process_bind_param(beijing, None)  # type: ignore[arg-type]
    assert stored == "2025-03-01T00:00:00.000000+00:00"
    assert kind.process_result_value(stored, None) == beijing.astimezone(UTC)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="aware"):
        kind.process_bind_param(datetime(2025, 3, 1), None)  # type: ignore[arg-type]


def test_resident_name_sets_pinyin_and_initials_with_every_surname_reading() -> None:
    resident = make_resident(name="单玉兰")
    assert set(resident.name_pinyin.split()) >= {"shanyulan", "danyulan"}
    assert set(resident.name_initials.split()) >= {"syl", "dyl"}
    resident.name = "曾国庆"
    assert set(resident.name_initials.split()) >= {"zgq", "cgq"}


@pytest.mark.parametrize(("name", "reading"), [("解放", "xiefang"), ("仇英", "qiuying"), ("朴正", "piaozheng")])
def test_heteronym_surnames_include_the_surname_reading(name: str, reading: str) -> None:
    assert reading in name_keys(name).pinyin.split()


def test_pinyin_query_ignores_case_spaces_and_u_umlaut() -> None:
    assert normalize_query("Ma Yu'Lan") == "mayulan"
    assert normalize_query("Lü") == "lv"


def test_repr_never_shows_field_values() -> None:
    assert "马玉兰" not in repr(make_resident())
    assert "640423" not in repr(make_resident())
