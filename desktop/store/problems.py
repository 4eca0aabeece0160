"""Problem codes of the local store, and the one exception that carries them to the edges."""

from __future__ import annotations

from enum import StrEnum

from core.problems import Problem, error, problem_codes


@problem_codes
class DatabaseProblem(StrEnum):
    MISSING = "store.db_missing"
    EXISTS = "store.db_exists"
    WRONG_KEY = "store.db_wrong_key"
    NOT_A_DATABASE = "store.db_not_cunbao"
    CORRUPT = "store.db_corrupt"
    LOCKED = "store.db_locked"
    NEWER = "store.db_newer"
    MIGRATION_FAILED = "store.migration_failed"


@problem_codes
class KeyProblem(StrEnum):
    SLOTS_MISSING = "keys.slots_missing"
    SLOTS_DAMAGED = "keys.slots_damaged"
    UNKNOWN_USER = "keys.unknown_user"
    WRONG_PASSWORD = "keys.wrong_password"
    USER_EXISTS = "keys.user_exists"
    LAST_SLOT = "keys.last_slot"
    DEVICE_SLOT_OFF = "keys.device_slot_off"
    DEVICE_SECRET_MISSING = "keys.device_secret_missing"
    KEYRING_UNAVAILABLE = "keys.keyring_unavailable"
    ASSISTANT_INACTIVE = "keys.assistant_inactive"


@problem_codes
class AuditProblem(StrEnum):
    ACTOR_MISSING = "audit.actor_missing"
    UNRECORDED_WRITE = "audit.unrecorded_write"
    EVENT_ALTERED = "audit.event_altered"
    CHAIN_BROKEN = "audit.chain_broken"
    TRUNCATED = "audit.truncated"
    HEAD_MISSING = "audit.head_missing"


@problem_codes
class BackupProblem(StrEnum):
    UNREADABLE = "backup.unreadable"
    INTEGRITY = "backup.integrity_failed"
    UNKNOWN_REVISION = "backup.unknown_revision"
    SLOTS_MISSING = "backup.slots_missing"
    NOT_ENCRYPTED = "backup.not_encrypted"


@problem_codes
class AttachmentProblem(StrEnum):
    MISSING = "attachment.missing"
    DAMAGED = "attachment.damaged"
    BAD_HASH = "attachment.bad_hash"


class StoreError(Exception):
    """A store operation was refused or failed; ``problem`` says why, as a code the edges translate."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem

    @classmethod
    def of(cls, code: StrEnum, **params: str | int) -> StoreError:
        return cls(error(code, None, **params))

    @property
    def code(self) -> str:
        return self.problem.code
