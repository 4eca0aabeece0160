"""Where Cunbao finds its resources and keeps its data, in a source checkout and in a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "cunbao"
DATA_DIR_ENV = "CUNBAO_DATA_DIR"


def resource_dir() -> Path:
    """The shipped resources: ``sys._MEIPASS/resources`` in a PyInstaller bundle, else the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def policy_dir() -> Path:
    return resource_dir() / "policy"


def i18n_dir() -> Path:
    return resource_dir() / "i18n"


def default_data_dir() -> Path:
    """The platform's per-user data folder, unless ``CUNBAO_DATA_DIR`` says otherwise."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
