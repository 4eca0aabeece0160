"""The shape of one policy layer file, as a JSON Schema, and the figures the code knows how to use.

Figure keys are a closed list (a typo in a key would otherwise be ignored silently); groups,
sources and rules are open lists that a layer may extend.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1
LEVELS = ("national", "region", "county")
STATUSES = ("confirmed", "unconfirmed")


class Kind(StrEnum):
    MONEY = "money"  # yuan, >= 0
    RATE = "rate"  # a fraction per year: 0.03 = 3 %
    COUNT = "count"  # whole years, days, months, ages; the account divisor
    TIERS = "tiers"  # a list of yuan amounts
    FLAG = "flag"  # yes or no


# Keys of the form "<prefix>.<something>" (one per tier, one per group) end in a pattern.
FIGURE_KINDS: dict[str, Kind] = {
    "enrol.min_age": Kind.COUNT,
    "claim.age": Kind.COUNT,
    "claim.min_years": Kind.COUNT,
    "claim.benefit_start_months_after": Kind.COUNT,
    "arrears.max_total_years": Kind.COUNT,
    "arrears.earns_subsidy": Kind.FLAG,
    "arrears.after_60_allowed": Kind.FLAG,
    "account.divisor": Kind.COUNT,
    "account.interest_rate": Kind.RATE,
    "contribution.tiers": Kind.TIERS,
    "contribution.minimum_tier": Kind.MONEY,
    "contribution.kept_minimum_tier": Kind.MONEY,
    r"contribution.subsidy.{tier}": Kind.MONEY,
    "daijiao.amount": Kind.MONEY,
    r"daijiao.amount.{group}": Kind.MONEY,
    "daijiao.subsidy": Kind.MONEY,
    "basic_pension.central_minimum": Kind.MONEY,
    "basic_pension.region_base": Kind.MONEY,
    "basic_pension.region_increment": Kind.MONEY,
    "basic_pension.region_total": Kind.MONEY,
    "basic_pension.county_supplement": Kind.MONEY,
    "lists.max_age_days": Kind.COUNT,
}

# Figures every assembled pack must have somewhere, because the rules cannot work without them.
REQUIRED_FIGURES = (
    "enrol.min_age",
    "claim.age",
    "claim.min_years",
    "claim.benefit_start_months_after",
    "arrears.max_total_years",
    "arrears.earns_subsidy",
    "account.divisor",
    "contribution.tiers",
    "contribution.kept_minimum_tier",
    "daijiao.amount",
    "daijiao.subsidy",
    "basic_pension.central_minimum",
)

# Rule ids the eligibility code cites; each must be in some layer's `rules:` table.
REQUIRED_RULES = (
    "enrol",
    "claim",
    "arrears",
    "S-01",
    "S-02",
    "S-03",
    "S-03a",
    "S-05",
    "S-15",
    "P-02",
    "P-03",
    "P-04",
    "CERT-REVIEW",
)

GROUP_KEY = r"^[a-z][a-z0-9_]*$"
_TIER_SUFFIX = r"[1-9][0-9]*"
_GROUP_SUFFIX = r"[a-z][a-z0-9_]*"


def figure_key_pattern(key: str) -> str:
    """The regular expression a figure key of this catalogue entry matches."""
    escaped = key.replace(".", r"\.")
    return "^" + escaped.replace("{tier}", _TIER_SUFFIX).replace("{group}", _GROUP_SUFFIX) + "$"


_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_TEXT = {"type": "string", "minLength": 1}
_NULLABLE_TEXT = {"type": ["string", "null"]}

_VALUE_SCHEMAS: dict[Kind, dict[str, Any]] = {
    Kind.MONEY: {"type": ["number", "null"], "minimum": 0},
    Kind.RATE: {"type": ["number", "null"], "exclusiveMinimum": -1, "exclusiveMaximum": 1},
    Kind.COUNT: {"type": ["integer", "null"], "minimum": 0},
    Kind.TIERS: {
        "type": ["array", "null"],
        "items": {"type": "number", "exclusiveMinimum": 0},
        "minItems": 1,
        "uniqueItems": True,
    },
    Kind.FLAG: {"type": ["boolean", "null"]},
}


def _entry_schema(kind: Kind) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["value", "effective_from", "effective_to", "source", "clause", "status"],
        "additionalProperties": False,
        "properties": {
            "value": _VALUE_SCHEMAS[kind],
            "effective_from": _DATE,
            "effective_to": {"anyOf": [_DATE, {"type": "null"}]},
            "source": _TEXT,
            "clause": _NULLABLE_TEXT,
            "status": {"enum": list(STATUSES)},
            "note": _TEXT,
            "assumed": {"type": "number", "minimum": 0},
            "assumed_basis": _TEXT,
        },
    }


_CERT_RULE = {
    "type": "object",
    "required": ["categories", "grades", "status"],
    "additionalProperties": False,
    "properties": {
        "categories": {
            "type": ["array", "null"],
            "items": {"type": "integer", "minimum": 1, "maximum": 7},
            "minItems": 1,
        },
        "grades": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 4}, "minItems": 1},
        "status": {"enum": list(STATUSES)},
        "note": _TEXT,
    },
}

_CITED = {"source": _TEXT, "clause": _NULLABLE_TEXT, "status": {"enum": list(STATUSES)}}

LAYER_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["schema_version", "layer"],
    "additionalProperties": False,
    "properties": {
        "schema_version": {"type": "integer"},
        "layer": {
            "type": "object",
            "required": ["pack", "level", "code", "name", "version"],
            "additionalProperties": False,
            "properties": {
                "pack": _TEXT,
                "level": {"enum": list(LEVELS)},
                "code": _TEXT,
                "name": _TEXT,
                "version": _TEXT,
                "signed_off_by": _NULLABLE_TEXT,
                "signed_off_on": {"anyOf": [_DATE, {"type": "null"}]},
            },
        },
        "sources": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["doc_no", "title"],
                "additionalProperties": False,
                "properties": {
                    "doc_no": _NULLABLE_TEXT,
                    "title": _TEXT,
                    "date": {"anyOf": [_DATE, {"type": "null"}]},
                    "issuers": {"type": "array", "items": _TEXT},
                    "basis": {"type": "array", "items": _TEXT},
                    "url": _TEXT,
                    "note": _TEXT,
                },
            },
        },
        "rules": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["title", "source", "clause", "status"],
                "additionalProperties": False,
                "properties": {"title": _TEXT, **_CITED, "note": _TEXT},
            },
        },
        "groups": {
            "type": "object",
            "propertyNames": {"pattern": GROUP_KEY},
            "additionalProperties": {
                "type": "object",
                "required": ["label", "owner", "daijiao", "keeps_minimum_tier", "source", "clause", "status"],
                "additionalProperties": False,
                "properties": {
                    "label": _TEXT,
                    "owner": _TEXT,
                    "daijiao": {"type": "boolean"},
                    "keeps_minimum_tier": {"type": "boolean"},
                    "subtypes": {"type": "array", "items": _TEXT},
                    **_CITED,
                    "note": _TEXT,
                    "from_disability_cert": {"type": "array", "items": _CERT_RULE},
                    "review_from_disability_cert": {"type": "array", "items": _CERT_RULE},
                },
            },
        },
        "figures": {
            "type": "object",
            "additionalProperties": False,
            "patternProperties": {
                figure_key_pattern(key): {"type": "array", "minItems": 1, "items": _entry_schema(kind)}
                for key, kind in FIGURE_KINDS.items()
            },
        },
    },
}


def kind_of(key: str) -> Kind | None:
    """The kind of a figure key, or None if the catalogue does not know it."""
    for pattern, kind in FIGURE_KINDS.items():
        if re.fullmatch(figure_key_pattern(pattern), key):
            return kind
    return None
