"""Synthetic villages for the demo database, benchmarks and tests: realistic, valid, deterministic."""

from __future__ import annotations

from core.synthetic.generator import DemoOptionsError, generate, iter_households, iter_residents
from core.synthetic.model import (
    HouseholdBatch,
    SyntheticCase,
    SyntheticGroup,
    SyntheticHousehold,
    SyntheticResident,
    SyntheticVillage,
)
from core.synthetic.places import MAX_RESIDENTS, DemoProblem, check_options

__all__ = [
    "MAX_RESIDENTS",
    "DemoOptionsError",
    "DemoProblem",
    "HouseholdBatch",
    "SyntheticCase",
    "SyntheticGroup",
    "SyntheticHousehold",
    "SyntheticResident",
    "SyntheticVillage",
    "check_options",
    "generate",
    "iter_households",
    "iter_residents",
]
