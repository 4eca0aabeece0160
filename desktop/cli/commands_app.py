"""``cunbao`` with no subcommand opens the desk app."""

from __future__ import annotations

from pathlib import Path


def launch_app(data_dir: Path, lang: str | None, *, demo_if_empty: bool = False) -> int:
    from desktop.ui.startup import launch  # Qt widgets load only when the app is really wanted

    return launch(data_dir, lang, demo_if_empty=demo_if_empty)
