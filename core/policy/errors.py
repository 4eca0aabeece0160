"""What can be wrong with a policy pack on disk, as problem codes with the file and line."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from core.problems import Problem, problem_codes


@problem_codes
class PolicyCode(StrEnum):
    DIR_MISSING = "policy.dir_missing"
    FILE_MISSING = "policy.file_missing"
    UNREADABLE = "policy.unreadable"
    YAML_SYNTAX = "policy.yaml_syntax"
    DUPLICATE_KEY = "policy.duplicate_key"
    KEY_NOT_TEXT = "policy.key_not_text"
    MISSING_FIELD = "policy.missing_field"
    UNKNOWN_FIELD = "policy.unknown_field"
    UNKNOWN_FIGURE = "policy.unknown_figure"
    WRONG_TYPE = "policy.wrong_type"
    NOT_ALLOWED = "policy.not_allowed"
    BAD_FORMAT = "policy.bad_format"
    OUT_OF_RANGE = "policy.out_of_range"
    INVALID = "policy.invalid"
    BAD_DATE = "policy.bad_date"
    SCHEMA_VERSION = "policy.schema_version"
    LAYER_MISMATCH = "policy.layer_mismatch"
    PACK_MISMATCH = "policy.pack_mismatch"
    BAD_COUNTY = "policy.bad_county"
    PERIOD_REVERSED = "policy.period_reversed"
    PERIODS_OVERLAP = "policy.periods_overlap"
    UNKNOWN_SOURCE = "policy.unknown_source"
    UNKNOWN_GROUP = "policy.unknown_group"
    CONFIRMED_WITHOUT_CLAUSE = "policy.confirmed_without_clause"
    MISSING_FIGURE = "policy.missing_figure"
    MISSING_RULE = "policy.missing_rule"
    NO_VALUE_ON_DATE = "policy.no_value_on_date"


class PolicyError(Exception):
    """The pack cannot be used; `problems` say where and what (params: file, line, path and more)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(_summary(p) for p in self.problems))


def _summary(problem: Problem) -> str:
    params = problem.params
    where = ":".join(str(params[k]) for k in ("file", "line") if k in params)
    detail = ", ".join(f"{k}={v}" for k, v in params.items() if k not in ("file", "line"))
    return f"{where} {problem.code} {detail}".strip()
