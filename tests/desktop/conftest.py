"""Fixtures shared by the desk's service, CLI and UI tests: a small demo desk on a real encrypted file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.services.demo import create_demo
from desktop.services.policy import PolicyService
from desktop.store.keys import KdfParams

FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
DEMO_DAY = date(2026, 1, 1)


def make_demo(data_dir: Path, residents: int = 120, seed: int = 0) -> None:
    rules = PolicyService(data_dir, county="640423").contribution_rules()
    create_demo(data_dir, rules, residents=residents, seed=seed, as_of=DEMO_DAY, kdf_params=FAST_KDF)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo-template") / "data"
    make_demo(data_dir)
    return data_dir


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo desk, so a test may change it freely."""
    import shutil

    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp: object) -> Iterator[object]:
    """Create the QApplication first: the CLI would otherwise make a QCoreApplication, and Qt
    allows only one application object per process. At the end, delete what tests left open while
    the application still exists (see desktop.ui.application.dispose_widgets)."""
    from desktop.ui.application import dispose_widgets

    yield qapp
    dispose_widgets()


@pytest.fixture(autouse=True)
def _no_windows_left_behind(_one_qapplication: object) -> Iterator[None]:
    """Each test's windows and dialogs go when it ends. Left open, a later test's application-wide
    change (a stylesheet, a font) repolished them after their Python side was gone, which crashed."""
    from desktop.ui.application import dispose_widgets

    yield
    dispose_widgets(collect=False)


@pytest.fixture
def english(_one_qapplication: object) -> Iterator[None]:
    """The English source texts, whatever catalogue an earlier test installed (for asserting on words)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "en")
    yield
    install_translators(app)
