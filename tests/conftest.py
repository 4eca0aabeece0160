"""Test-wide settings: Qt offscreen, private temp homes, an in-memory OS keyring."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="cunbao-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", str(_TMP / "runtime"))
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")
os.environ.pop("CUNBAO_USER", None)
os.environ.pop("CUNBAO_PASSWORD", None)
(_TMP / "runtime").mkdir(mode=0o700, exist_ok=True)
