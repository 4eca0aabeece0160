"""Where the shipped policy packs are, for core tests (core itself is always handed the folder)."""

from __future__ import annotations

from pathlib import Path

SHIPPED_POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policy"


def bundled_policy_dir() -> Path:
    return SHIPPED_POLICY_DIR
