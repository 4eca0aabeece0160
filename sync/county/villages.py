"""Which villages the county may issue codes for: the Ningxia table the desk's village picker reads."""

from __future__ import annotations

import sys
from collections.abc import Collection
from functools import cache
from pathlib import Path

from core.villages import Village, VillageDataError, VillageTable, load_villages
from sync.county.problems import CountyError, CountyProblem


def villages_file() -> Path:
    """``resources/divisions/ningxia_villages.csv``, from the package or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "divisions" / "ningxia_villages.csv"
    import resources

    return Path(resources.__file__).resolve().parent / "divisions" / "ningxia_villages.csv"


@cache
def village_table() -> VillageTable:
    try:
        return load_villages(villages_file())
    except VillageDataError as exc:
        raise CountyError(exc.problem) from exc


def ningxia_village(raw: str, served_counties: Collection[str] | None = None) -> Village:
    """The village a code names; refused unless it is a known Ningxia village (of a county served here)."""
    lookup = village_table().lookup_village(raw)
    if lookup.village is None:
        raise CountyError(lookup.problems[0])
    village = lookup.village
    if served_counties is not None and village.county_code not in served_counties:
        raise CountyError.of(
            CountyProblem.VILLAGE_OTHER_COUNTY,
            "village_code",
            shown=village.code,
            county=village.county_code,
            served=", ".join(sorted(served_counties)),
        )
    return village
