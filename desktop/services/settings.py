"""Non-secret desk settings kept beside the database (``desk.json``), readable before sign-in."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

SETTINGS_FILE = "desk.json"


@dataclass(frozen=True)
class DeskSettings:
    village_code: str | None = None  # 12-digit statistical code of the service point
    village_name: str | None = None
    printer: str | None = None
    county_server: str | None = None
    language: str = "zh_CN"

    @property
    def county_code(self) -> str | None:
        return self.village_code[:6] if self.village_code else None

    def with_changes(self, **changes: object) -> DeskSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def load_settings(data_dir: Path) -> DeskSettings:
    """The saved settings; defaults when none were saved or the file is unreadable."""
    path = data_dir / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DeskSettings()
    if not isinstance(raw, dict):
        return DeskSettings()
    known = {k: v for k, v in raw.items() if k in DeskSettings.__dataclass_fields__ and isinstance(v, str)}
    return DeskSettings(**known)


def save_settings(data_dir: Path, settings: DeskSettings) -> None:
    """Write atomically so a power cut leaves either the old or the new file."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".desk-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(settings), handle, ensure_ascii=False, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, data_dir / SETTINGS_FILE)
