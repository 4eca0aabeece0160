"""What the county server refuses, as problem codes; :mod:`sync.county.messages` turns them into words."""

from __future__ import annotations

from enum import StrEnum

from core.problems import Problem, error, problem_codes


@problem_codes
class CountyProblem(StrEnum):
    CODE_FORMAT = "county.code_format"
    CODE_UNKNOWN = "county.code_unknown"
    CODE_USED = "county.code_used"
    CODE_EXPIRED = "county.code_expired"
    RATE_LIMITED = "county.rate_limited"
    DEVICE_NAME = "county.device_name"
    TOKEN_UNKNOWN = "county.token_unknown"
    DEVICE_REVOKED = "county.device_revoked"
    DEVICE_UNKNOWN = "county.device_unknown"
    VALID_HOURS = "county.valid_hours"
    VILLAGE_OTHER_COUNTY = "county.village_other_county"
    DATABASE_UNAVAILABLE = "county.database_unavailable"
    DATABASE_NEWER = "county.database_newer"
    MIGRATION_FAILED = "county.migration_failed"
    CERT_EXISTS = "county.cert_exists"
    CERT_HOST = "county.cert_host"


class CountyError(Exception):
    """A refusal; ``problem`` says which and carries what its message needs."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem

    @classmethod
    def of(cls, code: CountyProblem | str, field: str | None = None, **params: str | int) -> CountyError:
        return cls(error(code, field, **params))

    @property
    def code(self) -> str:
        return self.problem.code
