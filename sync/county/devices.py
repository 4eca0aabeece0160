"""Service-point devices: one-time registration codes, device tokens, authentication and revocation.

Only SHA-256 digests of codes and tokens reach the database. Every time is the server's clock (``now``,
aware): nothing here trusts a device's clock. A refusal is a :class:`CountyError` with a problem code.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from sync.county.models import DEVICE_NAME_LENGTH, DeviceRow, RegistrationCodeRow, RegistrationFailureRow
from sync.county.problems import CountyError, CountyProblem
from sync.county.villages import ningxia_village
from sync.protocol import CODE_ALPHABET, CODE_LENGTH, normalize_code

CODE_GROUP = 4
TOKEN_BYTES = 32
DEFAULT_VALID = timedelta(hours=72)
MAX_VALID = timedelta(days=30)
FAILURE_LIMIT = 5
FAILURE_WINDOW = timedelta(minutes=15)
LAST_SEEN_STEP = timedelta(minutes=1)  # authenticate writes last_seen_at at most once a minute per device


@dataclass(frozen=True)
class IssuedCode:
    code: str  # grouped for reading, e.g. K7QM-2XPA-9D4F; shown once, never stored
    village_code: str
    county_code: str
    village_name: str
    expires_at: datetime


@dataclass(frozen=True)
class Registration:
    device_id: uuid.UUID
    token: str  # handed to the desk once; only its SHA-256 is kept
    county_code: str
    village_code: str
    name: str


@dataclass(frozen=True)
class Device:
    device_id: uuid.UUID
    county_code: str
    village_code: str
    name: str
    registered_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def group_code(code: str) -> str:
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def issue_code(
    session: Session,
    village_code: str,
    now: datetime,
    valid: timedelta = DEFAULT_VALID,
    served_counties: Collection[str] | None = None,
) -> IssuedCode:
    """A new one-time code for a Ningxia village (of ``served_counties`` when the server names them)."""
    if not timedelta(0) < valid <= MAX_VALID:
        raise CountyError.of(
            CountyProblem.VALID_HOURS, "valid_hours", shown=int(valid.total_seconds() // 3600), most=_hours(MAX_VALID)
        )
    village = ningxia_village(village_code, served_counties)
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    expires_at = now + valid
    session.add(
        RegistrationCodeRow(
            county_code=village.county_code,
            village_code=village.code,
            code_hash=sha256_hex(code),
            created_at=now,
            expires_at=expires_at,
        )
    )
    session.flush()
    return IssuedCode(group_code(code), village.code, village.county_code, village.full_name, expires_at)


def register(session: Session, code: str, device_name: str, remote: str, now: datetime) -> Registration:
    """Use up ``code`` for a new device and return its token; call it in a session of its own.

    The code is claimed by one conditional UPDATE, so of two registrations racing with one code exactly
    one gets a device. A refusal is recorded against ``remote`` and committed before it is raised (the
    caller's rollback must not erase it: the rate limit counts these across server processes).
    """
    _check_rate(session, remote, now)
    name = " ".join(device_name.split())
    if not name or len(name) > DEVICE_NAME_LENGTH:
        raise CountyError.of(CountyProblem.DEVICE_NAME, "device_name", most=DEVICE_NAME_LENGTH)
    typed = normalize_code(code)
    if len(typed) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in typed):
        _refuse(session, remote, now, CountyError.of(CountyProblem.CODE_FORMAT, "code", length=CODE_LENGTH))
    code_hash = sha256_hex(typed)
    row = session.scalars(select(RegistrationCodeRow).where(RegistrationCodeRow.code_hash == code_hash)).one_or_none()
    if row is None:
        _refuse(session, remote, now, CountyError.of(CountyProblem.CODE_UNKNOWN, "code"))
    if row.used_at is not None:
        _refuse(session, remote, now, CountyError.of(CountyProblem.CODE_USED, "code"))
    if row.expires_at <= now:
        _refuse(session, remote, now, CountyError.of(CountyProblem.CODE_EXPIRED, "code"))
    claimed = session.execute(
        update(RegistrationCodeRow)
        .where(
            RegistrationCodeRow.code_hash == code_hash,
            RegistrationCodeRow.used_at.is_(None),
            RegistrationCodeRow.expires_at > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if getattr(claimed, "rowcount", 0) != 1:  # another registration took it between our read and our claim
        _refuse(session, remote, now, CountyError.of(CountyProblem.CODE_USED, "code"))
    device_id = uuid.uuid4()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        DeviceRow(
            county_code=row.county_code,
            village_code=row.village_code,
            device_id=device_id,
            name=name,
            token_hash=sha256_hex(token),
            registered_at=now,
        )
    )
    session.flush()
    session.execute(
        update(RegistrationCodeRow)
        .where(RegistrationCodeRow.code_hash == code_hash)
        .values(device_id=device_id)
        .execution_options(synchronize_session=False)
    )
    return Registration(device_id, token, row.county_code, row.village_code, name)


def authenticate(session: Session, token: str, now: datetime) -> Device:
    """The device a token belongs to; an unknown token or a revoked device is refused."""
    digest = sha256_hex(token) if token.isascii() else ""
    row = session.scalars(select(DeviceRow).where(DeviceRow.token_hash == digest)).one_or_none() if digest else None
    # the index finds the row by digest; the digest is compared again in constant time all the same
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        raise CountyError.of(CountyProblem.TOKEN_UNKNOWN)
    if row.revoked_at is not None:
        raise CountyError.of(CountyProblem.DEVICE_REVOKED, device=str(row.device_id))
    if row.last_seen_at is None or now - row.last_seen_at >= LAST_SEEN_STEP:
        row.last_seen_at = now
        session.flush()
    return _device(row)


def revoke(session: Session, device_id: uuid.UUID | str, now: datetime) -> Device:
    """Revoke a device at once; revoking it again keeps the first time."""
    row = _device_row(session, device_id)
    if row.revoked_at is None:
        row.revoked_at = now
        session.flush()
    return _device(row)


def list_devices(session: Session, village_code: str | None = None) -> list[Device]:
    query = select(DeviceRow).order_by(DeviceRow.county_code, DeviceRow.village_code, DeviceRow.registered_at)
    if village_code is not None:
        query = query.where(DeviceRow.village_code == village_code)
    return [_device(row) for row in session.scalars(query)]


def recent_failures(session: Session, remote: str, now: datetime) -> int:
    """Refused registrations from ``remote`` within the rate-limit window."""
    since = now - FAILURE_WINDOW
    count = session.scalar(
        select(func.count())
        .select_from(RegistrationFailureRow)
        .where(RegistrationFailureRow.remote == remote, RegistrationFailureRow.attempted_at > since)
    )
    return int(count or 0)


def _check_rate(session: Session, remote: str, now: datetime) -> None:
    since = now - FAILURE_WINDOW
    window = session.execute(
        select(func.count(), func.min(RegistrationFailureRow.attempted_at)).where(
            RegistrationFailureRow.remote == remote, RegistrationFailureRow.attempted_at > since
        )
    ).one()
    count, oldest = window
    if count >= FAILURE_LIMIT and oldest is not None:
        wait = oldest + FAILURE_WINDOW - now
        minutes = max(1, -(-int(wait.total_seconds()) // 60))
        raise CountyError.of(CountyProblem.RATE_LIMITED, minutes=minutes, limit=FAILURE_LIMIT)


def _refuse(session: Session, remote: str, now: datetime, refusal: CountyError) -> NoReturn:
    session.rollback()
    session.execute(
        delete(RegistrationFailureRow).where(
            RegistrationFailureRow.remote == remote, RegistrationFailureRow.attempted_at <= now - FAILURE_WINDOW
        )
    )
    session.add(RegistrationFailureRow(remote=remote, attempted_at=now, reason=refusal.code))
    session.commit()
    raise refusal


def _device_row(session: Session, device_id: uuid.UUID | str) -> DeviceRow:
    try:
        wanted = device_id if isinstance(device_id, uuid.UUID) else uuid.UUID(device_id.strip())
    except ValueError:
        raise CountyError.of(CountyProblem.DEVICE_UNKNOWN, "device_id", shown=str(device_id)) from None
    row = session.scalars(select(DeviceRow).where(DeviceRow.device_id == wanted)).one_or_none()
    if row is None:
        raise CountyError.of(CountyProblem.DEVICE_UNKNOWN, "device_id", shown=str(device_id))
    return row


def _device(row: DeviceRow) -> Device:
    return Device(
        row.device_id,
        row.county_code,
        row.village_code,
        row.name,
        row.registered_at,
        row.revoked_at,
        row.last_seen_at,
    )


def _hours(span: timedelta) -> int:
    return int(span.total_seconds() // 3600)
