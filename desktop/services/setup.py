"""First run: create a desk for a service point and its first (supervisor) account, or a demo desk.

Also what this computer remembers between sign-ins (the last user name, the idle-lock delay):
kept in ``workstation.json`` beside ``desk.json``, apart from the desk's settings because it
belongs to the computer and changes at every sign-in.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from enum import StrEnum
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from core.policy import PolicyError
from core.problems import Problem, error, problem_codes
from core.progress import NO_PROGRESS, Progress
from core.villages import VillageDataError, VillageLookup, VillageTable, load_villages
from desktop.paths import resource_dir
from desktop.services.accounts import check_display_name, check_new_password, check_username
from desktop.services.demo import DEFAULT_RESIDENTS, DemoReport, create_demo
from desktop.services.desk import SUPERVISOR, Account, Desk
from desktop.services.errors import ServiceError
from desktop.services.policy import PolicyService
from desktop.services.settings import load_settings, save_settings
from desktop.store.audit import record_event
from desktop.store.database import Store
from desktop.store.keys import KdfParams as KdfParams  # re-exported: the UI may choose a cheaper KDF in tests

WORKSTATION_FILE = "workstation.json"
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120


@problem_codes
class SetupProblem(StrEnum):
    SERVER_URL = "setup.server_url"
    FOLDER_UNWRITABLE = "setup.folder_unwritable"


def villages_file() -> Path:
    return resource_dir() / "divisions" / "ningxia_villages.csv"


@cache
def _table(path: Path) -> VillageTable:
    return load_villages(path)


def village_table() -> VillageTable:
    """The shipped Ningxia village table (read once); a missing or damaged file is a ``ServiceError``."""
    try:
        return _table(villages_file())
    except VillageDataError as exc:
        raise ServiceError(exc.problem) from exc


def check_village(code: str) -> VillageLookup:
    return village_table().lookup_village(code)


def check_server_url(url: str) -> list[Problem]:
    """Empty is fine (no server yet); otherwise an http(s) address with a host."""
    text = url.strip()
    if not text:
        return []
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in text):
        return [error(SetupProblem.SERVER_URL, "county_server", shown=text)]
    return []


def setup_problems(village_code: str, username: str, display_name: str, password: str,
                   county_server: str) -> list[Problem]:
    """Everything wrong with a first-run form, in page order."""
    return [*check_village(village_code).problems, *check_username(username), *check_display_name(display_name),
            *check_new_password(username, password), *check_server_url(county_server)]


def create_desk(
    data_dir: Path,
    village_code: str,
    username: str,
    display_name: str,
    password: str,
    printer: str | None,
    county_server: str | None,
    kdf_params: KdfParams | None = None,
) -> Desk:
    """A new encrypted desk with its first account, a supervisor, signed in; raises ``ServiceError`` only."""
    problems = setup_problems(village_code, username, display_name, password, county_server or "")
    if problems:
        raise ServiceError(problems[0])
    village = check_village(village_code).village
    assert village is not None  # setup_problems refused an unknown code
    name = display_name.strip()
    try:
        store = Store.create(data_dir, username, password, name, SUPERVISOR, village.code, kdf_params=kdf_params)
    except OSError as exc:
        raise ServiceError(error(SetupProblem.FOLDER_UNWRITABLE, path=str(data_dir), reason=exc.strerror or str(exc))) \
            from exc
    try:
        with store.session(username) as session:
            record_event(session, "desk_created", detail={"village_code": village.code})
        settings = load_settings(data_dir).with_changes(
            village_code=village.code, village_name=village.name, printer=printer or None,
            county_server=(county_server or "").strip() or None)
        save_settings(data_dir, settings)
        remember_username(data_dir, username)
    except BaseException:
        store.close()
        raise
    return Desk(store, Account(username, name, SUPERVISOR), settings)


def try_demo(data_dir: Path, progress: Progress = NO_PROGRESS, residents: int = DEFAULT_RESIDENTS,
             kdf_params: KdfParams | None = None) -> DemoReport:
    """The demo desk of synthetic residents (see :mod:`desktop.services.demo`)."""
    try:
        rules = PolicyService(data_dir).contribution_rules()
    except PolicyError as exc:
        raise ServiceError(exc.problems[0]) from exc
    return create_demo(data_dir, rules, residents=residents, progress=progress, kdf_params=kdf_params)


# --- what this computer remembers ----------------------------------------------------------------


def _workstation(data_dir: Path) -> dict[str, object]:
    try:
        raw = json.loads((data_dir / WORKSTATION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _save_workstation(data_dir: Path, values: dict[str, object]) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".workstation-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(values, handle, ensure_ascii=False, indent=2)
    os.replace(tmp, data_dir / WORKSTATION_FILE)


def last_username(data_dir: Path) -> str:
    value = _workstation(data_dir).get("last_username")
    return value if isinstance(value, str) else ""


def remember_username(data_dir: Path, username: str) -> None:
    """Best effort: a sign-in must not fail because this small file could not be written."""
    with contextlib.suppress(OSError):
        _save_workstation(data_dir, {**_workstation(data_dir), "last_username": username})


def idle_lock_minutes(data_dir: Path) -> int:
    value = _workstation(data_dir).get("idle_lock_minutes")
    if isinstance(value, int) and not isinstance(value, bool) and MIN_IDLE_MINUTES <= value <= MAX_IDLE_MINUTES:
        return value
    return DEFAULT_IDLE_MINUTES


def set_idle_lock_minutes(data_dir: Path, minutes: int) -> None:
    minutes = max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))
    _save_workstation(data_dir, {**_workstation(data_dir), "idle_lock_minutes": minutes})
