"""Loading policy packs: layering, figures by date, the content hash, and errors that name file and line."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.policy import PolicyCode, PolicyError, load_policy
from tests.core.policy_dir import bundled_policy_dir

LONGDE = "640423"


def copy_pack(tmp_path: Path) -> Path:
    target = tmp_path / "policy"
    target.mkdir()
    for path in bundled_policy_dir().glob("*.yaml"):
        shutil.copy(path, target / path.name)
    return target


def edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    changed = text.replace(old, new, 1)
    path.write_text(changed, encoding="utf-8")
    return changed


def line_of(text: str, marker: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1) if marker in line)


def load_error(pack: Path, county: str | None = LONGDE) -> PolicyError:
    with pytest.raises(PolicyError) as caught:
        load_policy(pack, county)
    return caught.value


def test_bundled_pack_for_longde_has_national_region_and_county_layers() -> None:
    policy = load_policy(bundled_policy_dir(), LONGDE)
    assert [layer.level for layer in policy.layers] == ["national", "region", "county"]
    assert [layer.file for layer in policy.layers] == ["national.yaml", "640000.yaml", "640423.yaml"]
    assert policy.ref.id == "nx-cxjm-pension/640423"
    assert policy.ref.version == "2025.1-draft"
    assert len(policy.ref.content_hash) == 64


def test_county_without_a_layer_falls_back_to_the_region() -> None:
    policy = load_policy(bundled_policy_dir(), "640422")
    assert [layer.level for layer in policy.layers] == ["national", "region"]
    assert policy.county == "640422"
    assert policy.ref.id == "nx-cxjm-pension/640000"
    assert policy.figure("daijiao.amount", date(2025, 1, 1)) is not None


def test_figures_are_looked_up_by_date() -> None:
    policy = load_policy(bundled_policy_dir(), LONGDE)
    central = "basic_pension.central_minimum"
    assert policy.figure(central, date(2019, 6, 1)).value == Decimal(88)  # type: ignore[union-attr]
    assert policy.figure(central, date(2023, 12, 31)).value == Decimal(103)  # type: ignore[union-attr]
    assert policy.figure(central, date(2040, 7, 1)).value == Decimal(143)  # type: ignore[union-attr]
    assert policy.figure(central, date(2010, 1, 1)) is None
    increment = policy.figure("basic_pension.region_increment", date(2023, 5, 1))
    assert increment is not None
    assert (increment.value, increment.citation) == (Decimal(10), "宁人社发〔2021〕154号 二(三)")
    assert increment.effective_from == date(2023, 1, 1)
    assert increment.effective_to == date(2023, 12, 31)


def test_tiers_change_from_national_to_ningxia_in_2017() -> None:
    policy = load_policy(bundled_policy_dir(), LONGDE)
    assert Decimal(200) in policy.tiers(date(2016, 6, 1))
    assert policy.tiers(date(2018, 6, 1)) == tuple(Decimal(t) for t in (100, 300, 500, 1000, 2000, 3000))


def test_county_value_overrides_the_region(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(
        pack / "640423.yaml",
        "  daijiao.amount.dibao:\n    - {value: null,",
        "  daijiao.amount:\n    - {value: 60, effective_from: 2021-11-30, effective_to: null, source: LD-COUNTY,"
        " clause: null, status: unconfirmed}\n  daijiao.amount.dibao:\n    - {value: null,",
    )
    county = load_policy(pack, LONGDE).figure("daijiao.amount", date(2025, 1, 1))
    region = load_policy(pack, None).figure("daijiao.amount", date(2025, 1, 1))
    assert county is not None
    assert (county.value, county.layer) == (Decimal(60), LONGDE)
    assert region is not None
    assert (region.value, region.layer) == (Decimal(100), "640000")


def test_open_county_slot_does_not_hide_the_region_value(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(
        pack / "640423.yaml",
        "  daijiao.amount.dibao:",
        "  contribution.kept_minimum_tier:\n    - {value: null, effective_from: 2021-11-30, effective_to: null,"
        " source: LD-COUNTY, clause: null, status: unconfirmed}\n  daijiao.amount.dibao:",
    )
    policy = load_policy(pack, LONGDE)
    kept = policy.figure("contribution.kept_minimum_tier", date(2025, 1, 1))
    assert kept is not None
    assert (kept.value, kept.layer) == (Decimal(100), "640000")
    slot = policy.figure("daijiao.amount.dibao", date(2025, 1, 1))
    assert slot is not None
    assert slot.value is None
    assert slot.layer == LONGDE


def test_open_slots_list_what_county_staff_must_fill() -> None:
    slots = {(f.key, f.layer) for f in load_policy(bundled_policy_dir(), LONGDE).open_slots()}
    assert ("basic_pension.county_supplement", LONGDE) in slots
    assert ("daijiao.amount.tekun", LONGDE) in slots
    assert ("account.interest_rate", "640000") in slots


def test_content_hash_changes_when_a_figure_changes(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    before = load_policy(pack, LONGDE).ref.content_hash
    edit(pack / "640000.yaml", "{value: 20, effective_from: 2025-01-01", "{value: 25, effective_from: 2025-01-01")
    assert load_policy(pack, LONGDE).ref.content_hash != before


def test_content_hash_ignores_comments_and_layout(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    before = load_policy(pack, LONGDE).ref.content_hash
    edit(pack / "640000.yaml", "schema_version: 1\n", "# a note from county staff\n\nschema_version:   1\n")
    assert load_policy(pack, LONGDE).ref.content_hash == before


def test_content_hash_covers_the_county_layer() -> None:
    with_county = load_policy(bundled_policy_dir(), LONGDE).ref.content_hash
    region_only = load_policy(bundled_policy_dir(), None).ref.content_hash
    assert with_county != region_only


@pytest.mark.parametrize(
    ("old", "new", "marker", "code"),
    [
        (
            "value: 100\n      effective_from: 2021-11-30",
            "value: lots\n      effective_from: 2021-11-30",
            "value: lots",
            PolicyCode.WRONG_TYPE,
        ),
        ("effective_from: 2017-01-01", "effective_from: 2017-02-30", "2017-02-30", PolicyCode.BAD_DATE),
        ("effective_from: 2017-01-01", "effective_from: 2017/01/01", "2017/01/01", PolicyCode.BAD_FORMAT),
        ("  daijiao.subsidy:", "  daijiao.subsidie:", "daijiao.subsidie", PolicyCode.UNKNOWN_FIGURE),
        ("    owner: 民政\n", "    owner: 民政\n    ownr: 民政\n", "ownr", PolicyCode.UNKNOWN_FIELD),
        ("  tekun:\n", "  dibao:  # again\n", "# again", PolicyCode.DUPLICATE_KEY),
        ("  tekun:\n", "  123:\n", "  123:", PolicyCode.KEY_NOT_TEXT),
        ("  tekun:\n", "  Tekun:\n", "Tekun", PolicyCode.BAD_FORMAT),
        ("status: unconfirmed\n", "status: maybe\n", "status: maybe", PolicyCode.NOT_ALLOWED),
        ("source: NRS-2017-163\n", "source: NRS-2017-999\n", "NRS-2017-999", PolicyCode.UNKNOWN_SOURCE),
        (
            "{value: null, effective_from: 2016-01-01",
            "{value: 3.5, effective_from: 2016-01-01",
            "value: 3.5",
            PolicyCode.OUT_OF_RANGE,
        ),
        (
            "clause: 二(五)\n    status: confirmed",
            "clause: null\n    status: confirmed",
            "S-15:",
            PolicyCode.CONFIRMED_WITHOUT_CLAUSE,
        ),
        (
            "{value: 5, effective_from: 2022-01-01, effective_to: 2022-12-31",
            "{value: 5, effective_from: 2022-01-01, effective_to: 2021-12-31",
            "effective_to: 2021-12-31",
            PolicyCode.PERIOD_REVERSED,
        ),
        (
            "{value: 5, effective_from: 2022-01-01, effective_to: 2022-12-31",
            "{value: 5, effective_from: 2022-01-01, effective_to: 2023-06-30",
            "{value: 10, effective_from: 2023",
            PolicyCode.PERIODS_OVERLAP,
        ),
        ("groups:\n", "groups:\n  : [\n", "  : [", PolicyCode.YAML_SYNTAX),
        ("level: region", "level: county", "level: county", PolicyCode.LAYER_MISMATCH),
        ("pack: nx-cxjm-pension", "pack: another-pack", "another-pack", PolicyCode.PACK_MISMATCH),
        ("schema_version: 1", "schema_version: 2", "schema_version: 2", PolicyCode.SCHEMA_VERSION),
    ],
)
def test_broken_region_file_is_reported_with_file_and_line(
    tmp_path: Path, old: str, new: str, marker: str, code: PolicyCode
) -> None:
    pack = copy_pack(tmp_path)
    text = edit(pack / "640000.yaml", old, new)
    problems = load_error(pack).problems
    found = [p for p in problems if p.code == code]
    assert found, problems
    expected_line = line_of(text, marker)
    assert found[0].params["file"] == "640000.yaml"
    if code is PolicyCode.CONFIRMED_WITHOUT_CLAUSE:
        assert int(found[0].params["line"]) > expected_line  # the clause line of that rule
    elif code is PolicyCode.YAML_SYNTAX:
        assert abs(int(found[0].params["line"]) - expected_line) <= 1
    else:
        assert found[0].params["line"] == expected_line


def test_policy_error_text_names_file_and_line(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    text = edit(pack / "640423.yaml", "name: 隆德县", "name: 隆德县\n  colour: blue")
    error = load_error(pack)
    assert f"640423.yaml:{line_of(text, 'colour')}" in str(error)
    assert error.problems[0].params["path"] == "layer/colour"


def test_county_file_for_another_county_is_refused(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    shutil.copy(pack / "640423.yaml", pack / "640424.yaml")
    problems = load_error(pack, "640424").problems
    assert [p.code for p in problems] == [PolicyCode.LAYER_MISMATCH]
    assert problems[0].params["expected"] == "640424"


def test_daijiao_amount_for_a_group_nobody_defined_is_refused(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "640423.yaml", "daijiao.amount.tekun:", "daijiao.amount.tekunn:")
    problems = load_error(pack).problems
    assert [(p.code, p.params["group"]) for p in problems] == [(PolicyCode.UNKNOWN_GROUP, "tekunn")]


def test_missing_rule_the_code_cites_is_refused(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "640000.yaml", "  S-15:\n", "  S-16:\n")
    problems = load_error(pack).problems
    assert [(p.code, p.params.get("rule")) for p in problems] == [(PolicyCode.MISSING_RULE, "S-15")]


def test_missing_layer_file_and_folder_are_reported(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / "national.yaml").unlink()
    problems = load_error(pack).problems
    assert [(p.code, p.params["file"]) for p in problems] == [(PolicyCode.FILE_MISSING, "national.yaml")]
    assert next(p.code for p in load_error(tmp_path / "nowhere").problems) == PolicyCode.DIR_MISSING


@pytest.mark.parametrize("county", ["650102", "64042", "640000", "abcdef"])
def test_county_code_outside_the_region_is_refused(county: str) -> None:
    assert [p.code for p in load_error(bundled_policy_dir(), county).problems] == [PolicyCode.BAD_COUNTY]


def test_empty_layer_file_is_reported(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / "640423.yaml").write_text("", encoding="utf-8")
    problems = load_error(pack).problems
    assert [(p.code, p.params["file"]) for p in problems] == [(PolicyCode.WRONG_TYPE, "640423.yaml")]
