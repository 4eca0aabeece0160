"""The desk's accounts and its audit trail, as a supervisor manages them; the idle lock's checks.

Managing accounts and reading the audit trail are for supervisors: an assistant who tries gets a
``ServiceError`` with ``account.supervisor_only``. Every change lands in the audit chain: adding
and deactivating through the audited ``assistants`` rows, passwords and locks as recorded events.
The rights are read from the database on each call, not from the account cached at sign-in, so a
supervisor deactivated meanwhile cannot go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum, StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, func, select

from core.ids import mask_id
from core.problems import Problem, error, problem_codes
from desktop.services.desk import ASSISTANT, SUPERVISOR, AuditReport, Desk
from desktop.services.errors import ServiceError
from desktop.services.residents import mask_phone
from desktop.store.audit import record_event
from desktop.store.keys import KeySlots
from desktop.store.layout import DataDir
from desktop.store.models import Assistant, AuditEvent

ROLES = (ASSISTANT, SUPERVISOR)
USERNAME = re.compile(r"[a-z0-9_]{2,32}")
MIN_PASSWORD = 8
MAX_DISPLAY_NAME = 60  # the assistants.display_name column
_S = TypeVar("_S", bound=Select[Any])
# an ID number alone, or inside a disability certificate number (the ID and two more digits)
_ID_IN_TEXT = re.compile(r"(?<![0-9])(?P<id>[0-9]{17}[0-9Xx])(?P<rest>[0-9]{2})?(?![0-9A-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


@problem_codes
class AccountProblem(StrEnum):
    USERNAME_FORMAT = "account.username_format"
    USERNAME_TAKEN = "account.username_taken"
    NAME_EMPTY = "account.name_empty"
    NAME_TOO_LONG = "account.name_too_long"
    PASSWORD_SHORT = "account.password_short"
    PASSWORD_IS_USERNAME = "account.password_is_username"
    PASSWORD_MISMATCH = "account.password_mismatch"
    ROLE_UNKNOWN = "account.role_unknown"
    SUPERVISOR_ONLY = "account.supervisor_only"
    UNKNOWN = "account.unknown"
    INACTIVE = "account.inactive"
    DEACTIVATE_SELF = "account.deactivate_self"
    LAST_SUPERVISOR = "account.last_supervisor"


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def password_strength(password: str) -> Strength:
    """A rough guide shown while typing: length and variety of characters, nothing cleverer."""
    if len(password) < MIN_PASSWORD:
        return Strength.TOO_SHORT
    kinds = sum((any(c.isdigit() for c in password), any(c.isalpha() for c in password),
                 any(not c.isalnum() for c in password)))
    if len(set(password)) <= 2 or (kinds == 1 and len(password) < 12):
        return Strength.WEAK  # "11111111", "12121212", "12345678", "abcdefgh"
    if kinds == 3 or (kinds == 2 and len(password) >= 12):
        return Strength.STRONG
    return Strength.FAIR


def check_username(username: str) -> list[Problem]:
    if USERNAME.fullmatch(username):
        return []
    return [error(AccountProblem.USERNAME_FORMAT, "username", shown=username)]


def check_display_name(name: str) -> list[Problem]:
    if not name.strip():
        return [error(AccountProblem.NAME_EMPTY, "display_name")]
    if len(name.strip()) > MAX_DISPLAY_NAME:
        return [error(AccountProblem.NAME_TOO_LONG, "display_name", limit=MAX_DISPLAY_NAME)]
    return []


def check_new_password(username: str, password: str, repeat: str | None = None) -> list[Problem]:
    """The password rules; ``repeat`` (the second typing) is compared when given."""
    if len(password) < MIN_PASSWORD:
        return [error(AccountProblem.PASSWORD_SHORT, "password", minimum=MIN_PASSWORD)]
    if password.strip().lower() == username.strip().lower():
        return [error(AccountProblem.PASSWORD_IS_USERNAME, "password")]
    if repeat is not None and repeat != password:
        return [error(AccountProblem.PASSWORD_MISMATCH, "repeat")]
    return []


def confirm_password(desk: Desk, password: str) -> None:
    """Raise ``ServiceError`` (``keys.wrong_password``) unless this is the signed-in assistant's password."""
    KeySlots.load(DataDir(desk.data_dir).keyslots).unlock(desk.account.username, password)


def record_lock(desk: Desk, locked: bool) -> None:
    """Note ``locked`` or ``unlocked`` in the audit trail, so the trail shows when the desk sat idle."""
    with desk.store.session(desk.account.username) as session:
        record_event(session, "locked" if locked else "unlocked", entity_type="assistants",
                     detail={"username": desk.account.username})


def sign_out(desk: Desk) -> None:
    """Record the sign-out and close the database; the desk object is finished after this."""
    try:
        with desk.store.session(desk.account.username) as session:
            record_event(session, "sign_out", entity_type="assistants",
                         detail={"username": desk.account.username})
    finally:
        desk.close()


@dataclass(frozen=True)
class AccountRow:
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime

    @property
    def is_supervisor(self) -> bool:
        return self.role == SUPERVISOR


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    entity_type: str | None = None
    since: date | None = None  # local calendar days, both ends included
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # UTC
    actor: str
    action: str
    entity_type: str | None
    entity_uuid: str | None
    detail: str  # canonical JSON with ID numbers and mobile numbers masked


@dataclass(frozen=True)
class AuditChoices:
    actors: tuple[str, ...]
    actions: tuple[str, ...]
    entity_types: tuple[str, ...]


def mask_detail(text: str) -> str:
    """Lists never show a whole ID or mobile number (the resident page reveals them, audited)."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id(m.group("id")) + (m.group("rest") or ""), text)
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)) or "", text)


def _utc_text(day: date) -> str:
    """Midnight starting a local calendar day, as the audit trail's UTC text."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).isoformat(timespec="microseconds")


class AccountsService:
    """Account management and the audit trail for the assistant signed in at ``desk``."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._store = desk.store
        self._actor = desk.account.username

    # --- accounts ------------------------------------------------------------------------------

    def accounts(self) -> list[AccountRow]:
        self._require_supervisor()
        return self._rows()

    def _rows(self) -> list[AccountRow]:
        with self._store.session(self._actor) as session:
            rows = session.scalars(select(Assistant).order_by(Assistant.active.desc(), Assistant.username)).all()
            return [AccountRow(r.username, r.display_name, r.role, r.active, r.created_at) for r in rows]

    def add_account(self, username: str, display_name: str, password: str, role: str,
                    repeat: str | None = None) -> AccountRow:
        self._require_supervisor()
        problems = (check_username(username) or self._taken(username)) + check_display_name(display_name) \
            + check_new_password(username, password, repeat)
        if role not in ROLES:
            problems.append(error(AccountProblem.ROLE_UNKNOWN, "role", role=role))
        if problems:
            raise ServiceError(problems[0])
        self._store.add_assistant(self._actor, username, password, display_name.strip(), role)
        return next(a for a in self.accounts() if a.username == username)

    def deactivate(self, username: str) -> None:
        """The password stops opening the desk; the account stays in the list, inactive, for the audit trail."""
        self._require_supervisor()
        if username == self._actor:
            raise ServiceError(error(AccountProblem.DEACTIVATE_SELF, username=username))
        target = self._active_account(username)
        if target.is_supervisor and self._active_supervisors() == [username]:
            raise ServiceError(error(AccountProblem.LAST_SUPERVISOR, username=username))
        self._store.remove_assistant(self._actor, username)

    def reset_password(self, username: str, new_password: str, repeat: str | None = None) -> None:
        """For an assistant who forgot theirs; the supervisor tells them the new one."""
        self._require_supervisor()
        self._active_account(username)
        problems = check_new_password(username, new_password, repeat)
        if problems:
            raise ServiceError(problems[0])
        self._store.reset_password(self._actor, username, new_password)

    def change_own_password(self, old_password: str, new_password: str, repeat: str | None = None) -> None:
        """Any assistant may change their own; a wrong old password is ``keys.wrong_password``."""
        problems = check_new_password(self._actor, new_password, repeat)
        if problems:
            raise ServiceError(problems[0])
        self._store.change_password(self._actor, old_password, new_password)

    # --- the audit trail -----------------------------------------------------------------------

    def audit_events(self, where: AuditFilter = AuditFilter(), limit: int = 100, offset: int = 0) -> list[AuditRow]:
        """One page of the trail, newest first."""
        self._require_supervisor()
        query = _filtered(select(AuditEvent), where).order_by(AuditEvent.seq.desc()).limit(limit).offset(offset)
        with self._store.session(self._actor) as session:
            return [AuditRow(e.seq, datetime.fromisoformat(e.at), e.actor, e.action, e.entity_type,
                             e.entity_uuid, mask_detail(e.detail)) for e in session.scalars(query)]

    def audit_count(self, where: AuditFilter = AuditFilter()) -> int:
        self._require_supervisor()
        with self._store.session(self._actor) as session:
            return int(session.scalar(_filtered(select(func.count()).select_from(AuditEvent), where)) or 0)

    def audit_choices(self) -> AuditChoices:
        """The values the trail's filters can take, for their drop-down lists."""
        self._require_supervisor()
        with self._store.session(self._actor) as session:
            actors = session.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)).all()
            actions = session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)).all()
            types = session.scalars(select(AuditEvent.entity_type).distinct().order_by(AuditEvent.entity_type)).all()
        return AuditChoices(tuple(actors), tuple(actions), tuple(t for t in types if t))

    def verify(self) -> AuditReport:
        """Walk the whole hash chain; the check itself is recorded too."""
        self._require_supervisor()
        report = self._desk.verify_audit()
        with self._store.session(self._actor) as session:
            record_event(session, "audit_verified", detail={"ok": report.ok, "events": report.events_checked})
        return report

    # --- rules ---------------------------------------------------------------------------------

    def _require_supervisor(self) -> None:
        with self._store.session(self._actor) as session:
            me = session.scalars(select(Assistant).where(Assistant.username == self._actor)).one_or_none()
        if me is None or not me.active or me.role != SUPERVISOR:
            raise ServiceError(error(AccountProblem.SUPERVISOR_ONLY, username=self._actor))

    def _taken(self, username: str) -> list[Problem]:
        with self._store.session(self._actor) as session:
            row = session.scalars(select(Assistant.id).where(Assistant.username == username)).first()
        if row is not None or username in self._store.usernames_with_keys():
            return [error(AccountProblem.USERNAME_TAKEN, "username", username=username)]
        return []

    def _active_account(self, username: str) -> AccountRow:
        found = next((a for a in self._rows() if a.username == username), None)
        if found is None:
            raise ServiceError(error(AccountProblem.UNKNOWN, username=username))
        if not found.active:
            raise ServiceError(error(AccountProblem.INACTIVE, username=username))
        return found

    def _active_supervisors(self) -> list[str]:
        return [a.username for a in self._rows() if a.active and a.is_supervisor]


def _filtered(query: _S, where: AuditFilter) -> _S:
    conditions = []
    if where.actor:
        conditions.append(AuditEvent.actor == where.actor)
    if where.action:
        conditions.append(AuditEvent.action == where.action)
    if where.entity_type:
        conditions.append(AuditEvent.entity_type == where.entity_type)
    if where.since:
        conditions.append(AuditEvent.at >= _utc_text(where.since))
    if where.until:
        conditions.append(AuditEvent.at < _utc_text(where.until + timedelta(days=1)))
    return query.where(*conditions) if conditions else query

